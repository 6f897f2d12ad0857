"""Furniture, sources, bylines, datelines, captions and heads drawn from held-out batch 9 (Korean,
Japanese, Chinese, German, French and Spanish copy from agencies, portals, blogs, papers and
broadcasters): each rule once, on invented copy."""

from __future__ import annotations

import pytest
from importer_copy import LEAD, MORE

from gazette.importer import extract
from gazette.importer.rules.byline import korean_name, read_byline
from gazette.importer.rules.caption import credit_line, marked_caption, trailing_credit
from gazette.importer.rules.dateline import dated_place, dateline_alone, read_dateline, wire_credit
from gazette.importer.rules.dates import event_schedule, short_year_date
from gazette.importer.rules.furniture import breadcrumb_items, day_links, is_page_furniture, menu_run, opens_more
from gazette.importer.rules.source import (
    dated_outlet,
    is_place_name,
    newsroom,
    outlet_holder,
    split_title,
    title_outlet,
    wire_issuer,
)


@pytest.mark.parametrize("line", [
    "☞공감언론 뉴시스 kim@newsis.com <저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>",  # a copyright far in
    "▶연합뉴스 앱 지금 바로 다운받기~", "不用抽 不用搶 現在用APP看新聞 點我下載APP",  # an app's promotion
    "이 기사의 카테고리는 언론사의 분류를 따릅니다.",  # a portal's filing notice
    "ニュースレターにご登録いただいた方に毎週、トップ記事を無料で配信しています。こちらからご登録ください。",
    "Newsletter", "Nicht mehr anzeigen", "subscription form", "URL courte",
    "Ich möchte gerne Nachrichten von der Beispiel GmbH per E-Mail erhalten.",  # a form's consent
    "この外部リンク先サイトのコンテンツは、当該リンク先サイトの管理者にあるため、対応していない可能性があります。",
    "某報關心您︰自殺不能解決問題,勇敢求救並非弱者。", "安心專線:1925",  # a helpline notice
    "高兴", "惊讶", "좋아요",  # reaction buttons
    "화재현장 |", "Usted es el visitante |",  # a label left with a table cell's bar
    "![]() OPCIONES DEL MENU",  # an icon's empty image
    "Lire aussi : Douarnenez. Ce que l’on sait du chantier", "A voir aussi: Tarbes - un pouce arraché",
    "La bourse ferme dans 7 h 32 min", "·1 min de lecture",
    "Accueil | Actualités | Liens utiles | Conseils municipaux | Photos | Courrier des lecteurs | Contact |",
    "Par",  # a byline's word whose name is gone
    "廣告 廣告",  # an ad's label, printed twice
])
def test_page_furniture_of_batch_9(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", [
    "By  |",  # an empty byline: read as one, not dropped
    "Le maire a lu aussi : « Nous reconstruirons le pont », a-t-il dit.",
    "Die Gemeinde bietet ab Montag eine Hotline für Anwohner an.",
    "The new app lets residents download the bus timetable, the council said.",
    "What happened to the download plan, the mayor asked.",
])
def test_text_is_no_furniture(line):
    assert not is_page_furniture(line)


@pytest.mark.parametrize("line", ["相关文章", "更多太報報導", "SEGUÍ LEYENDO:", "Últimas Noticias"])
def test_headings_of_other_stories(line):
    assert opens_more(line)


def test_a_breadcrumb_printed_one_item_a_line_goes_and_its_last_item_takes_the_kicker_off_the_headline():
    lines = ["1. Startseite", "2. >", "3. Lokal", "4. >", "5. Bridge closes for a year"]
    assert breadcrumb_items(lines) == ["Startseite", "Lokal", "Bridge closes for a year"]
    got = extract("\n".join(lines) + "\n\nCity Hall Bridge closes for a year\n\n" + LEAD + "\n\n" + MORE + "\n")
    assert (got.title, got.paragraphs[0]) == ("Bridge closes for a year", LEAD)


