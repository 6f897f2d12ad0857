"""How long does rewrite detection take against a large site?

    python bench/import_bench.py [--articles 10000] [--queries 50] [--seed 1] [--end-to-end]

Generates synthetic articles (Zipf-distributed made-up words between real
English function words, 400-900 words each, in paragraphs), indexes them with
`gazette.similarity.SimilarityIndex`, then checks new articles against the
index: half are paraphrases of an indexed article (about 40% of words
replaced, some sentences dropped), half are new stories. It prints the index
build time, the time per check (mean and worst), and whether every
paraphrase was found and no new story was flagged. With --end-to-end it also
writes the articles as content files of a site and times the whole import
command against it, reading and indexing the site included.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gazette.similarity import THRESHOLD, SimilarityIndex  # noqa: E402

FUNCTION_WORDS = "the of and to in a is that for on with as by at from was it be has are this an".split()


def make_vocabulary(rng: random.Random, size: int) -> list[str]:
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    vocabulary: set[str] = set()
    while len(vocabulary) < size:
        vocabulary.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(vocabulary)


class Writer:
    """Makes article text from a Zipf distribution over a made-up vocabulary."""

    def __init__(self, rng: random.Random, vocabulary_size: int = 30_000):
        self.rng = rng
        self.vocabulary = make_vocabulary(rng, vocabulary_size)
        # Zipf over ranks 100 and up: the top of a real word list is function
        # words, which rewrite detection ignores anyway.
        weights = [1.0 / (rank + 100) ** 1.1 for rank in range(vocabulary_size)]
        total = 0.0
        self.cumulative = []
        for w in weights:
            total += w
            self.cumulative.append(total)

    def word(self) -> str:
        if self.rng.random() < 0.45:
            return self.rng.choice(FUNCTION_WORDS)
        return self.rng.choices(self.vocabulary, cum_weights=self.cumulative)[0]

    def words(self, count: int) -> list[str]:
        content = self.rng.choices(self.vocabulary, cum_weights=self.cumulative, k=count)
        return [self.rng.choice(FUNCTION_WORDS) if self.rng.random() < 0.45 else w for w in content]

    def sentence(self) -> str:
        return " ".join(self.words(self.rng.randint(12, 28))).capitalize() + "."

    def article(self) -> list[str]:
        """A list of sentences, about 400-900 words."""
        sentences: list[str] = []
        target = self.rng.randint(400, 900)
        while sum(len(s.split()) for s in sentences) < target:
            sentences.append(self.sentence())
        return sentences

    def paraphrase(self, sentences: list[str], replace: float = 0.4) -> list[str]:
        """Replace a share of words and drop a few sentences: a heavy rewrite."""
        out = []
        for s in sentences:
            if self.rng.random() < 0.1:
                continue
            ws = [self.word() if self.rng.random() < replace else w for w in s.rstrip(".").split()]
            out.append(" ".join(ws).capitalize() + ".")
        return out


def as_text(sentences: list[str]) -> str:
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return "\n\n".join(paragraphs)


def end_to_end(corpus: list[list[str]], writer: Writer, rng: random.Random) -> str:
    """Time `python build.py import --dry-run` of one paraphrase into a site holding the corpus."""
    import contextlib
    import io
    import tempfile

    from gazette.cli import main as cli
    from gazette.importer import Extracted, to_markdown

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp)
        (site / "site.toml").write_text('title = "Bench"\n', encoding="utf-8")
        folder = site / "content" / "2025"
        folder.mkdir(parents=True)
        for number, sentences in enumerate(corpus):
            article = Extracted(title=f"Article {number}", source="Bench Wire", date="2025-01-01",
                                paragraphs=tuple(as_text(sentences).split("\n\n")))
            (folder / f"article-{number}.md").write_text(to_markdown(article), encoding="utf-8")
        original = rng.randrange(len(corpus))
        wire = site / "wire.txt"
        wire.write_text(f"A rewrite | Bench Wire\n\n2025-02-01\n\n{as_text(writer.paraphrase(corpus[original]))}\n",
                        encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        started = time.perf_counter()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = cli(["import", "--site", str(site), "--dry-run", str(wire)])
        took = time.perf_counter() - started
    found = f"looks like a rewrite of article-{original} " in err.getvalue()
    return (f"end to end: `import --dry-run` of one article into a site of {len(corpus)} content files took "
            f"{took:.1f} s (reading and indexing the site included); exit {status}, "
            f"rewrite {'found' if found else 'NOT found'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--end-to-end", action="store_true",
                        help="also time the import command against a generated site of --articles files")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    writer = Writer(rng)
    started = time.perf_counter()
    corpus = [writer.article() for _ in range(args.articles)]
    generated = time.perf_counter() - started

    started = time.perf_counter()
    index = SimilarityIndex()
    index.add_many((f"article-{number}", as_text(sentences)) for number, sentences in enumerate(corpus))
    built = time.perf_counter() - started

    timings: list[float] = []
    found = missed = false_alarms = 0
    paraphrase_scores: list[float] = []
    new_story_scores: list[float] = []
    for q in range(args.queries):
        if q % 2 == 0:
            original = rng.randrange(args.articles)
            text = as_text(writer.paraphrase(corpus[original]))
        else:
            original = None
            text = as_text(writer.article())
        started = time.perf_counter()
        match = index.most_similar(text)
        timings.append(time.perf_counter() - started)
        score = match.score if match else 0.0
        if original is not None:
            paraphrase_scores.append(score)
            if match and match.key == f"article-{original}" and score >= THRESHOLD:
                found += 1
            else:
                missed += 1
        else:
            new_story_scores.append(score)
            false_alarms += score >= THRESHOLD

    print(f"generated {args.articles} synthetic articles in {generated:.1f} s")
    print(f"indexed them in {built:.1f} s ({len(index)} documents)")
    print(
        f"one check against {args.articles} articles: mean {statistics.mean(timings) * 1000:.1f} ms, "
        f"worst {max(timings) * 1000:.1f} ms over {len(timings)} checks"
    )
    print(
        f"paraphrases found {found}/{found + missed} "
        f"(scores {min(paraphrase_scores):.2f}-{max(paraphrase_scores):.2f}); "
        f"new stories flagged {false_alarms}/{len(new_story_scores)} "
        f"(best match scores {min(new_story_scores):.2f}-{max(new_story_scores):.2f}); threshold {THRESHOLD:.2f}"
    )
    if args.end_to_end:
        print(end_to_end(corpus, writer, rng))
    return 0 if missed == 0 and false_alarms == 0 and max(timings) < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
