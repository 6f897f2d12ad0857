"""The build, top to bottom:

    SiteConfig -> [SourceFile] -> [Article] -> Library -> [RenderJob] -> [Output] -> write

Each stage is a function over frozen data. Problems in user content are collected
across every stage that can run, and the output folder is touched only when there
are none (warnings do not stop a build).

With the build cache (`.gazette-cache/`, see cache.py) the same line runs, but each
stage skips the work whose inputs did not change: an unchanged file is not parsed
again, a page whose job has the same fingerprint as the one that wrote the file on
disk is not rendered again, an unchanged file is not written again, and when no
input changed at all the build stops after looking at the files' dates. A one-off
build after an edit of article text patches the plan the last build kept (kept.py),
as `serve` patches the plan it keeps in memory (incremental.py).
"""

from __future__ import annotations

import contextlib
import gc
import os
import stat
import time
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

from gazette import cache, content, faults, images, library, lock, render, stages, writer
from gazette import pages as site_pages
from gazette.config import SiteConfig
from gazette.problems import Problem, ProblemError, errors
from gazette.stages import BuildResult

if TYPE_CHECKING:
    from gazette import incremental, search

# feeds, incremental, kept, related and search are imported where a build plans or patches
# (80 ms of imports that a build with nothing to do, 0.35 s at 10,000 articles, does not need).

__all__ = ["BuildResult", "Builder", "build"]


def build(config: SiteConfig, out: Path, now: datetime | None = None, *, wait: bool = True,
          notify: Callable[[str], None] | None = None, **options) -> BuildResult:
    """Build the site into `out`, holding the output folder's lock (lock.py) from the
    first look at what is there to the last word of the build's record: a second
    writer waits (telling `notify`), or with `wait=False` fails with lock.Busy. A
    move-in that a killed build left half done is finished first (writer.recover)."""
    with lock.hold(out, wait=wait, notify=notify):
        writer.recover(Path(out), notify)
        return _build(config, out, now, **options)


