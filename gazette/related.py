"""More on this story: for each article, the articles that report the same thing.

The measure is the cosine of two term vectors made of an article's title, summary
and body text. Terms are the content words of `similarity.words` (case-folded, the
function words of the text's language gone: gazette.function_words); a word written in
Hangul, kana or Han characters becomes its character pairs, so that 비상계엄을 and
비상계엄 share 비상, 상계, 계엄 (Korean attaches particles to words, Japanese and
Chinese leave no spaces). A term's weight is 1 + ln(count); each vector keeps its
TOP_TERMS heaviest terms (what an article repeats is what it is about) and is scaled to
unit length. A pair's score depends on the two texts only, never on the rest of the
archive.

A pair's score is that cosine times exp(-days apart / DAYS): reports of one event
come out within days of each other. THRESHOLD was measured on real copy
(tests/related_pairs/: five events each reported by two to four outlets, English and
Korean, against different stories on the same topics). Same-event pairs score 0.33
to 0.61. Without the dates, three Bank of Korea rate decisions a year apart score up
to 0.50 with each other (their wording is a formula), above two same-event pairs;
with them, 0.01. The closest different stories are those of the same week about the
same company (the DeepSeek sell-off against OpenAI's distillation claim two days
later): up to 0.25. THRESHOLD sits between, 0.04 from either side; test_related.py
holds the table.

Finding the candidates: an inverted index of the terms that at most RARE articles
have. Two reports of one event share names, places and figures that few other
articles have, so each article is scored exactly against the CANDIDATES articles
with which it shares the most weight in rare terms. This is what makes 10,000
articles cheap: common words, whose postings are long, are never walked.

Kept in the build cache: each article's vector (by its file's digest) and each list.
A later build recomputes only the lists that can have changed: those of the changed
articles and of every article that shares with one of them (before or after the
change) a term that is rare before or after it. Any other list has the same
candidates with the same scores, so it is the one a cold build would make.
"""

from __future__ import annotations

import heapq
import html
import math
import os
import re
from collections import Counter
from sys import intern
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from gazette import function_words
from gazette.similarity import words

TOP_TERMS = 64
RARE = 40
CANDIDATES = 12
DAYS = 21.0  # a pair's score is its cosine times exp(-days apart / DAYS)
THRESHOLD = 0.29
SHOWN = 5  # articles in a "More on this story" list
BODY_CHARS = 1500  # of the body's text: its lead (the first paragraphs) says what happened
VERSION = f"related-3:{TOP_TERMS}:{RARE}:{CANDIDATES}:{DAYS}:{THRESHOLD}:{BODY_CHARS}:{function_words.VERSION}"

Vector = dict  # term -> weight, unit length

_TAG = re.compile(r"<[^>]+>")
_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def text_of(title: str, summary: str, body_html: str, limit: int | None = BODY_CHARS) -> str:
    """What the measure reads of an article (and the search index, all of the body)."""
    return f"{title}\n{summary}\n{html.unescape(_TAG.sub(' ', body_html[:limit * 2] if limit else body_html))[:limit]}"


def terms(text: str) -> list[str]:
    """The terms of a text: content words, and character pairs of CJK words."""
    found: list[str] = []
    for word in words(text):
        if word.isascii() or not _CJK.search(word):
            found.append(word)
        elif len(word) == 1:
            found.append(word)
        else:
            found.extend(word[i:i + 2] for i in range(len(word) - 1))
    return found


