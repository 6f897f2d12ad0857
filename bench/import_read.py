"""How long does the importer take to read a text, and does a long line cost more than its length?

    python bench/import_read.py [--sizes 1 4] [--repeat 3]

Two measures, standard library and Gazette only:

1. Every real text of the importer's corpus (tests/importer_corpus: the corpus, its saved pages that are in the
   repository, and every held-out batch) read by `gazette.importer.command.read_input`, as `import` reads them:
   the texts, the seconds, the texts a second, and the slowest five.
2. One text around a single long line of seventeen shapes (words, sentences, brackets, bars, slashes, photo
   credits, bylines, date stamps, wire tags, labelled sources, letters without spaces...), each at about
   20,000 characters times each of `--sizes`: the seconds of the best of `--repeat` reads, and the ratio between the
   sizes. A reading that grows with the square of the line's length shows as a ratio near the square of the sizes'
   ratio (16 for 1 and 4); a linear one near the sizes' ratio (4).
3. One text of many short paragraphs (250 times each of `--sizes`, each a sentence, with a comment prompt after
   them): the same figures, for what reads paragraph by paragraph (the learned span reads each paragraph's
   neighbours and what stands before and after it).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "importer_corpus"))

from gazette.config import SiteConfig  # noqa: E402
from gazette.importer.command import read_input  # noqa: E402

#: A long line's shapes: (name, the piece repeated, how many pieces make about 20,000 characters).
SHAPES = (
    ("words", "word ", 4000), ("capitals", "Word ", 4000), ("sentences", "Word word. ", 2000),
    ("brackets", "(Word) ", 4000), ("square brackets", "[X]", 6000), ("bars", "Word | ", 3000),
    ("slashes", "Word Word / ", 2000), ("photo credits", "Photo: AFP ", 2000), ("commas", "Word, ", 3500),
    ("Korean bylines", "홍길동 기자 ", 3000), ("Chinese credits", "記者張三攝。", 3000), ("no spaces", "x", 20000),
    ("a byline's opening", "Por Redacción de la ", 1000), ("bylines", "By Jane Doe ", 1700),
    ("date stamps", "입력 2021.03.15 ", 1400), ("wire tags", "(AP) — ", 2900),
    ("labelled sources", "来源:新华网 ", 2800),
)


def read_corpus(config: SiteConfig) -> None:
    import score  # tests/importer_corpus/score.py: the corpus's entries and where their bytes are

    timings = []
    for batch in ["", *score.batches(), *score.saved_batches()]:
        for name, entry in score.load(batch).items():
            path = ROOT / entry["file"] if entry.get("file") else score.HERE / name
            if not path.exists():  # a saved page an npm package installs, not installed here
                continue
            data = path.read_bytes()
            start = time.perf_counter()
            read_input(data, name, config)
            timings.append((time.perf_counter() - start, name))
    total = sum(t for t, _ in timings)
    print(f"corpus: {len(timings)} texts read in {total:.1f} s, {len(timings) / total:.0f} texts/s, "
          f"median {sorted(timings)[len(timings) // 2][0] * 1000:.0f} ms")
    for seconds, name in sorted(timings, reverse=True)[:5]:
        print(f"  slowest: {seconds:.2f} s {name}")


def read_long_lines(config: SiteConfig, sizes: list[int], repeat: int) -> None:
    print(f"\none long line (best of {repeat}), seconds at about 20,000 x {sizes} characters:")
    for shape, piece, count in SHAPES:
        seconds = []
        for size in sizes:
            text = f"Title here\n\nMarch 3, 2021\n\n{piece * count * size}\n\nA closing sentence here.\n".encode()
            seconds.append(_best_read(text, config, repeat))
        _print_row(shape, seconds)


def read_many_paragraphs(config: SiteConfig, sizes: list[int], repeat: int) -> None:
    print(f"\nmany paragraphs (best of {repeat}), seconds at 250 x {sizes} paragraphs:")
    seconds = []
    for size in sizes:
        body = "\n\n".join(f"Paragraph {i} says the council met on Monday about the bridge." for i in range(250 * size))
        text = f"Title here\n\nMarch 3, 2021\n\n{body}\n\nWhat do you think?\n".encode()
        seconds.append(_best_read(text, config, repeat))
    _print_row("paragraphs", seconds)


def _best_read(text: bytes, config: SiteConfig, repeat: int) -> float:
    """The seconds of the fastest of `repeat` reads of `text`."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        read_input(text, "long.txt", config)
        best = min(best, time.perf_counter() - start)
    return best


def _print_row(shape: str, seconds: list[float]) -> None:
    ratio = seconds[-1] / seconds[0] if seconds[0] else float("nan")
    print(f"  {shape:16} " + "  ".join(f"{s:6.2f}" for s in seconds) + f"   ratio {ratio:4.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    config = SiteConfig(root=ROOT, language="en")
    read_corpus(config)
    read_long_lines(config, args.sizes, args.repeat)
    read_many_paragraphs(config, args.sizes, args.repeat)


if __name__ == "__main__":
    main()
