"""General rules drawn from the misses that recur across held-out batches 1-10 (page notices,
photo captions without an image line, standfirsts, place tags, stamps, zones, mastheads and
banners, teasers and cards under the text, outlets in skip links and tip-off boxes): each rule
once, on invented copy, with the text that must stay text beside it."""

from __future__ import annotations

import pytest
from importer_copy import LEAD, MORE

from gazette.importer import extract
from gazette.importer.rules.byline import rubric_byline
from gazette.importer.rules.caption import doubled_caption
from gazette.importer.rules.dateline import place_tag
from gazette.importer.rules.dates import read_date_line
from gazette.importer.rules.furniture import is_page_furniture
from gazette.importer.rules.source import (
    dated_outlet,
    feed_trailer,
    outlet_holder,
    paper_news,
    reported_by,
    skip_links_site,
    tipline_outlet,
)


@pytest.mark.parametrize("line", [
    "Il y a de nouveaux articles disponibles, cliquez pour rafraîchir la page.",  # a live page's notice
    "New posts available, click to refresh",
    "Es gibt neue Beiträge, bitte Seite aktualisieren",
    "This archived news story is available only for your personal, non-commercial use. Information in the story "
    "may be outdated or superseded by additional information.",  # a station's terms for its archive
    "X社が提供するプレスリリースをそのまま掲載しています。内容に関する質問は直接発表元にお問い合わせください。",
    "Für den Inhalt der Pressemitteilung ist der Herausgeber verantwortlich.",
    "KTV 뉴스중심 월~금요일 14시 00분", "Newsroom Mon-Fri 2pm", "ニュース 月～金曜 18時",  # a programme's slot
    "22日 19時00分", "22일 오후 7시 00분",  # a day and a time, no month or year
    "Bei Verwendung in Social Media muss die Bildquelle am Bild genannt werden; bei Verwendung als "
    "Nachrichtenbild spielt das System diese automatisch mit aus.",  # a picture's terms of use
    "Images may be subject to copyright.",
    "Has elegido la edición de . Verás las noticias de esta portada en el módulo de ediciones locales.",
    "<이미지를 클릭하시면 크게 보실 수 있습니다>", "Click on the image to enlarge",  # a zoom prompt
    "A26:中国新闻·时事", "第A3版：要闻",  # a print edition's page label
    "前一天  后一天", "上一篇", "数字版首页 > 第A26:中国新闻·时事", "Home > Politics",  # day, story and home links
])
def test_notices_about_the_page_are_furniture(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", [
    "There are new posts on the council's website about the bridge closure, the mayor said.",
    "This story is available in print on Sunday, the editor said.",
    "Die Firma hat den Inhalt der Pressemitteilung am Montag korrigiert.",
    "The council meets Mon-Fri at 9:00",  # a sentence about a schedule
    "2021年3月22日 19時00分",  # a date with a year is never furniture
])
def test_sentences_about_such_things_stay_text(line):
    assert not is_page_furniture(line)


def test_a_live_pages_notice_goes_and_the_headline_under_it_is_found():
    text = ("Il y a de nouveaux articles disponibles, cliquez pour rafraîchir la page.\n\n"
            "Le conseil ferme le vieux pont\n\n"
            "Le conseil municipal a voté lundi la fermeture du vieux pont après la découverte de fissures "
            "dans deux de ses piles, a indiqué la ville.\n\n"
            "Les travaux devraient durer un an et coûter environ quatre millions d'euros, selon la mairie.")
    article = extract(text)
    assert article.title == "Le conseil ferme le vieux pont"
    assert article.paragraphs[0].startswith("Le conseil municipal a voté lundi")


@pytest.mark.parametrize(("line", "place"), [
    ("Madrid, España", "Madrid"), ("Hérault, France", "Hérault"), ("Bad Homburg, Deutschland", "Bad Homburg"),
    ("Lyon, Frankreich", "Lyon"), ("Portland, United States", "Portland"),
])
def test_a_place_and_its_country_alone_is_a_place_tag(line, place):
    assert place_tag(line) == place


@pytest.mark.parametrize("line", [
    "Madrid, Barcelona", "Pedro Sánchez, presidente", "Hérault, France.", "Le préfet, en France",
    "Madrid, España, 7 de junio",
])
def test_other_lines_are_no_place_tag(line):
    assert place_tag(line) == ""


def test_a_place_tag_over_the_text_goes_and_no_dateline_is_taken_from_it():
    text = ("Anuncia el gobierno un gabinete nuevo\n\nMadrid, España\n\n"
            "El nuevo gobierno socialista anunció el miércoles un gabinete con once ministras y cinco ministros.\n\n"
            "Los titulares de los nuevos ministerios asumirán sus puestos el jueves.")
    article = extract(text)
    assert article.paragraphs[0].startswith("El nuevo gobierno socialista")
    assert article.dateline == ""


STANDFIRST = ("Le comité de pilotage aura pour mission de définir les actions contre la pollution. "
              "Un ingénieur va également être recruté.")
CAPTION = "Un comité de pilotage va être mis en place dans le quartier. | ARCHIVES OUEST-FRANCE"
TEXT = ("« Douarnenez n’a pas trois ports mais quatre », disent les membres de l’association, qui suivent "
        "le dossier depuis 2015 et entendent bien remettre le port au centre des débats.")


def test_the_paragraph_over_a_photos_caption_at_the_top_is_the_standfirst():
    article = extract(f"{STANDFIRST}\n\n{CAPTION}\n\n{TEXT}\n\nL’anse est malade, dit l’association.")
    assert article.summary == STANDFIRST
    assert article.image_credit == "ARCHIVES OUEST-FRANCE"
    assert article.paragraphs[0] == TEXT


def test_a_single_sentence_over_the_caption_stays_text():
    # one sentence there may be the lead itself (or a headline without its stop): no standfirst
    lead = "Le comité de pilotage aura pour mission de définir les actions contre la pollution."
    article = extract(f"{lead}\n\n{CAPTION}\n\n{TEXT}")
    assert article.summary == ""
    assert article.paragraphs[0] == lead


