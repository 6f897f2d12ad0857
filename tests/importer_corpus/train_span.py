"""Learn where the story runs among the paragraphs the importer's rules keep (gazette/importer/passes/span.py).

`python tests/importer_corpus/train_span.py [--check]` (scikit-learn: `pip install -e '.[train]'`)

1. Reads every text of every set (corpus.yaml, heldout*.yaml) with the rules alone, recording the paragraphs the
   learned span would see. A paragraph is the story's when it lies between the hand-checked `start` and `end`;
   texts where either is not among the paragraphs teach nothing and are left out.
2. Judges the model by cross-validation over the sets (eight folds, a set always whole in one fold, so that a
   site's look never helps judge itself): each text's paragraphs are scored by a model that never saw its set, and
   the thresholds are the pair that makes the most starts, ends and furniture right over every set, starts and
   ends counted twice (`_worth`). Prints the
   figures before and after.
3. Learns the model on every set and writes it with its thresholds and figures to span_model.json, after checking
   that span.chances() gives scikit-learn's own probabilities.

Re-run it after a change to the rules or to span.FEATURES: the paragraphs it learned from are the rules' output.
`--check` does steps 1 and 2 and writes nothing.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import score  # noqa: E402

from gazette.importer.passes import span  # noqa: E402

extract_module = importlib.import_module("gazette.importer.extract")  # (the package's `extract` is its function)

FOLDS = 8
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85)
PARAMETERS = {"n_estimators": 150, "max_depth": 3, "learning_rate": 0.1, "subsample": 0.8, "random_state": 0}


def _read_set(name: str) -> list[dict]:
    """Each text of a set: its paragraphs as the learned span would see them, their features and labels."""
    seen: list[tuple[list[str], str]] = []

    def record(paragraphs: list[str], title: str, found: object) -> list[str]:
        seen.append((list(paragraphs), title))
        return paragraphs

    extract_module.story_span = record  # the rules alone, the span's input recorded
    rows = []
    for key, entry in score.load(name).items():
        seen.clear()
        score.read.__wrapped__(key, "en", entry.get("file"))
        paragraphs, title = seen[-1] if seen else ([], "")
        if paragraphs:
            rows.append({"set": name or "corpus", "expect": entry["expect"], "paragraphs": paragraphs,
                         "features": span.features(paragraphs, title), "labels": _labels(paragraphs, entry["expect"])})
    return rows


def _is(field: str, want: object, paragraph: str) -> bool:
    return want not in (None, "", []) and score._matches(field, want, {field: paragraph})


def _labels(paragraphs: list[str], expect: dict) -> list[int] | None:
    starts = [i for i, p in enumerate(paragraphs) if _is("start", expect.get("start"), p)]
    ends = [i for i, p in enumerate(paragraphs) if _is("end", expect.get("end"), p)]
    if not starts or not ends or starts[0] > ends[-1]:
        return None
    return [int(starts[0] <= i <= ends[-1]) for i in range(len(paragraphs))]


def _cut(paragraphs: list[str], chance: list[float], start: float, end: float) -> list[str]:
    if sum(span.size(p) for p in paragraphs) < span.SHORTEST:
        return paragraphs
    first, last = span.bounds(paragraphs, chance, start, end)
    return paragraphs[first:last]


def _right(rows: list[dict], kept: list[list[str]]) -> dict[str, int]:
    """Starts, ends and furniture right, as score.py counts them."""
    right = {"start": 0, "end": 0, "furniture": 0}
    for row, paragraphs in zip(rows, kept):
        got = {"start": paragraphs[0], "end": paragraphs[-1], "body": paragraphs}
        for field in right:
            want = row["expect"].get(field)
            if want not in (None, "", []) and score._matches(field, want, got):
                right[field] += 1
    return right


def _classifier():
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(**PARAMETERS)


def _fit(rows: list[dict]):
    taught = [r for r in rows if r["labels"]]
    x = [f for r in taught for f in r["features"]]
    y = [label for r in taught for label in r["labels"]]
    return _classifier().fit(x, y)


def cross_validate(rows: list[dict]) -> list[list[float]]:
    """Each text's chances by a model learned without its set."""
    sets = sorted({r["set"] for r in rows}, key=lambda n: (len(n), n))
    fold = {name: i % FOLDS for i, name in enumerate(sets)}
    chances: list[list[float]] = [[] for _ in rows]
    for k in range(FOLDS):
        model = _fit([r for r in rows if fold[r["set"]] != k])
        for i, row in enumerate(rows):
            if fold[row["set"]] == k:
                chances[i] = list(model.predict_proba(row["features"])[:, 1])
    return chances


def _worth(right: dict[str, int]) -> int:
    """What a cut is worth: every value right, and starts and ends twice, since a story's first or last paragraph
    cut is text a person must find and put back, worse than a line of the page left in."""
    return sum(right.values()) + right["start"] + right["end"]


def choose(rows: list[dict], chances: list[list[float]]) -> tuple[tuple[float, float], dict]:
    """The thresholds worth the most over every set (`_worth`), and the figures before and after."""
    before = _right(rows, [r["paragraphs"] for r in rows])
    best = max(((s, e) for s in THRESHOLDS for e in THRESHOLDS),
               key=lambda t: (_worth(_right(rows, [_cut(r["paragraphs"], c, *t) for r, c in zip(rows, chances)])),
                              -t[0] - t[1]))
    after = _right(rows, [_cut(r["paragraphs"], c, *best) for r, c in zip(rows, chances)])
    return best, {"before": before, "after": after}


def export(model, rows: list[dict]) -> dict:
    """The trees as lists, checked against scikit-learn's probabilities on every paragraph."""
    trees = []
    for estimator in model.estimators_[:, 0]:
        tree = estimator.tree_
        nodes = []
        for n in range(tree.node_count):
            if tree.children_left[n] == -1:
                nodes.append([float(tree.value[n][0][0])])
            else:
                nodes.append([int(tree.feature[n]), float(tree.threshold[n]), int(tree.children_left[n]),
                              int(tree.children_right[n])])
        trees.append(nodes)
    first = [rows[0]["features"][0]]
    exported = {"init": float(model._raw_predict_init(first)[0][0]), "rate": model.learning_rate, "trees": trees}
    every = [f for r in rows for f in r["features"]]
    theirs = model.predict_proba(every)[:, 1]
    ours = span.chances(every, exported)
    worst = max(abs(a - b) for a, b in zip(theirs, ours))
    assert worst < 1e-9, f"the exported trees differ from scikit-learn's by {worst}"
    return exported


def main() -> None:
    import sklearn

    with Pool() as pool:
        rows = [r for rs in pool.map(_read_set, ["", *score.batches()]) for r in rs]
    print(f"{len(rows)} texts, {sum(bool(r['labels']) for r in rows)} with both ends among the paragraphs")
    (start, end), figures = choose(rows, cross_validate(rows))
    print(f"thresholds: start {start}, end {end}; cross-validated over {FOLDS} folds of sets:")
    for field in figures["before"]:
        print(f"  {field}: {figures['before'][field]} -> {figures['after'][field]}")
    if "--check" in sys.argv:
        return
    model = export(_fit(rows), rows)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=HERE).stdout.strip()
    model = {"features": list(span.FEATURES), "start": start, "end": end, "learned_at": commit,
             "scikit_learn": sklearn.__version__, "texts": len(rows), "cross_validated": figures,
             "parameters": PARAMETERS, **model}
    span.MODEL.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {span.MODEL.relative_to(HERE.parents[1])}")


if __name__ == "__main__":
    main()
