"""The kept plan: what the last one-off build planned, on disk, so that the next
`python build.py` after an edit does what `serve` does (incremental.patch: read the
file, swap the article, render the pages that show it) instead of planning the site.

Two files per output folder, in the build cache's folder:

- `plan-<hash of the output folder>.bin`, a cache file checked like the others
  (cache.BuildCache): the index. For each job and each article shown, where its
  record lies in the pack; which jobs show which article; every content file's size,
  mtime and digest; the static files; and what the plan was made with (code,
  templates, settings, and the signature of the output folder's record it goes with).
- `plan-<hash>.pack`: records one after another, each one pickle with its crc32
  in the index: a job (the articles in it stored as references by source path), or
  an article. A patch appends the new articles' records; a full build appends the
  records of the jobs and articles that changed, and writes the pack afresh when more
  than half of it would be records no longer used.

Loading reads the index and only the records of the jobs an edit touches (and the
articles they show): a one-off edit costs what it touches, not the site. The index also
keeps the search records (search.py, without their text: a record's article is read
from the pack when the search index made after an edit needs it) and the standalone
pages' files; a patch reads More on this story's lists from the build cache (related.py) and
gives up, as serve's does, when an edit changes any list. A file with a new date and
the same bytes (a fresh checkout with the cache restored) counts as unchanged. One new
file is let through to the patch, which takes it when it is the newest article
(adding.py): the jobs the addition changed or made are appended to the pack. Anything
the index cannot vouch for (another build wrote the folder, other code, templates or
settings, a file removed or several added, more than MAX_CHANGED files changed, an
output file changed by hand) gives the full build, which is never wrong and which keeps
the plan again.
"""

from __future__ import annotations

import dataclasses
import io
import mmap
import operator
import os
import pickle
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from gazette import adding, cache, content, incremental, related, render, search, stages, writer
from gazette.config import SiteConfig
from gazette.content import Article
from gazette.problems import Problem
from gazette.stages import BuildResult

PACK_MAGIC = b"GAZETTE-PLAN-PACK\n"
# More changed content files than this (a fresh checkout, a branch switch) and a patch,
# one file at a time in one process, would be slower than the full build's workers.
MAX_CHANGED = 64

_loading: "_Pack | None" = None  # the pack whose records are being unpickled


def _article_ref(source_path: str) -> Article:
    assert _loading is not None
    return _loading.article(source_path)


def _dataclass(kind: type, values: tuple) -> Any:
    made: Any = object.__new__(kind)
    made.__dict__.update(zip(_fields(kind), values))  # as a frozen dataclass's __init__ sets them
    return made


_FIELDS: dict[type, tuple[str, ...]] = {}
_GETTERS: dict[type, Any] = {}  # by kind: the getter of a dataclass's fields, as a tuple; False: not a dataclass


def _getter(kind: type) -> Any:
    if not dataclasses.is_dataclass(kind) or kind is type:
        return False
    names = _fields(kind)
    if len(names) > 1:
        return operator.attrgetter(*names)
    return lambda obj: tuple(getattr(obj, name) for name in names)


def _fields(kind: type) -> tuple[str, ...]:
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return names


class _JobPickler(pickle.Pickler):
    """Articles as references by source path; any other dataclass as its fields alone
    (what it computed and cached while the last build rendered, such as a feed entry's
    content, is not kept: the article it came from may be swapped)."""

    def reducer_override(self, obj):
        # Called for every object but the plainest (a sitemap of 15,000 pages is 30,000
        # calls): what each kind is, is looked up once.
        kind = type(obj)
        if kind is Article:
            return _article_ref, (obj.source_path,)
        fields_of = _GETTERS.get(kind)
        if fields_of is None:
            fields_of = _GETTERS[kind] = _getter(kind)
        if fields_of is False:
            return NotImplemented
        return _dataclass, (kind, fields_of(obj))


