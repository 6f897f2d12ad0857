"""Live preview: `python build.py serve` and `python build.py build --watch`.

Four small parts, each usable (and tested) alone:

* `Watcher` watches the site's sources with watchdog (content, templates, static
  and site.toml; never the output folder, its staging siblings, the build cache or
  editors' temporary files) and hands out the changed paths in debounced batches, so
  an editor's save burst is one rebuild.
* `Rebuilder` runs `Builder.build(changed)` and turns each outcome into what the
  browser is told: a full reload, a stylesheet swap (only .css files changed), or
  the problems to show in an overlay. A user's mistake never stops anything: a
  ProblemError keeps the last good site and shows the overlay; any other exception
  is printed and shown too, and the next change builds again.
* `LiveState` is what the watcher, the builds and the HTTP requests share: requests
  that arrive while a change is waiting to be built, or being built, wait for the
  build (bounded), so nobody sees a half-built site; the browser's event stream
  waits for news.
* `Server` serves the output folder over HTTP (threaded, stdlib only), safely: only
  files inside the output folder, resolved afresh on every request because builds
  replace files by renames. Served HTML pages get one extra `<script>` tag that
  loads the live-reload client; files on disk never do.

The browser learns about builds over Server-Sent Events (`/__gazette__/events`).
Events: `reload`, `css` and `problems` (named so rather than `error`, which
EventSource already uses for a lost connection). Each event's id is the site's
version, so a reconnecting page, or one that was served just before a build,
catches up.
"""

from __future__ import annotations

import errno
import fnmatch
import json
import os
import socket
import sys
import threading
import time
import traceback
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import quote, unquote, urlsplit

from gazette.problems import ProblemError

RESERVED = "/__gazette__/"
EVENTS_PATH = RESERVED + "events"
SCRIPT_PATH = RESERVED + "livereload.js"

DEBOUNCE = 0.05  # seconds of quiet after the last change before building (a save burst takes a few ms)
MAX_DEBOUNCE = 2.0  # build anyway after this long, even if changes keep coming
REQUEST_WAIT = 60.0  # longest a request waits for a build before it is served what there is
HEARTBEAT = 15.0  # seconds between keep-alive comments on an idle event stream

CACHE_DIR = ".gazette-cache"
# Editors' temporary and backup files (vim, emacs, JetBrains, gedit, macOS, Chromium's File System Access).
IGNORED_NAMES = ("*.swp", "*.swo", "*.swx", "*~", ".#*", "#*#", "4913", ".DS_Store", "*___jb_tmp___",
                 "*___jb_old___", ".goutputstream-*", "*.crswap", "*.tmp",
                 "sed" + "[0-9A-Za-z]" * 6)  # sed -i's temporary file

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


def content_type(name: str) -> str:
    suffix = os.path.splitext(name)[1].lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    if name in ("CNAME", ".nojekyll", ".gazette"):
        return "text/plain" + _TEXT
    import mimetypes

    guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return guessed + _TEXT if guessed.startswith("text/") else guessed


class ServeError(Exception):
    """The server cannot start (port in use, bad address): a one-line message for the user."""


# --- what the watcher, the builds and the requests share ---------------------------------------


