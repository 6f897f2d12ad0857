"""The watcher: which files a site is built from, watched with watchdog, handed out in
debounced batches so that an editor's save burst is one rebuild."""

from __future__ import annotations

import fnmatch
import os
import sys
import threading
import time
from pathlib import Path
from typing import Callable

from watchdog.events import FileSystemEventHandler
from watchdog.observers.api import ObservedWatch

from gazette.serve.files import output_folder

DEBOUNCE = 0.05  # seconds of quiet after the last change before building (a save burst takes a few ms)
# Seconds of quiet when every file written since the last batch has been closed (Linux
# reports a close after writing: the save is complete), for a rename or a deletion that
# may follow it, as an editor's backup dance does. Where no close is reported (macOS,
# a file left open, a `touch`), DEBOUNCE applies.
SETTLED = 0.015
MAX_DEBOUNCE = 2.0  # build anyway after this long, even if changes keep coming

CACHE_DIR = ".gazette-cache"
# Editors' temporary and backup files (vim, emacs, JetBrains, gedit, macOS, Chromium's File System Access).
IGNORED_NAMES = ("*.swp", "*.swo", "*.swx", "*~", ".#*", "#*#", "4913", ".DS_Store", "*___jb_tmp___",
                 "*___jb_old___", ".goutputstream-*", "*.crswap", "*.tmp",
                 "sed" + "[0-9A-Za-z]" * 6)  # sed -i's temporary file


def _is_under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