@dataclass
class Index:
    """What `plan-<hash>.bin` holds."""

    token: bytes  # the pack's, from its first line: the index and its pack go together
    state_signature: str  # of the output folder's record (cache.SiteState) this plan goes with
    code_fp: str
    templates_fp: str
    config_fp: str
    parse_fp: str
    written_at_ns: int
    jobs: list[tuple[int, int, int]]
    articles: dict[str, tuple[int, int, int]]  # by source path
    shown_in: dict[str, list[int]]
    sources: dict[str, tuple[int, int, str, bool]]  # rel -> size, mtime_ns, digest, clean (an article, no problems)
    static: list[writer.StaticFile]
    job_keys: list[tuple[str, str]]  # each job's path and fingerprint: a job with both unchanged is not pickled again
    job_articles: list[tuple[str, ...]]  # the source paths of the articles each job shows
    pages: list[writer.StaticFile] = dataclasses.field(default_factory=list)  # the standalone pages' files
    search: list[tuple] | None = None  # search.Record's fields, each article as its source path; None: no search
    article_paths: dict[str, str] = dataclasses.field(default_factory=dict)  # published article's source path by url
    links: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # adding.link_names of every article


class PackError(Exception):
    """A record of the pack does not read back (a damaged file, or one written by other
    code): the one-off build gives up its patch and the full build writes the pack again.
    Only this is caught around a patch; any other exception is a bug, and is raised."""


class _Pack:
    """Reads records from the pack, each once."""

    def __init__(self, path: Path, index: Index):
        with open(path, "rb") as file:
            self.data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        if self.data[: len(PACK_MAGIC) + len(index.token)] != PACK_MAGIC + index.token:
            self.data.close()
            raise ValueError("the plan's pack does not go with its index")
        self.index = index
        # The records as the file was mapped: a patch appends new ones to the file (and to
        # the index) while the search index may still be reading the old ones.
        self.article_records = dict(index.articles)
        self.job_records = list(index.jobs)
        self.articles: dict[str, Article] = {}

    def close(self) -> None:
        self.data.close()

    def _read(self, record: tuple[int, int, int]) -> Any:
        offset, length, crc = record
        data = self.data[offset: offset + length]
        if len(data) != length or zlib.crc32(data) != crc:
            raise PackError("a damaged record in the plan's pack")
        return data

    @staticmethod
    def _unpickle(data: bytes) -> Any:
        try:
            return pickle.loads(data)  # noqa: S301 - our own file, checksummed, in the site folder
        except (pickle.UnpicklingError, EOFError, ValueError, AttributeError, ImportError, TypeError) as exc:
            raise PackError(f"a record of the plan's pack does not read back: {exc}") from exc

    def article(self, source_path: str) -> Article:
        found = self.articles.get(source_path)
        if found is None:
            found = self.articles[source_path] = self._unpickle(self._read(self.article_records[source_path]))
        return found

    def job(self, number: int) -> render.RenderJob:
        global _loading
        data = self._read(self.job_records[number])
        _loading = self
        try:
            return self._unpickle(data)
        finally:
            _loading = None


class KeptJobs:
    """The plan's jobs, each read from the pack when first asked for; what a patch
    changes is kept here (`copy` shares what was read)."""

    def __init__(self, pack: _Pack, count: int, loaded: dict[int, render.RenderJob] | None = None):
        self.pack = pack
        self.count = count
        self.loaded = loaded if loaded is not None else {}

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, number: int) -> render.RenderJob:
        job = self.loaded.get(number)
        if job is None:
            job = self.loaded[number] = self.pack.job(number)
        return job

    def __setitem__(self, number: int, job: render.RenderJob) -> None:
        self.loaded[number] = job

    def copy(self) -> "KeptJobs":
        return KeptJobs(self.pack, self.count, dict(self.loaded))

    def append(self, job: render.RenderJob) -> None:
        self.loaded[self.count] = job
        self.count += 1


class KeptEntries(dict):
    """The content files' cache entries, made from the index when first asked for (the
    article read from the pack); a file with problems gets an entry that says so, which
    no patch accepts."""

    def __init__(self, index: Index, pack: _Pack):
        super().__init__()
        self.index = index
        self.pack = pack

    def __missing__(self, rel: str) -> cache.SourceEntry:
        size, mtime_ns, digest, clean = self.index.sources[rel]
        kept = clean and rel in self.index.articles  # (every article read is packed; this is a safety net)
        article = self.pack.article(rel) if kept else None
        problems = [] if kept else [Problem(rel, 0, "had problems when planned, or is not kept")]  # no patch takes it
        entry = cache.SourceEntry(size, mtime_ns, digest, article, problems)
        self[rel] = entry
        return entry


