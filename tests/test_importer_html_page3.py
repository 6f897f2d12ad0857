"""The saved-page reader's rules drawn from the held-out batch local-pages3.yaml
(gazette/importer/read_html.py, gazette/importer/page_parts.py), one rule at a time, on small
invented pages. The real pages are not in the repository: their figures are in the README
(score.py --local-pages3 --pages-dir DIR)."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from gazette.importer.read_html import bracketed_provider, editors_named, page_metadata, printed_headline, read_html

#: Enough running text for the extractor to take it as the article (it drops short pages as navigation).
PARAGRAPHS = "".join(f"<p>Paragraph {n} of the report says what happened in the city council on the day, "
                     "with the numbers that the officials gave and what the residents said about it.</p>"
                     for n in range(1, 7))
CHINESE = "".join(f"<p>第{n}段：留学生们表示，他们在国外学习生活多年，对国家发展的关注点发生了很大的变化，"
                  "希望能够学有所用，为国家发展过程中遇到的难题寻求解决办法。</p>" for n in range(1, 7))


def _read(tmp_path, page: str):
    from gazette.config import SiteConfig

    return read_html(page.encode("utf-8"), SiteConfig(root=Path(tmp_path)))


def test_characters_a_browser_shows_as_nothing_are_no_part_of_a_value(tmp_path):
    page = ('<html lang="de"><head><meta charset="utf-8"><title>Im ICE nach Barcelona</title></head><body>'
            '<h1>Im ICE nach Barcelona</h1><figure><img src="a.jpg"><figcaption>Ein Zug in England: Reisen '
            'sind oft anstrengend. <span class="figure__copyright">© Ben Stansall/\u200bAFP/\u200bGetty Images'
            '</span></figcaption></figure>' + PARAGRAPHS.replace("report", "re\u00adport") + "</body></html>")
    article = _read(tmp_path, page)
    assert article.image_credit == "Ben Stansall/AFP/Getty Images"
    assert all("\u00ad" not in p and "\u200b" not in p for p in article.paragraphs)


def test_an_editor_named_under_a_label_is_no_author():
    assert editors_named("…卢宇恳切地说。 责任编辑：崔宁宁 返回首页>> [责任编辑:肖春芳] 分享") == ("崔宁宁", "肖春芳")
    assert editors_named("(Reporting by Jane Doe; Editing by John Smith)") == ("John Smith",)
    assert editors_named("编辑部的故事 主编 王小明") == ()  # no label and colon: no editor


def test_a_meta_author_who_is_the_pages_editor_is_dropped_and_the_credit_under_the_text_is_the_author(tmp_path):
    page = ('<html><head><meta charset="utf-8"><title>海外留学生看两会</title>'
            '<meta name="author" content="青网校园崔宁宁"></head><body><h1>海外留学生看两会</h1>'
            f'{CHINESE}<p>责任编辑：崔宁宁</p></body></html>')
    assert _read(tmp_path, page).author == ()  # the meta's author is the editor the page names
    signed = page.replace("<p>责任编辑：崔宁宁</p>", "<p>作者︱春春</p><p>[责任编辑:崔宁宁]</p>")
    assert _read(tmp_path, signed).author == ("春春",)


def test_a_byline_under_the_text_and_an_agencys_sign_off_give_the_author(tmp_path):
    page = ('<html lang="fr"><head><meta charset="utf-8"><title>Prendre la parole</title></head><body>'
            '<h1>Prendre la parole</h1>' + PARAGRAPHS.replace("Paragraph", "Paragraphe")
            + "<p>Par <strong>Jacques Munier</strong></p><p>A lire aussi :</p>"
            "<p>Revue Projet : Savons-nous encore débattre ?</p></body></html>")
    article = _read(tmp_path, page)
    assert article.author == ("Jacques Munier",)
    assert not any(p.startswith(("Par Jacques", "A lire aussi", "Revue Projet")) for p in article.paragraphs)
    wire = page.replace("<p>Par <strong>Jacques Munier</strong></p>", "").replace(
        "said about it.</p><p>A lire", "said about it. (c)AFP/Aminu ABUBAKAR</p><p>A lire")
    article = _read(tmp_path, wire)
    assert article.author == ("Aminu Abubakar",) and article.source == "AFP"


def test_a_pages_only_time_labelled_as_an_update_is_its_date():
    tree = lxml_html.fromstring('<html><body><p><span>Aktualisiert am </span><time datetime="2020-01-28T15:49:07+0100">'
                                "28.01.2020-15:49</time></p></body></html>")
    assert page_metadata(tree)["date"] == "2020-01-28T15:49:07+01:00"
    tree = lxml_html.fromstring('<html><body><time datetime="2020-01-27T10:00:00+01:00">27.01.2020</time>'
                                '<p>Aktualisiert am <time datetime="2020-01-28T15:49:07+0100">28.01.</time></p>'
                                "</body></html>")
    assert page_metadata(tree)["date"] == "2020-01-27T10:00:00+01:00"  # a publication time comes first


def test_a_figcaptions_credit_in_an_element_of_its_own_or_after_a_bar_is_apart_from_the_caption():
    from gazette.importer.page_parts import figure_caption

    def caption(markup: str) -> tuple[str, str]:
        return figure_caption(lxml_html.fragment_fromstring(f"<figcaption>{markup}</figcaption>"))

    assert caption('Lula recebe de Tite a réplica da taça - <span class="widget-image__credits">'
                   "Heinrich Aikawa/Instituto Lula</span>") == ("Lula recebe de Tite a réplica da taça",
                                                                "Heinrich Aikawa/Instituto Lula")
    assert caption('<span class="caption">Jean Jaurès à l\'Assemblée, par Jean Veber</span><span>•</span>'
                   '<span class="copyright">Crédits : <em>Getty</em></span>') == (
        "Jean Jaurès à l'Assemblée, par Jean Veber", "Getty")
    assert caption("<h4>Las discrepancias jurídicas entre el juez y el fiscal.</h4><h5>27-06-2012</h5> | Efe") == (
        "Las discrepancias jurídicas entre el juez y el fiscal.", "Efe")
    assert caption("<h4>Las discrepancias jurídicas entre el juez y el fiscal.</h4> y otra frase más") == ("", "")
    assert caption('A train in England. <span class="figure__copyright">© Ben Stansall/AFP</span>')[1] == \
        "Ben Stansall/AFP"


def test_a_standfirst_in_its_classed_element_is_the_summary_and_pull_quotes_after_the_text_go(tmp_path):
    dek = ("Der Reporter hat den SPIEGEL mit gefälschten Artikeln in eine schwere Krise gestürzt. "
           "Wie konnte es dazu kommen?")
    page = ('<html lang="de"><head><meta charset="utf-8"><title>Ein Albtraum</title></head><body><div>'
            f'<h2>Ein Albtraum</h2><p class="dig-vorspann">{dek}</p>'
            + PARAGRAPHS.replace("Paragraph", "Absatz") + "<h4>Die Erzählung ist grauenhaft.</h4>"
            "<h4>Relotius legt auf Facebook ein Fake-Profil an.</h4></div></body></html>")
    article = _read(tmp_path, page)
    assert article.summary == dek and article.paragraphs[0].startswith("Absatz 1")
    assert article.paragraphs[-1].startswith("Absatz 6")  # the headings with no text under them are gone
    plain = _read(tmp_path, page.replace(' class="dig-vorspann"', ""))
    assert plain.summary == ""  # a first paragraph in no standfirst's element is no standfirst


def test_a_kickers_headline_printed_apart_and_a_photos_description_before_the_standfirst(tmp_path):
    dek = "Die Abogebühr eines Nutzers soll nur noch unter den Künstlern verteilt werden, die er gehört hat."
    page = ('<html lang="de"><head><meta charset="utf-8"><title>Musik-Stars fordern neues Streaming-Modell</title>'
            f'<meta property="og:description" content="{dek}"></head><body>'
            '<h1><span>Nutzerbasierte Abrechnung</span>: <span>Musik-Stars fordern neues Streaming-Modell</span></h1>'
            '<img src="a.jpg" alt="Auch Herbert Grönemeyer gehört zu den Unterstützern.">'
            '<p class="atc-ImageDescriptionInner">Auch Herbert Grönemeyer gehört zu den Unterstützern. Bild: dpa</p>'
            f'<p class="atc-IntroText">{dek}</p>' + PARAGRAPHS.replace("Paragraph", "Absatz") + "</body></html>")
    article = _read(tmp_path, page)
    assert article.summary == dek and article.paragraphs[0].startswith("Absatz 1")
    assert article.image_caption == "Auch Herbert Grönemeyer gehört zu den Unterstützern."


def test_the_headline_is_the_part_of_the_title_the_page_prints_on_a_line_of_its_own():
    printed = {"Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta", "Local", "海外留学生看两会"}
    assert printed_headline("Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta » Local » "
                            "Noticias » Ultima Hora Mallorca", printed) == (
        "Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta")
    assert printed_headline("海外留学生看两会_教育频道_中国青年网", printed) == "海外留学生看两会"
    assert printed_headline("Council votes - the budget", {"Council votes"}) == "Council votes"
    assert printed_headline("Council votes - the budget", set()) == "Council votes - the budget"  # not printed
    long_rest = "Council votes - " + "a part far too long to be the name of a section or of a site, surely"
    assert printed_headline(long_rest, {"Council votes"}) == long_rest  # a headline's own dash


def test_an_outlet_in_brackets_after_the_printed_headline_is_the_provider(tmp_path):
    headline = "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」"
    assert bracketed_provider(f"{headline}（CNET Japan） - Yahoo!ニュース", headline) == "CNET Japan"
    assert bracketed_provider(f"{headline}（動画）", headline) == ""  # a kind of story: no name
    assert bracketed_provider("Council votes (Video)", "Council votes") == ""
    assert bracketed_provider("Council votes (AP)", "Other headline") == ""  # not after the printed headline
    text = "".join(f"<p>トレンドマイクロは3月9日、セキュリティアプリの発売を開始すると発表した。第{n}段落の説明が続く。"
                   "利用者は万が一安全性の低いフリーWi-Fiに接続した場合も通信を保護できる。</p>" for n in range(1, 7))
    page = (f'<html lang="ja"><head><meta charset="utf-8"><title>{headline}（CNET Japan） - Yahoo!ニュース</title>'
            f'<meta property="og:title" content="{headline}（CNET Japan） - Yahoo!ニュース">'
            '<meta property="og:site_name" content="Yahoo!ニュース"></head><body>'
            f"<h1>{headline}</h1>{text}</body></html>")
    article = _read(tmp_path, page)
    assert article.title == headline and article.source == "CNET Japan"


def test_a_date_line_that_shares_its_line_with_the_source_or_the_place(tmp_path):
    from gazette.importer.read_html import _date_pieces, _printed_dates

    assert _printed_dates(["发稿时间：2017-03-10 08:42:00 来源： 人民日报海外版 中国青年网"], "zh", "")[0] == \
        "2017-03-10T08:42:00"
    assert _printed_dates(["2018年6月18日 10:01 発信地：カノ/ナイジェリア [ ナイジェリア アフリカ ]"], "ja", "")[0] == \
        "2018-06-18T10:01:00"
    assert _date_pieces("TNW中文站2016年10月14日07:17") == ["TNW中文站2016年10月14日 07:17"]
    assert _printed_dates(["TNW中文站2016年10月14日07:17"], "zh", "")[0] == "2016-10-14T07:17:00"
    # Spanish copy writes the day first; English copy could mean either, and refuses it without date_order.
    assert _printed_dates(["Patricio Candia | Palma de Mallorca | 08/01/2014"], "es", "")[0] == "2014-01-08"
    assert _printed_dates(["Patricio Candia | Palma de Mallorca | 08/01/2014"], "en", "")[0] == ""
    text = "".join(f"<p>【6月18日 AFP】ナイジェリア北東部で16日夜、自爆攻撃が起き、第{n}報として31人が"
                   "死亡したと地元当局者が明らかにした。攻撃は祭りの祝いから帰る途中の人々を狙って起きたもので、"
                   "犯行の特徴があった。</p>"
                   for n in range(1, 7))
    page = ('<html lang="ja"><head><meta charset="utf-8"><title>少女らによる自爆攻撃</title></head><body>'
            '<h1>少女らによる自爆攻撃</h1><div><span class="day">2018年6月18日 10:01　<span class="location">'
            f"発信地：カノ/ナイジェリア</span></span></div>{text}</body></html>")
    article = _read(tmp_path, page)
    assert article.date == "2018-06-18T10:01:00+09:00" and article.dateline == "カノ"


def test_a_utf8_page_under_an_old_declaration_and_json_ld_in_cdata(tmp_path):
    headline = "DeepMind新电脑已可利用记忆自学"
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{headline}'
            '</title><script type="application/ld+json">\n<![CDATA[\n{"@type": "NewsArticle", "headline": '
            f'"{headline}", "datePublished": "2016-10-14T07:17:00+08:00"}}\n]]>\n</script></head><body>'
            f"<h1>{headline}</h1>{CHINESE}</body></html>")
    article = _read(tmp_path, page)
    assert article.title == headline and article.date == "2016-10-14T07:17:00+08:00"


def test_a_utc_metadata_time_printed_at_the_same_clock_without_a_zone_is_the_printed_local_time():
    from gazette.importer.read_html import _printed_clock

    printed = (("2018-12-21T12:55", ""),)
    assert _printed_clock("2018-12-21T12:55:00+00:00", printed) == "2018-12-21T12:55:00"
    assert _printed_clock("2018-12-21T12:55:00+00:00", (("2018-12-21T12:55", "+00:00"),)) == \
        "2018-12-21T12:55:00+00:00"  # printed in UTC too
    assert _printed_clock("2018-12-21T10:55:00+00:00", printed) == "2018-12-21T10:55:00+00:00"  # another clock
    assert _printed_clock("2018-12-21T12:55:00-02:00", printed) == "2018-12-21T12:55:00-02:00"


def test_the_printed_one_of_two_descriptions_is_the_summary_and_json_lds_place_printed_alone_the_dateline(tmp_path):
    dek = "Na ocasião, técnico do Corinthians entregou réplica do troféu ao ex-presidente"
    lead = "Após rechaçar um encontro da seleção brasileira, o técnico Tite declarou que errou."
    paragraphs = PARAGRAPHS.replace("Paragraph", "Parágrafo")
    page = ('<html lang="pt-BR"><head><meta charset="utf-8"><title>Tite diz que errou</title>'
            f'<meta property="og:description" content="{lead}"><script type="application/ld+json">'
            '{"@type": "ReportageNewsArticle", "headline": "Tite diz que errou", "description": "' + dek + '", '
            '"contentLocation": {"@type": "Place", "name": "São Paulo "}}</script></head><body>'
            f'<h1>Tite diz que errou</h1><h2>{dek}</h2><time datetime="2018-12-21 12:55:00">21.dez.2018 às 12h55</time>'
            f'<div class="c-more-options"><span>São Paulo</span></div><p>{lead}</p>{paragraphs}</body></html>')
    article = _read(tmp_path, page)
    assert article.summary == dek and article.dateline == "São Paulo"
    assert article.date == "2018-12-21T12:55:00"  # `21.dez.2018 às 12h55` read, without a zone


def test_a_day_that_is_a_part_of_its_own_in_the_pages_title():
    from gazette.importer.read_html import _title_day

    assert _title_day("Una solución no violenta para la cuestión mapuche - 07.12.2017 - LA NACION") == "2017-12-07"
    assert _title_day("Council votes | 2020-01-14") == "2020-01-14"
    assert _title_day("Council votes - 07/12/2017 - Example") == ""  # day or month first? not in a title
    assert _title_day("The 07.12.2017 vote on the budget") == ""  # inside the headline's words


def test_a_republished_texts_credit_lines_and_a_caption_among_the_paragraphs_are_no_text():
    from gazette.importer.read_html import _without_credit_lines

    paragraphs = ("翱翔于距地球数千公里的太空中。", "图注：测试表明，有关传言是不正确的", "以迎接他们的归来。",
                  "原标题：他晚于阿姆斯特朗登月", "出品︱网易科学人栏目组 胖胖")
    assert _without_credit_lines(paragraphs) == ("翱翔于距地球数千公里的太空中。", "以迎接他们的归来。")
    assert _without_credit_lines(("作者：王小明",)) == ("作者：王小明",)  # a text is never emptied


def test_a_chinese_caption_under_its_photo_and_a_byline_in_fields_between_bars(tmp_path):
    from gazette.importer.read_html import barred_byline

    page = ('<html><head><meta charset="utf-8"><title>海外留学生看两会_教育频道_中国青年网</title></head><body>'
            '<div class="l_tit">海外留学生看两会</div><p><img src="a.jpg" alt="海外留学生看两会"></p>'
            f"<p>图为马素湘在澳大利亚悉尼游玩时的近影。</p>{CHINESE}</body></html>")
    article = _read(tmp_path, page)
    assert article.title == "海外留学生看两会" and article.image_caption == "图为马素湘在澳大利亚悉尼游玩时的近影。"
    assert article.paragraphs[0].startswith("第1段")
    assert barred_byline("Patricio Candia | Palma de Mallorca | 08/01/2014") == (("Patricio Candia",),
                                                                               "Palma de Mallorca")
    assert barred_byline("Patricio Candia | 08/01/2014") == (("Patricio Candia",), "")
    assert barred_byline("Local | Noticias | Deportes") == ((), "")  # no date: a menu
    assert barred_byline("08/01/2014 | Palma de Mallorca") == ((), "")  # no person first


def test_the_headline_printed_again_under_a_masthead_h1_starts_the_header(tmp_path):
    headline = "Anticorrupción decidirá en Madrid si recurre la imputación"
    menu = "".join(f"<li>Sección {n}</li>" for n in range(40))
    page = (f'<html lang="es"><head><meta charset="utf-8"><title>{headline} » Local » Ultima Hora</title>'
            f'<meta name="title" content="{headline} » Local » Ultima Hora"></head><body>'
            f'<header><h1>{headline}<span>Ultima Hora</span></h1><p>jueves, 09 enero 2014 - 10:21 h</p>'
            f'<nav><ul>{menu}</ul></nav></header><article><h2>{headline}</h2>'
            '<p>Patricio Candia | Palma de Mallorca | 08/01/2014</p>'
            + PARAGRAPHS.replace("Paragraph", "Párrafo") + "</article></body></html>")
    article = _read(tmp_path, page)
    assert article.title == headline and article.author == ("Patricio Candia",)
    assert article.dateline == "Palma de Mallorca" and article.paragraphs[0].startswith("Párrafo 1")
    assert article.date == "2014-01-08"  # the byline's 08/01/2014, day first in Spanish; not the masthead's day


def test_a_comment_forms_rules_after_the_text_are_no_text_and_a_feeds_title_names_the_site(tmp_path):
    headline = "Anticorrupción decidirá en Madrid si recurre la imputación"
    page = (f'<html lang="es"><head><meta charset="utf-8"><title>{headline} » Local » Ultima Hora Mallorca</title>'
            '<link rel="alternate" type="application/rss+xml" title="Última noticias » Ultima Hora Mallorca" '
            f'href="/rss.xml"></head><body><article><h2>{headline}</h2>'
            + PARAGRAPHS.replace("Paragraph", "Párrafo") + '</article><div id="sf_comment_form_container_62">'
            "<h2>Comentar</h2><ul><li>El contenido de los comentarios es la opinión de los usuarios y no de "
            "ultimahora.es, que no se hace responsable de ellos.</li><li>ultimahora.es se reserva el derecho "
            "de eliminar cualquier comentario inapropiado que reciba.</li></ul></div></body></html>")
    article = _read(tmp_path, page)
    assert article.paragraphs[-1].startswith("Párrafo 6") and article.source == "Ultima Hora Mallorca"
    unrelated = page.replace('title="Última noticias » Ultima Hora Mallorca"', 'title="Última noticias"')
    assert _read(tmp_path, unrelated).source == ""  # a title's last part alone names no source


def test_lines_in_a_comment_box_that_holds_the_text_too_stay():
    from gazette.importer.page_parts import comment_lines

    tree = lxml_html.fromstring('<html><body><div class="article comments-enabled">'
                                + PARAGRAPHS + "</div></body></html>")
    lines = [p.text_content() for p in tree.iter("p")]
    assert comment_lines(tree, lines) == 0


def test_a_portals_month_and_day_take_the_year_of_the_day_its_address_files_the_article_under():
    from gazette.importer.page_parts import address_day
    from gazette.importer.read_html import _with_year

    url = "http://headlines.yahoo.co.jp/hl?a=20170309-35097838-cnetj-sci"
    assert address_day(url) == "" and address_day(url, query=True) == "2017-03-09"  # never a date by itself
    assert address_day("https://example.com/story?id=123456789", query=True) == ""
    assert _with_year("CNET Japan 3/9(木) 18:45配信", "2017-03-09") == "CNET Japan 2017-03-09 18:45配信"
    assert _with_year("CNET Japan 3/8(水) 18:45配信", "2017-03-09") == "CNET Japan 3/8(水) 18:45配信"  # not the day


def test_a_page_declaring_its_charset_late_is_read_as_utf8_and_json_lds_language_tag_is_primary(tmp_path):
    filler = "<!-- " + "x" * 1100 + " -->"  # the declaration comes after the first 1024 bytes
    page = (f'<html lang="es"><head>{filler}<title>Alberto Fernández y su gestión</title><meta charset="utf-8">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": "es-AR"}</script>'
            "</head><body><h1>Alberto Fernández y su gestión</h1>" + PARAGRAPHS.replace("Paragraph", "Párrafo")
            + "</body></html>")
    article = _read(tmp_path, page)
    assert article.title == "Alberto Fernández y su gestión" and article.language == "es"


def test_a_credit_labelled_for_screen_readers_and_a_list_of_bylines_under_the_text():
    from gazette.importer.page_parts import figure_caption
    from gazette.importer.read_html import _signed_byline

    caption = lxml_html.fragment_fromstring('<figcaption>Protesters in Khartoum. <span class="credit">'
                                            '<span class="visually-hidden">Credit</span>Ashraf Shazly/AFP</span>'
                                            "</figcaption>")
    assert figure_caption(caption) == ("Protesters in Khartoum.", "Ashraf Shazly/AFP")
    text = ["A paragraph of the report.", "Another paragraph of the report."]
    assert _signed_byline([*text, "Par Jacques Munier"], [], set()) == (("Jacques Munier",), "")
    assert _signed_byline([*text, "Par Jacques Munier", "A lire aussi :", "Revue Projet"], [], set()) == (
        ("Jacques Munier",), "")
    others = [*text, "Story one", "By Shane Goldmacher", "Story two", "By Gretchen Reynolds"]
    assert _signed_byline(others, [], set()) == ((), "")  # a list of other stories, each with its byline


def test_a_metadata_time_without_a_zone_the_page_does_not_print_gives_way_to_the_printed_time(tmp_path):
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Tracking me</title>'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tracking me", '
            '"datePublished": "2018-04-05T06:00"}</script></head><body><h1>Tracking me</h1>'
            '<div class="date">April 5, 2018 | 6:00 PM</div>' + PARAGRAPHS + "</body></html>")
    assert _read(tmp_path, page).date == "2018-04-05T18:00:00"  # not 06:00, not the day alone
    other_day = page.replace("April 5, 2018 | 6:00 PM", "April 6, 2018 | 6:00 PM")
    assert _read(tmp_path, other_day).date == "2018-04-05"  # another day printed: the metadata's day, noted


def test_a_photos_text_in_a_lead_class_is_no_standfirst():
    from gazette.importer.page_parts import classed_standfirst

    caption = "A crowd gathers outside the city hall before the council's vote on the budget on Tuesday."
    tree = lxml_html.fromstring(f'<html><body><h1>Council votes</h1><div class="leadImage"><img src="a.jpg">'
                                f"<p>{caption}</p></div>{PARAGRAPHS}</body></html>")
    assert classed_standfirst(tree, [caption, "Paragraph 1 of the report"], next(tree.iter("h1"))) == ""
    tree = lxml_html.fromstring(f'<html><body><h1>Council votes</h1><p class="leadText">{caption}</p>'
                                f"{PARAGRAPHS}</body></html>")
    assert classed_standfirst(tree, [caption, "Paragraph 1 of the report"], next(tree.iter("h1"))) == caption
