"""Rules drawn from held-out batch 10 (English, Korean, Japanese, Chinese, German, French, Spanish
and Telugu copy from aggregators, blogs, press releases, newsletters, broadcasters and papers):
each rule once, on invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

import pytest

from gazette.importer import extract
from gazette.importer.rules.caption import credit_line
from gazette.importer.rules.furniture import is_page_furniture

LEAD = ("The council voted on Monday to close the old bridge to traffic after engineers found cracks in "
        "two of its piers, the city said.")
MORE = "Repairs are expected to take a year and cost about $4 million, officials said on Tuesday evening."
ZH_LEAD = "9月4日，市政府宣布老桥将关闭一年，工程师在两个桥墩上发现了裂缝。"
ZH_MORE = "官员表示，维修预计需要一年时间，费用约为四百万元。"


@pytest.mark.parametrize("line", [
    "동영상 고정 취소", "영상 재생",  # a video player's controls
    "(资料图片)", "（資料照片）", "(Symbolbild)", "(Foto de archivo)",  # a picture's placeholder label
    "扫描二维码进入", "X 关闭", "x", "标签:", "Tags:",  # a QR code's prompt, a close button, an empty tags label
    "In partnership with",  # a newsletter's sponsor label
    "This story is part of The Daily Brief", "view full edition",  # an item's links to its edition
])
def test_page_furniture_of_batch_10(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", [
    "The mayor said the image (file photo) was old.",
    "Tags were found on the bridge's piers, officials said.",
    "This story is part of a long dispute over the bridge, which closed in 2019.",
    "Close to 300 people live by the bridge.",
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
