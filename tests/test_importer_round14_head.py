"""Head rules of the importer's fourteenth round (drawn from the misses left in held-out batches
5-12): each rule once, on invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

from gazette.importer import extract

HEADLINE = "Mayor will stay in office until the budget vote"
QUOTE = '"I will go to the council on Monday as mayor and put my office at its disposal"'
STANDFIRST = (f"{QUOTE}, the mayor answered when reporters pressed her on when she would leave. Asked whether "
              "she would still chair the budget vote, she said: \"On Monday, of course\".")
LEAD = ("The mayor, who leads her party's list for the regional election, confirmed on Friday that she will "
        "chair the council's meeting on the budget next week.")
MORE = "The move backs the view that the party will not name her successor before the vote in March."
LATER = "The budget goes to a second reading in April, when the new council will have been elected."
RESTATED = (f"{QUOTE}, she replied about the moment she will leave the town hall. Asked whether she would "
            "still chair the budget vote, she said: \"On Monday, of course\".")


def test_a_first_paragraph_that_a_later_paragraph_restates_is_the_standfirst():
    article = extract(f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD}\n\n{MORE}\n\n{LATER}\n\n{RESTATED}")
    assert article.summary == STANDFIRST
    assert article.paragraphs[0] == LEAD
    # The look-alike: the lead printed again whole (a paste's repeat) restates nothing; it stays the lead.
    twice = extract(f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD}\n\n{MORE}\n\n{LATER}\n\nIn March: {STANDFIRST}")
    assert twice.summary == "" and twice.paragraphs[0] == STANDFIRST
    # Nor does a lead whose quote alone comes back later (a third of its words): no standfirst.
    quoted = extract(f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD}\n\n{MORE}\n\n{LATER}\n\n{QUOTE}, she said again.")
    assert quoted.summary == "" and quoted.paragraphs[0] == STANDFIRST


NEWS = ("Good morning. The council voted on Monday to close the old bridge to traffic after engineers found "
        "cracks in two of its piers.")
NEWS_MORE = "Repairs are expected to take a year and cost about $4 million, officials said on Tuesday evening."


def test_a_newsletters_web_view_link_gives_the_sender_under_it_and_the_writer():
    text = ("Email not displaying correctly?\nView it in your browser.\nHarbour Post.\n"
            f"Morning Notes with Jane Doe\n\n{NEWS}\n\n{NEWS_MORE}")
    article = extract(text)
    assert article.source == "Harbour Post"  # (a logo's text keeps its stop; the name does not)
    assert article.author == ("Jane Doe",)
    assert article.paragraphs[0] == NEWS
    # The look-alikes: a sentence under the link names no sender, and a newsletter's name with no
    # person's after `with` names no writer.
    plain = extract(f"View it in your browser.\nThanks for reading us this week.\nInterview with the mayor\n\n"
                    f"{NEWS}\n\n{NEWS_MORE}")
    assert plain.source == "" and plain.author == ()
    # No web-view link: a short name line over the text is no sender.
    assert extract(f"Harbour Post.\nMorning Notes with Jane Doe\n\n{NEWS}\n\n{NEWS_MORE}").source == ""


def test_a_newsletters_head_over_its_dated_web_view_link_gives_subject_and_preheader():
    text = ("Harbour Post - Bridge closed\n\nRepairs will take a year...\n"
            f"March 3, 2024 View Online | Sign Up\n\nHarbour Post\n\n{NEWS}\n\n{NEWS_MORE}")
    article = extract(text)
    assert article.title == "Bridge closed"  # the sender off the archive's first line
    assert article.source == "Harbour Post"
    assert article.date == "2024-03-03"
    assert article.summary == "Repairs will take a year..."
    assert article.paragraphs[0] == NEWS
    # The look-alike: three lines over the link are no subject and preheader; nothing is taken as
    # a summary by this rule.
    stacked = extract("Bridge closed\n\nRepairs will take a year...\n\nAnd more from the harbour.\n"
                      f"March 3, 2024 View Online | Sign Up\n\n{NEWS}\n\n{NEWS_MORE}")
    assert stacked.summary != "Repairs will take a year..."


def test_skip_links_and_a_live_pages_new_post_notice_are_no_headline():
    from gazette.importer.rules.furniture import LINE_PATTERNS

    text = ("Direkt zum Inhalt wechseln\nLIVE Neue Nachricht im Liveticker\nBrücke gesperrt\n\n"
            "Terror in London: Fünf Tote und 40 Verletzte\n\n" + LEAD + "\n\n" + MORE)
    article = extract(text)
    assert article.title == "Terror in London: Fünf Tote und 40 Verletzte"
    for line in ("zum Hauptinhalt", "Aller au contenu principal", "Ir al contenido", "3 new posts in live blog",
                 "Nouveaux messages dans le direct"):
        assert any(p.match(line) for p in LINE_PATTERNS), line
    # The look-alikes: a headline about a live ticker, and a sentence that opens with the skip words.
    for line in ("Neue Nachricht im Liveticker: Brücke wieder offen",
                 "Zum Inhalt der Verhandlungen äußerte sich niemand."):
        assert not any(p.match(line) for p in LINE_PATTERNS), line


ZH_LEAD = "记者从市政府获悉,12月26日,全长九百公里的新铁路将实现全线贯通运营,沿线城市之间的旅行时间将大幅压缩。"
ZH_MORE = "新铁路是国家重点工程建设项目,它的全线贯通将极大便利沿线人民群众出行和货物运输。"


def test_the_headline_printed_alone_under_the_pages_headlines_run_together_is_the_headline():
    listing = "市长回信勉励艺术家 切实抓好农业工作哪些人应该打疫苗?新铁路今日全线贯通运营全国菜篮子交易所落户成都"
    text = (f"{listing}\n第01版 上一期   下一期 上一版 下一版\n•   标题    站内高级搜索\n"
            f"第13474期:第01版 本期出版日期:2022-12-26\n\n新铁路今日全线贯通运营\n\n{ZH_LEAD}\n\n{ZH_MORE}")
    article = extract(text)
    assert article.title == "新铁路今日全线贯通运营"
    assert article.date == "2022-12-26"
    assert article.paragraphs == (ZH_LEAD, ZH_MORE)
    # The look-alike: a first line that ends with its stop is a sentence, no list of headlines, even
    # when it holds the headline's words.
    sentence = "新铁路今日全线贯通运营的消息传来,沿线群众纷纷表示欢迎和期待。"
    told = extract(f"{sentence}\n\n新铁路今日全线贯通运营\n\n{ZH_LEAD}")
    assert told.paragraphs[0] == sentence


def test_a_sentence_printed_twice_over_a_standfirst_is_the_photos_alt_text_and_caption():
    caption = "The old bridge has been closed to traffic since Monday morning."
    deck = "Engineers found cracks in two piers. Repairs will take a year."
    long_lead = LEAD + " " + MORE
    article = extract(f"{HEADLINE}\n\n{caption}\n\n{caption}\n\n{deck}\n\n{long_lead}\n\n{MORE}")
    assert article.image_caption == caption
    assert article.summary == deck
    assert article.paragraphs[0] == long_lead
    # The look-alike: printed twice right over the lead, it is the standfirst printed twice (a page's
    # description and its standfirst), never a caption.
    twice = extract(f"{HEADLINE}\n\n{caption}\n\n{caption}\n\n{LEAD}\n\n{MORE}")
    assert twice.image_caption == "" and twice.summary == caption


def test_a_paragraph_over_a_live_pages_first_timed_entry_is_its_standfirst():
    intro = "The council votes tonight on closing the old bridge."
    entry = "21h05 : The count is over, and the motion passed by 31 votes to 12."
    article = extract(f"{HEADLINE}\n\n{intro}\n\n{entry}\n\n{MORE}")
    assert article.summary == intro and article.paragraphs[0] == entry
    for clock in ("[9.06 Uhr] The count is over.", "14:05 - The count is over."):
        assert extract(f"{HEADLINE}\n\n{intro}\n\n{clock}\n\n{MORE}").summary == intro
    # The look-alikes: a time range opens no entry, and a first paragraph that is an entry itself
    # stays the text.
    ranged = extract(f"{HEADLINE}\n\n{intro}\n\n18:00 - 20:00 The council meets in the town hall.\n\n{MORE}")
    assert ranged.summary == ""
    entries = extract(f"{HEADLINE}\n\n21h00 : The count starts.\n\n{entry}\n\n{MORE}")
    assert entries.summary == ""


def test_a_sites_logo_on_the_first_line_names_the_source_at_the_lowest_rank():
    from gazette.importer.rules.source import glued_masthead

    article = extract(f"HarbourWeb\n\n{HEADLINE}\n\n{LEAD}\n\n{MORE}")
    assert article.source == "HarbourWeb" and article.title == HEADLINE
    assert extract(f"HBRTV\n\n{LEAD}\n\n{MORE}").source == "HBRTV"  # (no headline: the logo still goes)
    assert extract(f"KBC News Share\n\n{HEADLINE}\n\n{LEAD}\n\n{MORE}").source == "KBC News"
    # Any other credit outranks the logo (a site that republishes an agency's story).
    assert extract(f"HarbourWeb\n\n{HEADLINE}\n\nBy Jane Doe, Reuters\n\n{LEAD}\n\n{MORE}").source == "Reuters"
    # The look-alikes: a word in running case, a section's name, a platform's name, an acronym alone.
    for line in ("Sportnews", "World News", "World News Share", "YouTube", "NEWS", "AFP", "Industria"):
        assert glued_masthead(line) == "", line
    assert extract(f"Sportnews\n\n{HEADLINE}\n\n{LEAD}\n\n{MORE}").source == ""


def test_a_spams_keywords_line_over_chinese_copy_is_no_text_and_leaves_the_headline_found():
    from gazette.importer.rules.furniture import spam_keywords

    keywords = "成人精品综合在线观看,欧美大片在线观看,亚洲在线精品系列,美女视频在线观看"
    article = extract(f"{keywords}\n\n全部\n\n新铁路今日全线贯通运营\n\n{ZH_LEAD}\n\n{ZH_MORE}")
    assert article.title == "新铁路今日全线贯通运营"
    assert article.paragraphs == (ZH_LEAD, ZH_MORE)
    # The look-alikes: an enumeration with 、 (a deck: `A、B、C、Dが受賞`), a clause list that stops, a
    # headline of phrases between commas (tests/test_importer_lookalikes.py), and a Latin line of phrases.
    assert not spam_keywords("花王・ライオン、アース製薬、南相馬市、武蔵野大学、パインが受賞")
    assert not spam_keywords("市长说,铁路通车,旅客增加,货运提速,沿线受益。")
    assert not spam_keywords("稳增长，促改革，调结构，惠民生")
    assert not spam_keywords("bridge, harbour, ferry, council")


def test_an_agency_with_its_edition_in_brackets_is_the_agency():
    from gazette.importer.rules.source import known_agency

    assert known_agency("PR Newswire (US)") == "PR Newswire"
    assert known_agency("Reuters (UK)") == "Reuters"
    article = extract(f"{HEADLINE}\n\n17/02/2004 12:15pm\n\nPR Newswire (US)\n\n{LEAD}\n\n{MORE}", date_order="dmy")
    assert article.source == "PR Newswire"
    # The look-alikes: a bracket that names no edition, and no agency before an edition's code.
    assert known_agency("Reuters (Bloomberg)") == "" and known_agency("Sports (US)") == ""


KO_LEAD = ("서울시는 지난해 말 공익소송 실무 매뉴얼을 공동 발간하고, 2월 20일 서초동 교육문화관 세미나실에서 "
           "매뉴얼 강연회를 열었다고 밝혔다.")
KO_MORE = "매뉴얼에는 공익소송의 기획부터 소송비용까지 실무 팁 20가지가 담겼다."


def test_a_deck_under_the_dated_header_block_is_the_summary():
    headline = "기획부터 소송비용까지 공익소송 수행 팁 20가지 소개"
    deck = "《공익소송 실무 매뉴얼》 발간, 설명회 개최"
    header = "  • 기사출고 2019.03.08 07:33\n이 기사를 공유합니다"
    article = extract(f"{headline}\n{header}\n\n{deck}\n\n{KO_LEAD}\n\n{KO_MORE}")
    assert article.summary == deck
    assert article.paragraphs == (KO_LEAD, KO_MORE)
    # The look-alikes: a second deck in the header above it (two decks stacked: neither is sure), a
    # label's line (`Source : …`), an agency's line, and no date line in the header.
    stacked = extract(f"{headline}\n2019.03.08 07:33\n대통령실, 24일부터 브리핑 쌍방향 생중계\n\n{deck}\n\n{KO_LEAD}")
    assert stacked.summary != deck
    labelled = extract(f"{HEADLINE}\n\nMarch 8, 2019\n\nSource : Harbour Info\n\n{LEAD}\n\n{MORE}")
    assert labelled.summary == ""
    undated = extract(f"{headline}\n이 기사를 공유합니다\n\n{deck}\n\n{KO_LEAD}\n\n{KO_MORE}")
    assert undated.summary == ""


def test_a_feed_read_as_text_gives_its_first_items_title_date_and_channel():
    from gazette.importer.rules.feed import feed_item

    line = ("News - Harbour Science Portal https://portal.example.org Wed, 24 Sep 2025 07:42:46 +0000 en hourly 1 "
            f"{HEADLINE} https://portal.example.org/news/1/ Wed, 24 Sep 2025 07:42:11 +0000 "
            f"https://portal.example.org/?p=55138  {LEAD}")
    article = extract(f"{line}\n\n{MORE}")
    assert article.title == HEADLINE
    assert article.date == "2025-09-24T07:42:11+00:00"
    assert article.source == "Harbour Science Portal"
    assert article.paragraphs == (LEAD, MORE)
    # A WordPress feed with its description, generator and comments' address parses the same way.
    wordpress = ("Harbour Blog https://blog.example.org Notes from the port Tue, 20 Jul 2010 21:03:54 +0000 en "
                 "hourly 1 https://wordpress.org/?v=3.0 Bridge closed https://blog.example.org/bridge/ "
                 "https://blog.example.org/bridge/#comments Thu, 18 Mar 2010 22:25:34 +0000 "
                 f"https://blog.example.org/?p=1514 {LEAD}")
    item = feed_item(wordpress)
    assert item is not None and (item.title, item.date) == ("Bridge closed", "Thu, 18 Mar 2010 22:25:34 +0000")
    # The look-alike: a sentence that quotes a feed's date and address is no feed.
    assert feed_item(f"The feed at https://blog.example.org said Tue, 20 Jul 2010 21:03:54 +0000. {LEAD}") is None


def test_a_releases_issuer_named_with_its_symbol_after_the_dateline_is_the_source():
    from gazette.importer.rules.source import listed_issuer

    lead = ("New York, NY, November 12, 2008 – Harbour Data Network, Inc. (OTC BB: HBDN), a provider of port "
            "data, today announced financial results for the quarter ended September 30, 2008.")
    article = extract(f"HARBOUR DATA REPORTS FIRST QUARTER RESULTS\n\n{lead}\n\n{MORE}")
    assert article.source == "Harbour Data Network, Inc." and article.dateline == "New York"
    # The look-alikes: a story about a listed company says what it said (no release), and an agency's
    # symbol names no exchange.
    assert listed_issuer("NEW YORK (AP) — Harbour Data Network, Inc. (NASDAQ: HBDN) said on Tuesday it will "
                         "cut 200 jobs.") == ""
    assert listed_issuer("LONDON (Reuters) - Harbour Data Network Inc (HBDN.O) today announced a buyback.") == ""
