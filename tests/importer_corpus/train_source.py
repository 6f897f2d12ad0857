"""Learn the source that the importer's rules miss (gazette/importer/passes/source_guess.py).

`python tests/importer_corpus/train_source.py [--check]` (scikit-learn: `pip install -e '.[train]'`)

1. Reads every pasted text of every set (corpus.yaml, heldout*.yaml) with the rules, the source's rules masked, so
   that every text's candidates are recorded as the guess would see them; a candidate is the source when it is one
   of the text's hand-checked `source` values. The texts the rules found a source in are learned from too (the
   forms are the same), but only the texts they found none in are judged: the guess reads those alone.
2. Judges the model by cross-validation over the sets (eight folds, a set always whole in one fold): each text's
   candidates are scored by a model that never saw its set, and the guess is the likeliest candidate that
   source_guess.refused allows. The threshold is the one worth the most (`_worth`: the
   sources right, less three times each one invented for a text that shows none: a name the text does not give
   as its source misleads the person who checks it), chosen for each fold on the other folds (nested).
   Prints the sources right, wrong and invented with the guess.
3. Chooses the threshold on every set's out-of-fold chances, learns the model on every set and writes both with the
   figures to source_model.json, after checking that trees.chances() gives scikit-learn's own probabilities.

Re-run it after a change to the rules or to source_guess.FEATURES. `--check` does steps 1 and 2 and writes nothing.
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

from gazette.importer.passes import source_guess  # noqa: E402

extract_module = importlib.import_module("gazette.importer.extract")  # (the package's `extract` is its function)
RULES_SOURCE = extract_module._source

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
INVENTED_WEIGHT = 3
PARAMETERS = {"n_estimators": 150, "max_depth": 3, "learning_rate": 0.1, "subsample": 0.8, "min_samples_leaf": 40,
              "random_state": 0}


def _read_set(name: str) -> list[dict]:
    """Each pasted text of a set: its candidates, their features and labels, and the rules' own source."""
    seen: list[object] = []
    ruled: list[str] = []
    def masked(*args, **kwargs) -> str:
        ruled.append(RULES_SOURCE(*args, **kwargs))
        return ""

    def record(copy, found) -> str:
        seen.append(copy)
        return ""

    extract_module._source, extract_module.guess_source = masked, record
    rows = []
    for key, entry in score.load(name).items():
        seen.clear()
        ruled.clear()
        score.read.__wrapped__(key, "en", entry.get("file"))
        if not seen:  # (a saved page: the learned passes are off)
            continue
        want = entry["expect"].get("source")
        wanted = set(want if isinstance(want, list) else [want]) if want else set()
        named, features = source_guess.read(seen[-1])
        shown = "source" in entry["expect"]
        rows.append({"set": name or "corpus", "key": key, "want": wanted, "shown": shown,
                     "ruled": ruled[-1] if ruled else "", "names": [c.name for c in named], "features": features,
                     # (a source left unscored, `null`, teaches nothing: its candidates are neither it nor not)
                     "labels": [int(c.name in wanted) for c in named] if not (shown and want is None) else [],
                     "refused": [source_guess.refused(c.name, seen[-1]) for c in named]})
    return rows


def _guess(row: dict, chance: list[float], threshold: float) -> str:
    """The guess source_guess.best makes (the likeliest candidate not refused, at the threshold or over it)."""
    ranked = max(((p, i) for i, p in enumerate(chance) if not row["refused"][i]), default=None)
    return row["names"][ranked[1]] if ranked and ranked[0] >= threshold else ""


def _verdicts(rows: list[dict], guesses: list[str]) -> dict[str, int]:
    """Over the texts the rules found no source in: the sources right, wrong and invented with `guesses`."""
    out = {"right": 0, "wrong": 0, "invented": 0, "texts": 0}
    for row, guess in zip(rows, guesses):
        if row["ruled"]:
            continue
        out["texts"] += 1
        if guess and row["want"]:
            out["right" if guess in row["want"] else "wrong"] += 1
        elif guess and row["shown"] is False:
            out["invented"] += 1
    return out


def _worth(verdicts: dict[str, int]) -> int:
    return verdicts["right"] - INVENTED_WEIGHT * verdicts["invented"]


def choose(rows: list[dict], chances: list[list[float]]) -> float:
    return max(THRESHOLDS, key=lambda t: (_worth(_verdicts(rows, [_guess(r, c, t) for r, c in zip(rows, chances)])), t))


def judge(rows: list[dict], chances: list[list[float]]) -> dict:
    guesses = [""] * len(rows)
    for k in range(learning.FOLDS):
        others = [(r, c) for r, c in zip(rows, chances) if r["fold"] != k]
        threshold = choose([r for r, _ in others], [c for _, c in others])
        for i, (row, chance) in enumerate(zip(rows, chances)):
            if row["fold"] == k:
                guesses[i] = _guess(row, chance, threshold)
    return {"after": _verdicts(rows, guesses),
            "missed": sum(1 for r in rows if not r["ruled"] and r["want"])}


def main() -> None:
    with Pool() as pool:
        rows = [r for rs in pool.map(_read_set, ["", *score.batches()]) for r in rs]
    unruled = [r for r in rows if not r["ruled"]]
    covered = sum(1 for r in unruled if r["want"] and any(r["labels"]))
    print(f"{len(rows)} texts; the rules found no source in {len(unruled)}, "
          f"{sum(bool(r['want']) for r in unruled)} of which show one ({covered} among the candidates)")
    chances = learning.cross_validate(rows, PARAMETERS)
    figures = judge(rows, chances)
    threshold = choose(rows, chances)
    print(f"threshold {threshold}; judged over {learning.FOLDS} folds of sets (nested): {figures}")
    if "--check" in sys.argv:
        return
    learning.write(source_guess.MODEL, source_guess.FEATURES, rows, PARAMETERS, figures, threshold=threshold)


if __name__ == "__main__":
    main()