def _build(config: SiteConfig, out: Path, now: datetime | None = None, *, use_cache: bool = True,
           processes: int | None = None, progress=None, memory: dict | None = None,
           keep: Callable[[incremental.Session], None] | None = None,
           plan_when_unchanged: bool = False) -> BuildResult:
    """Build the site into `out`. `memory` (a dict kept by the caller between builds)
    lets the build cache skip reading back the files it wrote the last time. `keep`
    is given what `incremental.patch` needs to apply the next edit to this build;
    `plan_when_unchanged` makes a build with nothing to do plan the site anyway, so
    that there is something to keep.

    Complexity 16: the pipeline's stages in their order, read top to bottom in one
    place; the branches are only whether the cache is used and what is kept for the
    next build (the one-off plan, or a builder's session)."""
    started = time.perf_counter()
    now = now or content.utc_now()
    inputs = look_at_inputs(config, Path(out), cache.BuildCache(config.root, enabled=use_cache, memory=memory))
    if use_cache:
        done = _without_planning(config, inputs, now, started, one_off=keep is None, plan=plan_when_unchanged)
        if done is not None:
            return done

    from gazette import kept, related, search

    read = read_articles(config, inputs, processes, progress)
    chosen = select(read.articles, config, now)
    lib, standalone = make_library(config, chosen, read, inputs)
    lib, lists = related.attach(lib, inputs.store if use_cache else None)
    if keep is None:
        # More on this story's vectors (64 terms for each article: 700 MB at 100,000
        # articles) are needed after this only by a builder keeping its session.
        lists = None
    photos = images.Photos(config.root, use_cache, inputs.out).prepare(inputs.static, processes)
    read.problems += photos.problems  # photos that cannot be read (warnings)
    jobs = plan(lib, config, now, photos.photos, standalone)

    summary: dict[str, Any] = {
        "articles": len(lib.articles), "pages": len(jobs), "files": 0,
        "held_back_drafts": len(chosen.drafts), "held_back_future": len(chosen.future),
    }
    warnings = [p for p in read.problems if p.warning]
    valid_until = still_valid_until(lib, read.articles, now)

    def record(files: dict[str, cache.OutputEntry]) -> None:
        # Saved as the move-in starts: a run that finishes a killed build's move-in then
        # finds the record of what it moved in, and need not build anew.
        summary["files"] = len(files)
        save_state(inputs, config, valid_until, summary, warnings, files)

    renderer = render.Renderer(config, inputs.store.compiled_templates(inputs.code_fp))
    site = stages.open_site(config, inputs.out, inputs.state.files)
    try:
        pages = render_pages(jobs, renderer, stages.fingerprinter(inputs.code_fp, inputs.templates_fp, config),
                             site, processes, progress)
        found = search.records(lib, config) if config.search else None
        bases = add_search(site, found, inputs.store, read.parse_fp)
        written = write(site, pages, config, inputs.static + photos.files, record)
    except BaseException:
        site.abort()
        raise
    finally:
        photos.close()
    if not use_cache:
        inputs.store.forget_site(inputs.out)
    elif keep is None:  # for the next one-off build to patch (kept.py)
        kept.save_plan(inputs.store, inputs.out, config=config, state_signature=inputs.signature,
                       code_fp=inputs.code_fp, templates_fp=inputs.templates_fp, parse_fp=read.parse_fp,
                       jobs=jobs, fingerprints=[page.placed.entry.fingerprint for page in pages],
                       entries=read.entries, static=inputs.static, pages=inputs.pages, search_records=found,
                       read_index=inputs.kept_index)
    if keep is not None:
        from gazette import incremental

        keep(incremental.Session.after_build(
            config=config, out=inputs.out, code_fp=inputs.code_fp, templates_fp=inputs.templates_fp,
            parse_fp=read.parse_fp, valid_until=valid_until,
            scanned={item.rel: (item.file, item.stat) for item in inputs.scanned}, entries=read.entries,
            static=inputs.static, pages=inputs.pages, jobs=jobs, files=site.files, summary=summary, warnings=warnings,
            renderer=renderer, search_records=found, search_bases=bases, related_lists=lists,
        ))
    return BuildResult(
        **summary, seconds=time.perf_counter() - started, warnings=warnings + inputs.store.problems,
        written=written.written, unchanged=written.unchanged, removed=written.removed,
        rendered=sum(page.rendered for page in pages), parsed=read.parsed, changed_files=tuple(written.changed),
    )


def _without_planning(config: SiteConfig, inputs: "Inputs", now: datetime, started: float, *, one_off: bool,
                      plan: bool) -> BuildResult | None:
    """The result when the build need not plan the site: nothing changed (unless the
    caller wants the plan anyway), or a one-off build's edit patched into the plan the
    last one kept (kept.py). None: plan and build."""
    if not plan and inputs.up_to_date(now):
        return inputs.last_result(started)
    if not one_off:
        return None
    from gazette import kept

    return kept.patch_from_disk(config, inputs, now, started)


# --- inputs, by their dates ----------------------------------------------------------


class Scanned(NamedTuple):
    rel: str  # site-relative path with forward slashes: content/2025/x.md
    file: str  # its path as the walk found it (a Path is made only when the file is read:
    stat: os.stat_result  # 60 ms for 10,000 files, a sixth of a build with nothing to do)

    @property
    def path(self) -> Path:
        return Path(self.file)


@dataclass
class Inputs:
    """What a build looks at first: every input by its date, and what the build cache
    knows of the output folder. Enough to tell that nothing changed."""

    out: Path
    store: cache.BuildCache
    code_fp: str
    scanned: list[Scanned]
    problems: list[Problem]
    static: list[writer.StaticFile]
    pages: list[writer.StaticFile]  # the standalone pages' Markdown files (pages/)
    templates_fp: str
    signature: str
    state: cache.SiteState
    linked: bool = False  # a content file is a symbolic link
    kept_index: Any = None  # the kept plan's index (kept.Index), read by a patch that gave up before changing it

    def up_to_date(self, now: datetime) -> bool:
        """The last build into `out` had these very inputs, is still valid, and its
        record can be trusted (no input changed within a tick of the record's writing)."""
        return (not errors(self.problems) and self.state.signature == self.signature
                and now.timestamp() < self.state.valid_until and (self.out / writer.MARKER).is_file()
                and not any(self.store.site_is_racy(item.stat.st_mtime_ns) for item in self.scanned)
                and self.output_intact())

    def output_intact(self) -> bool:
        """Every file of the record is on disk with the size and modification time it
        was written with: none was deleted or edited by hand since (one stat a file)."""
        base = str(self.out) + os.sep
        for safe, size, mtime_ns in self.state.stamps():
            try:
                st = os.stat(base + safe)
            except OSError:
                return False
            if st.st_size != size or st.st_mtime_ns != mtime_ns:
                return False
        return True

    def last_result(self, started: float) -> BuildResult:
        summary = dict(self.state.summary)
        warnings = summary.pop("warnings", [])
        return BuildResult(**summary, seconds=time.perf_counter() - started, up_to_date=True,
                           warnings=warnings + self.store.problems, unchanged=summary["files"])


