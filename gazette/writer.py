"""The writer: the only code that touches the output folder.

A build is written into a fresh folder beside the output (`.NAME.new`) and swapped
in with two renames only once every file is there, so a failed or interrupted build
leaves the last good site in place. A file whose bytes did not change is hard-linked
from the previous site, so it keeps its modification time (deploys stay small) and
costs no write. Every path is checked to stay inside the output folder.
"""

from __future__ import annotations

import itertools
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from gazette import urls
from gazette.problems import Problem, ProblemError

MARKER = ".gazette"  # written into every site Gazette builds; an unmarked folder is never replaced


@dataclass(frozen=True)
class StaticFile:
    path: str  # relative to the output folder (and to static/)
    source: Path


@dataclass(frozen=True)
class _Marker:
    path: str
    data: bytes


@dataclass
class WriteStats:
    written: int = 0
    unchanged: int = 0
    changed: list[str] = field(default_factory=list)


def find_static(static_dir: Path) -> list[StaticFile]:
    found: list[StaticFile] = []
    if not static_dir.is_dir():
        return found
    for folder, dirs, files in os.walk(static_dir):
        dirs.sort()
        for name in sorted(files):
            source = Path(folder, name)
            found.append(StaticFile(source.relative_to(static_dir).as_posix(), source))
    return found


def check_output_folder(out: Path, protected: Iterable[Path]) -> None:
    """Refuse an output folder that is, holds or lies inside the site's own folders
    (content, templates, static; the site folder itself may hold it), or a
    non-empty folder Gazette did not build."""
    out = out.resolve()
    protected = [p.resolve() for p in protected]
    for i, path in enumerate(protected):
        if out == path or out in path.parents or (i > 0 and path in out.parents):
            raise ProblemError([Problem(str(out), 0, f"refusing to build into {out}: it would replace {path}")])
    if out.exists() and not out.is_dir():
        raise ProblemError([Problem(str(out), 0, "the output path exists and is not a folder")])
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise ProblemError([Problem(str(out), 0, "this folder is not empty and was not built by Gazette; "
                                                 "choose another --out or empty it first")])


def _same_file(old: Path, data: bytes) -> bool:
    try:
        if old.stat().st_size != len(data):
            return False
        return old.read_bytes() == data
    except OSError:
        return False


def write_site(out: Path, outputs: Iterable, static: Iterable[StaticFile], protected: Iterable[Path] = ()) -> WriteStats:
    """Write a complete site into `out`, replacing what was there only once all of it is written.

    `protected`: the site folder first, then the folders a build reads (see check_output_folder)."""
    out = Path(out)
    check_output_folder(out, protected)
    stage = out.with_name(f".{out.name}.new")
    old = out.with_name(f".{out.name}.old")
    for leftover in (stage, old):
        if leftover.exists():
            shutil.rmtree(leftover)
    stats = WriteStats()
    seen: dict[str, str] = {}
    made_dirs: set[str] = set()

    def target(path: str, what: str) -> tuple[Path, Path]:
        safe = urls.output_file(path)
        if safe in seen:
            raise ProblemError([Problem(what, 0, f"two things would be written to {safe}: {seen[safe]} and {what}")])
        seen[safe] = what
        parent = safe.rpartition("/")[0]
        if parent and parent not in made_dirs:
            (stage / parent).mkdir(parents=True, exist_ok=True)
            made_dirs.add(parent)
        return stage / safe, out / safe

    marker = _Marker(MARKER, b"This folder is built by Gazette; it is replaced on every build.\n")
    try:
        stage.mkdir(parents=True)
        for output in itertools.chain(outputs, [marker]):
            new, previous = target(output.path, f"page {output.path}")
            if _same_file(previous, output.data):
                os.link(previous, new)
                stats.unchanged += 1
            else:
                new.write_bytes(output.data)
                stats.written += 1
                stats.changed.append(output.path)
        for item in static:
            new, previous = target(item.path, f"static/{item.path}")
            src = item.source.stat()
            try:
                prev = previous.stat()
                same = prev.st_size == src.st_size and prev.st_mtime_ns == src.st_mtime_ns
            except OSError:
                same = False
            if same:
                os.link(previous, new)
                stats.unchanged += 1
            else:
                shutil.copy2(item.source, new)
                stats.written += 1
                stats.changed.append(item.path)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise

    if out.exists():
        out.rename(old)
        stage.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        stage.rename(out)
    return stats