def test_list_items_over_a_lead_that_opens_with_its_dateline_are_highlights():
    text = ("Council closes the old bridge\n\n"
            "• The bridge has been closed since cracks were found.\n• Repairs will take a year.\n\n"
            f"SPRINGFIELD: {LEAD}\n\n{MORE}")
    article = extract(text)
    assert article.dateline == "SPRINGFIELD"
    assert article.paragraphs[0].startswith("SPRINGFIELD: The council voted")


def test_list_items_over_running_text_without_a_dateline_stay_text():
    text = ("Council closes the old bridge\n\n"
            "• The bridge has been closed since cracks were found.\n• Repairs will take a year.\n\n"
            f"{LEAD}\n\n{MORE}")
    assert extract(text).paragraphs[0].startswith("• The bridge has been closed")


TEASERS = ("El FBI devuelve a México un documento robado en 1985 y firmado por el conquistador.\n"
           "Hunter Biden se negó a disculparse por sus comentarios, a pesar de la amenaza de una demanda judicial "
           "presentada ayer por los abogados de la familia en un tribunal federal.\n")
SPANISH_LEAD = ("La Policía Nacional de Perú ha sido un ejemplo de como aprovechar las festividades navideñas para "
                "conseguir completar un caso, según informaron fuentes policiales.")


def test_a_headline_printed_twice_in_a_row_over_the_text_wins_over_teasers_above_it():
    text = (f"{TEASERS}Vídeo: El Grinch robó la Navidad a los cárteles\n"
            f"Vídeo: El Grinch robó la Navidad a los cárteles\n{SPANISH_LEAD}\nLa estrategia funcionó, dijo.")
    article = extract(text)
    assert article.title == "Vídeo: El Grinch robó la Navidad a los cárteles"
    assert article.paragraphs[0] == SPANISH_LEAD  # the teasers above the headline are the page's


def test_a_sentence_printed_twice_in_a_row_is_no_headline():
    # a caption printed twice (alt text and caption) ends with its stop: it does not make a headline
    caption = "Un agente disfrazado detiene a un sospechoso en Lima."
    text = f"{TEASERS}{caption}\n{caption}\n{SPANISH_LEAD}\nLa estrategia funcionó, dijo."
    article = extract(text)
    assert article.title != caption
    assert article.paragraphs[0].startswith("El FBI devuelve")


def test_a_first_line_over_a_photos_credit_and_the_text_is_the_headline():
    text = f"3 districts in Springfield on ‘high alert’\nPhoto: IANS\nPhoto: IANS\nSpringfield: {LEAD}\n{MORE}"
    article = extract(text)
    assert article.title == "3 districts in Springfield on ‘high alert’"
    assert article.image_credit == "IANS"


def test_a_caption_over_a_photos_credit_is_no_headline():
    text = f"Engineers inspect the cracked piers of the old bridge.\nPhoto: IANS\nSpringfield: {LEAD}\n{MORE}"
    assert extract(text).title == ""


@pytest.mark.parametrize(("line", "name"), [
    ("L’éditorial du Figaro, par Vincent Trémolet de Villers.", "Vincent Trémolet de Villers"),
    ("A commentary, by Jane Doe", "Jane Doe"),
    ("Ein Kommentar aus Berlin, von Anna Schmidt", "Anna Schmidt"),
])
def test_a_columns_label_and_its_byline(line, name):
    assert rubric_byline(line) == name


@pytest.mark.parametrize("line", [
    "Le conseil municipal, par la voix de son maire, a voté.",  # running text
    "L’éditorial du jour, par la rédaction.",  # no person's name
    "Les travaux, par exemple, ont duré un an.",
    "The council said the bridge, by Monday, would be closed to traffic for good.",
])
def test_no_columns_byline(line):
    assert rubric_byline(line) == ""


def test_a_columnists_signature_and_column_byline_give_the_writer_and_the_paper():
    text = ("Vincent Trémolet de Villers. Le Figaro\n\n"
            "L’éditorial du Figaro, par Vincent Trémolet de Villers.\n\n"
            "Si la pédagogie, c’est d’abord l’art de la répétition, les faits contredisent la prescription "
            "du gouvernement, qui en réclame davantage depuis six ans.\n\nDisons que la cohérence n’est pas là.")
    article = extract(text)
    assert article.author == ("Vincent Trémolet de Villers",)
    assert article.source == "Le Figaro"
    assert article.paragraphs[0].startswith("Si la pédagogie")


def test_a_dated_caption_with_an_agency_under_the_text_is_the_photos_caption():
    caption = "The minister speaks to reporters in front of the ministry's office in Seoul on April 14, 2022."
    article = extract(f"Minister says ties are difficult\n\n{LEAD}\n\n{MORE}\n\n{caption} (Yonhap)")
    assert (article.image_caption, article.image_credit) == (caption, "Yonhap")
    assert article.paragraphs[-1] == MORE


def test_an_agency_closing_its_own_text_is_no_caption():
    last = "At least 42 people died in the violence that rocked the district for four days. (ANI)"
    article = extract(f"Police ask people not to believe rumours\n\n{LEAD}\n\n{MORE}\n\n{last}")
    assert article.image_caption == ""
    assert article.paragraphs[-1] == last


def test_a_sentence_closing_with_its_pictures_day_over_the_dateline_is_the_caption():
    caption = "A man looks into a fissure that opened in the desert near the city of Ridgecrest, July 5, 2019."
    article = extract(f"Quake strikes in Southern California\n\n{caption}\n\nLOS ANGELES - {LEAD}\n\n{MORE}")
    assert article.image_caption == caption
    assert article.paragraphs[0].startswith("LOS ANGELES - The council")


def test_a_short_standfirst_over_the_dateline_is_no_caption_and_no_text():
    standfirst = "Load rotation may become more frequent as the city struggles with maintenance."
    article = extract(f"Residents outraged over power outages\n\n{standfirst}\n\nJOHANNESBURG - {LEAD}\n\n{MORE}")
    assert article.image_caption == ""
    assert article.paragraphs[0] == f"JOHANNESBURG - {LEAD}"  # (round 14: the text starts at its dateline)


