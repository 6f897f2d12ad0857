"""Rules drawn from held-out batch 10 (English, Korean, Japanese, Chinese, German, French, Spanish
and Telugu copy from aggregators, blogs, press releases, newsletters, broadcasters and papers):
each rule once, on invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

import pytest
from importer_copy import LEAD, MORE

from gazette.importer import extract
from gazette.importer.rules.caption import credit_line
from gazette.importer.rules.furniture import is_page_furniture

ZH_LEAD = "9月4日，市政府宣布老桥将关闭一年，工程师在两个桥墩上发现了裂缝。"
ZH_MORE = "官员表示，维修预计需要一年时间，费用约为四百万元。"


@pytest.mark.parametrize("line", [
    "동영상 고정 취소", "영상 재생",  # a video player's controls
    "(资料图片)", "（資料照片）", "(Symbolbild)", "(Foto de archivo)",  # a picture's placeholder label
    "扫描二维码进入", "X 关闭", "x", "标签:", "Tags:",  # a QR code's prompt, a close button, an empty tags label
    "In partnership with",  # a newsletter's sponsor label
    "1. tornado shutterstock resized 287138930",  # a picture's file name as its alternative text
    "Read this OZY story about China’s forgotten natural disaster.",  # a promotion of another story
    "This story is part of The Daily Brief", "view full edition",  # an item's links to its edition
])
def test_page_furniture_of_batch_10(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", [
    "The mayor said the image (file photo) was old.",
    "Tags were found on the bridge's piers, officials said.",
    "This story is part of a long dispute over the bridge, which closed in 2019.",
    "Close to 300 people live by the bridge.",
    "Read the report on the bridge, the mayor told residents, before you vote.",
    "Read our report on the bridge, the mayor told residents, before you vote.",
])
def test_text_like_furniture_is_no_furniture(line):
    assert not is_page_furniture(line)


def test_a_photographers_line_is_the_pictures_credit_not_the_author():
    assert credit_line("新华社记者 张若玄 摄") == "新华社记者 张若玄"
    assert credit_line("新华社记者 张若玄") == ""  # a reporter's credit without `摄` is the writer's
    got = extract(f"老桥关闭一年\n\n{ZH_LEAD}\n\n{ZH_MORE}\n\n新华社记者 张若玄 摄\n")
    assert got.author == ()
    got = extract(f"老桥关闭一年\n\n{ZH_LEAD}\n\n{ZH_MORE}\n\n新华社记者 张若玄\n")
    assert got.author == ("张若玄",)


def test_a_line_under_the_headline_that_names_its_picture_is_the_caption_not_the_standfirst():
    got = extract("Bridge closes for a year\n\nImagen del puente viejo, a su paso por el río Pisuerga\n\n"
                  + LEAD + "\n\n" + MORE + "\n")
    assert (got.image_caption, got.summary) == ("Imagen del puente viejo, a su paso por el río Pisuerga", "")
    deck = "Engineers found cracks in two of the old bridge's piers during a routine inspection"
    got = extract(f"Bridge closes for a year\n\n{deck}\n\n{LEAD}\n\n{MORE}\n")
    assert (got.image_caption, got.summary) == ("", deck)


@pytest.mark.parametrize(("text", "tag"), [
    ("నీటి ప్రవాహం వల్ల ఓ ఇల్లు కూలిన ఘటనలో నలుగురు మృతి చెందారు. కుండపోత వర్షాల వల్ల నదులు పొంగిపొరలుతున్నాయి.", "te"),
    ("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία της χώρας.", "el"),
    ("הממשלה הודיעה היום על צעדים חדשים לכלכלת המדינה.", "he"),
    ("अधिकारियों ने बताया कि बाढ़ से कई गांव प्रभावित हुए हैं और राहत कार्य जारी है।", ""),  # Hindi, Marathi, Nepali
])
def test_a_script_written_by_one_language_names_it(text, tag):
    from gazette.importer.rules.language import detect
    assert detect(text) == tag


def test_the_headline_printed_again_before_the_lead_on_its_line_leaves_the_lead():
    head = "Bridge closes for a year after inspection"
    got = extract(f"{head}\n\n{head} WASHINGTON: {LEAD}\n\n{MORE}\n")
    assert (got.paragraphs[0], got.dateline) == (f"WASHINGTON: {LEAD}", "WASHINGTON")
    lead = "Bridge closes for a year after inspection found cracks in two of its piers, the city said on Monday."
    got = extract(f"{head}\n\n{lead}\n\n{MORE}\n")  # a lead that opens with the headline's words stays whole
    assert got.paragraphs[0] == lead


@pytest.mark.parametrize(("line", "source"), [
    ("Source: http://www.dawn.com/news/1277568/historic-flood-in-southern-us", "dawn.com"),
    ("Source : 社会 – 朝日新聞デジタル", "朝日新聞デジタル"),  # a feed's section before its site
    ("Source: Reuters", "Reuters"),
    ("Fuente: La Vanguardia", "La Vanguardia"),
])
def test_a_source_label_names_the_site_of_an_address_or_after_a_section(line, source):
    from gazette.importer.rules.source import labelled_source
    assert labelled_source(line) == source


def test_a_source_label_in_an_editors_date_line_names_the_source():
    foot = "责任编辑:王明 来源: 新华社 撰写时间:2017-09-05 08:27:43"
    got = extract(f"老桥关闭一年\n\n{ZH_LEAD}\n\n{ZH_MORE}\n\n{foot}\n")
    assert (got.source, got.date[:16]) == ("新华社", "2017-09-05T08:27")


def test_labels_glued_before_the_headline_go_when_the_line_under_it_prints_it_again():
    got = extract(f"查看图片列表 我要评论 老桥关闭一年\n\n(图文互动)(1)老桥关闭一年\n\n{ZH_LEAD}\n\n{ZH_MORE}\n")
    assert (got.title, got.paragraphs[0]) == ("老桥关闭一年", ZH_LEAD)
    got = extract(f"市政府 老桥关闭一年\n\n{ZH_LEAD}\n\n{ZH_MORE}\n")  # no repeat under it: the line stays whole
    assert got.title == "市政府 老桥关闭一年"


def test_the_line_over_a_release_wires_dateline_is_the_releases_subhead():
    sub = "The city will close the old bridge for a year to repair two cracked piers."
    lead = "SPRINGFIELD, Oct. 16, 2024 /PRNewswire/ -- The City of Springfield today announced a repair plan."
    got = extract(f"Springfield closes its old bridge\n\n{sub}\n\n{lead}\n\n{MORE}\n")
    assert (got.summary, got.paragraphs[0], got.source) == (sub, lead, "PRNewswire")
    got = extract(f"Springfield closes its old bridge\n\n{sub}\n\n{LEAD}\n\n{MORE}\n")  # no wire's dateline
    assert got.summary == ""


@pytest.mark.parametrize(("lead", "place", "agency"), [
    ("(BUSINESS WIRE)--Target today announced a donation to the flood relief.", "", "BUSINESS WIRE"),
    ("EP/MADRID La Dirección General de Protección Civil ha advertido de las lluvias.", "MADRID", "EP"),
    ("EU/NATO talks opened on Monday in Brussels.", "", ""),  # no agency's tag before the slash
])
def test_a_wire_credit_run_into_the_lead(lead, place, agency):
    from gazette.importer.rules.dateline import read_dateline
    assert read_dateline(lead) == (place, agency)


def test_a_wire_credit_without_a_place_names_the_source():
    got = extract("Target gives to flood relief\n\n(BUSINESS WIRE)--Target today announced a donation to "
                  "the flood relief in Georgia, the company said.\n\n" + MORE + "\n")
    assert (got.source, got.dateline) == ("BUSINESS WIRE", "")


def test_a_korean_page_on_one_line_is_headline_date_line_and_text():
    head, stamp = "정선 신동읍서 산불…헬기 7대 투입", "입력2021.03.31 16:16 수정2021.03.31 16:17"
    text = ("31일 오후 3시 45분께 강원 정선군 신동읍 운치리에서 산불이 나 산림당국이 진화 중이다. "
            "산림당국은 소방과 함께 헬기 7대와 진화대원 등을 투입해 불을 끄고 있다.")
    got = extract(f"{head} {stamp} {text} /연합뉴스 Facebook\n")
    assert (got.title, got.date[:16], got.source) == (head, "2021-03-31T16:16", "연합뉴스")
    assert got.paragraphs == (text,)


def test_a_slash_behind_the_last_sentence_names_an_agency_only():
    got = extract(f"Bridge closes for a year\n\n{LEAD}\n\n{MORE} /AFP\n")
    assert (got.source, got.paragraphs[-1]) == ("AFP", MORE)
    got = extract(f"Bridge closes for a year\n\n{LEAD}\n\n{MORE} /Tuesday\n")  # no agency's name: text
    assert got.paragraphs[-1] == f"{MORE} /Tuesday"


@pytest.mark.parametrize(("line", "when"), [
    ("2017-6月-02 周五 18:23 +0800", "2017-06-02T18:23:00+08:00"),  # a blog's date in a Chinese locale, its offset
    ("2017-06-02 星期五 18:23", "2017-06-02T18:23:00"),
])
def test_a_chinese_locales_month_and_weekday_in_a_date_line(line, when):
    from gazette.importer.rules.dates import read_date_line
    assert read_date_line(line).published == when


def test_a_stamp_glued_before_a_chinese_wires_dateline_is_the_date_and_the_lead_keeps_its_credit():
    lead = "中新网连城6月2日电 (黄水林 陈析兴)2日凌晨4点半,暴雨来临,河道水面迅速上涨,镇村干部正在紧急转移群众。"
    more = "雨还在不停地下,村主任冒着大雨挨家挨户叫醒村民。"
    got = extract(f"福建连城遭受暴雨袭击\n2017-6月-02 周五 18:23 +0800{lead}\n{more}\n")
    assert (got.date[:16], got.source, got.dateline, got.author) == ("2017-06-02T18:23", "中新网", "连城",
                                                                     ("黄水林", "陈析兴"))
    assert got.paragraphs[0].startswith("中新网连城6月2日电")


def test_an_issuers_own_release_dates_itself_in_its_dateline():
    from gazette.importer.rules.dateline import release_dateline
    assert release_dateline("Los Angeles, Calif., August 26, 2016– Operation USA today announced aid.") == (
        "Los Angeles", "August 26, 2016", "")
    assert release_dateline("Los Angeles, the city said, will close the bridge.") == ("", "", "")
    got = extract("Bridge to close\n\nSpringfield, Ill., Oct. 16, 2024 – The City of Springfield today announced "
                  "that the old bridge will close for a year.\n\n" + MORE + "\n")
    assert (got.date[:10], got.dateline) == ("2024-10-16", "Springfield")


def test_a_reporters_label_with_a_colon_and_a_production_credit_under_the_text():
    from gazette.importer.rules.source import produced_by
    assert (produced_by("新华社音视频部制作"), produced_by("本网制作"), produced_by("张三制作")) == ("新华社", "", "")
    got = extract(f"{ZH_LEAD}\n{ZH_MORE}\n记者:沙青\n报道员:黎昭、罗列\n新华社音视频部制作\n")
    assert (got.author, got.source, got.paragraphs[-1]) == (("沙青",), "新华社", ZH_MORE)


def test_an_outlets_name_between_marks_names_the_source():
    from gazette.importer.rules.source import marked_outlet
    assert [marked_outlet(x) for x in ("***NHK***", "◆共同通信◆", "*** ***")] == ["NHK", "共同通信", ""]
    got = extract(f"Bridge closes for a year\n\n***Reuters***\n\n{LEAD}\n\n{MORE}\n")
    assert (got.source, got.paragraphs[0]) == ("Reuters", LEAD)


def test_a_line_over_the_headline_printed_again_is_a_standfirst_only_right_under_the_headline():
    head, deck = "Bridge closes for a year", "Engineers found cracks in two of its piers during a routine inspection."
    got = extract(f"{head}\n{deck}\n{head}\n\n{LEAD}\n\n{MORE}\n")
    assert got.summary == deck
    got = extract(f"{head}\nBridge news\n{deck}\n{head}\n\n{LEAD}\n\n{MORE}\n")  # a blog's heading and comment
    assert got.summary == ""


def test_a_credit_before_its_caption_split_by_a_bar_and_hard_wrapped():
    from gazette.importer.rules.caption import trailing_credit
    line = "Jane Roe, Getty Images, AFP, File | The mayor speaks at a press conference on July 18, 2016"
    assert trailing_credit(line) == ("The mayor speaks at a press conference on July 18, 2016",
                                     "Jane Roe, Getty Images, AFP, File")
    assert trailing_credit("Politics, Economy, Sport | The mayor speaks at a press conference") is None
    got = extract("Bridge closes for a year\n\nJane Roe, Getty Images, AFP | The mayor\n speaks at a press "
                  f"conference on July 18, 2016\n\n{LEAD}\n\n{MORE}\n")
    assert (got.image_caption, got.image_credit, got.paragraphs[0]) == (
        "The mayor speaks at a press conference on July 18, 2016", "Jane Roe, Getty Images, AFP", LEAD)
