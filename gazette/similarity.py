"""Rewrite detection: how much two articles say the same thing in the same words.

The measure is the cosine similarity of two "bag of phrases" vectors. A
document's features are its content words (case-folded, the function words of
its language removed: gazette.function_words) and
each pair of neighbouring content words; a feature's weight is 1 + ln(count).
The score is 1.0 for the same text, about 0.4 for a close paraphrase (seed 001
against seed 000 scores 0.38) and at most 0.17 for a different story on the
same topic (tests/test_importer_similarity.py holds the table).

The score of a pair depends only on the two texts, not on the rest of the
site, so a pair's figure never drifts as the site grows.

`SimilarityIndex` keeps an inverted index (word -> documents that have it) so
that checking one article against thousands only touches the documents that
share a word with it, and scores only the best of those exactly.
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

from gazette import function_words

#: Articles scoring at or above this are reported as rewrites. On the seeds and
#: tests/importer_inputs/, the three paraphrase pairs score 0.38-0.42 and the 42
#: pairs of different stories (most on the same topic) at most 0.17; 0.27 leaves
#: about 0.1 on either side.
THRESHOLD = 0.27


_APOSTROPHE_S = re.compile(r"['\u2019\u02bc]s\b")
_APOSTROPHE = re.compile(r"['\u2018\u2019\u02bc]")
_WORD = re.compile(r"[^\W_]+")


# Letters of scripts written without spaces between words (Han, kana, Thai): a run of them
# is one "word" to `_WORD`, a whole clause, so a lightly edited copy shares none of them.
# Such runs are cut into overlapping character pairs instead, the usual unit for them.
_NO_SPACE_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]+")


def tokens(text: str) -> list[str]:
    """Words of `text` (NFKC, case-folded); text without spaces becomes character pairs."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _APOSTROPHE.sub("", _APOSTROPHE_S.sub("", text))
    out: list[str] = []
    for word in _WORD.findall(text):
        if not _NO_SPACE_RUN.search(word):
            out.append(word)
            continue
        for part in re.split(f"({_NO_SPACE_RUN.pattern})", word):
            if _NO_SPACE_RUN.fullmatch(part):
                out.extend(part[i:i + 2] for i in range(max(1, len(part) - 1)))
            elif part:
                out.append(part)
    return out


# A character pair wholly in hiragana is Japanese grammar (particles, endings), not content.
_HIRAGANA = re.compile(r"[\u3040-\u309f]{1,2}")


def content(found: list[str]) -> list[str]:
    """The content words of `found` (tokens): the function words of their language gone
    (gazette.function_words), and character pairs wholly in hiragana."""
    stop = function_words.of_text(found)
    return [w for w in found if w not in stop and (len(w) > 2 or not _HIRAGANA.fullmatch(w))]


def words(text: str) -> list[str]:
    """Content words of `text`: NFKC, case-folded, possessive 's and function words gone."""
    return content(tokens(text))


def features(text: str) -> dict[str, float]:
    """The unit-length feature vector of `text` (empty for a text without words)."""
    ws = words(text)
    counts = Counter(ws)
    counts.update(f"{a} {b}" for a, b in zip(ws, ws[1:]))
    vector = {f: 1.0 + math.log(n) for f, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {f: w / norm for f, w in vector.items()} if norm else {}


def _word_vector(text: str) -> dict[str, float]:
    """Unit-length vector of content words only: what the index ranks candidates by."""
    counts = Counter(words(text))
    vector = {w: 1.0 + math.log(n) for w, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {w: v / norm for w, v in vector.items()} if norm else {}


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
    """Documents by key, with an inverted index for nearest-match queries.

    The index maps each content word to the documents that have it and its
    weight there (compact arrays, so a site of 10,000 articles costs tens of
    megabytes, not a gigabyte of small objects). A query walks the postings of
    its own words, rarest first and up to POSTING_BUDGET postings, adding up a
    word-only cosine; it never visits a document that shares no word with it.
    The CANDIDATES best documents are then scored exactly with `similarity`. A
    rewrite shares its original's names, numbers and most of its words, so it
    ranks near the top of the word-only score long before the candidates run out.
    """

    POSTING_BUDGET = 200_000
    CANDIDATES = 50

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._texts: list[str] = []
        self._postings: dict[str, tuple[array, array]] = {}  # word -> (documents, weights)

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: str, text: str) -> None:
        doc = len(self._keys)
        self._keys.append(key)
        self._texts.append(text)
        for word, weight in _word_vector(text).items():
            posting = self._postings.get(word)
            if posting is None:
                posting = self._postings[word] = (array("i"), array("f"))
            posting[0].append(doc)
            posting[1].append(weight)

    def text_of(self, key: str) -> str:
        """The text indexed under `key` (the last one, when a key was added twice)."""
        return self._texts[len(self._keys) - 1 - self._keys[::-1].index(key)]

    def add_many(self, items: Iterable[tuple[str, str]]) -> None:
        for key, text in items:
            self.add(key, text)

    def most_similar(self, text: str, exclude: frozenset[str] | set[str] = frozenset()) -> Match | None:
        """The indexed document closest to `text` by `similarity`, ignoring keys in
        `exclude`; None when no other document shares a word with it."""
        scored = self.scored(text, exclude)
        return scored[0] if scored else None

    def scored(self, text: str, exclude: frozenset[str] | set[str] = frozenset()) -> list[Match]:
        """The CANDIDATES documents that share the most weight in words with `text` (ignoring keys
        in `exclude`), each scored exactly by `similarity`, best first."""
        query = _word_vector(text)
        postings = self._postings
        known = sorted((len(postings[w][0]), w) for w in query if w in postings)
        partial: dict[int, float] = defaultdict(float)
        walked = 0
        for size, word in known:
            if walked and walked + size > self.POSTING_BUDGET:
                break
            walked += size
            weight = query[word]
            docs, weights = postings[word]
            for doc, doc_weight in zip(docs, weights):
                partial[doc] += weight * doc_weight
        ranked = sorted(partial, key=partial.__getitem__, reverse=True)
        candidates = [d for d in ranked[: self.CANDIDATES + len(exclude)] if self._keys[d] not in exclude]
        vector = features(text)
        scored = sorted(((cosine(vector, features(self._texts[d])), -d) for d in candidates), reverse=True)
        return [Match(self._keys[-doc], score) for score, doc in scored]
