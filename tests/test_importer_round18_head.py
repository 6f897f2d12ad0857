"""Rules of the importer's round 18 for the head fields (title, date, source, author, dateline,
summary), drawn from held-out batch 16's misses: each rule once, on invented copy, with its
look-alike that must stay as it is."""

from __future__ import annotations

from importer_copy import LAST, LEAD, MORE

from gazette.importer import extract
from gazette.importer.rules.dates import read_date_line


def test_a_year_in_the_japanese_era_is_read_in_the_western_count():
    assert read_date_line("平成29年9月12日", language="ja").published == "2017-09-12"
    assert read_date_line("令和元年5月1日", language="ja").published == "2019-05-01"
    assert read_date_line("令和5年10月3日 午後3:05", language="ja").published == "2023-10-03T15:05:00"
    assert read_date_line("昭和64年1月7日", language="ja").published == "1989-01-07"
    # An era's year without its month and day is no date line; nor is one inside a sentence.
    assert read_date_line("平成29年", language="ja") is None
    assert read_date_line("この制度は平成29年9月12日に始まり、多くの市民が利用している。", language="ja") is None


def test_a_line_ending_with_a_comma_is_no_headline():
    lead = "県内で12日、交通死亡事故が発生しました。警察が原因を調べています。歩行者の男性が死亡しました。"
    more = "現場は見通しの良い国道の交差点で、警察は付近の防犯カメラの映像を確認しています。"
    article = extract(f"このページの現在地は、\n\n交通死亡事故速報\n\n平成29年9月12日\n\n{lead}\n\n{more}")
    assert article.title == "交通死亡事故速報"
    assert article.date == "2017-09-12"
    # A headline with a comma inside it is still the headline.
    kept = extract(f"Bridge to close, council says\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert kept.title == "Bridge to close, council says"


def test_a_companys_bare_copyright_mark_over_the_text_names_its_source():
    lead = "警察庁のまとめによると、1日付では9県で10人が新たに確認されています。詳細は下記のとおりです。"
    more = "各都道府県警察の発表によると、事故の多くは夕方の時間帯に起きています。"
    article = extract(f"〔交通事故死者日報〕9県10人(12/1)\n\n©株式会社レスキューナウ\n\n{lead}\n\n{more}")
    assert article.source == "株式会社レスキューナウ"
    assert all("©" not in p for p in article.paragraphs)
    english = extract(f"Bridge to close\n\n© Example Media GmbH\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert english.source == "Example Media GmbH"
    # A photographer's mark names a person, no company: no source.
    photo = extract(f"Bridge to close\n\n© Jane Doe\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert photo.source == ""


def test_a_german_two_word_place_with_its_stop_named_again_in_the_lead_is_the_dateline():
    lead = ("Bad Bramstedt. Die Klinik in Bad Bramstedt hat ein weiteres Bettenhaus gebaut und umfangreiche "
            "Arbeiten durchgeführt.")
    more = "Die Fachklinik bietet jetzt Platz für knapp 500 Patienten im Akutbereich und in der Rehabilitation."
    last = "Darüber hinaus wurde die Küche vollständig modernisiert und erweitert, teilte die Klinik mit."
    article = extract(f"Neues Bettenhaus eröffnet\n\n{lead}\n\n{more}\n\n{last}")
    assert article.dateline == "Bad Bramstedt"
    # Two capitalised words that make a sentence of their own, not named again, are no place.
    film = ("Großes Kino. Der Film erzählt die Geschichte einer Familie, die nach dem Krieg ihr Dorf "
            "wieder aufbaut.")
    assert extract(f"Neuer Film im Kino\n\n{film}\n\n{more}\n\n{last}").dateline == ""


def test_an_agencys_dateline_with_the_country_and_the_day_before_its_tag():
    lead = ("Oporto, Portugal, 27 de octubre (Télam).- El líder Porto derrotó hoy como local 3 a 1 al escolta "
            "Sporting y le sacó cinco puntos en la cima.")
    more = "El tanto del ex volante fue convertido a los 29 minutos del segundo tiempo, de tiro libre."
    last = "Con este triunfo, Porto llegó a los 22 puntos y le sacó cinco unidades a los escoltas."
    article = extract(f"Victoria del líder Porto\n\n{lead}\n\n{more}\n\n{last}")
    assert (article.dateline, article.source) == ("Oporto", "Télam")
    # A sentence with a name in brackets after a comma is no dateline.
    said = ("Oporto, la segunda ciudad del país, (según el censo) creció - y mucho - durante la última "
            "década del siglo.")
    plain = extract(f"Victoria del líder Porto\n\n{said}\n\n{more}\n\n{last}")
    assert (plain.dateline, plain.source) == ("", "")


def test_a_korean_papers_credit_of_its_reporter_in_one_bracket_names_the_author_and_the_outlet():
    lead = "부산 금정경찰서는 보이스피싱 대출사기 수법으로 3명에게 8800만원을 타낸 최모씨를 검거했다고 29일 밝혔다."
    more = "경찰에 따르면 피의자 최씨는 지난 4월 현행범으로 체포된 뒤 명확한 증거가 없어 석방됐다."
    last = "또한 경찰은 퀵서비스 기사 등 공범 2명을 추가로 검거해 불구속 입건했다고 밝혔다."
    foot = extract(f"{lead}\n{more}\n{last}\n(CNB=최원석 기자)")
    assert foot.author == ("최원석",)
    assert foot.paragraphs[-1] == last
    head = extract(f"보이스피싱 사기범 구속\n\n(CNB=최원석 기자)\n\n{lead}\n\n{more}\n\n{last}")
    assert (head.author, head.source) == (("최원석",), "CNB")
    # A place before `=` names no outlet: the reporter only.
    placed = extract(f"보이스피싱 사기범 구속\n\n[부산=김철수 기자]\n\n{lead}\n\n{more}\n\n{last}")
    assert (placed.author, placed.source) == (("김철수",), "")


def test_a_line_under_the_headline_shaped_like_the_texts_subheadings_is_no_summary():
    head = "Storms sweep the north as the coast records its wettest hour in a century of records"
    sub = "Coastal town sees its wettest hour on record today"
    lower = "More heavy rain expected tonight across the region"
    article = extract(f"{head}\n\n{sub}\n\n{LEAD}\n\n{MORE}\n\n{lower}\n\n{LAST}\n\n{MORE} Again.")
    assert article.summary == ""
    # Without subheadings in the text, the line is its deck.
    deck = extract(f"{head}\n\n{sub}\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert deck.summary == sub
