#!/usr/bin/env python3
"""Reference point: Python-Markdown alone on the benchmark's article bodies.

    python bench/markdown_only.py [--n 10000] [--corpus DIR] [--configs plain,gazette,pelican]

Converts every body with one ``markdown.Markdown`` instance (``reset()``
between documents) in this one process, pinned to one CPU, and prints the
time per configuration.  That is a floor for any single-core Python build
of the corpus that uses Python-Markdown: everything else (reading, front
matter, templates, writing) comes on top.

Bodies come from bench/corpus.py in memory (``--n``), or from the ``.md``
files of a corpus folder written by it (``--corpus``; front matter or
Pelican's metadata header is stripped).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import corpus  # noqa: E402

try:
    import markdown
except ImportError:  # pragma: no cover
    sys.exit("Python-Markdown is not installed (pip install markdown)")

GAZETTE_FALLBACK = ["tables", "fenced_code", "footnotes", "attr_list", "def_list", "abbr", "sane_lists"]


def gazette_extensions() -> tuple[list[str], str]:
    """Gazette's own extension list if the package is importable."""
    sys.path.insert(0, str(BENCH.parent))
    try:
        from gazette import markdown as gm  # type: ignore
        return list(gm.EXTENSIONS), "html"
    except Exception:
        return GAZETTE_FALLBACK, "html"
    finally:
        sys.path.pop(0)


def configs() -> dict[str, tuple[list, dict, str]]:
    g_ext, g_fmt = gazette_extensions()
    return {
        "plain": ([], {}, "html"),
        "gazette": (g_ext, {}, g_fmt),
        # Pelican 4's default MARKDOWN setting.
        "pelican": (["markdown.extensions.codehilite", "markdown.extensions.extra",
                     "markdown.extensions.meta"],
                    {"markdown.extensions.codehilite": {"css_class": "highlight"}}, "html5"),
    }


def strip_header(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        return text[end + 5:] if end >= 0 else text
    head, sep, body = text.partition("\n\n")  # Pelican: metadata up to the first blank line
    if sep and all(":" in line for line in head.splitlines()):
        return body
    return text


def load_bodies(args) -> list[str]:
    if args.corpus:
        files = sorted(Path(args.corpus).rglob("*.md"))
        files = [f for f in files if "content" in f.parts and not f.name.startswith("_")]
        return [strip_header(f.read_text(encoding="utf-8")) for f in files]
    return [a["body"] for a in corpus.articles(args.n)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000, help="articles to generate in memory")
    ap.add_argument("--corpus", type=Path, help="read bodies from this corpus folder instead")
    ap.add_argument("--configs", default="plain,gazette,pelican")
    ap.add_argument("--repeat", type=int, default=1, help="passes per config (best reported)")
    args = ap.parse_args(argv)

    try:  # one core, like a single-process build
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
    except (AttributeError, OSError):
        pass

    bodies = load_bodies(args)
    if not bodies:
        sys.exit("no article bodies found")
    words = sum(len(b.split()) for b in bodies)
    mib = sum(len(b.encode()) for b in bodies) / 2**20
    print(f"Python-Markdown {markdown.__version__}, Python {sys.version.split()[0]}; "
          f"{len(bodies)} bodies, {words / len(bodies):.0f} words each, {mib:.1f} MiB; 1 core")
    print(f"{'config':10} {'seconds':>8} {'ms/article':>11} {'articles/s':>11}  extensions")
    table = configs()
    for name in [c.strip() for c in args.configs.split(",") if c.strip()]:
        if name not in table:
            sys.exit(f"unknown config {name!r}; known: {', '.join(table)}")
        exts, ext_cfg, fmt = table[name]
        best = float("inf")
        for _ in range(max(1, args.repeat)):
            md = markdown.Markdown(extensions=exts, extension_configs=ext_cfg, output_format=fmt)
            t0 = time.perf_counter()
            for b in bodies:
                md.reset()
                md.convert(b)
            best = min(best, time.perf_counter() - t0)
        short = ",".join(e.rsplit(".", 1)[-1] for e in exts) or "-"
        print(f"{name:10} {best:8.2f} {best / len(bodies) * 1000:11.2f} {len(bodies) / best:11.0f}  {short}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
