"""Rewrites apart from independent reports of the same event, on real pairs from the corpus.

The pairs are real: copies and paraphrases of one wire story (Reuters' Yeo Han-koo report and
two rewrites of it; Reuters Japan's telework column and two Japanese copies; a Chinese report
and a spam site's copy; the seed and its paraphrase) against independent reports of one event
(JoongAng Daily on the same appointments; two dpa stories on Scholz's TV address), and against
reports of other events of the same kind (two unification ministers ten years apart, two typhoons,
two trade ministers' appointments, two of a company's quarterly releases, two weekly roundups of
one wire). tests/test_importer_pairs.py checks every pair of the whole corpus.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import REPO, run_cli

from gazette.importer.extract import extract
from gazette.importer.read_text import decode
from gazette.importer.rewrites import PHRASING, RELATED, classify, days_between, phrasing
from gazette.similarity import THRESHOLD, similarity, tokens

CORPUS = Path(__file__).resolve().parent / "importer_corpus"
TEXTS = CORPUS / "texts"
SEEDS = Path(__file__).resolve().parent / "importer_inputs" / "seeds"

REWRITES = [
    ("en-theexchangeasia-yeo.txt", "en-daily8-reuters-yeo.txt"),
    ("en-tradecouncil-yeo.txt", "en-daily8-reuters-yeo.txt"),
    ("en-tradecouncil-yeo.txt", "en-theexchangeasia-yeo.txt"),  # two rewrites of one story
    ("ja-hatena-reuters-telework.txt", "ja-5ch-reuters-telework.txt"),
    ("ja-reuters-column-telework.txt", "ja-5ch-reuters-telework.txt"),
    ("zh-usy7-copy-reception.txt", "zh-usy7-cankao-reception.txt"),
    ("001_eb482eb8ac7e7583.txt", "000_d4f2ded0015c0ffb.txt"),
]
#: Reports of one event, published the same day (a Reuters story on the appointments and its two
#: rewrites carry no date; JoongAng's is 10 June 2025, the day they were announced).
SAME_EVENT = [
    ("en-joongang-yeo.txt", "en-daily8-reuters-yeo.txt"),
    ("en-joongang-yeo.txt", "en-theexchangeasia-yeo.txt"),
    ("en-joongang-yeo.txt", "en-tradecouncil-yeo.txt"),
    ("de-noz-dpa-scholz.txt", "de-svz-dpa-scholz.txt"),
]
#: Other events of the same kind, with the days between the dates their texts show: written in the
#: same words (similar at RELATED or more), so only the dates tell them apart.
OTHER_EVENTS = [
    ("heldout4/en-arirang-yu-dialogue.txt", "heldout4/en-koreaherald-yonhap-lee.txt", -3513),
    ("heldout4/en-arirang-yu-dialogue.txt", "heldout4/en-voablog-yu-flexibility.txt", 20),  # one minister
    ("en-joongang-yeo.txt", "en-yonhap-trade-minister.txt", 2294),
    ("heldout6/zh-fun01-cna-megi.txt", "heldout6/zh-justicetimes-soudelor.txt", 398),
]
#: Texts that share a template's wording, used again later: the measure calls them rewrites, as it
#: must call the seeds' paraphrase of 22 months later one (a limit, stated in README.md).
TEMPLATES = [
    ("heldout11/en-advfn-prnewswire-comtex-q2-2004.txt", "heldout11/en-sec-comtex-q1-fiscal-2009-release.txt",
     -1730),  # two of a company's quarterly releases
    ("heldout10/en-kcbd-prnewswire-policy-roundup.txt", "heldout3/en-walb-prnewswire-roundup.txt", -35),
]
#: Same subject, different events: neither a rewrite nor (necessarily) related coverage.
OTHER = [
    ("ja-rapista-tvasahi-telework.txt", "ja-5ch-reuters-telework.txt"),  # two telework surveys
    ("en-medialeader-reuters-warning.txt", "en-irishtimes-reuters-growth.txt"),  # Reuters, 2002 and 2005
]


def text(name: str) -> str:
    path = next(p for p in (TEXTS / name, CORPUS / name, SEEDS / name) if p.exists())
    return extract(decode(path.read_bytes()), ["The Korea Herald"]).text()


@pytest.mark.parametrize(("a", "b"), REWRITES)
def test_rewrites_are_rewrites(a, b):
    verdict = classify(text(a), text(b))
    assert verdict.kind == "rewrite", verdict
    assert verdict.phrasing >= PHRASING + 0.03  # a margin, not a coin toss


@pytest.mark.parametrize(("a", "b"), SAME_EVENT)
def test_independent_reports_of_one_event_are_related_not_rewrites(a, b):
    verdict = classify(text(a), text(b), days_apart=0)
    assert verdict.kind == "same event", verdict
    assert verdict.phrasing <= PHRASING - 0.03
    assert classify(text(a), text(b), days_apart=1).kind == "same event"
    assert classify(text(a), text(b)).kind == ""  # without both dates, no claim


@pytest.mark.parametrize(("a", "b", "days"), OTHER_EVENTS)
def test_other_events_of_the_same_kind_are_told_apart_by_their_dates(a, b, days):
    verdict = classify(text(a), text(b), days_apart=days)
    assert verdict.kind == "", verdict
    assert verdict.similarity >= RELATED  # the words alone would have called it the same event
    assert classify(text(a), text(b), days_apart=0).kind == "same event"


@pytest.mark.parametrize(("a", "b", "days"), TEMPLATES)
def test_a_template_used_again_later_reads_as_a_rewrite_whatever_the_dates(a, b, days):
    assert classify(text(a), text(b), days_apart=days).kind == "rewrite"
    assert classify(text(a), text(b)).kind == "rewrite"


@pytest.mark.parametrize(("a", "b"), OTHER)
def test_other_stories_on_the_subject_are_no_rewrites(a, b):
    assert classify(text(a), text(b)).kind != "rewrite"


def test_the_separation_on_real_pairs():
    """Every rewrite's phrasing is above every same-event pair's, while their similarity overlaps:
    similarity alone could not tell them apart (the failure issue 11 reports)."""
    rewrite = [phrasing(text(a), text(b)) for a, b in REWRITES]
    event = [phrasing(text(a), text(b)) for a, b in SAME_EVENT]
    assert min(rewrite) > PHRASING > max(event)
    event_similarity = [similarity(text(a), text(b)) for a, b in SAME_EVENT]
    assert max(event_similarity) >= THRESHOLD  # the old rule would have called one a rewrite
    assert min(event_similarity) >= RELATED


def test_text_without_spaces_is_read_as_character_pairs():
    assert tokens("東京で撮影") == ["東京", "京で", "で撮", "撮影"]
    assert tokens("Seoul 서울 AI") == ["seoul", "서울", "ai"]  # Hangul has spaces: words stay words
    original = text("ja-5ch-reuters-telework.txt")
    edited = original.replace("衝撃的な結果", "驚くべき結果").replace("大きな問題", "深刻な問題")
    assert similarity(original, edited) > 0.8  # a lightly edited copy scores as one


def test_no_detect_turns_detection_off_for_a_run(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "site.toml").write_text((REPO / "site.toml").read_text(encoding="utf-8"), encoding="utf-8")
    first = run_cli("import", "--site", str(site), "--publish", "--date", "2025-06-10", "--source", "Reuters",
                    str(TEXTS / "en-daily8-reuters-yeo.txt"))
    assert first.status == 0, first.err
    rewrite = TEXTS / "en-theexchangeasia-yeo.txt"
    off = run_cli("import", "--site", str(site), "--publish", "--dry-run", "--no-detect", "--date", "2025-06-11",
                  "--source", "The Exchange Asia", str(rewrite))
    on = run_cli("import", "--site", str(site), "--publish", "--dry-run", "--date", "2025-06-11",
                 "--source", "The Exchange Asia", str(rewrite))
    assert "rewrite_of:" not in off.out and "looks like a rewrite" not in off.err
    assert "\nrewrite_of: south-korea-appoints-ex-trade-chief-yeo-han-koo-as-new-trade-minister\n" in on.out
    event = run_cli("import", "--site", str(site), "--publish", "--dry-run", "--date", "2025-06-10", "--source",
                    "Korea JoongAng Daily", str(TEXTS / "en-joongang-yeo.txt"))
    assert "\nrelated: [south-korea-appoints-ex-trade-chief-yeo-han-koo-as-new-trade-minister]\n" in event.out
    assert "rewrite_of" not in event.out
    year_later = run_cli("import", "--site", str(site), "--publish", "--dry-run", "--date", "2026-06-10", "--source",
                         "Korea JoongAng Daily", str(TEXTS / "en-joongang-yeo.txt"))
    assert year_later.status == 0 and "related:" not in year_later.out  # a year on, another event


def test_days_between_dates_as_written():
    assert days_between("2025-06-10T18:58:00+09:00", "2025-06-08") == 2.0
    assert days_between("2025-06-08", "2025-06-10") == -2.0
    assert days_between("", "2025-06-10") is None and days_between("2025-06-10", "n/a") is None


# Unrelated reports in one language: once its articles, prepositions and auxiliaries were counted as
# content, these scored 0.25-0.27, as the same event (issue 11: 556 of the corpus's Spanish pairs).
UNRELATED = [
    ("heldout12/es-dclm-inflacion-eurozona-mayo.txt", "heldout9/es-infobae-banco-nacion-incendio.txt"),
    ("heldout12/es-20minutos-efe-75-anos.txt", "heldout12/es-noticel-museo-efe.txt"),
    ("heldout6/fr-bfmtv-gironde.txt", "heldout6/fr-francebleu-herault-prefet.txt"),
    ("heldout10/fr-bfmtv-conseils-inondations.txt", "heldout12/fr-aamfg-gendarmes-sanglier-ille-et-vilaine.txt"),
]


@pytest.mark.parametrize(("a", "b"), UNRELATED)
def test_function_words_of_the_texts_language_are_not_content(a, b):
    assert similarity(text(a), text(b)) < RELATED - 0.05


def test_the_site_related_pairs_events_are_linked_and_their_neighbours_are_not():
    """tests/related_pairs/: five events each reported by two to four outlets (English and Korean),
    dated, against different stories on the same subjects. The importer claims nothing for any
    different pair, and links most same-event pairs; the Korean ones score too low to be linked
    (Hangul words carry their particles), which leaves them unclaimed rather than wrong."""
    import itertools
    import tomllib

    import frontmatter

    root = Path(__file__).resolve().parent / "related_pairs"
    docs = {}
    for path in root.glob("content/**/*.md"):
        post = frontmatter.load(path)
        docs[path.stem] = (post.content, str(post.get("date")))

    def verdict(a: str, b: str) -> str:
        return classify(docs[a][0], docs[b][0], days_apart=days_between(docs[a][1], docs[b][1])).kind

    spec = tomllib.loads((root / "pairs.toml").read_text(encoding="utf-8"))
    assert all(verdict(a, b) == "" for a, b in spec["different"]["pairs"])
    same = [pair for group in spec["same_event"].values() for pair in itertools.combinations(group, 2)]
    linked = [pair for pair in same if verdict(*pair)]
    assert len(same) == 14 and len(linked) >= 9, linked


def test_the_same_event_is_found_behind_an_older_story_closer_in_words():
    """JoongAng's report of 10 June 2025 is closer in words to Yonhap's of a trade minister's appointment
    in 2019 (0.21) than to The Trade Council's report of the same day (0.20): dates decide."""
    from gazette.importer import extract
    from gazette.importer.command import _detect
    from gazette.similarity import SimilarityIndex

    index = SimilarityIndex()
    index.add("trade-council", text("en-tradecouncil-yeo.txt"))
    index.add("yonhap-2019", text("en-yonhap-trade-minister.txt"))
    dates = {"trade-council": "2025-06-10", "yonhap-2019": "2019-02-28"}
    article = extract((TEXTS / "en-joongang-yeo.txt").read_text(encoding="utf-8"))
    assert [m.key for m in index.scored(article.text())] == ["yonhap-2019", "trade-council"]
    rewrite, related = _detect(article, "joongang", index, dates, {})
    assert rewrite is None and related is not None and related.key == "trade-council"
    # Dated after every candidate's date or not, an input may report the same event as a later article.
    earlier = dataclasses.replace(article, date="2025-06-09")
    assert _detect(earlier, "joongang", index, dates, {})[1].key == "trade-council"