class LiveState:
    """The site's version, the current problems, and who waits for what.

    `version` counts the builds the browser must hear about; `log` says what each
    was ("reload", "css" or "problems"). Requests read files inside `reading()`, which
    waits while a change is pending or a build runs; a build starts only when no
    request is reading (bounded), so a page and the files it links come from one build.
    """

    def __init__(self):
        self._cond = threading.Condition()
        self.boot = f"{os.getpid():x}{int(time.time() * 1000) % 0xFFFFFF:x}"
        self.number = 0
        self.log: deque[tuple[int, str]] = deque(maxlen=100)
        self.problems: list[str] = []
        self.pending = False  # a change was seen and is not built yet
        self.building = False
        self.readers = 0
        self.builds = 0  # builds finished, whatever their outcome
        self.streams = 0  # pages listening for events now
        self.stopping = False

    @property
    def version(self) -> str:
        return f"{self.boot}.{self.number}"

    def change_seen(self) -> None:
        with self._cond:
            self.pending = True

    def build_started(self, timeout: float = 10.0) -> None:
        with self._cond:
            self.pending = True
            self._cond.wait_for(lambda: self.readers == 0, timeout)
            self.building = True

    def build_finished(self, kind: str | None, problems: list[str] | None = None) -> None:
        """kind: what the browser must do ("reload", "css", "problems") or None (nothing changed)."""
        with self._cond:
            if kind == "problems" and problems == self.problems:
                kind = None  # the same problems again: nothing new to show
            if kind is not None:
                self.number += 1
                self.log.append((self.number, kind))
            self.problems = list(problems or [])
            self.pending = False
            self.building = False
            self.builds += 1
            self._cond.notify_all()

    def listening(self, delta: int) -> None:
        with self._cond:
            self.streams += delta
            self._cond.notify_all()

    def wait_for_listeners(self, count: int, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self.streams >= count, timeout)

    def stop(self) -> None:
        with self._cond:
            self.stopping = True
            self._cond.notify_all()

    @property
    def busy(self) -> bool:
        return self.pending or self.building

    @contextmanager
    def reading(self, timeout: float = REQUEST_WAIT):
        """Wait (at most `timeout`) until no build is pending or running, then hold builds off."""
        with self._cond:
            self._cond.wait_for(lambda: not self.busy or self.stopping, timeout)
            self.readers += 1
            version = self.version
        try:
            yield version
        finally:
            with self._cond:
                self.readers -= 1
                self._cond.notify_all()

    def wait_idle(self, builds_after: int, timeout: float) -> bool:
        """True once more than `builds_after` builds finished and nothing is pending (for tests)."""
        with self._cond:
            return self._cond.wait_for(lambda: self.builds > builds_after and not self.busy, timeout)

    def news(self, seen: str, timeout: float) -> tuple[str, tuple[str, object] | None]:
        """Wait for a version newer than `seen`; return (version, (event, data)) or (seen, None)."""
        with self._cond:
            self._cond.wait_for(lambda: self.version != seen or self.stopping, timeout)
            if self.stopping or self.version == seen:
                return seen, None
            return self.version, self._event_since(seen)

    def _event_since(self, seen: str) -> tuple[str, object]:
        if self.problems:
            return "problems", list(self.problems)
        boot, _, number = seen.partition(".")
        if boot != self.boot or not number.isdigit():
            return "reload", None  # a page from another run of the server
        since = int(number)
        kinds = [kind for n, kind in self.log if n > since]
        covered = self.log and self.log[0][0] <= since + 1
        if covered and kinds and all(kind == "css" for kind in kinds):
            return "css", None
        return "reload", None

    def hello(self, seen: str) -> tuple[str, tuple[str, object] | None]:
        """What a page that was served at version `seen` must hear on connecting."""
        with self._cond:
            if self.problems:
                return self.version, ("problems", list(self.problems))
            if seen != self.version:
                return self.version, self._event_since(seen)
            return self.version, None


# --- builds -------------------------------------------------------------------------------------


@dataclass
class Outcome:
    """One build: its result, or the problems that stopped it."""

    result: object | None = None  # BuildResult
    problems: list = field(default_factory=list)  # Problem values (or strings for a crash)
    crashed: BaseException | None = None
    changed: frozenset = frozenset()
    kind: str | None = None  # what the browser was told

    @property
    def ok(self) -> bool:
        return self.result is not None


def browser_action(changed_files: Iterable[str], had_problems: bool) -> str | None:
    """What a page must do after a good build: None, a stylesheet swap, or a reload."""
    files = [f for f in changed_files if f != ".gazette"]
    if had_problems:
        return "reload"  # the overlay goes, whatever changed
    if not files:
        return None
    if all(f.endswith(".css") for f in files):
        return "css"
    return "reload"


class Rebuilder:
    """Runs the builder's builds and tells `live` (if any) and `report` about each."""

    def __init__(self, builder, live: LiveState | None = None,
                 report: Callable[[Outcome], None] | None = None):
        self.builder = builder
        self.live = live
        self.report = report or (lambda outcome: None)
        self.failed = False

    def build(self, changed: set[Path] | None) -> Outcome:
        outcome = Outcome(changed=frozenset(changed or ()))
        if self.live:
            self.live.build_started()
        shown: list[str] = []
        try:
            outcome.result = self.builder.build(changed)
        except ProblemError as exc:
            outcome.problems = list(exc.problems)
            shown = [str(p) for p in exc.problems]
        except Exception as exc:  # a bug or an OS error: print it, keep serving, build again on the next change
            outcome.crashed = exc
            shown = [f"Gazette failed while building: {type(exc).__name__}: {exc} (details in the terminal)"]
        finally:
            if outcome.ok:
                outcome.kind = browser_action(outcome.result.changed_files, self.failed)
                self.failed = False
            elif outcome.problems or outcome.crashed:
                outcome.kind = "problems"
                self.failed = True
            if self.live:
                self.live.build_finished(outcome.kind, shown)
        self.report(outcome)
        return outcome

    def settle(self, stop: Callable[[], bool] | None = None) -> None:
        """Let the builder do what it put off (the build cache after a patch, preparing the
        next patch) until `stop()` says a change came."""
        settle = getattr(self.builder, "settle", None)
        if settle is None:
            return
        try:
            for problem in settle(stop):
                print(problem, file=sys.stderr)
        except Exception:  # a bug: print it, keep serving
            traceback.print_exc()


