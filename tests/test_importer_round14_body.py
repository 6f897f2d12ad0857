"""Body rules of the importer's round 14 (where the text starts and ends, page furniture left in
it, a photo's caption and credit): each rule once, on invented copy, with its look-alike that
must stay as it is."""

from __future__ import annotations

from importer_copy import LAST, LEAD, MORE

from gazette.importer import extract

HEAD = "Old bridge closed after cracks found in piers"


def test_a_headline_printed_twice_in_a_row_leaves_the_prompt_above_it_to_the_page():
    text = (f"Webmail\n\nChoose your webmail\n\nBecause we also offer another webmail, we ask for your choice once.\n\n"
            f"{HEAD}\n\n{HEAD}\n\n{LEAD}\n\n{MORE}")
    article = extract(text)
    assert article.title == HEAD
    assert list(article.paragraphs) == [LEAD, MORE]
    # Two paragraphs of several sentences above it are an article's: they stay.
    kept = extract(f"{LEAD} {LAST}\n\n{MORE} {LAST}\n\n{HEAD}\n\n{HEAD}\n\n{MORE}")
    assert f"{LEAD} {LAST}" in kept.paragraphs


def test_the_lines_between_a_headline_and_its_second_print_over_the_text_are_the_pages():
    text = (f"{HEAD}\n\nSections\n\nFeatured\n\nMayor opens new school in the east\nEducation\n"
            f"Mayor opens new school in the east\n\nDecember 23, 2013 / 5:51 PM\n\n{HEAD}\n\n"
            f"LONDON (Reuters) - {LEAD}\n\n{MORE}")
    article = extract(text)
    assert article.paragraphs[0].startswith("LONDON (Reuters) - ")
    assert article.date == "2013-12-23T17:51:00"
    assert not any("Mayor opens" in p for p in article.paragraphs)
    # A blog's heading and one note between the prints go too; two paragraphs of text there stay.
    blog = extract(f"{HEAD}\n\nStorm damage\n\nStay safe, everyone.\n\n{HEAD}\n\n{LEAD}\n\n{MORE}")
    assert list(blog.paragraphs) == [LEAD, MORE]
    story = extract(f"{HEAD}\n\n{LEAD}\n\n{LAST}\n\nMore below.\n\n{HEAD}\n\n{MORE}")
    assert story.paragraphs[0] == LEAD


def test_an_outlets_standards_link_and_a_widgets_leftovers_under_the_text_are_furniture():
    from gazette.importer.rules.furniture import is_page_furniture

    for line in ("Our Standards:The Thomson Reuters Trust Principles.", "Editorial standards",
                 "Learn more about our editorial standards", "0 : 0", "• narrow-browser-and-phone",
                 "• medium-browser-and-portrait-tablet"):
        assert is_page_furniture(line), line
    # Sentences about standards, a score in words and a hyphenated word stay.
    for line in ("Our standards of living have fallen, the minister said.", "state-of-the-art", "2 : 1 Sieg",
                 "The score was 2 : 1 at half time."):
        assert not is_page_furniture(line), line
    text = (f"Bridge closed\n\n{LEAD}\n\n{MORE} (Writing by Jane Doe; Editing by John Roe)\n\n"
            "Our Standards:The Thomson Reuters Trust Principles.\n0 : 0\n  • narrow-browser-and-phone\n  • landscape")
    assert extract(text).paragraphs[-1] == MORE


def test_a_chinese_sites_partner_links_heading_ends_the_text():
    lead = "记者从铁路部门获悉,12月26日,新线将全线贯通运营,沿线旅行时间将大幅压缩。"
    more = "新线是西部大开发重点工程建设项目,对支持民族地区加快发展具有十分重要的意义。"
    article = extract(f"新线今日全线贯通运营\n\n{lead}\n\n{more}\n\n友情链接\n\n地址:北苑路4号楼   邮编:101501")
    assert article.paragraphs[-1] == more
    # The words inside a sentence end nothing.
    kept = extract(f"新线今日全线贯通运营\n\n{lead}\n\n网站的友情链接栏目今天更新,增加了十家合作媒体的网址。\n\n{more}")
    assert kept.paragraphs[-1] == more


