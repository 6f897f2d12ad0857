"""Rules of the importer's round 20 for the head's fields, drawn from held-out batch 22's misses: each
rule once, on invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

from importer_copy import LAST, LEAD, MORE

from gazette.importer import extract
from gazette.importer.rules.byline import read_byline
from gazette.importer.rules.dates import without_reading_time
from gazette.importer.rules.source import outlet_holder


def test_an_outlet_after_a_dash_behind_a_date_lines_time_is_the_source_without_the_dash():
    for line, name in (("16-03-2026 - 16:25 - Courrier-Picard.fr", "Courrier-Picard.fr"),
                       ("03.05.2021 | 11:32 | Kyodo News", "Kyodo News")):
        article = extract(f"Bridge to close\n{line}\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
        assert article.source == name, line
        assert article.date.startswith("20"), line
    # A word after the time that names no outlet (a clock's `Uhr`) is no source.
    assert extract(f"Bridge to close\n03.05.2021 - 11:32 - Uhr\n\n{LEAD}\n\n{MORE}\n\n{LAST}").source == ""


def test_a_section_label_in_capitals_in_brackets_before_the_headline_is_no_outlet():
    for label in ("[ SOCIETE ]", "[POLITIK]", "[DEPORTES]"):
        article = extract(f"{label} BRIDGE TO CLOSE AFTER CRACKS FOUND\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
        assert article.source == "", label
    # An outlet's initials in brackets are its name.
    assert extract(f"[CNN] Bridge to close after cracks found\n\n{LEAD}\n\n{MORE}\n\n{LAST}").source == "CNN"


def test_a_korean_papers_credit_of_its_reporter_with_an_equals_sign_is_no_agencys_wire_tag():
    lead = "[충청일보=금산 이봉규 기자] 6.13 지방선거 손에 땀을 쥐는 대결이 충남 금산에서 펼쳐졌다."
    more = "문 당선자는 엎치락 뒤치락 승부 끝에 당선의 기쁨을 누렸다."
    last = "두 후보 간 표 차이는 고작 394표에 그쳤다고 선거관리위원회가 밝혔다."
    article = extract(f"혈전 끝에 금산군수로\n\n{lead}\n\n{more}\n\n{last}")
    assert article.dateline != "충청일보"
    assert "기자" not in article.source
    # An agency's wire tag (the place, then the agency) is read as it was.
    wired = extract(f"혈전 끝에 금산군수로\n\n(서울=연합뉴스) 6.13 지방선거 결과가 나왔다.\n\n{more}\n\n{last}")
    assert (wired.dateline, wired.source) == ("서울", "연합뉴스")


def test_an_outlets_word_in_a_headlines_tail_after_a_dash_confirms_it_as_the_outlet():
    article = extract(f"Caso abierto - Diario de Cádiz\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert (article.title, article.source) == ("Caso abierto", "Diario de Cádiz")
    assert not any(d.startswith("source:") for d in article.doubts)
    # A headline's second part after a dash is held for a person to check.
    held = extract(f"Containerschiff kollidiert mit Fähre - Totalschaden\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert any("Totalschaden" in d for d in held.doubts)


def test_the_outlet_words_that_confirm_a_headlines_tail_also_make_a_byline_an_outlets():
    assert read_byline("Por Diario de Cádiz") == ((), "Diario de Cádiz")
    assert read_byline("By Sun Li")[0] == ("Sun Li",)


def test_a_byline_run_on_after_a_date_lines_clock_time_is_the_author():
    for line in ("14 juin 2022 à 11h39 par Camille Martin", "March 3, 2021 10:00 AM by Jane Doe"):
        article = extract(f"Bridge to close\n\n{line}\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
        assert article.author == (line.split(" by ")[-1].split(" par ")[-1],), line
        assert article.date.startswith("20"), line
    # Initials name nobody, and a day without its time before `par` is an aggregator's credit of the
    # outlet it copies, which a person's name cannot be told from.
    for line in ("28 décembre 2020 à 10h00 par TD", "mercredi 30 janvier 2019 par Nord Matin"):
        assert extract(f"Bridge to close\n\n{line}\n\n{LEAD}\n\n{MORE}\n\n{LAST}").author == (), line


def test_a_clock_before_its_date_with_the_days_name_between_them_keeps_its_time():
    for line, when in (("Published 5:07pm Monday, September 24, 2012", "2012-09-24T17:07:00"),
                       ("Publié 11h30 lundi 3 mai 2021", "2021-05-03T11:30:00")):
        article = extract(f"Bridge to close\n\n{line}\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
        assert article.date.startswith(when), line
    # Another word between them (a section's name) parts the clock from the day: the day alone.
    article = extract(f"Bridge to close\n\nPosted 5:07pm Edition September 24, 2012\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert article.date == "2012-09-24"


def test_one_day_printed_in_several_forms_after_its_age_is_one_date_line():
    line = ("1 hour 42 minutes ago Tuesday, August 21 2018 Aug 21, 2018 August 21, 2018 3:43 PM "
            "August 21, 2018 in News")
    article = extract(f"Bridge to close\n\n{line}\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert article.date == "2018-08-21T15:43:00"
    assert line not in article.paragraphs
    # Four different days on one line are no date line (a list of dates, a schedule).
    days = "Aug 21, 2018 Aug 22, 2018 Aug 23, 2018 Aug 24, 2018"
    assert extract(f"Bridge to close\n\n{days}\n\n{LEAD}\n\n{MORE}\n\n{LAST}").date == ""


def test_the_notice_us_outlets_print_under_each_article_names_the_outlet_with_its_legal_form():
    notice = ("Copyright 2019 Lakeside Broadcasting, Inc. All rights reserved. This material may not be "
              "published, broadcast, rewritten, or redistributed.")
    assert outlet_holder(notice) == "Lakeside Broadcasting, Inc."
    # A person holding the same notice names no outlet; a site's own notice without it neither.
    assert outlet_holder(notice.replace("Lakeside Broadcasting, Inc.", "Jane Doe")) == ""
    assert outlet_holder("Copyright 2019 Lakeside Broadcasting, Inc. All rights reserved.") == ""


def test_a_chinese_agencys_wire_credit_without_a_place_opening_the_lead_is_the_source():
    more = "台风登陆前十几分钟,台山市区的马路上没有一个行人,雨水像浓雾一样横飞漂移。"
    last = "广东省气象台预计,台风将以25到30公里的时速向西偏北方向移动,强度逐渐减弱。"
    lead = "广东省气象台消息,今年第22号台风已于16日17时在广东江门台山市海宴镇登陆,登陆时为强台风级。"
    article = extract(f"强台风登陆广东\n\n新华社电 {lead}\n\n{more}\n\n{last}")
    assert article.source == "新华社"
    # A word that runs on from `社电` (`合作社电商`, "a co-op's e-commerce") is the lead's own.
    assert extract(f"强台风登陆广东\n\n合作社电商平台发布消息,{lead}\n\n{more}\n\n{last}").source == ""


def test_a_cjk_headline_over_its_date_line_stands_over_a_latin_notice_printed_twice():
    lead = "2010年中國高等院校招生統一考試今天在各地同時舉行。今年報名人數比上年減少了65萬,招生計劃增加了28萬。"
    more = "今天中國957萬各族考生分別走進了設在各地的32萬個考場。上午9點整,考試在全國各考場同時開始。"
    last = "今年高考全國有18個省市是單獨命題,13個省區市是統一命題。據悉,8日下午,14個省區市的高考將同時結束。"
    head = "2010中國高考今天開考 957萬各族考生如期走進32萬個考場"
    notice = "Example.com - ERROR\n\n對不起,可能是網絡原因或無此頁面,請稍後嘗試。\n\n" * 2  # (printed twice: it weighs)
    article = extract(f"{head}\n\n發佈時間:2010年06月07日 21:38\n\n{notice}{lead}\n\n{more}\n\n{last}")
    assert article.title == head
    # Without a date line under it, the line above is no surer a headline: the one under the label is looked for.
    menu = extract(f"新聞 體育 財經\n\n{notice}{head}\n\n{lead}\n\n{more}\n\n{last}")
    assert menu.title != "新聞 體育 財經"


def test_a_reading_times_label_whose_value_the_paste_lost_is_no_part_of_the_date_line():
    line = "Jeanne Martin - 01 sept. 2016 à 05:00 - Temps de lecture :"
    article = extract(f"Le pont fermé\n\n{line}\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert article.date == "2016-09-01T05:00:00"
    # A label with words after it is not cut, nor a label alone on its line (nothing is left before it).
    said = "01 sept. 2016 à 05:00 - Temps de lecture : le conseil a voté la fermeture du pont"
    assert without_reading_time(said) == said
    assert without_reading_time("Temps de lecture :") == "Temps de lecture :"


def test_a_writers_name_printed_twice_then_the_city_and_date_line_leave_the_deck_above_them_the_summary():
    deck = "El 92,5% de los alumnos que se presentaron en junio o en julio aprobaron las pruebas"
    head = "La selectividad deja más suspensos que nunca"
    article = extract(f"{head}\n\n{deck}\n\nJoaquín Batista\n\nJoaquín Batista\n\nValencia\n\n"
                      f"Miércoles, 13 de agosto 2025, 00:25\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert (article.title, article.summary, article.author) == (head, deck, ("Joaquín Batista",))
    assert article.paragraphs[0] == LEAD
    assert article.date == "2025-08-13T00:25:00"
    # A name printed once is no surer a writer's; an outlet's name printed twice is no person's.
    once = extract(f"{head}\n\nJoaquín Batista\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert once.author == ()
    paper = extract(f"{head}\n\nDiario Levante\n\nDiario Levante\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert paper.author == ()
