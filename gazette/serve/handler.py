"""One HTTP connection of the preview server: files from the output folder (streamed,
with single byte ranges), HTML pages with the live-reload script added, the script
itself, and the event stream."""

from __future__ import annotations

import os
import select
import socket
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from gazette.serve.client import CLIENT_JS, NOT_FOUND, inject
from gazette.serve.files import CONTENT_TYPES, HTML, PLAIN, Found, byte_range, lookup, open_regular
from gazette.serve.live import EVENTS_PATH, SCRIPT_PATH, stream_events

if TYPE_CHECKING:
    from gazette.serve.httpd import HTTPServer

# A client that sends nothing (a request, or the rest of one) or takes nothing of a
# response for this many seconds is dropped, so slow or stalled clients cannot hold the
# handler threads; idle kept-alive connections close after this too.
CLIENT_TIMEOUT = 30
KEEP_ALIVE = 5  # seconds a kept-alive connection may wait for its next request, holding a thread


def request_target(raw: str) -> tuple[str, str]:
    """(path, query) of a request target, in origin form or absolute form."""
    if not raw.startswith("/"):
        raw = urlsplit(raw).path or "/"
    path, _, query = raw.partition("?")
    return path.partition("#")[0], query


def peer_closed(sock: socket.socket) -> bool:
    """Has the other end closed this connection? (It is readable, and what there is to read
    is the end.) An event stream's page never sends anything, so this is how it is seen
    to go without waiting for a write to fail."""
    try:
        if hasattr(select, "poll"):  # any file number (select() is limited to 1024)
            poller = select.poll()
            poller.register(sock, select.POLLIN)
            readable = bool(poller.poll(0))
        else:
            readable = bool(select.select([sock], [], [], 0)[0])
        return readable and sock.recv(1, socket.MSG_PEEK) == b""
    except (OSError, ValueError):
        return True


class Handler(BaseHTTPRequestHandler):
    server_version = "Gazette"
    protocol_version = "HTTP/1.1"
    timeout = CLIENT_TIMEOUT
    # Headers and body go out in two writes; with Nagle's algorithm the second waits for the
    # browser's delayed ACK (40 ms on Linux) on every stylesheet of every reload.
    disable_nagle_algorithm = True

    server: "HTTPServer"

    def setup(self):
        self.timeout = self.server.client_timeout  # the socket's timeout, set by the base class
        super().setup()

    def handle(self):
        """The requests of one connection; between two, it may stay idle KEEP_ALIVE seconds."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.connection.settimeout(min(KEEP_ALIVE, self.timeout))
            self.handle_one_request()

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        if self.server.verbose:
            super().log_message(format, *args)

    def do_GET(self):
        self.connection.settimeout(self.timeout)
        self._respond(head=False)

    def do_HEAD(self):
        self.connection.settimeout(self.timeout)
        self._respond(head=True)

    def _head(self, status: int, ctype: str, length: int, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(length))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if self.server.crowded():
            self.send_header("Connection", "close")  # free this thread for a connection that waits
        self.end_headers()

    def _send_bytes(self, status: int, body: bytes, ctype: str, head: bool, headers: dict | None = None) -> None:
        self._head(status, ctype, len(body), headers)
        if not head:
            self.wfile.write(body)

    def _respond(self, head: bool) -> None:
        path, query = request_target(self.path)
        if path == SCRIPT_PATH:
            return self._send_bytes(200, CLIENT_JS, CONTENT_TYPES[".js"], head)
        if path == EVENTS_PATH:
            return self._events(query, head)
        # Everything read from the output folder comes from one build: what is opened inside
        # `reading()` keeps its bytes even when a build then replaces the file.
        with self.server.live.reading() as version:
            found, opened = self._open(path, query)
            body = NOT_FOUND if found.status == 404 else b""
            if opened is not None and found.ctype == HTML:
                with opened:  # a page gets the script, so it is read whole (pages are small)
                    body = opened.read()
                opened = None
        if opened is not None:
            with opened:
                return self._send_file(found.ctype, opened, head)
        if found.ctype == HTML:
            body = inject(body, version)
        self._send_bytes(found.status, body, found.ctype, head, found.headers)

    def _open(self, path: str, query: str):
        """What the path names, and that file opened (None for a redirect or no file)."""
        found = lookup(self.server.output_folder(), path, query)
        if found.path is None:
            return found, None
        opened = open_regular(found.path)
        if opened is None:  # gone (or replaced by something else) since the lookup
            return Found(404), None
        return found, opened

    def _send_file(self, ctype: str, f, head: bool) -> None:
        """The file, or the one byte range the request asks for, streamed from disk."""
        size = os.fstat(f.fileno()).st_size
        # If-Range needs a validator this server does not give: send the whole file then.
        wanted = None if self.headers.get("If-Range") else byte_range(self.headers.get("Range"), size)
        if wanted is False:
            return self._send_bytes(416, b"", PLAIN, head, {"Content-Range": f"bytes */{size}",
                                                            "Accept-Ranges": "bytes"})
        start, end = wanted or (0, size - 1)
        headers = {"Accept-Ranges": "bytes"}
        if wanted:
            headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        self._head(206 if wanted else 200, ctype, end - start + 1, headers)
        if not head and end >= start:
            # The kernel copies from the file to the socket (os.sendfile, or reads of a few
            # KiB where there is none): the file is never in memory whole.
            if self.connection.sendfile(f, start, end - start + 1) < end - start + 1:
                self.close_connection = True  # the file shrank while it was sent: the answer is cut short

    def _events(self, query: str, head: bool) -> None:
        """The event stream: one event per build the page must hear about, until the page goes."""
        params = dict(part.partition("=")[::2] for part in query.split("&") if part)
        seen = self.headers.get("Last-Event-ID") or unquote(params.get("since", ""))
        if not head and not self.server.streams.acquire(blocking=False):
            # Streams may take only part of the handler threads, so files are always served.
            return self._send_bytes(503, b"Too many pages are listening for live reload.\n", PLAIN, head,
                                    {"Retry-After": "10"})
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Connection", "close")
            self.end_headers()
            if not head:
                self._stream(seen)
        finally:
            if not head:
                self.server.streams.release()

    def _stream(self, seen: str) -> None:
        live = self.server.live
        live.listening(+1)

        def write(data: bytes) -> None:
            self.wfile.write(data)
            self.wfile.flush()

        try:
            stream_events(write, live, seen, lambda: self.server.closing or peer_closed(self.connection))
        except (ConnectionError, TimeoutError, OSError):
            pass  # the page went away
        finally:
            live.listening(-1)
