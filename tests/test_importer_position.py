"""The position rule against invented values: a value found only where it could belong to
something else (above the page's menu, at the foot after the text, under a caption, in
another script than the text) is not taken; the field is left for a person, with the reason."""

from __future__ import annotations

from importer_copy import LEAD

from gazette.importer import extract
from gazette.importer.write import missing_fields

MORE = "Repairs are expected to take at least a year and to cost about 12 million euros, officials said."


def _why(article, name: str) -> str:
    return dict(missing_fields(article)).get(name, "")


def test_a_date_above_the_page_menu_is_the_page_date_not_the_article_date():
    text = (f"Tuesday 10 December 2019\nHome      All news      Contact us      English\n\n"
            f"Council closes the old bridge\n\n{LEAD}\n\n{MORE}\n\nSource: Reuters\n")
    article = extract(text)
    assert article.date == ""
    assert "page's menu" in _why(article, "date")
    assert "10 December 2019" not in "\n".join(article.paragraphs)


def test_a_date_under_the_headline_is_still_the_date():
    text = f"Council closes the old bridge\nDecember 10, 2019\n\n{LEAD}\n\n{MORE}\n\nSource: Reuters\n"
    assert extract(text).date == "2019-12-10"


def test_a_date_at_the_foot_after_the_text_is_not_taken_and_goes():
    text = (f"Council closes the old bridge\n\n{LEAD}\n\n{MORE}\n\nSource: Reuters\n\n"
            "Other videos\nNadal wins in Madrid - Tennis\n9 novembre 2024 - lequipe\n")
    article = extract(text)
    assert article.date == ""
    assert "foot" in _why(article, "date")
    assert not any("2024" in p for p in article.paragraphs)


def test_the_article_credit_block_at_the_foot_keeps_its_date():
    printed = extract(f"Council closes the old bridge\n\n{LEAD}\n\n{MORE}\n\n2025-12-26 33면\n")
    assert printed.date == "2025-12-26"
    labelled = extract(f"Council closes the old bridge\n\n{LEAD}\n\n{MORE}\n\nSource:   Le Figaro\n"
                       "October 15, 2025 22:17 UTC\n")
    assert labelled.date.startswith("2025-10-15T22:17")
    assert labelled.source == "Le Figaro"


def test_a_source_label_under_a_caption_credits_the_photo_not_the_article():
    text = ("Bundestag beschließt neue Gesetze\nStand: 09:14 Uhr\n"
            "Der Bundestag in einer langen Nachtsitzung am Donnerstag\nQuelle: REUTERS\n\n"
            "In einer Mammutsitzung hat der Bundestag in der Nacht zu Freitag eine Reihe neuer Gesetze "
            "beschlossen, wie die Verwaltung mitteilte.\n")
    article = extract(text)
    assert article.source == ""
    assert (article.image_caption, article.image_credit) == (
        "Der Bundestag in einer langen Nachtsitzung am Donnerstag", "REUTERS")


def test_a_source_label_under_the_headline_names_the_source():
    text = f"Council closes the old bridge\nSource: Reuters\n\n{LEAD}\n\n{MORE}\n"
    assert extract(text).source == "Reuters"


def test_a_source_label_in_the_body_under_a_line_that_is_no_sentence_is_not_taken():
    text = f"Council closes the old bridge\n\n{LEAD}\n\nThe bridge seen from the river bank\n\nQuelle: dpa\n\n{MORE}\n"
    article = extract(text)
    assert article.source == ""
    assert "credits the line above" in _why(article, "source")


def test_a_headline_ending_in_its_source_label_is_the_headline_and_source():
    text = ("3 dic 2014\n\nAlfonso Alonso, nuevo ministro de Sanidad en sustitución de Mato. Fuente: La Vanguardia\n\n"
            "A la salida de Ana Mato del Ejecutivo ha seguido la elección de un ministro de Sanidad muy alejado del "
            "perfil técnico que caracteriza al Gabinete.\n")
    article = extract(text)
    assert article.title == "Alfonso Alonso, nuevo ministro de Sanidad en sustitución de Mato"
    assert article.source == "La Vanguardia"
    assert article.image_caption == "" and article.image_credit == ""


def test_a_stack_of_menu_lines_above_the_date_is_no_standfirst():
    text = ("Minister denies rebels control oil fields\nSections\nFeatured\nU.S.\nTechnology\n"
            "Energy & Environment\nDecember 23, 2013 / 5:51 PM\n\n"
            "JUBA, Dec 23 (Reuters) - South Sudan's government remains in control of the oil fields, "
            "the minister said on Monday.\n\nThe rebels said otherwise in a statement on Monday evening.\n")
    assert extract(text).summary == ""


def test_a_latin_label_over_japanese_copy_is_no_headline():
    text = ("news every. きょうコレ\n"
            "高市首相が会見。日本政府の考えについて「様々なレベルで中国や国際社会に対して粘り強く説明していく」と述べた。"
            "また政権発足からの2カ月を振り返り成果を強調した。\n")
    article = extract(text)
    assert article.title == ""
    assert "another script" in _why(article, "title")


def test_a_word_or_two_alone_above_the_text_is_a_label_not_a_headline():
    for label in ("agenzia", "Retour", "Nacional"):
        article = extract(f"{label}\n\n{LEAD}\n\n{MORE}\n")
        assert article.title == "", label


def test_a_photo_credit_line_at_the_top_is_no_headline_and_its_agency_no_source():
    article = extract(f"Foto: José Sena Goulão - Lusa\n\n{LEAD}\n\n{MORE}\n")
    assert (article.title, article.source) == ("", "")
    assert article.image_credit == "José Sena Goulão - Lusa"


def test_a_headline_printed_twice_under_a_site_prompt_is_the_headline():
    article = extract("Webmail\n\nKies je webmail\n\nOmdat wij ook webmail aanbieden, vragen we je eenmalig "
                      "je voorkeur op te geven.\n\nBlok en Kamp willen niet terug\n\nBlok en Kamp willen niet terug\n\n"
                      f"DEN HAAG (ANP) - {LEAD}\n")
    assert (article.title, article.source, article.dateline) == ("Blok en Kamp willen niet terug", "ANP", "DEN HAAG")


def test_a_korean_agency_photo_caption_gives_no_dateline_or_reporter():
    lines = ["[서울=뉴시스] 고승민 기자 = 김민석 후보자가 25일 국회에서 인사를 나누고 있다. "
             "2025.06.25. kkssmm99@newsis.com",
             "[서울=뉴시스]김경록 김지은 기자 = 대통령실에 이어 국무총리실도 쌍방향 브리핑 시스템 도입을 검토한다."]
    article = extract("총리실도 쌍방향 브리핑 검토\n\n" + "\n\n".join(lines) + "\n")
    assert (article.dateline, article.source, article.author) == ("서울", "뉴시스", ("김경록", "김지은"))
