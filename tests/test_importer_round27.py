"""Rules of the importer's round 27, written from what news pages print, not from the corpus: the notices with which a
page says where its story came from (rules.attribution), a logo's alternative text, a wire's dateline in the forms the
agencies' clients print, and an agency's signature behind the last sentence. Two rules found while measuring them: a
picture's caption that says it is an illustration, and a blog's next post's day. Each is tested on invented copy,
with its look-alikes that must stay as they are."""

from __future__ import annotations

import pytest
from importer_copy import LAST, LEAD, STORY

from gazette.importer import extract
from gazette.importer.rules.attribution import agency_with, attribution
from gazette.importer.rules.dateline import read_dateline
from gazette.importer.rules.outlets import logo_name

HEADLINE = "Bridge to close after cracks found in two piers"


@pytest.mark.parametrize("line, outlet, day", [
    ("This story was originally published by ProPublica.", "ProPublica", ""),
    ("This report by The Canadian Press was first published June 8, 2023.", "The Canadian Press", "June 8, 2023"),
    ("Originally published on The Conversation.", "The Conversation", ""),
    ("With files from The Canadian Press", "The Canadian Press", ""),
    ("Article original publié sur BFMTV.com", "BFMTV.com", ""),
    ("Cet article a été initialement publié dans Le Monde.", "Le Monde", ""),
    ("Dieser Artikel erschien zuerst bei Zeit Online.", "Zeit Online", ""),
    ("Mit Material von dpa", "dpa", ""),
    ("Con información de El Financiero", "El Financiero", ""),
    ("Con información: El diario.es", "El diario.es", ""),
    ("Publicado originalmente en El País el 3 de mayo de 2021.", "El País", "3 de mayo de 2021"),
    ("덧붙이는 글 이 기사는 완도신문에도 실렸습니다.", "완도신문", ""),
    ("この記事は東洋経済オンラインから転載しています。", "東洋経済オンライン", ""),
    ("本文转载自澎湃新闻", "澎湃新闻", ""),
    ("稿源:人民网", "人民网", ""),
    ("This article is republished from The Conversation under a Creative Commons license. Read the original article.",
     "The Conversation", ""),
    ("This story was originally published by The Texas Tribune and is republished here with permission.",
     "The Texas Tribune", ""),
    ("(With files from Reuters)", "Reuters", ""),
    ("Originally published on The Conversation (CC BY-ND)", "The Conversation", ""),  # a licence's tail aside
    ("Originally published by the Associated Press.", "Associated Press", ""),  # the article aside
    ("Originally published on 20 Minutes", "20 Minutes", ""),  # a name may open with a figure
    ("Con información de El Universal y agencias", "El Universal", ""),  # an outlet and the agencies it used
    ("本文来自微信公众号：新华社", "新华社", ""),
    ("この記事は東洋経済オンラインの提供です", "東洋経済オンライン", ""),
])
def test_an_attribution_notice_names_the_outlet_the_story_is_credited_to(line, outlet, day):
    assert attribution(line) == (outlet, day)


@pytest.mark.parametrize("line", [
    "With information from police.",  # no outlet: people, authorities, the staff
    "Con información de la policía local",
    "The report was first published by the council in March.",  # a sentence of the text, no name after its words
    "The report was first published by the council in March, officials said.",
    "Mit Material von unserer Redaktion",
    "Originally published on our website",
    "Originally published on 1 June 2020.",  # a day, a weekday, a decade is no outlet
    "Originally posted on 06/01/2020",
    "Originally appeared on Monday",
    "First published in the 1950s by Penguin Books",
    "With reporting from John Smith.",  # reporting is credited to people
    "Con información de Reuters y AFP",  # two outlets: which one?
    "Mit Material von dpa und AFP",
    "来自中国",  # "from China": a sentence's opening, not a notice
    "来自北京的消息称",
    "Tomada de Internet",  # a picture's credit
])
def test_words_like_a_notice_that_name_no_outlet_name_none(line):
    assert attribution(line) == ("", "")