def test_a_caption_its_convention_marks_is_no_lead_even_as_a_sentence():
    caption = "Ein Polizist nutzt Handschellen zur Festnahme (Symbolbild)."
    lead = "In Duisburg-Hochfeld gab es gestern einen SEK-Einsatz. Ein Mann hatte offenbar einen Nachbarn bedroht."
    article = extract(f"© Fotograf/Agentur\n{caption}\nAnzeige\n{lead}\nDie Polizei nahm ihn fest, hieß es.")
    assert article.image_caption == caption
    assert article.paragraphs[0] == lead


def test_of_two_headline_lines_the_one_over_the_date_line_is_the_headline():
    text = ("Minuto a Minuto\nMINUTO POLÍTICO | Día importante para el Gobierno en el Supremo\n\n"
            "Sánchez comunica a dos ministros que no estarán en el nuevo Gobierno\n\n9 enero 2020 - 22:07 h\n\n"
            "Pedro Sánchez acaba de comunicar a dos ministros que no seguirán al frente de sus carteras.\n\n"
            "Los dos ocuparon sus cargos tras sendas dimisiones, según fuentes del Gobierno.")
    article = extract(text)
    assert article.title == "Sánchez comunica a dos ministros que no estarán en el nuevo Gobierno"
    assert article.paragraphs[0].startswith("Pedro Sánchez")


def test_two_headline_lines_without_a_date_line_give_no_headline():
    text = ("Minuto a Minuto\nMINUTO POLÍTICO | Día importante para el Gobierno en el Supremo\n\n"
            "Sánchez comunica a dos ministros que no estarán en el nuevo Gobierno\n\n"
            "Pedro Sánchez acaba de comunicar a dos ministros que no seguirán al frente de sus carteras.\n\n"
            "Los dos ocuparon sus cargos tras sendas dimisiones, según fuentes del Gobierno.")
    assert extract(text).title == ""


CHAPO = ("Les incendies se poursuivent en Gironde ce samedi, alors que de nouvelles chaleurs sont attendues. "
         "Plus de 10.000 hectares ont déjà brûlé.")
LONG_LEAD = ("Les incendies se poursuivent et les pompiers restent à pied d'oeuvre en Gironde ce samedi matin. "
             "Les soldats du feu ont cependant réussi à prendre le dessus sur les flammes dans le secteur de La "
             "Teste-de-Buch, malgré quelques nouveaux départs de feu, selon le maire de la ville.")


def test_two_short_sentences_under_the_headline_over_a_longer_lead_are_the_standfirst():
    article = extract(f"Incendies en Gironde: plus de 10.000 hectares ravagés\n\n{CHAPO}\n\n{LONG_LEAD}\n\nLa suite.")
    assert article.summary == CHAPO
    assert article.paragraphs[0] == LONG_LEAD


@pytest.mark.parametrize("first", [
    "Les incendies se poursuivent en Gironde ce samedi, alors que de nouvelles chaleurs sont attendues.",  # one
    "Les incendies se poursuivent en Gironde ce samedi, alors que de nouvelles chaleurs sont attendues. "
    "Informa EFE.",  # an agency's two-word tail is no second sentence
    "Am 1. Juni kam es in Gironde zu neuen Bränden, die Feuerwehr war im Einsatz.",  # `1.` ends nothing
    "BORDEAUX - Les incendies se poursuivent en Gironde ce samedi. Plus de 10.000 hectares ont brûlé.",
    "화재가 계속되고 있습니다. 소방관들이 현장에 있습니다.",  # a CJK paper's first paragraph is the lead
])
def test_other_first_paragraphs_stay_the_lead(first):
    article = extract(f"Incendies en Gironde: plus de 10.000 hectares ravagés\n\n{first}\n\n{LONG_LEAD}\n\nLa suite.")
    assert article.summary == ""
    assert article.paragraphs[0] == first


def test_a_standfirst_is_shorter_than_the_lead_under_it():
    short_lead = "Les pompiers restent mobilisés ce samedi matin en Gironde."
    article = extract(f"Incendies en Gironde: plus de 10.000 hectares ravagés\n\n{CHAPO}\n\n{short_lead}\n\nLa suite.")
    assert article.summary == ""


def test_a_copy_without_headline_may_open_with_its_standfirst():
    article = extract(f"{CHAPO}\n\n{LONG_LEAD}")
    assert article.title == ""
    assert article.summary == CHAPO


@pytest.mark.parametrize(("line", "holder"), [
    ("※ 저작권자 ⓒ 파이낸셜뉴스. 무단 전재-재배포 금지", "파이낸셜뉴스"),
    ("(Copyright ©2017 by The Associated Press. All Rights Reserved.)", "The Associated Press"),
    ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "연합뉴스"),
    ("© 2024 Yahoo News", ""),  # a site's own notice names no outlet of the article
])
def test_copyright_notices_that_name_the_articles_outlet(line, holder):
    assert outlet_holder(line) == holder


def test_an_agencys_copyright_under_the_list_that_ends_the_text_is_the_source():
    text = (f"Quake strikes Chile\n\n{LEAD}\n\n{MORE}\nRelated Topics:\nnews earthquake\n"
            "(Copyright ©2017 by The Associated Press. All Rights Reserved.)\nLoad Comments")
    assert extract(text).source == "The Associated Press"


def test_a_dashed_numeric_date_follows_the_date_order_rule():
    assert read_date_line("15-11-2022 01:55", language="en").published == "2022-11-15T01:55:00"
    refused = read_date_line("02-11-2022 01:55", language="en")
    assert refused.published == "" and "date_order" in refused.refused
    assert read_date_line("02-11-2022 01:55", date_order="dmy", language="en").published == "2022-11-02T01:55:00"
    assert read_date_line("2022-11-02", language="en").published == "2022-11-02"  # ISO stays ISO


def test_an_agencys_credit_line_among_the_paragraphs_names_the_source_and_its_refusal_is_noted():
    text = f"{LEAD}\nReuters | Springfield | Updated: 02-11-2022 01:55 | Created: 02-11-2022 01:55\n{MORE}"
    article = extract(text)
    assert article.source == "Reuters"
    assert article.date == ""
    assert any("could be 2/11 or 11/2" in note for note in article.notes)
    assert all("Reuters |" not in p for p in article.paragraphs)
    # With IST on the line (India's, Ireland's and Israel's time: all write the day first) the day comes first.
    zoned = extract(text.replace("01:55", "01:55 IST"))
    assert (zoned.source, zoned.date) == ("Reuters", "2022-11-02T01:55:00")


