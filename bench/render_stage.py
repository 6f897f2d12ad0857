#!/usr/bin/env python3
"""Where a cold build's CPU time goes, stage by stage, in one process.

    python bench/render_stage.py SITE [--checkout DIR] [--repeat 3] [--profile FILE]

Builds SITE (made with `bench/corpus.py`) cold and without the build cache, with one
process (no workers, unless --processes), and prints the CPU seconds of each stage of
`gazette.pipeline` that the checkout has: reading, the library, More on this story,
photos, planning, rendering (the pages rendered and staged), search, writing; and of each
template's rendering alone (in this process). `--checkout` runs another checkout's code (e.g.
an export of an older commit) the same way, so that the render stage of two versions can
be compared apart from what the other differs in. `--profile FILE` saves a cProfile of
the render stage alone (the last repeat) for `python -m pstats FILE`.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The stages of gazette.pipeline, by the module-level name build() calls them through.
STAGES = ("look_at_inputs", "read_articles", "select", "make_library", "related.attach", "images.Photos.prepare",
          "plan", "render_pages", "search.records", "search.add_index", "write")
NOW = datetime(2025, 12, 1, 12, tzinfo=timezone.utc)  # as bench/compare.py's fixed now


def _resolve(pipeline, dotted: str):
    owner = pipeline
    *path, name = dotted.split(".")
    for part in path:
        owner = getattr(owner, part, None)
        if owner is None:
            return None, name
    return (owner, name) if hasattr(owner, name) else (None, name)


def _cpu(system_only: bool = False) -> float:
    """CPU seconds of this process and of its children that have ended (the workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    if system_only:
        return own.ru_stime + children.ru_stime
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_build(site: Path, profile: cProfile.Profile | None, processes: int = 1) -> dict[str, float]:
    from gazette import pipeline
    from gazette.config import load_config

    from gazette import render

    spent: dict[str, float] = {}
    originals = []
    render_one = render.Renderer.render

    def timed_render(self, job):  # the template's own work, apart from staging the file
        started = time.process_time()
        try:
            return render_one(self, job)
        finally:
            key = "  render " + job.template
            spent[key] = spent.get(key, 0.0) + time.process_time() - started

    render.Renderer.render = timed_render
    for dotted in STAGES:
        owner, name = _resolve(pipeline, dotted)
        if owner is None:
            continue
        original = getattr(owner, name)
        originals.append((owner, name, original))

        def wrapper(*args, _original=original, _dotted=dotted, **kwargs):
            started, started_system = _cpu(), _cpu(system_only=True)
            if profile is not None and _dotted == "render_pages":
                profile.enable()
            try:
                return _original(*args, **kwargs)
            finally:
                if profile is not None and _dotted == "render_pages":
                    profile.disable()
                spent[_dotted] = spent.get(_dotted, 0.0) + _cpu() - started
                if _dotted == "render_pages":  # most of it writing files: noisy on a busy disk
                    spent["  system (kernel) part"] = _cpu(system_only=True) - started_system

        setattr(owner, name, wrapper)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            shutil.rmtree(site / ".gazette-cache", ignore_errors=True)
            started = _cpu()
            pipeline.build(load_config(site), Path(tmp) / "out", NOW, use_cache=False, processes=processes)
            spent["total"] = _cpu() - started
    finally:
        render.Renderer.render = render_one
        for owner, name, original in originals:
            setattr(owner, name, original)
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--checkout", type=Path, default=HERE.parent, help="the Gazette code to run")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=Path, help="save a cProfile of the render stage here")
    parser.add_argument("--processes", type=int, default=1,
                        help="worker processes (their CPU time counts in the stage that ran them; "
                             "the per-template figures are then this process's alone)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.checkout.resolve()))
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(int(NOW.timestamp())))
    runs = []
    for i in range(args.repeat):
        profile = cProfile.Profile() if args.profile and i == args.repeat - 1 else None
        runs.append(timed_build(args.site.resolve(), profile, args.processes))
        if profile is not None:
            profile.dump_stats(str(args.profile))
    import gazette

    print(f"{gazette.__file__}: CPU s, median of {args.repeat} ({args.processes} process(es), no cache)")
    stages = [*STAGES[:STAGES.index("render_pages") + 1], "  system (kernel) part",
              *sorted({key for run in runs for key in run if key.startswith("  render ")}),
              *STAGES[STAGES.index("render_pages") + 1:], "total"]
    for stage in stages:
        values = [run[stage] for run in runs if stage in run]
        if values:
            print(f"{stage:28} {statistics.median(values):8.2f}   ({', '.join(f'{v:.2f}' for v in values)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
