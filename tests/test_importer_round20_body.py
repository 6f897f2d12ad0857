"""Rules of the importer's round 20 for the body, drawn from held-out batch 22: each rule once, on
invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

import pytest

from importer_copy import LAST, LEAD, STORY

from gazette.importer import extract
from gazette.importer.rules.caption import credit_line, trailing_credit

KO_LEAD = "문정우 후보가 혈전 끝에 금산군수로 당선됐다. 문 당선인은 군민을 위해 어떤 일이던 다하겠다고 포부를 밝혔다."


def test_a_korean_papers_comment_box_ends_the_text():
    box = ("댓글삭제\n삭제한 댓글은 다시 복구할 수 없습니다.\n그래도 삭제하시겠습니까?\n0 / 400\n"
           "계정을 선택하시면 로그인·계정인증을 통해 댓글을 남기실 수 있습니다.")
    article = extract(f"[당선-문정우] 혈전 끝에 금산군수로\n\n승인 2018.06.14 02:27\n\n{KO_LEAD}\n\n{box}")
    assert article.paragraphs == (KO_LEAD,)
    # A sentence about deleted comments stays text.
    said = "군청은 게시판의 댓글 삭제 요청이 늘었다고 밝혔다."
    assert extract(f"금산군수 당선\n\n승인 2018.06.14 02:27\n\n{KO_LEAD}\n\n{said}").paragraphs[-1] == said


def test_a_japanese_papers_notice_of_a_paid_article_ends_the_copy():
    lead = "活発な梅雨前線による記録的な大雨は7日午前も続いた。気象庁は大雨特別警報を継続している。"
    article = extract(f"西日本豪雨 死者多数\n\n2018年7月7日 10時00分\n\n{lead}\n\n"
                      "この記事は有料記事です。\n\n残り1200文字")
    assert article.paragraphs == (lead,)


def test_an_agencys_reprint_notice_and_a_blogs_trackbacks_are_furniture():
    notice = ("Copyright 2019 Nexstar Broadcasting, Inc. All rights reserved. This material may not be published, "
              "broadcast, rewritten, or redistributed.")
    assert extract(f"Old bridge closes\n\nMarch 3, 2024\n\n{STORY}\n\n{notice}").paragraphs[-1] == LAST
    said = "The court said the tape may not be published before the trial, the lawyers said."
    assert extract(f"Old bridge closes\n\nMarch 3, 2024\n\n{STORY}\n\n{said}").paragraphs[-1] == said
    lead = "福岡と佐賀で震度6弱の地震があった。気象庁によると震源の深さは9キロ。"
    blog = extract(f"地震の記事\n\n2005年3月20日\n\n{lead}\n\n"
                   "トラックバック\n\nこの記事へのトラックバック一覧です: 地震の記事:")
    assert blog.paragraphs == (lead,)


def test_a_photographers_credit_after_photo_or_a_slash_agency_behind_the_captions_stop():
    assert trailing_credit("Enseignants et personnels réunis autour du proviseur, à Autun.  Photo Damien VALETTE") == (
        "Enseignants et personnels réunis autour du proviseur, à Autun.", "Damien VALETTE")
    assert trailing_credit("Estudiantes antes de afrontar el primer examen de junio. Jorge Gil/EP") == (
        "Estudiantes antes de afrontar el primer examen de junio.", "Jorge Gil/EP")
    # `Photo` opening a sentence, or a word after it in lower case, is no credit.
    assert trailing_credit("He said the picture was taken in May. Photo albums were kept.") is None
    assert credit_line("Crédit photo : Maxime Tilliette") == "Maxime Tilliette"


@pytest.mark.usefixtures("rules_alone")
def test_a_german_papers_place_alone_with_its_stop_over_the_lead_is_the_dateline():
    lead = "Das Museum Barberini in Potsdam hat in seinem ersten Jahr über 500 000 Besucher gezählt, teilte es mit."
    more = "Nach Ausstellungen zum Impressionismus zeigt das Haus nun Werke aus der DDR, sagte die Direktorin."
    article = extract(f"Über 500 000 Besucher im Barberini\n\n06.01.2018, 20:32 Uhr\n\nPotsdam.\n\n{lead}\n\n{more}")
    assert (article.dateline, article.paragraphs[0]) == ("Potsdam", lead)
    # A word with a stop over English text, or a sentence of one word, is no dateline.
    english = extract(f"Old bridge closes\n\nMarch 3, 2024\n\nOvernight.\n\n{STORY}")
    assert english.dateline == "" and english.paragraphs[0] == "Overnight."


def test_an_error_pages_notice_and_its_redirect_are_furniture():
    lead = "2010年中國高等院校招生統一考試今天開始,全國共有957萬考生報名參加考試。教育部表示今年考生人數有所下降。"
    for notice in ("對不起,可能是網絡原因或無此頁面,請稍後嘗試。", "本頁面3秒之後將帶您回到央視網首頁。"):
        article = extract(f"全國高考今天開始\n\n2010年06月07日 21:38\n\n{notice}\n\n{lead}\n\n{lead}")
        assert notice not in article.paragraphs and article.summary != notice, notice
    for notice in ("Sorry, this page could not be found.", "You will be redirected to the home page in 5 seconds."):
        assert notice not in extract(f"Old bridge closes\n\nMarch 3, 2024\n\n{LEAD}\n\n{notice}\n\n{LAST}").paragraphs
    # A sentence that apologises stays text.
    said = "對不起,我們來晚了,一位家長在考場外說。"
    assert said in extract(f"全國高考今天開始\n\n2010年06月07日 21:38\n\n{lead}\n\n{said}").paragraphs
