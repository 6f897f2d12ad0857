"""The live-reload channel: what the watcher, the builds and the HTTP requests share
(`LiveState`), and the Server-Sent Events stream that tells each open page about builds.

Events: `reload`, `css` and `problems` (named so rather than `error`, which EventSource
already uses for a lost connection). Each event's id is the site's version, so a
reconnecting page, or one that was served just before a build, catches up.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections import deque
from contextlib import contextmanager
from typing import Callable

RESERVED = "/__gazette__/"
EVENTS_PATH = RESERVED + "events"
SCRIPT_PATH = RESERVED + "livereload.js"

REQUEST_WAIT = 60.0  # longest a request waits for a build before it is served what there is
HEARTBEAT = 15.0  # seconds between keep-alive comments on an idle event stream
CHECK = 1.0  # seconds between looks at whether a page listening for events is still there


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


def stream_events(write: Callable[[bytes], None], live: LiveState, seen: str,
                  gone: Callable[[], bool]) -> None:
    """Write one event per build the page (last told `seen`) must hear about, and a comment
    every HEARTBEAT seconds, until the server stops, `gone()` says the page went away
    (asked every CHECK seconds, so a closed page frees its thread soon) or `write` fails."""
    write(b"retry: 500\n\n")
    seen, event = live.hello(seen)
    quiet = HEARTBEAT  # a first comment at once: the page knows the stream is open
    while not live.stopping and not gone():
        if event is not None:
            name, data = event
            write(f"id: {seen}\nevent: {name}\ndata: {json.dumps(data)}\n\n".encode())
            quiet = 0.0
        elif quiet >= HEARTBEAT:
            write(b": still here\n\n")
            quiet = 0.0
        seen, event = live.news(seen, CHECK)
        quiet += CHECK if event is None else 0.0
