"""The saved-page reader's rules for what a page prints or declares around its article text
(gazette/importer/read_html.py, gazette/importer/page_parts.py), one rule at a time, on small
invented pages. The figures on real pages are in test_importer_saved_pages.py."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from gazette.importer import page_parts as parts
from gazette.importer.read_html import (
    _metadata_zone,
    headline_and_site,
    outlet_name,
    page_metadata,
    read_html,
    split_credit,
)

#: Enough running text for the extractor to take it as the article (it drops short pages as navigation).
PARAGRAPHS = "".join(f"<p>Paragraph {n} of the report says what happened in the city council on the day, "
                     "with the numbers that the officials gave and what the residents said about it.</p>"
                     for n in range(1, 7))


def test_microdata_and_dublin_core_give_dates_authors_and_the_publisher():
    tree = lxml_html.fromstring(
        '<html><head><meta name="dcterms.created" content="2012-12-10T09:24:01+00:00">'
        '<meta name="dc.publisher" content="British Broadcasting Corporation">'
        '<meta property="og:url" content="http://www.usatoday.com/story/news/2014/10/02/x/1/"></head><body>'
        '<div itemprop="author" itemscope><span itemprop="name"><a>Doug Stanglin</a>, USA TODAY</span></div>'
        '<meta itemprop="dateModified" content="2014-10-03T08:42:27.4030000"></body></html>')
    meta = page_metadata(tree)
    assert meta["date"] == "2012-12-10T09:24:01+00:00" and meta["source"] == "British Broadcasting Corporation"
    assert meta["authors"] == ("Doug Stanglin",) and meta["outlet"] == "USA TODAY"  # the site's own name: no person
    assert meta["updated"] == "2014-10-03T08:42:27"


def test_an_author_meta_with_its_by_word_and_the_outlet_gives_the_person_only():
    from gazette.importer.read_html import _people

    tree = lxml_html.fromstring('<html><head><meta name="AUTHOR" content="By  Ed Hornick, CNN">'
                                '<link rel="canonical" href="http://www.cnn.com/2010/POLITICS/08/13/x/index.html">'
                                '</head><body></body></html>')
    meta = page_metadata(tree)
    assert _people(tuple(meta["authors"]), meta) == ("Ed Hornick",)  # `CNN` is the site of the page's address


def test_a_byline_needs_its_by_word_or_the_pages_own_name_and_names_people():
    own = {"usatoday"}
    assert split_credit("Doug Stanglin, USA TODAY", own, printed=True) == (("Doug Stanglin",), "USA TODAY")
    assert split_credit("Par Bertille Bayart, Marie Visot", set(), printed=True) == (
        ("Bertille Bayart", "Marie Visot"), "")
    assert split_credit("María R. Sahuquillo / Emilio de Benito", set()) == (
        ("María R. Sahuquillo", "Emilio de Benito"), "")
    # A photo's credit under the headline is no byline; a collective credit names no person.
    assert split_credit("Mandel Ngan / AFP / Getty Images", own, printed=True) == ((), "")
    assert split_credit("By World's Editorial Writers", own, printed=True) == ((), "")
    assert split_credit("Home ECONOMIE Conjoncture", own, printed=True) == ((), "")


def test_the_site_in_a_title_is_the_part_after_the_pages_own_headline_that_the_page_names_itself_by():
    assert headline_and_site("[CEO&]창의적 열정 : 뉴스 : 동아닷컴", "[CEO&]창의적 열정", {"동아닷컴"}) == (
        "[CEO&]창의적 열정", "동아닷컴")
    assert headline_and_site("Democrats to use it - CNN.com", "Democrats to use it", {"cnn"}) == (
        "Democrats to use it", "CNN.com")
    assert headline_and_site("H - Section", "H", {"cnn"}) == ("H", "")  # a section is no site
    assert headline_and_site("Scholz: Wir handeln", "Wir handeln", set()) == ("Scholz: Wir handeln", "")
    assert outlet_name("CNN.com") == "CNN" and outlet_name("lefigaro.fr") == "lefigaro.fr"


def test_a_metadata_time_without_a_zone_takes_the_zone_the_page_prints_it_in_or_keeps_its_day():
    printed = (("2014-10-03T08:42", "-04:00"),)
    assert _metadata_zone("2014-10-02T14:52:39", "2014-10-03T08:42:27", printed, "en") == (
        "2014-10-02T14:52:39-04:00", "2014-10-03T08:42:27-04:00", ())
    # Printed without a zone too: the local time, as pasted copy keeps it.
    assert _metadata_zone("2017-10-17T20:10:40", "", (("2017-10-17T20:10", ""),), "zh")[0] == "2017-10-17T20:10:40"
    assert _metadata_zone("2013-10-24T03:00:00", "", (), "ko")[0] == "2013-10-24T03:00:00+09:00"
    date, updated, notes = _metadata_zone("2014-10-02T14:52:39", "", (("2014-10-03T09:00", "-04:00"),), "en")
    assert (date, updated) == ("2014-10-02", "") and "no zone" in notes[0]
    assert _metadata_zone("2014-10-02T14:52:39+02:00", "", (), "en")[0] == "2014-10-02T14:52:39+02:00"


def test_the_day_and_the_site_of_a_pages_address():
    assert parts.address_day("http://www.cnn.com/2010/POLITICS/08/13/democrats/index.html") == "2010-08-13"
    assert parts.address_day("http://www.engadget.com/2010/08/18/verizon/") == "2010-08-18"
    assert parts.address_day("http://news.donga.com/3/all/20131023/58406128/1") == ""  # the filing day, not shown
    assert parts.host_name("http://sociedad.elpais.com/x") == "elpais"
    assert parts.host_name("http://www.bbc.co.uk/zhongwen/") == "bbc" and parts.host_name("") == ""


def _page(body: str):
    tree = lxml_html.fromstring(f"<html><body>{body}</body></html>")
    lines, order = parts.page_lines(tree)
    return tree, lines, order


def test_a_caption_container_gives_the_caption_and_its_credit_without_label():
    tree, lines, order = _page(
        '<h1>Headline</h1><aside><img src="a.jpg"><p><span class="cutline">The screening form filled out by the '
        'patient.</span><span class="credit">(Photo: Kiichiro Sato, AP)</span></p></aside>' + PARAGRAPHS)
    assert parts.caption_in_containers(tree, order, (0, len(order))) == (
        "The screening form filled out by the patient.", "Kiichiro Sato, AP")
    tree, lines, order = _page('<h1>H</h1><div class="foto"><img src="a.jpg"><p class="figcaption">Sala de espera. / '
                               '<span class="firma">GORKA LEJARCEGI</span></p></div>' + PARAGRAPHS)
    assert parts.caption_in_containers(tree, order, (0, len(order))) == ("Sala de espera.", "GORKA LEJARCEGI")


def test_a_caption_container_holding_a_byline_or_a_credit_alone_is_no_caption():
    for holder in ('<span class="caption">By <a rel="author">Richard Lawler</a> posted Aug 18th 2010</span>',
                   '<div class="wp-caption"><p>(Al Dukes Photography)</p></div>',
                   '<p class="caption">Mandel Ngan / AFP / Getty Images</p>'):
        tree, lines, order = _page(f"<h1>H</h1>{holder}{PARAGRAPHS}")
        assert parts.caption_in_containers(tree, order, (0, len(order))) == ("", ""), holder


def test_an_images_description_printed_just_below_it_is_its_caption():
    alt = "Committee chairman Tim Kaine says Democrats will highlight the program."
    tree, lines, order = _page(f'<h1>H</h1><div><div><img src="a.jpg" alt="{alt}"></div><div>{alt}</div></div>'
                               + PARAGRAPHS)
    assert parts.caption_from_alt(tree, lines, order, (0, len(order)), "H") == alt
    # Not printed: a description only; the headline repeated: no caption.
    tree, lines, order = _page(f'<h1>H</h1><img src="a.jpg" alt="{alt}">' + PARAGRAPHS)
    assert parts.caption_from_alt(tree, lines, order, (0, len(order)), "H") == ""
    tree, lines, order = _page(f'<h1>{alt}</h1><img src="a.jpg" alt="{alt}"><div>{alt}</div>' + PARAGRAPHS)
    assert parts.caption_from_alt(tree, lines, order, (0, len(order)), alt) == ""


def test_a_video_players_description_and_a_link_to_another_story_are_no_text():
    tree = lxml_html.fromstring(
        '<html><body class="article video"><h1>H</h1><div class="story-asset video-asset"><p>Travelers at the '
        'airport express concerns about screening. VPC</p></div><p><b>IN TEXAS: </b><a href="/x">Family of '
        'patient quarantined</a></p><p>He said <a href="/y">the airport</a> was closed.</p></body></html>')
    assert parts.video_texts(tree) >= {"Travelers at the airport express concerns about screening. VPC"}
    assert "H" not in parts.video_texts(tree)  # a page classed `video` is not a player
    assert parts.link_paragraphs(tree) == {"IN TEXAS: Family of patient quarantined"}


def test_a_page_read_whole_takes_its_printed_date_line_byline_dateline_and_sign_off(tmp_path):
    from gazette.config import SiteConfig

    config = SiteConfig(root=Path(tmp_path))
    korean = "".join(f"<p>경기도 용인에 자리 잡은 기업이 {n}번째 해를 맞아 세계 각국의 규격 시험과 "
                     "인증 사업을 넓히고 있다고 회사 관계자가 밝혔다. 회사는 올해 새로운 시험소를 열 계획이다.</p>"
                     for n in range(1, 7))
    headline = "창의적 열정과 소통, 초일류 시험인증 기업이 간다"
    page = (f'<html><head><meta charset="utf-8"><title>{headline} : 뉴스 : 동아닷컴</title>'
            '<meta name="writer" content="동아닷컴"></head><body><div>'
            f'<h1>{headline}</h1><p>기사입력 <span class="date">2013-10-24 03:00:00</span></p></div>'
            f'<div class="article_txt">{korean}</div><p>최윤호 기자 uknow@donga.com</p></body></html>')
    article = read_html(page.encode(), config)
    assert article.date == "2013-10-24T03:00:00+09:00"  # Korean copy, Korean time
    assert article.author == ("최윤호",) and article.source == "동아닷컴" and article.title == headline
    page = ('<html lang="es"><head><meta charset="utf-8"><title>Las listas</title></head><body><h1>Las listas</h1>'
            '<span class="firma"><span class="autor">María R. Sahuquillo / Emilio de Benito</span> Madrid '
            '27 OCT 2012 - 12:14 CET</span>' + PARAGRAPHS.replace("Paragraph", "Párrafo") + "</body></html>")
    article = read_html(page.encode(), config)
    assert article.author == ("María R. Sahuquillo", "Emilio de Benito") and article.dateline == "Madrid"
    assert article.date == "2012-10-27T12:14:00+01:00"


def test_a_place_after_a_bylines_names_is_no_person_and_only_an_acronym_loses_its_address():
    # Found on a real page outside the scored ones (Süddeutsche Zeitung): `Von Markus Balser, Berlin`
    # gave the author `Berlin`, and `Süddeutsche.de` the outlet `Süddeutsche`.
    assert split_credit("Von Markus Balser, Berlin", set()) == (("Markus Balser",), "")
    assert split_credit("Por María R. Sahuquillo, Madrid", set()) == (("María R. Sahuquillo",), "")
    assert [outlet_name(n) for n in ("CNN.com", "DW.COM", "BBC.co.uk", "Süddeutsche.de", "lefigaro.fr")] == [
        "CNN", "DW", "BBC", "Süddeutsche.de", "lefigaro.fr"]


def _read(tmp_path, page: str, encoding: str = "utf-8"):
    from gazette.config import SiteConfig

    return read_html(page.encode(encoding), SiteConfig(root=Path(tmp_path)))


def test_the_declared_charset_is_read_before_a_title_that_comes_first(tmp_path):
    page = ('<html lang="de"><head><title>Einmal-Passwörter für den Mac</title><meta charset="utf-8">'
            '<meta property="og:title" content="Einmal-Passwörter für den Mac"></head><body>'
            '<h1>Einmal-Passwörter für den Mac</h1>' + PARAGRAPHS + "</body></html>")
    assert _read(tmp_path, page).title == "Einmal-Passwörter für den Mac"  # not `PasswÃ¶rter`
    latin = page.replace('charset="utf-8"', 'charset="iso-8859-1"')
    assert _read(tmp_path, latin, "iso-8859-1").title == "Einmal-Passwörter für den Mac"


def test_the_headline_is_the_h1_the_pages_title_names_not_a_logo(tmp_path):
    page = ('<html><head><meta charset="utf-8"><title>Council votes on the budget | Example News</title></head>'
            '<body><h1><a href="/">Example News</a></h1><div><h1>Council votes on the budget</h1>'
            '<p class="byline">By <a class="author" href="/people/jane">Jane Doe</a></p></div>'
            + PARAGRAPHS + "</body></html>")
    tree = lxml_html.fromstring(page)
    assert page_metadata(tree)["heading"] == "Council votes on the budget"
    article = _read(tmp_path, page)
    assert article.title == "Council votes on the budget" and article.author == ("Jane Doe",)  # `By` alone joined


def test_a_date_without_its_year_takes_the_addresss_only_when_month_and_day_agree():
    from gazette.importer.read_html import _with_year

    assert _with_year("March 18 at 3:57 PM", "2015-03-18") == "March 18, 2015 at 3:57 PM"
    assert _with_year("March 18 at 3:57 PM", "2015-03-19") == "March 18 at 3:57 PM"  # another day: no year
    assert _with_year("March 18 at 3:57 PM", "") == "March 18 at 3:57 PM"


def test_a_standfirst_and_a_byline_an_extractor_puts_first_go_to_the_header_and_a_sidebar_is_no_text():
    dek = "The council agreed on the budget after a long night of talks with the unions and the mayor."
    tree = lxml_html.fromstring(
        '<html><body><p class="share-summary">' + dek + '</p><h1>Council votes on the budget</h1>'
        f'<div class="story-intro"><p><strong>{dek}</strong></p></div><span class="byline">Jane Doe</span>'
        f'<div class="story-body">{PARAGRAPHS}</div><div class="sidebar"><p>Other columns</p>'
        '<p>Another writer on another matter.</p></div></body></html>')
    heading = next(tree.iter("h1"))
    body = [f"Paragraph {n} of the report says what happened" for n in range(1, 7)]
    lines = ["Council votes on the budget", dek, "Jane Doe", *body, "Other columns",
             "Another writer on another matter."]
    assert parts.leading_header(tree, lines, heading, dek) == 3  # headline, standfirst (in bold), byline
    assert parts.leading_header(tree, lines[1:], heading, "another description") == 0  # the dek is not the page's
    assert parts.outside_text(tree, lines) == 2  # after the element the page marks as the story's body
    plain = lxml_html.fromstring(f"<html><body><h1>H</h1><p>{dek}</p>{PARAGRAPHS}</body></html>")
    assert parts.leading_header(plain, [dek, *body], next(plain.iter("h1")), dek) == 0  # a lede is no standfirst


def test_caption_containers_give_their_credit_apart_and_a_credit_alone_is_no_caption(tmp_path):
    tree = lxml_html.fromstring(
        '<html><body><h1>H</h1><p class="caption"><span class="caption-text">A new Bill would require providers to '
        'store metadata.</span> <span class="image-source"><em>Source:</em> Supplied</span></p>'
        '<span class="pb-caption">The prime minister visits the wall. (Thomas Coex/AFP/Getty Images)</span>'
        '<span class="caption">Ayn Rand, Rand Paul <span class="photoCredit">(Credit: AP/Manuel Balce Ceneta)</span>'
        '</span><figure><img src="x.jpg"><figcaption><div class="caption-credit"><a>Kevin</a></div></figcaption>'
        '</figure><p>end</p></body></html>')
    _, order = parts.page_lines(tree)
    containers = [el for el in tree.iter() if el.get("class") in ("caption", "pb-caption")]
    assert parts.caption_in_containers(tree, order, (0, 10**6)) == (
        "A new Bill would require providers to store metadata.", "Supplied")
    assert parts.caption_in_containers(tree, order, (order[containers[1]] - 1, 10**6)) == (
        "The prime minister visits the wall.", "Thomas Coex/AFP/Getty Images")
    assert parts.caption_in_containers(tree, order, (order[containers[2]] - 1, 10**6)) == (
        "Ayn Rand, Rand Paul", "AP/Manuel Balce Ceneta")
    assert parts.credit_alone(next(tree.iter("figcaption"))) == "Kevin"
    assert "Supplied" not in parts.text_outside_captions(tree)  # `Source: Supplied` names no source


def test_an_agency_byline_is_the_source_and_an_editors_linked_initials_the_author(tmp_path):
    page = ('<html lang="fr"><head><meta charset="utf-8"><title>Séisme au Népal</title>'
            '<meta property="og:site_name" content="Libération.fr"></head><body><h1>Séisme au Népal</h1>'
            '<span class="author">AFP</span><p>Sur le même sujet</p><span class="author">Par Jean Dupont</span>'
            + PARAGRAPHS.replace("Paragraph", "Paragraphe") + "</body></html>")
    article = _read(tmp_path, page)
    assert article.source == "AFP" and article.author == ()  # the related story's byline is not taken
    page = ('<html lang="de"><head><meta charset="utf-8"><title>Neue Version</title></head><body><h1>Neue Version'
            '</h1>' + PARAGRAPHS[:-4] + ' <span>(<a title="Ben Schwan" href="mailto:bsc@example.de">bsc</a>)</span>'
            '</p></body></html>')
    assert _read(tmp_path, page).author == ("Ben Schwan",)
    assert not parts._in_order("bsc", "anna müller") and parts._in_order("bsc", "ben schwan")