def test_an_outlet_that_wrote_the_story_with_an_agency_names_the_agency():
    assert agency_with("Orange avec AFP, publié le dimanche 29 avril 2018 à 11h44") == "AFP"
    assert agency_with("jop avec ats") == "ats"
    assert agency_with("Avec AFP") == "AFP"
    # Not an agency's name, or a sentence of the text that speaks with one.
    assert agency_with("Café avec Marie") == ""
    assert agency_with("Er sprach mit AP-Reportern über den Vorfall und die Folgen für die ganze Region.") == ""
    # Headlines and links that speak with an agency: no credit.
    for line in ("Trump sits down with Reuters", "Interview with AFP", "Zelensky: talks with Reuters",
                 "Un café avec AP", "Biden meets with AP editors"):
        assert agency_with(line) == "", line


def test_a_notice_at_the_foot_gives_the_source_and_leaves_the_text():
    article = extract(f"{HEADLINE}\n\n{STORY}\n\nArticle original publié sur BFMTV.com")
    assert (article.source, article.paragraphs[-1]) == ("BFMTV.com", LAST)
    article = extract(f"{HEADLINE}\n\n{STORY}\n\nCon información de El Financiero.")
    assert (article.source, article.paragraphs[-1]) == ("El Financiero", LAST)
    # A byline line with its agency over the text: the agency, when nothing surer names the source.
    article = extract(f"{HEADLINE}\n\nLa rédaction avec AFP - 18 juil. 2024 à 18:20\n\n{STORY}")
    assert article.source == "AFP"
    # A sentence of the text speaking of a first publication names none.
    said = "The study was first published by researchers in Oslo, the university said on Monday."
    assert extract(f"{HEADLINE}\n\n{STORY}\n\n{said}").source == ""


@pytest.mark.parametrize("line, name", [
    ("NPR logo", "NPR"), ("澎湃Logo", "澎湃"), ("Logo Der Standard", "Der Standard"),
    ("Journal de Montréal logo", "Journal de Montréal"),
    ("Facebook logo", ""), ("Google News logo", ""), ("Click here for our logo", ""), ("logo", ""),
    ("Channel 8 logo", ""),  # a figure: a channel's number, a size
    ("The Daily logo", "The Daily"), ("The logo", ""),
    # The site's frame and the logo's own variants, and the platforms' and stores' logos.
    ("Menu Logo", ""), ("Home Logo", ""), ("Logo Image", ""), ("Dark Logo", ""), ("SVG Logo", ""), ("A Logo", ""),
    ("Apple Podcasts logo", ""), ("Tumblr logo", ""), ("Vimeo logo", ""),
])
def test_a_logos_alternative_text_names_the_site(line, name):
    assert logo_name(line) == name


def test_a_logo_line_gives_the_source_only_when_nothing_surer_does():
    assert extract(f"NPR logo\n\n{HEADLINE}\n\n{STORY}").source == "NPR"
    assert extract(f"NPR logo\n\n{HEADLINE}\n\nWASHINGTON (AP) — {STORY}").source == "AP"
    assert extract(f"Facebook logo\n\n{HEADLINE}\n\n{STORY}").source == ""


@pytest.mark.parametrize("lead, place, agency", [
    ("Fuensalida (Toledo), 17 sep (EFE).- Los príncipes han llegado a la localidad.", "Fuensalida", "EFE"),
    ("SHANGHAI, (Reuters) – About 100 people could have died in the quake.", "SHANGHAI", "Reuters"),
    ("México, 6 sep (PL) El Servicio Sismológico Nacional reportó hoy un sismo.", "México", "PL"),
    ("Lima, 3 mar (EFE) La Policía detuvo a dos hombres.", "Lima", "EFE"),
    ("Lima, 3 de marzo (EFE) La Policía detuvo a dos hombres.", "Lima", "EFE"),
])
def test_a_wires_dateline_in_its_clients_forms(lead, place, agency):
    assert read_dateline(lead) == (place, agency)


