"""Body rules of the importer's round 12 (where the text starts and ends, page furniture left in
it, a photo's caption and credit): each rule once, on invented copy, with its look-alike that
must stay as it is."""

from __future__ import annotations

from importer_copy import LAST, LEAD, MORE

from gazette.importer import extract
from gazette.importer.rules.caption import doubled_caption, trailing_credit
from gazette.importer.rules.furniture import is_page_furniture


def test_a_breadcrumb_printed_one_item_a_line_in_a_text_without_blank_lines():
    text = (f"- Home\n- /\n- Local News\n- /\n- Bridge closed after cracks...\nBridge closed after cracks found\n"
            f"{LEAD}\n{MORE}")
    article = extract(text)
    assert article.title == "Bridge closed after cracks found"
    assert article.paragraphs[0] == LEAD
    assert not any(p.startswith("- ") for p in article.paragraphs)
    # A list of points under the headline, with no separator items, is no breadcrumb: it stays.
    listed = extract(f"Bridge closed after cracks found\n{LEAD}\n- Cracks in two piers\n- Closed for a year\n"
                     f"- Cost of $4 million\n{MORE}")
    assert "- Cracks in two piers" in listed.paragraphs


def test_a_more_from_label_amid_running_text_is_dropped_and_the_text_goes_on():
    article = extract(f"Bridge closed\n\n{LEAD}\n\nMore From This Section\n\n{MORE}\n\n{LAST}")
    assert list(article.paragraphs) == [LEAD, MORE, LAST]
    # Under it, other stories that open with their own datelines: the article ended there.
    ended = extract(f"Bridge closed\n\n{LEAD}\n\n{MORE}\n\nMore from Politics\n\n"
                    "LONDON (Reuters) - Ministers met on Monday to agree a budget for the coming year, aides said.\n\n"
                    "PARIS (Reuters) - Unions called a strike for Thursday over the pension reform, they said.")
    assert list(ended.paragraphs) == [LEAD, MORE]


def test_syndicated_feed_and_ai_notes_are_furniture():
    for line in ("(Only the headline and picture of this report may have been reworked by the Daily staff; the rest "
                 "of the content is auto-generated from a syndicated feed.)",
                 "(This story has not been edited by Daily staff and is auto-generated from a syndicated feed.)",
                 "✨ durch KI bearbeitet, .", "Dieser Artikel wurde mit Hilfe von KI erstellt.",
                 "This article was generated with the help of AI.",
                 "Cet article a été rédigé avec l'aide de l'IA.", "Este texto fue generado con IA.",
                 "AIで生成しました。", "本文由AI生成", "이 기사는 AI가 작성했습니다."):
        assert is_page_furniture(line), line
    # Sentences about AI and about feeds are text.
    for line in ("The company said its AI was created in 2019 and has been edited since.",
                 "Der Text wurde von einem Anwalt bearbeitet, sagte die Richterin."):
        assert not is_page_furniture(line), line
    article = extract(f"Bridge closed\n\n{LEAD}\n\n{MORE}\n\n✨ durch KI bearbeitet, .")
    assert article.paragraphs[-1] == MORE


def test_link_labels_loading_and_live_labels_and_paywall_prompts_are_furniture():
    for line in ("Cargando...", "Loading…", "Wird geladen ...", "加载中", "En direct", "A suivre", "Eilmeldung", "속보",
                 "Hier geht es zur Abstimmung für das Team der Saison", "Alle Infos zu #SVWBVB im Matchcenter",
                 "Click Here for more Acme Charts.", "PUEDES VER: Gareca y las variantes que hará",
                 "Related: Ministers agree budget", "了解更多", "Learn more", "字体大小:", "Schriftgröße",
                 "订户", "订户专享 赠阅文章", "早报新添“赠阅文章”功能!凡早报VIP会员,每月可赠阅 5 篇订户专享文章。",
                 "订阅登录,以继续阅读全文!", "Subscribe to continue reading.", "Abonnez-vous pour lire la suite",
                 "LIKE我们的官方脸书网页以获取更多新信息"):
        assert is_page_furniture(line), line
    for line in ("Live music returned to the square on Saturday.",
                 "Hier geht es um die Frage, wer die Kosten der Reparatur trägt.",
                 "Readers who subscribe to continue reading the paper pay $5 a month, the publisher said in a "
                 "statement on Monday about the rise."):
        assert not is_page_furniture(line), line