def scan(config: SiteConfig) -> tuple[list[Scanned], list[Problem], bool]:
    """Every content file with its stat (of the file a link leads to), the problems met,
    and whether any of them is a symbolic link (an lstat first, a stat only for links)."""
    if not config.content_path.is_dir():
        return [], [Problem(config.content_dir, 0, "content folder not found")], False
    found = []
    problems: list[Problem] = []
    linked = False
    cut = len(str(config.root)) + 1
    for path in content.find_sources(config, as_text=True, problems=problems):
        try:
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                linked = True
                st = os.stat(path)
        except OSError as exc:
            if os.path.islink(path):  # else deleted while we looked
                problems.append(Problem(path[cut:].replace(os.sep, "/"), 0,
                                        f"a symbolic link to nothing readable ({exc.strerror}); fix or remove it"))
            continue
        if not stat.S_ISREG(st.st_mode):
            problems.append(Problem(path[cut:].replace(os.sep, "/"), 0, content.NOT_REGULAR))
            continue
        found.append(Scanned(path[cut:].replace(os.sep, "/"), path, st))
    return found, problems, linked


def look_at_inputs(config: SiteConfig, out: Path, store: cache.BuildCache) -> Inputs:
    code_fp = cache.code_fingerprint()
    scanned, problems, linked = scan(config)
    static = writer.find_static(config.static_path)
    page_files = site_pages.find(config)
    templates_fp = render.templates_fingerprint(config)
    inputs = stages.signature(code_fp, config, templates_fp, ((item.rel, item.stat) for item in scanned),
                              static + page_files)
    return Inputs(out, store, code_fp, scanned, problems, static, page_files, templates_fp, inputs,
                  store.load_site(out), linked)


# --- sources -> articles ---------------------------------------------------------------


@dataclass
class Read:
    """Every content file read: the articles, the problems (the scan's too), what the
    build cache keeps of each file, and how many files were parsed anew."""

    articles: list[content.Article]
    problems: list[Problem]
    entries: dict[str, cache.SourceEntry]
    parsed: int
    parse_fp: str


def read_articles(config: SiteConfig, inputs: Inputs, processes, progress) -> Read:
    """Articles for every content file: from the cache when the file did not change."""
    store = inputs.store
    parse_fp = content.parse_fingerprint(config, cache.code_fingerprint(cache.PARSE_MODULES))
    entries, to_read = _reuse_cached(inputs, store.load_sources(parse_fp))
    results = content.read_and_parse_many([(item.path, entry.digest if entry else None) for item, entry in to_read],
                                          config, processes, progress)
    problems = list(inputs.problems)
    for (item, entry), result in zip(to_read, results):
        if result.unchanged and entry is not None:
            entries[item.rel] = replace(entry, size=item.stat.st_size, mtime_ns=item.stat.st_mtime_ns)
        elif result.readable:
            entries[item.rel] = cache.SourceEntry(item.stat.st_size, item.stat.st_mtime_ns, result.digest,
                                                  result.article, result.problems)
        else:
            problems += result.problems
    store.save_sources(parse_fp, entries)
    articles = []
    for item in inputs.scanned:
        kept = entries.get(item.rel)
        if kept:
            problems += kept.problems
            if kept.article is not None:
                articles.append(kept.article)
    # Out of the way of the render's workers, who would copy what they read (content.py).
    content.pack_bodies(articles, store.folder if store.enabled and store.folder.is_dir() else None)
    parsed = sum(1 for result in results if result.readable and not result.unchanged)
    return Read(articles, problems, entries, parsed, parse_fp)