# --- watching -----------------------------------------------------------------------------------


def _is_under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


class Watcher:
    """Watches a site's sources; `next_batch()` returns the changed paths, debounced.

    Watched: the content, templates and static folders (recursively) and site.toml (by
    watching the site folder itself, not recursively, which also sees a watched folder
    appear or vanish). The folders come from the builder's settings and are watched
    anew when a rebuild changes them.
    """

    def __init__(self, builder, on_change: Callable[[], None] | None = None,
                 debounce: float = DEBOUNCE, max_wait: float = MAX_DEBOUNCE):
        from watchdog.observers import Observer

        self.builder = builder
        self.on_change = on_change or (lambda: None)
        self.debounce = debounce
        self.max_wait = max_wait
        self.observer = Observer(timeout=0.2)
        self._cond = threading.Condition()
        self._changed: set[Path] = set()
        self._first = self._last = 0.0
        self._stopped = False
        self._watches: dict[tuple[str, bool], object] = {}
        self._folders: list[str] = []
        self._ignored: list[str] = []
        self._config_file = ""

    # which paths matter

    def _layout(self) -> tuple[str, list[str], list[str], str]:
        root = os.path.realpath(self.builder.root)
        config = self.builder.config
        names = {"content_dir": "content", "templates_dir": "templates", "static_dir": "static"}
        folders = [os.path.realpath(os.path.join(root, getattr(config, key, default) if config else default))
                   for key, default in names.items()]
        out = _output_folder(self.builder)
        ignored = [os.path.join(root, CACHE_DIR)]
        if out is not None:
            out = os.path.realpath(out)
            parent, name = os.path.split(out)
            ignored += [out, os.path.join(parent, f".{name}.new"), os.path.join(parent, f".{name}.old")]
        return root, folders, ignored, os.path.join(root, "site.toml")

    def relevant(self, path: str) -> bool:
        """Is a change to `path` (absolute, real) one the site is built from?"""
        if any(_is_under(path, folder) for folder in self._ignored):
            return False
        name = os.path.basename(path)
        if any(fnmatch.fnmatchcase(name, pattern) for pattern in IGNORED_NAMES):
            return False
        if path == self._config_file:
            return True
        return any(_is_under(path, folder) for folder in self._folders)

    # watchdog's thread calls this

    def dispatch(self, event) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        if event.is_directory and event.event_type == "modified":
            return  # a folder's own times change with every file in it; the file events say more
        paths = [event.src_path, getattr(event, "dest_path", "")]
        hits = []
        for raw in paths:
            if not raw:
                continue
            path = os.fsdecode(raw)
            if self.relevant(path):
                hits.append(Path(path))
        if not hits:
            return
        now = time.monotonic()
        first = False
        with self._cond:
            if not self._changed:
                self._first = now
                first = True
            self._changed.update(hits)
            self._last = now
            self._cond.notify_all()
        if first:
            self.on_change()

    # lifecycle

    def sync(self) -> None:
        """Watch the folders the settings name now (they may have changed, appeared or gone)."""
        root, folders, ignored, config_file = self._layout()
        self._folders, self._ignored, self._config_file = folders, ignored, config_file
        wanted = {(root, False)} | {(f, True) for f in folders if os.path.isdir(f)}
        if (root, True) in wanted:
            wanted.discard((root, False))
        for key in list(self._watches):
            if key not in wanted or not os.path.isdir(key[0]):
                self._unschedule(key)
        for key in sorted(wanted):
            if key not in self._watches:
                try:
                    self._watches[key] = self.observer.schedule(self, key[0], recursive=key[1])
                except OSError as exc:
                    print(f"warning: cannot watch {key[0]}: {exc.strerror or exc}", file=sys.stderr)

    def _unschedule(self, key) -> None:
        watch = self._watches.pop(key, None)
        if watch is not None:
            try:
                self.observer.unschedule(watch)
            except (KeyError, OSError):
                pass

    def start(self) -> "Watcher":
        self.sync()
        self.observer.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
        try:
            self.observer.stop()
            self.observer.join(timeout=5)
        except RuntimeError:
            pass  # never started

    def next_batch(self, timeout: float) -> set[Path] | None:
        """The paths changed since the last batch, once `debounce` seconds passed without a
        new change (or `max_wait` since the first); None after `timeout` without a change."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._changed or self._stopped, timeout) or self._stopped:
                return None
            while True:
                now = time.monotonic()
                left = min(self._last + self.debounce - now, self._first + self.max_wait - now)
                if left <= 0 or self._stopped:
                    break
                self._cond.wait(left)
            batch, self._changed = self._changed, set()
            return batch

    def pending(self) -> bool:
        """Has a change come that the next batch will hold (or has the watcher stopped)?"""
        with self._cond:
            return bool(self._changed) or self._stopped

    def rescan_if_moved(self, batch: set[Path]) -> None:
        """Watch again after a batch: a watched folder that was deleted, moved or made anew
        needs a new watch, and new settings may name other folders."""
        touched = {str(p) for p in batch}
        for key in [k for k in self._watches if k[0] in touched]:
            self._unschedule(key)
        self.sync()

    def changed_since(self, started: float) -> None:
        """Queue what changed on disk since `started` (time.time()) but before the watch began:
        files and folders (a deletion changes its folder's time) modified after it."""
        hits: set[Path] = set()
        candidates = [self._config_file]
        for folder in self._folders:
            for parent, dirs, files in os.walk(folder):
                candidates.append(parent)
                candidates.extend(os.path.join(parent, name) for name in files)
        for path in candidates:
            try:
                if os.stat(path).st_mtime >= started and self.relevant(path):
                    hits.add(Path(path))
            except OSError:
                continue
        if hits:
            with self._cond:
                now = time.monotonic()
                if not self._changed:
                    self._first = now
                self._changed |= hits
                self._last = now
                self._cond.notify_all()
            self.on_change()


def _output_folder(builder) -> Path | None:
    if builder.config is not None:
        try:
            return Path(builder.output)
        except Exception:  # pragma: no cover - defensive: a half-loaded builder
            return None
    if builder.out is not None:
        return Path(builder.out)
    return Path(builder.root) / "_site"


# --- HTTP ---------------------------------------------------------------------------------------

_CLIENT_JS = r"""// Gazette live reload: served by `python build.py serve` only, never part of the site.
(function () {
  "use strict";
  var me = document.currentScript;
  var version = me ? me.getAttribute("data-version") : "";
  var OVERLAY = "gazette-overlay";

  function showProblems(problems) {
    var box = document.getElementById(OVERLAY);
    if (!box) {
      box = document.createElement("div");
      box.id = OVERLAY;
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;" +
        "padding:2rem;background:rgba(20,20,20,.97);color:#fff;font:15px/1.5 ui-monospace,monospace;";
      (document.body || document.documentElement).appendChild(box);
    }
    box.textContent = "";
    var title = document.createElement("h2");
    title.style.cssText = "color:#ff8a80;font:bold 18px/1.4 sans-serif;margin:0 0 1rem";
    title.textContent = "The site did not build. You are seeing the last good version; " +
      "fix the problem" + (problems.length === 1 ? "" : "s") + " below and this page reloads.";
    var list = document.createElement("ul");
    list.style.cssText = "margin:0;padding-left:1.2rem";
    problems.forEach(function (text) {
      var item = document.createElement("li");
      item.className = "gazette-problem";
      item.style.cssText = "white-space:pre-wrap;margin:.3rem 0";
      item.textContent = text;
      list.appendChild(item);
    });
    box.appendChild(title);
    box.appendChild(list);
  }

  function swapStylesheets() {
    var links = document.querySelectorAll('link[rel~="stylesheet"][href]');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin) return;
      url.searchParams.set("gazette-reload", String(Date.now()));
      var fresh = link.cloneNode(false);
      fresh.href = url.href;
      var done = function () { if (link.parentNode) link.parentNode.removeChild(link); };
      fresh.addEventListener("load", done);
      fresh.addEventListener("error", done);
      link.parentNode.insertBefore(fresh, link.nextSibling);
    });
  }

  function connect() {
    var source = new EventSource("/__gazette__/events?since=" + encodeURIComponent(version));
    source.addEventListener("reload", function () { source.close(); location.reload(); });
    source.addEventListener("css", function (event) { version = event.lastEventId || version; swapStylesheets(); });
    source.addEventListener("problems", function (event) {
      version = event.lastEventId || version;
      showProblems(JSON.parse(event.data));
    });
  }
  window.__gazetteLiveReload = true;
  connect();
})();
"""
_CLIENT_BYTES = _CLIENT_JS.encode()

_NOT_FOUND = (b"<!DOCTYPE html>\n<html lang=\"en\"><meta charset=\"utf-8\"><title>Not found</title>"
              b"<h1>Not found</h1><p>The site has no page here (and no 404.html).</p></html>\n")


def inject(page: bytes, version: str) -> bytes:
    """The page with the live-reload client added before its last </body> (or at its end)."""
    tag = f'<script src="{SCRIPT_PATH}" data-version="{version}"></script>'.encode()
    at = page.lower().rfind(b"</body>")
    if at < 0:
        return page + tag
    return page[:at] + tag + page[at:]


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
    if not decoded.startswith("/") or any(ch in decoded for ch in "\\\x00") or any(
            ord(ch) < 32 or ord(ch) == 127 for ch in decoded):
        return None
    parts = decoded.split("/")[1:]
    if any(part in (".", "..") for part in parts):
        return None
    return [part for part in parts if part], decoded.endswith("/")


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder + os.sep)