def test_other_stories_under_a_section_label_at_the_foot_go():
    article = extract(f"Bridge closed\n\n{LEAD}\n\n{MORE}\n\nLocal News\n\n"
                      "¿Where will the new ferry run and when will the tickets go on sale?\n\n"
                      "Candidate for mayor? The councillor who wants to run the city next year - VIDEO")
    assert list(article.paragraphs) == [LEAD, MORE]
    # A subhead over the text's last paragraph stays: its paragraph ends a sentence.
    kept = extract(f"Bridge closed\n\n{LEAD}\n\nWhat next\n\n{MORE}\n\n{LAST}")
    assert "What next" in kept.paragraphs and kept.paragraphs[-1] == LAST


def test_credits_after_a_dash_with_copyright_signs_and_in_square_brackets():
    assert trailing_credit('Jane Doe: "We need one more win" - © © gettyimages / John Roe') == \
        ('Jane Doe: "We need one more win"', "gettyimages / John Roe")
    assert trailing_credit("The paper's offices in Saint-Ouen [John Roe / AFP/Archives]") == \
        ("The paper's offices in Saint-Ouen", "John Roe / AFP/Archives")
    # A dash before a name with no copyright sign is no credit; brackets without an agency are text.
    assert trailing_credit("The mayor spoke - John Roe") is None
    assert trailing_credit("The court heard the case [Union of India v. Najeeb]") is None
    # The alt text and caption run together with a space between: one caption printed twice.
    once = "The paper's offices in Saint-Ouen [John Roe / AFP/Archives]"
    assert doubled_caption(f"{once} {once}") == ("The paper's offices in Saint-Ouen", "John Roe / AFP/Archives")
    article = extract(f"Journalist fined for printing a sketch\n\n{once} {once}\n\n{LEAD}\n\n{MORE}")
    assert (article.image_caption, article.image_credit) == ("The paper's offices in Saint-Ouen",
                                                             "John Roe / AFP/Archives")
    assert article.paragraphs[0] == LEAD


def test_a_standfirst_over_a_lead_that_opens_with_its_dateline():
    deck = ("No disorder of mind or personality and no illness, the expert found: the judge on trial was fully "
            "answerable for what she did, he told the court on Tuesday.")
    article = extract(f"Judge on trial: prosecutor asks for four years\n\n{deck}\n\nLüdenscheid - {LEAD}\n\n{MORE}")
    assert article.summary == deck
    assert article.paragraphs[0].startswith("Lüdenscheid - ")
    # A short sentence there is as often a photo's caption that lost its credit: it stays in the text.
    short = extract(f"Judge on trial\n\nPolice officers search the scene.\n\nLüdenscheid - {LEAD}\n\n{MORE}")
    assert short.summary == ""
    assert short.paragraphs[0] == "Police officers search the scene."
    # Over a lead with no dateline, one sentence is the lead itself.
    plain = extract(f"Judge on trial: prosecutor asks for four years\n\n{deck}\n\n{LEAD}\n\n{MORE}")
    assert plain.summary == "" and plain.paragraphs[0] == deck