@pytest.mark.parametrize("line", [
    "Follow live updates", "- Follow live updates", "Suivez notre direct",
    "ENTREVISTA RODRI Sigue en directo la entrevista en 'El Larguero' a Rodri, el ganador del Balón de Oro",
    "Política | Actualidad", "World | Asia | China",  # a section's path between bars
])
def test_a_link_to_the_live_page_is_furniture(line):
    assert is_page_furniture(line)


def test_a_photos_credit_alone_between_paragraphs_is_the_credit():
    # (a short paragraph under a credit line is read as its caption: here the text goes on at length)
    longer = (f"{MORE} The city will publish a plan for the works and a map of the detours before the summer, "
              "and residents of both banks will be asked for their views at two meetings in the town hall.")
    article = extract(f"Bridge closes\n\n{LEAD}\n\nFotos: Protección Civil\n\n{longer}")
    assert article.image_credit == "Protección Civil"
    assert article.image_caption == ""
    assert list(article.paragraphs) == [LEAD, longer]


@pytest.mark.parametrize(("lead", "outlet"), [
    ("新京报讯 国务院机构改革后,原铁道部分拆出两单位。", "新京报"),
    ("中新网讯（记者 张三）今天举行发布会。", "中新网"),
    ("本报讯 国务院机构改革后,原铁道部分拆出两单位。", ""),  # "this paper's": no name
    ("通讯 国务院机构改革后。", ""),
])
def test_a_chinese_papers_own_credit_opening_the_lead(lead, outlet):
    assert paper_news(lead) == outlet


def test_an_outlet_after_a_chinese_date_and_weekday():
    assert dated_outlet("2013年12月20日 星期五 新京报") == "新京报"
    assert dated_outlet("2013年12月20日 星期五 下午") == ""


def test_a_line_over_a_credit_label_and_its_credit_is_a_caption_and_so_is_one_over_that_credit_again():
    text = ("Les gendarmes croient à une dispute\n"
            "Un homme a été arrêté lors d'un contrôle routier dans le Gard la semaine dernière par les gendarmes\n"
            "Crédits\n© JEAN DUPONT / AFP/Archives\n"
            "Les gendarmes pensaient à une dispute conjugale, un homme regardait en fait la télévision.\n"
            "© JEAN DUPONT / AFP/Archives\n"
            f"{LONG_LEAD}\nLa suite.")
    article = extract(text)
    assert article.image_credit == "JEAN DUPONT / AFP/Archives"
    assert article.image_caption.startswith("Un homme a été arrêté")
    assert article.paragraphs[0] == LONG_LEAD


def test_a_line_over_a_bare_credit_line_stays_text():
    # with no `Crédits` label, a credit line under a line is as often the credit of the photo below it
    text = f"Les gendarmes croient à une dispute\n{LONG_LEAD}\n© JEAN DUPONT / AFP\nLa suite."
    assert extract(text).paragraphs[0] == LONG_LEAD


@pytest.mark.parametrize("line", [
    "Markets fall as oil prices jump | Reuters",  # a headline with its outlet is no section path
    "Headline here | Reuters", "Markets wrap | Reuters", "Daily briefing | Yonhap News",  # short ones neither
    "The mayor said she would follow live coverage of the vote.",  # a sentence that mentions it
])
def test_headlines_and_sentences_are_no_section_path_or_promotion(line):
    assert not is_page_furniture(line)


def test_a_caption_with_a_photographer_and_agency_after_a_slash_and_a_place_over_the_lead():
    caption = "La ministra portavoz del Gobierno, durante una rueda de prensa posterior al Consejo de Ministros."
    text = (f"El Gobierno libera parte de sus reservas de petróleo\n{caption} / Chema Moya (EFE)\nMADRID\n"
            "La ministra portavoz ha iniciado su comparecencia explicando que la rueda de prensa se ha retrasado "
            "por la reunión de otros ministros.\nLa suite.")
    article = extract(text)
    assert (article.image_caption, article.image_credit) == (caption, "Chema Moya (EFE)")
    assert article.dateline == "MADRID"
    assert article.paragraphs[0].startswith("La ministra portavoz ha iniciado")


def test_an_auto_posting_blogs_trailer_gives_the_feed_items_headline_and_outlet():
    assert feed_trailer("からの記事と詳細 ( 首相、解散まで「濃密だった」 - 読売新聞 )") == (
        "首相、解散まで「濃密だった」", "読売新聞")
    assert feed_trailer("首相は記者団に「濃密だった」と語った - 読売新聞") == ("", "")
    text = ("岸田首相は14日午前、衆院を解散することについて「大変厳粛な気持ちできょうを迎えている」と述べた。\n"
            "首相官邸で記者団に語った。\n"
            "からの記事と詳細 ( 岸田首相、就任から解散まで「大変濃密なスケジュールだった」 - 読売新聞 )\n"
            "https://ift.tt/3BHEgzt\n日本")
    article = extract(text)
    assert article.title == "岸田首相、就任から解散まで「大変濃密なスケジュールだった」"
    assert article.source == "読売新聞"
    assert article.paragraphs[-1] == "首相官邸で記者団に語った。"


def test_an_outlets_name_in_brackets_alone_under_the_text_is_the_source():
    assert extract(f"Bridge closes after cracks found\n\n{LEAD}\n\n{MORE}\n\n[テレ朝news]").source == "テレ朝news"
    # a rubric in brackets is no outlet's name
    assert extract(f"Bridge closes after cracks found\n\n{LEAD}\n\n{MORE}\n\n[속보]").source == ""


def test_a_related_storys_link_printed_twice_under_an_article_does_not_take_the_headline():
    article_text = (f"{LEAD} {MORE}\nThe bridge was built before the war. It carries 20,000 cars a day, and the detour "
                    "adds twenty minutes to the trip into town.")  # an article's paragraphs of several sentences
    text = (f"{article_text}\nCouncil plans new ferry service\nCouncil plans new ferry service\n"
            "The ferry would run every half hour between the two banks while the bridge is closed, officials said.")
    article = extract(text)
    assert article.title != "Council plans new ferry service"
    assert article.paragraphs[0].startswith("The council voted")


