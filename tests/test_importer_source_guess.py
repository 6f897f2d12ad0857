"""The learned source (gazette/importer/passes/source_guess.py): the names it weighs, that it reads only what no rule
named, that its guess waits for a person, and that the model shipped is the one its features describe. Its effect on
real copy is in the corpus's floors (tests/test_importer_corpus.py); how it was judged is in
tests/importer_corpus/train_source.py."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from gazette.config import SiteConfig
from gazette.importer import extract, trees
from gazette.importer.command import read_input
from gazette.importer.passes import source_guess
from gazette.importer.write import missing_fields


def _named(line: str) -> dict[str, source_guess.Candidate]:
    return {c.name: c for c in source_guess.candidates([line])}


def test_the_shipped_model_reads_the_features_the_code_computes():
    model = json.loads(source_guess.MODEL.read_text(encoding="utf-8"))
    assert model["features"] == list(source_guess.FEATURES)
    assert 0 < model["threshold"] < 1 and model["trees"]
    copy = source_guess.read_copy("Headline\n\nA text.", "Headline", ["A text."], (), "", "en")
    rows = source_guess.read(copy)[1]
    assert rows and all(len(row) == len(source_guess.FEATURES) for row in rows)


def test_a_model_learned_from_other_features_is_refused(tmp_path):
    other = tmp_path / "model.json"
    other.write_text(json.dumps({"features": ["characters"], "trees": []}), encoding="utf-8")
    with pytest.raises(RuntimeError, match="train_source.py"):
        trees.load(other, source_guess.FEATURES, "train_source.py")


@pytest.mark.parametrize("line, name, before, after, cut", [
    ("[금요저널] 용인소방서는 주택 화재로 인한 인명피해를 최소화하기 위해 홍보를 강화하고 있다고 25일 밝혔다.",
     "금요저널", "bracket", "bracket", ""),
    ("TF1 | Reportage L. Merlier, A. Chomy, A. Poupon.", "TF1", "edge", "bar", ""),
    ("© NEWS5 / Merzbach", "NEWS5", "edge", "slash", "©"),
    ("from Voice of America", "Voice of America", "edge", "edge", "from"),
    ("来源:央视新闻 编辑:李玉敏", "央视新闻", "colon", "colon", "来源"),
    ("Mit einem Urteil wird im Laufe des Tages gerechnet. dpa/feh", "dpa", "stop", "slash", ""),
])
def test_names_are_read_where_pages_set_them_off(line, name, before, after, cut):
    candidate = _named(line)[name]
    assert (candidate.before_mark, candidate.after_mark, candidate.cut) == (before, after, cut)


def test_a_names_head_up_to_an_outlets_noun_and_its_words_are_candidates():
    named = _named("新华社北京10月17日电")
    assert "新华社" in named and named["新华社"].kind == "outlet_head"
    assert {"Check", "Check back", "for updates", "updates"} <= set(_named("Check back to Daily Voice for updates"))


def test_a_long_line_is_read_at_its_edges_only():
    middle = "word " * 5000
    named = _named("[Herald] " + middle + "| Gazette")
    assert {"Herald", "Gazette"} <= set(named)
    assert len(named) < 20  # (not a name for each of the 5000 words)


CORPUS = Path(__file__).parent / "importer_corpus"
#: Real copy (tests/importer_corpus): a Yeongnam Ilbo photo story, the paper named only in its notice under the
#: reporter's (`영남일보(www.yeongnam.com), 무단전재 …`), which no rule reads as the source.
GUESSED = (CORPUS / "heldout67" / "ko-yeongnam-yeongcheon-waste-wire-yard-fire.txt").read_text(encoding="utf-8")
#: Real copy whose source the rules read (`[충청투데이 전민영 기자]` opening the lead).
RULED = (CORPUS / "heldout60" / "ko-cctoday-seocheon-house-fire-daejeon-chungnam.txt").read_text(encoding="utf-8")


def test_the_guess_waits_for_a_person():
    article = extract(GUESSED)
    assert article.source == "영남일보"
    assert any(d.startswith("source: '영남일보' read by the learned model from the line '영남일보(www.yeongnam.com)")
               for d in article.doubts)
    assert [field for field, _ in missing_fields(article)].count("source") == 1  # (a draft: the doubt holds it back)


def test_the_rules_alone_guess_nothing(rules_alone):
    assert extract(GUESSED).source == ""


def test_a_saved_pages_reader_asks_for_the_rules_alone(monkeypatch):
    assert extract(GUESSED, learned=False).source == ""

    def guessed(copy, found):
        raise AssertionError("a saved page's source was guessed")

    monkeypatch.setattr(importlib.import_module("gazette.importer.extract"), "guess_source", guessed)
    page = CORPUS / "pages" / "es-efe-puerta-alcala.html"
    article = read_input(page.read_bytes(), page.name, SiteConfig(root=CORPUS))
    assert article.title and article.paragraphs


def test_a_source_the_rules_found_is_not_guessed_again():
    article = extract(RULED)
    assert article.source == "충청투데이"
    assert not any("learned model" in d for d in article.doubts)


def test_an_aside_in_brackets_inside_a_sentence_names_no_outlet():
    line = ("The motion received just one more than the 60 votes needed. Three Republicans, Sens. Susan Collins (ME), "
            "Olympia Snowe (ME), and Arlen Specter (PA) — voted with the Democrats.")
    assert not {"PA", "ME"} & set(_named(line))
    tagged = _named("ISTANBUL, 24 janvier (Reuters) - Un séisme de magnitude 6,9 a fait au moins 14 morts vendredi.")
    assert tagged["Reuters"].before_mark == "paren"  # (an agency's tag in a dateline stands near the line's start)


def _copy(title: str = "", authors: tuple[str, ...] = (), pictured: str = "") -> source_guess.Copy:
    return source_guess.read_copy("x", title, ["x"], authors, "", "en", pictured)


@pytest.mark.parametrize("name, copy, why", [
    ("Reuters", _copy(title="Reuters shares fall as growth plan unveiled"), "headline"),
    ("Springfield", _copy(title="Fire in Springfield"), "headline"),
    ("Daily Herald", _copy(title="Fire in Springfield | Daily Herald"), ""),
    ("Herald", _copy(title="Fire in Springfield (Herald)"), ""),
    ("홍길동", _copy(authors=("홍길동",)), "author"),
    ("Europa Press", _copy(pictured="Imagen del puente.\nAna López - Europa Press"), "picture"),
    ("Europa Press", _copy(), ""),
    ("youtube.com", _copy(), "platform"),
])
def test_a_name_the_headline_speaks_of_the_author_or_the_pictures_credit_is_refused(name, copy, why):
    assert source_guess.refused(name, copy) == why


def test_the_likeliest_name_under_the_threshold_is_no_source():
    found = [c for c in source_guess.candidates(["Daily Herald", "Springfield Times"]) if c.kind == "line"]
    assert source_guess.best(found, [0.5, 0.7], 0.8, _copy()) is None
    assert source_guess.best(found, [0.5, 0.7], 0.6, _copy()).name == "Springfield Times"
    assert source_guess.best(found, [0.7, 0.9], 0.6, _copy(title="Springfield Times hires")).name == "Daily Herald"


def test_a_reporter_credited_outside_the_text_is_refused_as_the_source():
    text = GUESSED.replace("이윤호기자 yoonhohi@yeongnam.com\n", "")  # (the credit outside the text alone)
    article = extract(text)
    assert article.author and article.source not in article.author