def test_a_caption_printed_twice_with_its_credit_under_it_and_the_highlights_over_it():
    caption = "One of the pictures in the exhibition. In it, the mayor opens the bridge in 1959."
    text = (f"{HEAD}\n\n  • The city marks the bridge's 75th year with an exhibition of its photographs.\n"
            f"  • Among its 700 pictures, readers can see the opening day and the first crossing.\n"
            f"{caption}\n{caption}\nEFE\n{caption}\n\n{LEAD}\n\n{MORE}")
    article = extract(text)
    assert (article.image_caption, article.image_credit) == (caption, "EFE")
    assert list(article.paragraphs) == [LEAD, MORE]
    assert article.source == ""  # the agency under a caption credits the photo, not the text
    # A standfirst printed twice with no credit under it is no caption.
    standfirst = "The city unveiled a long-awaited plan to repair the bridge and reopen it next year."
    plain = extract(f"{HEAD}\n\n{standfirst}\n{standfirst}\n\n{LEAD}\n\n{MORE}")
    assert plain.image_caption == ""


def test_a_spams_keyword_list_and_an_empty_credit_label_are_furniture():
    from gazette.importer.rules.furniture import is_page_furniture

    for line in ("国产成人精品综合在线观看,欧美成a人片在线观看久,亚洲αv在线精品糸列,国产美女露脸口爆吞精",
                 "成人免费在线视频软件_久久精品久久久_亚洲国产精品久久久_天天色天天色_亚洲人成一区", "作者:", "記者：",
                 "Autor:"):
        assert is_page_furniture(line), line
    # A headline or a list of markets naming Asia and Europe, and a credit with its name, stay.
    for line in ("亚洲股市收高,欧美股市收低,国产芯片股领涨,黄金价格持平", "国产大飞机C919完成首次商业飞行",
                 "作者:张三"):
        assert not is_page_furniture(line), line
    lead = "新华社北京3月6日电 当中国在全国两会上公布今年经济增长的预期目标时,国际舆论为之振奋。"
    more = "在天津机场,每隔一会儿,就有一架飞机呼啸加速,腾空而起。"
    text = (f"国产成人精品综合在线观看,欧美成a人片在线观看久,亚洲αv在线精品糸列,国产美女露脸口爆吞精\n\n全部\n\n"
            f"外籍记者看两会|世界需要中国这样的活力\n\n来源:新华网\n\n作者:\n\n2023-03-07 15:41:03\n\n{lead}\n\n{more}")
    article = extract(text)
    assert article.title == "外籍记者看两会|世界需要中国这样的活力"
    assert list(article.paragraphs) == [lead, more]


def test_an_icons_label_glued_before_a_prompt_and_a_headline_glued_to_a_release_dateline():
    from gazette.importer.rules.furniture import is_page_furniture

    assert is_page_furniture("Registration Strip Icon for charts Register for streaming realtime charts and prices.")
    # An icon's label before running text leaves it text.
    assert not is_page_furniture("Camera IconSydney police arrested 86 people in a crackdown on Friday.")
    assert not is_page_furniture("Camera Icon Police arrested 86 people in a crackdown on Friday.")
    lead = ("ALEXANDRIA, Va., Feb. 17 /PRNewswire-FirstCall/ -- Acme News Network, Inc., a wholesaler of news, "
            "today announced its results for the quarter.")
    article = extract(f"Acme Reports Second Quarter Results\n\nAcme Reports Second Quarter Results {lead}\n\n{MORE}")
    assert article.paragraphs[0] == lead
    # A slash inside a headline's words is no wire: the line stays whole.
    plain = extract(f"Acme Reports Second Quarter Results\n\nSales rose in the spring and/or summer, Acme said. {MORE}")
    assert plain.paragraphs[0].startswith("Sales rose")


def test_an_outlets_appeal_box_amid_the_text_goes():
    from gazette.importer.rules.furniture import appeal_box

    assert appeal_box("Get in front of tomorrow's news for FREE",
                      "Journalism for the curious Australian across politics, business, culture and opinion.")
    assert appeal_box("A verdade faz-nos mais fortes", "Quando os dias são de incerteza, o jornalismo do Jornal é um "
                      "porto de abrigo. Dê força à informação responsável que o ajuda a pensar e decidir.")
    # A subhead over a paragraph about journalism calls on no one: text.
    assert not appeal_box("Local news under pressure",
                          "Journalism in the region has lost half its reporters since 2008, the study found.")
    text = (f"Bridge closed\n\n{LEAD}\n\n{MORE}\n\nGet in front of tomorrow's news for FREE\n\n"
            f"Journalism for the curious reader across politics, business, culture and opinion.\n\nREAD NOW\n\n{LAST}")
    assert list(extract(text).paragraphs) == [LEAD, MORE, LAST]
    story = (f"Bridge closed\n\n{LEAD}\n\nLocal news under pressure\n\n"
             f"Journalism in the region has lost half its reporters since 2008, the study found.\n\n{LAST}")
    assert "Local news under pressure" in extract(story).paragraphs