def _reuse_cached(inputs: Inputs, cached: dict[str, cache.SourceEntry]
                  ) -> tuple[dict[str, cache.SourceEntry], list[tuple[Scanned, cache.SourceEntry | None]]]:
    """The cache's entries for the files whose size and mtime did not change (and were
    not changed within a tick of the cache's writing), and the files to read again."""
    entries: dict[str, cache.SourceEntry] = {}
    to_read: list[tuple[Scanned, cache.SourceEntry | None]] = []
    for item in inputs.scanned:
        entry = cached.get(item.rel)
        if entry and _still(entry, item.stat) and not inputs.store.is_racy(item.stat.st_mtime_ns):
            entries[item.rel] = entry
        else:
            to_read.append((item, entry))
    return entries, to_read


def _still(entry: cache.SourceEntry, st: os.stat_result) -> bool:
    return entry.size == st.st_size and entry.mtime_ns == st.st_mtime_ns


class Selection(NamedTuple):
    published: list[content.Article]
    drafts: list[content.Article]  # held back: draft, and the build does not ask for drafts
    future: list[content.Article]  # held back: dated after now, and the build does not ask for them


def select(articles: list[content.Article], config: SiteConfig, now: datetime) -> Selection:
    """Leave out drafts and articles dated after `now` unless the build asks for them."""
    chosen = Selection([], [], [])
    for article in articles:
        if article.draft and not config.drafts:
            chosen.drafts.append(article)
        elif content.is_future(article, now) and not config.future:
            chosen.future.append(article)
        else:
            chosen.published.append(article)
    return chosen


# --- articles -> library -> jobs ----------------------------------------------------------


def make_library(config: SiteConfig, chosen: Selection, read: Read,
                 inputs: Inputs) -> tuple[library.Library, list[render.RenderJob]]:
    """The library of published articles, and the standalone pages; a ProblemError with
    every problem found so far when there is an error (the cache's own warnings go with them)."""
    lib, found = library.build_library(
        chosen.published, config, static_files=frozenset(s.path for s in inputs.static), everyone=read.articles,
    )
    read.problems += found
    standalone, found = site_pages.plan(config, inputs.pages)
    read.problems += found
    if errors(read.problems):
        raise ProblemError(read.problems + inputs.store.problems)
    return lib, standalone


def plan(lib: library.Library, config: SiteConfig, now: datetime, photos: dict[str, images.Photo],
         standalone: list[render.RenderJob]) -> list[render.RenderJob]:
    from gazette import feeds, search

    pages = render.plan(lib, config, photos, standalone)
    return pages + feeds.plan(lib, config, now, pages) + search.plan(config, lib)


# --- jobs -> pages -> the output folder ------------------------------------------------------


def render_pages(jobs: list[render.RenderJob], renderer: render.Renderer, fingerprints: render.Fingerprinter,
                 site: writer.SiteWriter, processes, progress) -> list[stages.Page]:
    """Every page, rendered only where the file on disk is not what its job makes; the
    workers stage each rendered page's file themselves."""

    def in_worker(job: render.RenderJob, renderer: render.Renderer) -> stages.Page:
        return stages.render_unless_current(job, renderer, fingerprints, site)

    # closing(): on an error, the worker pool stops before the staging folder goes.
    with contextlib.closing(renderer.render_many(jobs, processes, progress, task=in_worker)) as done:
        pages = []
        for _, page in done:
            pages.append(page)
            faults.point("render", len(pages))
        return pages


def add_search(site: writer.SiteWriter, found: list[search.Record] | None, store: cache.BuildCache,
               parse_fp: str) -> dict | None:
    """The search index, after the pages (Pagefind runs only for what changed), and what
    the build cache keeps of it; None without search."""
    if found is None:
        return None
    from gazette import search

    version = search.cache_version(parse_fp)
    kept = store.load_named(search.CACHE_NAME, version)
    bases = dict(kept) if isinstance(kept, dict) else {}
    _, bases = search.add_index(site, found, bases, version)
    if bases != kept:
        store.save_named(search.CACHE_NAME, version, bases)
    return bases


