"""Ordinary news copy that round 14's rules first misread (a review of the round, on invented copy of
the shapes real stories have): each must keep its text, and no field may be made up from it."""

from __future__ import annotations

from importer_copy import LEAD, MORE

from gazette.importer import extract
from gazette.importer.rules.furniture import appeal_box, spam_keywords
from gazette.importer.rules.source import cjk_outlet_alone, lead_bracket_outlet, reporter_outlet

HEAD = "City council approves new budget after long debate"


def test_a_lead_that_says_view_online_is_no_newsletters_web_view_link():
    lead = "Art lovers can now view online more than 5,000 paintings from the city's museum, the council said."
    article = extract(f"Museum opens its archive to all\n\nBy Jane Doe\n\nMarch 3, 2024\n\n{lead}\n\n"
                      f"Free Access\n\n{MORE}")
    assert article.paragraphs[0] == lead
    assert article.source != "Free Access" and article.summary == ""


def test_this_papers_own_words_and_section_labels_name_no_outlet():
    assert reporter_outlet("□本网记者 张三") == "" and reporter_outlet("本台记者 李四") == ""
    assert reporter_outlet("新华社记者 崔静") == "新华社"
    assert cjk_outlet_alone("경제") == "" and cjk_outlet_alone("뉴스") == "" and cjk_outlet_alone("ニュース") == ""
    assert cjk_outlet_alone("중앙일보") == "중앙일보"
    assert lead_bracket_outlet("[경제] 정부가 내년 예산을 656조원으로 편성했다.") == ""
    assert lead_bracket_outlet("[충청매일] 충북도가 내년 예산을 편성했다.") == "충청매일"


def test_place_names_with_av_in_them_are_no_spam():
    assert not spam_keywords("Flights to Havana and Java, Avignon, Cavan and Bratislava, travel agents said.")


def test_a_subhead_over_a_paragraph_about_journalism_is_no_appeal():
    blurb = ("The grants are aimed at rural papers, where local journalism has been hit hardest by falling "
             "advertising revenue and rising printing costs.")
    assert not appeal_box("Help for struggling rural newspapers", blurb)
    assert not appeal_box("Local newspapers are closing fast",
                          "Help came too late for many of them, and local journalism is the poorer for it.")
    assert appeal_box("Support independent journalism", "Your gift keeps our journalism free for everyone. "
                      "Become a supporter today.")


def test_a_title_case_subhead_amid_the_text_is_no_caption():
    subhead = "Record Turnout at the Polls in the Northern Wards"
    article = extract(f"{HEAD}\n\nBy Jane Doe\n\nMarch 3, 2024\n\n{LEAD}\n\n{subhead}\n\n{MORE}")
    assert article.image_caption == "" and subhead in article.paragraphs


def test_a_chinese_headline_of_phrases_between_commas_stays_the_headline():
    for head in ("稳增长，促改革，调结构，惠民生", "冰雪运动进校园，孩子们乐开了花，家长点赞，老师也高兴"):
        article = extract(f"{head}\n\n2024年3月3日\n\n本报讯 市政府3日召开会议，部署今年的重点工作。"
                          "会议要求各部门抓好落实。\n\n会议还研究了其他事项。")
        assert article.title == head


def test_a_word_and_a_stop_over_the_lead_is_no_dateline_outside_a_place():
    article = extract("Storm knocks out power to thousands\n\nMarch 3, 2024\n\nOvernight.  The storm that swept "
                      "through the county knocked out power to more than 20,000 homes and businesses, officials "
                      "said.\n\nCrews were working to restore service.")
    assert article.dateline == ""


def test_a_rubric_before_a_bar_is_no_dateline():
    for rubric in ("EXPLAINER", "FACT CHECK", "INTERVIEW"):
        article = extract(f"{HEAD}\n\nMarch 3, 2024\n\n{rubric} | {LEAD}\n\n{MORE}")
        assert article.dateline == "", rubric


def test_a_headline_that_opens_with_its_storys_tag_is_no_list_of_headlines():
    head = "Springfield mall shooting leaves two dead and four wounded as police search for gunman overnight"
    article = extract(f"{head}\n\nSpringfield mall shooting\n\nMarch 3, 2024\n\n{LEAD}\n\n{MORE}")
    assert article.title == head


def test_a_share_buttons_address_is_no_pointer_for_readers():
    article = extract(f"{HEAD}\n\nMarch 3, 2024\n\n{LEAD}\n\n{MORE}\n\n"
                      "Share this article: https://valleycourier.example/p/123")
    assert article.paragraphs == (LEAD, MORE)
    # A pointer for readers is no share button's, but it ends no sentence: it is left out at the text's edge
    # (passes.edges) and named in the check a person reads, not dropped unseen.
    kept = extract(f"{HEAD}\n\nMarch 3, 2024\n\n{LEAD}\n\n{MORE}\n\nMore information: https://example.org/budget")
    assert kept.paragraphs[-1] == MORE and "'More information: https://example.org/budget'" in kept.doubts[-1]
    assert not any("Share this article" in d for d in article.doubts)


def test_a_story_sentence_about_a_messaging_channel_is_no_invitation():
    sentence = ("Join the ministry's WhatsApp channel to get flood alerts, officials urged residents in a "
                "statement on Monday.")
    article = extract(f"{HEAD}\n\nMarch 3, 2024\n\n{LEAD}\n\n{sentence}\n\n{MORE}")
    assert sentence in article.paragraphs
    invited = extract(f"{HEAD}\n\nMarch 3, 2024\n\n{LEAD}\n\n{MORE}\n\nJoin our WhatsApp channel")
    assert invited.paragraphs == (LEAD, MORE)