@pytest.mark.usefixtures("rules_alone")
def test_two_sentences_over_a_lead_with_its_dateline_stay_text():
    # the position rule: between the headline and the dateline a lost photo's caption is as likely
    first = "Firefighters battle the flames near the old mill. Smoke rises over the valley."
    article = extract(f"Fire near the old mill\n\n{first}\n\nSPRINGFIELD - {LONG_LEAD}\n\nMore.")
    assert article.summary == ""
    assert article.paragraphs[0] == first


KOREAN_LEAD = ("[파이낸셜뉴스] 문재인 대통령이 국회 개원 연기로 인해 연설문을 총 8번이나 고친 것으로 전해졌다. "
               "문 대통령은 지난 20여일간 연설문을 3차례의 전면 개작을 비롯해 모두 8번 고쳐 썼다.")


def test_a_photos_caption_with_its_tail_opening_the_text_leaves_it_and_an_addressed_reporter_is_the_author():
    caption = ("(서울=뉴스1) 유승관 기자 = 강민석 청와대 대변인이 26일 브리핑을 하고 있다. "
               "2020.6.26/뉴스1 /사진=뉴스1화상")
    text = (f"{caption}\n<이미지를 클릭하시면 크게 보실 수 있습니다>\n{KOREAN_LEAD}\n"
            "강 대변인은 이어 연설문은 사장될 위기라고 지적했다.\nfnkhy@fnnews.com 김호연 기자")
    article = extract(text)
    assert article.paragraphs[0] == KOREAN_LEAD
    assert article.image_caption.startswith("(서울=뉴스1) 유승관 기자 = 강민석")
    assert article.author == ("김호연",)
    assert article.dateline == ""  # the caption's dateline is the photo's


def test_a_short_deck_under_the_headline_is_not_the_text_and_a_place_with_its_day_stays_the_dateline():
    text = f"Infektionsschutzgesetz im Bundestag\n\nBundesrat steht noch aus\n\n{LONG_LEAD}\n\nMehr."
    assert extract(text).paragraphs[0] == LONG_LEAD
    text = f"Police detain 1,500 in night patrol\n\nNew Delhi, June 27\n\n{LONG_LEAD}\n\nMore."
    article = extract(text)
    assert article.dateline == "New Delhi"
    assert article.paragraphs[0] == LONG_LEAD


def test_a_tags_line_under_the_headline_is_no_deck():
    article = extract(f"Council closes the old bridge\n\nTags: bridges, council, repairs\n\n{LEAD}\n\n{MORE}")
    assert article.tags == ("bridges", "council", "repairs")


def test_a_scripts_speaker_under_the_headline_opens_the_text():
    text = ("태풍 '타파' 강한 비바람···오늘 오후 제주 '비'\n"
            "김유영 앵커>\n17호 태풍 '타파'가 우리나라를 향해 다가오고 있습니다.\n오늘 오후부터 비가 확대됩니다.")
    assert extract(text).paragraphs[0].startswith("김유영 앵커>")


@pytest.mark.parametrize(("line", "language", "published"), [
    ("Published: March 01, 2020 21:40 IST", "en", "2020-03-01T21:40:00"),  # India, Ireland or Israel
    ("2021-03-15 14:05 CST", "zh", "2021-03-15T14:05:00"),  # China, or the US, or Cuba
])
def test_a_zone_of_several_offsets_keeps_the_clock_as_printed_without_an_offset(line, language, published):
    when = read_date_line(line, language=language)
    assert when.published == published and not when.refused
    assert "several offsets" in when.note


def test_a_zone_of_one_offset_is_still_read_and_an_unknown_one_refused():
    assert read_date_line("March 15, 2021 14:05 CST", language="en").published == "2021-03-15T14:05:00-06:00"
    assert read_date_line("March 15, 2021 14:05 KST", language="en").published == "2021-03-15T14:05:00+09:00"
    unknown = read_date_line("March 15, 2021 14:05 XYZ", language="en")
    assert unknown.published == "" and "XYZ" in unknown.refused


def test_the_kept_clock_is_noted_for_a_person():
    article = extract(f"Bridge closed after cracks found\n\nMarch 01, 2020 21:40 IST\n\n{LEAD}\n\n{MORE}")
    assert article.date == "2020-03-01T21:40:00"
    assert any("IST means several offsets" in note for note in article.notes)


def test_a_sites_name_over_the_mastheads_date_is_no_headline_the_weightier_line_under_the_date_is():
    text = (f"Change your style\n\nSunday, 14 August 2016\n\nCouncil closes the old bridge after cracks are found"
            f"\n\nMayor John Smith speaks at a press conference on July 18, 2016 (Photo: AFP)"
            f"\n\n{LEAD}\n\n{MORE}")
    assert extract(text).title == "Council closes the old bridge after cracks are found"


def test_under_the_mastheads_date_two_lines_of_weight_still_give_no_headline():
    text = (f"Riverside Daily\n\nSunday, 14 August 2016\n\nCouncil closes the old bridge after cracks are found\n\n"
            f"Engineers warn that two more bridges in the county need urgent repairs\n\n{LEAD}\n\n{MORE}")
    article = extract(text)
    assert article.title == ""
    assert any("several lines could be the headline" in note for note in article.notes)


def test_a_first_paragraph_the_text_restates_in_lower_case_is_the_standfirst():
    deck = "Repairs to the old bridge may take a year as the city struggles with its budget."
    text = (f"Bridge closed after cracks found\n\n{deck}\n\n{LEAD}\n\n"
            "Residents have complained for years, and repairs to the old bridge may take a year as the city "
            "struggles with its budget.\n\n" + MORE)
    article = extract(text)
    assert article.summary == deck
    assert article.paragraphs[0] == LEAD


def test_a_first_paragraph_the_text_does_not_restate_stays_the_lead():
    text = f"Bridge closed after cracks found\n\n{LEAD}\n\n{MORE}\n\nThe bridge was built in 1902."
    assert extract(text).summary == "" and extract(text).paragraphs[0] == LEAD


def test_a_short_sentence_opening_the_copy_over_the_headline_is_the_sites_prompt():
    text = (f"We've got news for you.\n\nRegister now\n\nCouncil closes the old bridge after cracks are found\n\n"
            f"{LEAD}\n\n{MORE}")
    article = extract(text)
    assert article.title == "Council closes the old bridge after cracks are found"
    assert article.paragraphs[0] == LEAD