def write(site: writer.SiteWriter, pages: list[stages.Page], config: SiteConfig,
          static: list[writer.StaticFile], record: Callable[[dict], None] | None = None) -> writer.WriteStats:
    """The write stage: the pages, the extra files (CNAME, .nojekyll...) and the static
    files go into the output folder in one step (`record` is given the site's files
    as the move-in starts)."""
    from gazette import feeds

    for page in pages:
        site.record(page.placed)
    for extra in feeds.extra_files(config):
        site.add(extra.path, extra.data, "extra:" + writer.digest(extra.data))
    for item in static:
        site.add_static(item)
    return site.commit(record)


def still_valid_until(lib: library.Library, articles: list[content.Article], now: datetime) -> float:
    """Until when the same inputs make the same site. Any article still to come changes
    the site when it comes due: a held-back one appears, one shown early (--future, or a
    future draft with --drafts) enters the feeds and sitemaps."""
    from gazette import feeds

    due = [a.date.timestamp() for a in articles if content.is_future(a, now)]
    window = feeds.valid_until(lib, now)
    return min(due + ([window.timestamp()] if window else []), default=float("inf"))


def save_state(inputs: Inputs, config: SiteConfig, valid_until: float, summary: dict,
               warnings: list[Problem], files: dict[str, cache.OutputEntry]) -> None:
    inputs.store.save_site(inputs.out, cache.SiteState(inputs.signature, valid_until,
                                                       {**summary, "warnings": warnings}, files))


SAVE_QUIET = 3.0  # seconds without a build before a long-running builder writes the build cache


def _hold_still() -> None:
    """Move every object alive now out of the cyclic garbage collector's reach, until the
    next full build (`gc.unfreeze`): a long-running builder's session stays alive anyway,
    and at 100,000 articles each full collection walking it took about a second, at
    random moments, inside a patch or while the cache was being saved."""
    gc.freeze()


