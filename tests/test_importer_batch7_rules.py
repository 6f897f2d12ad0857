"""Captions, credits, datelines and labels drawn from held-out batch 7 (each rule once, on invented copy)."""

from __future__ import annotations

import pytest
from importer_copy import LEAD

from gazette.importer import extract
from gazette.importer.rules.caption import marked_caption, trailing_credit
from gazette.importer.rules.dateline import read_dateline, wire_credit
from gazette.importer.rules.dates import read_date_line
from gazette.importer.rules.source import bracket_prefix

JA_LEAD = "市議会は8日、老朽化した橋を通行止めにすることを決めた。橋脚2本にひびが見つかったという。"


@pytest.mark.parametrize(("line", "caption", "credit"), [
    ("会見する市長=8日午後、市役所", "会見する市長=8日午後、市役所", ""),
    ("会見する市長=市役所で2024年5月8日午後3時、山田太郎撮影", "会見する市長=市役所で2024年5月8日午後3時", "山田太郎"),
    ("▲ 김철수 시장.   ©한국일보", "김철수 시장.", "한국일보"),
])
def test_captions_marked_by_their_own_convention(line, caption, credit):
    assert marked_caption(line) == (caption, credit)


def test_a_headline_with_an_equals_sign_is_no_caption():
    assert marked_caption("市長、橋の通行止めを決定=市議会") is None


@pytest.mark.parametrize(("line", "credit"), [
    ("市長視察災區。聯合報系記者王小明／攝影", "聯合報系記者王小明"),
    ("颱風暴風圈籠罩全台。(圖取自氣象署網頁)", "氣象署網頁"),
    ("Die Ministerin im Bundestag | dpa", "dpa"),
])
def test_credits_of_chinese_and_german_captions(line, credit):
    assert trailing_credit(line)[1] == credit


def test_a_caption_standing_first_in_a_paste_without_headline_is_no_title():
    got = extract(f"会見する市長=8日午後、市役所\n\n{JA_LEAD}\n")
    assert (got.title, got.image_caption) == ("", "会見する市長=8日午後、市役所")


def test_a_long_japanese_headline_is_a_headline():
    head = "市議会、老朽化した橋の通行止めを決定 ひび割れ見つかり補修に1年 市長「安全が最優先」と強調"
    assert extract(f"{head}\n\n{JA_LEAD}\n").title == head


@pytest.mark.parametrize("line", ["[이 시각 세계] 다리 통행 금지", "【記者解説中継】橋の通行止め"])
def test_a_bracketed_segment_name_is_no_source(line):
    assert bracket_prefix(line)[0] == ""


def test_a_bracketed_outlet_is_the_source():
    assert bracket_prefix("[東京新聞] 橋の通行止め")[0] == "東京新聞"


def test_a_live_label_is_no_dateline_and_marks_the_headline():
    got = extract("Canicule : un été marqué par une nouvelle vague de chaleur\n\n"
                  "EN DIRECT - Orages : l'alerte levée, des foyers privés d'électricité\n\n"
                  "Le conseil a voté lundi la fermeture du vieux pont après la découverte de fissures.\n")
    assert got.title.endswith("l'alerte levée, des foyers privés d'électricité")
    assert got.dateline == ""


@pytest.mark.parametrize(("paragraph", "place", "agency"), [
    ("서울--(뉴스와이어)--코리아뉴스와이어가 26일 강연을 했다.", "서울", "뉴스와이어"),
    ("MADRID, 17 (EUROPA PRESS)", "MADRID", "EUROPA PRESS"),
    ("人民日報北京7月28日電 今年第5號臺風已登陸。", "北京", "人民日報"),
])
def test_datelines_of_wires_agencies_and_papers(paragraph, place, agency):
    assert read_dateline(paragraph) == (place, agency)


def test_a_papers_credit_for_agency_copy_alone_on_its_line():
    assert wire_credit("中央社／ 台北22日電")[:3] == ("中央社", "", "台北")


@pytest.mark.parametrize(("line", "published"), [
    ("Europa Press | 17 dic, 2018 10:37", "2018-12-17T10:37:00"),
    ("2021年 3月 5日 格林尼治标准时间10:41", "2021-03-05T10:41:00+00:00"),
])
def test_date_forms_of_batch_7(line, published):
    got = read_date_line(line, language="es" if "dic" in line else "zh")
    assert got is not None and got.published == published


@pytest.mark.parametrize(("text", "source", "author"), [
    (f"老朽化の橋、通行止めに\n\n{JA_LEAD}(共同通信=山田太郎)\n\n橋は来年再開する。\n", "共同通信", ("山田太郎",)),
    ("國家防總啟動應急響應\n\n國家防總決定啟動防汛四級應急響應,要求各地做好防範工作。\n\n"
     "國家防總派出工作組協助指導工作。(新華社記者 王小明)\n", "新華社", ("王小明",)),
    (f"老朽化の橋、通行止めに\n\n{JA_LEAD}【山田太郎、鈴木花子/社会部】\n", "", ("山田太郎", "鈴木花子")),
])
def test_credits_in_brackets_closing_a_paragraph(text, source, author):
    got = extract(text)
    assert (got.source, got.author) == (source, author)


