"""Credits, decks and furniture drawn from held-out batch 6 (each rule once, on invented copy)."""

from __future__ import annotations

import pytest
from importer_copy import LEAD

from gazette.importer import extract
from gazette.importer.rules.dates import read_date_line


def test_a_wire_credit_at_the_foot_gives_source_reporter_and_place_and_leaves_the_text():
    got = extract("기상청은 24일 오전 10시를 기해 전북과 부산.경남 지역에 호우경보를, "
                  "경북과 충청 지역에 호우주의보를 각각 발령했다.\n\n"
                  "기상청은 \"앞으로 80~120㎜가 더 내릴 것\"이라며 "
                  "\"야영객과 등반객들은 각별한 주의가 요망된다\"고 말했다. "
                  "(서울=연합뉴스) 김종우 기자 jongwoo@yna.co.kr\n")
    assert (got.source, got.author, got.dateline) == ("연합뉴스", ("김종우",), "서울")
    assert got.paragraphs[-1].endswith("요망된다\"고 말했다.")


def test_an_outlet_after_a_dash_behind_the_last_sentence_is_the_source():
    got = extract(f"Bridge closed after cracks found\n\n{LEAD}\n\n"
                  "Repairs will take a year, officials said. - GMA Network\n")
    assert got.source == "GMA Network"
    assert got.paragraphs[-1] == "Repairs will take a year, officials said."


def test_an_agency_alone_under_the_text_is_the_source_and_initials_are_no_text():
    assert extract(f"{LEAD}\n\n共同通信\n").source == "共同通信"
    got = extract(f"Bridge closed after cracks found\n\n{LEAD}\n\nO.P.\n")
    assert got.paragraphs[-1] == LEAD


def test_a_date_where_the_agency_stands_is_the_date_and_no_agency():
    got = extract(f"LOS ANGELES (Jan. 29, 2015) — {LEAD}\n")
    assert (got.dateline, got.date, got.source) == ("LOS ANGELES", "2015-01-29", "")


@pytest.mark.parametrize(("text", "source", "author", "dateline"), [
    ("中新网漳州7月22日电(郑雅婷)7月21日—22日,福建省漳州市多地出现暴雨,部分居民房屋被淹,多人被困。\n",
     "中新网", ("郑雅婷",), "漳州"),
    ("(中央社記者盧太城台東縣27日電)梅姬颱風已經接觸到蘭嶼,平均風速8級,風雨逐漸增強。\n",
     "中央社", ("盧太城",), "台東縣"),
    ("【記者姚宜君/台北】中央氣象局今晨表示,中颱天鵝預計今天傍晚將移到石垣島附近,並逐漸遠離台灣。\n",
     "", ("姚宜君",), "台北"),
])
def test_chinese_script_wire_credits(text, source, author, dateline):
    got = extract(text)
    assert (got.source, got.author, got.dateline) == (source, author, dateline)


def test_a_cna_credit_whose_place_is_unknown_gives_the_agency_only():
    got = extract("(中央社記者王大明某某鎮27日電)颱風已經接觸到蘭嶼,平均風速8級,風雨逐漸增強。\n")
    assert (got.source, got.author, got.dateline) == ("中央社", (), "")


def test_a_copying_sites_original_label_names_no_source():
    got = extract(f"Bridge closed after cracks found\n\n2025-07-23 05:43:07 来源: 原创\n\n{LEAD}\n")
    assert got.source == ""


def test_a_deck_under_the_headline_is_the_summary_and_a_nameless_byline_is_not():
    deck = "A bridge that carried twelve thousand cars a day shut on Monday"
    got = extract(f"Bridge closed after cracks found\n\n{deck}\n{LEAD}\n")
    assert (got.summary, got.paragraphs[0]) == (deck, LEAD)
    byline = "Par , France Bleu Armorique, France Bleu Breizh Izel et d'autres"
    assert extract(f"Bridge closed after cracks found\n\n{byline}\n\n{LEAD}\n").summary == ""


@pytest.mark.parametrize("line", [
    "검색 본문 바로가기 회사정보 바로가기", "外部リンクへ移動",
    "每日新聞報業〈每日新聞、公義時報與宏亞新聞〉全球資訊網",
    "中央社一手新聞APP Icon中央社一手新聞APP", "Save Story", "Leer en español", "구독 4,420,000",
    "• Whatsapp: abre ventana nueva", "Kontakt: Anna Noll Pressesprecherin Tel +49 30 46302-599 anna@example.de",
    "こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。",
])
def test_page_furniture_of_batch_6_never_becomes_the_headline_or_text(line):
    got = extract(f"{line}\n\n{LEAD}\n")
    assert got.title == "" and line not in "\n".join(got.paragraphs)


def test_a_half_day_before_the_clock_is_read():
    assert read_date_line("자막뉴스 2018.09.23 오전 11:33", language="ko").published == "2018-09-23T11:33:00"
    assert read_date_line("2018.09.23 오후 1:03", language="ko").published == "2018-09-23T13:03:00"


def test_an_html_comment_left_in_a_title_line_goes():
    got = extract(f'Bridge closed after cracks found"<!-- --> | Example Herald\n\n{LEAD}\n')
    assert (got.title, got.source) == ('Bridge closed after cracks found"', "Example Herald")


def test_a_caption_with_its_credit_labelled_in_brackets():
    got = extract(f"Headline of the story here today\n\nWorkers on a building site in Dubai (Photo, AFP).\n\n{LEAD}\n")
    assert (got.image_caption, got.image_credit) == ("Workers on a building site in Dubai", "AFP")
