"""Rules of the importer's round 19 for the body, drawn from held-out batch 20: each rule once, on
invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

import pytest

import shutil
from pathlib import Path

from conftest import REPO, run_cli
from importer_copy import LAST, LEAD, MORE, STORY

from gazette.importer import extract
from gazette.importer.rules.caption import marked_caption



def test_the_headlines_under_the_copyright_notice_that_closes_the_text_are_the_pages():
    others = ("3년 만의 정권 교체…이재명 \"모두의 대통령 되겠다\"\n6·3 대선, 소중한 한 표 어디로…자정쯤 당선인 윤곽\n"
              "21대 대선 사전투표 29,30일…역대 최고 투표율 넘을까")
    korean_lead = "서울서부지법은 17일 법원 난동 사태에 가담한 수험생에게 징역형의 집행유예를 선고했습니다."
    article = extract(f"법원 난동 가담 수험생 집행유예\n\n2025-11-17 11:04\n\n{korean_lead}\n"
                      f"기사제보 및 보도자료 제공 tbs3@naver.com copyrightⓒ tbs. 무단전재 & 재배포 금지\n{others}")
    assert article.paragraphs == (korean_lead,)
    for under in ("Old bridge closes for a year", "Ferry fares go up in May"):
        closed = extract(f"Old bridge closes\n\nMarch 3, 2024\n\n{STORY}\n\n© 2024 The Town Crier\n\n{under}\n\n"
                         "Council names new clerk")
        assert closed.paragraphs[-1] == LAST, under
    # A notice amid the text (a photo's credit) with sentences under it leaves the text whole.
    credited = extract(f"Old bridge closes\n\nMarch 3, 2024\n\n{LEAD}\n\n© The Town Crier\n\n{MORE}\n\n{LAST}")
    assert credited.paragraphs[-1] == LAST


@pytest.mark.usefixtures("rules_alone")
def test_a_breadcrumb_its_label_names_is_furniture_whatever_separates_its_steps():
    head = "謊稱重慶大樓有炸彈 2被告分別獲刑5年10年"
    lead = ("今年8月初,重慶發生3起編造虛假恐怖信息案。昨日,渝中區法院對這3起案件進行了集中公開宣判,"
            "3被告分別獲刑4至10年。法院在宣判時稱,被告因車票問題與售票員發生爭執,遂謊稱自己隨身帶有炸藥。")
    for crumb in ("本頁位置:首頁新聞中心社會新聞", "當前位置 : 首頁 > 行業新聞", "You are here: Home / News / Local"):
        article = extract(f"{crumb}\n{head}\n\n2008年09月29日 10:05 來源:重慶晚報\n\n{lead}")
        assert article.title == head, crumb
    # A sentence about a location stays text.
    said = "所在位置:市中心的一座旧桥。"
    assert any(said in p for p in extract(f"{head}\n\n2008年09月29日 10:05\n\n{lead}\n\n{said}\n\n{lead}").paragraphs)


def test_a_chinese_photographers_credit_behind_a_caption_is_the_pictures_credit():
    lead = ("今年8月初,重慶發生3起編造虛假恐怖信息案。昨日,渝中區法院對這3起案件進行了集中公開宣判,"
            "3被告分別獲刑4至10年。")
    article = extract(f"謊稱大樓有炸彈 2被告獲刑\n\n2008年09月29日 10:05 來源:重慶晚報\n\n"
                      f"鄭旭華(右)、高四明(中)、王世海在庭上  記者 楊帆 攝\n\n{lead}")
    assert (article.image_caption, article.image_credit) == ("鄭旭華(右)、高四明(中)、王世海在庭上", "記者 楊帆 攝")
    # A credit run into the words before it, with no two spaces or stop between, marks no caption.
    assert marked_caption("他说记者 张三 摄") is None
    caption, credit = "鄭旭華、高四明在庭上。", "中新社發 鄧浩軍 攝"
    assert marked_caption(f"{caption} {credit}") == (caption, credit)


def test_an_update_note_and_an_advertisements_notice_are_furniture():
    for note in ("(Update: Confirmed measles cases to 19; seven suspected; health emergency declared)",
                 "(Mise à jour : le bilan est passé à six morts)", "la suite après cette publicité",
                 "Découvrez nos abonnements"):
        article = extract(f"Old bridge closes\n\nMarch 3, 2024\n\n{LEAD}\n\n{note}\n\n{MORE}\n\n{LAST}")
        assert note not in article.paragraphs and article.summary != note, note
    # An update told in the text's own sentence stays.
    told = "Update: the council said on Tuesday that the bridge would reopen in May."
    assert told in extract(f"Old bridge closes\n\nMarch 3, 2024\n\n{LEAD}\n\n{told}\n\n{LAST}").paragraphs


def test_a_copy_of_one_paragraph_read_as_a_standfirst_over_no_text_is_the_text(tmp_path):
    # Drawn from held-out batch 21's first run: dpa's short item on a portal, its one paragraph read as the
    # standfirst, was refused with "no body text". It comes in, the paragraph its text.
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(REPO / "site.toml", site / "site.toml")
    paste = Path(__file__).parent / "importer_corpus/heldout21/de-berlinonline-dpa-einbruch-polizeipraesidium.txt"
    run = run_cli("import", "--site", str(site), "--no-detect", str(paste))
    assert run.status == 0, run.err
    written = Path(run.out.split(" <- ")[0]).read_text(encoding="utf-8")
    head, body = written.split("\n---\n", 1)
    assert body.strip().startswith("Unbekannte Täter sind in das Berliner Polizeipräsidium")
    assert "\nsummary:" not in head


def test_a_press_officers_signature_and_a_link_to_the_rest_of_the_article_close_no_text():
    release = ("Am 26.08.2018 gegen 09:30 Uhr ereignete sich ein schwerer Verkehrsunfall auf der A 19. "
               "Der Sachschaden beträgt insgesamt ca. 1.300,- Euro.")
    for foot in ("Sündram, Polizeihauptmeister Autobahn- und Verkehrspolizeirevier Außenstelle Linstow",
                 "Müller, Pressesprecherin", "... suite de l'article sur Jeune Afrique"):
        article = extract(f"Schwerer Unfall auf der A 19\n\n26.08.2018, 11:00 Uhr\n\n{release}\n\n{release}\n\n{foot}")
        assert article.paragraphs[-1] == release, foot
    # A sentence that names an officer and a rank stays text.
    said = "Sündram, Polizeihauptmeister in Linstow, sagte, die Strecke sei wieder frei."
    article = extract(f"Schwerer Unfall auf der A 19\n\n26.08.2018, 11:00 Uhr\n\n{release}\n\n{said}")
    assert article.paragraphs[-1] == said


def test_the_dash_before_a_photos_credit_label_is_no_part_of_the_caption():
    from gazette.importer.rules.caption import trailing_credit

    assert trailing_credit("Imagen de los cinco acusados durante el juicio. - Foto: José Miguel Esparcia") == (
        "Imagen de los cinco acusados durante el juicio.", "José Miguel Esparcia")


def test_a_weekday_in_brackets_between_the_date_and_its_clock_keeps_the_clock():
    # Drawn from held-out batch 21: Newsweek Japan's `2018年09月06日(木)17時21分` was published without its time.
    from gazette.importer.rules.dates import read_date_line

    assert read_date_line("2018年09月06日(木)17時21分", language="ja").published == "2018-09-06T17:21:00"
    assert read_date_line("2024.05.03(금) 10:00", language="ko").published == "2024-05-03T10:00:00"
    assert read_date_line("2024年5月3日(金)", language="ja").published == "2024-05-03"