# --- names -----------------------------------------------------------------------


def _names(store: cache.BuildCache, out: Path) -> tuple[str, Path]:
    name = store.site_file(out).name.replace("site-", "plan-", 1)
    return name, store.folder / name.replace(".bin", ".pack")


def _key(store: cache.BuildCache, out: Path) -> dict:
    return {"root": str(store.root.resolve()), "kind": "plan", "out": str(Path(out).resolve())}


# --- writing ---------------------------------------------------------------------------


class _PackWriter:
    def __init__(self, stream, offset: int):
        self.stream = stream
        self.offset = offset

    def _put(self, data: bytes) -> tuple[int, int, int]:
        record = (self.offset, len(data), zlib.crc32(data))
        self.stream.write(data)
        self.offset += len(data)
        return record

    def job(self, job: render.RenderJob) -> tuple[int, int, int]:
        buffer = io.BytesIO()
        _JobPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(job)
        return self._put(buffer.getvalue())

    def article(self, article: Article) -> tuple[int, int, int]:
        return self._put(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))


def save_plan(store: cache.BuildCache, out: Path, *, config: SiteConfig, state_signature: str, code_fp: str,
              templates_fp: str, parse_fp: str, jobs: list[render.RenderJob], fingerprints: list[str],
              entries: dict[str, cache.SourceEntry], static: list[writer.StaticFile],
              pages: list[writer.StaticFile], search_records: list | None, read_index: Index | None = None) -> None:
    """Keep the plan of a full build. The records of the jobs whose path and fingerprint
    are those of a job of the last plan (and of the articles whose bytes did not change)
    are kept in the pack as they are; only the others are pickled and appended. The
    pack is written afresh when it is new, or when more than half of it is no longer used.
    `read_index`: the last plan's index as this build read it already (patch_from_disk)."""
    if not store.enabled:
        return
    name, pack_path = _names(store, out)
    old = _load(store, out, read_index)
    try:
        store.folder.mkdir(exist_ok=True)
        reuse = old is not None and old[0].code_fp == code_fp and old[0].parse_fp == parse_fp
        if reuse:
            assert old is not None
            index = _append_plan(pack_path, old[0], old[1], jobs, fingerprints, entries)
        if not reuse or index is None:
            index = _fresh_plan(pack_path, jobs, fingerprints, entries)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        # No plan kept (a disk problem, which the cache's own files report, or a value in
        # a job that does not pickle): the next build is a full one.
        _forget(store, out)
        return
    finally:
        if old is not None:
            old[1].close()
    index.state_signature, index.code_fp, index.templates_fp = state_signature, code_fp, templates_fp
    index.config_fp, index.parse_fp, index.written_at_ns = config.fingerprint(), parse_fp, time.time_ns()
    index.sources = {rel: (e.size, e.mtime_ns, e.digest, e.article is not None and not e.problems)
                     for rel, e in entries.items()}
    index.static = list(static)
    index.pages = list(pages)
    index.search = None if search_records is None else _kept_records(search_records)
    _for_additions(index, jobs, entries)
    store._save(name, _key(store, out), index)


def _for_additions(index: Index, jobs: list[render.RenderJob], entries: dict[str, cache.SourceEntry]) -> None:
    """What an addition reads of the plan besides its jobs (adding.py): the articles by
    address, and the links between articles."""
    index.article_paths = {job.path: job.context["article"].source_path
                           for job in jobs if job.template == "article.html"}
    index.links = adding.link_names([e.article for e in entries.values() if e.article is not None])


def _forget(store: cache.BuildCache, out: Path) -> None:
    name, pack_path = _names(store, out)
    for path in (store.folder / name, pack_path):
        try:
            path.unlink()
        except OSError:
            pass


def _blank_index(token: bytes) -> Index:
    return Index(token, "", "", "", "", "", 0, [], {}, {}, {}, [], [], [], [], None)


