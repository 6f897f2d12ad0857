"""Rules of the importer's round 15, drawn from held-out batch 14: each rule once, on invented copy,
with its look-alike that must stay as it is."""

from __future__ import annotations

import pytest

from importer_copy import LAST, LEAD, MORE

from gazette.importer import extract
from gazette.importer.rules import caption as cap

ZH_PHOTO = ("立夏以来,全省夏粮小麦自南向北陆续成熟收获。记者从农业部门了解到,收获进度已达九成。"
            "图为6月18日,在某县某乡的麦田,农户驾驶收割机作业。")
ZH_LEAD = "新华社北京6月18日电 记者从农业部门了解到,今年夏粮收获进度已达九成,各地抢收抢种进展顺利。"
ZH_MORE = "据介绍,今年夏粮播种面积稳中有增,单产水平有望提高,各地农机作业保持较快进度。"
ZH_LAST = "农业部门表示,将继续做好夏收夏种各项工作,确保颗粒归仓。"


def test_a_zoom_prompt_and_a_photo_credit_over_a_caption_are_no_headline_and_no_byline():
    article = extract(f"click to enlarge PHOTO BY JANE ROE\n\nOne of the city's new electric buses.\n\n"
                      f"{LEAD}\n\n{MORE}\n\n{LAST}")
    assert article.title == ""
    assert article.author == ()
    assert article.image_credit == "JANE ROE"
    assert article.image_caption == "One of the city's new electric buses."
    assert article.paragraphs[0] == LEAD
    assert cap.credit_line("Photo by Jane Roe") == "Jane Roe"
    # A lead as long as the text under it, under the same credit, stays the lead.
    kept = extract(f"PHOTO BY JANE ROE\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert kept.paragraphs[0] == LEAD and kept.image_caption == ""


def test_the_zoom_prompt_alone_is_furniture():
    article = extract(f"{LEAD}\n\nclick to enlarge\n\n{MORE}\n\n{LAST}")
    assert "click to enlarge" not in article.paragraphs
    # A sentence that asks readers to click is text.
    asked = "Readers can click to enlarge the map on the council's website, which shows every closed road."
    assert asked in extract(f"{LEAD}\n\n{asked}\n\n{MORE}").paragraphs


def test_an_agencys_issue_line_under_a_photo_item_names_its_source_and_is_no_headline():
    article = extract(f"{ZH_PHOTO}\n新华社发 张三丰 摄", site_language="zh")
    assert article.title == ""
    assert article.source == "新华社"
    assert list(article.paragraphs) == [ZH_PHOTO]
    assert cap.credit_line("新華社發(高建中 攝)") == "新華社/高建中"
    # Under a text of several paragraphs it credits a picture only, not the text.
    story = extract(f"{ZH_LEAD}\n\n{ZH_MORE}\n\n{ZH_LAST}\n\n新华社发 张三丰 摄", site_language="zh")
    assert story.source != "新华社" or "新华社北京" in ZH_LEAD  # (the dateline names it, not the credit)
    plain = extract(f"{ZH_MORE}\n\n{ZH_LAST}\n\n新华社发 张三丰 摄", site_language="zh")
    assert plain.source == ""


@pytest.mark.usefixtures("rules_alone")
def test_what_stands_above_a_labelled_breadcrumb_is_the_pages_title_bar_not_the_headline():
    head = "科学与健康丨探天探海探未来!这些进展值得期待"
    text = (f"关键词一-关键词二-关键词三-关键词四\n\n當前位置 : 首頁 > 行業新聞 > 綜合信息\n\n{head}\n\n"
            f"{ZH_LEAD}\n\n{ZH_MORE}\n\n{ZH_LAST}")
    article = extract(text, site_language="zh")
    assert article.title == head
    assert article.summary == ""
    # A finished sentence above the breadcrumb is text: nothing above it is dropped for it.
    kept = extract(f"{ZH_MORE}\n\n當前位置 : 首頁 > 行業新聞\n\n{ZH_LEAD}\n\n{ZH_LAST}", site_language="zh")
    assert any(ZH_MORE in p for p in kept.paragraphs)


def test_an_agencys_name_after_a_dash_under_the_text_is_its_source():
    article = extract(f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n--Associated Press")
    assert article.source == "Associated Press"
    assert "--Associated Press" not in article.paragraphs
    # A person's name after a dash is no agency: no source from it.
    signed = extract(f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n--Jane Roe")
    assert signed.source == ""


def test_an_agencys_closing_tag_with_its_desks_initials_names_the_source():
    last = ("Die Aktie verlor im nachbörslichen Handel 4,62 Prozent auf 9,09 Dollar. Der Ausblick war hinter den "
            "Erwartungen zurückgeblieben. Im regulären Handel hatte das Papier zuvor 2,36 Prozent verloren.")
    lead = ("Wie das Unternehmen am Donnerstag nach Handelsschluss mitteilte, stieg der Gewinn im "
            "abgelaufenen Quartal deutlich.")
    more = "Der Umsatz ging dagegen von 290,1 auf 274,4 Millionen Dollar zurück, wie es weiter hieß."
    article = extract(f"{lead}\n\n{more}\n\n{last} (awp/mc/ab)")
    assert article.source == "awp"
    assert article.paragraphs[-1] == last
    # Initials after slashes that name no agency first name no source.
    kept = extract(f"{lead}\n\n{more}\n\n{last} (red/mc/ab)")
    assert kept.source == ""


def test_the_slash_that_parts_a_credit_from_its_caption_is_no_part_of_the_credit():
    pair = cap.trailing_credit("서퍼들이 해수욕장에서 서핑을 즐기고 있다. /연합뉴스=고성군청 제공")
    assert pair and pair[1] == "연합뉴스=고성군청 제공"
    # A slash inside the credit stays: `AP Photo/Jane Roe`.
    inside = cap.trailing_credit("Firefighters work at the scene on Monday. (AP Photo/Jane Roe)")
    assert inside and inside[1] == "AP Photo/Jane Roe"


def test_a_read_also_label_left_alone_amid_the_text_is_furniture():
    article = extract(f"{LEAD}\n\nRead also:\n\n{MORE}\n\n{LAST}")
    assert "Read also:" not in article.paragraphs
    # A sentence that tells the reader to read on is text.
    told = "Read also the council's report, which lists every bridge the city means to repair next year."
    assert told in extract(f"{LEAD}\n\n{told}\n\n{MORE}").paragraphs


def test_an_invitation_to_the_outlets_messaging_channel_is_furniture():
    pitch = "Únete a nuestro canal ¡EL DIARIO ya está en Whatsapp!, entérate de las noticias más relevantes del día."
    article = extract(f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n{pitch}")
    assert pitch not in article.paragraphs and article.paragraphs[-1] == LAST
    # A sentence of the text about a channel on the app does not open with the call: it stays.
    news = "The mayor launched a WhatsApp channel on Monday to share road closures with residents, officials said."
    assert news in extract(f"{LEAD}\n\n{news}\n\n{MORE}").paragraphs


def test_a_japanese_pointer_to_a_link_with_a_polite_request_is_furniture():
    lead = "JA管内の結城市は県を代表するレタス産地の一つです。出荷は5月下旬まで続く見込みです。"
    more = "同部は生産者105人が約90㌶で春レタスを栽培しています。販売金額5億円を目指します。"
    prompt = "ご感想ご意見等のお問い合わせはこちらからお願い致します。"
    article = extract(f"{lead}\n\n{more}\n\n{prompt}", site_language="ja")
    assert prompt not in article.paragraphs
    # `こちらから` inside a sentence of the text is no pointer.
    seen = "こちらから見ると、畑一面にレタスが広がっているのが分かります。"
    assert seen in extract(f"{lead}\n\n{seen}\n\n{more}", site_language="ja").paragraphs


def test_a_line_marked_with_a_filled_triangle_amid_korean_text_is_a_caption():
    lead = "포스텍이 최근 교육과학기술부가 발표한 우수연구 성과 100선 최다 선정 기관의 영예를 안았다."
    more = "이영숙 교수팀은 열악한 환경에서 식물이 잘 견딜 수 있도록 하는 식물 호르몬 수송체를 발견했다."
    last = "포스텍은 개별 기관으로는 가장 많은 연구팀이 명단에 이름을 올렸다고 15일 밝혔다."
    article = extract(f"포스텍, 우수연구 성과 100선 최다 선정\n\n{lead}\n\n{last}\n\n▲왼쪽부터 이영숙·이진원 교수.\n\n"
                      f"{more}\n\n{last}", site_language="ko")
    assert article.image_caption == "왼쪽부터 이영숙·이진원 교수."
    assert "▲왼쪽부터 이영숙·이진원 교수." not in article.paragraphs
    # A list marked so (two items, one a paragraph) stays in the text.
    listed = extract(f"포스텍, 우수연구 성과 100선 최다 선정\n\n{lead}\n\n{last}\n\n▲기계 18건\n\n▲생명 26건\n\n{more}",
                     site_language="ko")
    assert "▲기계 18건" in listed.paragraphs and listed.image_caption == ""


def test_a_korean_captions_credit_labelled_in_brackets_is_its_credit():
    pair = cap.trailing_credit("우수성과 100선이 선정됐다.[이미지= 과학기술정보통신부]")
    assert pair == ("우수성과 100선이 선정됐다.", "과학기술정보통신부")
    walk = "시민들이 공원을 걷고 있다."
    assert cap.trailing_credit(f"{walk}[사진=연합뉴스]") == (walk, "연합뉴스")
    # A bracket of the text's own after a sentence names no credit: `[관련기사]` has no `=`.
    assert cap.trailing_credit("우수성과 100선이 선정됐다.[관련기사 보기]") is None


def test_a_pictures_file_name_without_its_extension_amid_the_text_is_furniture():
    article = extract(f"{LEAD}\n\nvigilance-meteo-france\n\n{MORE}\n\n{LAST}")
    assert "vigilance-meteo-france" not in article.paragraphs
    # A name in capitals or with spaces is no upload's name: `COVID-19-Lage` stays a line of the copy.
    kept = extract(f"{LEAD}\n\nCOVID-19-Lage-Bericht\n\n{MORE}\n\n{LAST}")
    assert "COVID-19-Lage-Bericht" in kept.paragraphs
    # Nor is a compound with short words: `state-of-the-art` (round 14's look-alike).
    from gazette.importer.rules.furniture import is_page_furniture
    assert is_page_furniture("vigilance-meteo-france") and not is_page_furniture("state-of-the-art")


def test_statements_listed_right_under_the_headline_over_the_text_are_its_key_points():
    head = "Drought cuts harvests and threatens to push food prices up again"
    points = ("• The government warns that the drought may push up the prices of food again\n\n"
              "• Farmers plant fewer melons this spring to limit their losses from the dry weather")
    article = extract(f"{head}\n\n{points}\n\n{LEAD} {MORE}\n\n{LAST}")
    assert article.title == head
    assert article.paragraphs[0].startswith(LEAD)
    # Finished sentences listed there (a list the text opens with) stay in the text.
    steps = ("• The bridge closes to all traffic on Monday at noon.\n\n"
             "• Buses will run on the ring road until the repairs are done.")
    listed = extract(f"{head}\n\n{steps}\n\n{LEAD} {MORE}\n\n{LAST}")
    assert not listed.paragraphs[0].startswith(LEAD)


def test_a_recommended_stories_heading_a_print_pages_label_and_a_newsletters_pitch_are_the_pages():
    from gazette.importer.rules.furniture import is_page_furniture

    assert is_page_furniture("掲載紙面(PDF):") and not is_page_furniture("掲載紙面は3面です。")
    pitch = ("Pour ne rien rater de l'actualité scientifique et tout savoir sur nos efforts pour lutter contre "
             "la désinformation!")
    assert is_page_furniture(pitch) and is_page_furniture("Never miss a story from our newsroom!")
    # The look-alike: a sentence of the story that says the same words, about someone else.
    assert not is_page_furniture("Pour ne rien rater du match, le club a installé un écran géant devant la mairie.")
    lead = "農水省の調査で、JA系統出荷の事前契約率が9割近くとなり、取り組みが進んでいることが分かった。"
    more = "米の需給緩和の局面では、安定取引につながると期待される。"
    other = "ホクレンがJA宮崎経済連と連携して開発した冷凍食品が好評だ。"
    article = extract(f"米の事前契約率9割に\n\n2020年12月27日\n\n{lead}\n\n{more}"
                      f"\n\nおすすめ記事\n\n冷食販路拡大に注力\n\n{other}")
    assert article.paragraphs == (lead, more)


def test_a_spam_line_of_free_video_keywords_is_no_headline():
    from gazette.importer.rules.furniture import spam_keywords

    spam = ("91免费观看视频_91精品视频在线看_国产深夜福利在线观看_999视频精品_"
            "好舒服小雪快深点视频_中文字幕一精品亚洲无线一区")
    assert spam_keywords(spam)
    # The look-alikes: a site's menu that names its videos, and a headline about a free video service.
    assert not spam_keywords("首页|视频|直播|免费课程|新闻")
    assert not spam_keywords("市图书馆推出免费视频课程，市民可在线观看")