class Handler(BaseHTTPRequestHandler):
    server_version = "Gazette"
    protocol_version = "HTTP/1.1"
    timeout = 30  # idle keep-alive connections close after this
    # Headers and body go out in two writes; with Nagle's algorithm the second waits for the
    # browser's delayed ACK (40 ms on Linux) on every stylesheet of every reload.
    disable_nagle_algorithm = True

    server: "_HTTPServer"

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        if self.server.verbose:
            super().log_message(format, *args)

    def do_GET(self):
        self._respond(head=False)

    def do_HEAD(self):
        self._respond(head=True)

    def _send(self, status: int, body: bytes, ctype: str, head: bool, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _respond(self, head: bool) -> None:
        raw = self.path
        if not raw.startswith("/"):
            raw = urlsplit(raw).path or "/"  # absolute-form request target
        path, _, query = raw.partition("?")
        path = path.partition("#")[0]
        if path == SCRIPT_PATH:
            return self._send(200, _CLIENT_BYTES, CONTENT_TYPES[".js"], head)
        if path == EVENTS_PATH:
            return self._events(query, head)
        live = self.server.live
        with live.reading() as version:
            status, body, ctype, headers = self._lookup(path, query)
        if ctype.startswith("text/html"):
            body = inject(body, version)
        self._send(status, body, ctype, head, headers)

    def _lookup(self, path: str, query: str) -> tuple[int, bytes, str, dict]:
        """(status, body, content type, extra headers) for a request path, read from disk now."""
        out = self.server.output_folder()
        found = url_segments(path)
        if out is None or found is None:
            return self._not_found(out)
        segments, slash = found
        root = os.path.realpath(out)
        target = os.path.realpath(os.path.join(root, *segments))
        if not _inside(target, root):
            return self._not_found(out)
        if os.path.isdir(target):
            if not slash and segments:
                location = "/" + "/".join(quote(s) for s in segments) + "/" + (f"?{query}" if query else "")
                return 301, b"", "text/plain" + _TEXT, {"Location": location}
            target = os.path.realpath(os.path.join(target, "index.html"))
            if not _inside(target, root):
                return self._not_found(out)
        data = _read_file(target)
        if data is None:
            return self._not_found(out)
        return 200, data, content_type(target), {}

    def _not_found(self, out: Path | None) -> tuple[int, bytes, str, dict]:
        if out is not None:
            root = os.path.realpath(out)
            page = os.path.realpath(os.path.join(root, "404.html"))
            data = _read_file(page) if _inside(page, root) else None
            if data is not None:
                return 404, data, CONTENT_TYPES[".html"], {}
        return 404, _NOT_FOUND, CONTENT_TYPES[".html"], {}

    def _events(self, query: str, head: bool) -> None:
        """The event stream: one event per build the page must hear about, until the page goes."""
        live = self.server.live
        params = dict(part.partition("=")[::2] for part in query.split("&") if part)
        seen = self.headers.get("Last-Event-ID") or unquote(params.get("since", ""))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream" + _TEXT)
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if head:
            return
        live.listening(+1)
        try:
            self.wfile.write(b"retry: 500\n\n")
            self.wfile.flush()
            seen, event = live.hello(seen)
            while not live.stopping and not self.server.closing:
                if event is not None:
                    name, data = event
                    self.wfile.write(f"id: {seen}\nevent: {name}\ndata: {json.dumps(data)}\n\n".encode())
                else:
                    self.wfile.write(b": still here\n\n")
                self.wfile.flush()
                seen, event = live.news(seen, HEARTBEAT)
        except (ConnectionError, TimeoutError, OSError):
            pass  # the page went away
        finally:
            live.listening(-1)


def _read_file(path: str) -> bytes | None:
    try:
        with open(path, "rb") as f:
            if not os.path.isfile(path):
                return None
            return f.read()
    except OSError:
        return None


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, handler, live: LiveState, builder, verbose: bool, family: int):
        self.address_family = family
        self.live = live
        self.builder = builder
        self.verbose = verbose
        self.closing = False
        self._connections: set[socket.socket] = set()
        self._conn_lock = threading.Lock()
        super().__init__(address, handler)

    def server_bind(self):
        # HTTPServer.server_bind looks the host name up (getfqdn), which can hang without DNS.
        import socketserver

        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]

    def output_folder(self) -> Path | None:
        return _output_folder(self.builder)

    def get_request(self):
        request, address = super().get_request()
        with self._conn_lock:
            self._connections.add(request)
        return request, address

    def shutdown_request(self, request):
        with self._conn_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        self.closing = True
        with self._conn_lock:
            connections = list(self._connections)
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # a browser closed a connection: nothing to report
        if self.verbose:
            super().handle_error(request, client_address)