class Watcher(FileSystemEventHandler):
    """Watches a site's sources; `next_batch()` returns the changed paths, debounced.

    Watched: the content, templates and static folders (recursively) and site.toml (by
    watching the site folder itself, not recursively, which also sees a watched folder
    appear or vanish). The folders come from the builder's settings and are watched
    anew when a rebuild changes them.
    """

    def __init__(self, builder, on_change: Callable[[], None] | None = None,
                 debounce: float = DEBOUNCE, max_wait: float = MAX_DEBOUNCE, settled: float = SETTLED):
        from watchdog.observers import Observer

        self.builder = builder
        self.on_change = on_change or (lambda: None)
        self.debounce = debounce
        self.max_wait = max_wait
        self.settled = min(settled, debounce)
        self._writing: set[str] = set()  # files written since the last batch and not closed since
        self.observer = Observer(timeout=0.2)
        self._cond = threading.Condition()
        self._changed: set[Path] = set()
        self._first = self._last = 0.0
        self._stopped = False
        self._watches: dict[tuple[str, bool], ObservedWatch] = {}
        self._folders: list[str] = []
        self._ignored: list[str] = []
        self._config_file = ""

    # which paths matter

    def _layout(self) -> tuple[str, list[str], list[str], str]:
        root = os.path.realpath(self.builder.root)
        config = self.builder.config
        names = {"content_dir": "content", "templates_dir": "templates", "static_dir": "static"}
        folders = [os.path.realpath(os.path.join(root, getattr(config, key, default) if config else default))
                   for key, default in names.items()]
        output = output_folder(self.builder)
        ignored = [os.path.join(root, CACHE_DIR)]
        if output is not None:
            out = os.path.realpath(output)
            parent, name = os.path.split(out)
            ignored += [out, os.path.join(parent, f".{name}.new"), os.path.join(parent, f".{name}.old")]
        return root, folders, ignored, os.path.join(root, "site.toml")

    def relevant(self, path: str) -> bool:
        """Is a change to `path` (absolute, real) one the site is built from?"""
        if any(_is_under(path, folder) for folder in self._ignored):
            return False
        name = os.path.basename(path)
        if any(fnmatch.fnmatchcase(name, pattern) for pattern in IGNORED_NAMES):
            return False
        if path == self._config_file:
            return True
        return any(_is_under(path, folder) for folder in self._folders)

    # watchdog's thread calls this

    def dispatch(self, event) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        if event.is_directory and event.event_type == "modified":
            return  # a folder's own times change with every file in it; the file events say more
        paths = [event.src_path, getattr(event, "dest_path", "")]
        hits = []
        for raw in paths:
            if not raw:
                continue
            path = os.fsdecode(raw)
            if self.relevant(path):
                hits.append(Path(path))
        if not hits:
            return
        now = time.monotonic()
        first = False
        with self._cond:
            if not self._changed:
                self._first = now
                first = True
            self._changed.update(hits)
            self._note_writing(event)
            self._last = now
            self._cond.notify_all()
        if first:
            self.on_change()

    def _note_writing(self, event) -> None:
        """Keep `_writing` up to date: a file written is open until its close is reported."""
        if event.is_directory:
            return
        kind, path = event.event_type, os.fsdecode(event.src_path)
        if kind in ("created", "modified"):
            self._writing.add(path)
        elif kind in ("closed", "deleted", "moved"):
            self._writing.discard(path)
            if kind == "moved":  # a file renamed over another is complete, as a save by rename makes it
                self._writing.discard(os.fsdecode(event.dest_path))

    def _quiet(self) -> float:
        """Seconds of quiet that end a batch: short once every write has been closed."""
        return self.debounce if self._writing else self.settled

    # lifecycle

    def sync(self) -> None:
        """Watch the folders the settings name now (they may have changed, appeared or gone)."""
        root, folders, ignored, config_file = self._layout()
        self._folders, self._ignored, self._config_file = folders, ignored, config_file
        wanted = {(root, False)} | {(f, True) for f in folders if os.path.isdir(f)}
        if (root, True) in wanted:
            wanted.discard((root, False))
        for key in list(self._watches):
            if key not in wanted or not os.path.isdir(key[0]):
                self._unschedule(key)
        for key in sorted(wanted):
            if key not in self._watches:
                try:
                    self._watches[key] = self.observer.schedule(self, key[0], recursive=key[1])
                except OSError as exc:
                    print(f"warning: cannot watch {key[0]}: {exc.strerror or exc}", file=sys.stderr)

    def _unschedule(self, key) -> None:
        watch = self._watches.pop(key, None)
        if watch is not None:
            try:
                self.observer.unschedule(watch)
            except (KeyError, OSError):
                pass

    def start(self) -> "Watcher":
        self.sync()
        self.observer.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
        try:
            self.observer.stop()
            self.observer.join(timeout=5)
        except RuntimeError:
            pass  # never started

    def next_batch(self, timeout: float) -> set[Path] | None:
        """The paths changed since the last batch, once `debounce` seconds passed without a
        new change (or `max_wait` since the first); None after `timeout` without a change."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._changed or self._stopped, timeout) or self._stopped:
                return None
            while True:
                now = time.monotonic()
                left = min(self._last + self._quiet() - now, self._first + self.max_wait - now)
                if left <= 0 or self._stopped:
                    break
                self._cond.wait(left)
            batch, self._changed = self._changed, set()
            self._writing.clear()  # a file never closed (a `touch`) does not hold up later batches
            return batch

    def pending(self) -> bool:
        """Has a change come that the next batch will hold (or has the watcher stopped)?"""
        with self._cond:
            return bool(self._changed) or self._stopped

    def rescan_if_moved(self, batch: set[Path]) -> None:
        """Watch again after a batch: a watched folder that was deleted, moved or made anew
        needs a new watch, and new settings may name other folders."""
        touched = {str(p) for p in batch}
        for key in [k for k in self._watches if k[0] in touched]:
            self._unschedule(key)
        self.sync()

    def changed_since(self, started: float) -> None:
        """Queue what changed on disk since `started` (time.time()) but before the watch began:
        files and folders (a deletion changes its folder's time) modified after it."""
        hits: set[Path] = set()
        candidates = [self._config_file]
        for folder in self._folders:
            for parent, _dirs, files in os.walk(folder):
                candidates.append(parent)
                candidates.extend(os.path.join(parent, name) for name in files)
        for path in candidates:
            try:
                if os.stat(path).st_mtime >= started and self.relevant(path):
                    hits.add(Path(path))
            except OSError:
                continue
        if hits:
            with self._cond:
                now = time.monotonic()
                if not self._changed:
                    self._first = now
                self._changed |= hits
                self._last = now
                self._cond.notify_all()
            self.on_change()
