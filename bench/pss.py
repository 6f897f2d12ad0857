#!/usr/bin/env python3
"""Whole-build memory: the peak of the summed proportional set size (PSS) of a command
and every process it starts, sampled from /proc/<pid>/smaps_rollup (Linux).

    python bench/pss.py [--every 0.5] -- python build.py --site DIR --out OUT

PSS splits each page shared between processes (a forked worker's inherited heap)
among them, so the sum is what the build costs the machine, which summed RSS
overstates. Prints the peak summed PSS, the peak count of processes, and the wall and
CPU time (user + system of the command and its children).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time


def tree(pid: int) -> list[int]:
    """`pid` and its descendants (from /proc/<pid>/task/*/children)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as f:
                    todo.extend(int(child) for child in f.read().split())
        except OSError:
            continue
    return found


def pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--every", type=float, default=0.5, help="seconds between samples")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        ap.error("no command given")
    start = time.perf_counter()
    before = os.times()
    proc = subprocess.Popen(command)
    peak, peak_procs = 0, 0
    while proc.poll() is None:
        pids = tree(proc.pid)
        peak = max(peak, sum(pss_kib(pid) for pid in pids))
        peak_procs = max(peak_procs, len(pids))
        time.sleep(args.every)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    print(f"exit {proc.returncode}; wall {wall:.1f} s; CPU {cpu:.1f} s; "
          f"peak whole-build PSS {peak / 1024:.0f} MiB over up to {peak_procs} processes")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
