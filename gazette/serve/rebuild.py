"""Rebuilds: `Rebuilder` runs `Builder.build(changed)` and turns each outcome into what
the browser is told (a full reload, a stylesheet swap when only .css files changed, or the
problems to show in an overlay); `rebuild_loop` builds every batch the watcher hands out.

A user's mistake never stops anything: a ProblemError keeps the last good site and shows
the overlay; any other exception is printed and shown too, and the next change builds again.
"""

from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from gazette.problems import ProblemError
from gazette.serve.live import LiveState


@dataclass
class Outcome:
    """One build: its result, or the problems that stopped it."""

    result: Any = None  # a BuildResult
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
        self._run("settle", stop)

    def finish(self) -> None:
        """Let the builder keep what it must when it stops (the build cache)."""
        self._run("finish")

    def _run(self, name: str, *args) -> None:
        method = getattr(self.builder, name, None)
        if method is None:
            return
        try:
            for problem in method(*args):
                print(problem, file=sys.stderr)
        except Exception:  # a bug: print it, keep serving
            traceback.print_exc()


def rebuild_loop(watcher, rebuilder: Rebuilder, stopped: Callable[[], bool]) -> None:
    """Build each batch of changes the watcher hands out until `stopped()`; in a pause
    (half a second without a change) let the builder do what it put off."""
    while not stopped():
        batch = watcher.next_batch(timeout=0.5)
        if batch and not stopped():
            rebuilder.build(batch)
            watcher.rescan_if_moved(batch)
        elif not batch:
            rebuilder.settle(watcher.pending)
