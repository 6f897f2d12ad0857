"""Gradient-boosted trees learned from the corpus (tests/importer_corpus/train_*.py), shipped as JSON and walked in
plain Python: the importer's learned passes (passes.span, passes.source_guess) read their models here, so that no
learning library is a runtime dependency."""

from __future__ import annotations

import json
import math
from array import array
from collections.abc import Callable
from pathlib import Path


def load(path: Path, features: tuple[str, ...], trainer: str) -> dict:
    """The model at `path`, refused when it was learned from other features than `features` (run `trainer`), with
    its trees written out once as code (`raw`)."""
    model = json.loads(path.read_text(encoding="utf-8"))
    if model["features"] != list(features):
        raise RuntimeError(f"{path.name} was learned from other features: run tests/importer_corpus/{trainer}")
    return {**model, "raw": compiled(model)}


def chances(rows: list[list[float]], model: dict) -> list[float]:
    """The chance of each row by the model's trees (each node `[feature, threshold, left, right]`, each leaf
    `[value]`; a value at or under the threshold goes left): by its `raw` function when `load` wrote it."""
    raw = model.get("raw") or compiled(model)
    # (the trees were learned on single-precision values, as scikit-learn reads them)
    return [1 / (1 + math.exp(-raw(array("f", values)))) for values in rows]


def compiled(model: dict) -> Callable[[array], float]:
    """The model's trees as one function of a row, its sum of leaves: each tree's nodes written out as nested `if`s
    (a fraction of the time a walk over the node lists takes; the same sums, added in the same order; every value
    written is an int or a float read from the model, so the code holds nothing else)."""
    lines = ["def raw(row):", f"    total = {float(model['init'])!r}"]
    rate = float(model["rate"])
    for tree in model["trees"]:
        _write(tree, 0, 1, rate, lines)
    lines.append("    return total")
    scope: dict = {}
    exec(compile("\n".join(lines), f"<trees of {len(model['trees'])}>", "exec"), scope)  # noqa: S102 (our numbers)
    return scope["raw"]


def _write(tree: list, at: int, depth: int, rate: float, lines: list[str]) -> None:
    node, pad = tree[at], "    " * depth
    if len(node) != 4:
        lines.append(f"{pad}total += {rate!r} * {float(node[0])!r}")
        return
    lines.append(f"{pad}if row[{int(node[0])}] <= {float(node[1])!r}:")
    _write(tree, int(node[2]), depth + 1, rate, lines)
    lines.append(f"{pad}else:")
    _write(tree, int(node[3]), depth + 1, rate, lines)
