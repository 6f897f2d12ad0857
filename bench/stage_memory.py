#!/usr/bin/env python3
"""Where a cold build's memory goes, stage by stage: the proportional set size (PSS) of
the main process and of the whole build (main process plus its workers), sampled from
/proc/<pid>/smaps_rollup (Linux) by a separate sampler process.

    python bench/stage_memory.py SITE --out OUT [--every 0.25] [--types] [--keep-cache]

Builds SITE cold (its `.gazette-cache/` and OUT removed first, unless --keep-cache) in
this process, with the workers the build would use, and prints for each stage of
`gazette.pipeline._build` its wall time, the main process's PSS when it ends, and the
peak whole-build PSS while it ran, with the peak of what the workers hold privately
(their own objects, and the inherited pages they wrote to), and the seconds the main
process spent in its garbage collector during the stage. `--types` also prints, at
each stage's end, the kinds of object the main process holds most of (gc.get_objects:
slow, so the times are then not the build's). The sampler is a child of this process and leaves itself
out of the sums.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pss import pss_kib  # noqa: E402

# The stages of gazette.pipeline._build, by the name it calls them through (module.attr).
STAGES = ("pipeline.look_at_inputs", "pipeline.read_articles", "pipeline.select", "pipeline.make_library",
          "related.attach", "images.Photos.prepare", "pipeline.plan", "pipeline.render_pages",
          "pipeline.add_search", "pipeline.write", "pipeline.save_state", "kept.save_plan")

SAMPLER = r"""
import os, sys, time
sys.path.insert(0, sys.argv[1])
from pss import pss_kib, tree
parent, every, me = int(sys.argv[2]), float(sys.argv[3]), os.getpid()
out = open(sys.argv[4], "w")

def private_kib(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return sum(int(line.split()[1]) for line in f if line.startswith("Private_"))
    except OSError:
        return 0

while os.getppid() == parent:
    pids = [p for p in tree(parent) if p != me]
    workers = sum(private_kib(p) for p in pids if p != parent)
    out.write(f"{time.monotonic()} {pss_kib(parent)} {sum(pss_kib(p) for p in pids)} {len(pids)} {workers}\n")
    out.flush()
    time.sleep(every)
"""


class _Collector:
    """Seconds the garbage collector ran in this process (gc.callbacks)."""

    def __init__(self):
        self.seconds = 0.0
        self._started = 0.0
        gc.callbacks.append(self)

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._started


def _wrap(owner, name: str, marks: list, types: bool, collector: _Collector):
    original = getattr(owner, name)
    label = name

    def timed(*args, **kwargs):
        start, collected = time.monotonic(), collector.seconds
        try:
            return original(*args, **kwargs)
        finally:
            end = time.monotonic()
            marks.append((label, start, end, pss_kib(os.getpid()), _types() if types else None,
                          collector.seconds - collected))

    setattr(owner, name, timed)


def _types(top: int = 8) -> list[tuple[str, int]]:
    counts = Counter(type(o).__name__ for o in gc.get_objects())
    return counts.most_common(top)


def _resolve(dotted: str):
    import gazette.images
    import gazette.kept
    import gazette.pipeline
    import gazette.related

    owner: object = {"pipeline": gazette.pipeline, "related": gazette.related, "kept": gazette.kept,
                     "images": gazette.images}[dotted.split(".")[0]]
    *path, name = dotted.split(".")[1:]
    for part in path:
        owner = getattr(owner, part)
    return owner, name


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--every", type=float, default=0.25, help="seconds between samples")
    ap.add_argument("--types", action="store_true", help="count the main process's objects by kind at each stage")
    ap.add_argument("--keep-cache", action="store_true", help="do not remove the build cache and output first")
    args = ap.parse_args(argv)
    if not args.keep_cache:
        shutil.rmtree(args.site / ".gazette-cache", ignore_errors=True)
        shutil.rmtree(args.out, ignore_errors=True)
    from gazette import pipeline
    from gazette.config import load_config

    marks: list = []
    collector = _Collector()
    for dotted in STAGES:
        owner, name = _resolve(dotted)
        _wrap(owner, name, marks, args.types, collector)
    trace = Path(tempfile.mkstemp(prefix="stage-memory-", suffix=".txt")[1])
    sampler = subprocess.Popen([sys.executable, "-c", SAMPLER, str(HERE), str(os.getpid()), str(args.every),
                                str(trace)])
    started, cpu0 = time.monotonic(), os.times()
    try:
        result = pipeline.build(load_config(args.site), args.out)
    finally:
        ended, cpu1 = time.monotonic(), os.times()
        time.sleep(args.every * 2)
        sampler.terminate()
        sampler.wait()
    samples = [tuple(float(x) for x in line.split()) for line in trace.read_text().splitlines() if line.strip()]
    trace.unlink()
    cpu = sum(cpu1[:4]) - sum(cpu0[:4])
    peak = max((s[2] for s in samples), default=0)
    print(f"{result.articles} articles, {result.pages} pages; wall {ended - started:.1f} s; CPU {cpu:.1f} s; "
          f"peak whole-build PSS {peak / 1024:.0f} MiB")
    print(f"{'stage':<16} {'wall s':>8} {'main PSS at end':>16} {'peak build PSS':>15} {'procs':>6}"
          f" {'workers private':>16} {'main gc s':>10}")
    for label, start, end, main_kib, kinds, collecting in marks:
        during = [s for s in samples if start <= s[0] <= end]
        top = max((s[2] for s in during), default=main_kib)
        procs = max((int(s[3]) for s in during), default=1)
        private = max((s[4] for s in during), default=0)
        print(f"{label:<16} {end - start:>8.2f} {main_kib / 1024:>12.0f} MiB {top / 1024:>11.0f} MiB {procs:>6}"
              f" {private / 1024:>12.0f} MiB {collecting:>10.2f}")
        if kinds:
            print("    " + ", ".join(f"{name} {count:,}" for name, count in kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