def test_a_question_opening_the_copy_is_no_sites_prompt():
    text = f"Who pays for the bridge?\n\nCouncil closes the old bridge after cracks are found\n\n{LEAD}\n\n{MORE}"
    assert extract(text).title != "Council closes the old bridge after cracks are found"


def test_a_banner_in_capitals_over_teasers_gives_way_to_the_headline_over_the_date_line():
    text = ("SEE THE FRONT PAGE OF TOMORROW\n\n"
            "Floods cut off three villages in the north as rivers burst their banks\n\n"
            "Council closes the old bridge after cracks are found\n\n28 April 2022 - 12:31\n\n"
            f"{LEAD}\n\n{MORE}")
    assert extract(text).title == "Council closes the old bridge after cracks are found"


def test_a_banner_in_capitals_with_no_dated_line_under_it_gives_no_sure_headline():
    text = ("SEE THE FRONT PAGE OF TOMORROW\n\n"
            "Floods cut off three villages in the north as rivers burst their banks\n\n"
            f"Council closes the old bridge after cracks are found\n\n{LEAD}\n\n{MORE}")
    article = extract(text)
    assert article.title == ""
    assert any("several lines could be the headline" in note for note in article.notes)


def test_a_headline_in_capitals_alone_over_the_text_stays_the_headline():
    assert extract(f"COUNCIL CLOSES THE OLD BRIDGE\n\n{LEAD}\n\n{MORE}").title == "COUNCIL CLOSES THE OLD BRIDGE"


@pytest.mark.parametrize(("line", "caption", "credit"), [
    ("市长在发布会上讲话 江城网 王明市长在发布会上讲话 江城网 王明", "市长在发布会上讲话", "江城网 王明"),
    ("The mayor speaks at the briefing (AP Photo/Jane Doe)The mayor speaks at the briefing (AP Photo/Jane Doe)",
     "The mayor speaks at the briefing", "AP Photo/Jane Doe"),
])
def test_a_caption_printed_twice_run_together_with_its_credit_is_the_caption(line, caption, credit):
    assert doubled_caption(line) == (caption, credit)


def test_a_line_printed_twice_without_a_credit_is_no_caption_of_its_own():
    assert doubled_caption("市长在发布会上讲话市长在发布会上讲话") is None
    assert doubled_caption("市长在发布会上讲话 江城网 王明") is None  # once: no alt text and caption


def test_the_doubled_caption_under_the_headline_leaves_the_text():
    text = ("江城大桥因裂缝关闭\n2019年03月05日 13:58 江城网\n"
            "市长在发布会上讲话 江城网 王明市长在发布会上讲话 江城网 王明\n\n"
            "市政府5日宣布,由于工程师在两座桥墩上发现裂缝,江城大桥即日起禁止车辆通行。\n\n维修预计需要一年时间。")
    article = extract(text)
    assert (article.image_caption, article.image_credit) == ("市长在发布会上讲话", "江城网 王明")
    assert article.paragraphs[0].startswith("市政府5日宣布")


def test_a_day_written_year_first_behind_the_last_sentence_dates_the_text():
    text = f"Bridge closed after cracks found\n\n{LEAD}\n\n{MORE}2015/08/23"
    article = extract(text)
    assert article.date == "2015-08-23"
    assert article.paragraphs[-1] == MORE


@pytest.mark.parametrize("tail", [
    " 08/23/2015",  # day and month could be misread: not this rule's
    " on 2015/08/23",  # inside the sentence
])
def test_other_dates_at_the_foot_do_not_date_the_text(tail):
    assert extract(f"Bridge closed after cracks found\n\n{LEAD}\n\n{MORE[:-1]}{tail}").date == ""


def test_a_day_behind_the_last_sentence_does_not_override_the_date_line():
    text = f"Bridge closed after cracks found\n\nMarch 3, 2021\n\n{LEAD}\n\n{MORE}2015/08/23"
    assert extract(text).date == "2021-03-03"


@pytest.mark.parametrize("dateline", ["SPRINGFIELD, Ill. -- ", "SPRINGFIELD, Ill. --\n"])
def test_a_sentence_saying_what_its_picture_shows_over_the_dateline_lead_is_the_caption(dateline):
    caption = "A map from the state's transport office shows where the old bridge crosses the river."
    text = f"Council closes the old bridge\n\n{caption}\n\n{dateline}{LEAD}\n\n{MORE}"
    article = extract(text)
    assert article.image_caption == caption
    assert article.dateline.startswith("SPRINGFIELD")
    assert article.paragraphs[0].replace("\n", " ").startswith("SPRINGFIELD, Ill. -- The council voted")


def test_a_sentence_saying_what_a_picture_shows_stays_text_without_a_dateline_lead_under_it():
    first = "A map from the state's transport office shows where the old bridge crosses the river."
    article = extract(f"Council closes the old bridge\n\n{first}\n\n{LEAD}\n\n{MORE}")
    assert article.image_caption == "" and article.paragraphs[0] == first


TEASER = "OAKDALE, Ill. (AP) -- The county board on Tuesday approved a plan to replace three"


def test_a_storys_opening_broken_off_under_a_dateline_text_is_a_teaser_and_goes():
    text = f"Bridge closed after cracks found\n\nSPRINGFIELD, Ill. (AP) -- {LEAD}\n\n{MORE}\n\nTags:\n\n{TEASER}"
    article = extract(text)
    assert article.paragraphs[-1] == MORE


def test_a_paste_broken_off_in_its_own_lead_keeps_it():
    text = f"Bridge closed after cracks found\n\nRepairs will take a year.\n\n{TEASER}"
    assert extract(text).paragraphs[-1] == TEASER


def test_the_line_over_a_korean_date_line_that_opens_with_the_writer_is_the_standfirst():
    text = ("시의회, 낡은 다리 통행 금지\n\n“교각 두 곳에서 균열 발견” 안전 점검 결과 발표\n\n"
            "김민수 기자 | 기사입력 2022/09/30 [10:00]\n\n"
            "시의회는 월요일 교각 두 곳에서 균열이 발견된 낡은 다리의 차량 통행을 "
            "금지하기로 의결했다고 시가 밝혔다.\n\n"
            "보수 공사는 1년가량 걸릴 것으로 예상된다.")
    article = extract(text)
    assert article.summary == "“교각 두 곳에서 균열 발견” 안전 점검 결과 발표"
    assert article.author == ("김민수",)
    assert article.paragraphs[0].startswith("시의회는 월요일")


