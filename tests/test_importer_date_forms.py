"""Date forms of real copy the importer reads (each rule once, on an invented line)."""

from __future__ import annotations

import pytest
from importer_copy import LEAD

from gazette.importer import extract
from gazette.importer.rules.dates import read_date_line


@pytest.mark.parametrize(("line", "language", "published"), [
    ("2020年8月10日 05時50分", "ja", "2020-08-10T05:50:00"),
    ("2023年7月30日 06時00分 有料会員限定記事", "ja", "2023-07-30T06:00:00"),
    ("2021.03.15 06시 30분", "ko", "2021-03-15T06:30:00"),
    ("July 20, 2020 View Online | Sign Up", "en", "2020-07-20"),
    ("Posted August 31st, 2011 at 5:55 am (UTC-5)", "en", "2011-08-31T05:55:00-05:00"),
    ("• 发布时间:2016-03-03 08:52:42  来源:中国新闻网  作者:佚名  责任编辑:李春晖", "zh", "2016-03-03T08:52:42"),
])
def test_date_line_forms(line, language, published):
    got = read_date_line(line, language=language)
    assert got is not None and got.published == published


def test_a_stamp_glued_before_the_headline_is_split_off():
    got = extract(f"Stand: 20.11.2021 22:35 Uhr Coronavirus-Blog: Spahn verteidigt die Deckelung\n\n{LEAD}\n")
    assert (got.title, got.date) == ("Coronavirus-Blog: Spahn verteidigt die Deckelung", "2021-11-20T22:35:00")


def test_a_stamp_glued_after_the_headline_is_split_off():
    got = extract(f"Minister Says Korea Will Expand Dialogue Updated: 2011-09-20 12:00:00 KST\n\n{LEAD}\n")
    assert (got.title, got.updated or got.date) == ("Minister Says Korea Will Expand Dialogue",
                                                    "2011-09-20T12:00:00+09:00")


def test_a_labelled_publication_date_wins_over_a_masthead_date_above_the_headline():
    got = extract("2024年11月15日 星期五\n\n境外媒体点评两会首场发布会的新闻\n\n"
                  "• 发布时间:2016-03-03 08:52:42  来源:中国新闻网\n\n"
                  "3月2日,全国政协十二届四次会议新闻发布会在北京人民大会堂举行,大会新闻发言人回答了中外记者的提问。\n")
    assert got.date == "2016-03-03T08:52:42"


def test_a_site_name_above_the_masthead_date_is_no_headline_when_a_weightier_line_follows():
    got = extract("新闻源 财富源\n\n2024年11月15日 星期五\n\n境外媒体点评两会首场发布会:“实打实”\n\n"
                  "3月2日,全国政协十二届四次会议新闻发布会在北京人民大会堂举行,大会新闻发言人回答了中外记者的提问。\n")
    assert got.title != "新闻源 财富源"


def test_a_press_release_dateline_gives_place_wire_and_date():
    got = extract("This Week in Policy: Stories You Need to See\n\n"
                  "NEW YORK, Sept. 22, 2023 /PRNewswire/ -- With thousands of press releases published each week, "
                  "it can be difficult to keep up.\n")
    assert (got.dateline, got.date, got.source) == ("NEW YORK", "2023-09-22", "PRNewswire")


@pytest.mark.parametrize(("lead", "place"), [
    ("Roma, 9 set. “Quella che ha riguardato il ministro non può essere derubricata come una questione di gossip”.",
     "Roma"),
    ("ISLAMABAD June 25: Prime minister Jamali has dismissed rumours about his resignation, his office said.",
     "ISLAMABAD"),
    ("NEW YORK: Les migrations sont aussi anciennes que l'humanité elle-même, a rappelé l'agence onusienne.",
     "NEW YORK"),
])
def test_a_place_with_a_day_and_month_opening_the_text_is_the_dateline(lead, place):
    got = extract(f"Headline of the report here\n\n{lead}\n\nMore text follows in a second paragraph.\n")
    assert (got.dateline, got.date) == (place, "")  # the day without a year is never the date


def test_a_place_and_colon_later_in_the_text_is_no_dateline():
    got = extract("Market report for the day\n\nShares fell sharply across the region on Monday, traders said.\n\n"
                  "LONDON: TRIL.L ended 50.99 pence lower at 952 pence.\n")
    assert got.dateline == ""


def test_a_wire_tag_after_a_date_names_the_source():
    got = extract("Interview of Prime Minister\n\nFebruary 18, 2011 - TAP - Prime Minister Mohamed Ghannouchi "
                  "announced that the general amnesty will be decreed this weekend.\n")
    assert (got.source, got.dateline) == ("TAP", "")


def test_a_chinese_paper_byline_gives_source_reporter_and_place():
    got = extract("卓榮泰現身東京應援經典賽 閣揆赴日擦邊球政院低調回應4字\n\n聯合報／ 記者李人岳／台北報導\n"
                  "世界棒球經典賽（WBC）C組預賽，中華隊今天對上捷克隊，以14比0提前結束拿下首勝。行政院卓榮泰也現身球場觀賽。\n")
    assert (got.source, got.author, got.dateline) == ("聯合報", ("李人岳",), "台北")


def test_a_byline_without_a_name_names_the_outlet_only():
    got = extract("Trois ministres bretons reconduits dans le nouveau gouvernement\n\n"
                  "Par , France Bleu Armorique, France Bleu Breizh Izel\n\n"
                  "Le premier ministre a composé, ce mercredi, son gouvernement de 16 ministres, dont trois bretons.\n")
    assert (got.source, got.author) == ("France Bleu Armorique", ())


def test_a_bracketed_rubric_is_no_source():
    got = extract("[속보]靑 \"文대통령, 개원 연설문 사장 위기...8번 고쳐\"\n\n"
                  "문재인 대통령이 국회 개원 연기로 연설문을 여러 차례 고친 것으로 알려졌다. 청와대가 밝혔다.\n")
    assert got.source == ""


FRENCH_LEAD = ("Un automobiliste a été arrêté dimanche après avoir roulé à contresens sur la route nationale pendant "
               "plusieurs kilomètres, selon les gendarmes.")


def test_a_numeric_date_in_copy_of_a_day_first_language_is_read_day_first():
    # French, German, Spanish copy writes the day first: `09/06/2019` is 9 June, whatever could be read in US copy.
    french = extract(f"Un automobiliste à contresens arrêté\n\npublié le 09/06/2019 à 17:47\n\n{FRENCH_LEAD}\n")
    assert (french.language, french.date) == ("fr", "2019-06-09T17:47:00")
    # English copy leaves it to the site's date_order, and refuses it without one.
    english = extract(f"Driver arrested on wrong side of road\n\nPosted 09/06/2019 5:47 PM\n\n{LEAD}\n")
    assert english.date == "" and any("could be 9/6 or 6/9" in note for note in english.notes)
    # The site's date_order, set by a person, decides over the language's custom.
    us_site = extract(f"Un automobiliste à contresens arrêté\n\npublié le 09/06/2019 à 17:47\n\n{FRENCH_LEAD}\n",
                      date_order="mdy")
    assert us_site.date == "2019-09-06T17:47:00"
    # A US zone on the line says the month comes first, whatever the copy's language: refused without date_order.
    assert read_date_line("09/06/2019 5:47 PM ET", language="es").published == ""
    assert read_date_line("09/06/2019 17:47 EDT", language="es").published == ""
    assert read_date_line("09/06/2019 17:47", language="es").published == "2019-06-09T17:47:00"
    assert read_date_line("09/06/2019 17:47", language="hu").published == ""  # Hungarian writes the year first
