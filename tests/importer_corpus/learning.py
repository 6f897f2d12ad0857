"""What the importer's trainers share (train_span.py, train_source.py): folds of whole sets, gradient-boosted trees
learned with scikit-learn, and their export as the JSON that gazette.importer.trees walks, checked against
scikit-learn's own probabilities."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

FOLDS = 8


def classifier(parameters: dict):
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(**parameters)


def fit(rows: list[dict], parameters: dict):
    """A model learned from every row's features and labels (rows without labels teach nothing)."""
    taught = [r for r in rows if r["labels"]]
    x = [f for r in taught for f in r["features"]]
    y = [label for r in taught for label in r["labels"]]
    return classifier(parameters).fit(x, y)


def folds(rows: list[dict]) -> None:
    """Each row's fold (`fold`): its set's, every set whole in one fold, so that a site's look never judges itself."""
    sets = sorted({r["set"] for r in rows}, key=lambda n: (len(n), n))
    fold = {name: i % FOLDS for i, name in enumerate(sets)}
    for row in rows:
        row["fold"] = fold[row["set"]]


def cross_validate(rows: list[dict], parameters: dict) -> list[list[float]]:
    """Each row's chances by a model learned without its set."""
    folds(rows)
    chances: list[list[float]] = [[] for _ in rows]
    for k in range(FOLDS):
        model = fit([r for r in rows if r["fold"] != k], parameters)
        for i, row in enumerate(rows):
            if row["fold"] == k and row["features"]:
                chances[i] = list(model.predict_proba(row["features"])[:, 1])
    return chances


def export(model, every: list[list[float]]) -> dict:
    """The trees as lists (gazette.importer.trees), checked against scikit-learn's probabilities on `every` row and
    on values set right at, just under and just over the first trees' thresholds, where single precision decides."""
    from gazette.importer import trees as walker

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
    exported = {"init": float(model._raw_predict_init(every[:1])[0][0]), "rate": model.learning_rate, "trees": trees}
    checked = list(every)
    for nodes in trees[:20]:
        for node in nodes:
            if len(node) == 4:
                for nudge in (0.0, -1e-9, 1e-9):
                    checked.append([*every[0][:node[0]], node[1] + nudge, *every[0][node[0] + 1:]])
    theirs = model.predict_proba(checked)[:, 1]
    ours = walker.chances(checked, exported)
    worst = max(abs(a - b) for a, b in zip(theirs, ours))
    assert worst < 1e-9, f"the exported trees differ from scikit-learn's by {worst}"
    return exported


def write(path: Path, features: tuple[str, ...], rows: list[dict], parameters: dict, judged: dict,
          **thresholds: float) -> None:
    """Learn the model from every row, export it (checked) and write it to `path` with what it reads, its thresholds,
    the commit and the scikit-learn it was learned at, and the figures it was judged by."""
    import sklearn

    model = export(fit(rows, parameters), [f for r in rows for f in r["features"]])
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=path.parent).stdout.strip()
    model = {"features": list(features), **thresholds, "learned_at": commit, "scikit_learn": sklearn.__version__,
             "texts": len(rows), "judged": judged, "parameters": parameters, **model}
    path.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path.name}")
