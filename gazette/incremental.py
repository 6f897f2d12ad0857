"""Rebuilds in a long-running builder (`serve`, `build --watch`) that cost what the edit touched.

A full build keeps, in a `Session`, what it planned: every render job, which jobs
show which article, the content files' stats and parse results, and the output
files it left. When the next change is only the text of articles already in the site
(their headline, body, summary, byline, dateline, photo caption: what a page shows of
an article but nothing the site's structure is made of), `patch` re-reads those files
alone, puts each new Article into the jobs that showed the old one, renders just those
jobs and writes the pages whose bytes changed. A new article dated after every other
is patched in too (adding.py plans the pages it changes). Everything else (a deleted or
renamed file, an older new one, a changed date, tag, source, slug or photo, a problem in
a file, a template, static or settings change, a future article coming due) goes to the
full build, which is never wrong, and which refills the session.

The result is byte for byte what a full build gives (tests/test_incremental.py and
the serve tests compare the two after sequences of edits).
"""

from __future__ import annotations

import bisect
import dataclasses
import os
import time
import types
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, NamedTuple

from gazette import cache, content, i18n, images, render, stages, writer
from gazette.config import SiteConfig
from gazette.content import SHOWN_ONLY, Article
from gazette.problems import Problem
from gazette.stages import BuildResult

# SHOWN_ONLY (declared with the fields, in content.Article): what the pages show of an
# article but no stage before rendering reads. The library and the plans of pages and
# feeds never look at these (a Figure and a NewsEntry hold the article and read its
# title and photo text when rendered). An edit that changes only these can be patched
# into the planned jobs. Any other field, including any added later, makes the edit go
# to the full build.
# The fingerprints of a session's jobs are memoized, keeping each value fingerprinted
# alive: started afresh every so many patches, so that a long preview does not grow.
FRESH_FINGERPRINTS_EVERY = 50
_STRUCTURAL = tuple(name for name in content.Article.__dataclass_fields__ if name not in SHOWN_ONLY)


def structure(article: Article) -> tuple:
    """Everything of an article that the site's structure can depend on. Dates count
    with their zone: two moments that are equal but written with other offsets are
    shown differently (feeds keep the dates they were planned with)."""
    values = article.__dict__
    return tuple(repr(value) if isinstance(value, datetime) else value
                 for value in (values[name] for name in _STRUCTURAL))


