"""Rules drawn from held-out batch 13 (round 14): each rule once, on invented copy, with its
look-alike that must stay as it is."""

from __future__ import annotations

from gazette.importer import extract
from gazette.importer.passes.head import common_word_tag
from gazette.importer.rules.byline import reporter_line
from gazette.importer.rules.caption import dashed_photographer_credit
from gazette.importer.rules.dateline import dated_place
from gazette.importer.rules.furniture import is_page_furniture, paywall_cut
from gazette.importer.rules.source import cjk_outlet_alone, lead_bracket_outlet, outlet_holder, reporter_outlet

ZH_LEAD = "金秋时节,全县二十所学校完成改造。"
ZH_MORE = "近日,记者一行来到县里,走访了不少学校,探寻均衡发展的路径。"


def test_a_chinese_reporters_credit_line_is_never_the_headline_and_names_its_paper():
    article = extract(f"□长江日报记者 王小明 通讯员 李四\n\n{ZH_LEAD}\n\n{ZH_MORE}")
    assert article.title == ""  # the copy shows no headline: none is made of its credit line
    assert article.source == "长江日报"
    assert article.author == ("王小明",)  # the correspondent after `通讯员` is no reporter
    assert article.paragraphs == (ZH_LEAD, ZH_MORE)
    # Look-alikes: the paper's own `本报记者` names no source; a headline over the credit stays the headline.
    own = extract(f"县里二十所学校完成改造\n\n本报记者 王小明\n\n{ZH_LEAD}\n\n{ZH_MORE}")
    assert own.title == "县里二十所学校完成改造" and own.source == "" and own.author == ("王小明",)
    assert reporter_line("记者 王小明 通讯员 李四") == ("王小明",)
    assert reporter_outlet("记者 王小明") == "" and reporter_outlet("新华社记者 崔静") == "新华社"


ES_LEAD = ("El Ayuntamiento ha aprobado este lunes el cierre del puente viejo al tráfico después de que los "
           "técnicos encontraran grietas en dos de sus pilares.")
ES_MORE = "Las obras durarán un año y costarán unos cuatro millones de euros, según ha informado el consistorio."


def test_a_photos_line_with_its_photographer_and_agency_after_dashes_is_caption_and_credit_never_headline():
    photo = "Archivo - Imagen del puente viejo, en Santander. - Ana López Ruiz - Europa Press - Archivo"
    article = extract(f"{photo}\n\n{ES_LEAD}\n\n{ES_MORE}")
    assert article.title == "" and article.source == ""  # no headline, and `Archivo` is no source
    assert article.image_caption == "Imagen del puente viejo, en Santander."
    assert article.image_credit == "Ana López Ruiz - Europa Press - Archivo"
    assert article.paragraphs == (ES_LEAD, ES_MORE)
    plain = extract(f"El puente viejo cierra al tráfico\n\nLa alcaldesa, en el pleno. - Ana López - Europa Press"
                    f"\n\n{ES_LEAD}\n\n{ES_MORE}")
    assert plain.title == "El puente viejo cierra al tráfico"
    assert (plain.image_caption, plain.image_credit) == ("La alcaldesa, en el pleno.", "Ana López - Europa Press")
    # Look-alikes: a headline with its writer and wire after dashes has no stop and no archive's label;
    # a caption's agency must be one, and its photographer a name.
    assert dashed_photographer_credit("Sánchez gana la votación - Pedro García - Reuters") is None
    assert dashed_photographer_credit("Imagen del puente, en Santander. - Ana López - Mi Blog") is None
    assert dashed_photographer_credit("Imagen del puente. - el pleno municipal - Europa Press") is None


FR_LEAD = ("Le conseil municipal a voté lundi la fermeture du vieux pont à la circulation après la découverte "
           "de fissures dans deux de ses piles, a indiqué la mairie.")
FR_MORE = "Les travaux devraient durer un an et coûter environ quatre millions d'euros, selon les services."


