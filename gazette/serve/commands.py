"""The two commands that keep running: `python build.py serve` (`run`) and
`python build.py build --watch` (`watch`), and what they print about each build."""

from __future__ import annotations

import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Callable

from gazette.report import report as report_build
from gazette.serve.files import has_site, output_folder
from gazette.serve.httpd import NothingToServe, ServeError
from gazette.serve.rebuild import Outcome, Rebuilder, rebuild_loop
from gazette.serve.server import Server
from gazette.serve.watcher import Watcher


def _printer(args, hint: Callable[[], str]) -> Callable[[Outcome], None]:
    """What the terminal is told after each build; `hint()` ends the line of a failed one."""

    def report(outcome: Outcome) -> None:
        if outcome.ok:
            if getattr(args, "verbose", False) and outcome.changed:
                root = Path(args.site).resolve()
                names = sorted(_relative(p, root) for p in outcome.changed)
                print("Changed: " + ", ".join(names[:10]) + (" ..." if len(names) > 10 else ""), flush=True)
            report_build(outcome.result, args)
        elif outcome.crashed is not None:
            exc = outcome.crashed
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
            print(f"error: the build failed unexpectedly ({type(exc).__name__}); {hint()}",
                  file=sys.stderr, flush=True)
        else:
            for problem in outcome.problems:
                print(problem, file=sys.stderr)
            count = sum(1 for p in outcome.problems if not p.warning)
            print(f"Build failed: {count} problem{'s' * (count != 1)}; {hint()}", file=sys.stderr, flush=True)

    return report


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _stop_on_sigterm() -> Callable[[], None]:
    """Make SIGTERM stop like Ctrl-C (when running in the main thread); returns the undo."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)

    def restore() -> None:
        signal.signal(signal.SIGTERM, previous)

    return restore


def run(args, builder) -> int:
    """`python build.py serve`: build, serve with live reload, rebuild on change until Ctrl-C."""
    report = _printer(args, lambda: "still serving the last good site; waiting for a fix." if has_site(builder)
                      else "nothing to serve: the output folder holds no earlier build.")
    server = Server(builder, args.host, args.port, report=report, verbose=getattr(args, "verbose", False))
    try:
        server.start()
    except NothingToServe:
        return 1  # the build's problems are printed
    except ServeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    restore = _stop_on_sigterm()
    try:
        if not args.quiet:
            print(f"Serving {output_folder(builder)} at {server.url} with live reload; "
                  f"watching for changes (Ctrl-C to stop)", flush=True)
        if getattr(args, "open", False):
            import webbrowser

            threading.Thread(target=webbrowser.open, args=(server.url,), daemon=True).start()
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        restore()
    print("Stopped serving.", file=sys.stderr)
    return 0


def watch(args, builder, *, until: threading.Event | None = None) -> int:
    """`python build.py build --watch`: build, then rebuild on every change until Ctrl-C
    (or until `until` is set, for tests)."""
    report = _printer(args, lambda: "the output folder is unchanged; waiting for a fix." if has_site(builder)
                      else "nothing was written.")
    rebuilder = Rebuilder(builder, None, report)
    started = time.time() - 0.05
    if not rebuilder.build(None).ok and not has_site(builder):
        return 1  # nothing to watch over: the site has never built (its problems are printed)
    watcher = Watcher(builder)
    restore = _stop_on_sigterm()
    try:
        watcher.start()
        watcher.changed_since(started)
        if not args.quiet:
            print("Watching for changes (Ctrl-C to stop)", flush=True)
        rebuild_loop(watcher, rebuilder, lambda: until is not None and until.is_set())
    except KeyboardInterrupt:
        pass
    finally:
        watcher.stop()
        rebuilder.finish()  # only what must be kept: the search index, the build cache
        restore()
    print("Stopped watching.", file=sys.stderr)
    return 0