@dataclass
class Session:
    """What the last full (or patched) build left, for the next `patch`."""

    config: SiteConfig
    out: Path
    code_fp: str
    templates_fp: str
    parse_fp: str
    valid_until: float  # POSIX time: after it, the same inputs make another site
    scanned: dict[str, tuple[str, os.stat_result]]  # content files by site-relative path, scan order
    entries: dict[str, cache.SourceEntry]  # what parsing each gave
    static: list[writer.StaticFile]
    jobs: list[render.RenderJob]
    files: dict[str, cache.OutputEntry]  # the output folder's files as the last build left them
    summary: dict  # counts for BuildResult
    warnings: list[Problem]
    renderer: render.Renderer | None = None
    fingerprints: render.Fingerprinter | None = None
    shown_in: dict[str, list[int]] | None = None  # article source path -> indexes of the jobs that show it
    unsaved: bool = False  # patched since the build cache was last written
    unsaved_sources: set[str] = field(default_factory=set)  # content files re-read since then (by `scanned` key)
    site_cache: tuple[int, int] | None = None  # (size, mtime) of the output folder's cache file, as left
    content_root: str = field(init=False, default="")  # the content folder, its real path
    content_prefix: str | None = field(init=False, default=None)  # its path in `scanned`'s keys
    static_root: str = field(init=False, default="")
    has_links: bool | None = None  # a content or static file is a symbolic link (None: not looked yet)
    files_checked: bool = False  # `files` were all found on disk as recorded, just now (kept.py): trusted unstat-ed
    _indexer: _Indexer | None = None  # the index being made, when prepare() was stopped
    patches: int = 0
    search_records: list | None = None  # what the search index holds (search.py); None: no search
    search_bases: dict | None = None  # what each year's index in the folder holds (search.Base by mark)
    related_lists: Any = None  # related.Lists: each article's nearest articles, as the pages show them
    related_index: Any = None  # related.Index of those lists, made when first needed
    related_added: set[str] = field(default_factory=set)  # keys whose lists an addition made anew (kept.py keeps them)
    pages: list[writer.StaticFile] = field(default_factory=list)  # the standalone pages' files (signed like static)
    code_stamp: tuple | None = None  # cache.files_stamp of the code and templates when last found the same
    search_at: dict[str, int] | None = None  # each search record's index in search_records, by its page's URL
    paths_at: dict[str, int] | None = None  # each job's index, by its page's path
    article_paths: dict[str, str] | None = None  # each published article's source path, by its address
    article_links: tuple[frozenset[str], frozenset[str]] | None = None  # adding.link_names of every article read
    replanned: dict[int, str] = field(default_factory=dict)  # jobs an addition changed or made: their fingerprints

    def __post_init__(self):
        self.content_root = os.path.realpath(self.config.content_path)
        self.static_root = os.path.realpath(self.config.static_path)
        root, folder = str(self.config.root), str(self.config.content_path)
        if folder.startswith(root + os.sep):  # as pipeline.scan makes the keys
            self.content_prefix = folder[len(root) + 1:].replace(os.sep, "/")

    @classmethod
    def after_build(cls, **values: Any) -> "Session":
        """The session of a full build that has just written its output folder."""
        session = cls(**values)
        session.site_cache = session.cache_file_now()
        return session

    def prepare(self, stop: Callable[[], bool] | None = None) -> bool:
        """Do now what the next patch would otherwise do first: look for symbolic links,
        index the jobs by the articles they show and the terms of More on this story's
        vectors, compile the templates. A builder calls
        this when idle, with `stop` telling whether a change came meanwhile: then it
        returns False at once, and the rest is done later (by the patch that needs it,
        or not at all when a full build comes first)."""
        stop = stop or (lambda: False)
        if self.shown_in is not None:
            return True
        if stop():
            return False
        self.links()
        if self._indexer is None:
            self._indexer = _Indexer(self.jobs)
        if not self._indexer.run(stop):
            return False
        self._index_lists()
        if not self._compile(stop):
            return False
        self.shown_in, self._indexer = self._indexer.shown_in, None
        return True

    def _index_lists(self) -> None:
        """More on this story's index of terms, the search records' index by URL, the
        stamp of the code and templates: what a patch would otherwise make first."""
        if self.related_lists is not None and (self.related_index is None or self.related_index.lazy):
            from gazette import related

            self.related_index = related.index_of(self.related_lists)  # every term: each patch then costs its own
        if self.search_records is not None:
            self.search_places()
        _same_code(self)  # its files' stamp, so that a patch need not digest them

    def search_places(self) -> dict[str, int]:
        """Each search record's index in search_records, by its page's URL (a patch keeps
        every URL where it was)."""
        assert self.search_records is not None
        if self.search_at is None:
            self.search_at = {record.url: i for i, record in enumerate(self.search_records)}
        return self.search_at

    def job_places(self) -> dict[str, int]:
        """Each job's index in `jobs`, by its page's path."""
        if self.paths_at is None:
            self.paths_at = {job.path: i for i, job in enumerate(self.jobs)}
        return self.paths_at

    def article_at(self, url: str) -> Article:
        """The published article at this address."""
        article = self.entries[self.published()[url]].article
        assert article is not None
        return article

    def published(self) -> dict[str, str]:
        """Each published article's source path, by its address."""
        if self.article_paths is None:
            self.article_paths = {job.path: job.context["article"].source_path
                                  for job in self.jobs if job.template == "article.html"}
        return self.article_paths

    def link_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """The addresses of the articles linked to others, and the slugs the links name."""
        if self.article_links is None:
            from gazette import adding

            self.article_links = adding.link_names([e.article for e in self.entries.values() if e.article is not None])
        return self.article_links

    def jobs_showing_articles(self) -> set[int]:
        """The indexes of the jobs that show an article."""
        self.prepare()
        assert self.shown_in is not None
        return {i for numbers in self.shown_in.values() for i in numbers}

    def _compile(self, stop: Callable[[], bool]) -> bool:
        """Compile every template the jobs use; False when `stop()` came first."""
        if self.renderer is None:
            self.renderer = render.Renderer(self.config)
        for name in sorted({job.template for job in self.jobs}):
            if stop():
                return False
            self.renderer.compile_ahead(name)
        return True

    def links(self) -> bool:
        """Is a content or static file a symbolic link? The watcher names the file that was
        written: through a link, the build reads it under another name too. Sites with
        links get full builds."""
        if self.has_links is None:
            self.has_links = any(os.path.islink(path) for path, _ in self.scanned.values()) or self.static_links()
        return self.has_links

    def static_links(self) -> bool:
        return any(os.path.islink(item.source) for item in self.static)

    def cache_file_now(self) -> tuple[int, int] | None:
        return _stat_key(cache.BuildCache(self.config.root).site_file(self.out))


