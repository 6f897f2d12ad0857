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
import io
import json
import subprocess
import threading
from dataclasses import dataclass, replace
from typing import Any, Iterable

from gazette import i18n, render, urls, writer
from gazette.config import SiteConfig
from gazette.related import text_of

BUNDLE = "pagefind/"  # the index's folder in the site
SEARCH_TEMPLATE = "search.html"


@dataclass(frozen=True)
class Record:
    url: str  # site path of the article page, e.g. 2025/01/deepseek-upends-ai/
    content: str
    language: str
    meta: tuple[tuple[str, str], ...]
    filters: tuple[tuple[str, tuple[str, ...]], ...]


def language(config: SiteConfig) -> str:
    """Pagefind's language code for the site's pages: `en` for `en-GB`."""
    return config.language.split("-")[0].lower()


def records(lib, config: SiteConfig, fmt: i18n.Dates | None = None) -> list[Record]:
    """One record per published article, newest first."""
    fmt = fmt or i18n.Dates(config.tz, config.language)
    lang = language(config)
    found = []
    for article in lib.articles:
        local = fmt.local(article.date, article.date_is_day)
        tags = tuple(link.name for link in lib.tags_of.get(article.url, ()))
        source = lib.source_of.get(article.url)
        found.append(Record(
            url=article.url,
            content=_content(article),
            language=lang,
            meta=(("title", article.title), ("date", fmt.longdate(article.date, article.date_is_day)),
                  ("datetime", render.isodate(article.date, article.date_is_day, fmt.tz)),
                  ("source", source.name if source else article.source)),
            filters=(("tag", tags), ("source", (source.name if source else article.source,)),
                     ("year", (str(local.year),))),
        ))
    return found


def fingerprint(found: Iterable[Record]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for record in found:
        digest.update(repr(record).encode() + b"\0")
    return "pagefind:" + digest.hexdigest()


def plan(config: SiteConfig, lib) -> list[render.RenderJob]:
    """The search page, when the site has search; it opens the index of each year."""
    if not config.search:
        return []
    return [render.RenderJob(urls.SEARCH_PATH, SEARCH_TEMPLATE,
                             {"shards": tuple(bundle(str(year.year)) for year in lib.years)})]


class PagefindError(RuntimeError):
    pass


def index_files(found: list[Record]) -> list[tuple[str, bytes]]:
    """Pagefind's files for these records: (path under pagefind/, bytes), sorted.

    Talks to Pagefind's service (`pagefind --service`, the program behind its Python
    API) directly: the Python API waits a tenth of a second before reading each
    answer (10,000 records: a quarter of an hour) and cannot read an answer larger
    than 2 MiB (the files of a large index come back as one). Here every request is
    written from a thread while the answers are read as they come."""
    from pagefind.service import get_executable

    binary = get_executable()
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


def add_index(site: writer.SiteWriter, found: list[Record]) -> int:
    """Put the search indexes of these records into the site, one per year: each as it
    is when its records did not change, else made anew. How many Pagefind made."""
    made = 0
    for shard, records in shards(found).items():
        mark = fingerprint(records)
        under = bundle(shard)
        kept = [site.current(path, mark) for path in site.previous if path.startswith(under)]
        if kept and all(placed is not None for placed in kept):
            for placed in kept:
                site.record(placed)  # type: ignore[arg-type]  # (none is None)
            continue
        made += 1
        for path, data in index_files(records):
            if path not in UNUSED:
                site.add(under + path, data, mark)
    return made


def is_current(files: dict, found: list[Record]) -> bool:
    """Do the output folder's index files (by the writer's record) index these records?"""
    marks: dict[str, set[str]] = {}
    for path, entry in files.items():
        if path.startswith(BUNDLE):
            marks.setdefault(path[len(BUNDLE):].split("/", 1)[0], set()).add(entry.fingerprint)
    return marks == {shard: {fingerprint(records)} for shard, records in shards(found).items()}


def record_of(article, old: Record, fmt: i18n.Dates) -> Record:
    """`old` for the article's new text (an edit of text keeps its date, tags and source)."""
    meta = dict(old.meta)
    meta["title"] = article.title
    return replace(old, content=_content(article), meta=tuple(meta.items()))


def _content(article) -> str:
    return text_of(article.title, article.summary if article.has_summary else "", article.body_html, limit=None)


# Pagefind's own ready-made interfaces: the search page has its own, in the theme's words.
UNUSED = frozenset({"pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"})

