"""The writer: the only code that touches the output folder.

Nothing is written into the output folder until the build has succeeded: the
pipeline renders every page it needs first, and each file whose bytes differ from
what the folder holds is staged in a new folder beside it, `.NAME.new`. Only then
does `commit` swap the new files in: a first build renames the staging folder into
place; a rebuild writes its plan (the journal, `.NAME.journal`), moves each staged
file over its old version (an atomic rename per file) and deletes the files of its
last site that the new one no longer has. A failed build never reaches `commit`, so
the last good site stays as it was; a build killed inside the move-in leaves the
journal, and the next run finishes the move-in first (`recover`).

Which files are Gazette's is kept in `.NAME.manifest` beside the output folder:
any other file (a search engine's verification file, a `.git` folder) is left alone.

Files whose bytes did not change are left alone, keeping their modification time,
so an unchanged page costs no write and a deploy carries only what changed. Every
path is checked to stay inside the output folder.

Why not rebuild the whole folder beside the old one and swap the two? At 10,000
articles that means linking 15,000 files and deleting as many (about 5 s here) on
every rebuild, where an edit changes a few dozen.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, NamedTuple

from gazette import faults, urls
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
    non-empty folder Gazette did not build (dot-files and dot-folders, such as a
    git worktree's `.git`, do not count)."""
    out = out.resolve()
    protected = [p.resolve() for p in protected]
    for i, path in enumerate(protected):
        if out == path or out in path.parents or (i > 0 and path in out.parents):
            raise ProblemError([Problem(str(out), 0, f"refusing to build into {out}: it would replace {path}")])
    if out.exists() and not out.is_dir():
        raise ProblemError([Problem(str(out), 0, "the output path exists and is not a folder")])
    if out.is_dir() and any(not name.startswith(".") for name in os.listdir(out)) and not (out / MARKER).exists():
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

    def __init__(self, out: Path, protected: Iterable[Path] = (), previous: dict[str, OutputEntry] | None = None,
                 checked: bool = False):
        """`checked`: every file of `previous` was just found on disk with its recorded size
        and time (a one-off patch checks the whole folder first), so `current` trusts the
        record rather than look again: 10,000 stats of the search index's files."""
        self.out = Path(out)
        check_output_folder(self.out, protected)
        self.stage = beside(self.out, "new")
        if self.stage.exists():
            shutil.rmtree(self.stage)  # left by an interrupted build
        self.fresh = not self.out.exists()
        self.previous = {} if self.fresh else (previous or {})
        self.files: dict[str, OutputEntry] = {}
        self.staged: list[str] = []
        self.stats = WriteStats()
        self._made: set[str] = set()
        self._patching = False  # keep_unrecorded took every other file of the previous build
        self.stage.mkdir(parents=True)
        self._out_text = str(self.out) + os.sep
        self._checked = checked

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
        if entry is None or self._checked:
            return entry
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
        files are what the previous build left: they are not looked at on disk. A
        dictionary copy, not a loop: at 10,000 articles the previous build has 26,000
        files, and a patch records about ten."""
        recorded = self.files
        files = dict(self.previous)
        files.pop(MARKER, None)
        if except_under:
            for safe in [safe for safe in files if safe.startswith(except_under) and safe not in recorded]:
                del files[safe]
        self.stats.unchanged += len(files) - sum(1 for safe in recorded if safe in files)
        files.update(recorded)
        self.files = files
        self._patching = not except_under

    def commit(self, record: Callable[[dict[str, OutputEntry]], None] | None = None) -> WriteStats:
        """Swap the staged files in; remove the files of Gazette's last site that this
        one no longer has (files Gazette did not write are left alone).

        A first build renames the staging folder into place: one atomic step. A
        rebuild first writes its plan, the journal, then carries it out (`_apply`);
        a process killed half-way leaves the journal, and the next run finishes the
        move-in before anything else (`recover`). `record` is given the new site's files
        once the plan is safe and before anything moves (the build cache's record)."""
        self.add(MARKER, MARKER_TEXT, "marker")
        self.stats.written = len(self.staged)
        self.stats.changed = list(self.staged)
        if self.fresh:
            _write_atomic(beside(self.out, "manifest"), "\n".join(sorted(self.files)).encode())
            if record:
                record(self.files)
            faults.point("fresh")
            self.stage.rename(self.out)
            return self.stats
        if self._patching and self.files.keys() == self.previous.keys():
            # A patch of pages the last build wrote (keep_unrecorded), which its caller knows no
            # other build has touched since: the same files, so the manifest stands, nothing goes.
            remove: list[str] = []
            plan = {"staged": self.staged, "remove": remove, "manifest": None}
        else:
            known = read_manifest(self.out)
            old = set(self.previous) | known if (self.previous or known) else set(_walk(self.out))
            remove = sorted(old - set(self.files), reverse=True)
            names = sorted(self.files) if set(self.files) != known else None
            plan = {"staged": self.staged, "remove": remove, "manifest": names}
        _check_writable(self.out, self.staged + remove)
        _write_atomic(beside(self.out, "journal"), json.dumps(plan).encode())
        if record:
            record(self.files)
        faults.point("journal")
        try:
            self.stats.removed = _apply(self.out, self.stage, plan, "movein")
        except OSError as exc:
            raise MoveInStopped(exc, self.out) from exc
        return self.stats

    def abort(self) -> None:
        if not beside(self.out, "journal").exists():  # a move-in under way: the next run needs the staged files
            shutil.rmtree(self.stage, ignore_errors=True)


class MoveInStopped(OSError):
    """The move-in failed half-way (a full disk, say): the journal stays for the next run."""

    def __init__(self, cause: OSError, out: Path):
        super().__init__(cause.errno, f"{cause.strerror} ({cause.filename}): the move-in into {out} stopped "
                                      f"half-way; the next build or serve finishes it")


def beside(out: Path, kind: str) -> Path:
    """A file or folder of Gazette's beside the output folder NAME: `.NAME.new` (the
    staging folder), `.NAME.journal` (a move-in under way), `.NAME.manifest` (the
    files of the site in NAME that are Gazette's), `.NAME.lock` (lock.py)."""
    out = Path(out)
    return out.with_name(f".{out.name}.{kind}")


def read_manifest(out: Path) -> set[str]:
    try:
        text = beside(out, "manifest").read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
        return set()
    return set(text.split("\n")) - {""}


def _write_atomic(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    _write(temporary, data)
    os.replace(temporary, path)


def _check_writable(out: Path, paths: list[str]) -> None:
    """Refuse, before anything moves, a move-in into folders this process may not
    change (a read-only output folder): the site then stays as it was."""
    folders = {str(out / safe.rpartition("/")[0]) if "/" in safe else str(out) for safe in paths}
    for folder in sorted(folders):
        if os.path.isdir(folder) and not os.access(folder, os.W_OK):
            raise ProblemError([Problem(folder, 0, "cannot write into this folder (read-only?); "
                                                   "the site was left as it was")])


def _apply(out: Path, stage: Path, plan: dict, point: str) -> int:
    """Carry out a move-in's plan: every staged file over its old version, the old
    files removed, the manifest written; then the staging folder and the journal go.
    Running it again after it stopped anywhere finishes the same move-in."""
    for n, safe in enumerate(plan["staged"], 1):
        _move_in(out, stage, safe)
        faults.point(point, n)
    removed = 0
    for safe in plan["remove"]:
        try:
            (out / safe).unlink()
            removed += 1
            faults.point("remove", removed)
        except FileNotFoundError:
            pass
        except IsADirectoryError:
            shutil.rmtree(out / safe, ignore_errors=True)
        _prune_empty(out, safe)
    if plan["manifest"] is not None:
        _write_atomic(beside(out, "manifest"), "\n".join(plan["manifest"]).encode())
    shutil.rmtree(stage, ignore_errors=True)
    beside(out, "journal").unlink()
    return removed


def _move_in(out: Path, stage: Path, safe: str) -> None:
    source, target = stage / safe, out / safe
    try:
        os.replace(source, target)
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        if not source.exists():
            return  # moved in before the interruption
        _make_room(out, safe)
        os.replace(source, target)


def recover(out: Path, notify: Callable[[str], None] | None = None) -> bool:
    """Finish the move-in that a killed or failed build left half done, if any (the
    caller holds the output folder's lock). True when there was one."""
    journal = beside(out, "journal")
    try:
        plan = json.loads(journal.read_bytes())
    except FileNotFoundError:
        return False
    except ValueError:  # killed while writing it: nothing had moved yet
        journal.unlink()
        return False
    if notify:
        notify(f"finishing the move-in of an interrupted build into {out} ({len(plan['staged'])} files)")
    try:
        _apply(Path(out), beside(out, "new"), plan, "recover")
    except OSError as exc:
        raise MoveInStopped(exc, Path(out)) from exc
    return True


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
    """Every file in the output folder, but those in folders whose names start with a
    dot at its top (`.git`: some publish from a git worktree there)."""
    for folder, dirs, files in os.walk(out):
        if folder == str(out):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
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