def test_a_word_in_capitals_that_the_text_writes_in_lower_case_is_a_tag_never_the_dateline():
    article = extract(f"Une rentrée sous le soleil\n\nRENTREE\n\n{FR_LEAD}\n\n{FR_MORE}")
    assert article.title == "Une rentrée sous le soleil" and article.dateline == ""
    assert article.paragraphs == (FR_LEAD, FR_MORE)
    # Look-alike: a place in capitals alone over the lead, which the text never writes in lower case.
    placed = extract(f"Le vieux pont fermé à la circulation\n\nLILLE\n\n{FR_LEAD}\n\n{FR_MORE}")
    assert placed.dateline == "LILLE" and placed.paragraphs == (FR_LEAD, FR_MORE)
    assert common_word_tag("LILLE", ["LILLE", "La mairie de Lille a voté."]) is False  # capitalised there
    assert common_word_tag("TRAVAUX", ["TRAVAUX", FR_MORE]) is True
    assert common_word_tag("NEW YORK", ["NEW YORK", "a new york-style deli"]) is False  # a place of two words


def test_without_a_headline_a_first_paragraph_is_a_standfirst_only_over_a_lead_twice_its_length():
    two = ("C'est la première rentrée pour la nouvelle maire de la ville. Une rentrée dans des conditions "
           "particulières, mais sous de bons auspices ce matin.")
    like = ("C'est par l'école du centre que l'équipe municipale a commencé sa tournée des huit groupes "
            "scolaires, qui seront tous visités aujourd'hui, a indiqué la mairie.")
    article = extract(f"{two}\n{like}\n{FR_MORE}")
    assert article.summary == "" and article.paragraphs[0] == two  # a lead over a paragraph of its length
    long = " ".join([like, FR_LEAD, FR_MORE])
    chapo = extract(f"{two}\n\n{long}\n\n{FR_MORE}")
    assert chapo.summary == two and chapo.paragraphs[0] == long  # a chapô over a text twice its length


KO_LEAD = ("충북도교육청이 19일 청주의 한 초등학교를 찾아 학교급식을 불시 점검했다. "
           "간부 공무원들은 식재료 원산지를 점검했다.")
KO_MORE = "교육청은 다음 달까지 도내 모든 학교의 급식 실태를 점검할 계획이다."


def test_a_korean_papers_name_in_brackets_opening_the_lead_or_alone_under_the_headline_is_the_source():
    tagged = extract(f"[충북매일] {KO_LEAD}\n\n{KO_MORE}")
    assert tagged.source == "충북매일"
    assert outlet_holder("저작권자 © 충북매일 무단전재 및 재배포 금지") == "충북매일"  # `…매일` ends a daily's name
    alone = extract(f"[사진] 안심 급식 점검\n\n중부일보\n\n입력\n\n{KO_LEAD}\n\n{KO_MORE}")
    assert alone.source == "중부일보" and alone.title == "[사진] 안심 급식 점검"
    # Look-alikes: a topic's or league's tag, a rubric and a label are no outlets.
    assert extract(f"【MLB】 {KO_LEAD}\n\n{KO_MORE}").source == ""
    assert lead_bracket_outlet(f"[속보] {KO_LEAD}") == "" and lead_bracket_outlet(f"[MLB] {KO_LEAD}") == ""
    assert cjk_outlet_alone("지면보기") == "" and cjk_outlet_alone("Daily News") == ""


DE_REST = ("Der Auftrag zum Sanieren des Raumes im Untergeschoss der Schule ist am Dienstag vom Ausschuss "
           "vergeben worden, wie die Stadt mitteilte.")
DE_MORE = "Die Arbeiten sollen in den Sommerferien beginnen und rund 80.000 Euro kosten, hieß es weiter."


def test_a_german_lead_opening_with_its_place_and_a_stop_set_off_from_it_names_the_dateline():
    spaced = extract(f"Schule wird saniert\n\nMühlacker.  {DE_REST}\n\n{DE_MORE}")
    assert spaced.dateline == "Mühlacker" and spaced.paragraphs[0].startswith("Mühlacker.")
    quoted = "Wiesbaden.„Wenn Corona nicht wäre, gingen wir sehr entspannt in das neue Schuljahr.“ Das sagte er."
    assert dated_place(quoted, lead=True) == "Wiesbaden"
    # Look-alikes: one space after the stop is a sentence's; a word alone before another short sentence.
    assert extract(f"Schule wird saniert\n\nStille. {DE_REST}\n\n{DE_MORE}").dateline == ""
    assert dated_place("Hell.  Freundlich. Ansprechend. Modern. Großzügig. Das ist es.", lead=True) == ""
    assert dated_place(f"Mühlacker.  {DE_REST}") == ""  # only in the lead


