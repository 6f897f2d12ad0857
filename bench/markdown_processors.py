#!/usr/bin/env python3
"""Which Python-Markdown processors cost what, on real news bodies and on the bench corpus.

    python bench/markdown_processors.py [--n 2000] [--repeat 5]

Times every preprocessor, block processor (its `test` and `run`), tree processor,
inline pattern (its regular expression's searches and its `handleMatch`) and
postprocessor of a Markdown instance with Gazette's extensions, by wrapping each, over
two sets of bodies: the real articles in this repository (content/, tests/sites/,
tests/importer_inputs/: news copy, mostly plain paragraphs) and `--n` bodies of the
benchmark corpus (bench/corpus.py, made in memory). Then it times whole conversions
with Python-Markdown alone and with Gazette's renderer (gazette/markdown.py, which
skips the inline patterns for plain paragraphs). CPU time of this one process.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(REPO))
import corpus  # noqa: E402

from gazette import markdown as gazette_markdown  # noqa: E402

SPENT: dict[str, float] = defaultdict(float)


def _timed(name: str, func):
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            SPENT[name] += time.process_time() - start
    return wrapper


class _TimedRegex:
    def __init__(self, name: str, regex):
        self.regex = regex
        self.search = _timed(name, regex.search)
        self.match = _timed(name, regex.match)

    def __getattr__(self, attr):
        return getattr(self.regex, attr)


def instrument(md) -> None:
    """Wrap each processor of `md` (inline patterns are timed inside the inline tree processor too)."""
    for kind, registry, methods in (("pre", md.preprocessors, ("run",)),
                                    ("block", md.parser.blockprocessors, ("test", "run")),
                                    ("tree", md.treeprocessors, ("run",)),
                                    ("post", md.postprocessors, ("run",))):
        for name in list(registry._priority):
            item = registry[name.name]
            for method in methods:
                setattr(item, method, _timed(f"{kind}:{name.name}", getattr(item, method)))
    for name in list(md.inlinePatterns._priority):
        pattern = md.inlinePatterns[name.name]
        label = f"inline:{name.name}"
        pattern.handleMatch = _timed(label, pattern.handleMatch)
        regex = _TimedRegex(label, pattern.getCompiledRegExp())
        pattern.getCompiledRegExp = lambda regex=regex: regex


def real_bodies() -> list[str]:
    files = (sorted((REPO / "content").rglob("*.md")) + sorted((REPO / "tests" / "sites").rglob("*.md"))
             + sorted((REPO / "tests" / "importer_inputs").glob("*.txt")))
    return [f.read_text(encoding="utf-8").split("\n---\n", 1)[-1] for f in files]


def profile(label: str, bodies: list[str], repeat: int) -> None:
    import markdown

    md = markdown.Markdown(extensions=gazette_markdown.EXTENSIONS, output_format="html")
    instrument(md)
    SPENT.clear()
    start = time.process_time()
    for _ in range(repeat):
        for body in bodies:
            md.reset().convert(body)
    total = time.process_time() - start
    print(f"\n{label}: {len(bodies)} bodies x {repeat}, {total / repeat / len(bodies) * 1000:.3f} ms per body "
          "with the timers (inline patterns are also inside tree:inline)")
    print("| processor | share of the conversion |\n|---|---:|")
    for name, spent in sorted(SPENT.items(), key=lambda kv: -kv[1])[:14]:
        print(f"| {name} | {spent / total:.0%} |")


def compare(label: str, bodies: list[str], repeat: int) -> None:
    gazette_markdown._convert("warm up")
    figures = {}
    for name, func in (("Python-Markdown", gazette_markdown._convert),
                       ("Gazette (fast path)", gazette_markdown.render)):
        start = time.process_time()
        for _ in range(repeat):
            for body in bodies:
                func(body)
        figures[name] = (time.process_time() - start) / repeat / len(bodies) * 1000
    ratio = figures["Python-Markdown"] / figures["Gazette (fast path)"]
    print(f"{label}: Python-Markdown {figures['Python-Markdown']:.3f} ms/body, "
          f"Gazette {figures['Gazette (fast path)']:.3f} ms/body ({ratio:.2f}x)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="bench corpus bodies")
    ap.add_argument("--repeat", type=int, default=5, help="passes over the real bodies (the corpus: one)")
    args = ap.parse_args(argv)
    real = real_bodies()
    bench = [a["body"] for a in corpus.articles(args.n)]
    profile("real news bodies", real, args.repeat)
    profile("bench corpus", bench, 1)
    print()
    compare(f"real news bodies ({len(real)})", real, args.repeat)
    compare(f"bench corpus ({len(bench)})", bench, 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
