"""Rules of the importer's round 19 for the head of a text (title, date, source, author, dateline,
summary), drawn from the misses of held-out batch 20: each rule once, on invented copy, with its
look-alike that must stay as it is."""

from __future__ import annotations

import pytest

from importer_copy import LAST, LEAD, MORE

from gazette.importer import extract

ZH_LEAD = "陕西省旬阳县人民法院今天公开开庭审理一起诈骗案,数百名群众和各地记者到场旁听,法庭内外秩序井然。"
ZH_MORE = "据了解,该案此前已两次延期审理,被告人当庭表示认罪,法院将择期宣判,案件引起社会各界广泛关注。"
ZH_LAST = "当地一位律师对记者说,这起案件的审理过程完全公开透明,对今后同类案件具有重要的参考意义。"


def test_a_chinese_wires_credit_over_a_features_headline_is_its_source_and_dateline():
    article = extract(f"中新网安康旬阳9月27日电 题:亲历周正龙案的法庭内外\n作者 冽玮 程成\n\n{ZH_LEAD}\n\n"
                      f"{ZH_MORE}\n\n{ZH_LAST}")
    assert article.title == "亲历周正龙案的法庭内外"
    assert (article.source, article.dateline, article.author) == ("中新网", "安康旬阳", ("冽玮", "程成"))
    # A mirror's pinyin reading after a character (`網(wǎng)`) is no part of the headline.
    glossed = extract(f"中新網(wǎng)安康旬陽9月27日電 題:親歷周正龍案的法庭內(nèi)外\n\n{ZH_LEAD}\n\n"
                      f"{ZH_MORE}\n\n{ZH_LAST}")
    assert (glossed.title, glossed.source) == ("親歷周正龍案的法庭內外", "中新網")
    # A headline that names a title (`题:`) without a wire's credit before it stays whole, and a desk's
    # `作者` label names no one.
    kept = extract(f"旬阳县城一日游 题:小城故事\n作者 本报评论员\n\n{ZH_LEAD}\n\n{ZH_MORE}\n\n{ZH_LAST}")
    assert (kept.title, kept.source, kept.author) == ("旬阳县城一日游 题:小城故事", "", ())
    # A headline printed over the wire's line is the headline; the wire's line then opens the text.
    over = extract("聚焦中国 瞩目盛会\n\n2017-10-17 20:10:40  来源:新华社\n\n"
                   f"新华社北京10月17日电 题:聚焦中国瞩目盛会\n\n{ZH_LEAD}\n\n{ZH_MORE}\n\n{ZH_LAST}")
    assert over.title == "聚焦中国 瞩目盛会"
    assert over.paragraphs[0].startswith("新华社北京10月17日电")

KO_LEAD = ("2019대입일정, 시간은 빠르게 흐르고 어느덧 1년 중 마지막인 12월이 됐다. "
           "앞으로 남은 입시 일정이 어떻게 되는지 알아보자.")
KO_MORE = ("대부분의 수시모집 일정은 2일 부로 끝나간다. "
           "수능이 끝난 후 세 번째 맞는 주말로 대다수의 학교가 면접고사를 완료했다.")
KO_LAST = "17일부터는 수시모집 합격자 등록이 있다. 1차 등록은 19일까지이고 이후 추가 합격 과정은 대학별로 다르다."


def test_a_korean_leads_tag_with_an_outlets_latin_initials_names_the_outlet_and_the_reporter():
    article = extract(f"합격자 발표는 14일 전까지\n\n[문화뉴스 MHN 박지희 기자] {KO_LEAD}\n\n{KO_MORE}\n\n{KO_LAST}")
    assert (article.source, article.author) == ("문화뉴스 MHN", ("박지희",))
    # Two words in Hangul before the name are no outlet's name with its initials: nothing is read.
    other = extract(f"합격자 발표는 14일 전까지\n\n[부산 사상구 김철수 기자] {KO_LEAD}\n\n{KO_MORE}\n\n{KO_LAST}")
    assert (other.source, other.author) == ("", ())

