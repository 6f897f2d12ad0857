"""Head rules of the importer's twelfth round (title, date, source, author, dateline, summary):
each rule once, on invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

from importer_copy import LEAD, MORE

from gazette.importer import extract
from gazette.importer.rules.dates import read_date_line

DECK = ("The old bridge over the river will stay closed to traffic for months while the city's engineers check "
        "the cracks in two of its piers and work out what repairs will cost")
ES_LEAD = ("El ayuntamiento cerró el lunes el viejo puente al tráfico después de que los ingenieros "
           "encontraran grietas en dos de sus pilares, según informó la ciudad.")
ES_MORE = "Las obras durarán un año y costarán unos cuatro millones de euros, según los técnicos municipales."
ES_DECK = ("El viejo puente seguirá cerrado al tráfico durante meses mientras los ingenieros municipales revisan "
           "las grietas de sus pilares y calculan el coste de las obras")


def test_a_clock_after_a_spaced_colon_belongs_to_the_date():
    # French typography spaces the colon: `(24/03/2019 : 20:37)`.
    assert read_date_line("(24/03/2019 : 20:37)", language="fr").published == "2019-03-24T20:37:00"
    assert read_date_line("24.03.2019 : 20:37 Uhr", language="de").published == "2019-03-24T20:37:00"
    # A number after the colon that is no clock leaves the day alone.
    assert read_date_line("24/03/2019 : 20 morts", language="fr").published == "2019-03-24"


def test_a_deck_of_any_length_over_a_photo_and_its_credit_is_the_summary():
    article = extract(f"Bridge closed after cracks found\n\n{DECK}\n\n"
                      f"The bridge on Monday morning. (Jane Doe/City News)\n\n{LEAD}\n\n{MORE}")
    assert article.summary == DECK
    assert article.paragraphs[0] == LEAD
    assert (article.image_caption, article.image_credit) == ("The bridge on Monday morning.", "Jane Doe/City News")
    # The same line right over the text (no credits between) is left to the body's rules: a deck
    # of this length over a longer lead.
    plain = extract(f"Bridge closed after cracks found\n\n{LEAD}\n\n{MORE}")
    assert plain.summary == "" and plain.paragraphs[0] == LEAD
    # A finished sentence over the credits is the lead, not a deck.
    finished = extract(f"Bridge closed after cracks found\n\n{DECK}.\n\n"
                       f"The bridge on Monday morning. (Jane Doe/City News)\n\n{LEAD}\n\n{MORE}")
    assert finished.summary == ""


def test_a_deck_over_a_caption_with_its_agency_glued_on_and_the_writers_name():
    article = extract(f"El puente, cerrado\n\n{ES_DECK}\n\n"
                      f"Los técnicos revisan los pilares del viejo puente durante la mañana EFE\n\n"
                      f"Ana Ruiz Gómez\n\n{ES_LEAD}\n\n{ES_MORE}")
    assert article.summary == ES_DECK
    assert article.image_caption == "Los técnicos revisan los pilares del viejo puente durante la mañana"
    assert article.image_credit == "EFE"
    assert article.author == ("Ana Ruiz Gómez",)
    assert article.paragraphs[0] == ES_LEAD


def test_a_deck_over_a_related_storys_link():
    article = extract(f"El puente, cerrado\n\n{ES_DECK}\n\n• Otro puente cerrado\n\n{ES_LEAD}\n\n{ES_MORE}")
    assert article.summary == ES_DECK
    assert article.paragraphs[0] == ES_LEAD
    # A link cut off at a dash goes first, as furniture (the body round's rule): the deck then
    # stands right over the lead, which is no sign of a standfirst, so it stays as text.
    cut = extract(f"El puente, cerrado\n\n{ES_DECK}\n\n• Otro puente -\n\n{ES_LEAD}\n\n{ES_MORE}")
    # (The deck holds no stop: passes.edges leaves it out of the text's start, and names it in the check.)
    assert cut.summary == "" and cut.paragraphs[0] == ES_LEAD and f"'{ES_DECK[:40]}" in cut.doubts[-1]
    # A long list item is a story's text, not a link between the deck and the text.
    listed = extract(f"El puente, cerrado\n\n{ES_DECK}\n\n• {ES_MORE}\n\n{ES_LEAD}")
    assert listed.summary != ES_DECK or listed.paragraphs[0] != ES_LEAD


def test_two_standfirsts_the_first_one_is_the_summary_and_both_leave_the_text():
    first = "With only days left in the session, ten bills are still at the introductory stage."
    article = extract(f"Bridge closed after cracks found\n\n{first}\n\n{DECK}\n\n"
                      f"The bridge on Monday morning. (Jane Doe/City News)\n\n{LEAD}\n\n{MORE}")
    assert article.summary == first
    assert article.paragraphs[0] == LEAD
    # A sentence over a line that is no deck over credits stays text.
    plain = extract(f"Bridge closed after cracks found\n\n{first}\n\n{LEAD}\n\n{MORE}")
    assert plain.paragraphs[0] == first


def test_no_deck_in_a_script_without_spaces():
    # Japanese and Chinese headlines end without a stop as decks do: no deck is read there.
    deck = "橋は技術者がひび割れを調べる間しばらく閉鎖されたままになる見通しだと市は説明した"
    lead = "市は月曜日、技術者が橋脚二本にひび割れを見つけたため、古い橋を通行止めにすると発表した。" * 2
    article = extract(f"古い橋を通行止めに\n\n{deck}\n\n橋を調べる技術者=市役所で2019年12月9日、山田太郎撮影\n\n"
                      f"{lead}\n\n{lead}")
    assert article.summary != deck


KO_LEAD = ("시는 월요일 기술자들이 교각 두 곳에서 균열을 발견한 뒤 오래된 다리의 차량 통행을 막기로 했다고 밝혔습니다. "
           "보수 공사는 1년 정도 걸릴 것으로 보입니다.")
KO_MORE = "시 관계자는 화요일 저녁 공사비가 약 40억 원에 이를 것이라고 말했습니다. 주민들은 우회로를 이용해야 합니다."


def test_a_korean_headline_of_short_words_is_no_menu():
    # Hangul has no case and its words are short: a headline's running words end with particles.
    from gazette.importer.rules.furniture import is_menu

    headline = "베트남 전에서 3-1로 승리한 후 손흥민이 인터뷰에서 한 말"
    assert not is_menu(headline)
    assert is_menu("뉴스 정치 경제 사회 문화 연예 스포츠 오피니언")  # a menu's names stay a menu
    article = extract(f"본문 바로가기\n\n{headline}\n\n{KO_LEAD}\n\n{KO_MORE}")
    assert article.title == headline


def test_a_korean_date_line_ending_with_its_dot_under_the_headline():
    # `2018. 8. 31.` ends with the date's dot, no sentence's stop; a blogger's name before it.
    article = extract(f"다리 통행 금지\n\n블로거 2018. 8. 31.\n\n{KO_LEAD}\n\n{KO_MORE}")
    assert article.date == "2018-08-31"
    assert article.paragraphs[0] == KO_LEAD
    # A sentence that ends with a date is text, and gives no date.
    dated = extract(f"다리 통행 금지\n\n시는 다리의 통행을 막았고 공사는 2018. 8. 31.\n\n{KO_LEAD}\n\n{KO_MORE}")
    assert dated.date == ""


DE_LEAD = ("Der Stadtrat hat am Montag beschlossen, die alte Brücke für den Verkehr zu sperren, nachdem Ingenieure "
           "Risse in zwei Pfeilern gefunden hatten. Die Reparatur soll ein Jahr dauern.")
DE_MORE = "Die Kosten liegen nach Angaben der Stadtverwaltung bei rund vier Millionen Euro, sagte ein Sprecher."
DE_STANDFIRST = ("Risse in zwei Pfeilern, ein Gutachten mit klarem Ergebnis und kein Geld im Haushalt – "
                 "die Stadt sperrt ihre älteste Brücke für mindestens ein Jahr.")


def test_a_standfirst_over_a_lead_that_opens_with_its_place_and_a_dash():
    article = extract(f"Stadt sperrt die alte Brücke\n\nVon: Erika Muster\n\n{DE_STANDFIRST}\n\n"
                      f"Lüdenscheid - {DE_LEAD}\n\n{DE_MORE}")
    assert article.summary == DE_STANDFIRST
    assert article.dateline == "Lüdenscheid"
    assert article.paragraphs[0].startswith("Lüdenscheid - Der Stadtrat")
    # A photo's caption there says it is one: it is no standfirst.
    caption = ("Das Foto zeigt die gesperrte Brücke am Montagmorgen, "
               "kurz nachdem die Stadt die Sperrung verkündet hatte.")
    pictured = extract(f"Stadt sperrt die alte Brücke\n\n{caption}\n\nLüdenscheid - {DE_LEAD}\n\n{DE_MORE}")
    assert pictured.summary == ""
    # Over a lead without its place, the same sentence is left to the body's rules (one sentence
    # over the lead is as often the lead itself).
    unplaced = extract(f"Stadt sperrt die alte Brücke\n\n{DE_STANDFIRST}\n\n{DE_LEAD}\n\n{DE_MORE}")
    assert unplaced.summary == ""


def test_dashed_place_is_a_place_not_a_label():
    from gazette.importer.rules.dateline import dashed_place

    assert dashed_place("Köln - Was die Trainer zu sagen hatten") == "Köln"
    assert dashed_place("Bad Homburg – Die Feuerwehr rückte aus") == "Bad Homburg"
    assert dashed_place("Fazit: Das war gut") == ""
    assert dashed_place("Köln-Deutz ist ein Stadtteil") == ""


def test_a_caption_with_its_credit_printed_twice_over_the_headline_is_neither_headline_nor_text():
    caption = 'Erika Muster: "Wir brauchen noch eine neue Brücke für die Stadt. Die werden wir bauen" - © © Max Foto'
    article = extract(f"{caption}\n{caption}\nStadt sperrt die alte Brücke\n\nKöln - {DE_LEAD}\n\n{DE_MORE}")
    assert article.title == "Stadt sperrt die alte Brücke"
    assert article.dateline == "Köln"
    assert caption not in article.paragraphs
    # Printed once, with no ©, a long line over the headline is not passed over as a caption.
    once = 'Erika Muster: "Wir brauchen noch eine neue Brücke für die Stadt. Die werden wir bauen"'
    kept = extract(f"{once}\n{once}\nStadt sperrt die alte Brücke\n\nKöln - {DE_LEAD}\n\n{DE_MORE}")
    assert kept.title != "Stadt sperrt die alte Brücke"


def test_a_breadcrumb_that_opens_with_the_sites_address_names_the_site():
    from gazette.importer.rules.source import crumb_site

    article = extract(f"1. come-on.de\n2. Lüdenscheid\nStadt sperrt die alte Brücke\n\n{DE_LEAD}\n\n{DE_MORE}")
    assert article.source == "come-on.de"
    assert article.title == "Stadt sperrt die alte Brücke"
    assert crumb_site("www.tagesschau.de › Inland") == "tagesschau.de"
    assert crumb_site("youtube.com") == ""  # a video host names no outlet
    assert crumb_site("1. Lüdenscheid") == "" and crumb_site("Mehr auf come-on.de") == ""


def test_a_question_alone_under_the_headline_is_the_subtitle():
    question = "Can a city close its oldest bridge without asking the people who use it?"
    article = extract(f"What if the bridge has to go?\n{question}\n{LEAD} {MORE}\n{MORE}")
    assert article.summary == question
    assert article.paragraphs[0].startswith(LEAD)
    # A question over a paragraph of its own length is text: an exchange, a list of questions.
    short = extract(f"What if the bridge has to go?\n\n{question}\n\nThe council says it can.\n\n{LEAD}")
    assert short.summary == ""
    # Nor is a question under a line other than the headline.
    under = extract(f"What if the bridge has to go?\n\n{LEAD}\n\n{question}\n\n{MORE} {MORE}")
    assert under.summary != question and question in under.paragraphs


def test_a_city_before_a_bar_on_the_date_line_is_the_dateline():
    from gazette.importer.rules.dateline import place_before_date

    article = extract(f"El puente, cerrado\n\nMadrid | 5 de junio de 2025\n\n{ES_LEAD}\n\n{ES_MORE}")
    assert (article.dateline, article.date) == ("Madrid", "2025-06-05")
    # Under a standfirst, among the first paragraphs, as well.
    standfirst = "El ayuntamiento cierra el puente durante un año por las grietas de sus pilares."
    under = extract(f"El puente, cerrado\n\n{standfirst}\n\nMadrid | 5 de junio de 2025\n\n{ES_LEAD}\n\n{ES_MORE}")
    assert (under.dateline, under.date) == ("Madrid", "2025-06-05")
    assert place_before_date("Nueva York | 5 de junio de 2025") == "Nueva York"
    # A section's, a country's (a section as sites name it), an agency's or a writer's name is no place.
    for line in ("Economía | 5 de junio de 2025", "España | 5 de junio de 2025", "Europa Press | 17 dic, 2018",
                 "Jane Doe | May 3, 2021"):
        assert place_before_date(line) == "", line
    section = extract(f"El puente, cerrado\n\nEconomía | 5 de junio de 2025\n\n{ES_LEAD}\n\n{ES_MORE}")
    assert (section.dateline, section.date) == ("", "2025-06-05")


def test_a_line_ending_with_a_colon_is_no_headline():
    # A site's search prompt over the page: it announces what follows it.
    article = extract(f"We could not find any results for:\nMake sure your spelling is correct.\n"
                      f"Bridge closed after cracks found\nMarch 3, 2021 10:15 am\n\n{LEAD}\n\n{MORE}")
    assert article.title == "Bridge closed after cracks found"
    assert article.date == "2021-03-03T10:15:00"
    # A headline with a colon inside it is still one.
    inside = extract(f"Bridge: closed after cracks found in piers\n\n{LEAD}\n\n{MORE}")
    assert inside.title == "Bridge: closed after cracks found in piers"


def test_a_stock_ticker_in_brackets_is_no_photos_credit():
    article = extract(f"Bridge Fund Reports Results\nMarch 3, 2021 10:15 am\nBridge Fund Euro Dist (BIT:CMTX)\n\n"
                      f"{LEAD}\n\n{MORE}")
    assert (article.image_caption, article.image_credit) == ("", "")
    pictured = extract(f"Bridge closed after cracks found\nMarch 3, 2021 10:15 am\n"
                       f"The bridge on Monday morning. (Jane Doe/City News)\n\n{LEAD}\n\n{MORE}")
    assert pictured.image_credit == "Jane Doe/City News"


def test_a_zone_of_day_first_countries_orders_a_numeric_date():
    # IST (India, Ireland, Israel), BST, CET, AEST ...: every country of the zone writes the day first.
    line = "Reuters | Ankara | Updated: 02-11-2022 01:55 IST | Created: 02-11-2022 01:55 IST"
    assert read_date_line(line, language="en").published == "2022-11-02T01:55:00"
    assert read_date_line("02/11/2022 10:00 CET", language="en").published == "2022-11-02T10:00:00+01:00"
    # A US zone, GMT or no zone leaves the order to the site's date_order, refused without it.
    for other in ("02/11/2022 10:00 EST", "02/11/2022 10:00 GMT", "02/11/2022"):
        assert read_date_line(other, language="en").refused, other
    assert read_date_line("02/11/2022 10:00 EST", language="en", date_order="mdy").published.startswith("2022-02-11")


def test_the_last_of_three_headlines_of_one_weight_over_the_papers_byline():
    lead = "行政院長今天上午抵達東京，隨即在駐日代表陪同下前往東京巨蛋觀賽，創下雙方斷交後現任閣揆赴日的首例。" * 2
    more = "行政院發言人對此僅表示沒有說法，並未說明行程細節，也未回應是否留在當地觀賞明天的比賽。" * 2
    stack = ("烽火延燒多日川普發文要求無條件投降 伊朗總統反嗆絕不",
             "出動逾80架戰機以軍空襲伊朗 德黑蘭機場傳發生爆炸飛機起火",
             "卓榮泰現身東京應援經典賽 閣揆赴日擦邊球政院低調回應")
    article = extract("\n".join(stack) + f"\n聯合報／ 記者李人岳／台北報導\n{lead}\n{more}")
    assert article.title == stack[2]
    assert article.author == ("李人岳",)
    # A headline with two longer decks under it is no list: its first line is not passed over.
    decks = extract("卓榮泰現身東京\n" + "\n".join(stack[:2]) + f"\n聯合報／ 記者李人岳／台北報導\n{lead}\n{more}")
    assert decks.title != stack[1]


def test_a_kicker_in_capitals_of_any_length_gives_way_to_the_headline_under_it():
    headline = "El ayuntamiento cerrará el viejo puente al menos hasta el verano"
    article = extract(f"ASISTIRÁ A UNA REUNIÓN EN EL PUENTE\n{headline}\n{ES_LEAD}\n{ES_MORE}")
    assert article.title == headline
    # Two lines in capitals: the copy does not say which one is the headline's kicker.
    caps = extract(f"ASISTIRÁ A UNA REUNIÓN EN EL PUENTE\n{headline.upper()}\n{ES_LEAD}\n{ES_MORE}")
    assert caps.title == "" and any("several lines could be the headline" in n for n in caps.notes)


def test_an_iso_stamp_and_a_clock_with_a_dot_before_its_zone():
    assert read_date_line("2021-03-15T14:05:00+09:00", language="ja").published == "2021-03-15T14:05:00+09:00"
    assert read_date_line("Published 2021-03-15T05:05:00Z", language="en").published == "2021-03-15T05:05:00+00:00"
    # British papers print the clock with a dot: read before a zone, a half of the day or `Uhr`.
    assert read_date_line("Monday 15 March 2021 14.05 GMT", language="en").published == "2021-03-15T14:05:00+00:00"
    assert read_date_line("Mon 15 Mar 2021 2.05pm BST", language="en").published == "2021-03-15T14:05:00+01:00"
    # A number with a dot before a currency is no clock: the day stands alone.
    assert read_date_line("15 March 2021 14.05 EUR", language="en").published == "2021-03-15"
    article = extract(f"Bridge closed after cracks found\n\nMonday 15 March 2021 14.05 GMT\n\n{LEAD}\n\n{MORE}")
    assert article.date == "2021-03-15T14:05:00+00:00"


def test_bylines_joined_by_another_languages_and_or_with_an_agency_after_a_comma_or_a_bar():
    from gazette.importer.rules.byline import read_byline

    assert read_byline("Por Ana Ruiz y Luis Gil") == (("Ana Ruiz", "Luis Gil"), "")
    assert read_byline("Von Erika Muster und Max Mustermann") == (("Erika Muster", "Max Mustermann"), "")
    assert read_byline("Par Jean Dupont et Marie Curie") == (("Jean Dupont", "Marie Curie"), "")
    assert read_byline("Por José Ortega y Gasset") == (("José Ortega y Gasset",), "")  # one name, its particle
    assert read_byline("By Jane Doe, Associated Press") == (("Jane Doe",), "Associated Press")
    assert read_byline("By Jane Doe | Reuters") == (("Jane Doe",), "Reuters")
    assert read_byline("By Jane Doe, Staff Writer") == (("Jane Doe",), "")  # a staff title names no outlet
    assert read_byline("By Jane Doe, Springfield") is None  # a name and a place are not a byline's
    article = extract(f"Bridge closed after cracks found\n\nBy Jane Doe, Associated Press\n\n{LEAD}\n\n{MORE}")
    assert (article.author, article.source) == (("Jane Doe",), "Associated Press")
