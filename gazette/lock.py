"""One writer at a time: a lock on the output folder.

`build`, `build --watch` and `serve` hold it while they build and write, so two of
them never interleave their files in one folder. The lock is an advisory `flock` on
`.NAME.lock` beside the output folder `NAME` (never inside it, so it is never
published). The kernel drops a `flock` when the process holding it dies, however it
dies, so a lock left by a dead process is taken over without any clean-up; the file
stays and holds the number of the last process that had it, for the waiting message.

Taking it twice in one thread (a Builder's build calls `pipeline.build`) is allowed;
another thread of the same process waits like another process would.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from typing import Callable, Iterator

from gazette.problems import Problem, ProblemError

try:
    import fcntl
except ImportError:  # Windows: no flock; one writer at a time is then up to the user
    fcntl = None  # type: ignore[assignment]


class Busy(ProblemError):
    """Another process is writing the output folder, and we were told not to wait."""


_held: dict[tuple[str, int], int] = {}  # (lock path, thread) -> depth
_guard = threading.Lock()


def lock_path(out: Path) -> Path:
    out = Path(out).absolute()
    return out.with_name(f".{out.name}.lock")


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""


@contextlib.contextmanager
def hold(out: Path, *, wait: bool = True, notify: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the output folder's lock for the block. When another process holds it:
    wait (telling `notify` once whom we wait for), or with `wait=False` raise Busy."""
    path = lock_path(out)
    key = (str(path), threading.get_ident())
    with _guard:
        depth = _held.get(key, 0)
        if depth:
            _held[key] = depth + 1
    if depth or fcntl is None:
        try:
            yield
        finally:
            _release_nested(key)
        return
    fd = _acquire(path, Path(out).absolute(), wait, notify)
    with _guard:
        _held[key] = 1
    try:
        yield
    finally:
        with _guard:
            del _held[key]
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _release_nested(key: tuple[str, int]) -> None:
    with _guard:
        if key in _held:
            _held[key] -= 1


def _acquire(path: Path, out: Path, wait: bool, notify: Callable[[str], None] | None) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _holder(fd)
            who = f"the build in process {pid}" if pid else "another build"
            if not wait:
                raise Busy([Problem(str(out), 0,
                                    f"{who} is writing this folder; not waiting (--no-wait)")]) from None
            if notify:
                notify(f"waiting for {who} to finish writing {out}...")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    except BaseException:
        os.close(fd)
        raise
    return fd