JA_LEAD = "6月18日は船橋市長選、三浦市長選、あわら市議選などが行われ、各地で新しい市長が選ばれました。"
JA_MORE = "現職市長の死去に伴う中間市長選は、無所属の新人が初当選しました。投票率は前回を上回りました。"
JA_LAST = "任期満了に伴う兵庫県知事選挙が15日に告示され、4人が立候補しました。投開票は7月2日です。"


def test_a_browser_titles_tail_closing_with_a_bracketed_name_is_the_site():
    article = extract(f"6月18日の選挙結果  |  政治・選挙プラットフォーム【政治山】\n\n{JA_LEAD}\n\n"
                      f"{JA_MORE}\n\n{JA_LAST}")
    assert (article.title, article.source) == ("6月18日の選挙結果", "政治山")
    # A label in the brackets names a kind of item, no site; a bracketed label glued to the headline, no bar
    # before it, stays the headline's.
    label = extract(f"6月18日の選挙結果 | 選挙ニュース【速報】\n\n{JA_LEAD}\n\n{JA_MORE}\n\n{JA_LAST}")
    assert label.source == ""
    kept = extract(f"6月18日の選挙結果【速報】\n\n{JA_LEAD}\n\n{JA_MORE}\n\n{JA_LAST}")
    assert (kept.title, kept.source) == ("6月18日の選挙結果【速報】", "")


def test_the_headline_printed_again_with_its_date_and_outlet_in_brackets_gives_both():
    article = extract(f"6月18日の選挙結果\n\n6月18日の選挙結果 (2017/6/19 政治山)\n\n{JA_LEAD}\n\n"
                      f"{JA_MORE}\n\n{JA_LAST}")
    assert (article.date, article.source) == ("2017-06-19", "政治山")
    assert article.paragraphs[0] == JA_LEAD
    # In brackets without a date, the headline's second print names no outlet.
    other = extract(f"6月18日の選挙結果\n\n6月18日の選挙結果 (速報 政治山)\n\n{JA_LEAD}\n\n{JA_MORE}\n\n{JA_LAST}")
    assert (other.date, other.source) == ("", "")


