"""The persistent build cache, under `.gazette-cache/` in the site folder.

Two kinds of file, each written atomically and checked on reading:

- `articles-NN.bin` (32 shards, by a hash of the file's path, so that an edit
  rewrites one small shard): for every content file, its stat (size, mtime), the
  digest of its bytes and what parsing it gave (the Article, rendered body
  included, and its problems), valid for one parse fingerprint (code version + the
  settings parsing depends on).
- `site-<hash of the output folder>.bin`: for every file of the last site written
  there, the fingerprint of the job that made it and the file's size, mtime and
  digest; plus the signature of all inputs and the time until which that build stays
  valid (a future article coming due changes the site without any file changing).

A file is trusted only if it starts with the magic line, its format and checksum
match and it was written for this site folder; anything else is reported as a
warning and ignored, and the build proceeds as a cold one. The cache only ever
makes a build faster: a build with `--no-cache` writes the same bytes.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import shutil
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, NamedTuple

from gazette.problems import Problem, warning

FOLDER = ".gazette-cache"
MAGIC = b"GAZETTE-CACHE\n"
FORMAT = 3  # 2: crc32 checksum; 3: the output record in columns
# A file modified this close to the moment the cache was written may have changed
# again within the same clock tick: such "racy" entries are checked by content.
RACY_NS = 2_000_000_000
SHARDS = 32


# The modules whose code decides what parsing a file gives. A change elsewhere (the
# importer, the server) must not make 10,000 articles be parsed again.
PARSE_MODULES = ("content.py", "markdown.py", "urls.py", "config.py", "problems.py")


def code_fingerprint(modules: tuple[str, ...] | None = None) -> str:
    """Digest of Gazette's own code (all of it, or the named modules) and of the
    libraries that shape its output: a new version never reuses an old one's results."""
    here = CODE_FOLDER
    digest = hashlib.blake2b(digest_size=16)
    if modules is None:
        # Every module, in packages too (serve/, importer/): a change anywhere in the
        # code may change what is built, and reading 40 small files costs a millisecond.
        paths = sorted(here.rglob("*.py")) + sorted((here / "builtins").glob("*"))
    else:
        paths = [here / name for name in modules]
    for path in paths:
        if path.is_file():
            digest.update(path.relative_to(here).as_posix().encode())
            digest.update(path.read_bytes())
    digest.update(_library_versions().encode())
    return digest.hexdigest()


CODE_FOLDER = Path(__file__).parent  # Gazette's code, its built-in templates and its translations


def files_stamp(folders: tuple[Path, ...]) -> tuple[tuple[str, int, int], ...]:
    """Every file under the folders (bytecode caches left out), with its size and
    modification time: trusted as the build cache trusts a content file's, so that a
    long-running builder can tell in half a millisecond that the code and templates it
    digested are still the files on disk."""
    found = []
    stack = [str(folder) for folder in folders]
    while stack:
        top = stack.pop()
        try:
            listing = os.scandir(top)
        except OSError:
            continue
        with listing:
            for entry in listing:
                if entry.is_dir(follow_symlinks=False):  # as the digests' rglob: no loop through a link
                    if entry.name != "__pycache__":
                        stack.append(entry.path)
                    continue
                try:
                    st = entry.stat()
                except OSError:
                    continue
                found.append((entry.path, st.st_size, st.st_mtime_ns))
    found.sort()
    return tuple(found)


# The libraries whose versions shape the output, by distribution and import name.
OUTPUT_LIBRARIES = (("markdown", "markdown"), ("jinja2", "jinja2"), ("pyyaml", "yaml"), ("babel", "babel"),
                    ("pillow", "PIL"), ("pagefind_bin_extended", "pagefind_bin_extended"),
                    ("pagefind_bin", "pagefind_bin"))  # Pagefind's program: the search index's bytes


@functools.lru_cache(maxsize=1)
def _library_versions() -> str:
    return ",".join(f"{name}={_version_of(name, module)}" for name, module in OUTPUT_LIBRARIES)