def test_a_deck_over_a_photos_caption_and_the_byline_under_it():
    deck = "The trial of one of the worst crimes in the city marked a year in which the virus slowed the courts"
    article = extract(f"The year in the courts\n\n{deck}\n\nFirst day of the trial without the jury in the room EFE\n\n"
                      f"Jane Doe\n\n{LEAD}\n\n{MORE}")
    assert article.summary == deck
    assert (article.image_caption, article.image_credit, article.author) == \
        ("First day of the trial without the jury in the room", "EFE", ("Jane Doe",))
    assert article.paragraphs[0] == LEAD
    # A finished paragraph over the photo is the lead, not a deck.
    finished = extract(f"The year in the courts\n\n{MORE}\n\n"
                       f"First day of the trial without the jury in the room EFE\n\nJane Doe\n\n{LEAD}")
    assert finished.summary == "" and finished.paragraphs[0] == MORE


def test_a_links_text_cut_off_at_a_dash_is_furniture():
    assert is_page_furniture("• El único acusado -")
    assert is_page_furniture("The only suspect –")
    assert not is_page_furniture("The only suspect - a man of 46 - was held.")


def test_a_file_pictures_label_before_the_copyright_sign_is_a_credit_line():
    from gazette.importer.rules.caption import credit_line

    assert credit_line("Symbolbild © Christian Muster/dpa") == "Christian Muster/dpa"
    assert credit_line("File photo © Jane Doe/AFP") == "Jane Doe/AFP"
    assert credit_line("Symbolbild für Gerichte") == ""


def test_a_caption_printed_twice_under_running_text_goes_out_of_the_body():
    article = extract(f"Bridge closed\n\n{LEAD}\n\n◇The old bridge at dusk\n◇The old bridge at dusk\n\n{MORE}")
    assert article.image_caption == "The old bridge at dusk"
    assert list(article.paragraphs) == [LEAD, MORE]
    credited = extract(f"Bridge closed\n\n{LEAD}\n\nThe old bridge at dusk (AP Photo/Jane Doe)\n"
                       f"The old bridge at dusk (AP Photo/Jane Doe)\n\n{MORE}")
    assert (credited.image_caption, credited.image_credit) == ("The old bridge at dusk", "AP Photo/Jane Doe")
    # A finished sentence printed twice is the text repeated, not a caption: one copy stays.
    repeated = extract(f"Bridge closed\n\n{LEAD}\n\n{MORE}\n{MORE}")
    assert repeated.image_caption == "" and MORE in repeated.paragraphs


def test_follow_prompts_update_notices_and_video_labels_are_furniture():
    for line in ("Keine Story von Der Tagesspiegel mehr verpassen.", "Never miss a story from The Daily",
                 "Der Liveticker wird ständig aktualisiert.", "This story will be updated.",
                 "This is a developing story and will be updated.", "Cet article sera mis à jour.",
                 "Esta noticia se irá actualizando.", "VIDEO: Booster-Ansturm auf mobile Impfzentren (2 Min)",
                 "Duración 00:09:13", "Dauer: 2:30"):
        assert is_page_furniture(line), line
    for line in ("Keine Meldung über Verletzte.", "The story was updated in 2019 by the council's staff.",
                 "Video: the council met on Monday to vote."):
        assert not is_page_furniture(line), line


WRAPPED = """Release: IMMEDIATE
ACME
REPORTS FIRST QUARTER RESULTS
Springfield, IL, November 12, 2008 – Acme
Widgets, Inc., a maker of small
parts for the car industry, today announced results for the quarter ended
September 30, 2008.
For the
quarter ended September 30, 2008, revenues were $1.6 million, down
from $1.8 million a year earlier. The
company reported net income of $25,000 for the first quarter, against
$242,000 a year earlier, as clients merged and
cut orders.
Operating costs fell by a tenth, the company said, because of the
move to a smaller office."""


def test_a_hard_wrapped_text_without_blank_lines_is_joined_back_into_paragraphs():
    article = extract(WRAPPED)
    assert article.title == "ACME REPORTS FIRST QUARTER RESULTS"
    assert article.paragraphs[0].startswith("Springfield, IL, November 12, 2008 – Acme Widgets, Inc., a maker")
    assert article.paragraphs[0].endswith("quarter ended September 30, 2008.")
    assert article.paragraphs[-1] == ("Operating costs fell by a tenth, the company said, because of the "
                                      "move to a smaller office.")
    # Short lines that each end a sentence or a heading (no wraps) stay apart.
    lines = [f"Line {n} of a list of points that each end here." for n in range(12)]
    assert len(extract("Points\n" + "\n".join(lines)).paragraphs) == 12