def test_the_line_over_a_date_line_that_names_the_outlet_is_the_standfirst():
    text = ("江城市政府宣布江城大桥今起禁止车辆通行\n\n工程师在两座桥墩上发现裂缝;维修预计需要一年\n\n"
            "2013年12月20日 星期五 江城日报\n\n"
            "市政府20日宣布,由于工程师在两座桥墩上发现裂缝,江城大桥即日起禁止车辆通行。\n\n维修预计需要一年时间。")
    article = extract(text)
    assert article.summary == "工程师在两座桥墩上发现裂缝;维修预计需要一年"
    assert article.date == "2013-12-20" and article.source == "江城日报"


def test_the_line_over_a_bare_date_line_is_the_standfirst_only_when_longer_than_the_headline():
    # (Round 23, tests/test_importer_round23.py: a standfirst over the credit block, the date line alone too.)
    text = ("江城市政府宣布江城大桥今起禁止车辆通行\n\n工程师在两座桥墩上发现裂缝;维修预计需要一年\n\n"
            "2013年12月20日\n\n"
            "市政府20日宣布,由于工程师在两座桥墩上发现裂缝,江城大桥即日起禁止车辆通行。\n\n维修预计需要一年时间。")
    assert extract(text).summary == "工程师在两座桥墩上发现裂缝;维修预计需要一年"
    # A shorter line there (a second headline, a site's motto) stays unread.
    assert extract(text.replace("工程师在两座桥墩上发现裂缝;维修预计需要一年", "大桥维修需一年")).summary == ""


def test_the_sites_name_before_its_skip_links_is_the_source():
    text = ("한빛뉴스 본문 바로가기 메뉴 바로가기\n\n시의회, 낡은 다리 통행 금지\n\n"
            "시의회는 월요일 교각 두 곳에서 균열이 발견된 낡은 다리의 차량 통행을 "
            "금지하기로 의결했다고 시가 밝혔다.\n\n"
            "보수 공사는 1년가량 걸릴 것으로 예상된다.")
    article = extract(text)
    assert article.source == "한빛뉴스"
    assert all("바로가기" not in p for p in article.paragraphs)


def test_skip_links_alone_or_after_a_name_that_is_no_outlets_name_no_source():
    assert skip_links_site("본문 바로가기 메뉴 바로가기") == ""
    assert skip_links_site("홈 본문 바로가기 메뉴 바로가기") == ""


def test_cards_for_other_items_under_the_text_go():
    cards = ("Floods Cut Off Three Northern Villages\nRivers burst their banks after a week of rain, officials say.\n"
             "Rescue boats reach a flooded farm near Oakdale, April 3, 2024.\nMayor Opens New Ferry Landing")
    article = extract(f"Bridge closed after cracks found\n\n{LEAD}\n\n{MORE}\n\n{cards}")
    assert article.paragraphs[-1] == MORE


def test_the_texts_last_section_under_its_subhead_stays():
    section = "What comes next\nThe council will choose a builder in May and hopes to reopen the bridge by spring."
    article = extract(f"Bridge closed after cracks found\n\n{LEAD}\n\n{MORE}\n\n{section}")
    assert "hopes to reopen the bridge by spring." in article.paragraphs[-1]


def test_a_chinese_report_credit_under_the_headline_names_the_source():
    text = ("江城市政府宣布江城大桥今起禁止车辆通行\n\n江城在线 10月14日报道\n\n"
            "市政府14日宣布,由于工程师在两座桥墩上发现裂缝,江城大桥即日起禁止车辆通行。\n\n维修预计需要一年时间。")
    article = extract(text)
    assert article.source == "江城在线"
    assert article.paragraphs[0].startswith("市政府14日宣布")


@pytest.mark.parametrize("line", ["本报 10月14日报道", "本站10月14日报道", "记者王明 10月14日报道"])
def test_this_papers_or_a_reporters_report_credit_names_no_outlet(line):
    assert reported_by(line) == ""


@pytest.mark.parametrize(("line", "outlet"), [
    ("한빛TV 기사문의 및 제보 : 카톡/라인 hanbit23", "한빛TV"),
    ("한빛뉴스는 24시간 여러분의 제보를 기다립니다.", "한빛뉴스"),
    ("기사문의 및 제보 : 카톡/라인 hanbit23", ""),  # no name
    ("홈페이지 기사문의 : 02-000-0000", ""),  # a name that is no outlet's
])
def test_a_broadcasters_own_tip_off_box_names_it(line, outlet):
    assert tipline_outlet(line) == outlet


def test_the_tip_off_box_under_the_text_gives_the_source_and_goes():
    text = ("시의회, 낡은 다리 통행 금지\n\n"
            "시의회는 월요일 교각 두 곳에서 균열이 발견된 낡은 다리의 차량 통행을 "
            "금지하기로 의결했다고 시가 밝혔다.\n\n"
            "보수 공사는 1년가량 걸릴 것으로 예상된다.\n\n한빛TV 기사문의 및 제보 : 카톡/라인 hanbit23")
    article = extract(text)
    assert article.source == "한빛TV"
    assert article.paragraphs[-1] == "보수 공사는 1년가량 걸릴 것으로 예상된다."


def test_a_menu_block_of_list_items_above_the_headline_goes_whole():
    menu = ("Back\nNorth South East West Coast Valley Hills\n  • All regions\n  • North\n  • South\n  • East\n"
            "  • West\nChange region\nBack")
    article = extract(f"{menu}\n\nCouncil closes the old bridge after cracks are found\n\n{LEAD}\n\n{MORE}")
    assert article.title == "Council closes the old bridge after cracks are found"
    assert article.paragraphs[0] == LEAD


