"""The writer: the only code that touches the output folder.

Nothing is written into the output folder until the build has succeeded: the
pipeline renders every page it needs first, and each file whose bytes differ from
what the folder holds is staged in a new folder beside it, `.NAME.new`. Only then
does `commit` swap the new files in: a first build renames the staging folder into
place; a rebuild moves each staged file over its old version (an atomic rename per
file) and deletes the files the site no longer has. A failed build never reaches
`commit`, so the last good site stays as it was.

Files whose bytes did not change are left alone, keeping their modification time,
so an unchanged page costs no write and a deploy carries only what changed. Every
path is checked to stay inside the output folder.

Why not rebuild the whole folder beside the old one and swap the two? At 10,000
articles that means linking 15,000 files and deleting as many (about 5 s here) on
every rebuild, where an edit changes a few dozen.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, NamedTuple

from gazette import urls
from gazette.cache import OutputEntry
from gazette.problems import Problem, ProblemError

MARKER = ".gazette"  # written into every site Gazette builds; an unmarked folder is never replaced
MARKER_TEXT = b"This folder is built by Gazette; it is replaced on every build.\n"


@dataclass(frozen=True)
class StaticFile:
    path: str  # relative to the output folder (and to static/)
    source: Path
    size: int
    mtime_ns: int

    @property
    def fingerprint(self) -> str:
        return f"static:{self.size}:{self.mtime_ns}"


class Placed(NamedTuple):
    """One file of the site as `put` or `current` left it, for `record`."""

    path: str  # safe path inside the output folder
    entry: OutputEntry
    staged: bool  # new bytes wait in the staging folder (False: the file on disk is kept)


@dataclass
class WriteStats:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    changed: list[str] = field(default_factory=list)


def find_static(static_dir: Path) -> list[StaticFile]:
    found: list[StaticFile] = []
    if not static_dir.is_dir():
        return found
    for folder, dirs, files in os.walk(static_dir):
        dirs.sort()
        for name in sorted(files):
            source = Path(folder, name)
            st = source.stat()
            found.append(StaticFile(source.relative_to(static_dir).as_posix(), source, st.st_size, st.st_mtime_ns))
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


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


class SiteWriter:
    """Collects a build's files, then swaps them into the output folder in one step."""

    def __init__(self, out: Path, protected: Iterable[Path] = (), previous: dict[str, OutputEntry] | None = None):
        self.out = Path(out)
        check_output_folder(self.out, protected)
        self.stage = self.out.with_name(f".{self.out.name}.new")
        if self.stage.exists():
            shutil.rmtree(self.stage)  # left by an interrupted build
        self.fresh = not self.out.exists()
        self.previous = {} if self.fresh else (previous or {})
        self.files: dict[str, OutputEntry] = {}
        self.staged: list[str] = []
        self.stats = WriteStats()
        self._made: set[str] = set()
        self.stage.mkdir(parents=True)
        self._out_text = str(self.out) + os.sep

    def _claim(self, path: str, what: str) -> str:
        safe = urls.output_file(path)
        if safe in self.files:
            raise ProblemError([Problem(what, 0, f"two things would be written to {safe}")])
        return safe

    def _stage_path(self, safe: str) -> Path:
        parent = safe.rpartition("/")[0]
        if parent and parent not in self._made:
            (self.stage / parent).mkdir(parents=True, exist_ok=True)
            self._made.add(parent)
        return self.stage / safe

    def _on_disk(self, safe: str) -> OutputEntry | None:
        """The previous entry for a file, if the file on disk is still exactly that."""
        entry = self.previous.get(safe)
        if entry is None:
            return None
        try:
            st = os.stat(self._out_text + safe)
        except OSError:
            st = None
        if st is None or st.st_size != entry.size or st.st_mtime_ns != entry.mtime_ns:
            return None
        return entry

    def current(self, path: str, fingerprint: str) -> Placed | None:
        """The file on disk, for `record`, when the job that made it had this fingerprint
        (so it need not be rendered again); None otherwise. Changes nothing: render
        workers call it."""
        if self.fresh:
            return None
        safe = urls.output_file(path)
        entry = self._on_disk(safe)
        if entry is None or entry.fingerprint != fingerprint:
            return None
        return Placed(safe, entry, False)

    def put(self, path: str, data: bytes, fingerprint: str) -> Placed:
        """Stage one file unless the folder holds these bytes already; for `record`.

        It changes nothing in this object but the memo of folders made (`_stage_path`,
        whose mkdir tolerates another worker making the same folder), so render workers
        call it on their copy of the writer: pages go straight from the worker to the
        staging folder and only the small result comes back."""
        safe = urls.output_file(path)
        new_digest = digest(data)
        if not self.fresh:
            entry = self._on_disk(safe)
            same = entry.digest == new_digest if entry else _same_bytes(self.out / safe, data)
            if same:
                st = (self.out / safe).stat()
                return Placed(safe, OutputEntry(fingerprint, st.st_size, st.st_mtime_ns, new_digest), False)
        target = self._stage_path(safe)
        return Placed(safe, OutputEntry(fingerprint, *_write(target, data), new_digest), True)

    def record(self, placed: Placed, what: str = "") -> None:
        """Take the result of `put` into the site (a path claimed twice is an error)."""
        safe, entry, staged = placed
        self._claim(safe, what or f"page {safe}")
        self.files[safe] = entry
        if staged:
            self.staged.append(safe)
        else:
            self.stats.unchanged += 1

    def add(self, path: str, data: bytes, fingerprint: str) -> None:
        self.record(self.put(path, data, fingerprint), f"page {path}")

    def add_static(self, item: StaticFile) -> None:
        safe = self._claim(item.path, f"static/{item.path}")
        if not self.fresh:
            entry = self._on_disk(safe)
            if entry and entry.fingerprint == item.fingerprint:
                self.files[safe] = entry
                self.stats.unchanged += 1
                return
        target = self._stage_path(safe)
        shutil.copy2(item.source, target)  # keeps the source's modification time
        st = target.stat()
        self.files[safe] = OutputEntry(item.fingerprint, st.st_size, st.st_mtime_ns, "")
        self.staged.append(safe)

    def keep_unrecorded(self, except_under: str = "") -> None:
        """Take every file of the previous build that this one has not recorded, as it is
        (but those under the folder `except_under`, which go).

        For a patch of a few pages (incremental.patch), whose caller knows the other
        files are what the previous build left: they are not looked at on disk."""
        for safe, entry in self.previous.items():
            if safe not in self.files and safe != MARKER and not (except_under and safe.startswith(except_under)):
                self.files[safe] = entry
                self.stats.unchanged += 1

    def commit(self) -> WriteStats:
        """Swap the staged files in; remove what the site no longer has."""
        self.add(MARKER, MARKER_TEXT, "marker")
        self.stats.written = len(self.staged)
        self.stats.changed = list(self.staged)
        if self.fresh:
            self.stage.rename(self.out)
            return self.stats
        for safe in self.staged:
            target = self.out / safe
            try:
                os.replace(self.stage / safe, target)
            except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
                _make_room(self.out, safe)
                os.replace(self.stage / safe, target)
        old = set(self.previous) if self.previous else set(_walk(self.out))
        for safe in sorted(old - set(self.files), reverse=True):
            try:
                (self.out / safe).unlink()
                self.stats.removed += 1
            except FileNotFoundError:
                pass
            except IsADirectoryError:
                shutil.rmtree(self.out / safe, ignore_errors=True)
            _prune_empty(self.out, safe)
        shutil.rmtree(self.stage, ignore_errors=True)
        return self.stats

    def abort(self) -> None:
        shutil.rmtree(self.stage, ignore_errors=True)


def _write(path: Path, data: bytes) -> tuple[int, int]:
    """Write a new file with as few system calls as it takes; its (size, mtime_ns)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        st = os.fstat(fd)
    finally:
        os.close(fd)
    return st.st_size, st.st_mtime_ns


def _same_bytes(path: Path, data: bytes) -> bool:
    st = _stat(path)
    if st is None or st.st_size != len(data):
        return False
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def _walk(out: Path) -> Iterable[str]:
    for folder, _, files in os.walk(out):
        for name in files:
            yield Path(folder, name).relative_to(out).as_posix()


def _make_room(out: Path, safe: str) -> None:
    """A file now stands where a folder must go, or a folder where a file must go."""
    target = out / safe
    if target.is_dir():
        shutil.rmtree(target)
    parts = safe.split("/")
    for i in range(1, len(parts)):
        parent = out.joinpath(*parts[:i])
        if parent.is_file():
            parent.unlink()
    target.parent.mkdir(parents=True, exist_ok=True)


def _prune_empty(out: Path, safe: str) -> None:
    parent = (out / safe).parent
    while parent != out and out in parent.parents:
        try:
            parent.rmdir()
        except OSError:
            return
        parent = parent.parent