class Builder:
    """Builds one site again and again (for `serve` and `build --watch`).

    `build(changed)` takes the paths that changed since the last call (None: unknown)
    and returns the BuildResult, or raises ProblemError leaving the last good site in
    place. An edit of article text or of a static file's bytes is patched into the
    last build (incremental.patch: that file is read, the pages showing it rendered);
    any other change gets a full build, which the build cache makes cost what the
    change touched. The result's `changed_files` names the output files whose bytes
    changed, so a caller can tell a stylesheet-only change from the rest.
    `overrides` are the command line's options (drafts, future, base_url), applied
    again whenever site.toml is read anew. `settle()` does the work put off to make
    a rebuild quicker; the caller runs it when no change is waiting, and `finish()` at
    the end. With `save_after` (serve and --watch: SAVE_QUIET), settling writes the
    build cache only once no build has started for that many seconds: at 100,000
    articles the cache takes over half a second to write, which an edit saved
    meanwhile would wait for, and only the next process needs it.
    """

    def __init__(self, root: Path, out: Path | None, overrides: dict | None = None, *,
                 use_cache: bool = True, processes: int | None = None, progress=None, keep_plan: bool = True,
                 wait: bool = True, notify: Callable[[str], None] | None = None, save_after: float = 0.0):
        self.root = Path(root)
        self.out = out
        self.overrides = dict(overrides or {})
        self.use_cache = use_cache
        self.processes = processes
        self.progress = progress
        self.config: SiteConfig | None = None
        # The build cache's files as last read or written, for the next build. A single
        # build (keep_plan False) has no next one: kept, they would hold what each stage
        # let go (More on this story's vectors: 700 MB at 100,000 articles) to the end.
        self.memory: dict | None = {} if keep_plan else None
        self.session: incremental.Session | None = None  # what the last build planned, for patches
        self.keep_plan = keep_plan  # False for a single build: nothing to patch later, no plan to keep
        self.wait = wait  # another process writing the output folder: wait for it (False: lock.Busy)
        self.notify = notify  # told when we wait for another writer, or finish an interrupted move-in
        self.save_after = save_after
        self._built_at = 0.0  # time.monotonic() when the last build started

    def load(self) -> SiteConfig:
        from gazette.config import load_config

        self.config = load_config(self.root).with_options(**self.overrides)
        return self.config

    @property
    def output(self) -> Path:
        assert self.config is not None
        return Path(self.out) if self.out is not None else self.config.output_path

    def build(self, changed: set[Path] | None = None) -> BuildResult:
        started = time.perf_counter()
        self._built_at = time.monotonic()
        settings = self.config is None or changed is None or any(p.name == "site.toml" for p in changed)
        if changed is not None and not settings and self.session is not None:
            result = self._patch(changed, started)
            if result is not None:
                return result
        self._save_session()
        # Let the last plan go before making the next: holding both slows the build down
        # (twice the objects for the garbage collector to go through). After a failed
        # build, the next one is a full one again.
        self.session = None
        gc.unfreeze()  # the last build's objects: those in cycles can go now
        config = self.load() if settings or self.config is None else self.config
        result = build(config, self.output, use_cache=self.use_cache, processes=self.processes,
                       progress=self.progress, memory=self.memory, keep=self._keep if self.keep_plan else None,
                       plan_when_unchanged=self.keep_plan, wait=self.wait, notify=self.notify)
        if self.keep_plan:
            _hold_still()  # the session, kept for the next patches
        return result

    def _patch(self, changed: set[Path], started: float) -> BuildResult | None:
        """The edit patched into the last build, under the output folder's lock; None
        when it needs a full build (also when an interrupted move-in had to be finished)."""
        assert self.session is not None
        try:
            with lock.hold(self.session.out, wait=self.wait, notify=self.notify):
                if writer.recover(self.session.out, self.notify):
                    self.session = None
                    return None
                from gazette import incremental

                return incremental.patch(self.session, changed, content.utc_now(), started)
        except BaseException:
            self.session = None  # a patch cut short (a disk error, Ctrl-C): trust only a full build now
            raise

    def _keep(self, session: incremental.Session) -> None:
        self.session = session

    def settle(self, stop: Callable[[], bool] | None = None) -> list[Problem]:
        """Work put off so that a browser gets its page sooner (the caller runs this when
        no change is waiting, and before it exits): make the search index anew when
        patches changed what articles say, write into the build cache what patches
        changed, prepare the session for the next patch (`stop()` true: a
        change came, leave the rest for later). The cache's warnings, if it could not
        be written."""
        self._refresh_search()
        problems = self._save_session(stop) if self._quiet_for() >= self.save_after else []
        if self.session is not None and self.session.shown_in is None:
            try:
                if self.session.prepare(stop):
                    _hold_still()  # what preparing made (the index of the jobs, More on this story's)
            except BaseException:
                self.session = None  # not tried again and again: the next change gets a full build
                raise
        return problems

    def _quiet_for(self) -> float:
        return time.monotonic() - self._built_at

    def finish(self) -> list[Problem]:
        """What must be kept when the builder stops: the search index and the build cache."""
        self._refresh_search()
        problems = self._save_session()
        gc.unfreeze()
        return problems

    def _refresh_search(self) -> None:
        if self.session is not None:
            # Pagefind, after the browser has its page; also when a change waits or the
            # builder stops, so that a finished site always has its index.
            try:
                from gazette import incremental

                incremental.refresh_search(self.session)
            except BaseException:
                self.session = None
                raise

    def _save_session(self, stop: Callable[[], bool] | None = None) -> list[Problem]:
        if self.session is None or not self.session.unsaved:
            return []
        store = cache.BuildCache(self.session.config.root, enabled=self.use_cache, memory=self.memory)
        try:
            with lock.hold(self.session.out, wait=False):  # no other build may write between check and save
                from gazette import incremental

                saved = incremental.save(self.session, store, stop)
        except lock.Busy:
            saved = False  # another build is writing the output folder: the record it writes will stand
        if not saved:
            self.session = None  # another build wrote into the output folder: its record stands
        return store.problems