def _bind(host: str, port: int, live: LiveState, builder, verbose: bool) -> _HTTPServer:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ServeError(f"cannot listen on {host}: {exc.strerror}") from None
    family, _, _, _, address = infos[0]
    try:
        return _HTTPServer(address[:2], Handler, live, builder, verbose, family)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {host} is already in use: stop the other server "
                             f"or choose another port with --port") from None
        if exc.errno == errno.EACCES:
            raise ServeError(f"not allowed to listen on port {port} of {host}: "
                             f"choose a port above 1023 with --port") from None
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


class Server:
    """Builds the site, serves it with live reload and rebuilds on change.

        server = Server(builder, "127.0.0.1", 0).start()   # port 0: any free port
        server.url                                         # http://127.0.0.1:PORT/
        server.stop()

    `start()` binds (ServeError when it cannot), builds once (a failed build still
    serves, with the overlay), then serves and watches in background threads.
    """

    def __init__(self, builder, host: str = "127.0.0.1", port: int = 8000, *,
                 report: Callable[[Outcome], None] | None = None, verbose: bool = False,
                 debounce: float = DEBOUNCE):
        self.builder = builder
        self.host = host
        self.port = port
        self.live = LiveState()
        self.rebuilder = Rebuilder(builder, self.live, report)
        self.verbose = verbose
        self.debounce = debounce
        self.httpd: _HTTPServer | None = None
        self.watcher: Watcher | None = None
        self._threads: list[threading.Thread] = []
        self._stop = threading.Event()
        self.first: Outcome | None = None

    @property
    def url(self) -> str:
        assert self.httpd is not None, "start() first"
        host, port = self.httpd.server_address[:2]
        if host in ("0.0.0.0", "::"):
            host = "127.0.0.1" if host == "0.0.0.0" else "::1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}/"

    def start(self) -> "Server":
        self.httpd = _bind(self.host, self.port, self.live, self.builder, self.verbose)
        try:
            self.live.change_seen()  # requests wait for the first build
            started = time.time() - 0.05  # file times lag the clock by a tick
            # Built before any thread starts, so the first (maybe full) build may use processes.
            self.first = self.rebuilder.build(None)
            self.watcher = Watcher(self.builder, on_change=self.live.change_seen, debounce=self.debounce).start()
            self.watcher.changed_since(started)  # edits made while the first build ran
            self._spawn(self.httpd.serve_forever, "gazette-http", 0.2)
            self._spawn(self._rebuild_loop, "gazette-rebuild")
        except BaseException:
            self.stop()
            raise
        return self

    def _spawn(self, target, name, *args) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def _rebuild_loop(self) -> None:
        while not self._stop.is_set():
            batch = self.watcher.next_batch(timeout=0.5)
            if batch and not self._stop.is_set():
                self.rebuilder.build(batch)
                self.watcher.rescan_if_moved(batch)
            elif not batch:
                self.rebuilder.settle(self.watcher.pending)  # half a second without a change

    def wait_for_build(self, builds_after: int, timeout: float = 10.0) -> bool:
        """Wait until a build after the `builds_after`th has finished and nothing is pending."""
        return self.live.wait_idle(builds_after, timeout)

    def stop(self) -> None:
        self._stop.set()
        self.live.stop()
        if self.watcher is not None:
            self.watcher.stop()
        if self.httpd is not None:
            if any(t.name == "gazette-http" for t in self._threads):
                self.httpd.shutdown()
            self.httpd.close_connections()
            self.httpd.server_close()
        for thread in self._threads:
            thread.join(timeout=10)
        if not any(t.is_alive() for t in self._threads):
            self.rebuilder.settle(stop=lambda: True)  # only what must be kept: the build cache
        self._threads.clear()

    def __enter__(self) -> "Server":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# --- the commands -------------------------------------------------------------------------------