def test_a_picture_agencys_slug_leaves_the_caption_and_a_referral_button_is_furniture():
    from gazette.importer.rules.caption import without_slug
    from gazette.importer.rules.furniture import is_page_furniture

    assert without_slug("BRITAIN-London-Attacke-\nHelpers treat an injured man near parliament") == \
        "Helpers treat an injured man near parliament"
    assert without_slug("USA-ELECTION/\nVoters queue in Ohio") == "Voters queue in Ohio"
    # A caption that opens with a hyphenated name in capitals keeps it.
    assert without_slug("US-China talks in Geneva on Monday.") == "US-China talks in Geneva on Monday."
    text = (f"Bridge closed\n\n{LEAD}\n\nMAYOR-Bridge-Closure-\nThe mayor at the closed bridge on Monday (Photo: dpa) "
            f"Photo: dpa\n\n{MORE}\n\n{LAST}")
    assert extract(text).image_caption == "The mayor at the closed bridge on Monday (Photo: dpa)"
    for line in ("Start sharing now", "Refer a friend", "Share the Brew"):
        assert is_page_furniture(line), line
    assert not is_page_furniture("Start sharing now, the minister told farmers, or lose the subsidy.")


def test_a_release_closing_with_a_printed_address_keeps_it_and_a_pages_own_address_goes():
    from gazette.importer.rules.furniture import is_page_furniture

    text = (f"Bridge stories collected\n\nBerlin (ots) - {LEAD}\n\n{MORE}\n\nAll the stories: www.example.org/25\n\n"
            "Kontakt: Jane Doe Pressesprecherin Tel +49 30 1234-599 jane.doe@example.org")
    # The printed address ends no sentence: it is left out at the text's edge (passes.edges) and named in the
    # check a person reads; the contact line is furniture and goes unnamed.
    release = extract(text)
    assert release.paragraphs[-1] == MORE and release.doubts[-1].endswith(
        "holding no sentence: 'All the stories: www.example.org/25': check that none of it is the text's")
    # A label with no address under the text is a link's label: it goes.
    labelled = extract(f"Bridge stories collected\n\n{LEAD}\n\n{MORE}\n\nAll the stories here")
    assert labelled.paragraphs[-1] == MORE
    for line in ("本文网址:http://www.example.cn/80998.html", "Permalink: https://example.org/a/1"):
        assert is_page_furniture(line), line
    assert not is_page_furniture("Der Plan steht unter www.example.org/plan, sagte die Senatorin.")


def test_an_epapers_headline_index_pager_search_box_and_read_aloud_label_are_the_pages():
    from gazette.importer.rules.furniture import is_page_furniture

    for line in ("第01版 上一期   下一期 上一版 下一版", "•   标题    站内高级搜索", "语音播报: 语音播报"):
        assert is_page_furniture(line), line
    for line in ("上一期节目中,主持人谈到了新规。", "记者在站内高级搜索中找到了这份文件。"):
        assert not is_page_furniture(line), line
    lead = "记者从铁路部门获悉,12月26日,新线将全线贯通运营,沿线旅行时间将大幅压缩。"
    more = "新线是西部大开发重点工程建设项目,对支持民族地区加快发展具有十分重要的意义。"
    text = ("回信勉励艺术家锚定建设农业强国目标 这些新规明年1月上线新线今日全线贯通运营我省万余名工人全力保障用电\n"
            "第01版 上一期   下一期 上一版 下一版\n  •   标题    站内高级搜索\n"
            "第13474期:第01版 本期出版日期:2022-12-26\n\n"
            f"新线今日全线贯通运营\n\n语音播报: 语音播报\n\n{lead}\n\n{more}")
    article = extract(text)
    assert article.title == "新线今日全线贯通运营"
    assert list(article.paragraphs) == [lead, more]
    # A headline over a line that only opens with it (a kicker's words after it) is no index.
    kicker = extract(f"Update am Abend: Ein Hammelsprung und mehr\n\nUpdate\n\n{LEAD}\n\n{MORE}")
    assert kicker.title == "Update am Abend: Ein Hammelsprung und mehr"


