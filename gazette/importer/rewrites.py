"""Rewrites apart from independent reports of the same event.

Two texts about one event share its facts: names, numbers, places. A rewrite shares more:
the original's phrasing, in the original's order. So two scores are kept apart:

- `similarity` (gazette.similarity): cosine of content words and word pairs, high for
  both kinds;
- `phrasing`: how much of the shorter text's wording reappears in the other, in order:
  the mean of (a) the share of its word triples found in the other text and (b) the share
  of its content words that `difflib` aligns in runs of two or more, in order.

A pair is a rewrite when both scores are high (`THRESHOLD` and `PHRASING`); it is
coverage of the same event when the texts are similar (`RELATED`) but their phrasing is
their own. Text without spaces between words is read as character pairs, so a lightly
edited Japanese or Chinese copy scores as the copy it is. tests/test_importer_rewrites.py
holds the real pairs and their figures; README.md states them.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from gazette.similarity import STOPWORDS, THRESHOLD, similarity, tokens

#: Phrasing share from which a similar text is a rewrite (real rewrites: 0.18 and up; independent
#: reports of one event: 0.10 at most).
PHRASING = 0.14
#: Similarity from which a text that is no rewrite is coverage of the same event.
RELATED = 0.19


@dataclass(frozen=True)
class Verdict:
    kind: str  # "rewrite", "same event" or ""
    similarity: float
    phrasing: float


def _triples(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def phrasing(a: str, b: str) -> float:
    """How much wording the two texts share in order, from 0.0 to 1.0 (see the module)."""
    ta, tb = tokens(a), tokens(b)
    sa, sb = _triples(ta), _triples(tb)
    shared = len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0
    ca = [w for w in ta if w not in STOPWORDS]
    cb = [w for w in tb if w not in STOPWORDS]
    if not ca or not cb:
        return shared / 2
    blocks = difflib.SequenceMatcher(None, ca, cb, autojunk=False).get_matching_blocks()
    aligned = sum(block.size for block in blocks if block.size >= 2) / min(len(ca), len(cb))
    return (shared + aligned) / 2


def classify(a: str, b: str, score: float | None = None) -> Verdict:
    """Whether `a` rewrites `b` (or the other way round), reports the same event, or neither."""
    score = similarity(a, b) if score is None else score
    if score < RELATED:
        return Verdict("", score, 0.0)
    share = phrasing(a, b)
    if score >= THRESHOLD and share >= PHRASING:
        return Verdict("rewrite", score, share)
    if share >= 2 * PHRASING:
        return Verdict("rewrite", score, share)  # a near-copy, whatever its length
    return Verdict("same event", score, share)
