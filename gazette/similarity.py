"""Rewrite detection: how much two articles say the same thing in the same words.

The measure is the cosine similarity of two "bag of phrases" vectors. A
document's features are its content words (lower-cased, stopwords removed) and
each pair of neighbouring content words; a feature's weight is 1 + ln(count).
The score is 1.0 for the same text, about 0.4 for a close paraphrase (seed 001
against seed 000 scores 0.38) and at most 0.17 for a different story on the
same topic (tests/test_importer_similarity.py holds the table).

The score of a pair depends only on the two texts, not on the rest of the
site, so a pair's figure never drifts as the site grows.

`SimilarityIndex` keeps an inverted index (feature -> documents that have it)
so that checking one article against thousands only touches the documents
that share a feature with it; the rarest features are walked first and only
the documents they turn up are scored exactly.
"""

from __future__ import annotations

import gc
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

#: Articles scoring at or above this are reported as rewrites. On the seeds and
#: tests/importer_inputs/, the three paraphrase pairs score 0.38-0.42 and the 42
#: pairs of different stories (most on the same topic) at most 0.17; 0.27 leaves
#: about 0.1 on either side.
THRESHOLD = 0.27

# Common English function words, plus reporting verbs that every news story
# uses; they say nothing about which story an article tells.
STOPWORDS = frozenset(
    """
    a about above after again against all almost also although am among an and
    another any are around as at be because been before being below between
    both but by can cannot could did do does doing done down during each either
    even ever every few for from further had has have having he her here hers
    herself him himself his how however i if in into is it its itself just last
    least less like made make many may me might more most much must my myself
    neither no nor not now of off on once one only or other others our ours
    ourselves out over own per quite rather really s said same say says she
    should since so some still such than that the their theirs them themselves
    then there these they this those though through thus to too two under until
    up upon us very was we were what whatever when where whether which while who
    whom whose why will with within without would year years yet you your yours
    yourself yourselves
    """.split()
)

_APOSTROPHE_S = re.compile(r"['\u2019\u02bc]s\b")
_APOSTROPHE = re.compile(r"['\u2018\u2019\u02bc]")
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Content words of `text`: NFKC, case-folded, possessive 's and stopwords gone."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _APOSTROPHE.sub("", _APOSTROPHE_S.sub("", text))
    return [w for w in _WORD.findall(text) if w not in STOPWORDS]


def features(text: str) -> dict[str, float]:
    """The unit-length feature vector of `text` (empty for a text without words)."""
    ws = words(text)
    counts = Counter(ws)
    counts.update(f"{a} {b}" for a, b in zip(ws, ws[1:]))
    vector = {f: 1.0 + math.log(n) for f, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {f: w / norm for f, w in vector.items()} if norm else {}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(f, 0.0) for f, w in a.items())


def similarity(a: str, b: str) -> float:
    """Similarity of two texts, from 0.0 (nothing shared) to 1.0 (same words)."""
    return cosine(features(a), features(b))


@dataclass(frozen=True)
class Match:
    key: str
    score: float


class SimilarityIndex:
    """Documents by key, with an inverted index for fast nearest-match queries."""

    #: How many postings a query may walk before it stops collecting
    #: candidates; the rarest features come first, so a real rewrite, which
    #: shares names, numbers and phrases with its original, is found long
    #: before the common words are reached.
    POSTING_BUDGET = 60_000
    #: How many of the best partial scores are then scored exactly.
    CANDIDATES = 50

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._vectors: list[dict[str, float]] = []
        self._postings: dict[str, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: str, text: str) -> None:
        doc = len(self._keys)
        vector = features(text)
        self._keys.append(key)
        self._vectors.append(vector)
        for feature in vector:
            self._postings[feature].append(doc)

    def add_many(self, items: Iterable[tuple[str, str]]) -> None:
        """`add` each (key, text); the garbage collector rests meanwhile, as the
        millions of small objects an index holds are not garbage (halves the time)."""
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            for key, text in items:
                self.add(key, text)
        finally:
            if was_enabled:
                gc.enable()

    def most_similar(self, text: str, exclude: frozenset[str] | set[str] = frozenset()) -> Match | None:
        """The indexed document closest to `text` (ignoring keys in `exclude`), or None."""
        query = features(text)
        known = [(len(self._postings[f]), f) for f in query if f in self._postings]
        known.sort()
        partial: dict[int, float] = defaultdict(float)
        walked = 0
        for size, feature in known:
            if walked and walked + size > self.POSTING_BUDGET:
                break
            walked += size
            weight = query[feature]
            vectors = self._vectors
            for doc in self._postings[feature]:
                partial[doc] += weight * vectors[doc][feature]
        best: Match | None = None
        ranked = sorted(partial, key=partial.__getitem__, reverse=True)
        for doc in ranked[: self.CANDIDATES + len(exclude)]:
            key = self._keys[doc]
            if key in exclude:
                continue
            score = cosine(query, self._vectors[doc])
            if best is None or score > best.score:
                best = Match(key, score)
        return best
