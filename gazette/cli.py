"""Command line: `python build.py [build|serve|import|new|check] ...` (also installed as `gazette`).

Commands import what they need lazily, so `--help` and small commands start fast.
Every user mistake ends in a message and exit status 1 (2 for a bad command line),
never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gazette.report import print_problems, report

COMMANDS = ("build", "serve", "import", "new", "check")


def _common_build_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", metavar="DIR", default=".", type=Path,
                        help="the site folder, holding site.toml (default: the current folder)")
    parser.add_argument("--base-url", metavar="URL",
                        help="absolute URL the site is published at (overrides base_url in site.toml)")
    parser.add_argument("--drafts", action="store_true", help="include articles marked draft: true")
    parser.add_argument("--future", action="store_true", help="include articles dated in the future")
    parser.add_argument("--no-cache", action="store_true",
                        help="ignore the build cache (.gazette-cache/) and build everything from scratch")
    parser.add_argument("--no-wait", action="store_true",
                        help="when another build is writing the output folder, exit with status 1, not wait")
    noise = parser.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    noise.add_argument("-v", "--verbose", action="store_true", help="print more about what the build does")


def port_number(text: str) -> int:
    """--port: a TCP port (0 picks a free one); anything else is a usage error, never wrapped."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0 to 65535)") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (0 to 65535)")
    return port


def make_parser(importer_options: bool = True, other_options: bool = True) -> argparse.ArgumentParser:
    """The whole command line; `importer_options=False` leaves out the import command's
    own options, `other_options=False` those of `new` and `check` (a build need not load
    the importer, the scaffold or the checker to parse its arguments: a build with
    nothing to do starts faster)."""
    parser = argparse.ArgumentParser(
        prog="gazette", description="Gazette: build a static news site from Markdown articles.",
        epilog="Without a command, 'build' is assumed: `python build.py --out DIR` builds into DIR.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="build the site (the default command)",
                                description="Build the site into the output folder (default: _site/).")
    _common_build_options(build)
    build.add_argument("--out", metavar="DIR", type=Path,
                       help="output folder (default: output_dir in site.toml, _site)")
    build.add_argument("--watch", action="store_true", help="keep running and rebuild whenever a source file changes")
    build.add_argument("--local", action="store_true",
                       help="links end in index.html, to browse the output folder from disk (not for publishing)")

    serve = commands.add_parser("serve", help="build, serve and rebuild on change, with live reload",
                                description="Preview the site locally; rebuilds and reloads the browser "
                                            "on every change.")
    _common_build_options(serve)
    serve.add_argument("--out", metavar="DIR", type=Path, help="output folder (default: output_dir in site.toml)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=port_number, default=8000,
                       help="port to listen on, 0 to 65535 (default: 8000; 0: any free port)")
    serve.add_argument("--open", action="store_true", help="open the site in a web browser")

    imp = commands.add_parser("import", help="turn plain-text news copy into content files",
                              description="Import plain-text articles into content/<yyyy>/<slug>.md.")
    imp.add_argument("--site", metavar="DIR", default=".", type=Path, help="the site folder (default: .)")
    if importer_options:
        from gazette import importer

        importer.add_arguments(imp)
    _new_and_check(commands, other_options)
    return parser


def _new_and_check(commands, options: bool) -> None:
    new = commands.add_parser(
        "new", help="start a site, or write a new article", description="Start a site or write an article.")
    checker = commands.add_parser("check", help="build, then check links, photos and headlines before publishing",
                                  description="Build the site and check it: links, fragments, photos, headlines.")
    if options:
        from gazette import check, scaffold

        scaffold.add_parsers(new)
        _common_build_options(checker)
        check.add_arguments(checker)


def build_overrides(args) -> dict:
    """Settings the command line overrides for this run."""
    from gazette.config import normalise_base_url

    changes = {"drafts": getattr(args, "drafts", False), "future": getattr(args, "future", False),
               "local_links": getattr(args, "local", False)}
    if getattr(args, "base_url", None):
        changes["base_url"] = normalise_base_url(args.base_url)
    return changes


def make_builder(args, *, again: bool):
    """The builder for this command; `again`: it will build again on every change (serve,
    --watch), so it keeps each build's plan to patch edits into."""
    from gazette.pipeline import SAVE_QUIET, Builder
    from gazette.progress import Progress

    progress = None if args.quiet else Progress(sys.stderr)
    return Builder(args.site, args.out, build_overrides(args), use_cache=not args.no_cache, progress=progress,
                   keep_plan=again, wait=not args.no_wait, notify=None if args.quiet else _say,
                   save_after=SAVE_QUIET if again else 0.0)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cmd_build(args) -> int:
    builder = make_builder(args, again=args.watch)
    if args.watch:
        from gazette import serve

        return serve.watch(args, builder)
    report(builder.build(), args)
    return 0


def cmd_serve(args) -> int:
    from gazette import serve

    return serve.run(args, make_builder(args, again=True))


def cmd_import(args) -> int:
    from gazette import importer
    from gazette.config import load_config

    return importer.run(args, load_config(args.site))


def cmd_new(args) -> int:
    from gazette import scaffold

    return scaffold.run(args)


def cmd_check(args) -> int:
    from gazette import check

    return check.run(args, make_builder(args, again=False))


def main(argv: list[str] | None = None) -> int:
    from gazette.problems import ProblemError

    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "build")
    args = make_parser(importer_options=argv[0] == "import",
                       other_options=argv[0] in ("new", "check", "-h", "--help")).parse_args(argv)
    handler = {"build": cmd_build, "serve": cmd_serve, "import": cmd_import, "new": cmd_new,
               "check": cmd_check}[args.command]
    try:
        return handler(args)
    except ProblemError as exc:
        print_problems([p for p in exc.problems if not (p.warning and getattr(args, "quiet", False))])
        count = sum(1 for p in exc.problems if not p.warning)
        what = {"import": "Import", "new": "New"}.get(args.command, "Build")
        print(f"{what} failed: {count} problem{'s' * (count != 1)}; nothing was written.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
