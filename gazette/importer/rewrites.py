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
their own, and they came out within days of each other. Similarity alone cannot tell one
event from the next of its kind: two earthquakes, two ministers' first speeches, two
typhoons years apart are written in the same words (most of the corpus's similar pairs
that are no rewrite are such). So the same-event verdict needs both dates, and the
similarity decayed with the days between them (as "More on this story" does,
`gazette.related.decay`) still at `RELATED`. A rewrite needs no date: copy is rewritten
years later too (the seeds' paraphrase came out 22 months after its original), and a
template used again later (a company's quarterly releases, a wire's weekly roundup) shares
its wording as a rewrite does: the measure calls it one. Text without spaces between
words is read as character pairs, so a lightly edited Japanese or Chinese copy scores as
the copy it is. tests/test_importer_rewrites.py holds the real pairs and their figures;
README.md states them.
"""

from __future__ import annotations

import difflib
from datetime import date
from dataclasses import dataclass

from gazette.related import decay
from gazette.similarity import THRESHOLD, content, similarity, tokens

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
    ca, cb = content(ta), content(tb)
    if not ca or not cb:
        return shared / 2
    blocks = difflib.SequenceMatcher(None, ca, cb, autojunk=False).get_matching_blocks()
    aligned = sum(block.size for block in blocks if block.size >= 2) / min(len(ca), len(cb))
    return (shared + aligned) / 2


def classify(a: str, b: str, score: float | None = None, days_apart: float | None = None) -> Verdict:
    """Whether `a` rewrites `b` (or the other way round), reports the same event, or neither.
    `days_apart`: between the two texts' dates, None when either is unknown."""
    score = similarity(a, b) if score is None else score
    if score < RELATED:
        return Verdict("", score, 0.0)
    share = phrasing(a, b)
    if share >= 2 * PHRASING or (score >= THRESHOLD and share >= PHRASING):
        return Verdict("rewrite", score, share)  # at twice PHRASING a near-copy, whatever its length
    if days_apart is not None and score * decay(days_apart) >= RELATED:
        return Verdict("same event", score, share)
    return Verdict("", score, share)


def days_between(a: str, b: str) -> float | None:
    """Days between two dates as written (`YYYY-MM-DD...`); None when either is missing."""
    try:
        return float((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None