def test_an_anchor_handing_over_names_the_reporter():
    got = extract("[앵커]\n\n태풍이 상륙했습니다.\n\n김철수 특파원이 보도합니다.\n\n[리포트]\n\n강한 바람이 붑니다.\n")
    assert got.author == ("김철수",)


def test_a_korean_date_line_opening_with_the_writer_names_the_author():
    got = extract("태풍 콩레이 대만 강타 사망자 발생\n\n정슬기 아나운서 2024. 11. 1. 07:25\n\n"
                  "태풍 콩레이가 대만을 강타하면서 피해가 속출하고 있습니다.\n")
    assert (got.author, got.date) == (("정슬기",), "2024-11-01T07:25:00")


def test_highlights_and_an_outlets_agencies_credit_under_the_headline():
    got = extract("La borrasca pone en alerta a diez comunidades por lluvias\n\n"
                  "  • La Junta ha activado el plan de inundaciones en situación 1\n\n"
                  "RTVE.es / AGENCIAS\n\n"
                  "Las intensas precipitaciones han causado este martes numerosas incidencias en España.\n")
    assert got.source == "RTVE.es"
    assert got.paragraphs[0].startswith("Las intensas precipitaciones")


@pytest.mark.parametrize("line", [
    "1 min lectura", "Enviar noticia por correo electronico", "Ce live est à présent terminé.",
])
def test_labels_of_batch_7_never_become_the_headline_or_text(line):
    got = extract(f"{line}\n\nBridge closed after cracks found\n\n{LEAD}\n")
    assert got.title == "Bridge closed after cracks found"
    assert line not in "\n".join(got.paragraphs)


@pytest.mark.parametrize("line", [
    "最新記事(外部)", "スポンサーリンク", "1 :2019/12/10(火) 09:31:16.76 ID:9K+UZ3Pq0●.net",
    "※発表プレスリリースはこちら。",
])
def test_japanese_labels_of_batch_7_never_become_the_headline_or_text(line):
    got = extract(f"{line}\n\n老朽化の橋、通行止めに\n\n{JA_LEAD}\n\n橋は来年再開する見通しだ。\n")
    assert got.title == "老朽化の橋、通行止めに"
    assert line not in "\n".join(got.paragraphs)


def test_a_portals_foot_names_the_provider_and_its_widgets_and_story_links_go():
    got = extract("태풍 콩레이 대만 강타 사망자 발생\n\n정슬기 아나운서 2024. 11. 1. 07:25\n"
                  "태풍 콩레이가 대만을 강타하면서 피해가 속출하고 있습니다.\n"
                  "MBC 뉴스는 24시간 여러분의 제보를 기다립니다.\n▷ 전화 02-784-4000\n"
                  "기사 원문 - https://imnews.imbc.com/replay/2024/article/1.html\n"
                  "이 기사에 대해 어떻게 생각하시나요?\nMBC에서 직접 확인하세요. 해당 언론사로 이동합니다.\n"
                  "\n- 한미 \"북한군 훈련받아‥전선 배치\"\n\n- 김정은 \"미사일 발사 성공‥최종완결판\"\n")
    assert got.source == "MBC"
    assert got.paragraphs[-1] == "태풍 콩레이가 대만을 강타하면서 피해가 속출하고 있습니다."


def test_the_last_of_a_stack_of_headlines_with_a_credit_under_it_is_the_headline():
    got = extract("新兵打靶出意外 動員逾60醫護搶救\n\n成功嶺靶場意外 軍方澄清非膛炸\n\n"
                  "中彰投等14縣市宣布停班停課一覽\n\n颱風樺加沙已達強度巔峰 估23日上午解陸警\n\n"
                  "中央社／ 台北22日電\n\n氣象署今天傍晚表示，颱風樺加沙的強度已達巔峰，最快明天上午解除陸警。\n")
    assert (got.title, got.source, got.dateline) == ("颱風樺加沙已達強度巔峰 估23日上午解陸警", "中央社", "台北")


def test_a_short_headline_over_a_credited_caption_is_no_kicker():
    got = extract("Feuerwehreinsätze nach Unwetter\n\nStarkregen sorgte für überflutete Straßen\n\n"
                  "© Animaflora PicsStock - stock.adobe.com\n\n"
                  "Die Feuerwehr musste am Abend zu vielen kleineren Einsätzen ausrücken. Verletzt wurde niemand.\n")
    assert got.title == "Feuerwehreinsätze nach Unwetter"
    assert got.image_credit == "Animaflora PicsStock - stock.adobe.com"
