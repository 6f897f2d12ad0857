"""The preview server's listening socket and its bounded pool of handler threads.

One thread accepts connections (with a listen backlog deep enough for a burst of a few
hundred at once) and queues them; a fixed number of handler threads serve the queue. A
connection costs a queue entry, not a thread, however many come at once.
"""

from __future__ import annotations

import errno
import queue
import socket
import socketserver
import sys
import threading
from http.server import HTTPServer as _StdHTTPServer
from pathlib import Path

from gazette.serve.files import output_folder
from gazette.serve.handler import CLIENT_TIMEOUT, Handler
from gazette.serve.live import LiveState

BACKLOG = 256  # connections the kernel holds before accept(); the standard library's default is 5
HANDLER_THREADS = 32  # requests served at the same time; more connections wait in the queue
MAX_STREAMS = 16  # open pages listening for live reload, each holding a handler thread


class ServeError(Exception):
    """The server cannot start (port in use, bad address): a one-line message for the user."""


class NothingToServe(ServeError):
    """The first build failed and the output folder holds no earlier build (the build's
    problems, already reported, say why)."""


class HTTPServer(_StdHTTPServer):
    allow_reuse_address = True
    request_queue_size = BACKLOG

    def __init__(self, address, handler, live: LiveState, builder, verbose: bool, family: int,
                 threads: int = HANDLER_THREADS, client_timeout: float = CLIENT_TIMEOUT):
        self.address_family = family
        self.live = live
        self.builder = builder
        self.verbose = verbose
        self.closing = False
        self.client_timeout = client_timeout
        self.streams = threading.BoundedSemaphore(min(MAX_STREAMS, threads // 2))
        self._connections: set[socket.socket] = set()
        self._conn_lock = threading.Lock()
        self._waiting: queue.SimpleQueue = queue.SimpleQueue()
        self._workers: list[threading.Thread] = []
        super().__init__(address, handler)  # binds (and calls server_close when it cannot)
        for n in range(threads):
            worker = threading.Thread(target=self._work, name=f"gazette-http-{n}", daemon=True)
            worker.start()
            self._workers.append(worker)

    def server_bind(self):
        # HTTPServer.server_bind looks the host name up (getfqdn), which can hang without DNS.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]

    def output_folder(self) -> Path | None:
        return output_folder(self.builder)

    # the pool

    def process_request(self, request, client_address):
        """Called by the accepting thread: queue the connection for a handler thread."""
        self._waiting.put((request, client_address))

    def crowded(self) -> bool:
        """Do connections wait for a handler thread?"""
        return not self._waiting.empty()

    def _work(self) -> None:
        while True:
            item = self._waiting.get()
            if item is None:
                return
            request, client_address = item
            try:
                if not self.closing:
                    self.finish_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)

    # connections, so that stopping can end them (event streams never end by themselves)

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

    def server_close(self) -> None:
        """Stop listening, end every connection and the handler threads."""
        super().server_close()
        self.close_connections()
        for _ in self._workers:
            self._waiting.put(None)
        for worker in self._workers:
            worker.join(timeout=10)

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # a browser closed a connection, or a client was too slow: nothing to report
        if self.verbose:
            super().handle_error(request, client_address)


def bind(host: str, port: int, live: LiveState, builder, verbose: bool, **options) -> HTTPServer:
    if not 0 <= port <= 65535:
        raise ServeError(f"port {port} is not a port number (0 to 65535)")  # getaddrinfo would wrap it
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ServeError(f"cannot listen on {host}: {exc.strerror}") from None
    family, _, _, _, address = infos[0]
    try:
        return HTTPServer(address[:2], Handler, live, builder, verbose, family, **options)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {host} is already in use: stop the other server "
                             f"or choose another port with --port") from None
        if exc.errno == errno.EACCES:
            raise ServeError(f"not allowed to listen on port {port} of {host}: "
                             f"choose a port above 1023 with --port") from None
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