def test_a_place_in_capitals_before_a_bar_opening_the_lead_is_the_dateline_and_a_headline_loses_its_rubrics_colon():
    article = extract(f"BILDUNG\n: Lehrer-Notprogramm in Sachsen\n\nDRESDEN | {DE_REST}\n\n{DE_MORE}")
    assert article.title == "Lehrer-Notprogramm in Sachsen"
    assert article.dateline == "DRESDEN"
    # Look-alike: a rubric in capitals before a bar names no place.
    assert dated_place(f"EXKLUSIV | {DE_REST}", lead=True) == ""


def test_a_reporter_alone_in_brackets_closing_the_last_paragraph_is_the_author():
    closing = "本市將繼續做好疫情防控信息公開工作,鞏固來之不易的成果。(記者 林小明)"
    article = extract(f"北京舉行第400場發佈會\n\n{ZH_LEAD}\n\n{closing}")
    assert article.author == ("林小明",) and article.source == ""
    assert article.paragraphs[-1] == closing  # the credit stays in the text
    # Look-alike: a press conference in brackets (`記者會`) names no reporter.
    aside = "本市將繼續做好疫情防控信息公開工作。(記者會現場)"
    assert extract(f"北京舉行第400場發佈會\n\n{ZH_LEAD}\n\n{aside}").author == ()


def test_a_print_versions_header_is_never_the_headline():
    text = (f"Stadt Musterhausen (Druckversion)\nArtikel vom 19.12.2014\n\nAus der Sitzung des Gemeinderats\n\n"
            f"{DE_REST}\n\n{DE_MORE}")
    article = extract(text)
    assert article.title == "Aus der Sitzung des Gemeinderats" and article.date == "2014-12-19"
    assert article.paragraphs == (DE_REST, DE_MORE)
    # Look-alike: a headline that speaks of a print version is a headline.
    other = extract(f"Die Druckversion der Zeitung wird eingestellt\n\n{DE_REST}\n\n{DE_MORE}")
    assert other.title == "Die Druckversion der Zeitung wird eingestellt"


def test_a_paywalls_share_of_the_article_ends_the_copy_and_a_pdf_readers_note_is_furniture():
    text = (f"Schule wird saniert\n\n{DE_REST}\n\n...\n\nSie sehen 10% der insgesamt 4064 Zeichen des Artikels\n"
            f"Vielen Dank für Ihr Interesse!\n\nJetzt einfach anmelden und 5 Artikel pro Monat kostenlos lesen!")
    assert extract(text).paragraphs == (DE_REST,)
    assert is_page_furniture("(PDFファイルを閲覧するにはこちらからAdobe Readerを入手してください。)")
    assert is_page_furniture("To view PDF files, you need Adobe Acrobat Reader.")
    # Look-alikes: a share in a sentence of the text, and a story about the software, stay text.
    assert not paywall_cut("Sie sehen 10% mehr Schüler als im Vorjahr, sagte der Minister am Freitag in Wiesbaden.")
    assert not is_page_furniture("Die Sicherheitslücke im Adobe Reader betrifft Millionen Nutzer, warnte das BSI.")


JA_TEXT = "市教委は7日、感染が確認された学校を原則3日間休校とする方針を発表した。一斉休校は県の警報を目安に検討する。"


def test_a_page_on_one_line_splits_at_a_japanese_date_and_loses_its_note_that_the_rest_is_in_print():
    article = extract(f"市立小中で感染の場合 休校3日 市教委方針 2020年7月8日 {JA_TEXT} (全文は朝刊または携帯サイトで)")
    assert article.title == "市立小中で感染の場合 休校3日 市教委方針"
    assert article.date == "2020-07-08"
    assert article.paragraphs == (JA_TEXT,)
    # Look-alikes: a date inside the running text splits nothing, and a bracket that closes a
    # sentence of the text stays.
    inline = "市教委は2020年7月8日、感染が確認された学校を原則3日間休校とする方針を発表した。(全文は市のサイトで公開)"
    assert extract(f"休校3日 市教委方針\n\n{inline}").paragraphs == (inline,)
