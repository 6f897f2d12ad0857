"""What the preview server may send from disk, decided without any socket: the output
folder, request paths that stay inside it, content types, and byte ranges."""

from __future__ import annotations

import mimetypes
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import quote, unquote

_TEXT = "; charset=utf-8"
CONTENT_TYPES = {
    ".html": "text/html" + _TEXT, ".htm": "text/html" + _TEXT,
    ".css": "text/css" + _TEXT, ".js": "text/javascript" + _TEXT, ".mjs": "text/javascript" + _TEXT,
    ".xml": "application/xml" + _TEXT, ".xsl": "application/xml" + _TEXT,
    ".json": "application/json" + _TEXT, ".webmanifest": "application/manifest+json" + _TEXT,
    ".txt": "text/plain" + _TEXT, ".md": "text/plain" + _TEXT, ".csv": "text/csv" + _TEXT,
    ".svg": "image/svg+xml" + _TEXT,
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
    ".webp": "image/webp", ".avif": "image/avif", ".ico": "image/x-icon",
    ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf", ".otf": "font/otf",
    ".pdf": "application/pdf", ".mp4": "video/mp4", ".webm": "video/webm", ".mp3": "audio/mpeg",
    ".wasm": "application/wasm",
}
HTML = CONTENT_TYPES[".html"]
PLAIN = "text/plain" + _TEXT


def content_type(name: str) -> str:
    suffix = os.path.splitext(name)[1].lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    if name in ("CNAME", ".nojekyll", ".gazette"):
        return PLAIN
    guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return guessed + _TEXT if guessed.startswith("text/") else guessed


def output_folder(builder) -> Path | None:
    """The folder the builder writes (and the server serves), as far as it is known yet."""
    if builder.config is not None:
        try:
            return Path(builder.output)
        except Exception:  # pragma: no cover - defensive: a half-loaded builder
            return None
    if builder.out is not None:
        return Path(builder.out)
    return Path(builder.root) / "_site"


def has_site(builder) -> bool:
    """Does the output folder hold a site Gazette built, one to serve while a build fails?"""
    from gazette.writer import MARKER

    out = output_folder(builder)
    return out is not None and (out / MARKER).is_file()


def url_segments(raw_path: str) -> tuple[list[str], bool] | None:
    """The decoded segments of a request path and whether it ends with '/', or None when
    the path could point outside the output folder or is not a plain path."""
    if "\\" in raw_path or "\x00" in raw_path:
        return None
    lowered = raw_path.lower()
    if any(code in lowered for code in ("%2f", "%5c", "%00")):
        return None
    try:
        decoded = unquote(raw_path, errors="strict")
    except UnicodeDecodeError:
        return None
    if not decoded.startswith("/") or any(ord(ch) < 32 or ord(ch) == 127 or ch == "\\" for ch in decoded):
        return None
    parts = decoded.split("/")[1:]
    if any(part in (".", "..") for part in parts):
        return None
    return [part for part in parts if part], decoded.endswith("/")


def inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder + os.sep)


@dataclass
class Found:
    """What a request path names: a file to send (`path`), a redirect (`location`), or
    nothing (status 404, `path` then the site's 404.html if it has one)."""

    status: int
    path: str | None = None
    location: str | None = None
    headers: dict = field(default_factory=dict)

    @property
    def ctype(self) -> str:
        if self.status == 404:
            return HTML
        return content_type(self.path) if self.path else PLAIN


def lookup(out: Path | None, raw_path: str, query: str) -> Found:
    """Resolve a request path against the output folder as it is on disk now (builds
    replace files by renames, so nothing is remembered between requests)."""
    found = url_segments(raw_path)
    if out is None or found is None:
        return not_found(out)
    segments, slash = found
    root = os.path.realpath(out)
    target = os.path.realpath(os.path.join(root, *segments))
    if not inside(target, root):
        return not_found(out)
    if os.path.isdir(target):
        if not slash and segments:
            location = "/" + "/".join(quote(s) for s in segments) + "/" + (f"?{query}" if query else "")
            return Found(301, location=location, headers={"Location": location})
        target = os.path.realpath(os.path.join(target, "index.html"))
        if not inside(target, root) or not os.path.isfile(target):
            return not_found(out)
    if not os.path.isfile(target):
        return not_found(out)
    return Found(200, target)


def not_found(out: Path | None) -> Found:
    if out is not None:
        root = os.path.realpath(out)
        page = os.path.realpath(os.path.join(root, "404.html"))
        if inside(page, root) and os.path.isfile(page):
            return Found(404, page)
    return Found(404)


def open_regular(path: str):
    """The file at `path` opened for reading, or None if it is gone or not a regular file
    (a FIFO would block the request forever)."""
    try:
        f = open(path, "rb", buffering=0)
    except OSError:
        return None
    if not os.path.isfile(path) or not _regular(f):
        f.close()
        return None
    return f


def _regular(f) -> bool:
    import stat

    return stat.S_ISREG(os.fstat(f.fileno()).st_mode)


_RANGE = re.compile(r"\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*", re.IGNORECASE)


def byte_range(header: str | None, size: int) -> tuple[int, int] | Literal[False] | None:
    """The one range (first, last) that a `Range` header asks for in a file of `size` bytes.

    None: send the whole file (no header, or one this server does not answer with part of
    the file: several ranges, another unit, or a header that is not valid and so ignored).
    False: the range is not satisfiable (416).
    """
    match = _RANGE.fullmatch(header) if header else None
    if match is None:
        return None
    first, last = match.groups()
    if first:  # bytes=A-B or bytes=A-
        start = int(first)
        if last and int(last) < start:
            return None  # not valid: ignored
        return (start, min(int(last), size - 1) if last else size - 1) if start < size else False
    if not last:
        return None  # "bytes=-": not valid
    suffix = int(last)  # bytes=-N: the last N bytes
    return (max(0, size - suffix), size - 1) if suffix and size else False
