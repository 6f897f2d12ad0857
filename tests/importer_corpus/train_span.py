"""Learn where the story runs among the paragraphs the importer's rules keep (gazette/importer/passes/span.py).

`python tests/importer_corpus/train_span.py [--check]` (scikit-learn: `pip install -e '.[train]'`)

1. Reads every text of every set (corpus.yaml, heldout*.yaml) with the rules alone, recording the paragraphs the
   learned span would see. A paragraph is the story's when it lies between the hand-checked `start` and `end`;
   texts where either is not among the paragraphs teach nothing and are left out.
2. Judges the model by cross-validation over the sets (eight folds, a set always whole in one fold, so that a
   site's look never helps judge itself): each text's paragraphs are scored by a model that never saw its set. The
   thresholds are the pair worth the most (`_worth`: the starts, ends and furniture right, less twice each start or
   end the rules alone had right and the cut lost). Each fold is judged with the thresholds chosen on the other
   folds (nested, so that the choice never saw the texts it is judged on). Prints the figures before and after,
   and what the cut lost.
3. Chooses the thresholds on every set's out-of-fold chances, learns the model on every set and writes both with
   the figures to span_model.json, after checking that trees.chances() gives scikit-learn's own probabilities, on
   the corpus's paragraphs and on values set right at the trees' thresholds.

Re-run it after a change to the rules or to span.FEATURES: the paragraphs it learned from are the rules' output.
`--check` does steps 1 and 2 and writes nothing.
"""

from __future__ import annotations

import importlib
import sys
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import learning  # noqa: E402
import score  # noqa: E402

from gazette.importer.passes import span  # noqa: E402

extract_module = importlib.import_module("gazette.importer.extract")  # (the package's `extract` is its function)

THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85)
FIELDS = ("start", "end", "furniture")
LOST_WEIGHT = 2
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


def _verdicts(rows: list[dict], kept: list[list[str]]) -> list[dict[str, bool]]:
    """Each text's start, end and furniture, right or not, as score.py counts them (a field the text does not show
    left out)."""
    out = []
    for row, paragraphs in zip(rows, kept):
        got = {"start": paragraphs[0], "end": paragraphs[-1], "body": paragraphs}
        out.append({field: score._matches(field, want, got) for field in FIELDS
                    if (want := row["expect"].get(field)) not in (None, "", [])})
    return out


def _right(verdicts: list[dict[str, bool]]) -> dict[str, int]:
    return {field: sum(v.get(field, False) for v in verdicts) for field in FIELDS}


def _lost(before: list[dict[str, bool]], after: list[dict[str, bool]]) -> dict[str, int]:
    """Values right with the rules alone and wrong after the cut."""
    return {field: sum(b.get(field, False) and not a.get(field, False) for b, a in zip(before, after))
            for field in FIELDS}


def _worth(before: list[dict[str, bool]], after: list[dict[str, bool]]) -> int:
    """What a cut is worth: the values right after it, less twice each start or end that the rules alone had right
    and the cut made wrong: a story's first or last paragraph cut is text a person must find and put back, worse
    than a line of the page left in."""
    lost = _lost(before, after)
    return sum(_right(after).values()) - LOST_WEIGHT * (lost["start"] + lost["end"])


def choose(rows: list[dict], chances: list[list[float]]) -> tuple[float, float]:
    """The thresholds worth the most over `rows` (`_worth`), by their chances."""
    before = _verdicts(rows, [r["paragraphs"] for r in rows])
    return max(((s, e) for s in THRESHOLDS for e in THRESHOLDS),
               key=lambda t: (_worth(before, _verdicts(rows, [_cut(r["paragraphs"], c, *t)
                                                              for r, c in zip(rows, chances)])), -t[0] - t[1]))


def judge(rows: list[dict], chances: list[list[float]]) -> dict:
    """The figures before and after the cut, with thresholds chosen on the other folds' texts for each fold's
    (nested: neither the model nor its thresholds saw a text's set), and what the cut lost."""
    kept = []
    for k in range(learning.FOLDS):
        others = [(r, c) for r, c in zip(rows, chances) if r["fold"] != k]
        start, end = choose([r for r, _ in others], [c for _, c in others])
        kept += [(i, _cut(r["paragraphs"], c, start, end)) for i, (r, c) in enumerate(zip(rows, chances))
                 if r["fold"] == k]
    before = _verdicts(rows, [r["paragraphs"] for r in rows])
    after = _verdicts(rows, [paragraphs for _, paragraphs in sorted(kept, key=lambda item: item[0])])
    return {"before": _right(before), "after": _right(after), "lost": _lost(before, after)}


def main() -> None:
    with Pool() as pool:
        rows = [r for rs in pool.map(_read_set, ["", *score.batches()]) for r in rs]
    print(f"{len(rows)} texts, {sum(bool(r['labels']) for r in rows)} with both ends among the paragraphs")
    chances = learning.cross_validate(rows, PARAMETERS)
    figures = judge(rows, chances)
    start, end = choose(rows, chances)
    print(f"thresholds: start {start}, end {end}; judged over {learning.FOLDS} folds of sets (nested):")
    for field in FIELDS:
        print(f"  {field}: {figures['before'][field]} -> {figures['after'][field]} ({figures['lost'][field]} lost)")
    if "--check" in sys.argv:
        return
    learning.write(span.MODEL, span.FEATURES, rows, PARAMETERS, figures, start=start, end=end)


if __name__ == "__main__":
    main()
