"""Spread a list of work over processes (fork), in order, in chunks.

Used for the two costly stages: parsing articles (Markdown) and rendering pages.
The work is handed to the children by fork (nothing big is pickled on the way in);
results come back chunk by chunk, in order, so the caller can write them as they
arrive and keep little in memory. Without fork (or with one worker, or little work,
or other threads running, where forking is unsafe) the same function runs here.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
from typing import Any, Callable, Iterator

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_PAYLOAD: Any = None  # what the children inherit; set only around a pool's life


def default_workers(amount: int, threshold: int) -> int:
    if amount < threshold or threading.active_count() > 1:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def _die_with_parent(parent: int) -> None:
    """In a worker: be killed when the process that made the pool dies (Linux's
    PR_SET_PDEATHSIG), so no worker outlives a killed build; elsewhere, or if the
    parent is gone already, leave now."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)


def release_free_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's malloc_trim), before
    workers are forked: what an earlier stage made and dropped (More on this story's
    vectors and index, the parse results) otherwise stays in the process, counted in
    its size and inherited by every worker. Elsewhere than glibc, nothing happens."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        pass


def _call(task: tuple[Callable, int, int]):
    func, start, end = task
    return func(_PAYLOAD, start, end)


def map_chunks(func: Callable[[Any, int, int], Any], payload: Any, count: int, workers: int,
               chunk: int = 64) -> Iterator[Any]:
    """func(payload, start, end) for consecutive ranges covering range(count), results in order."""
    global _PAYLOAD
    ranges = [(start, min(start + chunk, count)) for start in range(0, count, chunk)]
    if workers <= 1 or len(ranges) <= 1:
        for start, end in ranges:
            yield func(payload, start, end)
        return
    _PAYLOAD = payload
    release_free_memory()  # not to be inherited by every worker
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(workers, initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
            yield from pool.imap(_call, [(func, start, end) for start, end in ranges])
    finally:
        _PAYLOAD = None