def _printer(args, failing_hint: str) -> Callable[[Outcome], None]:
    from gazette import cli

    def report(outcome: Outcome) -> None:
        if outcome.ok:
            if getattr(args, "verbose", False) and outcome.changed:
                root = Path(args.site).resolve()
                names = sorted(_relative(p, root) for p in outcome.changed)
                print("Changed: " + ", ".join(names[:10]) + (" ..." if len(names) > 10 else ""), flush=True)
            cli.report(outcome.result, args)
        elif outcome.crashed is not None:
            exc = outcome.crashed
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
            print(f"error: the build failed unexpectedly ({type(exc).__name__}); {failing_hint}",
                  file=sys.stderr, flush=True)
        else:
            for problem in outcome.problems:
                print(problem, file=sys.stderr)
            count = sum(1 for p in outcome.problems if not p.warning)
            print(f"Build failed: {count} problem{'s' * (count != 1)}; {failing_hint}", file=sys.stderr, flush=True)

    return report


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _stop_on_sigterm() -> Callable[[], None]:
    """Make SIGTERM stop like Ctrl-C (when running in the main thread); returns the undo."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    return lambda: signal.signal(signal.SIGTERM, previous)


def run(args, builder) -> int:
    """`python build.py serve`: build, serve with live reload, rebuild on change until Ctrl-C."""
    report = _printer(args, "still serving the last good site; waiting for a fix.")
    server = Server(builder, args.host, args.port, report=report, verbose=getattr(args, "verbose", False))
    try:
        server.start()
    except ServeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    restore = _stop_on_sigterm()
    try:
        if not args.quiet:
            print(f"Serving {_output_folder(builder)} at {server.url} with live reload; "
                  f"watching for changes (Ctrl-C to stop)", flush=True)
        if getattr(args, "open", False):
            import webbrowser

            threading.Thread(target=webbrowser.open, args=(server.url,), daemon=True).start()
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        restore()
    print("Stopped serving.", file=sys.stderr)
    return 0


def watch(args, builder, *, until: threading.Event | None = None) -> int:
    """`python build.py build --watch`: build, then rebuild on every change until Ctrl-C
    (or until `until` is set, for tests)."""
    report = _printer(args, "the output folder is unchanged; waiting for a fix.")
    rebuilder = Rebuilder(builder, None, report)
    started = time.time() - 0.05
    rebuilder.build(None)
    watcher = Watcher(builder)
    restore = _stop_on_sigterm()
    try:
        watcher.start()
        watcher.changed_since(started)
        if not args.quiet:
            print("Watching for changes (Ctrl-C to stop)", flush=True)
        while until is None or not until.is_set():
            batch = watcher.next_batch(timeout=0.5)
            if batch:
                rebuilder.build(batch)
                watcher.rescan_if_moved(batch)
            else:
                rebuilder.settle(watcher.pending)
    except KeyboardInterrupt:
        pass
    finally:
        watcher.stop()
        rebuilder.settle(stop=lambda: True)  # only what must be kept: the build cache
        restore()
    print("Stopped watching.", file=sys.stderr)
    return 0