@pytest.mark.parametrize("lead", [
    "México, 6 sep (2021) El Servicio reportó hoy un sismo.",  # a year in brackets: no agency
    "Lima, la capital (Perú) El Servicio reportó hoy un sismo.",  # no day and month before the brackets
    "El presidente (PRI) dijo hoy que la ley saldrá.",  # a party's tag amid a sentence
    "Juan Pérez, 45 años (PRI) Dijo que la ley saldrá.",  # a party's, a label's, a caption's brackets: no agency
    "Lima, 3 mar (Actualizado) La Policía detuvo a dos hombres.",
    "Sánchez (PSOE), (en la imagen) – dijo hoy que la ley saldrá.",
])
def test_look_alikes_of_a_run_in_wire_dateline_are_none(lead):
    assert read_dateline(lead)[1] == ""


def test_an_agencys_signature_behind_the_last_sentence_gives_the_source():
    signed = f"{LAST[:-1]}. EFE"
    article = extract(f"{HEADLINE}\n\n{LEAD}\n\n{signed}\n\nNo hay comentarios:\n\nPublicar un comentario")
    assert (article.source, article.paragraphs[-1]) == ("EFE", LAST)
    # A word that is no agency's stays: `… Thanks Bob`; and higher up, a sentence and an agency is a caption.
    assert extract(f"{HEADLINE}\n\n{LEAD}\n\n{LAST} Thanks Bob").source == ""
    caption = "Rescuers search the snow under the pass on Sunday afternoon. AFP"
    article = extract(f"{HEADLINE}\n\n{caption}\n\n{STORY}")
    assert caption not in article.paragraphs
    # At the foot too, an agency that does not sign its copy so is a picture's credit; a question's answer is text.
    assert extract(f"{HEADLINE}\n\n{STORY}\n\nFirefighters work at the scene in Lyon on Monday. AFP").source == ""
    article = extract(f"{HEADLINE}\n\n{LEAD}\n\nWhich outlet first reported the cracks? Bloomberg.")
    assert (article.source, article.paragraphs[-1]) == ("", "Which outlet first reported the cracks? Bloomberg.")


def test_a_caption_that_says_its_picture_is_an_illustration_is_no_standfirst():
    for caption in ("Un orage à Bordeaux le 18 juillet 2017 (illustration).",
                    "Un orage à Bordeaux le 18 juillet 2017 (illustation).",  # as pages misspell it
                    "Un gendarme sur une route, image d'illustration"):
        article = extract(f"{HEADLINE}\n\n{HEADLINE}\n{caption}\n\n{STORY}")
        assert article.summary == "", caption
        assert caption not in article.paragraphs
    # A sentence that ends with the word is text.
    said = "Le musée a présenté lundi sa dernière acquisition, une illustration."
    assert extract(f"{HEADLINE}\n\n{said}\n\n{STORY}").paragraphs[0] == said


def test_a_blogs_next_post_day_is_not_the_storys():
    blog = (f"martes, 18 de septiembre de 2012\n\n{HEADLINE}\n\n{STORY}\n\nmiércoles, 12 de septiembre de 2012\n\n"
            "Comienzan a publicar noticias de plazas\n\nLa presidenta ha anunciado hoy la decisión del Gobierno.")
    assert extract(blog).date == "2012-09-18"
    # Under the headline, a day in another form is the story's.
    dated = f"martes, 18 de septiembre de 2012\n\n{HEADLINE}\n\n12.09.2012\n\n{STORY}"
    assert extract(dated).date == "2012-09-12"


