"""Progress of a long build: a bar on a terminal, plain periodic lines otherwise.

Nothing is shown for a build that finishes its stage quickly (under a second), so a
small site's build prints only its summary line.
"""

from __future__ import annotations

import time

LABELS = {"parse": "Reading articles", "render": "Rendering pages"}


class Progress:
    def __init__(self, stream, delay: float = 1.0, every: float = 5.0):
        self.stream = stream
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.delay = delay  # quiet for the first `delay` seconds of a stage
        self.every = every  # seconds between plain lines when not a terminal
        self.stage: str | None = None
        self.started = 0.0
        self.last = 0.0
        self.drawn = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage != self.stage:
            self._finish()
            self.stage, self.started, self.last = stage, now, now
        if done >= total:
            self.stage = None  # the stage is over: the same stage in the next build starts afresh
        if now - self.started < self.delay:
            return
        label = LABELS.get(stage, stage)
        if self.tty:
            width = 30
            filled = int(width * done / max(total, 1))
            self.stream.write(f"\r{label:17} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
            self.drawn = True
            if done >= total:
                self._finish()
        elif now - self.last >= self.every or done >= total:
            self.stream.write(f"{label}: {done}/{total}\n")
            self.last = now
        self.stream.flush()

    def _finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.drawn = False
