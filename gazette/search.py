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
whole index. So the index is made only when its records changed (their digest is
the fingerprint of every file under `pagefind/`); a build where they did not keeps
the files as they are. Pagefind's bytes come back from `get_files()` and go through
the writer like every other file. In `serve`, an edit of an article's text is
patched into the pages first and the index follows when the builder settles, after
the browser has the page (incremental.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import threading
from dataclasses import dataclass, replace
from typing import Iterable

from gazette import render, urls, writer
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


def records(lib, config: SiteConfig, fmt: render.Formats | None = None) -> list[Record]:
    """One record per published article, newest first."""
    fmt = fmt or render.Formats(config)
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
                  ("datetime", fmt.isodate(article.date, article.date_is_day)),
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


def plan(config: SiteConfig) -> list[render.RenderJob]:
    """The search page, when the site has search."""
    if not config.search:
        return []
    return [render.RenderJob(urls.SEARCH_PATH, SEARCH_TEMPLATE, {})]


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
    requests = [{"type": "NewIndex", "config": {"write_playground": False}}]
    requests += [{"type": "AddRecord", "index_id": 0, "url": r.url, "content": r.content, "language": r.language,
                  "meta": dict(r.meta), "filters": {name: list(values) for name, values in r.filters if values},
                  "sort": None} for r in found]
    requests.append({"type": "GetFiles", "index_id": 0})
    answers = _converse(str(binary), requests)
    files = answers[-1].get("files")
    if answers[-1].get("type") != "GetFiles" or files is None:
        raise PagefindError(f"Pagefind did not give its files: {str(answers[-1])[:300]}")
    return sorted((str(f["path"]), base64.b64decode(f["content"])) for f in files)


def _converse(binary: str, requests: list[dict]) -> list[dict]:
    """Send every request (message ids 1..n), return the n answers' payloads in order."""
    process = subprocess.Popen([binary, "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    assert process.stdin is not None and process.stdout is not None

    def send() -> None:
        try:
            for number, payload in enumerate(requests, 1):
                message = json.dumps({"message_id": number, "payload": payload}).encode()
                process.stdin.write(base64.b64encode(message) + b",")
            process.stdin.flush()
        except (BrokenPipeError, OSError):
            pass  # the program stopped: the reader says why

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    answers: dict[int, dict] = {}
    pieces: list[bytes] = []  # of the message being read (the files of an index come as one of tens of MB)
    try:
        while len(answers) < len(requests):
            chunk = process.stdout.read1(1 << 20)
            if not chunk:
                raise PagefindError(f"Pagefind stopped after {len(answers)} of {len(requests)} answers")
            *ends, rest = chunk.split(b",")
            for end in ends:
                pieces.append(end)
                _take(b"".join(pieces), answers)
                pieces = []
            pieces.append(rest)
    finally:
        process.stdin.close()
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


def add_index(site: writer.SiteWriter, found: list[Record]) -> bool:
    """Put the search index of these records into the site: the files as they are when
    the records did not change, else a new index. True when Pagefind ran."""
    mark = fingerprint(found)
    kept = [site.current(path, mark) for path in site.previous if path.startswith(BUNDLE)]
    if kept and all(placed is not None for placed in kept):
        for placed in kept:
            site.record(placed)
        return False
    for path, data in index_files(found):
        if path not in UNUSED:
            site.add(BUNDLE + path, data, mark)
    return True


def keep_index(site: writer.SiteWriter) -> None:
    """Keep the index files of the last build as they are (a long-running builder makes
    the new index later, when it settles: see `refresh`)."""
    for path, entry in site.previous.items():
        if path.startswith(BUNDLE):
            placed = site.current(path, entry.fingerprint)
            if placed is not None:
                site.record(placed)


def is_current(files: dict, found: list[Record]) -> bool:
    """Do the output folder's index files (by the writer's record) index these records?"""
    mark = fingerprint(found)
    marks = {entry.fingerprint for path, entry in files.items() if path.startswith(BUNDLE)}
    return marks == {mark}


def record_of(article, old: Record, fmt: render.Formats) -> Record:
    """`old` for the article's new text (an edit of text keeps its date, tags and source)."""
    meta = dict(old.meta)
    meta["title"] = article.title
    return replace(old, content=_content(article), meta=tuple(meta.items()))


def _content(article) -> str:
    return text_of(article.title, article.summary if article.has_summary else "", article.body_html)


# Pagefind's own ready-made interfaces: the search page has its own, in the theme's words.
UNUSED = frozenset({"pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"})