def test_a_caption_with_its_credit_glued_in_brackets_is_no_standfirst():
    caption = "Northbound lanes were closed for hours while crews cleared the wreckage"
    article = extract(f"{HEADLINE}\n\n{caption}(Springfield Fire Department)\nBy Jane Doe\n"
                      f"Published: Nov. 15, 2022 at 11:41 AM CST\n\n{STORY}")
    assert (article.image_caption, article.image_credit, article.summary) == (
        caption, "Springfield Fire Department", "")
    # A Taiwanese caption taken from a screen or a source, its credit in brackets.
    caption = "輕度颱風 米克拉(國際命名 MEKKHALA )海上陸上颱風警報"
    article = extract(f"颱風米克拉增強 全台停班課一覽\n\n{caption}(翻攝自中央氣象局)\n\n"
                      "今年第6號颱風「米克拉」增強,根據中央氣象局最新資料顯示,"
                      "今晚到明日是颱風最接近台灣的時候。\n\n"
                      "目前全台灣已有縣市陸續宣布停班、停課,民眾請留意最新消息。")
    assert (article.image_caption, article.image_credit) == (caption, "翻攝自中央氣象局")
    # A headline or a standfirst with a rubric's or a source's one word glued in brackets stays what it is.
    for title in ("Council backs the new plan (UPDATED)", "Cases rise again across the state COVID-19(Update)",
                  "Council backs the proposed budget plan(Opinion)"):
        assert extract(f"{title}\n\n{STORY}").title == title
    for deck in ("The city will shut the bridge for six months while engineers repair it(Updated)",
                 "Unemployment fell to its lowest level since records began(BLS)"):
        article = extract(f"{HEADLINE}\n\n{deck}\n\n{STORY}")
        assert (article.summary, article.image_caption) == (deck, ""), deck


EPOCH_LEAD = ("【新唐人北京时间2021年08月09日讯】8月9日上午,G42沪蓉高速广安市境内发生车祸,"
              "一辆大客车侧翻,导致至少3人死亡、20人受伤。")
EPOCH_MORE = "当日上午10时15分许,高速公路五支队五大队发通报称,事故原因正在调查中,伤者已被送往医院救治。"
MIRROR = "本文网址: //www.example.com/gb/2021/08/09/a1.html"


@pytest.mark.usefixtures("rules_alone")  # (the rule itself: the learned source reads `新华网` in the last credit)
def test_the_epoch_times_and_ntds_bracketed_credit_gives_the_outlet_and_the_day():
    # (a mirror's address under the credit, a day in its path: the credit is no headline over a date line)
    article = extract(f"{EPOCH_LEAD}\n{EPOCH_MORE}\n(记者李劲风报导/责任编辑:李泉)\n{MIRROR}")
    assert (article.source, article.date, article.author, article.title) == ("新唐人", "2021-08-09", ("李劲风",), "")
    assert extract(f"【新唐人亞太台 2020 年 08 月 10 日訊】{EPOCH_MORE}\n{EPOCH_MORE}").source == "新唐人亞太台"
    # A place's credit names no outlet; an outlet's without a year gives no day.
    article = extract(f"【北京10月15日讯】{EPOCH_MORE}\n{EPOCH_MORE}")
    assert (article.source, article.date) == ("", "")
    article = extract(f"【大纪元10月15日讯】{EPOCH_MORE}\n{EPOCH_MORE}")
    assert (article.source, article.date) == ("大纪元", "")
    # A time zone, or an outlet run into a place, is no outlet's name.
    for credit in ("【北京时间2021年08月09日讯】", "【台北時間2021年08月09日訊】", "【新华网北京2021年8月9日讯】"):
        assert extract(f"{credit}{EPOCH_MORE}\n{EPOCH_MORE}").source == "", credit
    # `综合报导` ("combined reports") names no reporter; the Epoch Times' own credit names its reporter.
    assert extract(f"{EPOCH_LEAD}\n{EPOCH_MORE}\n(记者综合报导/责任编辑:李泉)").author == ()
    assert extract(f"{EPOCH_LEAD}\n{EPOCH_MORE}\n（大紀元記者李平綜合報導／責任編輯：林妍）").author == ("李平",)


def test_a_platform_is_never_the_source_and_a_link_is_never_a_credit():
    article = extract(f"{HEADLINE}\n날짜:2020-05-27 출처:youtube\n\n{STORY}")
    assert article.source == ""
    article = extract(f"{HEADLINE}\n\n{STORY}\n\n{MIRROR}")
    assert article.source == ""
    # Outlets that share a platform's or a service's name stay outlets.
    for name in ("Telegram.com", "Band", "Line", "Mail"):
        assert extract(f"{HEADLINE}\nSource: {name}\n\n{STORY}").source == name, name