def _stat_key(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def index_jobs(jobs: list[render.RenderJob]) -> dict[str, list[int]]:
    """For each article (by source path), the jobs whose context shows it, anywhere inside."""
    indexer = _Indexer(jobs)
    indexer.run(lambda: False)
    return indexer.shown_in


class _Indexer:
    """Makes `index_jobs`'s index a few hundred jobs at a time, so that it can stop
    between two and go on later."""

    STEP = 500

    def __init__(self, jobs: list[render.RenderJob]):
        self.jobs = jobs
        self.done = 0
        self.shown_in: dict[str, list[int]] = {}
        self.walker = _ArticleWalker()

    def run(self, stop: Callable[[], bool]) -> bool:
        articles_in = self.walker.articles_in
        shown_in = self.shown_in
        jobs = self.jobs
        while self.done < len(jobs):
            if stop():
                return False
            end = min(self.done + self.STEP, len(jobs))
            for i in range(self.done, end):
                found = set()
                for value in jobs[i].context.values():
                    if type(value) is Article:
                        found.add(value.source_path)
                    elif type(value) not in _PLAIN:
                        found.update(articles_in(value))
                for path in found:
                    shown_in.setdefault(path, []).append(i)
            self.done = end
        return True


_PLAIN = frozenset({str, int, float, bool, type(None), datetime, date})


class _ArticleWalker:
    """Finds the articles inside a value (source paths), each container looked into once."""

    def __init__(self):
        self.memo: dict[int, tuple[str, ...]] = {}  # the jobs keep every value alive: ids are not reused
        self.fields: dict[type, tuple[str, ...]] = {}  # per dataclass: the fields that may hold an article

    def articles_in(self, value: Any) -> tuple[str, ...]:
        kind = type(value)
        if kind is Article:
            return (value.source_path,)
        if kind in _PLAIN:
            return ()
        known = self.memo.get(id(value))
        if known is not None:
            return known
        names = self.fields.get(kind)  # a dataclass met before (a sitemap: 15,000 of one kind)
        if kind is tuple or kind is list:
            items: Any = value
        elif kind is dict:
            items = value.values()
        elif names is not None or dataclasses.is_dataclass(value):
            if names is None:
                names = self.fields[kind] = _fields_that_may_hold_articles(kind)
            if not names:
                return ()  # (a sitemap's entries: plain values only)
            items = [getattr(value, name) for name in names]
        else:
            raise TypeError(f"cannot index a {kind.__name__} in a render job's context")
        found: list[str] = []
        for item in items:
            item_kind = type(item)
            if item_kind is Article:
                found.append(item.source_path)
            elif item_kind not in _PLAIN:
                found.extend(self.articles_in(item))
        self.memo[id(value)] = result = tuple(found)
        return result


def _fields_that_may_hold_articles(kind: type) -> tuple[str, ...]:
    """A dataclass's fields, less those declared as plain values only (`str`, `int | None`...),
    so that the thousands of small values of a plan (page numbers, term links, sitemap
    entries) are not looked into. A field whose declaration cannot be read is kept."""
    import typing

    try:
        hints = typing.get_type_hints(kind)
    except Exception:  # noqa: BLE001 - an unresolvable annotation: look into every field
        hints = {}
    kept = []
    for f in dataclasses.fields(kind):
        hint = hints.get(f.name)
        options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
        if not all(option in _PLAIN for option in options):
            kept.append(f.name)
    return tuple(kept)


def swap(value: Any, old: Article, new: Article, memo: dict[int, Any]) -> Any:
    """`value` with `new` wherever `old` was (by identity): containers that hold it are
    copied, everything else is shared. A value reached twice becomes one copy.

    Complexity 18: one dispatch on the kind of value (article, plain, container,
    dataclass), the same walk as render.Fingerprinter.value; kept in one recursive
    function because it runs for every value of every job that shows an article."""
    if value is old:
        return new
    kind = type(value)
    if kind is Article or kind in _PLAIN:
        return value
    key = id(value)
    if key in memo:
        return memo[key][1]
    result: Any
    if kind is tuple or kind is list:
        items = [swap(v, old, new, memo) for v in value]
        result = kind(items) if any(a is not b for a, b in zip(items, value)) else value
    elif kind is dict:
        mapping = {k: swap(v, old, new, memo) for k, v in value.items()}
        result = mapping if any(mapping[k] is not v for k, v in value.items()) else value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            before = getattr(value, f.name)
            after = swap(before, old, new, memo)
            if after is not before:
                changes[f.name] = after
        result = replace(value, **changes) if changes else value
    else:
        raise TypeError(f"cannot patch a {kind.__name__} in a render job's context")
    memo[key] = (value, result)  # keeps `value` alive while the memo is in use
    return result


def _content_rel(session: Session, real: str) -> str | None:
    """The key in `session.scanned` a content file (by its path under the content folder's
    real path) would have if the build read it, or None when the build does not read it."""
    inside = real[len(session.content_root) + 1:].split(os.sep)
    if any(part.startswith((".", "_")) for part in inside[:-1]) or inside[-1].startswith("."):
        return None
    if not inside[-1].endswith(".md"):
        return None
    return f"{session.content_prefix}/{'/'.join(inside)}"


class Planned(NamedTuple):
    articles: dict[str, Path]  # known content files to read again, by site-relative path
    static: dict[str, Path]  # known static files that changed, by path in the site
    added: dict[str, Path]  # new content files, by site-relative path


def plan_patch(session: Session, changed: set[Path]) -> Planned | None:
    """What to read: the known content files (site-relative path -> path) and the known
    static files (path in the site -> path) that changed, and the new content files,
    when every changed path is one of those or nothing the build reads; None when the
    change needs a full build."""
    if session.content_prefix is None or session.links():
        return None
    articles: dict[str, Path] = {}
    added: dict[str, Path] = {}
    static: dict[str, Path] = {}
    known_static = {item.path for item in session.static}
    for path in changed:
        # Its folder resolved, the file itself not: a file replaced by a link to another is
        # read through the link by a full build.
        folder, name = os.path.split(os.path.abspath(path))
        real = os.path.join(os.path.realpath(folder), name)
        if os.path.islink(real):
            return None
        if real.startswith(session.static_root + os.sep):
            name = real[len(session.static_root) + 1:].replace(os.sep, "/")
            if name not in known_static or not os.path.isfile(real):
                return None  # a new or deleted file may be a photo an article names
            if images.is_photo(name):
                return None  # its variants and size are made by the full build
            static[name] = Path(real)
        elif not _content_change(session, real, articles, added):
            return None
    return Planned(articles, static, added)


def _content_change(session: Session, real: str, articles: dict[str, Path], added: dict[str, Path]) -> bool:
    """Take a changed path into `articles` when it is a known content file, into `added`
    when it is a new one; True when a patch can deal with it (also when the build does
    not read it), False when not."""
    if not real.startswith(session.content_root + os.sep):
        return False  # templates, site.toml, the content or static folder itself
    rel = _content_rel(session, real)
    if rel is not None and rel in session.scanned:
        if not os.path.isfile(real):
            return False  # deleted or replaced by a folder
        articles[rel] = Path(session.scanned[rel][0])
        return True
    if rel is not None and os.path.isfile(real):
        added[rel] = Path(session.config.root, rel)
        return True
    if rel is not None or os.path.isdir(real):
        return False  # a content file deleted, or a folder (whose files may have come or gone)
    if os.path.exists(real):
        return True  # a file the build does not read (an editor's swap file, notes.txt)
    # Gone: a file the build did not read, unless it was a folder holding some.
    prefix = f"{session.content_prefix}/{real[len(session.content_root) + 1:].replace(os.sep, '/')}/"
    return not any(known.startswith(prefix) for known in session.scanned)


def patch(session: Session, changed: set[Path], now: datetime, started: float) -> BuildResult | None:
    """Apply a change of article text (or of a static file's bytes) to the last build; a
    BuildResult, or None when the change needs a full build (nothing was written then).

    The build cache on disk is left as it was until `save`: a cache that lags behind
    the files only costs the next build some work, never a wrong page (every cached
    entry is checked against its file's size and mtime), and the browser gets its
    page sooner."""
    if not _still_current(session, now):
        return None
    planned = plan_patch(session, changed)
    if planned is None or not _same_code(session):
        return None
    if planned.added:
        return _add(session, planned, now, started)
    todo, static_todo, _ = planned
    reread = _reread(session, todo)
    if reread is None or not _related_unchanged(session, reread.swaps):
        return None
    jobs, touched = _swapped_jobs(session, reread.swaps)
    _count_patch(session)
    written = _write_patch(session, jobs, touched, static_todo)
    if written is None:
        return None
    for rel, st in reread.stats.items():
        session.scanned[rel] = (session.scanned[rel][0], st)
    session.unsaved_sources.update(reread.stats)
    _search_records(session, reread.swaps)  # the index itself is made when the builder settles
    session.entries = reread.entries
    session.jobs = jobs
    session.unsaved = True  # the build cache is written by `save`, when the builder is idle
    done, rendered = written
    return _patched(session, done, rendered, len(reread.swaps), started)


def _count_patch(session: Session) -> None:
    """One more patch: its jobs fingerprinted afresh every so many (FRESH_FINGERPRINTS_EVERY)."""
    session.patches += 1
    if session.fingerprints is None or session.patches % FRESH_FINGERPRINTS_EVERY == 0:
        session.fingerprints = stages.fingerprinter(session.code_fp, session.templates_fp, session.config)


def _patched(session: Session, done: writer.WriteStats, rendered: int, parsed: int, started: float) -> BuildResult:
    return BuildResult(
        **session.summary, seconds=time.perf_counter() - started, warnings=session.warnings,
        written=done.written, unchanged=done.unchanged, removed=done.removed,
        rendered=rendered, parsed=parsed, changed_files=tuple(done.changed), patched=True,
    )


def _add(session: Session, planned: Planned, now: datetime, started: float) -> BuildResult | None:
    """A new content file, alone: the newest article patched in (adding.py), or None."""
    from gazette import adding

    if len(planned.added) != 1 or planned.articles or planned.static:
        return None
    (rel, path), = planned.added.items()
    st = os.stat(path)
    result = content.read_and_parse_many([(path, None)], session.config, processes=1)[0]
    if result.article is None or result.problems:
        return None
    added = adding.plan(session, result.article, now)
    if added is None:
        return None
    _count_patch(session)
    fingerprints: dict[int, str] = {}
    written = _write_patch(session, added.jobs, added.touched, {}, fingerprints)
    if written is None:
        session.related_lists = session.related_index = None  # they have the article: made again by the full build
        return None
    _take_added(session, added, rel, str(path), st, cache.SourceEntry(st.st_size, st.st_mtime_ns, result.digest,
                                                                      result.article, []))
    session.replanned.update(fingerprints)
    done, rendered = written
    return _patched(session, done, rendered, 1, started)


def _take_added(session: Session, added, rel: str, file: str, st: os.stat_result, entry: cache.SourceEntry) -> None:
    """The session after an addition was written: the file among the scanned (in the
    order of the content folder's walk), its entry, the jobs and what shows what."""
    keys = list(session.scanned)
    keys.insert(bisect.bisect(keys, _walk_order(rel), key=_walk_order), rel)
    scanned = session.scanned
    session.scanned = {key: (file, st) if key == rel else scanned[key] for key in keys}
    session.entries = dict.copy(session.entries) if type(session.entries) is dict else session.entries
    session.entries[rel] = entry
    session.unsaved_sources.add(rel)
    session.jobs = added.jobs
    _reindex(session, added.before, added.touched)
    session.paths_at = added.places
    if session.article_paths is not None:
        session.article_paths[added.article.url] = rel
    if added.search_records is not None:
        session.search_records, session.search_at = added.search_records, None
    session.summary = {**session.summary, "articles": session.summary["articles"] + 1,
                       "pages": session.summary["pages"] + added.new_jobs, "files": len(session.files)}
    session.valid_until = min(session.valid_until, added.valid_until)
    session.unsaved = True


def _walk_order(rel: str) -> tuple:
    """Where content.find_sources finds a file: a folder's files (sorted) before its folders' (sorted)."""
    *folders, name = rel.split("/")
    return (*((1, folder) for folder in folders), (0, name))


def _reindex(session: Session, before: dict[int, render.RenderJob], touched: set[int]) -> None:
    """`shown_in` for the jobs an addition changed (`before`: as they were) or made."""
    shown_in = session.shown_in
    assert shown_in is not None  # (made by jobs_showing_articles)
    walker = _ArticleWalker()
    for i in touched:
        if i in before:
            for path in set(_shown_by(before[i], walker)):
                shown_in[path].remove(i)
        for path in set(_shown_by(session.jobs[i], walker)):
            shown_in.setdefault(path, []).append(i)


def _shown_by(job: render.RenderJob, walker: "_ArticleWalker") -> list[str]:
    return [path for value in job.context.values() for path in walker.articles_in(value)]


def _still_current(session: Session, now: datetime) -> bool:
    """The last build's output is still what the session knows, and still valid now."""
    return (now.timestamp() < session.valid_until
            and session.cache_file_now() == session.site_cache  # no other build wrote into the folder since
            and (session.out / writer.MARKER).is_file())  # the output folder was not deleted (or emptied)


def _same_code(session: Session) -> bool:
    """Neither Gazette's code nor the templates changed (a watcher may miss a change).
    Digested again only when a file's size or time differs from the last look."""
    stamp = cache.files_stamp((cache.CODE_FOLDER, session.config.templates_path))
    if stamp == session.code_stamp:
        return True
    same = (cache.code_fingerprint() == session.code_fp
            and render.templates_fingerprint(session.config) == session.templates_fp)
    session.code_stamp = stamp if same else None
    return same


@dataclass
class _Reread:
    entries: dict[str, cache.SourceEntry]  # the session's, with the changed files' new ones
    stats: dict[str, os.stat_result]
    swaps: list[tuple[Article, Article]]  # (as it was, as it is now), for each changed article


def _reread(session: Session, todo: dict[str, Path]) -> _Reread | None:
    """Read the changed files again; None unless each parses cleanly and keeps its structure."""
    stats = {rel: os.stat(path) for rel, path in todo.items()}
    results = content.read_and_parse_many([(path, session.entries[rel].digest) for rel, path in todo.items()],
                                          session.config, processes=1)
    reread = _Reread(dict(session.entries), stats, [])
    for rel, result in zip(todo, results):
        entry = session.entries[rel]
        if entry.problems or entry.article is None:
            return None
        st = stats[rel]
        if result.unchanged:
            reread.entries[rel] = replace(entry, size=st.st_size, mtime_ns=st.st_mtime_ns)
            continue
        article = result.article
        if article is None or result.problems or structure(article) != structure(entry.article):
            return None
        reread.entries[rel] = cache.SourceEntry(st.st_size, st.st_mtime_ns, result.digest, article, [])
        reread.swaps.append((entry.article, article))
    return reread


def _swapped_jobs(session: Session, swaps: list[tuple[Article, Article]]) -> tuple[list[render.RenderJob], set[int]]:
    """The session's jobs with each new article in the place of the old one, and the
    indexes of the jobs that changed."""
    if swaps:
        session.prepare()  # the index: made while the builder was idle, unless a change came first
    assert session.shown_in is not None or not swaps
    jobs = session.jobs.copy()  # a list, or the kept plan's jobs read from disk as asked for (kept.py)
    touched: set[int] = set()
    for old, new in swaps:
        memo: dict[int, Any] = {}
        for i in session.shown_in.get(old.source_path, ()) if session.shown_in else ():
            jobs[i] = replace(jobs[i], context=swap(jobs[i].context, old, new, memo))
            touched.add(i)
    return jobs, touched


def _write_patch(session: Session, jobs: list[render.RenderJob], touched: set[int],
                 static_todo: dict[str, Path], fingerprints: dict[int, str] | None = None
                 ) -> tuple[writer.WriteStats, int] | None:
    """Render the touched jobs, copy the changed static files, keep every other file as
    it is. None (nothing written) when a template fails: the full build reports it.
    `fingerprints`, if given, gets each touched job's fingerprint."""
    assert session.renderer is not None and session.fingerprints is not None
    site = stages.open_site(session.config, session.out, session.files, checked=session.files_checked)
    try:
        pages = []
        for i in sorted(touched):
            try:
                pages.append(stages.render_unless_current(jobs[i], session.renderer, session.fingerprints, site))
                if fingerprints is not None:
                    fingerprints[i] = pages[-1].placed.entry.fingerprint
            except Exception as exc:  # noqa: BLE001
                if render.is_template_error(exc):
                    site.abort()
                    return None
                raise
        for page in pages:
            site.record(page.placed)
        session.static = _copy_changed_static(session.static, static_todo, site)
        site.keep_unrecorded()
        done = site.commit()
    except BaseException:
        site.abort()
        raise
    session.files = site.files
    return done, sum(page.rendered for page in pages)


def _copy_changed_static(static: list[writer.StaticFile], todo: dict[str, Path],
                         site: writer.SiteWriter) -> list[writer.StaticFile]:
    updated = list(static)
    for i, item in enumerate(updated):
        if item.path in todo:
            st = os.stat(todo[item.path])
            updated[i] = replace(item, size=st.st_size, mtime_ns=st.st_mtime_ns)
            site.add_static(updated[i])
    return updated


def _related_unchanged(session: Session, swaps: list[tuple[Article, Article]]) -> bool:
    """The new text of the edited articles leaves every More on this story list as it was
    (related.py); else the patch is given up for a full build."""
    if session.related_lists is None or not swaps:
        return True
    from gazette import related

    # Only the articles the lists measure (those the site publishes): a draft's text
    # changes no list, and an edit that publishes one changes its structure (no patch).
    vectors = session.related_lists.vectors
    changes = {url: doc for url, doc in related.documents(new for _, new in swaps).items() if url in vectors}
    if not changes:
        return True
    try:
        same, session.related_index = related.patch_unchanged(session.related_lists, session.related_index, changes)
    except BaseException:
        session.related_lists = session.related_index = None
        raise
    if not same:
        session.related_lists = session.related_index = None
    return same


def _search_records(session: Session, swaps: list[tuple[Article, Article]]) -> None:
    if session.search_records is None or not swaps:
        return
    from gazette import search

    at = session.search_places()
    records = list(session.search_records)
    fmt = i18n.Dates(session.config.tz, session.config.language)
    for _, new in swaps:
        if new.url in at:
            records[at[new.url]] = search.record_of(new, records[at[new.url]], fmt)
    session.search_records = records


def search_is_current(session: Session) -> bool:
    from gazette import search

    records = session.search_records
    return records is None or search.is_current(session.files, records, search.cache_version(session.parse_fp))


def refresh_search(session: Session) -> bool:
    """Make the search index anew when the articles' text changed since it was made
    (Pagefind cannot change one page of an index: the whole index is made again). Run
    by a builder when it settles, after the browser has the patched page. True when
    the index was made."""
    from gazette import search

    records = session.search_records
    if records is None or search_is_current(session) or session.cache_file_now() != session.site_cache:
        return False
    if not (session.out / writer.MARKER).is_file():
        return False
    site = stages.open_site(session.config, session.out, session.files, checked=session.files_checked)
    try:
        _, session.search_bases = search.add_index(site, records, dict(session.search_bases or {}),
                                                       search.cache_version(session.parse_fp))
        site.keep_unrecorded(except_under=search.BUNDLE)  # the last index's files go
        site.commit()
    except BaseException:
        site.abort()
        raise
    session.files = site.files
    session.unsaved = True
    return True


def save(session: Session, store: cache.BuildCache, stop: Callable[[], bool] | None = None) -> bool:
    """Write what the patches since the last full build changed into the build cache:
    the shards of the changed content files and the output folder's state. False when
    another build has written into the output folder since: its record of the folder is
    left as it is, and the session is no longer to be trusted.

    `stop()` true before a step (a change came: the browser waits for its page) puts the
    rest off to the next call, still unsaved. At 100,000 articles the folder's record
    alone takes half a second to write."""
    stop = stop or (lambda: False)
    if not session.unsaved:
        return True
    if session.unsaved_sources:
        if stop():
            return True
        changed = {rel: session.entries[rel] for rel in sorted(session.unsaved_sources)}
        session.unsaved_sources.clear()  # tried once: a cache that cannot be written is reported once
        store.update_sources(session.parse_fp, changed)  # each entry is checked against its file anyway
    if stop():
        return True
    session.unsaved = False
    config = session.config
    if session.cache_file_now() != session.site_cache:
        return False
    inputs = stages.signature(session.code_fp, config, session.templates_fp,
                              ((rel, st) for rel, (_, st) in session.scanned.items()),
                              session.static + session.pages)
    if not search_is_current(session):
        inputs = ""  # the search index is behind: the next build looks again
    elif session.search_bases is not None:
        from gazette import search

        store.save_named(search.CACHE_NAME, search.cache_version(session.parse_fp), session.search_bases)
    store.save_site(session.out, cache.SiteState(inputs, session.valid_until,
                                                 {**session.summary, "warnings": session.warnings}, session.files))
    session.site_cache = session.cache_file_now()
    return True