def _version_of(name: str, module: str) -> str:
    """The installed version of a distribution, from the name of its `.dist-info` folder
    beside the package (`markdown-3.11.3.dist-info`, as pip and uv install): a glance at
    one folder, where `importlib.metadata` (and its imports) cost 25 ms of a no-change
    build. Anything else (an egg, a zip, a vendored copy) asks `importlib.metadata`."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        return "?"  # not installed (one of Pagefind's two packages, say)
    if spec.origin:
        folder = os.path.dirname(os.path.dirname(spec.origin)) if spec.submodule_search_locations \
            else os.path.dirname(spec.origin)
        for entry in _listing(folder):
            stem, dot, suffix = entry.rpartition(".")
            project, _, version = stem.partition("-")
            if dot and suffix == "dist-info" and project.lower().replace("-", "_").replace(".", "_") == name:
                return version
    from importlib.metadata import PackageNotFoundError, version as installed

    try:
        return installed(name)
    except PackageNotFoundError:
        return "?"


@functools.lru_cache(maxsize=8)
def _listing(folder: str) -> tuple[str, ...]:
    try:
        return tuple(os.listdir(folder))
    except OSError:
        return ()


@dataclass
class SourceEntry:
    size: int
    mtime_ns: int
    digest: str
    article: Any  # content.Article or None
    problems: list[Problem]


class OutputEntry(NamedTuple):
    fingerprint: str  # of the job (or static source) that made the file
    size: int
    mtime_ns: int
    digest: str

    def __reduce__(self):
        # Unpickled by tuple.__new__ (in C) rather than through the named tuple's own
        # __new__ (a Python function): a build with nothing to do reads one entry per
        # output file, and this halves that (30 ms of 60 at 26,000 files).
        return (tuple.__new__, (OutputEntry, tuple(self)))


class SiteState:
    """What the cache knows of one output folder.

    Pickled in columns: a build with nothing to do reads only the signature and each
    file's path, size and modification time (`stamps`). The jobs' fingerprints and the
    files' digests stay packed until a build asks for `files` (unpickling 26,000
    entries whole cost 60 ms of a 0.3 s no-change build; the stamps alone, 5)."""

    def __init__(self, signature: str = "", valid_until: float = 0.0, summary: dict | None = None,
                 files: dict[str, OutputEntry] | None = None):
        self.signature = signature  # of every input; equal signature + still valid = nothing to do
        self.valid_until = valid_until  # POSIX time after which the same inputs make another site
        self.summary = summary if summary is not None else {}  # counts for the summary line
        self._files: dict[str, OutputEntry] | None = files if files is not None else {}
        self._columns: tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...], bytes] | None = None

    @property
    def files(self) -> dict[str, OutputEntry]:
        if self._files is None:
            assert self._columns is not None
            paths, sizes, mtimes, packed = self._columns
            fingerprints, digests = pickle.loads(packed)  # noqa: S301 - inside our own checksummed file
            self._files = {path: tuple.__new__(OutputEntry, entry)
                           for path, entry in zip(paths, zip(fingerprints, sizes, mtimes, digests))}
            self._columns = None
        return self._files

    def stamps(self) -> Iterable[tuple[str, int, int]]:
        """(path, size, modification time) of every file of the record."""
        if self._files is None:
            assert self._columns is not None
            return zip(*self._columns[:3])
        return ((path, entry.size, entry.mtime_ns) for path, entry in self._files.items())

    def __getstate__(self) -> dict:
        files = self.files
        entries = files.values()
        packed = pickle.dumps((tuple(entry.fingerprint for entry in entries), tuple(entry.digest for entry in entries)),
                              protocol=pickle.HIGHEST_PROTOCOL)
        return {"signature": self.signature, "valid_until": self.valid_until, "summary": self.summary,
                "columns": (tuple(files), tuple(entry.size for entry in entries),
                            tuple(entry.mtime_ns for entry in entries), packed)}

    def __setstate__(self, state: dict) -> None:
        self.signature, self.valid_until, self.summary = state["signature"], state["valid_until"], state["summary"]
        self._files, self._columns = None, state["columns"]


def _checksum(body: bytes) -> bytes:
    # Against damage (a torn write, a bad disk), not against tampering: the cache sits
    # in the user's own site folder. crc32 reads 50 MB in a hundredth of a second.
    return b"%08x" % zlib.crc32(body)


def _pack(payload: Any) -> bytes:
    body = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    check = _checksum(body)
    return MAGIC + f"{FORMAT}\n".encode() + check + b"\n" + body


def _header(data: bytes) -> bytes:
    """The magic, format and checksum lines of a cache file: enough to tell two apart."""
    return data[: len(MAGIC) + 16]


class OtherFormat(ValueError):
    """A cache file written by a Gazette that kept its cache in another form: stale, as
    one made by other code or settings is, not damaged (no warning)."""


def _unpack(data: bytes) -> Any:
    if not data.startswith(MAGIC):
        raise ValueError("not a Gazette cache file")
    rest = data[len(MAGIC):]
    version, _, rest = rest.partition(b"\n")
    if version != str(FORMAT).encode():
        raise OtherFormat(f"cache format {version.decode(errors='replace')}, expected {FORMAT}")
    check, _, body = rest.partition(b"\n")
    if _checksum(body) != check:
        raise ValueError("checksum mismatch (a damaged file)")
    return pickle.loads(body)  # noqa: S301 - our own file, checksummed, in the user's own site folder


class BuildCache:
    """Reads and writes the cache files of one site folder."""

    def __init__(self, root: Path, enabled: bool = True, memory: dict | None = None):
        self.root = Path(root)
        self.folder = self.root / FOLDER
        self.enabled = enabled
        # What a long-running builder (serve, --watch) read and wrote before, by file name:
        # a file whose size and mtime are still those is not read and unpickled again.
        self.memory = memory
        self.problems: list[Problem] = []
        self.written_at_ns = 0
        self.site_written_ns = 0

    def _remembered(self, name: str, path: Path, key: dict) -> tuple[tuple[int, int] | None, Any]:
        """(size and mtime of the file now, or None) and, when `memory` holds the file as it
        is now, what was read or written: (payload, written_at_ns)."""
        try:
            st = os.stat(path)
        except OSError:
            return None, None
        seen = (st.st_size, st.st_mtime_ns)
        remembered = self.memory.get(name) if self.memory is not None else None
        if not remembered or remembered[0] != seen or remembered[1] != key:
            return seen, None
        # Same size and mtime; and the same checksum, in case another build wrote the
        # file within one tick of a coarse clock.
        try:
            with open(path, "rb") as f:
                head = f.read(len(remembered[4]))
        except OSError:
            head = b""
        return seen, (remembered[2], remembered[3]) if head == remembered[4] else None

    def _load_with_time(self, name: str, key: dict) -> tuple[Any, int]:
        if not self.enabled:
            return None, 0
        path = self.folder / name
        seen = None
        if self.memory is not None:
            seen, known = self._remembered(name, path, key)
            if known is not None:
                return known
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None, 0
        except OSError as exc:
            self.problems.append(warning(f"{FOLDER}/{name}", 0,
                                         f"cannot read the build cache ({exc.strerror}); ignoring it"))
            return None, 0
        try:
            stored = _unpack(data)
            if not isinstance(stored, dict) or "key" not in stored or "payload" not in stored:
                raise ValueError("unexpected contents")
        except OtherFormat:
            return None, 0  # written by another version of Gazette: stale, not an error
        except Exception as exc:  # noqa: BLE001 - any damage means: do not trust it
            self.problems.append(warning(f"{FOLDER}/{name}", 0, f"ignoring a damaged or foreign build cache: {exc}"))
            return None, 0
        if stored["key"].get("root") != key.get("root"):
            self.problems.append(warning(f"{FOLDER}/{name}", 0,
                                         "ignoring a build cache made for another site folder"))
            return None, 0
        if stored["key"] != key:
            return None, 0  # made by another version or other settings: stale, not an error
        if seen is not None and self.memory is not None:
            self.memory[name] = (seen, key, stored["payload"], stored.get("written_at_ns", 0), _header(data))
        return stored["payload"], stored.get("written_at_ns", 0)

    def _save(self, name: str, key: dict, payload: Any) -> None:
        if not self.enabled:
            return
        try:
            self.folder.mkdir(exist_ok=True)
            gitignore = self.folder / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("# Gazette's build cache: safe to delete, never commit it.\n*\n")
            written = time.time_ns()
            data = _pack({"key": key, "payload": payload, "written_at_ns": written})
            tmp = self.folder / f".{name}.{os.getpid()}.tmp"
            tmp.write_bytes(data)
            st = tmp.stat()
            os.replace(tmp, self.folder / name)
            if self.memory is not None:
                self.memory[name] = ((st.st_size, st.st_mtime_ns), key, payload, written, _header(data))
        except OSError as exc:
            self.problems.append(warning(f"{FOLDER}/{name}", 0, f"cannot write the build cache ({exc.strerror})"))

    def compiled_templates(self, code_fp: str) -> Path | None:
        """The folder for compiled templates made by this version of the code (folders
        left by other versions are removed); None without the cache."""
        if not self.enabled:
            return None
        name = f"templates-{code_fp[:16]}"
        if self.folder.is_dir():
            for old in self.folder.glob("templates-*"):
                if old.name != name and old.is_dir():
                    shutil.rmtree(old, ignore_errors=True)
        return self.folder / name

    # --- articles -------------------------------------------------------------

    def _articles_key(self, parse_fingerprint: str) -> dict:
        return {"root": str(self.root.resolve()), "kind": "articles", "parse": parse_fingerprint}

    @staticmethod
    def shard_of(rel: str) -> int:
        return zlib.crc32(rel.encode()) % SHARDS

    def load_sources(self, parse_fingerprint: str) -> dict[str, SourceEntry]:
        key = self._articles_key(parse_fingerprint)
        entries: dict[str, SourceEntry] = {}
        oldest: int | None = None
        for shard in range(SHARDS):
            payload, written = self._load_with_time(f"articles-{shard:02d}.bin", key)
            if not isinstance(payload, dict):
                continue
            entries.update(payload)
            oldest = written if oldest is None else min(oldest, written)
        self.written_at_ns = oldest or 0
        self._loaded_sources = entries
        return entries

    def save_sources(self, parse_fingerprint: str, entries: dict[str, SourceEntry]) -> None:
        """Write the shards whose entries differ from what was loaded."""
        key = self._articles_key(parse_fingerprint)
        loaded = getattr(self, "_loaded_sources", {})
        shards: dict[int, dict[str, SourceEntry]] = {n: {} for n in range(SHARDS)}
        dirty: set[int] = set()
        for rel, entry in entries.items():
            shard = self.shard_of(rel)
            shards[shard][rel] = entry
            if loaded.get(rel) is not entry:
                dirty.add(shard)
        for rel in loaded.keys() - entries.keys():
            dirty.add(self.shard_of(rel))
        for shard in sorted(dirty):
            self._save(f"articles-{shard:02d}.bin", key, shards[shard])

    def update_sources(self, parse_fingerprint: str, changed: dict[str, SourceEntry]) -> None:
        """Write these entries into their shards, reading only those shards (a one-off
        build patched from the kept plan: see kept.py)."""
        key = self._articles_key(parse_fingerprint)
        by_shard: dict[int, dict[str, SourceEntry]] = {}
        for rel, entry in changed.items():
            by_shard.setdefault(self.shard_of(rel), {})[rel] = entry
        for shard, entries in sorted(by_shard.items()):
            name = f"articles-{shard:02d}.bin"
            payload, _ = self._load_with_time(name, key)
            self._save(name, key, {**(payload if isinstance(payload, dict) else {}), **entries})

    def is_racy(self, mtime_ns: int) -> bool:
        return self.written_at_ns - mtime_ns < RACY_NS

    # --- other named files (related.py's lists) -----------------------------------

    def load_named(self, name: str, version: str) -> Any:
        """What `save_named` kept under `name` for this version of its maker, or None."""
        key = {"root": str(self.root.resolve()), "kind": name, "version": version}
        return self._load_with_time(name, key)[0]

    def save_named(self, name: str, version: str, payload: Any) -> None:
        self._save(name, {"root": str(self.root.resolve()), "kind": name, "version": version}, payload)

    # --- output folders ---------------------------------------------------------

    @staticmethod
    def _site_name(out: Path) -> str:
        return "site-" + hashlib.blake2b(str(out.resolve()).encode(), digest_size=8).hexdigest() + ".bin"

    def site_file(self, out: Path) -> Path:
        """The cache file of one output folder (any build into that folder rewrites it)."""
        return self.folder / self._site_name(out)

    def forget_site(self, out: Path) -> None:
        """Remove what the cache knew of an output folder (a build that does not use the
        cache has just rewritten it): a running `serve` then knows another build wrote there."""
        try:
            self.site_file(out).unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            self.problems.append(warning(f"{FOLDER}/{self._site_name(out)}", 0,
                                         f"cannot remove a stale build cache file ({exc.strerror})"))

    def _site_key(self, out: Path) -> dict:
        return {"root": str(self.root.resolve()), "kind": "site", "out": str(out.resolve())}

    def load_site(self, out: Path) -> SiteState:
        payload, self.site_written_ns = self._load_with_time(self._site_name(out), self._site_key(out))
        return payload if isinstance(payload, SiteState) else SiteState()

    def site_is_racy(self, mtime_ns: int) -> bool:
        return self.site_written_ns - mtime_ns < RACY_NS

    def save_site(self, out: Path, state: SiteState) -> None:
        self._save(self._site_name(out), self._site_key(out), state)
