"""`Server`: builds the site, serves the output folder with live reload, and rebuilds on
every change, each part in its own thread."""

from __future__ import annotations

import threading
import time
from typing import Callable

from gazette.serve.files import has_site
from gazette.serve.handler import CLIENT_TIMEOUT
from gazette.serve.httpd import HTTPServer, NothingToServe, bind
from gazette.serve.live import LiveState
from gazette.serve.rebuild import Outcome, Rebuilder, rebuild_loop
from gazette.serve.watcher import DEBOUNCE, Watcher


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
                 debounce: float = DEBOUNCE, client_timeout: float = CLIENT_TIMEOUT):
        self.builder = builder
        self.host = host
        self.port = port
        self.live = LiveState()
        self.rebuilder = Rebuilder(builder, self.live, report)
        self.verbose = verbose
        self.debounce = debounce
        self.client_timeout = client_timeout
        self.httpd: HTTPServer | None = None
        self.watcher: Watcher | None = None
        self._threads: list[threading.Thread] = []
        self._stop = threading.Event()
        self.first: Outcome | None = None

    @property
    def url(self) -> str:
        assert self.httpd is not None, "start() first"
        address, port = self.httpd.server_address[:2]
        host = str(address)
        if host in ("0.0.0.0", "::"):
            host = "127.0.0.1" if host == "0.0.0.0" else "::1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}/"

    def start(self) -> "Server":
        self.httpd = bind(self.host, self.port, self.live, self.builder, self.verbose,
                          client_timeout=self.client_timeout)
        try:
            self.live.change_seen()  # requests wait for the first build
            started = time.time() - 0.05  # file times lag the clock by a tick
            # Built before any thread starts, so the first (maybe full) build may use processes.
            self.first = self.rebuilder.build(None)
            if not self.first.ok and not has_site(self.builder):
                raise NothingToServe("the site did not build and there is no earlier build of it to serve")
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
        rebuild_loop(self.watcher, self.rebuilder, self._stop.is_set)

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
            self.rebuilder.finish()  # only what must be kept: the search index, the build cache
        self._threads.clear()

    def __enter__(self) -> "Server":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
