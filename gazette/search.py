"""Site search: a Pagefind index of the articles, and the search page that reads it.

Pagefind (PyPI `pagefind[extended]`) makes a static, chunked index that a browser
reads a piece at a time, so a search over 100,000 pages loads a few hundred
kilobytes. Each article goes in as a record made from the article itself (not from
its page's HTML, so the theme is free to change): its text (headline, standfirst,
body), its address relative to the site (the search page adds the base path, so the
index is the same at a domain's root and under `/repo/`), the language of its page,
what a result shows (headline, date, source) and what results are filtered by (tag,
source, year).

Pagefind cannot add one page to an index it made before: any change rebuilds the
whole index, and at 10,000 articles that takes longer than the rest of the build.
So there is one index per year (`pagefind/2025/`...; the search page merges them, as
Pagefind's `mergeIndex` allows), and each is made only when its records changed (their
digest is the fingerprint of its files): an edit remakes its year's index alone, and a
build where nothing changed keeps every file as it is. Pagefind's bytes come back from `get_files()` and go through
the writer like every other file. In `serve`, an edit of an article's text is
patched into the pages first and the index follows when the builder settles, after
the browser has the page (incremental.py); a full build makes it at once.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib
import io
import json
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Iterator

from gazette import i18n, render, urls, writer
from gazette.config import SiteConfig
from gazette.library import TermLink
from gazette.related import text_of

BUNDLE = "pagefind/"  # the index's folder in the site
SEARCH_TEMPLATE = "search.html"


@dataclass(frozen=True)
class Record:
    url: str  # site path of the article page, e.g. 2025/01/deepseek-upends-ai/
    key: str  # a digest of everything the record is made of: the same key, the same record
    language: str
    meta: tuple[tuple[str, str], ...]
    filters: tuple[tuple[str, tuple[str, ...]], ...]
    article: Any = field(default=None, compare=False, repr=False)  # what `content` is read from, when needed

    @property
    def content(self) -> str:
        if self.article is None:
            raise TextNotKept(self.url)
        return _content(self.article)


class TextNotKept(LookupError):
    """A record kept without its article (kept.py) was to be indexed: a full build is needed."""


def language(config: SiteConfig) -> str:
    """Pagefind's language code for the site's pages: `en` for `en-GB`."""
    return config.language.split("-")[0].lower()


def records(lib, config: SiteConfig, fmt: i18n.Dates | None = None) -> list[Record]:
    """One record per published article, newest first. Their text is read from the
    articles only for the records an index is made of."""
    fmt = fmt or i18n.Dates(config.tz, config.language)
    lang = language(config)
    return [record(article, lib.tags_of.get(article.url, ()), lib.source_of.get(article.url), lang, fmt)
            for article in lib.articles]


def record(article, tags: tuple[TermLink, ...], source: TermLink | None, lang: str, fmt: i18n.Dates) -> Record:
    """An article's record: its page, text, metadata and filters."""
    local = fmt.local(article.date, article.date_is_day)
    source_name = source.name if source else article.source
    meta = (("title", article.title), ("date", fmt.longdate(article.date, article.date_is_day)),
            ("datetime", render.isodate(article.date, article.date_is_day, fmt.tz)), ("source", source_name))
    filters = (("tag", tuple(link.name for link in tags)), ("source", (source_name,)), ("year", (str(local.year),)))
    return Record(article.url, _key(article, lang, meta, filters), lang, meta, filters, article)


def _key(article, lang: str, meta: tuple, filters: tuple) -> str:
    """The record's text comes from the article's file (its digest) by the parse code and
    settings, which the build cache's version of these keys covers (`cache_version`)."""
    made = f"{article.url}\0{article.digest}\0{article.has_summary}\0{lang}\0{meta!r}\0{filters!r}"
    return hashlib.blake2b(made.encode(), digest_size=12).hexdigest()


def fingerprint(found: Iterable[Record], kind: str = "pagefind", version: str = "") -> str:
    digest = hashlib.blake2b(version.encode(), digest_size=16)
    for record in found:
        digest.update(record.key.encode() + b"\0")
    return f"{kind}:{digest.hexdigest()}"


