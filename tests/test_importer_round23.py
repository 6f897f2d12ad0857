"""Rules of the importer's round 23. Each was drawn from a form that recurs across outlets of several held-out
batches (17 to 27), not from one text; each is tested once on invented copy, with its look-alikes that must stay
as they are."""

from __future__ import annotations

from importer_copy import LAST, LEAD, MORE, STORY

from gazette.importer import extract

STANDFIRST = "Engineers found cracks in two of the piers, and the repairs are expected to take a year or more to finish"


def test_a_standfirst_over_the_credit_block_is_the_summary_whatever_labels_stand_between():
    for block in ("By Jane Doe\n\nMarch 3, 2021 - 2:33 PM",
                  "National News\n\nMarch 3, 2021 - 2:33 PM\n\nPhoto by Jane Doe",
                  "• Jane Doe\n\n• Posted 2021.03.03 14:33",
                  "image description\n\nBy Agencies\n\n2021-03-03 14:33:00"):
        article = extract(f"Bridge to close after cracks found\n\n{STANDFIRST}.\n\n{block}\n\n{STORY}")
        assert (article.summary, article.paragraphs[0]) == (f"{STANDFIRST}.", LEAD), block
        assert article.date.startswith("2021-03-03"), block


def test_a_line_over_the_credit_block_that_is_no_standfirst_stays_as_it_was():
    block = "National News\n\nMarch 3, 2021 - 2:33 PM"
    # A second headline in a headline's case, a caption (its photo's word), the headline printed again under a
    # breadcrumb glued to it.
    for head in ("Bridge to close after cracks found\n\nCracks Found In Two Piers Of The Old Bridge As Council "
                 "Votes To Close It",
                 "Le vieux pont fermé\n\nPhoto : un ingénieur inspecte une des piles du vieux pont après la "
                 "découverte des fissures (Photo d'illustration: J. Dupont / Le Journal).",
                 "Home > NewsBridge to close after cracks found in two piers -SiteName\n\nBridge to close after "
                 "cracks found in two piers"):
        article = extract(f"{head}\n\n{block}\n\n{STORY}")
        assert article.summary == "", head
    # A lead over credits printed at the text's foot is the text, not a standfirst, and the outlet's name there
    # no dateline.
    article = extract("Le vieux pont fermé après la découverte de fissures\n\nLe conseil a voté lundi la fermeture "
                      "du vieux pont après que des ingénieurs ont trouvé des fissures, a constaté un journaliste de "
                      "l'AFP.\n\nEUROPE RADIO\n\n23 novembre 2020 à 18h30 par AFP")
    assert (article.summary, article.dateline) == ("", "")
    assert article.paragraphs[0].startswith("Le conseil a voté lundi")
    # Running text between the line and the credits: the line is the text's first paragraph.
    article = extract(f"Bridge to close after cracks found\n\n{STANDFIRST}.\n\n{MORE}\n\n{block}\n\n{LAST}")
    assert article.summary == ""
    # Under a site's name taken for the headline (sharing no word with the text), the line may be the headline.
    article = extract("The Diocese of Des Moines\nPilgrimage takes Bishop to Church of the Holy Sepulcher\n"
                      "September 11, 2014\nWritten By: Anne Marie Cox\n\nToday, Bishop Richard Pates and the bishops "
                      "on pilgrimage with him will tour the Church of the Holy Sepulcher, the oldest in the city.")
    assert article.summary == ""


def test_a_mastheads_name_alone_in_the_head_names_the_source_in_any_script():
    for masthead in ("Gulf Courier", "The Associated Press", "LE MATIN", "El Telégrafo", "Nordkurier", "TheTrucker.com",
                     "세계일보", "日刊スポーツ", "読売新聞オンライン", "목포MBC"):
        for copy in (f"{masthead}\n\nBridge to close after cracks found\n\n{STORY}",
                     f"Bridge to close after cracks found\n\n{masthead}\n\n{STORY}"):
            article = extract(copy)
            assert (article.title, article.source) == ("Bridge to close after cracks found", masthead), copy
            assert masthead not in article.paragraphs
    # At the lowest rank: any credit the copy prints names the source first.
    article = extract(f"Gulf Courier\n\nBridge to close after cracks found\n\nBy Jane Doe, Reuters\n\n{STORY}")
    assert article.source == "Reuters"


