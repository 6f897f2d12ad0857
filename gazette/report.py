"""What a build tells the user in the terminal: its warnings, its one-line summary and,
with -v, what it did. Shared by `build` (gazette.cli) and the rebuilds of `serve` and
`build --watch` (gazette.serve), so neither imports the other."""

from __future__ import annotations

import sys


def print_problems(problems) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


def summary_line(result) -> str:
    held = result.held_back_drafts + result.held_back_future
    line = (f"Built {result.articles} article{'s' * (result.articles != 1)}, "
            f"{result.pages} page{'s' * (result.pages != 1)} in {result.seconds:.2f} s")
    if held:
        parts = []
        if result.held_back_drafts:
            parts.append(f"{result.held_back_drafts} draft{'s' * (result.held_back_drafts != 1)} (--drafts)")
        if result.held_back_future:
            parts.append(f"{result.held_back_future} dated in the future (--future)")
        line += f"; held back {held}: " + ", ".join(parts)
    return line


def report(result, args) -> None:
    """A good build's warnings and summary (nothing with -q; what it did too with -v)."""
    if not args.quiet:
        print_problems(result.warnings)
        if args.verbose:
            if result.up_to_date:
                print("Nothing changed since the last build.")
            else:
                print(f"{count(result.parsed, 'article')} parsed, {count(result.rendered, 'page')} rendered; "
                      f"{count(result.written, 'file')} written, {result.unchanged} unchanged, "
                      f"{result.removed} removed"
                      + (" (patched into the last build)" if result.patched else ""))
        print(summary_line(result), flush=True)
