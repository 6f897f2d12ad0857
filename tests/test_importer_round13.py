"""Rules of the importer's thirteenth round (drawn from held-out batch 12): each rule once, on
invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

from importer_copy import LEAD, MORE

from gazette.importer import extract
from gazette.importer.rules.caption import labelled_caption
from gazette.importer.rules.furniture import LINE_PATTERNS, strip_glued_tail
from gazette.importer.rules.mail import mail_header, past_preheader

FR_LEAD = ("Le conseil municipal a voté lundi la fermeture du vieux pont à la circulation après la découverte "
           "de fissures dans deux de ses piles, a indiqué la mairie.")
FR_MORE = "Les travaux devraient durer un an et coûter environ quatre millions d'euros, selon les services."


def _furniture(line: str) -> bool:
    return any(p.match(line) for p in LINE_PATTERNS)


def test_an_e_mail_header_block_gives_the_subject_as_headline_and_drops_the_rest():
    preheader = "Bridge closed, a new library, and more Bridge closed, a new li"
    text = ("Newsletter Subject\n\nBridge closed\n\nFrom\n\ncitynews.com\n\nEmail Address\n\nnews@citynews.com\n\n"
            f"Sent On\n\nThu, Jan 25, 2024 09:36 PM\n\nEmail Preheader Text\n\n{preheader}\n\n{LEAD}\n\n{MORE}")
    article = extract(text)
    assert article.title == "Bridge closed"  # the subject, never the preheader
    assert article.date == "2024-01-25T21:36:00"
    assert article.source == "citynews.com"
    assert article.paragraphs == (LEAD, MORE)
    # The one-line form, in another language, a reply's mark off the subject; a person's name as
    # the sender is no publisher.
    inline = extract(f"Von: Erika Muster\nBetreff: AW: Brücke gesperrt\nDatum: 25.01.2024, 21:36 Uhr\n\n{LEAD}")
    assert inline.title == "Brücke gesperrt" and inline.source == ""
    assert inline.date == "2024-01-25T21:36:00"


def test_the_mails_first_line_loses_the_preheader_and_bare_link_labels_before_its_text():
    preheader = "Bridge closed, a new library, and more Bridge closed, a new li"
    opening = (f"Bridge closed, a new library, and more [View this email in your browser]( [City Evening]( "
               f"Bridge closed, a new library, and more   Good evening, {LEAD}")
    text = (f"Subject\n\nBridge closed\n\nFrom\n\ncitynews.com\n\nEmail Address\n\nSent On\n\n"
            f"Thu, Jan 25, 2024 09:36 PM\n\nEmail Preheader Text\n\n{preheader}\n\n{opening}\n\n{MORE}")
    article = extract(text)  # (the address under its label went as furniture: the label over the next)
    assert article.title == "Bridge closed" and article.date == "2024-01-25T21:36:00"
    assert article.paragraphs == (f"Good evening, {LEAD}", MORE)
    # A first line that only shares a word or two with the preheader keeps them.
    assert past_preheader("Bridge repairs start today.", preheader) == "Bridge repairs start today."


def test_no_header_block_without_a_subject_or_with_one_field():
    assert mail_header(["From", "citynews.com", "Sent On", "Thu, Jan 25, 2024 09:36 PM", LEAD]) is None
    assert mail_header(["Subject", "Bridge closed", LEAD]) is None
    assert mail_header(["Bridge closed", "From the archives: the old bridge", LEAD]) is None
    header = mail_header(["Subject: Bridge closed", "From: City News <news@citynews.com>", LEAD])
    assert header is not None and (header.subject, header.sender, header.lines) == ("Bridge closed", "City News",
                                                                                      (0, 1))


def test_an_account_prompt_is_furniture_never_a_headline():
    for line in ("新規登録 ログインするカテゴリーをフォローする", "新規登録 ログインする", "회원가입 로그인",
                 "Register Log in to comment", "S'inscrire Se connecter"):
        assert _furniture(line), line
    # A notice that a feature is for members only, alone or glued after the text's last sentence.
    assert _furniture("『カテゴリーをフォロー』すると、マイページでまとめて記事を読むことができます。"
                      "会員の方のみご利用いただけます。")
    prompt = "記事に『リアクション』ができます。ご利用には会員登録が必要です。"
    assert strip_glued_tail(f"羽田空港の事故などを報じて受賞した。{prompt}") == "羽田空港の事故などを報じて受賞した。"
    # A sentence about registering is no prompt; nor is the text's own short last sentence.
    assert not _furniture("Registration opens on Monday for the city's new library cards, officials said.")
    assert strip_glued_tail("受賞した。式は横浜で開かれた。") == "受賞した。式は横浜で開かれた。"
    text = ("新聞協会賞の受賞者による講演会が7日、横浜市のニュースパークで開かれた。"
            "撮影した記者は「能登の人の励みになる記録を残していきたい」と力を込めた。")
    article = extract(f"2024年度の受賞者による講演会で語る記者=7日午後、横浜市\n{text}"
                      "記事に『リアクション』ができます。ご利用には会員登録が必要です。\n"
                      "新規登録 ログインするカテゴリーをフォローする\n新規登録 ログインする")
    assert article.title == ""  # the copy shows none: no account prompt stands in for it
    assert article.paragraphs == (text,)


def test_a_line_opening_with_a_photos_label_is_a_caption_never_the_summary():
    assert labelled_caption("Photo : Le pont fermé lundi matin (Photo d'illustration: J.Dupont / Ville).") \
        == ("Le pont fermé lundi matin", "J.Dupont / Ville")
    assert labelled_caption("Foto: Der Bürgermeister vor der gesperrten Brücke") == \
        ("Der Bürgermeister vor der gesperrten Brücke", "")
    assert labelled_caption("사진=시청 앞에서 열린 개막식에서 시장이 인사말을 하고 있다") is not None
    assert labelled_caption("Foto: dpa") is None  # a label over a credit alone
    article = extract("Le vieux pont fermé à la circulation\n\n"
                      "Photo : Le pont, fermé lundi matin, sera réparé (Photo d'illustration: J.Dupont / Ville).\n\n"
                      f"{FR_LEAD}\n\n{FR_MORE}")
    assert article.summary == ""
    assert (article.image_caption, article.image_credit) == ("Le pont, fermé lundi matin, sera réparé",
                                                             "J.Dupont / Ville")
    assert article.paragraphs[0] == FR_LEAD


def test_a_date_line_over_a_list_of_labels_is_read_before_the_list_goes():
    lead = "春潮涌动,万象更新。伴着春天的步伐,全国两会大幕即将开启,万里铁道线上澎湃着奋进的力量。"
    more = "西延高铁的开通运营,让革命圣地延安迎来高铁时代,沿线群众出行更加便捷。"
    text = (f"万里铁道上,处处是奋进的乐章!\n\n来源:中国铁路 作者:人民铁道 2026-03-03 23:04:30\n"
            f"  • 利空\n  • 利空\n  • 中性\n  • 利好\n  • 利好\n意见反馈\n\n{lead}\n\n{more}")
    article = extract(text)
    assert (article.date, article.source) == ("2026-03-03T23:04:30", "中国铁路")
    assert article.paragraphs == (lead, more)
    # The same list under a line that is no date line goes whole, the line with it.
    plain = extract(text.replace("来源:中国铁路 作者:人民铁道 2026-03-03 23:04:30", "热门标签"))
    assert plain.date == "" and plain.paragraphs == (lead, more)


def test_a_date_glued_to_a_labelled_source_is_not_part_of_its_name():
    from gazette.importer.rules.source import labelled_source

    assert labelled_source("来源:人民日报2025-07-14 09:36:42") == "人民日报"
    assert labelled_source("来源:人民日报 2025-07-14 09:36:42") == "人民日报"
    assert labelled_source("来源:新华社") == "新华社"
    assert labelled_source("Source: Reuters") == "Reuters"


def test_a_korean_bracketed_credit_with_the_letter_i_as_its_bar():
    lead = ("[더팩트ㅣ김철수 기자] 남북정상회담을 하루 앞둔 17일 한반도 평화기원 사진전이 서울 광화문 광장에서 열렸다. "
            "이번 사진전은 17일부터 26일까지 열린다.")
    more = "많은 시민들이 사진전을 찾아 사진을 둘러봤다."
    article = extract(f"한반도 평화기원 사진전 개막\n\n{lead}\n\n{more}")
    assert (article.source, article.author) == ("더팩트", ("김철수",))
    bar = extract(f"한반도 평화기원 사진전 개막\n\n{lead.replace('ㅣ', '|')}\n\n{more}")
    assert (bar.source, bar.author) == ("더팩트", ("김철수",))


def test_a_comment_count_and_a_link_copied_notice_are_furniture():
    for line in ("댓글0", "댓글 12", "新闻评论0", "Comments (3)", "기사 URL이 복사되었습니다.",
                 "Link copied to clipboard", "Lien copié", "リンクをコピーしました"):
        assert _furniture(line), line
    assert not _furniture("The comments were copied to the council's minutes on Monday.")
    assert not _furniture("댓글 12개가 달린 글은 곧 삭제됐다.")


def test_a_dates_label_without_its_date_is_no_headline():
    headline = "Polizei baut Unfall im Einsatz: Bei Autokontrolle springt Reh auf Fahrbahn"
    lead = ("In Selb hat ein Polizist im Einsatz am Mittwoch einen Unfall gebaut, als ein Reh auf die Straße "
            "sprang und die Polizei gerade einen Wagen kontrollieren wollte.")
    for label in ("Zuletzt aktualisiert am", "Last updated on", "Mis à jour le", "Publicado el"):
        article = extract(f"{label}\n\nUnfall\n\n{headline}\n\n{lead}\n\nDer Wagen wurde dabei leicht beschädigt.")
        assert article.title == headline, label
    # A headline that opens with the word is still one.
    own = "Aktualisiert am Montag: Stadt sperrt die alte Brücke"
    assert extract(f"{own}\n\n{lead}\n\nDer Wagen wurde dabei leicht beschädigt.").title == own


def test_a_korean_approval_time_is_the_publication_date_over_the_pages_day():
    lead = "2025 세계기자대회가 전 세계 52개국 62명의 기자들이 참석한 가운데 서울 프레스센터에서 열렸다."
    article = extract(f"2025년 4월 3일 (목)\n“한국 반가워요”…세계기자대회 참석한 52개국 기자들\n\n"
                      f"기사승인 2025-03-31 12:56:22\n\n{lead}\n\n참가자들은 일주일 동안 국내 곳곳을 둘러본다.")
    assert article.date.startswith("2025-03-31T12:56:22")  # (the zone is the site's convention's)
    # A date inside the text under the headline does not displace the day over it (round 21: an unlabelled
    # date line under the headline does, as the story's own date under the page's day of reading).
    inside = extract(f"2025년 4월 3일 (목)\n“한국 반가워요”…세계기자대회 참석한 52개국 기자들\n\n"
                     f"{lead} 대회는 2025년 3월 31일 개막했다.\n\n참가자들은 일주일 동안 국내 곳곳을 둘러본다.")
    assert inside.date.startswith("2025-04-03")


def test_a_korean_caption_with_its_providers_credit_leaves_the_body():
    caption = "김철수 협회장이 2일 오전 광화문광장에서 열린 특별전 개막식에서 인사말을 하고 있다."
    lead = "한국편집기자협회가 종로문화재단과 함께 2일 광화문광장 놀이마당에서 창립 60주년 기념 특별전을 열었다."
    more = "특별전에는 지난 60년 동안의 신문 지면과 편집기자들의 작품 100여 점이 전시된다."
    article = extract(f"창립 60주년 기념 특별전 개막\n\n{lead}\n\n{caption} 한국편집기자협회 제공\n\n{more}")
    assert (article.image_caption, article.image_credit) == (caption, "한국편집기자협회 제공")
    assert article.paragraphs == (lead, more)
    # A text sentence that says something was provided is no caption.
    said = "협회는 이번 전시를 위해 지면 100여 점을 시민들에게 무료로 제공."
    assert extract(f"창립 60주년 기념 특별전 개막\n\n{lead}\n\n{said}\n\n{more}").image_caption == ""


def test_under_a_menu_in_another_script_the_headline_is_looked_for():
    lead = "한국편집기자협회가 종로문화재단과 함께 2일 광화문광장 놀이마당에서 창립 60주년 기념 특별전을 열었다."
    more = "특별전에는 지난 60년 동안의 신문 지면과 편집기자들의 작품 100여 점이 전시된다."
    article = extract(f"뉴스 트렌드 생활정보 International edition 매체\n\n창립 60주년 기념 ‘언론의 지평’ 특별전\n\n"
                      f"입력 | 2024-07-02 17:56:00\n\n{lead}\n\n{more}")
    assert article.title == "창립 60주년 기념 ‘언론의 지평’ 특별전"
    assert article.paragraphs == (lead, more)
    # With only the Latin line over the text, no headline is taken.
    assert extract(f"news every. Special edition\n\n{lead}\n\n{more}").title == ""


def test_a_numbered_breadcrumb_whose_last_item_is_printed_again_goes():
    from gazette.importer.rules.furniture import numbered_crumb

    crumb = ["1. Home", "  2. All headlines", "  3. Bridge closed after cracks found"]
    assert numbered_crumb(crumb, "Bridge closed after cracks found") == ["Home", "All headlines",
                                                                        "Bridge closed after cracks found"]
    article = extract("\n".join(crumb) + f"\n\nBridge closed after cracks found\n\n{LEAD}\n\n{MORE}")
    assert article.title == "Bridge closed after cracks found"
    assert article.paragraphs == (LEAD, MORE)
    # A numbered list whose last item is not printed again, or not numbered from 1, is no breadcrumb.
    assert numbered_crumb(crumb, "Council votes on the budget") == []
    assert numbered_crumb(["2. Home", "3. All headlines", "4. Bridge closed"], "Bridge closed") == []


def test_a_writers_name_in_brackets_closing_chinese_or_japanese_copy_is_the_author():
    zh_lead = "记者7月13日从中国国家铁路集团有限公司获悉:今年上半年,全国铁路完成固定资产投资3559亿元,同比增长5.5%。"
    zh_last = "在建工程项目顺利推进,广州至湛江高铁等项目正加快推进铺轨精调等剩余工程。"
    article = extract(f"全国铁路上半年投资增长\n\n{zh_lead}\n\n{zh_last}(李心萍)")
    assert article.author == ("李心萍",)
    assert article.paragraphs[-1] == f"{zh_last}(李心萍)"  # kept as the paper prints it
    ja_lead = "ニュースパークは1月21日、企画展に合わせた記者講演会を開いた。両記者が写真報道の役割について語った。"
    ja = extract(f"写真報道の役割 2記者が語る\n\n{ja_lead}\n\n最後にもう一枚。ことしの新聞協会賞の写真だ。\n\n(堤  哲)")
    assert ja.author == ("堤 哲",)
    assert ja.paragraphs[-1] == "最後にもう一枚。ことしの新聞協会賞の写真だ。"
    # An end mark, a picture's credit, an outlet or a place in brackets names no writer.
    for tail in ("(完)", "(新华社)", "(图片来源:网络)", "(上海)", "(北京)", "(广州)"):
        assert extract(f"全国铁路上半年投资增长\n\n{zh_lead}\n\n{zh_last}{tail}").author == (), tail
    # A Chinese name opens with a surname, a compound one too; a spaced name is a signature.
    for name in ("欧阳明", "王 明", "陳志強"):
        assert extract(f"全国铁路上半年投资增长\n\n{zh_lead}\n\n{zh_last}({name})").author == (name,), name


def test_a_writers_initials_and_a_dash_before_a_date_line():
    from gazette.importer.rules.dates import read_date_line

    line = "Y.C. – 16 juillet 2020, 12h03 │ MAJ : 16 juillet 2020, 12h05"
    when = read_date_line(line, language="fr")
    assert when is not None and (when.published, when.updated) == ("2020-07-16T12:03:00", "2020-07-16T12:05:00")
    assert read_date_line("J.-M. D. - 16 juillet 2020", language="fr").published == "2020-07-16"
    # A date inside a sentence stays none, initials or not.
    assert read_date_line("Y.C. – Le 16 juillet 2020, les gendarmes de Rennes ont été appelés pour un accident "
                          "sur une route étroite.", language="fr") is None


def test_a_captions_photo_tail_gives_its_credit():
    from gazette.importer.rules.caption import tail_credit

    assert tail_credit("/사진공동취재단 |") == "사진공동취재단"
    assert tail_credit("/사진=뉴스1화상") == "뉴스1화상"
    assert tail_credit("写真:共同") == "共同"
    assert tail_credit("2025.06.25. kim@newsis.com") == ""  # an agency photo's address names no one
    caption = "17일 서울 광화문 광장에서 열린 보도사진전 개막식에서 참석자들이 사진을 보고 있다."
    lead = "[더팩트ㅣ김철수 기자] 남북정상회담을 하루 앞둔 17일 한반도 평화기원 사진전이 서울 광화문 광장에서 열렸다."
    article = extract(f"한반도 평화기원 사진전 개막\n\n{caption}/사진공동취재단 |\n{lead}\n\n"
                      "많은 시민들이 사진전을 찾아 사진을 둘러봤다.")
    assert (article.image_caption, article.image_credit) == (caption, "사진공동취재단")


def test_a_caption_with_its_credit_after_a_slash_is_no_headline():
    from gazette.importer.rules.caption import marked_caption

    caption = "17일 서울 광화문 광장에서 열린 보도사진전 개막식에서 참석자들이 함께 사진을 보고 있다."
    assert marked_caption(f"{caption}/사진공동취재단 |") == (caption, "사진공동취재단")
    assert marked_caption(f"{caption} /사진=뉴스1") == (caption, "뉴스1")
    lead = ("[더팩트ㅣ김철수 기자] 남북정상회담을 하루 앞둔 17일 한반도 평화기원 사진전이 서울 광화문 광장에서 열렸다. "
            "이번 사진전은 17일부터 26일까지 열린다.")
    article = extract(f"{caption}/사진공동취재단 |\n{lead}\n\n많은 시민들이 사진전을 찾아 사진을 둘러봤다.")
    assert article.title == ""  # the copy shows no headline: its caption is none
    assert (article.image_caption, article.image_credit) == (caption, "사진공동취재단")
    # An agency's name after a slash closing its own text is no caption's credit.
    assert marked_caption("산림당국은 해가 지기 전까지 주불 진화를 마칠 계획이다. /연합뉴스") is None


def test_a_caption_between_the_date_line_and_the_byline_leaves_the_text():
    caption = "전 세계 52개국 기자들이 31일 서울 프레스센터에서 열린 세계기자대회에 참석해 기념사진을 촬영하고 있다."
    lead = "2025 세계기자대회가 전 세계 52개국 62명의 기자들이 참석한 가운데 서울 프레스센터에서 열렸다."
    more = "참가자들은 일주일 동안 국내 곳곳을 둘러보며 한국 언론인들과 교류한다."
    head = "“한국 반가워요”…세계기자대회 참석한 52개국 기자들\n\n기사승인 2025-03-31 12:56:22\n"
    article = extract(f"{head}{caption}\n유희태 기자\n\n{lead}\n\n{more}")
    assert article.image_caption == caption
    assert article.author == ("유희태",)
    assert article.paragraphs == (lead, more)
    # A lead that does not read as a caption stays the text's first paragraph.
    plain = extract(f"{head}{lead}\n유희태 기자\n\n{more}")
    assert plain.image_caption == "" and plain.paragraphs[0] == lead


def test_the_pages_day_of_reading_over_the_masthead_is_no_text():
    from gazette.importer.passes.head import masthead_day

    assert masthead_day("SÁBADO, 23 DE NOVIEMBRE DE 2024 · 14:06h.")
    assert masthead_day("Monday, 4 March 2024.")
    assert not masthead_day("Monday was the coldest day of 2024 so far, the weather service said on Tuesday morning.")
    es_lead = ("La tasa de inflación interanual de la zona euro se ha situado en mayo en el 8,1%, frente al 7,4% "
               "registrado en abril, según el avance publicado por Eurostat.")
    article = extract("SÁBADO, 23 DE NOVIEMBRE DE 2024 · 14:06h.\n\n"
                      "La inflación de la eurozona se desboca en mayo hasta un récord del 8,1%\n\n31.05.2022\n\n"
                      f"{es_lead}\n\nLos servicios se encarecieron un 3,5% interanual, según la oficina estadística.")
    assert article.paragraphs[0] == es_lead
    assert article.date.startswith("2022-05-31")


def test_a_weather_widgets_label_is_furniture_never_a_rival_headline():
    for line in ("SAN JUAN WEATHER", "El tiempo en Madrid", "Météo à Lyon", "Wetter in Berlin"):
        assert _furniture(line), line
    assert not _furniture("Wild weather closes schools across the state")  # a headline in running case
    headline = "'La Casa de las Noticias' abre sus puertas en España"
    lead = ("El Museo de Efe quedó inaugurado hoy, martes, con todos los honores, con el presidente del Gobierno "
            "y decenas de invitados que recorrieron sus salas.")
    article = extract(f"SAN JUAN WEATHER\nVida\n\n{headline}\n\n{lead}\n\nLa exposición abre al público el jueves.")
    assert article.title == headline