def _fresh_plan(pack_path: Path, jobs: list[render.RenderJob], fingerprints: list[str],
                entries: dict[str, cache.SourceEntry]) -> Index:
    index = _blank_index(os.urandom(16))
    tmp = pack_path.with_name(f".{pack_path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as stream:
        stream.write(PACK_MAGIC + index.token)
        _fill(index, _PackWriter(stream, len(PACK_MAGIC) + len(index.token)), None, jobs, fingerprints, entries)
    os.replace(tmp, pack_path)
    return index


def _append_plan(pack_path: Path, old: Index, pack: "_Pack", jobs: list[render.RenderJob], fingerprints: list[str],
                 entries: dict[str, cache.SourceEntry]) -> Index | None:
    """The new plan's index, its new records appended to the old pack; None when the pack
    would be more than half records no longer used (then it is written afresh)."""
    index = _blank_index(old.token)
    with open(pack_path, "r+b") as stream:
        end = stream.seek(0, os.SEEK_END)
        _fill(index, _PackWriter(stream, end), (old, pack), jobs, fingerprints, entries)
        used = sum(r[1] for r in index.jobs) + sum(r[1] for r in index.articles.values())
        if used * 2 < stream.tell():
            return None
    return index


def _fill(index: Index, packer: "_PackWriter", old: tuple[Index, "_Pack"] | None, jobs: list[render.RenderJob],
          fingerprints: list[str], entries: dict[str, cache.SourceEntry]) -> None:
    """Put every job (and the articles the jobs show) into `index`: the old plan's record
    when it is the same, else a new record."""
    known: dict[tuple[str, str], int] = {}
    if old is not None:
        known = {key: i for i, key in enumerate(old[0].job_keys)}
    walker = incremental._ArticleWalker()
    for job, fingerprint in zip(jobs, fingerprints):
        key = (job.path, fingerprint)
        was = known.get(key)
        if was is not None and old is not None:
            index.jobs.append(old[0].jobs[was])
            index.job_articles.append(old[0].job_articles[was])
        else:
            index.jobs.append(packer.job(job))
            index.job_articles.append(_articles_of(job, walker))
        index.job_keys.append(key)
    for i, paths in enumerate(index.job_articles):
        for path in paths:
            index.shown_in.setdefault(path, []).append(i)
    _fill_articles(index, packer, old, entries)


def _fill_articles(index: Index, packer: "_PackWriter", old: tuple[Index, "_Pack"] | None,
                   entries: dict[str, cache.SourceEntry]) -> None:
    """Every article read, drafts and future ones too (so that an edit of one is patched:
    it changes no page, or only those that show it): the old plan's record when its bytes
    are the same."""
    for rel, entry in entries.items():
        if entry.article is None:
            continue
        kept = old[0].sources.get(rel) if old is not None else None
        if old is not None and kept is not None and kept[2] == entry.digest and rel in old[0].articles:
            index.articles[rel] = old[0].articles[rel]
        else:
            index.articles[rel] = packer.article(entry.article)


def _articles_of(job: render.RenderJob, walker) -> tuple[str, ...]:
    found: set[str] = set()
    for value in job.context.values():
        found.update(walker.articles_in(value))
    return tuple(found)


def _append(store: cache.BuildCache, out: Path, index: Index, new: list[Article],
            jobs: dict[int, tuple[render.RenderJob, str]]) -> bool:
    """Append the records of the new articles and of the jobs a patch planned anew (an
    addition's, by their place in the plan) to the pack, and put them in the index."""
    _, pack_path = _names(store, out)
    try:
        with open(pack_path, "r+b") as stream:
            if stream.read(len(PACK_MAGIC) + len(index.token)) != PACK_MAGIC + index.token:
                return False
            packer = _PackWriter(stream, stream.seek(0, os.SEEK_END))
            for article in new:
                index.articles[article.source_path] = packer.article(article)
            walker = incremental._ArticleWalker()
            for number, (job, fingerprint) in jobs.items():
                made = (packer.job(job), (job.path, fingerprint), _articles_of(job, walker))
                if number < len(index.jobs):
                    index.jobs[number], index.job_keys[number], index.job_articles[number] = made
                else:
                    index.jobs.append(made[0])
                    index.job_keys.append(made[1])
                    index.job_articles.append(made[2])
    except OSError:
        return False
    return True


# --- a one-off build patched -------------------------------------------------------------


def _load(store: cache.BuildCache, out: Path, read: Index | None = None) -> tuple[Index, _Pack] | None:
    """The kept plan's index (`read`, if given: about 0.1 s at 10,000 articles not spent
    twice) and its pack; None when there is none that goes together."""
    name, pack_path = _names(store, out)
    payload = read if read is not None else store._load_with_time(name, _key(store, out))[0]
    if not isinstance(payload, Index):
        return None
    try:
        return payload, _Pack(pack_path, payload)
    except (OSError, ValueError):
        return None


class _Changes(NamedTuple):
    paths: set[Path]  # content and static files whose bytes may have changed: for the patch
    touched: dict[str, os.stat_result]  # content files with a new date and the same bytes (a fresh checkout)
    added: set[str]  # a new content file


def _changes(index: Index, scanned, static: list[writer.StaticFile], pages: list[writer.StaticFile],
             out: Path) -> _Changes | None:
    """The files changed since the plan, or None when files came or went, or too many
    changed for a patch to pay. A file with a new date is read and hashed: after a fresh
    checkout (every file dated now) only the files whose bytes changed are patched."""
    new = [item for item in scanned if item.rel not in index.sources]
    if (len(scanned) - len(new) != len(index.sources) or len(new) > 1
            or [s.path for s in static] != [s.path for s in index.static]
            or [p.fingerprint for p in pages] != [p.fingerprint for p in index.pages]):
        return None  # files went, several came, or a standalone page changed
    changes = _content_changes(index, scanned)
    if changes is not None:
        changes.paths.update(_static_changes(index, static, out))
        changes.paths.update(item.path for item in new)  # a new article: adding.py
        changes.added.update(item.rel for item in new)
    return changes


def _content_changes(index: Index, scanned) -> _Changes | None:
    paths: set[Path] = set()
    touched: dict[str, os.stat_result] = {}
    for item in scanned:
        kept = index.sources.get(item.rel)
        if kept is None:
            continue  # a new file (_changes)
        st = item.stat
        same_date = kept[1] == st.st_mtime_ns and index.written_at_ns - st.st_mtime_ns >= cache.RACY_NS
        if same_date and kept[0] == st.st_size:
            continue
        if kept[0] == st.st_size and _same_bytes(item.path, kept[2]):
            touched[item.rel] = st
        else:
            paths.add(item.path)
            if len(paths) > MAX_CHANGED:
                return None
    return _Changes(paths, touched, set())


def _static_changes(index: Index, static: list[writer.StaticFile], out: Path) -> set[Path]:
    """The static files whose bytes changed (one with a new date and the bytes of its copy
    in the output folder, as after a fresh checkout, is taken into the index as it is)."""
    paths = set()
    for i, (item, was) in enumerate(zip(static, index.static)):
        if item.fingerprint == was.fingerprint:
            continue
        if item.size == was.size and _same_file(item.source, out / item.path):
            index.static[i] = item  # a new date, the same bytes (a fresh checkout): kept as it is
        else:
            paths.add(item.source)
    return paths


def _same_file(source: Path, copy: Path) -> bool:
    """Has the output folder's copy of a static file the source's bytes?"""
    try:
        with open(source, "rb") as a, open(copy, "rb") as b:
            while True:
                chunk = a.read(1 << 20)
                if chunk != b.read(1 << 20):
                    return False
                if not chunk:
                    return True
    except OSError:
        return False


def _same_bytes(path: Path, digest: str) -> bool:
    try:
        return content.file_digest(path) == digest
    except OSError:
        return False


def patch_from_disk(config: SiteConfig, inputs, now: datetime, started: float) -> BuildResult | None:
    """The one-off build as a patch of the kept plan, or None when it takes a full build
    (nothing was written then)."""
    store = inputs.store
    loaded = _load(store, inputs.out)
    if loaded is None:
        return None
    index, pack = loaded
    inputs.kept_index = index  # for save_plan, if the patch gives up before changing it
    try:
        return _patch(config, inputs, index, pack, now, started)
    except PackError:
        return None  # a pack that does not read back: the full build writes it again
    finally:
        pack.close()


def _plan_goes_with(config: SiteConfig, inputs, index: Index, parse_fp: str) -> bool:
    """The kept plan is the last build's, into this folder, by this code, templates and settings."""
    state = inputs.state
    return not (index.state_signature != state.signature or not state.signature or index.code_fp != inputs.code_fp
                or index.templates_fp != inputs.templates_fp or index.config_fp != config.fingerprint()
                or index.parse_fp != parse_fp or inputs.problems or (index.search is not None) != config.search)


def _patch(config: SiteConfig, inputs, index: Index, pack: _Pack, now: datetime, started: float) -> BuildResult | None:
    parse_fp = content.parse_fingerprint(config, cache.code_fingerprint(cache.PARSE_MODULES))
    if not _plan_goes_with(config, inputs, index, parse_fp):
        return None
    changed = _changes(index, inputs.scanned, inputs.static, inputs.pages, inputs.out)
    if changed is None or not inputs.output_intact():  # a patch writes only the pages it renders
        return None
    lists, _ = related.load(inputs.store)
    if lists is None or lists.vectors.keys() != index.article_paths.keys():
        # None, or the lists of another output folder's build (one cache file per site: a
        # `--drafts` preview beside the site): they are needed to tell what an edit changes.
        return None
    inputs.kept_index = None  # changed below, and by the patch: the full build reads it again
    for rel, st in changed.touched.items():  # the stat they were hashed with: saved as unchanged
        size, _, digest, clean = index.sources[rel]
        index.sources[rel] = (size, st.st_mtime_ns, digest, clean)
    session = _session(config, inputs, index, pack, parse_fp, lists, changed.added)
    result = incremental.patch(session, changed.paths, now, started)
    if result is None or not _save_beside_search(inputs, index, session):
        return None
    return dataclasses.replace(result, warnings=list(result.warnings) + inputs.store.problems)


def _save_beside_search(inputs, index: Index, session: incremental.Session) -> bool:
    """Make the search index's fresh part and keep what the patch changed. Pagefind makes the
    index in its own process while this one keeps the new records (on two cores, 0.1-0.15 s
    less of an edit or an addition). False when a year's index is to be made whole (the
    full build does it)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        searched = pool.submit(incremental.refresh_search, session)
        kept = _keep_records(inputs, index, session)
        try:
            searched.result()
        except search.TextNotKept:
            return False
    _save_patched(inputs, index, session, kept)
    return True


def _session(config: SiteConfig, inputs, index: Index, pack: _Pack, parse_fp: str,
             lists: related.Lists, added: set[str]) -> incremental.Session:
    """The session of the build the plan was kept by (the files it read, without any new one)."""
    state = inputs.state
    summary = dict(state.summary)
    warnings = summary.pop("warnings", [])
    bases = None
    if index.search is not None:
        kept = inputs.store.load_named(search.CACHE_NAME, search.cache_version(parse_fp))
        bases = dict(kept) if isinstance(kept, dict) else {}
    session = incremental.Session(
        config=config, out=inputs.out, code_fp=inputs.code_fp, templates_fp=inputs.templates_fp, parse_fp=parse_fp,
        valid_until=state.valid_until,
        scanned={item.rel: (item.file, item.stat) for item in inputs.scanned if item.rel not in added},
        entries=KeptEntries(index, pack), static=list(index.static), jobs=KeptJobs(pack, len(index.jobs)),  # type: ignore[arg-type]
        files=state.files, summary=summary, warnings=warnings,
        renderer=render.Renderer(config, inputs.store.compiled_templates(inputs.code_fp)),
        shown_in=index.shown_in, pages=list(index.pages),
        search_records=_records_from(index.search, pack), search_bases=bases,
        related_lists=lists, paths_at={path: i for i, (path, _) in enumerate(index.job_keys)},
        article_paths=index.article_paths, article_links=index.links,
    )
    session.site_cache = session.cache_file_now()
    session.has_links = inputs.linked or session.static_links()  # the scan looked at each content file
    session.files_checked = True  # by the patch's output_intact, a moment ago
    return session


class _ArticleInPack:
    """An article of the pack, read only when its text is needed: for the search index
    made anew after an edit, which holds, besides the edited article, the others that
    changed since their years' indexes were made (search.py's fresh index)."""

    def __init__(self, pack: _Pack, source_path: str):
        self._pack = pack
        self.source_path = source_path

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pack.article(self.source_path), name)


def _kept_records(records: list[search.Record]) -> list[tuple]:
    """Search records as the index keeps them: plain tuples (a tenth of the time to
    pickle and read back), without their text, each article by its source path (its
    record in the pack)."""
    return [(r.url, r.key, r.language, r.meta, r.filters, getattr(r.article, "source_path", r.article))
            for r in records]


def _records_from(kept: list[tuple] | None, pack: _Pack) -> list[search.Record] | None:
    if kept is None:
        return None
    known = pack.index.articles
    record = search.Record
    return [record(url, key, language, meta, filters, _ArticleInPack(pack, path) if path in known else None)
            for url, key, language, meta, filters, path in kept]


class _Kept(NamedTuple):
    changed: dict[str, cache.SourceEntry]  # the content files the patch read anew
    appended: bool  # their articles and the jobs planned anew are in the pack (and in the index)


def _keep_records(inputs, index: Index, session: incremental.Session) -> _Kept:
    """What a patch keeps that the search index does not change (run beside it): the
    changed files' cache entries, their articles and the jobs planned anew appended to
    the pack. Stats are those the patch read with; a file changed since is seen by its date."""
    entries: dict[str, cache.SourceEntry] = dict.copy(session.entries)  # only the ones asked for
    changed = {rel: entry for rel, entry in entries.items()
               if index.sources.get(rel, (None, None))[:2] != (entry.size, entry.mtime_ns)}
    inputs.store.update_sources(session.parse_fp, changed)
    return _Kept(changed, _append(inputs.store, session.out, index, _new_articles(index, changed),
                                  _replanned(inputs.store, session)))


def _save_patched(inputs, index: Index, session: incremental.Session, kept: _Kept) -> None:
    """Write the rest of what the patch changed, once the search index is made: the
    output folder's record and the plan's index."""
    store = inputs.store
    signature = stages.signature(session.code_fp, session.config, session.templates_fp,
                                 ((rel, st) for rel, (_, st) in session.scanned.items()),
                                 session.static + session.pages)
    if session.search_records is not None:
        if not incremental.search_is_current(session):
            signature = ""  # the search index is behind: the next build looks again
        store.save_named(search.CACHE_NAME, search.cache_version(session.parse_fp), session.search_bases)
        index.search = _kept_records(session.search_records)
    store.save_site(session.out, cache.SiteState(signature, session.valid_until,
                                                 {**session.summary, "warnings": session.warnings}, session.files))
    if not kept.appended:
        return  # the plan no longer goes with the record just written: the next build is full
    for rel, entry in kept.changed.items():
        index.sources[rel] = (entry.size, entry.mtime_ns, entry.digest, True)
    index.static = list(session.static)
    index.state_signature = signature
    index.written_at_ns = time.time_ns()
    name, _ = _names(store, session.out)
    store._save(name, _key(store, session.out), index)


def _new_articles(index: Index, changed: dict[str, cache.SourceEntry]) -> list[Article]:
    """The articles whose records the pack has not: those edited, and one added."""
    return [entry.article for rel, entry in changed.items() if entry.article is not None and (
        rel not in index.sources or (rel in index.articles and entry.digest != index.sources[rel][2]))]


def _replanned(store: cache.BuildCache, session: incremental.Session) -> dict[int, tuple[render.RenderJob, str]]:
    """The jobs an addition changed or made, with their fingerprints; and More on this
    story's lists, which have the new article, saved for the next patch to read."""
    if session.replanned and session.related_lists is not None:
        related.save_added(store, session.related_lists, session.related_added)
    return {i: (session.jobs[i], session.replanned[i]) for i in sorted(session.replanned)}