@pytest.mark.usefixtures("rules_alone")  # (the rules' own reading: the learned source may name one, to check)
def test_a_menu_of_outlets_names_none_of_them():
    menu = "\n".join(("Le Monde", "La Croix", "Le Figaro", "La Voix du Nord", "Le Courrier Cauchois"))
    assert extract(f"{menu}\n\nTrois morts en l'espace de huit heures\n\n{STORY}").source == ""
    assert extract(f"Le Courrier Cauchois\n\nTrois morts en l'espace de huit heures\n\n{STORY}").source == \
        "Le Courrier Cauchois"


def test_a_run_of_thousands_of_spaces_is_cut_to_a_gap():
    # A paste of a table's or a form's padding: the run is cut to eight spaces before any rule reads the line (some
    # patterns took minutes over 5000 spaces); the gap still parts what it parted.
    article = extract(f"{HEADLINE}\n\n{LEAD}\n\nabc{' ' * 30000}(Source\n\n{LAST}")
    assert "abc" + " " * 8 + "(Source" in article.paragraphs
    assert article.title == HEADLINE


def test_a_writer_in_a_datelines_tag_and_a_comment_prompt_glued_to_a_source_are_no_source():
    article = extract(f"{HEADLINE}\n\nMONTEVIDEO (Uypress / Daniel Feldman) – {LEAD}\n\n{LAST}")
    assert (article.source, article.author, article.dateline) == ("Uypress", ("Daniel Feldman",), "MONTEVIDEO")
    # Two outlets or agencies in the tag: neither is a writer.
    for tag in ("Associated Press / The Spokesman-Review", "EFE / Prensa Latina"):
        assert extract(f"{HEADLINE}\n\nSPOKANE ({tag}) – {LEAD}\n\n{LAST}").author == (), tag
    head = "福州一高层住宅起火\nwww.fjnet.cn 2013-02-25 07:01 来源:东南网我来说两句"
    article = extract(f"{head}\n\n{EPOCH_MORE}\n\n{EPOCH_MORE}")
    assert article.source == "东南网"


def test_a_forum_users_handle_or_a_mail_address_is_no_labelled_source():
    for handle in ("kakacc@kakacc", "news@example.com"):
        assert extract(f"{HEADLINE}\n来源:{handle} 4/19/2011 3:31:00 AM\n\n{STORY}").source == "", handle
    # An account's name after its mark names its owner.
    assert extract(f"{HEADLINE}\n来源:@北京大兴\n\n{STORY}").source == "@北京大兴"


def test_the_pages_clock_is_never_the_storys_date():
    for clock in ("Hoy es martes, 23 de abril de 2024", "Today is Tuesday December 20, 2022"):
        article = extract(f"Diario El Independiente\n\n{clock}\n\n{HEADLINE}\n\n{STORY}")
        assert (article.date, article.title) == ("", HEADLINE), clock
        assert extract(f"{HEADLINE}\n\n{clock}\n\n{STORY}").date == "", clock  # under the headline too
    # The same day printed as a date line is the story's.
    assert extract(f"{HEADLINE}\n\nTuesday, April 23, 2024\n\n{STORY}").date == "2024-04-23"


def test_a_korean_photos_label_with_its_photographer_printed_twice_is_no_headline():
    head = "[사진현장] 전국이 '흔들', 무너지고 부서지고 대피한 모습들"
    lead = ("(전국종합=연합뉴스) 기상청은 15일 오후 2시 29분께 경북 포항시 북구 북쪽 9㎞ 지역에서 "
            "규모 5.4의 지진이 발생했다고 밝혔다.")
    more = "지진이 발생하자 전국 곳곳에서 주민들이 건물 밖으로 대피하는 모습이 목격됐다."
    photos = "포항 대피 [독자 제공]\n부산 대피-1 [박창수 기자]\n부산 대피-1 [박창수 기자]"
    article = extract(f"{head}\n\n{photos}\n\n{lead}\n\n{more}")
    assert (article.title, article.image_caption, article.image_credit) == (head, "포항 대피", "독자 제공")
    # A sentence closed by its reporter's credit is the text's own, not a caption.
    closed = f"{more} [비즈니스포스트 이정은 기자]"
    assert extract(f"{head}\n\n{lead}\n\n{closed}").paragraphs[-1] == closed
