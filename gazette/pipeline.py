"""The build, top to bottom:

    SiteConfig -> [SourceFile] -> [Article] -> Library -> [RenderJob] -> [Output] -> write

Each stage is a function over frozen data. Problems in user content are collected
across every stage that can run, and the output folder is touched only when there
are none (warnings do not stop a build).

With the build cache (`.gazette-cache/`, see cache.py) the same line runs, but each
stage skips the work whose inputs did not change: an unchanged file is not parsed
again, a page whose job has the same fingerprint as the one that wrote the file on
disk is not rendered again, an unchanged file is not written again, and when no
input changed at all the build stops after looking at the files' dates.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

from gazette import cache, content, feeds, images, incremental, library, pages as site_pages, render, writer
from gazette.config import SiteConfig
from gazette.problems import Problem, ProblemError, errors


@dataclass
class BuildResult:
    articles: int
    pages: int
    files: int
    seconds: float
    held_back_drafts: int = 0
    held_back_future: int = 0
    warnings: list[Problem] = field(default_factory=list)
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    rendered: int = 0
    parsed: int = 0
    up_to_date: bool = False  # nothing had changed: nothing was parsed, rendered or written
    changed_files: tuple[str, ...] = ()  # output files whose bytes changed in this build
    patched: bool = False  # applied to the last build's plan (incremental.patch), not planned anew


def select(articles: list[content.Article], config: SiteConfig, now: datetime):
    """Leave out drafts and articles dated after `now` unless the build asks for them."""
    kept, drafts, future = [], [], []
    for article in articles:
        if article.draft and not config.drafts:
            drafts.append(article)
        elif content.is_future(article, now) and not config.future:
            future.append(article)
        else:
            kept.append(article)
    return kept, drafts, future


def _digest(*parts) -> str:
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


def signature(code_fp: str, config: SiteConfig, templates_fp: str,
              sources: Iterable[tuple[str, os.stat_result]], static: Iterable[writer.StaticFile]) -> str:
    """Of all a build's inputs, by the content files' dates: the same signature (while the
    build is still valid) means there is nothing to do."""
    return _digest(code_fp, config.fingerprint(), templates_fp,
                   [(rel, st.st_size, st.st_mtime_ns) for rel, st in sources],
                   [(s.path, s.fingerprint) for s in static])


def fingerprinter(code_fp: str, templates_fp: str, config: SiteConfig) -> render.Fingerprinter:
    return render.Fingerprinter(_digest(code_fp, templates_fp, config.fingerprint()))


def open_site(config: SiteConfig, out: Path, previous: dict[str, cache.OutputEntry]) -> writer.SiteWriter:
    return writer.SiteWriter(out, previous=previous, protected=[
        config.root, config.content_path, config.templates_path, config.static_path, config.pages_path,
    ])


def render_unless_current(job: render.RenderJob, renderer: render.Renderer, fingerprints: render.Fingerprinter,
                          site: writer.SiteWriter) -> tuple[tuple, bool]:
    """One page: its job's fingerprint, the file on disk if a job with that fingerprint
    made it, else the page rendered and staged. What `site.record` takes, and whether
    the page was rendered. Changes nothing but the staging folder: render workers run it."""
    fingerprint = fingerprints.job(job)
    kept = site.current(job.path, fingerprint)
    if kept is not None:
        return kept, False
    output = renderer.render(job)
    return site.put(output.path, output.data, fingerprint), True


def _scan(config: SiteConfig) -> tuple[list[tuple[str, Path, os.stat_result]], list[Problem]]:
    if not config.content_path.is_dir():
        return [], [Problem(config.content_dir, 0, "content folder not found")]
    found = []
    root = str(config.root)
    cut = len(root) + 1
    for path in content.find_sources(config, as_text=True):
        try:
            st = os.stat(path)
        except OSError:
            continue  # deleted while we looked
        found.append((path[cut:].replace(os.sep, "/"), Path(path), st))
    return found, []


def _read_articles(config, scanned, store: cache.BuildCache, parse_fp: str, processes, progress):
    """Articles for every content file: from the cache when the file did not change."""
    cached = store.load_sources(parse_fp)
    entries: dict[str, cache.SourceEntry] = {}
    to_read: list[tuple[str, Path, os.stat_result, cache.SourceEntry | None]] = []
    problems: list[Problem] = []
    for rel, path, st in scanned:
        entry = cached.get(rel)
        if (entry and entry.size == st.st_size and entry.mtime_ns == st.st_mtime_ns
                and not store.is_racy(st.st_mtime_ns)):
            entries[rel] = entry
        else:
            to_read.append((rel, path, st, entry))
    results = content.read_and_parse_many([(path, entry.digest if entry else None) for _, path, _, entry in to_read],
                                          config, processes, progress)
    parsed = 0
    for (rel, _, st, entry), (digest, article, found) in zip(to_read, results):
        if found is None:  # same bytes as when it was parsed
            entries[rel] = replace(entry, size=st.st_size, mtime_ns=st.st_mtime_ns)
        elif digest:
            entries[rel] = cache.SourceEntry(st.st_size, st.st_mtime_ns, digest, article, found)
            parsed += 1
        else:
            problems += found
    store.save_sources(parse_fp, entries)
    articles = []
    for rel, _, _ in scanned:
        entry = entries.get(rel)
        if entry:
            problems += entry.problems
            if entry.article is not None:
                articles.append(entry.article)
    return articles, problems, parsed, entries


def build(config: SiteConfig, out: Path, now: datetime | None = None, *, use_cache: bool = True,
          processes: int | None = None, progress=None, memory: dict | None = None,
          keep: Callable[[incremental.Session], None] | None = None,
          plan_when_unchanged: bool = False) -> BuildResult:
    """Build the site into `out`. `memory` (a dict kept by the caller between builds)
    lets the build cache skip reading back the files it wrote the last time. `keep`
    is given what `incremental.patch` needs to apply the next edit to this build;
    `plan_when_unchanged` makes a build with nothing to do plan the site anyway, so
    that there is something to keep."""
    started = time.perf_counter()
    now = now or content.utc_now()
    out = Path(out)
    store = cache.BuildCache(config.root, enabled=use_cache, memory=memory)
    code_fp = cache.code_fingerprint()

    # Inputs, by their dates: if none changed since the last build into `out`, stop here.
    scanned, problems = _scan(config)
    static = writer.find_static(config.static_path)
    page_files = site_pages.find(config)  # theme: standalone pages (pages.py)
    templates_fp = render.templates_fingerprint(config)
    inputs = signature(code_fp, config, templates_fp, ((rel, st) for rel, _, st in scanned), static + page_files)
    state = store.load_site(out)
    if (use_cache and not plan_when_unchanged and not problems and state.signature == inputs
            and now.timestamp() < state.valid_until and (out / writer.MARKER).is_file()
            and not any(store.site_is_racy(st.st_mtime_ns) for _, _, st in scanned)):
        summary = dict(state.summary)
        warnings = summary.pop("warnings", [])
        return BuildResult(**summary, seconds=time.perf_counter() - started, up_to_date=True,
                           warnings=warnings + store.problems, unchanged=summary["files"])

    # Sources -> Articles (parsed again only where a file changed).
    parse_fp = content.parse_fingerprint(config, cache.code_fingerprint(cache.PARSE_MODULES))
    articles, found, parsed, entries = _read_articles(config, scanned, store, parse_fp, processes, progress)
    problems += found

    # Articles -> Library.
    published, drafts, future = select(articles, config, now)
    lib, found = library.build_library(
        published, config,
        static_files=frozenset(s.path for s in static),
        everyone=articles,
    )
    problems += found  # the cache's own warnings (store.problems) are added once, at the end
    standalone, found = site_pages.plan(config, page_files)  # theme: standalone pages
    problems += found
    if errors(problems):
        raise ProblemError(problems + store.problems)

    # Library -> RenderJobs -> Outputs, rendering only the jobs whose page is not on disk already.
    photos = images.Photos(config.root, use_cache, out).prepare(static, processes)  # theme: photo variants
    problems += photos.problems  # theme: photos that cannot be read (warnings)
    pages = render.plan(lib, config, photos.photos, standalone)
    jobs = pages + feeds.plan(lib, config, now, pages)
    fingerprints = fingerprinter(code_fp, templates_fp, config)
    site = open_site(config, out, state.files)

    def in_worker(job: render.RenderJob, renderer: render.Renderer):
        return render_unless_current(job, renderer, fingerprints, site)

    try:
        rendered = 0
        renderer = render.Renderer(config)
        # closing(): on an error, the worker pool stops before the staging folder goes.
        with contextlib.closing(renderer.render_many(jobs, processes, progress, task=in_worker)) as done:
            for _, (placed, was_rendered) in done:
                site.record(placed)
                rendered += was_rendered
        for extra in feeds.extra_files(config):
            site.add(extra.path, extra.data, "extra:" + writer.digest(extra.data))
        for item in static + photos.files:  # theme: photo variants beside the static files
            site.add_static(item)
        stats = site.commit()
        if not use_cache:
            store.forget_site(out)
    except BaseException:
        site.abort()
        raise
    finally:
        photos.close()

    warnings = [p for p in problems if p.warning]
    summary = {
        "articles": len(lib.articles), "pages": len(jobs), "files": len(site.files),
        "held_back_drafts": len(drafts), "held_back_future": len(future),
    }
    # Any article still to come changes the site when it comes due: a held-back one appears,
    # one shown early (--future, or a future draft with --drafts) enters the feeds and sitemaps.
    due = [a.date.timestamp() for a in articles if content.is_future(a, now)]
    window = feeds.valid_until(lib, now)
    valid_until = min(due + ([window.timestamp()] if window else []), default=float("inf"))
    store.save_site(out, cache.SiteState(inputs, valid_until, {**summary, "warnings": warnings}, site.files))
    if keep is not None:
        session = incremental.Session(
            config=config, out=out, code_fp=code_fp, templates_fp=templates_fp, parse_fp=parse_fp,
            valid_until=valid_until, scanned={rel: (path, st) for rel, path, st in scanned}, entries=entries,
            static=static, jobs=jobs, files=site.files, summary=summary, warnings=warnings, renderer=renderer,
        )
        session.site_cache = session.cache_file_now()
        keep(session)
    return BuildResult(
        **summary, seconds=time.perf_counter() - started, warnings=warnings + store.problems,
        written=stats.written, unchanged=stats.unchanged, removed=stats.removed,
        rendered=rendered, parsed=parsed, changed_files=tuple(stats.changed),
    )


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
    a rebuild quicker; the caller runs it when no change is waiting, and at the end.
    """

    def __init__(self, root: Path, out: Path | None, overrides: dict | None = None, *,
                 use_cache: bool = True, processes: int | None = None, progress=None, keep_plan: bool = True):
        self.root = Path(root)
        self.out = out
        self.overrides = dict(overrides or {})
        self.use_cache = use_cache
        self.processes = processes
        self.progress = progress
        self.config: SiteConfig | None = None
        self.memory: dict = {}  # the build cache's files as last read or written
        self.session: incremental.Session | None = None  # what the last build planned, for patches
        self.keep_plan = keep_plan  # False for a single build: nothing to patch later, no plan to keep

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
        settings = self.config is None or changed is None or any(p.name == "site.toml" for p in changed)
        if not settings and self.session is not None:
            try:
                result = incremental.patch(self.session, changed, content.utc_now(), started)
            except BaseException:
                self.session = None  # a patch cut short (a disk error, Ctrl-C): trust only a full build now
                raise
            if result is not None:
                return result
        self._save_session()
        # Let the last plan go before making the next: holding both slows the build down
        # (twice the objects for the garbage collector to go through). After a failed
        # build, the next one is a full one again.
        self.session = None
        if settings:
            self.load()
        return build(self.config, self.output, use_cache=self.use_cache, processes=self.processes,
                     progress=self.progress, memory=self.memory, keep=self._keep if self.keep_plan else None,
                     plan_when_unchanged=self.keep_plan)

    def _keep(self, session: incremental.Session) -> None:
        self.session = session

    def settle(self, stop: Callable[[], bool] | None = None) -> list[Problem]:
        """Work put off so that a browser gets its page sooner (the caller runs this when
        no change is waiting, and before it exits): write into the build cache what
        patches changed, prepare the session for the next patch (`stop()` true: a
        change came, leave the rest for later). The cache's warnings, if it could not
        be written."""
        problems = self._save_session()
        if self.session is not None:
            try:
                self.session.prepare(stop)
            except BaseException:
                self.session = None  # not tried again and again: the next change gets a full build
                raise
        return problems

    def _save_session(self) -> list[Problem]:
        if self.session is None or not self.session.unsaved:
            return []
        store = cache.BuildCache(self.session.config.root, enabled=self.use_cache, memory=self.memory)
        if not incremental.save(self.session, store):
            self.session = None  # another build wrote into the output folder: its record stands
        return store.problems