def test_a_description_and_a_deck_over_a_photos_caption_are_the_standfirst():
    description = "With only 12 days left in the session, there are 10 bills still at the first stage."
    deck = "With 10 bills yet to be debated and only 3 weeks left, some might not become law until fall"
    caption = "The spring session ends on May 31, 2018. (Jane Doe/CBC)"
    article = extract(f"Which bills will become law?\n\n{description}\n\n{deck}\n\n{caption}\n\n{LEAD}\n\n{MORE}")
    assert article.summary == description
    assert article.paragraphs[0] == LEAD
    # Without the deck, the sentence over the caption is the lead: it stays.
    plain = extract(f"Which bills will become law?\n\n{description}\n\n{MORE}\n\n{caption}\n\n{LEAD}")
    assert plain.paragraphs[0] == description


def test_a_link_label_glued_after_two_spaces_menu_toggles_and_translation_widgets():
    from gazette.importer.rules.furniture import strip_glued_tail

    assert strip_glued_tail("Bridge closed after cracks found  Voir?") == "Bridge closed after cracks found"
    assert strip_glued_tail("What is there to see? Voir?") == "What is there to see? Voir?"  # one space: words
    for line in ("Fermer Les composantes", "fermer Les comiques", "ENGLISH translation app left", "Translate this page",
                 "Traduire"):
        assert is_page_furniture(line), line
    assert not is_page_furniture("Fermer les écoles serait une erreur, dit le ministre.")


def test_another_pictures_copyright_line_inside_the_text_goes():
    caption = "The mayor and the winners of the prize. Photo: Jane Doe"
    article = extract(f"Prizes awarded\n\n{caption}\n\n{LEAD}\n\n© JOHN ROE 2024\n\n{MORE}\n\n{LAST}")
    assert article.image_credit == "Jane Doe"
    assert list(article.paragraphs) == [LEAD, MORE, LAST]
    # With no picture in the text, the line is not read as another picture's: it stays where it is.
    long_more = f"{MORE} {LAST} {MORE}"
    bare = extract(f"Prizes awarded\n\n{LEAD}\n\n© JOHN ROE 2024\n\n{long_more}\n\n{LAST}")
    assert "© JOHN ROE 2024" in bare.paragraphs


def test_search_results_login_prompts_and_logos_are_furniture_and_a_ticker_is_no_credit():
    for line in ("We could not find any results for:",
                 "Make sure your spelling is correct or try broadening your search.", "Keine Treffer für",
                 "It looks like you aren't logged in.",
                 "Click the button below to log in and view your recent history.", "ADVFN Logo ADVFN",
                 "Click Here for more Acme Corp... Charts."):
        assert is_page_furniture(line), line
    for line in ("The company unveiled a new logo for its centenary on Monday.",
                 "We could not find any evidence that the bridge was unsafe, the engineers wrote in their report."):
        assert not is_page_furniture(line), line
    assert trailing_credit("Lyxor Core Euro Governme... (BIT:CMTX)") is None
    assert trailing_credit("Police at the scene on Monday. (Yonhap)") == ("Police at the scene on Monday.", "Yonhap")


def test_a_page_copied_onto_one_line_splits_at_its_numeric_stamp():
    line = (f"Bridge closed after cracks found in two piers 2025/04/08 12:01 Enlarge {LEAD} {MORE} "
            "Read more Related")
    article = extract(line)
    assert article.title == "Bridge closed after cracks found in two piers"
    assert article.date == "2025-04-08T12:01:00"
    assert article.paragraphs == (f"{LEAD} {MORE}",)
    # A number that is no stamp inside a sentence leaves the line as it is.
    sentence = f"The council said 2025/04 figures were due on Monday. {LEAD}"
    assert extract(f"Bridge closed\n\n{sentence}").paragraphs == (sentence,)