def test_a_list_of_sentences_above_the_text_is_no_menu():
    items = "\n".join(f"  • Item {n} of the council's plan is set out here." for n in range(5))
    article = extract(f"Council closes the old bridge after cracks are found\n\n{items}\n\n{LEAD}\n\n{MORE}")
    assert "Item 0 of the council's plan" in "\n".join(article.paragraphs)


def test_a_caption_printed_again_with_its_credit_among_the_paragraphs_is_the_caption():
    caption = "Engineers inspect the cracked pier of the old bridge"
    text = (f"Council closes the old bridge after cracks are found\n\n{LEAD}\n\n"
            f"{caption}\n{caption} © Maxppp\n\n{MORE}")
    article = extract(text)
    assert (article.image_caption, article.image_credit) == (caption, "Maxppp")
    assert article.paragraphs == (LEAD, MORE)


def test_a_line_repeated_with_more_words_that_are_no_credit_stays_text():
    twice = "The council voted on Monday\nThe council voted on Monday to close the bridge."
    article = extract(f"Council closes the old bridge after cracks are found\n\n{LEAD}\n\n{twice}\n\n{MORE}")
    assert article.image_caption == "" and twice in article.paragraphs


@pytest.mark.parametrize("wrapped", [
    "Repairs are expected to take a year and cost\nabout four million dollars, officials said\non Tuesday at the",
    "Die Reparatur soll ein ganzes Jahr dauern und\nRund vier Millionen Euro kosten, sagte die\n"
    "Stadt am Dienstag im Rathaus",
])
def test_a_hard_wrapped_last_paragraph_broken_off_is_no_card(wrapped):
    article = extract(f"Bridge closed after cracks found\n\n{LEAD}\n\n{MORE}\n\n{wrapped}")
    assert article.paragraphs[-1].replace("\n", " ").startswith(wrapped.split("\n")[0])


def test_a_caption_wrapped_over_its_day_is_no_dated_headline():
    # The caption's wrapped tail (`speaks … on July 18, 2016`) reads as a date line; the caption's
    # first line over it is still no headline.
    text = ("Riverside Daily\n\nSunday, 14 August 2016\n\nCouncil closes the old bridge after cracks are found\n\n"
            "Jane Doe, Getty Images, AFP, File | Mayor John Smith\n speaks at a press conference on July 18, 2016\n\n"
            f"{LEAD}\n\n{MORE}")
    assert "Getty Images" not in extract(text).title


@pytest.mark.parametrize("line", [
    "Home News Sport Money Sounds Food Travel More",  # sections' names
    "國際 社會 政治 財經 娛樂 體育 生活 科技",
])
def test_a_row_of_short_names_is_a_menu(line):
    assert is_page_furniture(line)


def test_a_line_of_short_running_words_is_no_menu():
    assert not is_page_furniture("The old bridge over the river on Monday")  # a caption, a subhead


@pytest.mark.parametrize(("line", "published"), [
    ("2017-06-02 18:23 +0800", "2017-06-02T18:23:00+08:00"),  # a blog's or a feed's stamp
    ("2017-6月-02 周五 18:23 +0800", "2017-06-02T18:23:00+08:00"),
    ("March 3, 2021 14:05 -05:00", "2021-03-03T14:05:00-05:00"),
    ("March 3, 2021 14:05 - 15:00", "2021-03-03T14:05:00"),  # a span of time, no offset
])
def test_an_offset_alone_after_the_clock_is_read(line, published):
    assert read_date_line(line, language="zh").published == published


@pytest.mark.parametrize("label", [
    "Source: https://twitter.com/CityCouncil/status/123", "Source: twitter.com",
    "Quelle: https://m.facebook.com/polizei.springfield", "Fuente: https://www.youtube.com/watch?v=abc",
])
def test_a_source_label_with_a_social_networks_address_names_no_outlet(label):
    article = extract(f"Bridge closed after cracks found\n\nMarch 3, 2021\n\n{LEAD}\n\n{MORE}\n\n{label}")
    assert article.source == ""


def test_a_source_label_with_an_outlets_address_still_names_it():
    article = extract(f"Bridge closed after cracks found\n\n{LEAD}\n\n{MORE}\n\nSource: https://www.dawn.com/news/1")
    assert article.source == "dawn.com"


def test_a_storys_key_points_are_no_menu_block():
    from gazette.importer.passes.clean import _listed_menu

    assert _listed_menu(["Back", *[f"  • Region {n}" for n in range(5)], "Change region"])
    assert not _listed_menu([f"  • The council closed bridge number {n} after engineers found cracks"
                             for n in range(5)])


def test_the_headline_printed_again_under_the_browsers_title_leaves_the_menu_between_them_out():
    headline = 'Mayor Smith : "The bridge will reopen, a promise built on facts"'
    text = (f"{headline} | Riverside.com\nRiverside, who are we, what do we do ?\nAnalysis\nPolitics\nCulture\n"
            f"{headline}\n©JANE DOE / AFP\n\nLive\n\n{LEAD}\n\n{MORE}")
    article = extract(text)
    assert (article.title, article.source) == (headline, "Riverside.com")
    assert article.image_credit == "JANE DOE / AFP"
    assert article.paragraphs[0] == LEAD


@pytest.mark.parametrize(("line", "furniture"), [
    ("First-time reader? Sign up here!", True), ("New here? Subscribe", True),
    ("Vous aimez nos articles ? Abonnez-vous !", True),
    ("Is the bridge safe? Sign up experts say it is not.", False),  # text that goes on
    ("Why did the council act? Register of decisions shows why.", False),
])
def test_a_question_to_the_reader_then_a_call_to_sign_up_is_furniture(line, furniture):
    assert is_page_furniture(line) is furniture


def test_a_date_line_between_two_headline_like_lines_dates_neither_for_sure():
    """A site's slogan over the article's date line and the headline under it (a news portal's
    paste): the date line no longer says which is the headline, so none is taken, with a note."""
    text = ("News Club\n\nClose Who we are\n\nClose Our teams\n\nQuiz of the week\nThe videos\n\n"
            "All the county's news - 24/7 - in words, pictures and video\n\n\n"
            "(24/03/2019 : 20:37)\n"
            "Council closes the old bridge after cracks are found  More?\n\n"
            f"{LEAD}\n\n{MORE}")
    article = extract(text)
    assert article.title == ""
    assert any("several lines could be the headline" in note for note in article.notes)
