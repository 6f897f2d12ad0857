"""Rewrite detection: the measure, the threshold that separates paraphrases from other stories, the index."""

from __future__ import annotations

import importlib.util
import itertools
import random
import time
from pathlib import Path

import pytest

from gazette.importer import decode, extract
from gazette.similarity import THRESHOLD, SimilarityIndex, features, similarity, words

REPO = Path(__file__).resolve().parents[1]
INPUTS = Path(__file__).resolve().parent / "importer_inputs"
SEEDS = INPUTS / "seeds"

# The pairs that are rewrites; every other pair of these texts is a different story.
PARAPHRASES = {
    frozenset({"000_d4f2ded0015c0ffb", "001_eb482eb8ac7e7583"}),
    frozenset({"flood_barrier", "flood_barrier_rewrite"}),
    frozenset({"same_topic_korea_fund", "korea_fund_rewrite"}),
}

# The scores that fixed the threshold (see gazette/similarity.py), to two places.
EXPECTED = {
    frozenset({"000_d4f2ded0015c0ffb", "001_eb482eb8ac7e7583"}): 0.38,
    frozenset({"flood_barrier", "flood_barrier_rewrite"}): 0.42,
    frozenset({"same_topic_korea_fund", "korea_fund_rewrite"}): 0.41,
    frozenset({"000_d4f2ded0015c0ffb", "korea_fund_rewrite"}): 0.17,
    frozenset({"000_d4f2ded0015c0ffb", "same_topic_korea_fund"}): 0.16,
}


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(INPUTS.glob("*.txt"))
    assert len(paths) == 10, f"expected the seeds in {SEEDS} and the fixtures in {INPUTS}"
    return {p.stem: extract(decode(p.read_bytes()), ("The Korea Herald",)).text() for p in paths}


def test_threshold_separates_paraphrases_from_different_stories_on_the_same_topic(texts):
    scores = {frozenset(pair): similarity(texts[pair[0]], texts[pair[1]]) for pair in itertools.combinations(texts, 2)}
    rewrites = [s for pair, s in scores.items() if pair in PARAPHRASES]
    others = [s for pair, s in scores.items() if pair not in PARAPHRASES]
    assert len(rewrites) == 3 and len(others) == len(scores) - 3
    assert min(rewrites) >= THRESHOLD + 0.08, scores
    assert max(others) <= THRESHOLD - 0.08, scores
    for pair, expected in EXPECTED.items():
        assert round(scores[pair], 2) == expected, (sorted(pair), scores[pair])


def test_measure_basics():
    text = "Nvidia's shares fell 17 percent on Monday as DeepSeek’s model shook the chip industry."
    assert similarity(text, text) == pytest.approx(1.0)
    assert similarity(text, "Completely unrelated words about gardening tomatoes.") == 0.0
    assert similarity("", text) == 0.0 and features("the of and") == {}
    other = "DeepSeek shook the chip industry, and Nvidia shares fell."
    assert similarity(text, other) == pytest.approx(similarity(other, text))
    # Case, Unicode forms, apostrophes and possessives do not make words differ.
    assert words("NVIDIA’s Ｃhips don't") == ["nvidia", "chips", "dont"]
    assert similarity("Nvidia's chips", "NVIDIA’S CHIPS") == pytest.approx(1.0)


def test_word_order_counts_through_word_pairs():
    a = "central bank raises interest rates to curb inflation"
    b = "inflation curb to rates interest raises bank central"
    assert similarity(a, a) > similarity(a, b) > 0.3


@pytest.mark.parametrize("budget", [SimilarityIndex.POSTING_BUDGET, 3_000])
def test_index_finds_the_same_best_match_as_comparing_with_every_article(texts, budget):
    """The index ranks candidates by words only and walks at most a budget of
    postings; whenever an article scores over the threshold, its answer is the one
    a comparison with every article gives, and it never flags one that does not."""
    rng = random.Random(7)
    corpus = {name: text for name, text in texts.items()}
    vocabulary = sorted({w for t in texts.values() for w in t.split()})
    for number in range(300):  # filler articles made of the same words, so postings are long
        corpus[f"filler-{number}"] = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(50, 400)))
    index = SimilarityIndex()
    index.POSTING_BUDGET = budget
    index.add_many(corpus.items())
    flagged = 0
    for name, text in texts.items():
        match = index.most_similar(text, exclude={name})
        brute_score, brute_key = max((similarity(text, t), k) for k, t in corpus.items() if k != name)
        assert match is not None and match.score <= brute_score + 1e-9
        if brute_score >= THRESHOLD:
            flagged += 1
            assert (match.key, round(match.score, 9)) == (brute_key, round(brute_score, 9))
        else:  # among stories that are not rewrites, any is as good: none is flagged
            assert match.score < THRESHOLD
    assert flagged == 6  # both texts of each paraphrase pair find the other


def test_index_excludes_keys_and_handles_empty_cases():
    index = SimilarityIndex()
    assert index.most_similar("anything at all") is None
    index.add("only", "chip makers rally after the sell-off")
    assert index.most_similar("chip makers rally after the sell-off", exclude={"only"}) is None
    assert index.most_similar("the of and") is None
    assert index.most_similar("chip makers rally").key == "only"
    assert len(index) == 1


def _bench():
    spec = importlib.util.spec_from_file_location("import_bench", REPO / "bench" / "import_bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_one_check_against_thousands_of_articles_is_fast():
    """A small version of bench/import_bench.py: 1,000 synthetic articles, checks well under a second."""
    bench = _bench()
    rng = random.Random(3)
    writer = bench.Writer(rng, vocabulary_size=20_000)
    corpus = [writer.article() for _ in range(1_000)]
    index = SimilarityIndex()
    for number, sentences in enumerate(corpus):
        index.add(f"a{number}", bench.as_text(sentences))
    worst = 0.0
    for original in (5, 500, 999):
        query = bench.as_text(writer.paraphrase(corpus[original]))
        started = time.perf_counter()
        match = index.most_similar(query)
        worst = max(worst, time.perf_counter() - started)
        assert match.key == f"a{original}" and match.score >= THRESHOLD
    new_story = index.most_similar(bench.as_text(writer.article()))
    assert new_story.score < THRESHOLD
    assert worst < 1.0


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("El presidente dijo que los precios de la energía subirán en mayo.", ["presidente", "precios", "energía"],
     ["el", "dijo", "que", "los", "de", "la", "en"]),
    ("Le préfet a déclaré que les pompiers sont intervenus dans la nuit.", ["préfet", "pompiers", "nuit"],
     ["le", "a", "que", "les", "sont", "dans", "la"]),
    ("Der Kanzler sagte, dass die Preise im Mai steigen werden, und es war kalt.", ["kanzler", "preise", "kalt"],
     ["der", "sagte", "dass", "die", "im", "und", "es", "war"]),
    ("O governo disse que as chuvas vão continuar em todo o estado.", ["governo", "chuvas", "estado"],
     ["o", "disse", "que", "as", "em"]),
    # English keeps what other languages call function words: "war", "son", "die", "dont".
    ("The war left his son to die, and they dont know why.", ["war", "son", "die", "dont"], ["the", "his"]),
    ("東京都は8日、感染者が確認されたと発表した。", ["東京", "感染", "確認", "発表"], ["した", "たと", "され"]),
])
def test_the_function_words_left_out_are_those_of_the_texts_own_language(text, kept, dropped):
    found = words(text)
    assert all(w in found for w in kept), found
    assert not any(w in found for w in dropped), found