def test_a_paywall_notice_under_the_text_ends_the_copy():
    article = extract(f"Bridge closed\n\n{LEAD}\n\n{MORE}…\n\nCet article est réservé aux abonnés. Il vous reste 55% à "
                      "découvrir.\n\nLe Figaro\n\nLa liberté c’est aussi d’aller à la fin d’un débat.\n\n"
                      "Continuez à lire votre article pour 0,99€ le premier mois")
    assert article.paragraphs[-1] == f"{MORE}…"
    # Over the text, a label that the article is for subscribers is furniture, and the text follows.
    labelled = extract(f"Bridge closed\n\nRéservé aux abonnés\n\n{LEAD}\n\n{MORE}")
    assert list(labelled.paragraphs) == [LEAD, MORE]
    for line in ("Publicidad AiPublicidad AiPublicidad Ai", "반응형", "Werbung"):
        assert is_page_furniture(line), line


def test_a_sites_tagline_and_a_market_footnote_are_furniture():
    for line in ("国内外約100の拠点を軸に、世界情勢から地域の話題まで、旬のニュースを的確に、いち早くお届けします。",
                 "最新ニュースをお届けします", "Bringing you the latest news from the valley", "*As of market close",
                 "*Data as of 4pm ET"):
        assert is_page_furniture(line), line
    for line in ("市は新しい情報を住民にお届けしますと説明したが、日程は決まっていない。",  # a sentence reporting it
                 "As of market close on Friday, the shares had lost a tenth of their value."):
        assert not is_page_furniture(line), line


def test_an_embedded_videos_platform_and_channel_credit_is_furniture():
    for line in ("유튜브, KFATV", "YouTube/Channel One", "유튜브 'KFATV' 캡처"):
        assert is_page_furniture(line), line
    for line in ("Facebook to cut 5,000 jobs in Europe", "YouTube, the video site, said on Monday it would act."):
        assert not is_page_furniture(line), line


def test_a_day_first_photo_caption_over_a_text_with_a_photographers_credit_at_its_foot():
    caption = "9月4日,珠海市一个村子受暴雨影响,积水严重。"
    lead = ("“暴雨像是用盆子从天上往下倒一样,一眨眼工夫,水漫到了我的床上。”"
            "在这个村子住了三四年的外来工说,4日的暴雨让他后怕不已。")
    more = ("台风余威肆虐,4日,珠三角多地遭暴雨和大暴雨袭击,珠海市出现了广东省的最大降雨量。"
            "十几天前,这个城市刚被台风重创。")
    article = extract(f"暴雨中遭水围困的群众是如何安全转移的?\n\n{caption}\n\n{lead}\n\n{more}\n\n新华社记者 张三 摄")
    assert (article.image_caption, article.image_credit) == (caption, "新华社记者 张三")
    assert list(article.paragraphs) == [lead, more]
    # Without the photographer's line, a first paragraph that opens with the day is the lead.
    plain = extract(f"暴雨中遭水围困的群众是如何安全转移的?\n\n{caption}\n\n{lead}\n\n{more}")
    assert plain.image_caption == "" and plain.paragraphs[0] == caption


def test_a_caption_that_lost_its_credit_over_a_dated_lead_is_no_standfirst():
    caption = ("Firefighters work to put out the blaze at the old warehouse by the river in the east of the city "
               "on Thursday, Jan. 9, 2025.")
    title = "Fire destroys the old warehouse by the river"
    article = extract(f"{title}\n\n{caption}\n\nSpringfield - {LEAD}\n\n{MORE}")
    assert article.title == title and article.summary == ""
    # The same paragraph without the picture's day is the standfirst.
    deck = caption.replace(" on Thursday, Jan. 9, 2025.", ", and the police are asking who started it.")
    assert extract(f"{title}\n\n{deck}\n\nSpringfield - {LEAD}\n\n{MORE}").summary == deck
