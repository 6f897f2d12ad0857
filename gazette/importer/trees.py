"""Gradient-boosted trees learned from the corpus (tests/importer_corpus/train_*.py), shipped as JSON and walked in
plain Python: the importer's learned passes (passes.span, passes.source_guess) read their models here, so that no
learning library is a runtime dependency."""

from __future__ import annotations

import json
import math
from array import array
from pathlib import Path


def load(path: Path, features: tuple[str, ...], trainer: str) -> dict:
    """The model at `path`, refused when it was learned from other features than `features` (run `trainer`)."""
    model = json.loads(path.read_text(encoding="utf-8"))
    if model["features"] != list(features):
        raise RuntimeError(f"{path.name} was learned from other features: run tests/importer_corpus/{trainer}")
    return model


def chances(rows: list[list[float]], model: dict) -> list[float]:
    """The chance of each row by the model's trees (each node `[feature, threshold, left, right]`, each leaf
    `[value]`; a value at or under the threshold goes left)."""
    out = []
    for values in rows:
        row = array("f", values)  # (the trees were learned on single-precision values, as scikit-learn reads them)
        raw = model["init"]
        for tree in model["trees"]:
            node = tree[0]
            while len(node) == 4:
                node = tree[node[2] if row[node[0]] <= node[1] else node[3]]
            raw += model["rate"] * node[0]
        out.append(1 / (1 + math.exp(-raw)))
    return out