def test_a_sections_a_buttons_or_a_reports_label_alone_in_the_head_is_no_masthead():
    # (`Journal`, `Infos`, `News` name programmes and sections as often as mastheads: no such name counts alone.)
    for label in ("All Weather News", "NewsNational News", "World News", "Más Noticias", "LIVE TV App", "Reuters Staff",
                  "LE JOURNAL DE L’AFRIQUE", "Sahel Infos", "España",
                  "ニュース速報", "広域のニュース", "语音播报"):
        for copy in (f"{label}\n\nBridge to close after cracks found\n\n{STORY}",
                     f"Bridge to close after cracks found\n\n{label}\n\n{STORY}"):
            assert extract(copy).source == "", copy
    # A button glued to an outlet's name leaves the name only (its own rule, rules.source.glued_masthead).
    assert extract(f"ABC News Share\n\nBridge to close after cracks found\n\n{STORY}").source == "ABC News"


JA_LEAD = "3日午前10時半頃、静岡県熱海市で大規模な土石流が発生した。市によると、多数の住宅が流された。"
JA_MORE = "静岡県などによると、土石流は熱海駅から北に約1.5キロ離れた傾斜地で発生した。"


def test_japanese_captions_closed_by_their_photographers_credit_are_no_text():
    for first, other in (("土砂にのみ込まれた現場(3日午後5時33分、熱海市で)=川口正峰撮影",
                          "倒壊した家屋(3日午後4時4分、熱海市で)=飯島啓太撮影"),
                         ("祝勝会でシャンパンをかけられる監督(撮影・山田太郎)",
                          "祝勝会で乾杯する選手たち(撮影・山田太郎)")):
        article = extract(f"熱海で土石流、20人不明\n\n{first}\n{first}\n\n{JA_LEAD}\n\n{JA_MORE}\n\n{other}")
        assert article.image_caption == first.split("=")[0].split("(撮影")[0], first
        assert article.paragraphs[-1] == JA_MORE and all("撮影" not in p for p in article.paragraphs), first
    # A sentence that says who took a picture is text.
    line = "この写真は、現場に駆けつけた市民の山田太郎さんが撮影した。"
    assert extract(f"熱海で土石流、20人不明\n\n{JA_LEAD}\n\n{line}").paragraphs[-1] == line


KO_STORY = ("시의회는 월요일 교각 두 곳에서 균열이 발견된 낡은 다리의 차량 통행을 금지하기로 의결했다.\n\n"
            "보수 공사는 1년가량 걸릴 것으로 예상된다.")


def test_a_korean_papers_notice_under_its_article_names_it_in_every_form():
    for notice, holder in (("[ⓒ 한빛투데이. 무단전재-재배포 금지]", "한빛투데이"),
                           ("ⓒ 한빛스포츠 / 무단전재 및 재배포 금지", "한빛스포츠"),
                           ("저작권자 © 펜앤드마이크 무단전재 및 재배포 금지", "펜앤드마이크"),
                           ("Copyright ⓒ HBN. All rights reserved. 무단 전재 및 재배포 금지", "HBN")):
        article = extract(f"낡은 다리 통행 금지\n\n2024.03.04 10:00\n\n{KO_STORY}\n\n{notice}")
        assert article.source == holder, notice
    # A notice without its ban on copying, or a person's name in one, names no outlet.
    for notice in ("ⓒ 한빛투데이", "저작권자 © 김민수 John 무단전재 및 재배포 금지"):
        assert extract(f"낡은 다리 통행 금지\n\n2024.03.04 10:00\n\n{KO_STORY}\n\n{notice}").source == "", notice


ZH_STORY = "市政府4日宣布,由于工程师在两座桥墩上发现裂缝,江城大桥即日起禁止车辆通行。\n\n维修预计需要一年时间。"


def test_a_chinese_source_label_glued_to_the_date_or_to_the_next_label_names_the_outlet():
    for line, outlet in (("2019-06-10 08:47:09来源:新华网编辑:王了", "新华网"),
                         ("2015-05-23 10:17 來(lái)源:中國(guó)地震臺(tái)網(wǎng)", "中國地震臺網"),
                         ("|  LCF 发布于 2015-10-25  | 新闻来源:AFP", "AFP")):
        article = extract(f"江城大桥今起禁止车辆通行\n\n{line}\n\n{ZH_STORY}")
        assert article.source == outlet, line
    # A copying site's "this site's original" names none.
    assert extract(f"江城大桥今起禁止车辆通行\n\n2019-06-10 08:47:09来源:本站原创\n\n{ZH_STORY}").source == ""
