"""Fault injection for tests: make a build die, or fail as a full disk would, at a
named point, to check that the output folder survives it.

`GAZETTE_FAULT=POINT:N[:ACTION]` acts when `point(POINT, N)` is reached: the process
kills itself with SIGKILL (ACTION `kill`, the default), or raises OSError with ENOSPC
(`enospc`, a full disk) or EROFS (`erofs`, a read-only file system). The points:
`render:N` (the Nth page rendered), `fresh` (a first build, before its staging
folder is renamed into place), `journal` (the move-in's journal written, nothing
moved), `movein:N` (the Nth file moved in), `remove:N` (the Nth old file removed),
`recover:N` (the Nth file moved in by a run that finishes an interrupted move-in).
Unset (always, outside tests), `point` does nothing.
"""

from __future__ import annotations

import errno
import os
import signal

_SPEC = os.environ.get("GAZETTE_FAULT", "")


def _parse(spec: str) -> tuple[str, int, str] | None:
    if not spec:
        return None
    name, _, rest = spec.partition(":")
    count, _, action = rest.partition(":")
    return name, int(count or 0), action or "kill"


_FAULT = _parse(_SPEC)


def point(name: str, count: int = 0) -> None:
    if _FAULT is None or _FAULT[0] != name or _FAULT[1] != count:
        return
    action = _FAULT[2]
    if action == "enospc":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), f"GAZETTE_FAULT={_SPEC}")
    if action == "erofs":
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), f"GAZETTE_FAULT={_SPEC}")
    os.kill(os.getpid(), signal.SIGKILL)
