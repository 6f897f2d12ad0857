#!/usr/bin/env python3
"""Gazette against Gazette: two checkouts, one corpus, builds alternated in one run.

For a change that must not make the build slower (a refactor, say), this times the
cold, no-change, one-edit and one-add builds of the checkout it lives in ("after")
and of another checkout ("before", e.g. made with `git worktree add ../before HEAD~5`),
alternating the two so that both see the same machine load. It prints, per build,
the median wall time and CPU time (user + system of the build and its workers) of
each, and checks that the two checkouts wrote the same bytes. Each checkout builds
with its own templates and static files.

    python bench/compare.py --before ../before --n 10000 --repeat 3

Everything generated goes to bench/work/compare/ (git-ignored).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
AFTER = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

BUILDS = ("cold", "noop", "edit", "add")
# A fixed "now" (2025-12-01 12:00 UTC), so that both checkouts build the same site. Not a
# midnight: the corpus dates articles at midnight, and a news-sitemap window that ends
# exactly "now" makes every build plan the site anew.
EPOCH = "1764590400"


def run_build(checkout: Path, site: Path, out: Path, cold: bool) -> tuple[float, float]:
    """One `python build.py` of `checkout` on `site`: (wall s, CPU s of it and its children)."""
    if cold:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(site / ".gazette-cache", ignore_errors=True)
    env = dict(os.environ, PYTHONPATH=str(checkout), SOURCE_DATE_EPOCH=EPOCH)
    command = [sys.executable, str(checkout / "build.py"), "build", "--site", str(site), "--out", str(out), "-q"]
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=checkout, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if status:
        raise SystemExit(f"{checkout}: build failed (status {status})")
    return wall, usage.ru_utime + usage.ru_stime


def same_tree(a: Path, b: Path) -> bool:
    compared = filecmp.dircmp(a, b)
    if compared.left_only or compared.right_only or compared.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, compared.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(same_tree(a / d, b / d) for d in compared.common_dirs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="the other checkout (the old code)")
    parser.add_argument("--after", type=Path, default=AFTER, help="the new code (default: this checkout)")
    parser.add_argument("--n", type=int, default=10000, help="articles in the corpus")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (median reported)")
    parser.add_argument("--work", type=Path, default=HERE / "work" / "compare")
    parser.add_argument("--after-toml", action="append", default=[], metavar="LINE",
                        help="a line added to the after checkout's site.toml, e.g. 'search = false' "
                             "(a setting the before code does not know); repeatable")
    parser.add_argument("--before-toml", action="append", default=[], metavar="LINE",
                        help="the same for the before checkout's site.toml")
    parser.add_argument("--builds", default=",".join(BUILDS), help="which builds, of " + ",".join(BUILDS))
    args = parser.parse_args(argv)
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH  # the added article is dated just before it (corpus.add_one)
    checkouts = {"before": args.before.resolve(), "after": args.after.resolve()}
    builds = [b for b in args.builds.split(",") if b in BUILDS]
    shutil.rmtree(args.work, ignore_errors=True)
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for round_ in range(args.repeat):
        sites = {}
        for name in checkouts:  # a fresh corpus per round and checkout: edits and adds accumulate otherwise
            sites[name] = args.work / f"{name}-{round_}"
            corpus.generate(args.n, sites[name])
            for folder in ("templates", "static"):  # each checkout builds with its own theme
                shutil.rmtree(sites[name] / folder, ignore_errors=True)
                if (checkouts[name] / folder).is_dir():
                    shutil.copytree(checkouts[name] / folder, sites[name] / folder)
        for name, lines in (("before", args.before_toml), ("after", args.after_toml)):
            with (sites[name] / "site.toml").open("a", encoding="utf-8") as toml:
                toml.writelines(line + "\n" for line in lines)
        for build in builds:
            for name, checkout in checkouts.items():
                site = sites[name]
                if build == "edit":
                    corpus.edit_one(site)
                elif build == "add":
                    corpus.add_one(site)
                result = run_build(checkout, site, site / "_out", cold=build == "cold")
                times.setdefault((build, name), []).append(result)
                print(f"round {round_ + 1} {build:5} {name:6} wall {result[0]:7.2f} s  CPU {result[1]:7.2f} s",
                      flush=True)
        identical = same_tree(sites["before"] / "_out", sites["after"] / "_out")
        print(f"round {round_ + 1}: outputs {'identical' if identical else 'DIFFER'}", flush=True)
    print(f"\nN = {args.n:,}, median of {args.repeat} (wall s / CPU s)")
    print("| build | before | after | after/before (wall) |")
    print("|---|---|---|---|")
    for build in builds:
        cells = []
        for name in checkouts:
            runs = times[(build, name)]
            cells.append((statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)))
        ratio = cells[1][0] / cells[0][0]
        print(f"| {build} | {cells[0][0]:.2f} / {cells[0][1]:.2f} | {cells[1][0]:.2f} / {cells[1][1]:.2f} "
              f"| {ratio:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