def plan(config: SiteConfig, lib) -> list[render.RenderJob]:
    """The search page, when the site has search; it opens the indexes that MANIFEST names."""
    if not config.search:
        return []
    return [render.RenderJob(urls.SEARCH_PATH, SEARCH_TEMPLATE, {"manifest": MANIFEST})]


class PagefindError(RuntimeError):
    pass


def index_files(found: list[Record]) -> list[tuple[str, bytes]]:
    """Pagefind's files for these records: (path under pagefind/, bytes), sorted.

    Talks to Pagefind's service (`pagefind --service`, the program behind its Python
    API) directly: the Python API waits a tenth of a second before reading each
    answer (10,000 records: a quarter of an hour) and cannot read an answer larger
    than 2 MiB (the files of a large index come back as one). Here every request is
    written from a thread while the answers are read as they come."""
    binary = _executable()
    if binary is None:
        raise PagefindError("Pagefind's program is not installed: pip install 'pagefind[extended]'")
    requests: list[dict[str, Any]] = [{"type": "NewIndex", "config": {"write_playground": False}}]
    requests += [{"type": "AddRecord", "index_id": 0, "url": r.url, "content": r.content, "language": r.language,
                  "meta": dict(r.meta), "filters": {name: list(values) for name, values in r.filters if values},
                  "sort": None} for r in found]
    requests.append({"type": "GetFiles", "index_id": 0})
    answers = _converse(str(binary), requests)
    files = answers[-1].get("files")
    if answers[-1].get("type") != "GetFiles" or files is None:
        raise PagefindError(f"Pagefind did not give its files: {str(answers[-1])[:300]}")
    return sorted(canonical({str(f["path"]): base64.b64decode(f["content"]) for f in files}).items())


def _executable() -> Path | str | None:
    """Pagefind's program, looked for as `pagefind.service.get_executable` does (its
    setting, its packages, the PATH), without importing that module: it brings asyncio,
    40 ms of every build that runs Pagefind (an edit, an addition)."""
    given = os.getenv("PAGEFIND_BINARY_PATH")
    if given is not None:
        return Path(given)
    for package in ("pagefind_bin_extended", "pagefind_bin"):
        try:
            found = importlib.import_module(package).get_executable()
        except ImportError:
            continue
        if found is not None:
            return found
    return shutil.which("pagefind_extended") or shutil.which("pagefind")


# --- the same records, the same bytes ---------------------------------------------------
#
# Pagefind writes each filter's values in the order of a hash map, which changes from one
# run to the next; so the filter files, their names, the metadata file naming them and the
# entry file naming that would differ between two builds of the same articles (and a build
# patched by `serve` would not be the cold build's). `canonical` sorts the values and
# names the files again as Pagefind does (the first hex digits of the SHA-1 of the
# uncompressed data after its signature, each byte written without a leading zero).

SIGNATURE = b"pagefind_dcd"


def _pf_hash(body: bytes, length: int) -> str:
    return "".join(format(byte, "x") for byte in hashlib.sha1(body).digest())[:length]  # noqa: S324 - Pagefind's


def _head(data: bytes, i: int) -> tuple[int, int, int]:
    """(major type, value, end of header) of the CBOR item at i."""
    major, info = data[i] >> 5, data[i] & 31
    if info < 24:
        return major, info, i + 1
    size = {24: 1, 25: 2, 26: 4, 27: 8}[info]
    return major, int.from_bytes(data[i + 1:i + 1 + size], "big"), i + 1 + size


def _end(data: bytes, i: int) -> int:
    """Where the CBOR item at i ends."""
    major, value, i = _head(data, i)
    if major in (2, 3):
        return i + value
    if major in (4, 5):
        for _ in range(value * (2 if major == 5 else 1)):
            i = _end(data, i)
        return i
    if major == 6:
        return _end(data, i)
    return i


