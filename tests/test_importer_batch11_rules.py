"""Rules drawn from held-out batch 11 (English, Korean, Japanese, Chinese, German, French and
Spanish copy from agencies, papers, broadcasters, blogs, releases and feeds): each rule once, on
invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

import pytest

from importer_copy import LEAD, MORE

from gazette.importer import extract


def test_undated_names_no_place_but_the_agency_still_counts():
    # AP's placeholder for a story filed from no one place (a roundup): no dateline, AP the source.
    article = extract(f"Bridge closed\n\nUNDATED (AP) — {LEAD}\n\n{MORE}")
    assert article.dateline == ""
    assert article.source == "AP"
    placed = extract(f"Bridge closed\n\nDENVER (AP) — {LEAD}\n\n{MORE}")
    assert (placed.dateline, placed.source) == ("DENVER", "AP")


def test_a_pictures_line_with_its_agency_after_a_dash_is_no_summary():
    # A photo's alt text and caption run together, its agency after a dash, under the headline.
    article = extract(f"Bridge closed after cracks found\n\nJane Doe Council Jane Doe - The Canadian Press\n\n"
                      f"TORONTO (AP) — {LEAD}\n\n{MORE}")
    assert article.summary == ""
    assert (article.image_caption, article.image_credit) == ("Jane Doe Council Jane Doe", "The Canadian Press")
    assert article.paragraphs[0].startswith("TORONTO (AP) —")
    # The headline's own line names its source that way.
    titled = extract(f"Bridge closed after cracks found - Reuters\n\n{LEAD}\n\n{MORE}")
    assert (titled.title, titled.source, titled.image_credit) == ("Bridge closed after cracks found", "Reuters", "")


def test_a_copyright_line_under_a_text_with_no_picture_is_the_agencys_notice():
    text = f"Brücke gesperrt\n\n{LEAD}\n{MORE}\n© AFP"
    article = extract(text)
    assert (article.source, article.image_credit) == ("AFP", "")
    assert article.paragraphs[-1] == MORE
    # With a picture in the text the line under it still credits the picture.
    pictured = extract(f"Bridge closed\n\nbridge.jpg\n\nThe old bridge over the river.\n\n{LEAD}\n\n{MORE}\n\n© AFP")
    assert pictured.image_credit == "AFP"
    # A holder that is no agency names no source.
    assert extract(f"Bridge closed\n\n{LEAD}\n\n{MORE}\n\n© Jane Doe").source == ""


def test_bylines_with_a_colon_or_an_outlet_after_a_dash():
    from gazette.importer.rules.byline import read_byline

    assert read_byline("Von: Erika Muster") == (("Erika Muster",), "")
    assert read_byline("By: JANE DOE") == (("Jane Doe",), "")
    assert read_byline("Por Ana Ruiz – Cadena Norte") == (("Ana Ruiz",), "Cadena Norte")
    assert read_byline("By Jane Doe - Staff Writer") is None  # a staff title, no outlet
    assert read_byline("By Jane Doe - Nov. 3") is None  # a day, no outlet
    # Among the paragraphs, under a place and date line, a byline with its outlet is read and leaves the text.
    article = extract(f"Bridge closed\n\nThe council closed the bridge.\n\nMadrid | 5 de junio de 2025\n"
                      f"Por Ana Ruiz – Cadena Norte\n\n{LEAD}\n\n{MORE}")
    assert (article.author, article.source) == (("Ana Ruiz",), "Cadena Norte")
    assert not any(p.startswith("Por ") for p in article.paragraphs)
    # A sentence that opens with the By-word is text.
    kept = extract(f"Bridge closed\n\n{LEAD}\n\nPor Navidad, el puente abrirá de nuevo.\n\n{MORE}")
    assert kept.author == () and any(p.startswith("Por Navidad") for p in kept.paragraphs)


KO_LEAD = "시의회는 7일 다리를 1년간 폐쇄하기로 했다고 밝혔다."
KO_MORE = "보수 비용은 약 40억원으로 예상된다."


def test_a_korean_papers_bracketed_credit_names_outlet_reporter_and_place():
    article = extract(f"[한빛일보 김철수 기자] {KO_LEAD}\n\n{KO_MORE}")
    assert (article.source, article.author, article.dateline) == ("한빛일보", ("김철수",), "")
    away = extract(f"[부산(경남)=이건 스포츠한빛닷컴 기자]{KO_LEAD}\n\n{KO_MORE}")
    assert (away.source, away.author, away.dateline) == ("스포츠한빛닷컴", ("이건",), "부산(경남)")
    # Two words that could both be names: neither is taken.
    unsure = extract(f"[김민수 이건 기자] {KO_LEAD}\n\n{KO_MORE}")
    assert (unsure.source, unsure.author) == ("", ())


def test_a_korean_sign_off_with_an_address_names_the_reporter():
    article = extract(f"다리 1년간 폐쇄\n\n{KO_LEAD}\n\n{KO_MORE}\n\nhome 김철수 desk@example.co.kr")
    assert article.author == ("김철수",)
    assert article.paragraphs[-1] == KO_MORE
    # A desk's name with its address is no person.
    assert extract(f"다리 1년간 폐쇄\n\n{KO_LEAD}\n\n{KO_MORE}\n\n편집부 desk@example.co.kr").author == ()


ZH_LEAD = "市政府宣布老桥将关闭一年,工程师在两个桥墩上发现了裂缝。"
ZH_MORE = "官员表示,维修预计需要一年时间,费用约为四百万元。"


@pytest.mark.usefixtures("rules_alone")  # (the rules' own reading: the learned source may name one, to check)
def test_a_papers_app_as_the_credit_of_a_chinese_dateline():
    article = extract(f"老桥关闭一年\n\n江南晚报客户端上海3月2日电(江南晚报记者 王小明){ZH_LEAD}\n\n{ZH_MORE}")
    assert (article.source, article.dateline, article.author) == ("江南晚报客户端", "上海", ("王小明",))
    # Without the day and `电`, a paper's app named in a sentence is no dateline.
    plain = extract(f"老桥关闭一年\n\n江南晚报客户端上海读者说,{ZH_LEAD}\n\n{ZH_MORE}")
    assert (plain.source, plain.dateline) == ("", "")


def test_a_chinese_reporters_line_name_then_reports():
    article = extract(f"老桥关闭一年\n\n王小明 报道\n\n{ZH_LEAD}\n\n{ZH_MORE}")
    assert article.author == ("王小明",)
    assert article.paragraphs[0] == ZH_LEAD
    # `综合报道` ("combined reports") names no one.
    assert extract(f"老桥关闭一年\n\n综合报道\n\n{ZH_LEAD}\n\n{ZH_MORE}").author == ()


def test_a_clock_right_after_a_labels_colon_before_the_date():
    from gazette.importer.rules.dates import read_date_line

    assert read_date_line("發佈時間：13:02 2026-03-02 HKT", language="zh").published == "2026-03-02T13:02:00"
    assert read_date_line("Posted:08:30 2021-03-03").published == "2021-03-03T08:30:00"
    # The seconds of a clock are no clock of their own.
    assert read_date_line("2021-01-02 12:34:56").published == "2021-01-02T12:34:56"


def test_a_full_copyright_notice_over_the_text_names_the_publisher():
    from gazette.importer.rules.source import head_notice_holder

    article = extract(f"Copyright © 2026 Harbour Media Ltd.All rights reserved.\n\nBridge closed\n\n{LEAD}\n\n{MORE}")
    assert article.source == "Harbour Media Ltd"
    assert head_notice_holder("Copyright © 2024 Jane Doe. All rights reserved.") == ""  # a person's, no outlet's
    assert head_notice_holder("© 2024 Harbour News") == ""  # no full notice
    # Under the text the notice is as often an aggregator's own: it names no source.
    assert extract(f"Bridge closed\n\n{LEAD}\n\n{MORE}\n\nCopyright © 2026 Harbour Media Ltd. All rights reserved.")\
        .source == ""


def test_a_copyright_mark_behind_the_last_sentence_names_the_agency():
    ja_lead = "市議会は7日、老朽化した橋を1年間閉鎖すると発表した。"
    ja_more = "修理費は約4億円の見込みだという。"
    article = extract(f"橋を1年間閉鎖\n\n{ja_lead}\n\n{ja_more} (C)時事通信社")
    assert article.source == "時事通信社"
    assert article.paragraphs[-1] == ja_more
    # A photographer's mark there names no source, and the text keeps it.
    kept = extract(f"Bridge closed\n\n{LEAD}\n\n{MORE} © Jane Doe")
    assert kept.source == "" and kept.paragraphs[-1].endswith("© Jane Doe")


def test_an_agencys_tag_alone_before_the_lead():
    article = extract("Pont fermé\n\n(Belga) Le conseil a fermé le vieux pont lundi, a indiqué la ville.\n\n"
                      "Les réparations dureront un an, selon les responsables de la commune.")
    assert (article.source, article.dateline) == ("Belga", "")
    # A bracket that names no agency is text.
    other = extract("Pont fermé\n\n(Photo) Le conseil a fermé le vieux pont lundi, a indiqué la ville.\n\n"
                    "Les réparations dureront un an, selon les responsables de la commune.")
    assert other.source == ""


def test_a_dateline_whose_dash_a_broken_encoding_turned_into_a_question_mark():
    article = extract(f"Bridge closed\n\nDENVER (AP) ? {LEAD}\n\n{MORE}")
    assert (article.dateline, article.source) == ("DENVER", "AP")
    # Without an agency's tag a question mark is no dash.
    assert extract(f"Bridge closed\n\nDENVER (City) ? {LEAD}\n\n{MORE}").dateline == ""


def test_a_releases_issuer_named_with_its_initials_under_the_headline():
    from gazette.importer.rules.source import initialled_name

    text = (f"News Release\n\nCouncil closes the old bridge for a year\n\nHarbour Bridge Authority (HBA)\n\n"
            f"{LEAD}\n\n{MORE}")
    assert extract(text).source == "Harbour Bridge Authority (HBA)"
    # Not on a page that does not say it is a release, and not when the initials are not the name's.
    assert extract(text.replace("News Release\n\n", "")).source == ""
    assert initialled_name("Harbour Bridge Authority (AP)") == ""
    assert initialled_name("The mayor met the press (MMP)") == ""  # `mayor`, `met`, `press` are no name's words


def test_a_bare_name_between_the_headline_and_its_date_line_is_the_byline():
    head = "Council closes the old bridge for a year"
    article = extract(f"{head}\nJane Roe\n7 Feb 2021 10:07 AM EST\n{LEAD}\n{MORE}")
    assert article.author == ("Jane Roe",)
    # An institution's name there is none, nor is a name with no date under it.
    assert extract(f"{head}\nLa Moncloa\n7 Feb 2021 10:07 AM EST\n{LEAD}\n{MORE}").author == ()
    assert extract(f"{head}\nJane Roe\n{LEAD}\n{MORE}").author == ()


def test_a_caption_with_its_agency_glued_on_then_a_name_then_the_text():
    es_lead = "El pleno aprobó el lunes cerrar el viejo puente durante un año, informó el ayuntamiento."
    es_more = "Las obras costarán unos cuatro millones de euros, según los técnicos municipales."
    head = ("El ayuntamiento cierra el viejo puente durante un año\n\n"
            "Los técnicos hallaron grietas en dos pilares del puente, que tiene más de cien años.\n\n")
    article = extract(f"{head}El viejo puente sobre el río, cerrado al tráfico desde el lunes EFE\n\nAna Ruiz\n\n"
                      f"{es_lead}\n\n{es_more}")
    assert (article.image_caption, article.image_credit) == ("El viejo puente sobre el río, cerrado al tráfico "
                                                            "desde el lunes", "EFE")
    assert article.author == ("Ana Ruiz",)
    assert es_lead in article.paragraphs and "Ana Ruiz" not in article.paragraphs
    # Without the name under it, a line ending in an agency's name stays as it is.
    kept = extract(f"{head}El viejo puente sobre el río, cerrado al tráfico desde el lunes EFE\n\n"
                   f"{es_lead}\n\n{es_more}")
    assert kept.author == () and kept.image_credit == ""
