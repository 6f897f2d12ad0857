"""Rules of the importer's round 22 for the head's fields, drawn from held-out batches 24 and 25 (their first runs
recorded): each rule once, on invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

from importer_copy import LAST, MORE, STORY

from gazette.importer import extract



def test_a_lead_dated_in_its_dateline_in_french_spanish_or_german_gives_the_place_and_the_date():
    for lead, place, date in (
            ("Tahiti, le 19 décembre 2019 - Le conseil a voté lundi la fermeture du pont.", "Tahiti", "2019-12-19"),
            ("Sevilla, 3 de marzo de 2021.- El consejo votó el lunes el cierre del puente.", "Sevilla", "2021-03-03"),
            ("Berlin, den 3. März 2021 – Der Rat hat am Montag die Schließung der Brücke beschlossen.", "Berlin",
             "2021-03-03")):
        article = extract(f"Le vieux pont ferme\n\n{lead}\n\n{MORE}\n\n{LAST}")
        assert (article.dateline, article.date) == (place, date), lead
    # A date in the lead's sentence, after its first words, is none.
    article = extract(f"Le vieux pont ferme\n\nÀ Tahiti, le 19 décembre 2019, le conseil a voté.\n\n{MORE}")
    assert article.date == ""


def test_a_headlines_suffix_that_the_line_under_it_prints_alone_is_the_outlet_in_any_script():
    for name in ("横浜日吉新聞", "Gazette du Nord"):
        article = extract(f"<連載コラム>新市長が始動、市政の方向性示す | {name}\n\n{name}\n\n{STORY}")
        assert (article.title, article.source) == ("<連載コラム>新市長が始動、市政の方向性示す", name), name
        assert name not in article.paragraphs
    # A suffix in a script without capitals that no line confirms stays in the headline.
    unconfirmed = "新市長が始動、市政の方向性示す | 横浜日吉新聞"
    assert extract(f"{unconfirmed}\n\n{STORY}").title == unconfirmed
    # A line under the headline that is the end of the headline's own words is no outlet.
    article = extract(f"Talks go on - Bridge to close\n\nBridge to close\n\n{STORY}")
    assert article.source == ""


def test_a_clock_in_square_brackets_or_after_an_at_sign_is_the_dates_time():
    for line in ("기사입력: 2022/04/11 [19:21]", "Posted April 11, 2022 @ 19:21"):
        assert extract(f"Bridge to close after cracks found\n\n{line}\n\n{STORY}").date == "2022-04-11T19:21:00", line
    # A bracketed number that is no clock stays out of the date.
    assert extract(f"Bridge to close after cracks found\n\n2022/04/11 [3]\n\n{STORY}").date == "2022-04-11"


def test_a_copyright_notice_behind_a_date_line_leaves_the_date_and_names_the_outlet():
    article = extract(f"다리 통행 전면 금지\n\n기사입력: 2022/04/11 [19:21]  최종편집: ⓒ 브레이크뉴스\n\n{STORY}")
    assert (article.date, article.source) == ("2022-04-11T19:21:00", "브레이크뉴스")
    # A holder whose name reads as no outlet's leaves the date and names no source.
    article = extract(f"다리 통행 전면 금지\n\n기사입력: 2022/04/11 [19:21]  최종편집: ⓒ 김현종\n\n{STORY}")
    assert (article.date, article.source) == ("2022-04-11T19:21:00", "")


def test_a_sites_own_title_opening_the_paste_names_the_outlet_and_is_no_headline():
    for site in ("El Comercio - Últimas noticias y actualidad en Asturias", "Example Times | Latest news from Ohio"):
        article = extract(f"{site}\n\nBridge to close after cracks found\n\n{STORY}")
        assert (article.title, article.source) == ("Bridge to close after cracks found", site.split(" ")[0] + " "
                                                   + site.split(" ")[1]), site
    # A headline naming news after a dash, or a site's title under the headline, is none.
    for title in ("Brexit - Latest news on the talks", "Fake news - Council denies the claims"):
        assert extract(f"{title}\n\n{STORY}").title == title, title
    article = extract(f"Bridge to close after cracks found\n\nEl Comercio - Últimas noticias\n\n{STORY}")
    assert article.title == "Bridge to close after cracks found"


def test_a_byline_naming_the_pieces_kind_with_its_date_after_a_comma_gives_the_authors_and_the_date():
    for line, authors, date in (
            ("Ein Interview von Anna Berg und Jonas Keller, 09.02.2022", ("Anna Berg", "Jonas Keller"), "2022-02-09"),
            ("An analysis by Jane Doe, March 3, 2021", ("Jane Doe",), "2021-03-03")):
        article = extract(f"Bridge to close after cracks found\n\n{line}\n\n{STORY}")
        assert (article.author, article.date) == (authors, date), line
    # A sentence naming an interview by someone is no byline.
    article = extract(f"Bridge to close\n\nEin Interview von Anna Berg sorgte 2022 für Streit.\n\n{MORE}")
    assert article.author == () and article.date == ""


def test_a_korean_papers_reporter_credit_before_the_date_line_or_with_the_place_gives_outlet_and_author():
    article = extract(f"다리 통행 전면 금지\n\n머니투데이 류준영 기자 | 2019.12.26 13:33\n\n{STORY}")
    assert (article.source, article.author, article.date) == ("머니투데이", ("류준영",), "2019-12-26T13:33:00")
    lead = "[머니투데이 세종=문영재 기자] 정부가 다리의 통행을 전면 금지했다. 균열이 발견됐다."
    article = extract(f"다리 통행 전면 금지\n\n2019.12.26 13:33\n\n{lead}\n\n{MORE}")
    assert (article.source, article.author, article.dateline) == ("머니투데이", ("문영재",), "세종")
    # A place's name before the reporter is no outlet (`대구시`), nor is a name that reads as no outlet's.
    article = extract(f"다리 통행 전면 금지\n\n대구시 류준영 기자 | 2019.12.26 13:33\n\n{STORY}")
    assert article.source == ""


def test_an_agencys_day_tag_on_the_leads_first_line_and_an_agency_before_a_slashed_date_are_read():
    article = extract("Seis muertos\n\nlunes, 18 de enero de 2021, 13:07 h\n\nMADRID, 18 (EUROPA PRESS)\n"
                      f"Un total de seis personas ha fallecido este fin de semana, según Tráfico.\n\n{MORE}")
    assert (article.dateline, article.source) == ("MADRID", "EUROPA PRESS")
    article = extract(f"4万人超なお避難指示\n\n時事通信 / 2019年10月18日 5時37分\n\n{STORY}")
    assert (article.source, article.date) == ("時事通信", "2019-10-18T05:37:00")
    # A word before the slash that is no agency names no source.
    assert extract(f"4万人超なお避難指示\n\n社会 / 2019年10月18日 5時37分\n\n{STORY}").source == ""


def test_a_credit_tag_alone_over_the_lead_with_the_storys_bracketed_subtitle_is_read_and_goes():
    head = "옛 다리 통행 전면 금지…균열 발견돼 보수 1년 걸려\n\n입력 2019.12.26 13:33"
    korean_lead = "정부가 옛 다리의 통행을 전면 금지했다. 교각 두 곳에서 균열이 발견됐고 보수에는 1년이 걸린다."
    article = extract(f"{head}\n\n[머니투데이 세종=문영재 기자] [균열 발견…보수에 1년]\n\n{korean_lead}\n\n{MORE}")
    assert (article.source, article.author, article.dateline, article.summary) == \
        ("머니투데이", ("문영재",), "세종", "균열 발견…보수에 1년")
    assert article.paragraphs[0] == korean_lead
    # The tag opening the lead's sentence stays in the text, as a lead's credit does.
    lead = "[머니투데이 세종=문영재 기자] 정부가 다리의 통행을 전면 금지했다. 균열이 발견됐다."
    article = extract(f"{head}\n\n{lead}\n\n{MORE}")
    assert article.paragraphs[0] == lead and article.summary == ""


def test_the_articles_date_under_the_text_under_the_outlets_name_is_the_date_when_no_other_is_shown():
    for foot, date in (("AFRICA RADIO\n\n23 novembre 2020 à 18h30 par AFP", "2020-11-23T18:30:00"),
                       ("LE MATIN\n|\n10 Avril 2022\nÀ 19:38", "2022-04-10T19:38:00"),
                       ("(関西テレビ)\n2018年10月15日 月曜 午後0:06\nhttps://www.fnn.jp/posts/00403187CX",
                        "2018-10-15T12:06:00"),
                       ("  • Parabolic Arc\n  • June 4, 2020", "2020-06-04")):
        assert extract(f"Bridge to close after cracks found\n\n{STORY}\n\n{foot}").date == date, foot
    # Another item's date under its headline, or a date among other dates under the text, is none.
    for foot in ("City hall plans a new ferry line for the river crossing\nJune 4, 2020",
                 "Parabolic Arc\nJune 4, 2020\nJune 3, 2020"):
        assert extract(f"Bridge to close after cracks found\n\n{STORY}\n\n{foot}").date == "", foot