def _sorted_item(body: bytes, number: int) -> bytes:
    """`body`, a CBOR array, with the entries of its item `number` (an array) in order."""
    _, _, i = _head(body, 0)
    for _ in range(number):
        i = _end(body, i)
    _, count, start = _head(body, i)
    entries, at = [], start
    for _ in range(count):
        end = _end(body, at)
        entries.append(body[at:end])
        at = end
    return body[:start] + b"".join(sorted(entries)) + body[at:]


def _sorted_filter(body: bytes) -> bytes:
    """A filter file's body, [name, [[value, pages], ...]], with the values in order."""
    return _sorted_item(body, 1)


def _sorted_meta(raw: bytes) -> bytes:
    """The metadata file, [version, pages, index chunks, filters, sorts, fields], with its
    filters ([name, file] each) in order."""
    return SIGNATURE + _sorted_item(raw[len(SIGNATURE):], 3)


def canonical(files: dict[str, bytes]) -> dict[str, bytes]:
    result = dict(files)
    renamed: dict[str, str] = {}
    for path in [p for p in files if p.startswith("filter/") and p.endswith(".pf_filter")]:
        raw = gzip.decompress(files[path])
        if not raw.startswith(SIGNATURE):
            continue
        body = _sorted_filter(raw[len(SIGNATURE):])
        old = path[len("filter/"):-len(".pf_filter")]
        new = old.rsplit("_", 1)[0] + "_" + _pf_hash(body, len(old.rsplit("_", 1)[1]))
        renamed[old] = new
        del result[path]
        result[f"filter/{new}.pf_filter"] = gzip.compress(SIGNATURE + body, mtime=0)
    for path in [p for p in files if p.startswith("pagefind.") and p.endswith(".pf_meta")]:
        raw = gzip.decompress(files[path])
        for old, new in renamed.items():
            raw = raw.replace(old.encode(), new.encode())  # the same length: the CBOR stays whole
        raw = _sorted_meta(raw)
        old = path[len("pagefind."):-len(".pf_meta")]
        new = old.rsplit("_", 1)[0] + "_" + _pf_hash(raw[len(SIGNATURE):], len(old.rsplit("_", 1)[1]))
        del result[path]
        result[f"pagefind.{new}.pf_meta"] = gzip.compress(raw, mtime=0)
        entry = result["pagefind-entry.json"].decode()
        result["pagefind-entry.json"] = entry.replace(f'"hash":"{old}"', f'"hash":"{new}"').encode()
    return result


