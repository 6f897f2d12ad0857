#!/usr/bin/env python3
"""What search and "More on this story" cost: cold, no-change, edit and add builds of the
synthetic corpus (bench/corpus.py), with search on and off, and the size of the index.

    python bench/search_bench.py 10000 [--work DIR] [--tree PATH]

`--tree` runs another checkout's `build.py` (e.g. a `git worktree` of the commit before
search) on the same corpus, for the "before" figures; without it, this tree's. Each
figure is one build's wall and CPU seconds (children included); the corpus is made anew
for each configuration, so every series starts cold. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402


def timed(command: list[str], tree: Path) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(tree)}  # that tree's gazette, whatever is installed
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def series(n: int, work: Path, tree: Path, search: bool | None) -> list[tuple[str, float, float]]:
    site = work / f"site-{n}-{'default' if search is None else search}"
    corpus.generate(n, site)
    for folder in ("templates", "static"):  # the theme of the tree that builds
        shutil.rmtree(site / folder, ignore_errors=True)
        if (tree / folder).is_dir():
            shutil.copytree(tree / folder, site / folder)
    if search is not None:
        with open(site / "site.toml", "a", encoding="utf-8") as f:
            f.write(f"search = {'true' if search else 'false'}\n")
    build = [sys.executable, str(tree / "build.py"), "build", "--site", str(site)]
    rows = [("cold", *timed(build, tree))]
    rows.append(("no change", *timed(build, tree)))
    corpus.edit_one(site)
    rows.append(("edit one article's text", *timed(build, tree)))
    corpus.add_one(site)
    rows.append(("add one article", *timed(build, tree)))
    index = site / "_site" / "pagefind"
    if index.is_dir():
        count, total = size(index)
        rows.append((f"index: {count:,} files, {total / 1e6:.1f} MB", 0.0, 0.0))
    shutil.rmtree(site)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--work", type=Path, default=Path("/tmp/gazette-search-bench"))
    parser.add_argument("--tree", type=Path, default=BENCH.parent, help="checkout whose build.py runs")
    parser.add_argument("--only", choices=["on", "off", "default"], action="append",
                        help="configurations to run (default: on and off)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    chosen = args.only or ["on", "off"]
    print(f"N = {args.n:,}; tree {args.tree}; load average at start {os.getloadavg()[0]:.1f}")
    print("| configuration | build | wall s | CPU s |\n|---|---|---:|---:|")
    for name in chosen:
        search = {"on": True, "off": False, "default": None}[name]
        for build, wall, cpu in series(args.n, args.work, args.tree, search):
            figures = f"{wall:.2f} | {cpu:.2f}" if wall else " | "
            print(f"| search {name} | {build} | {figures} |", flush=True)
    print(f"load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
