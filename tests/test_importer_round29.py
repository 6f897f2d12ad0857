"""Round 29's checks, drawn from batch 70's and 73's published wrong values after the batches were measured: a
headline found that is a reporter's credit alone (`이화자 기자`, the byline printed on its own line) waits for a
person; a headline that speaks of reporters (`기자회견`, `기자 폭행`) or names none (`워싱턴 특파원`, `记者手记`) does
not. An outlet found that holds a code of six digits or more (`sp20241115`) waits for a person; a station's frequency
does not. Drawn from batch 77's: a headline found that is two finished sentences or more (a photo's caption, its
credit aside) waits for a person; a Chinese paper's intern credited right after its reporter is an author."""

from __future__ import annotations

import pytest

from gazette.importer.doubts import doubts
from gazette.importer.rules.byline import chinese_reporters
from gazette.importer.record import Extracted

LEAD = ("늦은 밤, 도로를 달리던 승용차와 오토바이가 충돌하여 오토바이에 타고 있던 여성 1명이 중상을 입었다. "
        "경찰은 정확한 사고 경위를 조사하고 있다고 밝혔다.")


@pytest.mark.parametrize("credit", ["이화자 기자", "김민수 특파원", "新华社记者 崔静、韩洁"])
def test_a_reporters_credit_taken_for_the_headline_is_checked(credit):
    article = Extracted(title=credit, date="2020-07-29", source="경찰신문", paragraphs=(LEAD,))
    why = dict(doubts(article))["title"]
    assert why.endswith("is a reporter's credit: check that it is the headline, not the byline")


@pytest.mark.parametrize("headline", ["경찰 기자회견 열려", "취재 기자 폭행 사건 수사", "Reporter hurt in crash",
                                      "워싱턴 특파원", "올해의 기자", "记者手记", "记者观察 中美关系"])
def test_a_headline_that_speaks_of_reporters_is_not_checked_for_it(headline):
    article = Extracted(title=headline, date="2020-07-29", source="경찰신문", paragraphs=(LEAD,))
    assert "reporter's credit" not in dict(doubts(article)).get("title", "")


@pytest.mark.parametrize("source, coded", [("sp20241115", True), ("IMG_20240101", True), ("104.3 FM", False),
                                           ("Radio 2000", False), ("央视网", False)])
def test_an_outlet_that_holds_a_code_is_checked(source, coded):
    article = Extracted(title="Fire", date="2024-11-15", source=source, paragraphs=(LEAD,))
    assert ("holds a code" in dict(doubts(article)).get("source", "")) is coded


@pytest.mark.parametrize("title, checked", [
    ("제14회 대회가 지난 14일 애향운동장에서 열렸다. 사진은 결승전 경기 모습. ⓒ미디어제주", True),
    ("Firefighters battle the blaze on Main Street. The fire started at noon.", True),
    ("Mehrere Tote - Viele Unfälle bei Start in die Motorrad-Saison.", False),
    ("위너FC, 제14회 미디어제주기 전도유소년축구대회 정상 등극", False),
    ("Dr. Smith wins award", False)])
def test_a_headline_of_two_sentences_is_checked(title, checked):
    article = Extracted(title=title, date="2022-05-15", source="미디어제주", paragraphs=(LEAD,))
    assert ("two sentences or more" in dict(doubts(article)).get("title", "")) is checked


@pytest.mark.parametrize("credit, names", [("潇湘晨报记者任弯湾 实习生唐迎家", ("任弯湾", "唐迎家")),
                                           ("记者 张三 实习生 李四 王五", ("张三", "李四", "王五")),
                                           ("记者张三 实习生名单公布", ("张三",)),
                                           ("记者 黄媛媛 通讯员 田志波", ("黄媛媛",)),
                                           ("实习生 李四", ())])
def test_an_intern_credited_after_the_reporter_is_an_author(credit, names):
    assert chinese_reporters(credit) == names