def test_a_date_line_with_a_reading_time_glued_on_is_the_date():
    deck = "Un cadre du parti a été condamné à deux ans de prison ferme pour diffusion de fausses informations"
    for stamp in ("Publié le 16 août 2024 Lecture : 3 minutes.", "16 August 2024 · 3 min read",
                  "16.08.2024 Lesezeit: 3 Min."):
        article = extract(f"Bridge to close\n\n{deck}\n\n{stamp}\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
        assert article.date == "2024-08-16", stamp
        assert article.paragraphs[0] == LEAD, stamp
    # A sentence that holds a date and a number of minutes is text, and no date line.
    said = "Le 16 août 2024, le train est resté à quai en gare de Brétigny pendant 3 minutes."
    kept = extract(f"Bridge to close\n\n{said}\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert (kept.date, kept.paragraphs[0]) == ("", said)


CQ_LEAD = ("今年8月初,我市發生3起編造虛假恐怖信息案。昨日,渝中區法院對這3起案件進行了集中公開宣判,"
           "3被告分別獲刑4至10年。")
CQ_MORE = ("法院在宣判時稱,今年8月1日17時許,被告高四明在較場口乘坐公交車,因車票問題與售票員發生爭執,"
           "遂謊稱自己隨身帶有炸藥要炸汽車。法院審理後認為,高四明編造虛假恐怖信息罪名成立,判處有期徒刑4年。")
CQ_LAST = ("8月2日,被告鄭旭華因和妻子吵架後心裡不快,就用手機打電話給重百,自稱是恐怖分子,並在大樓安放了炸彈。"
           "法院審理後認為,鄭旭華編造虛假信息造成嚴重後果,判處有期徒刑10年。")
CQ_HEADLINE = "謊稱重慶大樓有炸彈 2被告分別獲刑5年10年(圖)"
CQ_CAPTION = "鄭旭華(右)、高四明(中)、王世海在庭上  記者 楊帆 攝"


def _chongqing(top: str, caption: str = CQ_CAPTION) -> str:
    return f"{top}\n\n2008年09月29日 10:05 來源:華龍網-重慶晚報\n\n{caption}\n\n{CQ_LEAD}\n\n{CQ_MORE}\n\n{CQ_LAST}"


def test_a_breadcrumbs_place_label_is_never_the_headline():
    for crumb in ("本頁位置:首頁新聞中心社會新聞", "You are here: Home"):
        assert extract(_chongqing(f"{crumb}\n{CQ_HEADLINE}")).title == CQ_HEADLINE, crumb
    # A headline with a colon after its first words is a headline.
    kept = "重慶:謊稱大樓有炸彈 2被告分別獲刑"
    assert extract(_chongqing(kept)).title == kept


def test_a_photos_caption_with_its_credit_after_a_wide_gap_is_no_rival_headline():
    assert extract(_chongqing(f"本頁位置:首頁新聞中心社會新聞\n{CQ_HEADLINE}")).title == CQ_HEADLINE
    # Without a credit after its gap, a line under the date is no picture's caption (and the headline
    # above the date line stays the headline: the breadcrumb is furniture since round 19's body rules).
    rival = "鄭旭華(右)、高四明(中)、王世海三人昨日在渝中區法院  分別被判處有期徒刑"
    article = extract(_chongqing(f"本頁位置:首頁新聞中心社會新聞\n{CQ_HEADLINE}", rival))
    assert (article.title, article.image_caption, article.image_credit) == (CQ_HEADLINE, "", "")


ES_LEAD = ("La Audiencia Provincial ha condenado a tres de los acusados del crimen de un camionero en Caudete "
           "a penas de entre cuatro años y medio y cinco años de prisión.")
ES_MORE = "En concreto, por robo con violencia se ha condenado a los tres a tres años, seis meses y un día de prisión."
ES_LAST = "Los otros dos procesados quedaron fuera del veredicto antes de que el jurado comenzara la deliberación."


def test_a_writers_initials_under_the_headline_are_no_summary_and_the_deck_under_them_is():
    deck = ("Por decisión del magistrado, dos de los procesados quedaron fuera del veredicto por falta de pruebas, "
            "por lo que no hay condenados por asesinato")
    caption = "Imagen de los cinco acusados durante el juicio. - Foto: José Miguel Esparcia"
    article = extract(f"Penas de hasta cinco años\n\nJ.G.\n-\n\n{deck}\n\n{caption}\n\n{ES_LEAD}\n\n"
                      f"{ES_MORE}\n\n{ES_LAST}")
    assert (article.summary, article.author) == (deck, ())
    assert article.paragraphs[0] == ES_LEAD
    # A byline with a name under the headline is the author's, and the deck under it is still no byline.
    named = extract(f"Penas de hasta cinco años\n\nPor Juan García\n\n{ES_LEAD}\n\n{ES_MORE}\n\n{ES_LAST}")
    assert named.author == ("Juan García",)


def test_an_update_note_under_the_headline_is_no_summary():
    headline = "Public health emergency declared over the old bridge closure"
    for note in ("(Update: Confirmed cases to 19; seven suspected; health emergency declared)",
                 "[Actualización: el ayuntamiento confirma el cierre del puente]"):
        article = extract(f"{headline}\n{note}\nTOKYO (AP) — {LEAD}\n{MORE}\n{LAST}")
        assert article.summary == "", note
        assert article.paragraphs[0] == f"TOKYO (AP) — {LEAD}", note
    # A deck that opens with the word, no bracketed note, is the summary.
    deck = "Update on the old bridge: engineers found cracks in two of its piers and the council acts"
    assert extract(f"{headline}\n{deck}\nTOKYO (AP) — {LEAD}\n{MORE}\n{LAST}").summary == deck


def test_an_editions_year_and_an_events_name_that_the_lead_names_is_the_headline():
    lead = ("11월 4일부터 시작된 2018 한국시리즈가 11월 14일이 돼서야 끝이 났다. "
            "밤 11시가 넘어가는 접전 끝에 SK가 이겼다.")
    article = extract(f"2018 한국시리즈\n\n{lead}\n\n{KO_MORE}\n\n{KO_LAST}")
    assert article.title == "2018 한국시리즈"
    assert article.paragraphs[0] == lead
    # A year and a word that the lead does not name is a section's label over the text, no headline.
    other = extract(f"2018 스포츠\n\n{lead}\n\n{KO_MORE}\n\n{KO_LAST}")
    assert other.title == ""


def test_a_copyright_notice_closing_a_tip_line_names_the_outlet():
    tip = "기사제보 및 보도자료 제공 tbs3@naver.com copyrightⓒ tbs. 무단전재 & 재배포 금지"
    article = extract(f"수험생 집행유예\n\n{KO_LEAD}\n\n{KO_MORE}\n\n{KO_LAST}\n\n{tip}")
    assert article.source == "tbs"
    # A mark inside a line without the notice's words after it names no one.
    said = f"{KO_LAST} 사진 copyrightⓒ tbs 제공"
    assert extract(f"수험생 집행유예\n\n{KO_LEAD}\n\n{KO_MORE}\n\n{said}").source == ""


HK_LEAD = "備受關注的福建3網民被控誣告陷害案,16日上午在福州市馬尾區人民法院第三次開庭。法院一審宣佈3網民誹謗罪成立。"
HK_MORE = "08年2月,福州閩清女子晚上外出後死亡,其母稱女兒遭人侵害。但福建公安廳出具報告稱死因為輸卵管妊娠破裂。"
HK_LAST = "法院在判決書中稱,被告人故意捏造事實,先後兩次杜撰文章在互聯網上散佈虛構的事實,情節嚴重,依法應予以懲處。"


def _fujian(top: str, caption: str) -> str:
    return (f"{top}\n2010年4月17日 星期六\n\n福建3網民誹謗案 一審罪成\n\n{caption}\n\n{HK_LEAD}\n\n"
            f"{HK_MORE}\n\n{HK_LAST}")


def test_a_search_or_sign_in_forms_labels_are_never_the_headline():
    caption = "■去年11月庭審時,死者的母親(左一)在法院門口。 網上圖片"
    for form in ("檢索: 帳戶 密碼", "Search | Log in | Password"):
        assert extract(_fujian(form, caption)).title == "福建3網民誹謗案 一審罪成", form
    # A headline that names a password is a headline.
    kept = "密碼外洩 帳戶遭盜用"
    assert extract(f"{kept}\n\n{HK_LEAD}\n\n{HK_MORE}\n\n{HK_LAST}").title == kept


def test_a_caption_with_a_few_characters_after_its_full_stop_is_no_rival_headline():
    caption = "■去年11月庭審時,死者的母親(左一)在法院門口。 網上圖片"
    assert extract(_fujian("檢索: 帳戶 密碼", caption)).title == "福建3網民誹謗案 一審罪成"
    # A longer line with no full stop in it still leaves the headline to a person.
    rival = "■去年11月庭審時死者的母親在法院門口要求重新調查女兒死因 網上圖片"
    assert extract(_fujian("檢索: 帳戶 密碼", rival)).title == ""


def test_an_aggregators_link_to_the_rest_of_the_article_names_its_outlet():
    for link, outlet in (("... suite de l'article sur Jeune Afrique", "Jeune Afrique"),
                         ("Read the full story at The Tribune", "The Tribune"),
                         ("Weiterlesen auf Spiegel Online", "Spiegel Online")):
        article = extract(f"Bridge to close\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\n{link}")
        assert (article.source, article.author) == (outlet, ()), link
    # A sentence that tells where to read more, or a link to an address, names no outlet.
    for line in ("Read more on the council's plans in tomorrow's paper.", "Read more at www.example.com"):
        assert extract(f"Bridge to close\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\n{line}").source == "", line


FR_LEAD = ("Un train a déraillé vendredi en fin d’après-midi dans une gare près de Paris pour une raison encore "
           "inconnue, avec un bilan provisoire de six morts, selon des autorités.")
FR_MORE = "Au total, 192 personnes ont été impliquées dans la catastrophe, selon la préfecture de l’Essonne."
FR_LAST = "Le président de la République s’est rendu sur les lieux dans la soirée, a indiqué l’Élysée."
FR_HEADLINE = "Déraillement de train près de Paris: au moins 6 morts"
FR_NOTE = ("On dirait quand une catastrophe arrive, il y a un effet d’enchaînement. Au moins, le patron de la "
           "compagnie a été présent assez vite sur les lieux")


@pytest.mark.usefixtures("rules_alone")
def test_a_reposted_headline_printed_again_over_a_wires_credits_opens_the_article():
    credits = "JULIE CHABANAS, DIANE FALCONER\nAgence France-Presse\nBRETIGNY-SUR-ORGE"
    article = extract(f"{FR_HEADLINE}\n\n{FR_NOTE}\nNuage\n\n{FR_HEADLINE}\n\n{credits}\n\n{FR_LEAD}\n\n"
                      f"{FR_MORE}\n\n{FR_LAST}")
    assert (article.source, article.dateline) == ("Agence France-Presse", "BRETIGNY-SUR-ORGE")
    assert article.paragraphs[0] == FR_LEAD
    # Without a wire's credits under the second print, a paragraph of several sentences above it is the text's.
    kept = extract(f"{FR_HEADLINE}\n\n{FR_NOTE}\nNuage\n\n{FR_HEADLINE}\n\n{FR_LEAD}\n\n{FR_MORE}\n\n{FR_LAST}")
    assert kept.paragraphs[0].startswith("On dirait")


def test_names_in_capitals_over_an_agencys_name_are_the_authors():
    article = extract(f"{FR_HEADLINE}\n\nJULIE CHABANAS, DIANE FALCONER\nAgence France-Presse\n\n{FR_LEAD}\n\n"
                      f"{FR_MORE}\n\n{FR_LAST}")
    assert article.author == ("Julie Chabanas", "Diane Falconer")
    # A heading in capitals over the agency's name is no byline: its words are the text's own in lower case,
    # or they are more than a name's.
    said = f"{FR_LEAD} Les secours sont arrivés à la dernière minute, en direct des casernes voisines."
    for heading in ("DERNIÈRE MINUTE, EN DIRECT", "LE BILAN DE LA CATASTROPHE FERROVIAIRE"):
        other = extract(f"{FR_HEADLINE}\n\n{heading}\nAgence France-Presse\n\n{said}\n\n{FR_MORE}\n\n{FR_LAST}")
        assert other.author == (), heading


def test_a_caption_printed_whole_under_its_cut_teaser_is_the_caption():
    teaser = "Le train s'est scindé en deux pour une... (PHOTO KENZO TRIBOUILLARD, AFP)"
    whole = ("Le train s’est scindé en deux pour une raison encore inconnue en arrivant à grande vitesse en gare "
             "de Brétigny-sur-Orge, selon une source policière.")
    article = extract(f"{FR_HEADLINE}\n\n{teaser}\n\n{whole}\n\nPHOTO KENZO TRIBOUILLARD, AFP\n\n"
                      f"PARIS\n\n{FR_LEAD}\n\n{FR_MORE}\n\n{FR_LAST}")
    assert article.image_caption == whole
    assert whole not in article.paragraphs
    # A lead that opens otherwise than the teaser is the text.
    other = extract(f"{FR_HEADLINE}\n\n{teaser}\n\n{FR_LEAD}\n\n{FR_MORE}\n\n{FR_LAST}")
    assert other.paragraphs[0] == FR_LEAD