def vector(text: str) -> Vector:
    """The unit-length vector of a text's TOP_TERMS heaviest terms."""
    # The heaviest terms; of equal counts, those that come first in the text.
    top = Counter(terms(text)).most_common(TOP_TERMS)
    weights = {term: 1.0 + math.log(count) for term, count in top}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {intern(term): w / norm for term, w in weights.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    get = b.get
    return sum(w * get(t, 0.0) for t, w in a.items())


def similarity(a: str, b: str, days_apart: float = 0.0) -> float:
    """The score of two texts published `days_apart` days apart."""
    return cosine(vector(a), vector(b)) * decay(days_apart)


def decay(days_apart: float) -> float:
    return math.exp(-abs(days_apart) / DAYS)


@dataclass
class Index:
    """Vectors by key, their dates (in days), and the postings of every term (keys in sorted order)."""

    vectors: dict[str, Vector]
    days: dict[str, float]
    postings: dict[str, list[str]] = field(default_factory=dict)
    lazy: bool = False  # postings made only for the terms asked for (`need`), not all at once

    def __post_init__(self):
        if not self.postings and not self.lazy:
            postings: dict[str, list[str]] = {}
            for key in sorted(self.vectors):
                for term in self.vectors[key]:
                    postings.setdefault(term, []).append(key)
            self.postings = postings

    def need(self, terms: Iterable[str]) -> None:
        """Make the postings of these terms, when lazy (one pass over the vectors: a build
        after an edit needs the postings of a few hundred terms, not of every term)."""
        if not self.lazy:
            return
        found: dict[str, list[str]] = {term: [] for term in terms if term not in self.postings}
        if not found:
            return
        get = found.get
        for key in sorted(self.vectors):
            for term in self.vectors[key]:
                keys = get(term)
                if keys is not None:
                    keys.append(key)
        self.postings.update(found)

    def nearest(self, key: str) -> tuple[tuple[str, float], ...]:
        """The keys scoring THRESHOLD or more with `key`, best first (ties: by key)."""
        mine = self.vectors[key]
        postings = self.postings
        partial: dict[str, float] = {}
        get = partial.get
        for term, weight in mine.items():
            keys = postings[term]
            if len(keys) > RARE:
                continue
            for other in keys:
                if other != key:
                    partial[other] = get(other, 0.0) + weight * self.vectors[other][term]
        day, days = self.days[key], self.days
        ranked = [(other, value * decay(days[other] - day)) for other, value in partial.items()]
        best = heapq.nsmallest(CANDIDATES, ranked, key=lambda item: (-item[1], item[0]))
        scored = [(other, round(cosine(mine, self.vectors[other]) * decay(days[other] - day), 4))
                  for other, _ in best]
        return tuple(sorted(((k, s) for k, s in scored if s >= THRESHOLD), key=lambda item: (-item[1], item[0])))


def patch_unchanged(lists: Lists, index: Index | None, changes: Mapping[str, Document]) -> tuple[bool, Index]:
    """For a builder's patch of article text: apply the new texts of `changes` to `lists`
    and its `index` (made from `lists` when None), in place, and tell whether every
    nearest-article list stays the same. False: the patch is given up (a full build
    follows, which makes the lists anew from the build cache)."""
    if index is None:  # postings made for the terms the patches touch, as they come
        index = index_of(lists, lazy=True)
    old: dict[str, Vector] = {}
    for key, doc in changes.items():
        known = lists.vectors.get(key)
        if known is None:
            return False, index
        new_vector = vector(doc.text)
        lists.vectors[key] = (doc.digest, known[1], new_vector)
        if new_vector != known[2]:
            old[key] = known[2]
            _move(index, key, known[2], new_vector)
    return not _renew(lists, index, affected(old, index, old)), index


def add(lists: Lists, index: Index | None, key: str, doc: Document) -> tuple[set[str], Index]:
    """For a patch that adds an article: put its document into `lists` and `index` (made
    from `lists` when None), in place. Returns the keys whose list changed (the new
    article's own among them) and the index."""
    if index is None:
        index = index_of(lists, lazy=True)
    made = vector(doc.text)
    lists.vectors[key] = (doc.digest, doc.day, made)
    index.days[key] = doc.day
    _move(index, key, {}, made)
    return _renew(lists, index, affected({}, index, {key})), index


def _renew(lists: Lists, index: Index, redo: set[str]) -> set[str]:
    """Compute the lists of `redo` again; the keys whose list changed (the order of the
    articles is what pages show, not their scores)."""
    index.need({term for key in redo for term in index.vectors.get(key, ())})
    changed = set()
    for key in sorted(redo):
        nearest = index.nearest(key)
        if [k for k, _ in nearest] != [k for k, _ in lists.nearest.get(key, ())]:
            changed.add(key)
        lists.nearest[key] = nearest
    return changed


def index_of(lists: Lists, lazy: bool = False) -> Index:
    """The index of the kept vectors: every term's postings (for a builder that patches
    again and again, made while it is idle), or, lazy, those asked for (a one-off build)."""
    return Index({k: v for k, (_, _, v) in lists.vectors.items()}, {k: d for k, (_, d, _) in lists.vectors.items()},
                 lazy=lazy)


def _move(index: Index, key: str, before: Vector, after: Vector) -> None:
    """Give `key` the vector `after` in the index (its postings made first, lazily)."""
    import bisect

    index.need(set(before) | set(after))
    for term in before:
        if term not in after:
            index.postings[term].remove(key)
    for term in after:
        if term not in before:
            bisect.insort(index.postings.setdefault(term, []), key)
    index.vectors[key] = after


def affected(old: Mapping[str, Vector], new: Index, changed: Iterable[str]) -> set[str]:
    """The keys whose list can differ between the index of `old` and `new` when the
    vectors of `changed` keys differ (added, removed or edited): the changed keys and
    every key sharing with one of them a term rare before or after."""
    changed = set(changed)
    found = set(changed)
    delta: Counter = Counter()
    for key in changed:
        for term in old.get(key, ()):
            delta[term] += 1
        for term in new.vectors.get(key, ()):
            delta[term] -= 1
    for term in delta.keys() | {t for key in changed for t in new.vectors.get(key, ())}:
        keys = new.postings.get(term, [])
        before = len(keys) + delta[term]
        if len(keys) <= RARE or before <= RARE:
            found.update(keys)
    return found


@dataclass
class Lists:
    """What the build cache keeps: each article's vector (with the digest of its file
    and its date in days) and its list of nearest articles."""

    vectors: dict[str, tuple[str, float, Vector]] = field(default_factory=dict)  # key -> (digest, day, vector)
    nearest: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    token: str = ""  # of the file they were saved whole in: the journal of additions since names it


class Document:
    """What the measure reads of one article: its text is made only when asked for (a
    build finds most vectors in the cache by the digest)."""

    __slots__ = ("digest", "day", "_text", "_article")

    def __init__(self, digest: str, day: float, text: str | None = None, article=None):
        self.digest = digest  # of the article's file: the same digest, the same text
        self.day = day  # publication time in days
        self._text = text
        self._article = article

    @property
    def text(self) -> str:
        if self._text is None:
            a = self._article
            self._text = text_of(a.title, a.summary, a.body_html)
        return self._text


def update(kept: Lists | None, documents: Mapping[str, Document], make_vectors=None) -> tuple[Lists, set[str]]:
    """The lists for `documents`, from those `kept` by the last build: vectors made only
    for new digests, lists computed only where they can have changed. Returns the lists
    and the keys whose list was computed."""
    kept = kept or Lists()
    vectors = _vectors(kept, documents, make_vectors or _make_vectors)
    old = kept.vectors
    changed = _changed(old, vectors)
    if kept.nearest and not changed:
        return Lists(vectors, kept.nearest), set()
    index = Index({key: vec for key, (_, _, vec) in vectors.items()},
                  {key: day for key, (_, day, _) in vectors.items()}, lazy=bool(kept.nearest))
    redo = _to_redo(index, {key: vec for key, (_, _, vec) in old.items()}, changed) if kept.nearest else set(vectors)
    nearest = {key: value for key, value in kept.nearest.items() if key in vectors and key not in redo}
    for key in sorted(redo):
        if key in vectors:
            nearest[key] = index.nearest(key)
    return Lists(vectors, nearest), redo & vectors.keys()


def _to_redo(index: Index, old: dict[str, Vector], changed: set[str]) -> set[str]:
    """The keys whose list can have changed (`affected`), with the postings their lists need."""
    index.need({term for key in changed for vec in (old.get(key, {}), index.vectors.get(key, {})) for term in vec})
    redo = affected(old, index, changed)
    index.need({term for key in redo if key in index.vectors for term in index.vectors[key]})
    return redo


def _changed(old: dict[str, tuple[str, float, Vector]], new: dict[str, tuple[str, float, Vector]]) -> set[str]:
    """The documents added, removed, or whose day or vector changed."""
    return {key for key in new.keys() | old.keys() if key not in old or key not in new or old[key][1:] != new[key][1:]}


def _vectors(kept: Lists, documents: Mapping[str, Document],
             make_vectors) -> dict[str, tuple[str, float, Vector]]:
    """Each document's (digest, day, vector): kept where its digest is the same, made anew
    (all at once, in workers when there are many) for the others."""
    vectors: dict[str, tuple[str, float, Vector]] = {}
    todo = []
    for key, doc in documents.items():
        known = kept.vectors.get(key)
        if known is not None and known[0] == doc.digest:
            vectors[key] = (doc.digest, doc.day, known[2])
        else:
            todo.append(key)
    for key, made_vector in zip(todo, make_vectors([documents[key].text for key in todo])):
        vectors[key] = (documents[key].digest, documents[key].day, made_vector)
    return vectors


def _vectors_chunk(texts: list[str], start: int, end: int) -> list[Vector]:
    return [vector(text) for text in texts[start:end]]


def _make_vectors(texts: list[str]) -> list[Vector]:
    from gazette import workers

    processes = workers.default_workers(len(texts), threshold=400)
    made: list[Vector] = []
    for chunk in workers.map_chunks(_vectors_chunk, texts, len(texts), processes, chunk=250):
        # One string object per term across the site (a worker's come back as copies): at
        # 10,000 articles 630,000 term keys are 472 distinct words, about 33 MB saved, and
        # the cache file, pickled with its memo, keeps them shared when read back.
        made.extend(chunk if processes <= 1 else ({intern(t): w for t, w in v.items()} for v in chunk))
    return made


# --- the lists an article page shows ----------------------------------------------------

CACHE_NAME = "related.bin"


def documents(articles: Iterable) -> dict[str, Document]:
    """What the measure reads of each article, by its address."""
    return {a.url: Document(a.digest, a.date.timestamp() / 86400, article=a) for a in articles}


JOURNAL_NAME = "related-added.bin"


def load(store) -> tuple[Lists | None, bool]:
    """The lists the build cache keeps: the file saved whole, with the journal of the
    additions patched in since (`save_added`) applied; and whether there was one."""
    kept = store.load_named(CACHE_NAME, VERSION)
    if not isinstance(kept, Lists):
        return None, False
    journal = store.load_named(JOURNAL_NAME, VERSION)
    if not (isinstance(journal, tuple) and len(journal) == 3 and kept.token and journal[0] == kept.token):
        return kept, False
    kept.vectors.update(journal[1])
    kept.nearest.update(journal[2])
    return kept, True


def save(store, lists: Lists) -> None:
    """Keep the lists whole, under a new token (a journal of the file before is then ignored)."""
    lists.token = os.urandom(8).hex()
    store.save_named(CACHE_NAME, VERSION, lists)


def save_added(store, lists: Lists, keys: Iterable[str]) -> None:
    """Keep what an addition changed (the new article's vector and list, and the lists it
    joined) in the journal beside the file the lists were read from: a few kB, where the
    whole file is 10,000 vectors (90 ms to write at 10,000 articles). The next full build
    that reads them writes them whole again."""
    if not lists.token:
        save(store, lists)
        return
    journal = store.load_named(JOURNAL_NAME, VERSION)
    vectors, nearest = (journal[1], journal[2]) if isinstance(journal, tuple) and len(journal) == 3 \
        and journal[0] == lists.token else ({}, {})
    for key in keys:
        vectors[key] = lists.vectors[key]
        nearest[key] = lists.nearest.get(key, ())
    store.save_named(JOURNAL_NAME, VERSION, (lists.token, vectors, nearest))


def attach(lib, store) -> tuple:
    """The library with each article's More on this story list and story thread; the
    nearest-article lists are kept in the build cache (`store`) between builds, which
    is written only when they changed (or had additions journalled)."""
    kept, journalled = load(store) if store is not None else (None, False)
    lists, redone = update(kept, documents(lib.articles))
    if store is not None and (kept is None or journalled or redone or kept.vectors.keys() != lists.vectors.keys()
                              or any(kept.vectors[k][:2] != v[:2] for k, v in lists.vectors.items())):
        save(store, lists)
    elif kept is not None:
        lists.token = kept.token
    return with_lists(lib, lists), lists


def with_lists(lib, lists: Lists):
    from dataclasses import replace

    by_url = {a.url: a for a in lib.articles}
    by_slug: dict[str, object] = {}
    named_by: dict[str, list] = {}  # slug -> the articles naming it in `related`
    for article in lib.articles:  # newest first: of several with one slug, the newest
        by_slug.setdefault(article.slug, article)
        for slug in article.related:
            named_by.setdefault(slug, []).append(article)
    chains = _components(lib.articles, by_slug, rewrites_only=True)
    threads = _components(lib.articles, by_slug, rewrites_only=False)
    more = {}
    thread = {}
    for article in lib.articles:
        story = threads[article.url]
        if len(story) > 1:
            thread[article.url] = story
        explicit = (list(lib.related.get(article.url, ())) + [by_slug[s] for s in article.related if s in by_slug]
                    + named_by.get(article.slug, []))
        chosen = more_of(article, explicit, by_url, lists.nearest.get(article.url, ()), chains, story)
        if chosen:
            more[article.url] = chosen
    return replace(lib, more=more, thread=thread)


def more_of(article, explicit: list, by_url: dict, nearest, chains: dict, story: tuple) -> tuple:
    """Explicit links first (rewrites both ways, the articles this one names in `related`,
    those naming it), then the nearest articles by content above the threshold, up to
    SHOWN in all: none of the article's own story (the thread shows it), and at most one
    article of any other rewrite chain."""
    chosen: dict[str, object] = {}
    for other in explicit:
        if other.url != article.url:
            chosen.setdefault(other.url, other)
    in_story = {a.url for a in story}
    seen_chains = {id(chains[url]) for url in chosen} | {id(chains[article.url])}
    for url, _score in nearest:
        if len(chosen) >= SHOWN:
            break
        other = by_url.get(url)
        if other is None or url in in_story or id(chains[url]) in seen_chains:
            continue
        chosen[url] = other
        seen_chains.add(id(chains[url]))
    return tuple(chosen.values())


def _components(articles, by_slug: dict, rewrites_only: bool) -> dict[str, tuple]:
    """Each article's story: the articles joined to it by rewrite_of (and `related`,
    unless rewrites_only), oldest first. One tuple object per story."""
    parent = {a.url: a.url for a in articles}

    def find(url: str) -> str:
        while parent[url] != url:
            parent[url] = parent[parent[url]]
            url = parent[url]
        return url

    for article in articles:
        targets = [article.rewrite_of] if article.rewrite_of else []
        if not rewrites_only:
            targets += list(article.related)
        for slug in targets:
            other = by_slug.get(slug)
            if other is not None:
                parent[find(article.url)] = find(other.url)
    groups: dict[str, list] = {}
    for article in articles:
        groups.setdefault(find(article.url), []).append(article)
    stories = {root: tuple(sorted(group, key=lambda a: (a.date.timestamp(), a.source_path)))
               for root, group in groups.items()}
    return {a.url: stories[find(a.url)] for a in articles}