def _converse(binary: str, requests: list[dict]) -> list[dict]:
    """Send every request (message ids 1..n), return the n answers' payloads in order."""
    process = subprocess.Popen([binary, "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    stdin, stdout = process.stdin, process.stdout
    assert stdin is not None and isinstance(stdout, io.BufferedReader)

    def send() -> None:
        try:
            for number, payload in enumerate(requests, 1):
                message = json.dumps({"message_id": number, "payload": payload}).encode()
                stdin.write(base64.b64encode(message) + b",")
            stdin.flush()
        except (BrokenPipeError, OSError):
            pass  # the program stopped: the reader says why

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    answers: dict[int, dict] = {}
    pieces: list[bytes] = []  # of the message being read (the files of an index come as one of tens of MB)
    try:
        while len(answers) < len(requests):
            chunk = stdout.read1(1 << 20)
            if not chunk:
                raise PagefindError(f"Pagefind stopped after {len(answers)} of {len(requests)} answers")
            *ends, rest = chunk.split(b",")
            for end in ends:
                pieces.append(end)
                _take(b"".join(pieces), answers)
                pieces = []
            pieces.append(rest)
    finally:
        stdin.close()
        process.kill()
        process.wait()
        sender.join(timeout=5)
    return [answers[n] for n in range(1, len(requests) + 1)]


def _take(message: bytes, answers: dict[int, dict]) -> None:
    answer = json.loads(base64.b64decode(message))
    payload = answer.get("payload", {})
    if payload.get("type") == "Error":
        raise PagefindError(f"Pagefind: {payload.get('message')}")
    answers[answer["message_id"]] = payload


def shard_of(record: Record) -> str:
    """The index a record goes in: one per year of the articles' dates."""
    return dict(record.filters)["year"][0]


def shards(found: Iterable[Record]) -> dict[str, list[Record]]:
    """The records by index, newest year first."""
    grouped: dict[str, list[Record]] = {}
    for record in found:
        grouped.setdefault(shard_of(record), []).append(record)
    return dict(sorted(grouped.items(), reverse=True))


def bundle(shard: str) -> str:
    return f"{BUNDLE}{shard}/"


# --- a year's index, and the articles changed since it was made ---------------------------
#
# Pagefind cannot change one page of an index, and making a year's index again costs
# seconds (3.5 ms an article). So a year's index, once made, stays as it is while few of
# its articles change: the changed and added articles go into one small index of their
# own (pagefind/fresh/), made again on each change, and the year's copies of the changed
# and removed ones are listed as stale in pagefind/gazette.json, which the search page
# reads first (the indexes to open, the results to leave out, the counts to take off
# the filters). A year whose changes pass SHARD_LIMIT, or the years with most changes
# when the fresh index would pass FRESH_LIMIT, get their index made again, and their
# changes leave the fresh index. A build without the build cache makes every year's index.
#
# What each year's index holds (a Base: each article's record key, its page's id in the
# index, its filters) is kept in the build cache by the fingerprint of the index's files.

SHARD_LIMIT = 48
FRESH_LIMIT = 160
FRESH = "fresh"
MANIFEST = BUNDLE + "gazette.json"
CACHE_NAME = "search.bin"

Base = dict  # url -> (record key, Pagefind's page id, filters) of one year's index as made


def cache_version(parse_fp: str) -> str:
    """The version of the kept Bases: a record's key stands for its text only under the
    same parse code and settings."""
    return f"search-1:{parse_fp}"


@dataclass(eq=False)  # one object per index: `in` means this very one
class _Shard:
    name: str
    records: list[Record]
    mark: str = ""  # the fingerprint of the index kept on disk (its Base's key); "": none usable
    changed: list[Record] = field(default_factory=list)  # records the kept index has another text of, or not
    stale: dict[str, str] = field(default_factory=dict)  # page id -> url: the kept index's copies not to show
    files: list = field(default_factory=list)  # the kept index's files (writer.Placed)

    def rebuilt(self) -> bool:
        return not self.mark


def add_index(site: writer.SiteWriter, found: list[Record], bases: dict[str, Base], version: str
              ) -> tuple[int, dict[str, Base]]:
    """Put the search index of these records into the site: each year's index as it is
    when it can stay, else made anew; the fresh index of what changed since; the manifest.
    Returns how many times Pagefind ran, and the Bases of the years' indexes now in the site.
    `version` (cache_version, which `bases` were kept under) signs the whole: records' keys
    stand for their text only under one parse code, so another one makes every year anew
    (and keeps their Bases), rather than keep an index of text that may have changed."""
    everything = fingerprint(found, version=version)
    if _keep_all(site, everything):
        return 0, {mark: bases[mark] for mark in _marks(site.previous) if mark in bases}
    folders = _folders(site.previous)
    parts = [_kept_or_not(site, name, records, bases, folders.get(bundle(name), []))
             for name, records in shards(found).items()]
    _limit_fresh(parts)
    fresh = _fresh(site, parts, folders.get(bundle(FRESH), []), version)
    made = _make(site, parts, fresh, bases, version)
    _add_manifest(site, parts, bool(fresh.records), bases, everything)
    return made, {part.mark: bases[part.mark] for part in parts}


def _fresh(site: writer.SiteWriter, parts: list[_Shard], files: list[str], version: str) -> _Shard:
    """The index of the records the years' kept indexes have another text of, or none.
    `files`: the paths of the fresh index the site has."""
    fresh = _Shard(FRESH, [record for part in parts for record in part.changed])
    if fresh.records:
        fresh.mark = fingerprint(fresh.records, "pagefind-fresh", version)
        fresh.files = _intact(site, files, fresh.mark)
    return fresh


def _make(site: writer.SiteWriter, parts: list[_Shard], fresh: _Shard, bases: dict[str, Base], version: str) -> int:
    """Record the kept indexes' files, make the others (Pagefind, several at once), and
    add their files; how many were made."""
    todo = [part for part in parts if part.rebuilt()]
    if fresh.records and not fresh.files:
        todo.append(fresh)
    made = _index_all([part.records for part in todo])
    for part in parts + [fresh]:
        for placed in part.files:
            site.record(placed)
        if part not in todo:
            continue
        if part is fresh:
            _place(site, bundle(FRESH), next(made), fresh.mark, None)
        else:
            part.mark = fingerprint(part.records, "pagefind-" + part.name, version)
            bases[part.mark] = _place(site, bundle(part.name), next(made), part.mark, part.records)
    return len(todo)


def _index_all(groups: list[list[Record]]) -> Iterator[list[tuple[str, bytes]]]:
    """Pagefind's files for each group of records, in order, several Pagefind programs at
    once (each uses one core: at 10,000 articles a cold build's indexes take about 35 s of
    CPU). Taken one by one as they come, so that few indexes' bytes are held at a time."""
    if len(groups) <= 1:
        yield from (index_files(group) for group in groups)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(len(groups), os.cpu_count() or 1)) as pool:
        futures = [pool.submit(index_files, group) for group in groups]
        futures.reverse()
        while futures:
            yield futures.pop().result()  # no longer held here once placed


def _keep_all(site: writer.SiteWriter, everything: str) -> bool:
    """Nothing changed since the index was made: keep every file of it."""
    manifest = site.previous.get(MANIFEST)
    if manifest is None or manifest.fingerprint != everything:
        return False
    kept = _intact(site, [path for path in site.previous if path.startswith(BUNDLE)])
    for placed in kept:
        site.record(placed)
    return bool(kept)


def _marks(files: dict) -> set[str]:
    return {entry.fingerprint for path, entry in files.items()
            if path.startswith(BUNDLE) and path != MANIFEST and not path.startswith(bundle(FRESH))}


def _kept_or_not(site: writer.SiteWriter, name: str, records: list[Record], bases: dict[str, Base],
                 files: list[str]) -> _Shard:
    """A year's index as the site holds it, with what changed since, when it can stay.
    `files`: the paths of the year's index the site has."""
    part = _Shard(name, records)
    marks = {site.previous[path].fingerprint for path in files}
    if len(marks) != 1 or next(iter(marks)) not in bases:
        return part
    mark = next(iter(marks))
    base = bases[mark]
    now = {record.url for record in records}
    part.changed = [record for record in records if base.get(record.url, ("",))[0] != record.key]
    part.stale = {base[r.url][1]: r.url for r in part.changed if r.url in base}
    part.stale.update({page: url for url, (_, page, _) in base.items() if url not in now})
    kept = _intact(site, files, mark)
    if len(part.changed) + len(part.stale) <= SHARD_LIMIT and kept:
        part.mark, part.files = mark, kept
    else:
        part.changed, part.stale = [], {}
    return part


def _limit_fresh(parts: list[_Shard]) -> None:
    """Make anew the years with most changes until the fresh index holds FRESH_LIMIT at most."""
    waiting = sorted((p for p in parts if not p.rebuilt()), key=lambda p: (-len(p.changed), p.name))
    total = sum(len(p.changed) for p in waiting)
    for part in waiting:
        if total <= FRESH_LIMIT:
            break
        total -= len(part.changed)
        part.mark, part.changed, part.stale, part.files = "", [], {}, []


def _folders(files: dict) -> dict[str, list[str]]:
    """The search index's files of the site by their folder (`pagefind/2025/`), in one pass
    over its 26,000 files at 10,000 articles rather than two a year."""
    found: dict[str, list[str]] = {}
    for path in files:
        if path.startswith(BUNDLE):
            found.setdefault(path[: path.find("/", len(BUNDLE)) + 1], []).append(path)
    return found


def _intact(site: writer.SiteWriter, paths: list[str], mark: str | None = None) -> list[writer.Placed]:
    """These files (of the site's record) as they are, when all are there as made with
    `mark` (None: each with the fingerprint it was recorded with); else []."""
    kept = [site.current(path, mark or site.previous[path].fingerprint) for path in paths]
    return kept if all(placed is not None for placed in kept) else []  # type: ignore[return-value]


def _place(site: writer.SiteWriter, under: str, files: list[tuple[str, bytes]], mark: str,
           records: list[Record] | None) -> Base:
    """Add one index's files to the site; the Base of its pages (of `records`, if given)."""
    base: Base = {}
    by_url = {r.url: r for r in records or ()}
    for path, data in files:
        if path in UNUSED:
            continue
        site.add(under + path, data, mark)
        if path.startswith("fragment/") and by_url:
            url = json.loads(gzip.decompress(data)[len(SIGNATURE):])["url"]
            record = by_url[url]
            base[url] = (record.key, path[len("fragment/"):-len(".pf_fragment")], record.filters)
    return base


def _add_manifest(site: writer.SiteWriter, parts: list[_Shard], fresh: bool, bases: dict[str, Base],
                  everything: str) -> None:
    """pagefind/gazette.json: the indexes to open (newest year first, the fresh one last),
    the years' pages not to show (page id -> url), and the counts to take off the filters."""
    stale: dict[str, str] = {}
    minus: dict[str, dict[str, int]] = {}
    for part in parts:
        base = bases.get(part.mark, {})
        for page, url in sorted(part.stale.items()):
            stale[page] = url
            for name, values in base[url][2]:
                for value in values:
                    minus.setdefault(name, {})[value] = minus.get(name, {}).get(value, 0) + 1
    manifest = {"bundles": [p.name + "/" for p in parts] + ([FRESH + "/"] if fresh else []),
                "stale": stale, "minus": {name: dict(sorted(v.items())) for name, v in sorted(minus.items())}}
    site.add(MANIFEST, json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode(), everything)


def is_current(files: dict, found: list[Record], version: str) -> bool:
    """Does the output folder's index (by the writer's record) index these records?"""
    manifest = files.get(MANIFEST)
    return manifest is not None and manifest.fingerprint == fingerprint(found, version=version)


def live_pages(out) -> dict[str, dict]:
    """What a search of the site at `out` can find: each page's fragment (url, text,
    filters, meta) by url, from every index the manifest opens, less the stale ones. Two
    sites whose search finds the same have the same live pages, however their indexes
    were made (a cold build, or years' indexes kept with a fresh one beside them)."""
    root = Path(out) / BUNDLE
    manifest = json.loads((root / "gazette.json").read_text(encoding="utf-8"))
    pages: dict[str, dict] = {}
    for name in manifest["bundles"]:
        for path in sorted((root / name / "fragment").iterdir()):
            page = path.name[:-len(".pf_fragment")]
            fragment = json.loads(gzip.decompress(path.read_bytes())[len(SIGNATURE):])
            if manifest["stale"].get(page) == fragment["url"] and name != FRESH + "/":
                continue
            assert fragment["url"] not in pages, f"{fragment['url']} is found twice"
            pages[fragment["url"]] = fragment
    return pages


def record_of(article, old: Record, fmt: i18n.Dates) -> Record:
    """`old` for the article's new text (an edit of text keeps its date, tags and source)."""
    meta = dict(old.meta)
    meta["title"] = article.title
    meta_items = tuple(meta.items())
    return replace(old, key=_key(article, old.language, meta_items, old.filters), meta=meta_items, article=article)


def _content(article) -> str:
    return text_of(article.title, article.summary if article.has_summary else "", article.body_html, limit=None)


# Pagefind's own ready-made interfaces: the search page has its own, in the theme's words.
UNUSED = frozenset({"pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"})

