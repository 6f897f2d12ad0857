"""A Korean or Chinese reporter credited on a short line of the page's head, with whatever the page prints beside
the credit (rules.byline.credited_reporter; extract reads it when no other rule found an author)."""

from __future__ import annotations

from gazette.importer import extract
from gazette.importer.rules.byline import credited_reporter


def test_a_korean_credit_beside_a_date_an_outlet_or_an_address_names_the_author():
    for line in ("2018-06-14     이순금 기자", "OSEN 이순금 기자", "• 이순금 기자 (soon@example.co.kr)",
                 "기사입력  2022/01/18 [09:51]   이순금 기자", "2018-07-17     이순금 아나운서"):
        assert credited_reporter(["세계일보", line], "ko") == ("이순금",), line


def test_a_chinese_credit_beside_a_desk_or_a_crew_names_the_author():
    for line in ("記者/陸姿羽", "(记者 陸姿羽 制作 乐小敏 视频来源 自贡消防)", "社會中心/陸姿羽報導", "记者:陸姿羽"):
        assert credited_reporter(["三立新聞網", line], "zh") == ("陸姿羽",), line


def test_no_credit_from_a_sentence_a_photo_a_long_line_a_desk_or_two_reporters():
    assert credited_reporter(["경찰은 이순금 기자 등 3명을 조사했다"], "ko") == ()  # a sentence about a reporter
    # No person's name: a site's name glued into a word, a title's word after the reporter's.
    assert credited_reporter(["스포츠서울닷컴 기자", "한국 김종성 기자협회장"], "ko") == ()
    assert credited_reporter(["(記者 鄭名翔 攝)"], "zh") == ()  # a photographer's credit
    assert credited_reporter(["[사진] 창원=이대선 기자"], "ko") == ()  # a photographer's credit
    assert credited_reporter(["車禍現場。(記者鄭名翔翻攝)"], "zh") == ()  # a photographer's credit
    assert credited_reporter(["오늘의 사건사고, 김종성 기자입니다."], "ko") == ()  # a broadcast's hand-over
    long = "2018-06-14 청양군 지방선거 결과 분석과 향후 전망에 관한 종합 보도 및 해설 이순금 기자"
    assert len(long) > 40 and credited_reporter([long], "ko") == ()  # 80 columns and more: running text
    assert credited_reporter(["사회부 기자"], "ko") == ()  # a desk, not a person
    assert credited_reporter(["记者:本报讯"], "zh") == ()  # no family name
    assert credited_reporter(["OSEN 이순금 기자", "OSEN 조인식 기자"], "ko") == ()  # two: which one wrote it?
    assert credited_reporter(["OSEN 이순금 기자"], "ja") == ()


def test_the_copy_credits_its_reporter_outside_the_headline_and_the_text():
    lead = "청양군수 선거에서 무소속 후보가 당선됐다. 개표는 14일 새벽에 끝났다."
    got = extract(f"청양군수 선거 결과\n\n2018-06-14     이순금 기자\n\n{lead}\n")
    assert got.author == ("이순금",)
    # A headline about a reporter credits no one.
    about = extract(f"금품 뜯은 인터넷 김모 기자 구속\n\n{lead}\n")
    assert about.author == ()