def test_a_menu_printed_one_section_a_line_above_the_headline_goes():
    assert menu_run(["國際", "社會", "政治", "RSS", "高雄鼓山男子墜樓身亡 現場無打鬥痕跡"]) == 4
    assert menu_run(["Politik", "Sport", "Bridge closes for a year after inspection"]) == 0  # two are no menu
    assert menu_run(["Décryptages", "Pépites", "Dossiers", "Vidéos", "Bridge closes for a year"]) == 4
    got = extract("News\nSport\nCulture\nWeather\nBridge closes for a year\n\n" + LEAD + "\n")
    assert got.title == "Bridge closes for a year"


def test_a_byline_run_into_a_numeric_date_names_the_author():
    assert read_byline("Von Franziska Muster 19.12.2017, 21:00") == (("Franziska Muster",), "")
    got = extract("Bridge closes for a year\n\nVon Franziska Muster 19.12.2017, 21:00\n\n" + LEAD + "\n")
    assert (got.author, got.date[:10]) == (("Franziska Muster",), "2017-12-19")


@pytest.mark.parametrize(("line", "holder"), [
    ("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "연합뉴스"),
    ("☞공감언론 뉴시스 kim@newsis.com <저작권자ⓒ 공감언론 뉴시스통신사. 무단전재 금지.>", "공감언론 뉴시스통신사"),
    ("© 2024 The Valley Tribune", ""),  # a name that does not read as an outlet's is not taken
    ("© 2024 Yahoo News", ""),  # a site's own notice at the page's foot names no source
    ("Copyright 2024 The Associated Press. All rights reserved.", "The Associated Press"),
])
def test_the_texts_copyright_notice_names_its_outlet(line, holder):
    assert outlet_holder(line) == holder


def test_a_copyright_notice_under_the_text_is_the_source_when_nothing_else_names_one():
    got = extract("화재 진압\n\n소방당국은 큰 불길을 잡았다.\n\n인명피해는 없었다.\n\n"
                  "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>\n")
    assert got.source == "연합뉴스"
    assert got.paragraphs[-1] == "인명피해는 없었다."


@pytest.mark.parametrize(("line", "want"), [
    ("取材中拉致か=日本人フリー記者(時事通信)", ("取材中拉致か=日本人フリー記者", "時事通信")),
    ("スーツケースに人間の胴体 ゴルフ場跡地(19日)産経", ("スーツケースに人間の胴体 ゴルフ場跡地", "産経")),
    ("Bridge closes (again)", ("Bridge closes (again)", "")),  # brackets that name no outlet stay
    ("花火大会が開幕(19日)東京", ("花火大会が開幕(19日)東京", "")),  # a place after the day is no outlet
])
def test_an_outlet_in_brackets_behind_a_headline(line, want):
    assert title_outlet(line) == want


def test_newsrooms_issuers_and_outlets_after_a_time():
    assert newsroom("La rédaction de France-Soir") == "France-Soir"
    assert wire_issuer("Original-Content von: Polizei Musterstadt, übermittelt durch news aktuell") == \
        "Polizei Musterstadt"
    assert dated_outlet("2019年10月19日 9時56分  NHKニュース") == "NHKニュース"
    assert dated_outlet("19.12.2017, 21:00 Uhr") == ""  # a clock's word is no outlet


def test_the_same_day_again_with_its_time_refines_the_date_and_names_the_outlet():
    got = extract("2019年10月19日\n\n◆橋が通行止めに\n\n2019年10月19日 9時56分  NHKニュース\n\n"
                  "19日朝、市内の橋が通行止めになりました。\n\n市が調べています。\n")
    assert (got.date, got.source) == ("2019-10-19T09:56:00", "NHKニュース")  # (a zone comes from the site)


def test_a_blogs_links_to_the_days_around_give_no_date():
    line = "« 2022年1月18日 (火) | トップページ | 2022年1月20日 (木) »"
    assert day_links(line)
    got = extract(line + "\n\n橋が通行止めに\n\n19日朝、市内の橋が通行止めになりました。\n")
    assert not got.date


@pytest.mark.parametrize(("line", "pair"), [
    ("台北市一處民宅濃煙竄出。讀者提供", ("台北市一處民宅濃煙竄出。", "讀者提供")),
    ("Le pont sera fermé un an. | ARCHIVES LA GAZETTE", ("Le pont sera fermé un an.", "ARCHIVES LA GAZETTE")),
])
def test_credits_of_batch_9_captions(line, pair):
    assert trailing_credit(line) == pair


def test_a_caption_with_a_credit_in_capitals_after_a_bar_near_the_top_is_the_caption():
    got = extract("Le pont sera fermé pendant un an. | ARCHIVES LA GAZETTE\n\n" + LEAD + "\n\n" + MORE + "\n")
    assert (got.image_caption, got.image_credit) == ("Le pont sera fermé pendant un an.", "ARCHIVES LA GAZETTE")
    assert got.paragraphs[0] == LEAD


def test_an_events_time_and_place_give_no_date():
    line = "Zeit: 06.12.2019, 11:45 Uhr Ort: Rathaus Musterstadt, Markt 1"
    assert event_schedule(line)
    assert not event_schedule("Stand: 06.12.2019, 11:45 Uhr")
    assert not extract("Pressetermin im Rathaus\n\n" + line + "\n\n" + LEAD + "\n").date


def test_a_releases_contact_block_ends_the_text_and_its_wire_names_the_issuer():
    got = extract("Pressetermin im Rathaus\n\nMusterstadt (ots)\n\n" + LEAD + "\n\n" + MORE
                  + "\n\nRückfragen bitte an:\n\nStadt Musterstadt\n\nTelefon: 040 123-456\n\n"
                  "Original-Content von: Stadt Musterstadt, übermittelt durch news aktuell\n")
    assert (got.paragraphs[-1], got.source) == (MORE, "Stadt Musterstadt")


def test_a_countrys_name_after_a_bar_is_a_section_not_the_source():
    assert is_place_name("España") and is_place_name("Deutschland") and not is_place_name("Reuters")
    assert split_title("Hallan 300 kilos de cocaína en Málaga | España") == \
        ("Hallan 300 kilos de cocaína en Málaga | España", "")
    assert split_title("Hallan 300 kilos de cocaína en Málaga | El Diario") == \
        ("Hallan 300 kilos de cocaína en Málaga", "El Diario")


def test_a_pictures_label_over_its_credit_is_no_dateline():
    assert credit_line("Crédit : Common Wikimedia") == "Common Wikimedia"
    got = extract("Paris : des fêtes interrompues par la police\n\n28 décembre 2020 à 10h00\n\nVOLTAGE\n"
                  "Crédit : Common Wikimedia\n\nA Paris, deux fêtes clandestines ont été interrompues samedi soir par "
                  "les forces de l’ordre, a indiqué la préfecture.\n")
    assert (got.dateline, got.image_credit) == ("", "Common Wikimedia")


@pytest.mark.parametrize(("line", "want"), [
    ("par Ouest France", ((), "Ouest France")),  # an outlet's name, no person's
    ("Von Radio Bremen", ((), "Radio Bremen")),
    ("By Anatole Frank", (("Anatole Frank",), "")),
    ("par Marie-France Dupont", (("Marie-France Dupont",), "")),
])
def test_a_byline_that_names_an_outlet(line, want):
    assert read_byline(line) == want


@pytest.mark.parametrize(("line", "place"), [
    ("(新加坡8日讯)一名男子在公园内被捕。", "新加坡"),  # a Chinese-language paper's `讯` dateline
    ("Musterstadt (ots) - Die Stadt lädt ein.", "Musterstadt"),  # news aktuell's service names no agency
])
def test_datelines_of_batch_9(line, place):
    assert read_dateline(line) == (place, "")


def test_a_taiwanese_papers_credit_in_tortoise_shell_brackets():
    assert wire_credit("〔記者王小明/高雄報導〕高雄一名男子今天墜樓。")[1:3] == ("王小明", "高雄")


def test_a_dateline_alone_on_its_line_leaves_the_text():
    assert dateline_alone("Musterstadt (ots)")
    got = extract("Pressetermin im Rathaus\n\nMusterstadt (ots)\n\n" + LEAD + "\n")
    assert (got.dateline, got.paragraphs[0]) == ("Musterstadt", LEAD)


def test_a_reporters_credit_over_a_headline_printed_at_the_foot():
    got = extract("소방당국은 큰 불길을 잡았다.\n인명피해는 없었다.\n홍길동 기자 hong@example.kr\n"
                  "청사 화재...22분 만에 완진\n입력 2017-06-11 23:58\n")
    assert (got.title, got.author) == ("청사 화재...22분 만에 완진", ("홍길동",))


def test_a_korean_reporters_bare_name_under_the_text():
    assert korean_name("김정우") and not korean_name("취재부") and not korean_name("김정")
    got = extract("소방당국은 큰 불길을 잡았습니다.\n\n인명피해는 없었습니다.\n\n김정우\n\n당신의 의견을 남겨주세요\n")
    assert (got.author, got.paragraphs[-1]) == (("김정우",), "인명피해는 없었습니다.")


def test_a_headline_run_into_the_first_sentence_is_split_off():
    got = extract("Voraz incendio en el puertoEl sábado a la noche se produjo un voraz incendio en la calle "
                  "Magallanes, que afectó a un grupo de viviendas.\n\nSe inició una investigación.\n")
    assert got.title == "Voraz incendio en el puerto"
    assert got.paragraphs[0].startswith("El sábado a la noche")


def test_a_brand_glued_in_a_sentence_is_no_headline():
    got = extract("La nueva aplicación de YouTube llega a los teléfonos de la ciudad este lunes, informó la empresa.\n")
    assert got.paragraphs[0].startswith("La nueva aplicación de YouTube")


def test_a_writers_sign_off_glued_behind_the_last_sentence():
    got = extract("Voraz incendio en el puerto\n\nEl sábado se produjo un incendio en el puerto, informaron.\n\n"
                  "Se inició una investigación. Ana Pérez - Publicada el Domingo 29/09/24 - 1268 caracteres |\n")
    assert (got.author, got.date, got.paragraphs[-1]) == (("Ana Pérez",), "2024-09-29", "Se inició una investigación.")


def test_a_two_digit_year_is_read_only_where_day_and_month_cannot_be_mistaken():
    assert short_year_date("Publicada el 29/09/24") == "2024-09-29"
    assert short_year_date("Publicada el 03/04/24") == ""
    assert short_year_date("Publicada el 03/04/24", "dmy") == "2024-04-03"


def test_the_links_under_a_read_also_label_at_the_foot_go():
    got = extract("Un pont fermé\n\n" + LEAD + "\n\n" + MORE + "\n\nLire aussi:\n\n"
                  "Pass sanitaire: des sanctions disproportionnées?\nLe vaccin est moins efficace, constate Israël\n")
    assert got.paragraphs[-1] == MORE


@pytest.mark.parametrize("line", ["男子墜樓身亡。(資料照)", "消防員到場救援。（资料图片）", "화재 현장 (자료사진)"])
def test_a_caption_that_calls_itself_a_file_picture_in_cjk(line):
    assert marked_caption(line) == (line, "")


@pytest.mark.parametrize("lead", ["Musterstadt l Wer einen Unfall baut, muss nicht die Polizei rufen.",
                                  "Musterstadt | Wer einen Unfall baut, muss nicht die Polizei rufen."])
def test_a_place_before_a_bar_opening_the_lead(lead):
    assert dated_place(lead, lead=True) == "Musterstadt"