def test_a_short_sentence_between_the_headline_and_the_datelined_lead_is_not_the_text():
    article = extract(f"{HEAD}\n\nPolice search the scene on Monday.\n\nLONDON (Reuters) - {LEAD}\n\n{MORE}")
    assert article.paragraphs[0] == f"LONDON (Reuters) - {LEAD}"
    assert article.image_caption == "" and article.summary == ""  # neither is guessed
    assert any("between the headline and the dateline" in note for note in article.notes)
    chinese = extract("公园男子被警开枪击中手臂\n\n警员在案发现场进行搜证和调查工作。\n\n"
                      "(新加坡8日讯)一名男子在公园内的观鸟塔疑持武器意图,惊动警员到场。\n\n男子之后被送入医院。")
    assert chinese.paragraphs[0].startswith("(新加坡8日讯)")
    # With no dateline under it, the sentence is the text's first.
    plain = extract(f"{HEAD}\n\nPolice search the scene on Monday.\n\n{LEAD}\n\n{MORE}")
    assert plain.paragraphs[0] == "Police search the scene on Monday."


def test_a_caption_line_amid_the_text_and_an_ads_hide_button():
    from gazette.importer.rules.furniture import is_page_furniture

    caption = "Coun Jane Doe with one of the road closure signs after the incident"
    article = extract(f"{HEAD}\n\n{LEAD}\n\n{caption}\n\n{MORE}\n\n{LAST}")
    assert article.image_caption == caption
    assert list(article.paragraphs) == [LEAD, MORE, LAST]
    # A sentence that lost its stop keeps its verb, and a subhead is short: both stay text.
    for line in ("The capital's CBD is unlikely to be back online until early next week",
                 "Residents with concerns", "Council Leader Jane Doe with her deputy said the road would reopen"):
        kept = extract(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MORE}\n\n{LAST}")
        assert line in kept.paragraphs and kept.image_caption == "", line
    assert is_page_furniture("Hide Ad") and is_page_furniture("Hide Ad Hide Ad")


def test_an_rss_feed_read_as_text_gives_its_items_title_date_and_text():
    feed = ("News - The Science Portal https://portal.example.org Wed, 24 Sep 2025 07:42:46 +0000 en hourly 1 "
            "Cells that decide whether a cancer spreads found https://portal.example.org/news/1/ "
            f"Wed, 24 Sep 2025 07:42:11 +0000 https://portal.example.org/?p=55138  {LEAD}")
    article = extract(f"{feed}\n\n{MORE}")
    assert article.title == "Cells that decide whether a cancer spreads found"
    assert article.date == "2025-09-24T07:42:11+00:00"
    assert list(article.paragraphs) == [LEAD, MORE]
    # A sentence that cites an address and a date is no feed.
    line = f"The portal (https://portal.example.org) said on Wed, 24 Sep 2025 07:42:46 +0000 that {LEAD}"
    assert extract(f"Cells found\n\n{line}\n\n{MORE}").paragraphs[0] == line


def test_a_caption_run_into_itself_amid_the_text_is_the_caption():
    caption = "Warwick Drive has been closed after a sinkhole opened up in the road."
    article = extract(f"{HEAD}\n\n{LEAD}\n\n{caption}{caption}\n{caption}\n\n{MORE}\n\n{LAST}")
    assert article.image_caption == caption
    assert list(article.paragraphs) == [LEAD, MORE, LAST]
    # Two different sentences run together are text.
    glued = f"{MORE}{LAST}"
    assert glued in extract(f"{HEAD}\n\n{LEAD}\n\n{glued}\n\n{LAST}").paragraphs


def test_a_credit_line_in_brackets_under_a_caption_printed_twice():
    from gazette.importer.rules.caption import credit_line

    assert credit_line("(Foto: imago/Kraehn)") == "imago/Kraehn"
    assert credit_line("(dpa)") == "" and credit_line("(Foto: X) said") == ""
    caption = "Berlin in the evening, a view of the square."
    article = extract(f"That was Wednesday\n\n{caption}\n\n{caption}\n\n(Foto: imago/Kraehn)\n\n{LEAD}\n\n{MORE}")
    assert (article.image_caption, article.image_credit) == (caption, "imago/Kraehn")
    assert list(article.paragraphs) == [LEAD, MORE]
