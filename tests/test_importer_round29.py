"""Round 29's rule, drawn from batch 70's published wrong values after the batch was measured: a headline found that is
a reporter's credit alone (`이화자 기자`, the byline printed on its own line) waits for a person; a headline that
speaks of reporters (`기자회견`, `기자 폭행`) does not."""

from __future__ import annotations

import pytest

from gazette.importer.doubts import doubts
from gazette.importer.record import Extracted

LEAD = ("늦은 밤, 도로를 달리던 승용차와 오토바이가 충돌하여 오토바이에 타고 있던 여성 1명이 중상을 입었다. "
        "경찰은 정확한 사고 경위를 조사하고 있다고 밝혔다.")


@pytest.mark.parametrize("credit", ["이화자 기자", "김민수 특파원", "新华社记者 崔静、韩洁"])
def test_a_reporters_credit_taken_for_the_headline_is_checked(credit):
    article = Extracted(title=credit, date="2020-07-29", source="경찰신문", paragraphs=(LEAD,))
    why = dict(doubts(article))["title"]
    assert why.endswith("is a reporter's credit: check that it is the headline, not the byline")


@pytest.mark.parametrize("headline", ["경찰 기자회견 열려", "취재 기자 폭행 사건 수사", "Reporter hurt in crash"])
def test_a_headline_that_speaks_of_reporters_is_not_checked_for_it(headline):
    article = Extracted(title=headline, date="2020-07-29", source="경찰신문", paragraphs=(LEAD,))
    assert "reporter's credit" not in dict(doubts(article)).get("title", "")
