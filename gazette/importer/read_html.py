"""Reader for a web page saved from a browser (`import page.html`).

The page's own metadata gives the fields pasted text shows least reliably: JSON-LD
(`NewsArticle` and its kin), Open Graph and `<meta>` tags, `<time datetime>` and
`<html lang>`. The article's text comes from `trafilatura`, a well-kept extractor that
drops the page's navigation, and then goes through the same rules as pasted text
(furniture, datelines, captions), so one record comes out of either reader.

trafilatura (with lxml_html_clean) is an optional extra: `pip install 'gazette[html]'`.
"""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime

from gazette.importer import page_parts as parts
from gazette.importer.doubts import settled
from gazette.importer.extract import extract
from gazette.importer.record import Extracted, ImportFailure
from gazette.importer.rules.byline import is_collective, korean_reporter, parse_byline, title_case_caps
from gazette.importer.rules.caption import trailing_credit
from gazette.importer.rules.dates import publication_label, read_date_line
from gazette.importer.rules.furniture import opens_more
from gazette.importer.rules.source import (
    is_rubric,
    is_title_case_name,
    known_agency,
    labelled_source,
    looks_like_outlet,
    split_title,
)

INSTALL_HINT = ("is a saved web page; reading one needs the optional extra: "
                "pip install 'gazette[html]' (trafilatura and lxml_html_clean)")
_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                  "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "WebPage"}


def read_html(data: bytes, config) -> Extracted:
    """The record of a saved page: metadata from the page, text through the plain-text rules."""
    try:
        import trafilatura
        from lxml import html as lxml_html
    except ImportError:
        raise ImportFailure(INSTALL_HINT) from None
    try:
        try:
            tree = lxml_html.fromstring(data, parser=_parser(lxml_html, data))
        except LookupError:  # an encoding Python knows and the parser does not: the parser's own guess
            tree = lxml_html.fromstring(data)
    except (ValueError, TypeError, lxml_html.etree.ParserError) as exc:
        raise ImportFailure(f"is not a readable web page ({exc})") from None
    _drop_invisible(tree)
    meta = page_metadata(tree)
    outside = parts.text_outside_captions(tree)
    meta["editors"] = editors_named(outside)
    label = labelled_source(outside)
    if label:
        meta["source"] = label  # "来源: 新华社" on the page says outright where the text comes from
        _add_site_name(meta, label)
    doc = trafilatura.bare_extraction(data, include_comments=False, include_tables=False, favor_precision=True,
                                      with_metadata=True)
    heading = str(meta.get("heading") or "")
    headline = _page_headline(tree, meta, str(getattr(doc, "title", "") or ""))
    lines, standfirst = _body_lines(tree, (getattr(doc, "text", None) or "") if doc is not None else "",
                                    (_headline_of(tree, meta), headline),
                                    " ".join(str(meta.get("description") or "").split()))
    meta["standfirst"] = standfirst  # the standfirst the page prints between its headline and its text, or ''
    _take(meta, "description", standfirst)
    text = f"{headline}\n\n" + "\n\n".join(lines)
    date_order = getattr(config, "date_order", "")
    # A saved page's markup bounds its text and its metadata names the site (the extractor reads both): the learned
    # passes, which learned from pastes, have nothing to add.
    article = extract(text, config.publications, config.furniture, site_language=config.language,
                      date_order=date_order, learned=False)
    if not article.title and len(article.paragraphs) > 1 and " ".join(article.paragraphs[0].split()) == headline:
        article = replace(article, paragraphs=article.paragraphs[1:])  # the headline read as a paragraph
    article = replace(article, paragraphs=_without_credit_lines(article.paragraphs))
    meta["headline"] = headline  # as the page prints it, when its `<h1>` (`heading`) is more
    printed = _printed(tree, heading or headline, lines, meta, article, date_order)
    return _merge(article, meta, printed, config)


def _page_headline(tree, meta: dict[str, object], extracted_title: str) -> str:
    """The headline of the page's metadata title (else the extractor's): without the site's name after
    its `<h1>` (`title_site` in `meta`), without the provider's in brackets (`provider`), or as the page
    prints it on a line of its own (`Headline_教育频道_中国青年网`)."""
    heading = str(meta.get("heading") or "")
    title = str(meta.get("title") or extracted_title or "")
    headline, site = headline_and_site(title, heading, _site_names(meta))
    site = site or headline_and_site(str(meta.get("page_title") or ""), heading, _site_names(meta))[1]
    if site:
        meta["title_site"] = site
    provider = bracketed_provider(title, heading)
    if provider:
        meta["provider"] = provider
        headline = heading
    else:
        headline = printed_headline(headline, {ln.text for ln in parts.page_lines(tree)[0]})
        for named in (title, str(meta.get("page_title") or "")):  # the metadata's title, the page's <title>
            named = " ".join(named.split())
            _take(meta, "title_site", _feeds_site(tree, named[len(headline):]) if named.startswith(headline) else "")
    if " ".join(headline.split()) != " ".join(title.split()) and meta.get("title"):
        meta["title"] = headline
    return headline


def _feeds_site(tree, rest: str) -> str:
    """The last of a page title's parts after its headline (`» Local » Noticias » Ultima Hora Mallorca`) when
    the title of a feed the page links to ends with it too (`Última noticias » Ultima Hora Mallorca`): the
    name the site gives itself in both, its name. '' otherwise."""
    parts_after = [p.strip() for p in _HEADLINE_PARTS.split(" ".join(rest.split())) if p.strip()]
    if not parts_after:
        return ""
    feeds = [" ".join((ln.get("title") or "").split()) for ln in tree.iter("link")
             if re.search(r"(?:rss|atom)\+xml", ln.get("type") or "")]
    last = parts_after[-1]
    return last if any(f != last and _HEADLINE_PARTS.split(f)[-1].strip() == last for f in feeds) else ""


#: A provider's name in brackets after a headline, then perhaps the site's (`Headline（CNET Japan） - Yahoo!ニュース`).
_PROVIDER = re.compile(r"^\s*[（(](?P<name>[^（）()]{2,30})[）)]\s*(?:(?:\||-|–|—|:|：)\s*\S.{0,40})?$")


def bracketed_provider(title: str, heading: str) -> str:
    """The outlet a page's title names in brackets right after its printed headline (`<h1>`), as
    aggregators credit the outlet that provided the article (`…「フリーWi-Fiプロテクション」（CNET Japan） -
    Yahoo!ニュース`); not a rubric (`(Video)`) nor a word that names no outlet. '' otherwise."""
    title, heading = " ".join(title.split()), " ".join(heading.split())
    match = _PROVIDER.match(title[len(heading):]) if heading and title.startswith(heading) else None
    name = match["name"].strip() if match else ""
    return name if name and not is_rubric(name) and (looks_like_outlet(name) or is_title_case_name(name)) else ""


#: The separators between a page title's headline and the names after it (a section, the site).
_HEADLINE_PARTS = re.compile(r"\s+(?:»|\||-|–|—)\s+|_")


def printed_headline(title: str, printed: set[str]) -> str:
    """The part of a page title before its section's and site's names (`Anticorrupción decidirá … »
    Local » Noticias » Ultima Hora Mallorca`, `海外留学生看两会：…_教育频道_中国青年网`), when the page prints
    that part as a line of its own and the parts after it are short: the headline as printed. The
    title as it is otherwise."""
    whole = " ".join(title.split())
    if whole in printed:
        return title
    for cut in reversed([m.start() for m in _HEADLINE_PARTS.finditer(whole)]):
        head, rest = whole[:cut].strip(), whole[cut:]
        names = [p for p in _HEADLINE_PARTS.split(rest) if p.strip()]
        if len(head) >= 8 and head in printed and all(len(p) <= 40 for p in names):
            return head
    return title


#: A republished text's credit lines under it: `原标题：…` (its original headline), `出品︱…`, `作者︱…`, `编辑：…`.
_CREDIT_LINE = re.compile(r"^(?:原标题|原標題|原题|原題|出品|作者|撰文|编辑|編輯|责任编辑|責任編輯|校对|校對)"
                          r"\s*[:：︱丨|]")
#: A photo's caption set among the paragraphs as one of its own: `图注：…`, `圖說：…`.
_CAPTION_LINE = re.compile(r"^(?:图注|圖註|图说|圖說|图片说明|圖片說明)\s*[:：]")


def _without_credit_lines(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The paragraphs without a photo's caption set among them (`图注：…`) and without the credit lines
    that close a republished text (`原标题：…`, `出品︱…`): no text of the article. The author a credit
    line names is read from the page (`_signed_byline`)."""
    kept = [p for p in paragraphs if not _CAPTION_LINE.match(p.strip())]
    while len(kept) > 1 and _CREDIT_LINE.match(kept[-1].strip()):
        kept.pop()
    return tuple(kept)


#: The encoding a page declares in its first bytes (`<meta charset="utf-8">`, `<meta http-equiv=…
#: content="text/html; charset=utf-8">`), as a browser's prescan finds it.
_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*(?P<charset>[\w.:-]+)", re.I)


def _parser(lxml_html, data: bytes):
    """A parser that reads the page as UTF-8 when its bytes are (a page saved again in UTF-8 keeps its
    old `charset=gb2312`; a page may declare its charset late), else in the encoding it declares in its
    first 1024 bytes (HTML's prescan). Without it the parser takes what comes before the declaration (a
    `<title>`) as Latin-1 and switches only at the `<meta>`: `1Password fÃ¼r Mac`."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return None  # a byte order mark says it first
    if _is_utf8(data):  # saved again in UTF-8 under its old declaration (`charset=gb2312`), or declared late
        return lxml_html.HTMLParser(encoding="utf-8")
    match = _DECLARED_CHARSET.search(data[:1024])
    if not match:
        return None
    try:
        charset = match["charset"].decode("ascii")
        codecs.lookup(charset)
        return lxml_html.HTMLParser(encoding=charset)
    except (LookupError, UnicodeDecodeError):
        return None  # a name neither Python nor the parser knows: the parser's own guess


def _is_utf8(data: bytes) -> bool:
    """Bytes with characters beyond ASCII that are valid UTF-8: text in another encoding (Latin-1, GB2312,
    Shift_JIS, EUC-KR) with such characters is practically never valid UTF-8 too."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.isascii()


#: Characters a browser shows as nothing: a zero-width space (`Stansall/\u200bAFP`, where a site lets a long
#: credit break), a word joiner, a byte order mark inside the text, a soft hyphen.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")


def _drop_invisible(tree) -> None:
    """The page's text without the characters a browser shows as nothing (see `_INVISIBLE`)."""
    for el in tree.iter():
        if isinstance(el.tag, str) and el.text and _INVISIBLE.search(el.text):
            el.text = _INVISIBLE.sub("", el.text)
        if el.tail and _INVISIBLE.search(el.tail):
            el.tail = _INVISIBLE.sub("", el.tail)


def _body_lines(tree, body: str, headline: tuple, description: str = "") -> tuple[list[str], str]:
    """(the extracted text's lines, the standfirst): without what the page prints above its headline,
    inside a video player, as a paragraph that is only a link to another story, after the element that
    holds the article's text, or as headings after the last paragraph (a print page's pull quotes); the
    page's description, else the first line in a standfirst's element, is its standfirst."""
    heading, printed_headline = headline  # the headline's element, and the headline as the page prints it
    skipped = _above_headline(heading) | parts.video_texts(tree) | parts.link_paragraphs(tree)
    body = _INVISIBLE.sub("", body)
    lines = [ln for ln in body.split("\n") if ln.strip() and " ".join(ln.split()) not in skipped]
    lines = lines[:len(lines) - parts.outside_text(tree, lines)]
    lines = lines[:len(lines) - parts.closing_headings(tree, lines)]
    lines = lines[:len(lines) - parts.comment_lines(tree, lines)]
    description = description or parts.classed_standfirst(tree, lines, heading)
    dropped = parts.header_lines(tree, lines, heading, description, printed_headline)
    printed = description if any(" ".join(lines[i].split()) == description for i in dropped) else ""
    lines = [ln for i, ln in enumerate(lines) if i not in dropped]
    lines = lines[1:] if len(lines) > 1 and barred_byline(" ".join(lines[0].split()))[0] else lines  # the byline
    if not lines:
        raise ImportFailure("is a web page with no article text that the extractor could find")
    return lines, printed


def headline_element(tree, titles: tuple[str, ...]):
    """The page's headline element: the `<h1>` that the page's own title (og:title, JSON-LD, `<title>`)
    is or starts with, else the element it marks `itemprop="headline"`, else its first `<h1>` with
    text. A site's logo is often an `<h1>` too (`<h1><a>ArsTechnica</a></h1>`), above the headline."""
    heads = [(h, " ".join(h.text_content().split())) for h in tree.iter("h1")]
    heads = [(h, t) for h, t in heads if t]
    titles = tuple(" ".join(t.split()) for t in titles if t)
    for h, text in heads:
        if any(_titles_heading(t, text) for t in titles):
            return h
    marked = _marked_headlines(tree)
    return marked[0] if marked else (heads[0][0] if heads else None)


def _titles_heading(title: str, heading: str) -> bool:
    """A page title that is the heading's text, or starts with it (a heading of three words or more)."""
    return title == heading or (len(heading.split()) >= 3 and title.startswith(heading))


def _marked_headlines(tree) -> list:
    """The elements with text that the page marks `itemprop="headline"`, in page order."""
    return [el for el in tree.xpath("//*[@itemprop]") if "headline" in el.get("itemprop").lower().split()
            and " ".join(el.text_content().split())]


def _heading_text(element) -> str:
    return " ".join(element.text_content().split()) if element is not None else ""


def _headline_of(tree, meta: dict[str, object]):
    return headline_element(tree, (str(meta.get("title") or ""), str(meta.get("page_title") or "")))


_TITLE_PARTS = re.compile(r"\s+(?:\||-|–|—|:|：|»|·)\s+|\s*[|｜：]\s*")


def headline_and_site(title: str, heading: str, site_names: set[str]) -> tuple[str, str]:
    """(headline, site) of a page title that is the page's own `<h1>` with more after a separator
    (`Headline : Section : Site`, `Headline - CNN.com`): the headline is the `<h1>`, and of the
    parts after it, the one the page also names itself by (its address, og:site_name, a `writer`
    or `copyright` meta) is the site's name. Other titles stay as they are, with no site."""
    title, heading = " ".join(title.split()), " ".join(heading.split())
    rest = title[len(heading):] if heading and title.startswith(heading) else ""
    if not rest or not _TITLE_PARTS.match(rest):
        return title, ""
    names = [p.strip() for p in _TITLE_PARTS.split(rest) if p.strip()]
    site = next((n for n in reversed(names) if _is_site_name(n, site_names, either=True)), "")
    return heading, site


@dataclass(frozen=True)
class _Printed:
    """What the page prints around the extracted text: a date line and byline under the headline,
    a reporter's sign-off under the text, a caption and credit in the page's caption containers."""

    date: str = ""
    updated: str = ""
    offsets: tuple[tuple[str, str], ...] = ()  # (local 'YYYY-MM-DDTHH:MM', offset or '') of printed times
    authors: tuple[str, ...] = ()
    outlet: str = ""
    summary: str = ""
    figure: tuple[str, str, str] = ("", "", "")
    dateline: str = ""
    header: tuple[str, ...] = ()  # the lines between the headline and the text


def _printed(tree, headline: str, lines: list[str], meta: dict[str, object], article: Extracted,
             date_order: str) -> _Printed:
    page, order = parts.page_lines(tree)
    heading = _headline_of(tree, meta)
    firsts = [ln for ln in lines[:4] if " ".join(ln.split()) not in (headline, str(meta.get("heading")))][:3]
    again = str(meta.get("headline") or "")
    header, footer = parts.around_text(page, headline, firsts, lines[-1], order.get(heading, -1),
                                       again if again != headline else "")
    texts = [ln.text for ln in header]
    language = str(meta.get("language") or article.language)
    authors, outlet, at = _printed_byline(header, footer, meta)
    if not authors and not outlet:
        authors, outlet = _byline_under_text(tree, (page, order), lines, footer, meta)
    day = parts.address_day(str(meta.get("url") or ""), query=True)
    dated = [*parts.lines_above(page, order.get(heading, -1)), *texts[:_DATE_LINES], *texts[max(at, 0):at + 3]]
    published, updated, offsets = _printed_dates([_with_year(t, day) for t in dated], language, date_order)
    figure = _printed_figure(tree, page, order, (headline, order.get(heading, -1)), lines[-1])
    place = _printed_place(texts, at, str(meta.get("location") or ""), language, date_order)
    return _Printed(published, updated, offsets, authors, outlet, _printed_summary(meta, texts), figure, place,
                    tuple(texts))


def _printed_place(header: list[str], at: int, located: str, language: str, date_order: str) -> str:
    """The dateline printed under the headline: a place before the date on the line after the byline (at
    `at`), the place a Japanese page names as the dispatch's (`発信地：カノ/ナイジェリア`), or the place the
    page's JSON-LD names (`contentLocation`) printed as a line of its own."""
    place = barred_byline(header[at])[1] if 0 <= at < len(header) else ""
    place = place or (_place_before_date(header[at + 1], language, date_order) if 0 <= at < len(header) - 1 else "")
    place = place or next((m["place"] for m in map(_DISPATCHED_FROM.search, header[:_DATE_LINES]) if m), "")
    located = " ".join(located.split())
    return place or (located if located in header[:_DATE_LINES] else "")


def _printed_summary(meta: dict[str, object], header: list[str]) -> str:
    """The first of the page's descriptions (og:description, the JSON-LD article's, description,
    twitter:description) that the page prints between its headline and its text: its standfirst. A page may
    give two (Folha: the lead's first sentence in og:description, the standfirst it prints in JSON-LD)."""
    given = meta.get("descriptions")
    for description in (str(meta.get("description") or ""), str(meta.get("article_description") or ""),
                        *(given if isinstance(given, tuple) else ())):
        description = " ".join(description.split())
        if description and (description in header or description == meta.get("standfirst")):
            return description
    return ""


def _byline_under_text(tree, page: tuple[list[parts.Line], dict], lines: list[str], footer: list[str],
                       meta: dict[str, object]) -> tuple[tuple[str, ...], str]:
    """(authors, outlet) of a byline printed under the text (`_signed_byline`), else of an editor's
    initials signing it (`_signed_author`)."""
    authors, outlet = _signed_byline(lines, footer, _site_names(meta))
    return (authors, outlet) if authors or outlet else (_signed_author(tree, *page, lines), "")


def _printed_figure(tree, page: list[parts.Line], order: dict, headline: tuple[str, int],
                    last: str) -> tuple[str, str, str]:
    """(image, caption, credit) of the page's first `<figure>` with a caption; when the figure
    has no caption, the page's caption containers' (when they hold one, or the figure has no credit)."""
    figure = _figure(tree)
    if not figure[1]:
        found = _caption_of(tree, page, order, headline, last)
        figure = found if found[1] or not figure[2] else figure
    return figure


#: A Chinese page's credit line for the author under the text: `作者︱春春`, `作者：王小明`.
_CJK_AUTHOR = re.compile(r"^(?:作者|撰文)\s*[:：︱丨|]\s*(?P<name>[\u4e00-\u9fff]{2,4})$")
#: An agency's copyright sign-off closing the text, with its reporter: `…と指摘している。(c)AFP/Aminu ABUBAKAR`.
_AGENCY_SIGN_OFF = re.compile(r"[(（][cC©][)）]\s*(?P<outlet>[A-Za-z]{2,8})\s*/\s*"
                              r"(?P<names>[A-Z][\w'’.-]+(?: [A-Za-z][\w'’.-]+){1,3})$")


def _signed_byline(lines: list[str], footer: list[str], site_names: set[str]) -> tuple[tuple[str, ...], str]:
    """(authors, outlet) of a byline printed under the text, not above it: an agency's sign-off closing
    a paragraph among the text's last (`(c)AFP/Aminu ABUBAKAR`), a Chinese author's credit (`作者︱春春`)
    there or just under the text, or a line with the byline's word (`Par Jacques Munier`, `Von Clemens
    Höges`) that ends the text, comes right before its list of other stories (`A lire aussi :`) or is
    printed just under it, when no other such byline is there (a list of other stories, each with its
    byline, names no author)."""
    tail = [" ".join(ln.split()) for ln in lines[-6:]]
    credited = next((c for c in map(_credit_under_text, [*tail, *footer]) if c[0]), None)
    return credited or _closing_signature(tail, footer, site_names)


def _closing_signature(tail: list[str], footer: list[str], site_names: set[str]) -> tuple[tuple[str, ...], str]:
    """(authors, outlet) of the one byline (`Par Jacques Munier`) among the text's last lines (`tail`) and the
    lines under it that ends the text, comes right before its list of other stories, or is under it."""
    ends = {len(tail) - 1} | {i for i in range(len(tail) - 1) if opens_more(tail[i + 1])}
    found = [(i, b) for i, b in enumerate(_closing_byline(ln, site_names) for ln in [*tail, *footer]) if b[0]]
    placed = [b for i, b in found if i in ends or i >= len(tail)]
    return placed[0] if placed and len({b[0] for _, b in found}) == 1 else ((), "")


def _credit_under_text(line: str) -> tuple[tuple[str, ...], str]:
    """(authors, outlet) of an agency's sign-off closing a paragraph (`(c)AFP/Aminu ABUBAKAR`) or of a Chinese
    author's credit line (`作者︱春春`); ((), '') otherwise."""
    closing = _AGENCY_SIGN_OFF.search(line)
    if closing and known_agency(closing["outlet"]) and _is_person(closing["names"]):
        return (_cased(closing["names"]),), closing["outlet"]
    cjk = _CJK_AUTHOR.match(line)
    return ((cjk["name"],), "") if cjk else ((), "")


def _closing_byline(line: str, site_names: set[str]) -> tuple[tuple[str, ...], str]:
    """(authors, outlet) of a short line with the byline's word (`Par Jacques Munier`); ((), '') otherwise."""
    return split_credit(line, site_names, printed=True) if len(line) <= 60 and _BY.match(line) else ((), "")


def _signed_author(tree, page: list[parts.Line], order: dict, lines: list[str]) -> tuple[str, ...]:
    """The author an editor's initials sign for at the end of the text (`(bsc)`, titled `Ben Schwan`)."""
    last = next((ln for ln in reversed(lines) if len(ln.strip()) >= 20), lines[-1])  # not `(bsc)` itself
    end = max((ln.order for ln in page if ln.text.startswith(" ".join(last.split())[:40])), default=-1)
    signed = parts.signed_initials(tree, order, end, _is_person) if end >= 0 else ""
    return (signed,) if signed else ()


#: How many lines under the headline may hold its date line (besides the lines beside the byline).
_DATE_LINES = 12
#: A date printed without its year: `March 18 at 3:57 PM`, `18 mars à 13h36`.
_NO_YEAR = re.compile(r"^(?P<date>[^\W\d]{3,9}\.? \d{1,2}|\d{1,2}\.? [^\W\d]{3,9}\.?)"
                      r"(?P<rest>(?:,? at|,| à| um| a las)? \d{1,2}[:.h]\d{2}.*)$")


def _with_year(line: str, day: str) -> str:
    """A date line printed without its year (`March 18 at 3:57 PM`) with the year of the page's
    address (`/2015/03/18/`), when its month and day are the address's: the year is the page's own."""
    if not day or re.search(r"\b(?:19|20)\d\d\b", line):
        return line
    match = _NO_YEAR.match(line)
    if not match:
        return _with_year_numeric(line, day)
    dated = f"{match['date']}, {day[:4]}{match['rest']}"
    read = read_date_line(dated)
    return dated if read and read.published[:10] == day else line


#: A month and day as Japanese portals print them, with the weekday and the clock, and no year:
#: `CNET Japan 3/9(木) 18:45配信`.
_MONTH_DAY_CLOCK = re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})\s*[(（][月火水木金土日][)）]\s*"
                              r"(?P<clock>\d{1,2}:\d{2})")


def _with_year_numeric(line: str, day: str) -> str:
    """A Japanese portal's `3/9(木) 18:45` with the year of the page's address, when its month and day are
    the address's, written as the date it is (`2017-03-09 18:45`); the line as it is otherwise."""
    match = _MONTH_DAY_CLOCK.search(line)
    if not match or (int(match["m"]), int(match["d"])) != (int(day[5:7]), int(day[8:10])):
        return line
    return f"{line[:match.start()]}{day} {match['clock']}{line[match.end():]}"


def _is_date_label(line: str) -> bool:
    """A line that is only a date's label, printed apart from the date (`기사입력 <span class="date">…`)."""
    if len(line) > 24 or re.search(r"\d", line):
        return False
    return bool(publication_label(line) or _UPDATE_LABEL.search(line))


#: A time alone on its line, printed apart from its date (`<span class="timestamp">9:00PM</span>`).
_TIME_ALONE = re.compile(r"^\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$", re.I)


def _with_labels(header: list[str]) -> list[str]:
    """The header's lines, a label-only line joined to the line after it (`기사수정 2013-10-24 03:00:00`),
    a time alone joined to the date on the line before it (`March 13, 2015` `9:00PM`)."""
    labels = [_is_date_label(ln) for ln in header]
    joined = [f"{ln} {header[i + 1]}" if labels[i] and i + 1 < len(header) else ln
              for i, ln in enumerate(header) if i == 0 or not labels[i - 1]]
    out: list[str] = []
    for line in joined:
        if out and _TIME_ALONE.match(line) and re.search(r"\d", out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


#: Where a line under the headline joins several fields: a bar or a dot between them, or the label of the
#: next one (`发稿时间：2017-03-10 08:42:00 来源：人民日报海外版`, `2018年6月18日 10:01 発信地：カノ/ナイジェリア`).
_FIELD_BREAK = re.compile(r"\s*[|｜•·]\s*|\s+(?=(?:来源|來源|出处|出處|作者|责任编辑|責任編輯|発信地|配信元"
                          r"|Source|Fuente|Quelle|Fonte)\s*[:：])")


def _date_pieces(line: str) -> list[str]:
    """The line, then each of its fields when it joins several (see `_FIELD_BREAK`): a date line shares
    its line with the source or the place. A clock run into a CJK date is set apart (`2016年10月14日07:17`)."""
    line = re.sub(r"(?<=日)(?=\d{1,2}:\d{2})", " ", line)
    pieces = [p for p in _FIELD_BREAK.split(line) if p.strip()]
    return [line, *pieces] if len(pieces) > 1 else [line]


#: The place a Japanese page names as the dispatch's (`発信地：カノ/ナイジェリア`): the dateline.
_DISPATCHED_FROM = re.compile(r"(?:^|\s)発信地\s*[:：]\s*(?P<place>[^/／\s\[［]{1,20})")


def _printed_dates(header: list[str], language: str, date_order: str) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """(published, updated, every printed time as (local minute, offset)) of the date lines under the
    headline, read by the same rules as pasted copy's."""
    lines = [piece for line in _with_labels(header) for piece in _date_pieces(line)]
    dated = [d for d in (read_date_line(ln, date_order=date_order, language=language) for ln in lines) if d]
    published = next((d.published for d in dated if d.published), "")
    updated = next((d.updated for d in dated if d.updated), "")
    if not published:  # a lone update is the only date the page prints
        published, updated = updated, ""
    offsets = tuple((v[:16], v[19:]) for d in dated for v in (d.published, d.updated) if len(v) >= 16)
    return published, updated, offsets


def _printed_byline(header: list[parts.Line], footer: list[str],
                    meta: dict[str, object]) -> tuple[tuple[str, ...], str, int]:
    """(authors, outlet, its line's index in `header`, or -1) of the byline printed under the headline:
    an element whose class says it holds the byline (`<span class="autor">`), else a line with its `By`
    word or the page's own name; else a Korean reporter's sign-off under the text (`최윤호 기자 uknow@…`)."""
    names = _site_names(meta)
    for classed in (True, False):
        for line in _joined_bylines(header):
            authors, outlet = _byline_of(line, names, classed)
            if authors or (classed and known_agency(outlet)):  # an agency alone is the byline too
                return authors, outlet, next(i for i, ln in enumerate(header) if ln.order == line.order)
    signed = [korean_reporter(ln) for ln in footer if len(ln) <= 40]
    return tuple(n for n in signed[:1] if n), "", -1


def _byline_of(line: parts.Line, names: set[str], classed: bool) -> tuple[tuple[str, ...], str]:
    """(authors, outlet) of a header line read as a byline: with `classed`, only a line in an element whose
    class says it holds the byline; otherwise a line with its `By` word, the page's own name, or its fields
    between bars (`barred_byline`)."""
    if classed and not line.byline:
        return (), ""
    authors, outlet = split_credit(line.text, names, printed=not classed)
    return (authors or (() if classed else barred_byline(line.text)[0])), outlet


def barred_byline(line: str) -> tuple[tuple[str, ...], str]:
    """(author, place) of a byline printed as fields between bars: the reporter's name, then the place,
    the date or both (`Patricio Candia | Palma de Mallorca | 08/01/2014`); ((), '') for any other line."""
    fields = [f.strip() for f in line.split(" | ")]
    if not 2 <= len(fields) <= 3 or not _is_person(fields[0]) or not re.search(r"\d", fields[-1]):
        return (), ""
    if read_date_line(fields[-1]) is None:
        return (), ""  # the last field is no date
    place = fields[1] if len(fields) == 3 and is_title_case_name(fields[1]) else ""
    return ((_cased(fields[0]),), place) if len(fields) == 2 or place else ((), "")


#: A byline's word printed alone, its name in an element of its own (`By <a class="author">Sam Byford</a>`).
_BY_ALONE = re.compile(r"^(?:by|par|por|von|door|di|de)$", re.I)
#: Co-authors in brackets after a byline's name: `Martin Untersinger (avec Damien Leloup et Morgane Tual)`.
_WITH = re.compile(r"^\((?:avec|with|mit|con|com|met)\s+(?P<names>[^()]+)\)$", re.I)


def _joined_bylines(header: list[parts.Line]) -> list[parts.Line]:
    """The header's lines, a byline's word alone joined to the name on the line after it, and that
    to the co-authors in brackets on the line after that, as the page prints them on one line."""
    out: list[parts.Line] = []
    skip = 0
    for i, line in enumerate(header):
        if skip:
            skip -= 1
            continue
        if _BY_ALONE.match(line.text) and i + 1 < len(header):
            more = header[i + 2].text if i + 2 < len(header) and _WITH.match(header[i + 2].text) else ""
            skip = 2 if more else 1
            line = replace(line, text=" ".join(filter(None, (line.text, header[i + 1].text, more))),
                           byline=line.byline or header[i + 1].byline)
        out.append(line)
    return out


#: A place printed before the date, on the line after the byline: `Madrid 27 OCT 2012 - 12:14 CET`.
_PLACE_FIRST = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){0,2})\s*[|,·-]?\s+(?P<date>\d.+)$")


def _place_before_date(line: str, language: str, date_order: str) -> str:
    """The dateline of a line under the byline that is a place and then a date line (El País, El Mundo and
    others print `Firma / Lugar Fecha`); '' otherwise."""
    match = _PLACE_FIRST.match(line)
    if not match or not is_title_case_name(match["place"]):
        return ""
    dated = read_date_line(match["date"], date_order=date_order, language=language)
    return match["place"] if dated and dated.published else ""


def _caption_of(tree, page: list[parts.Line], order: dict, headline: tuple[str, int],
                last: str) -> tuple[str, str, str]:
    """(image, caption, credit) from a caption container or an image's printed description, between the
    page's headline and the end of its text."""
    text, top = headline  # the headline's words, and its element's place (-1: unknown)
    start = top if top >= 0 else next((ln.order for ln in page if text and ln.text.startswith(text[:40])), 0)
    key = re.sub(r"^[-*•]\s+", "", " ".join(last.split()))[:40]  # the extractor marks a list's items `- `
    end = max((ln.order for ln in page if ln.order > start and ln.text.startswith(key)), default=0)
    caption, credit = parts.caption_in_containers(tree, order, (start, end))
    caption = caption or parts.caption_from_alt(tree, page, order, (start, end), text)
    caption = caption or parts.marked_caption(tree, page, order, (start, end))
    return "", caption, credit


#: The words a byline starts with, in the languages the importer reads.
_BY = re.compile(r"^(?:by|par|por|von|de|door|di)\s+", re.I)
#: One capitalised word in Latin script: after a byline's names, where the reporter writes from.
_ONE_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]+")
_CREDIT_SPLIT = re.compile(r"\s*(?:,|/|;|&|\band\b|\bet\b|\by\b|\bund\b|\be\b)\s*")


def split_credit(text: str, site_names: set[str], *, printed: bool = False) -> tuple[tuple[str, ...], str]:
    """(authors, outlet) of a byline as a page prints or declares it: `By Ed Hornick, CNN`,
    `Doug Stanglin, USA TODAY`, `Par Bertille Bayart, Marie Visot`; the outlet is a part that is
    the page's own name or a news agency. ((), '') when a part is neither a name nor an outlet, or a
    collective credit. A line `printed` in the page counts as a byline only with its `By` word or the
    page's own name beside the names."""
    text = " ".join(text.split())
    text = re.sub(r"\s*\((?:avec|with|mit|con|com|met)\s+([^()]+)\)$", r", \1", text, flags=re.I)
    bare = _BY.sub("", text)
    if _BY_ALONE.match(bare):
        return (), ""  # the byline's word alone, its name on another line
    authors: list[str] = []
    outlet = ""
    own = False
    for part in (p for p in _CREDIT_SPLIT.split(bare) if p):
        if _is_site_name(part, site_names) or known_agency(part):
            outlet, own = outlet or part, own or _is_site_name(part, site_names)
        elif authors and _ONE_WORD.fullmatch(part):
            continue  # `Von Markus Balser, Berlin`: a single word after the names is the place, not a person
        elif _is_person(part):
            authors.append(_cased(part))
        else:
            return (), ""
    if printed and bare == text and not own:
        return (), ""  # `Mandel Ngan / AFP` under a photo is its credit
    return tuple(dict.fromkeys(authors)), outlet


#: Initials in brackets inside a name, as some writers print it: `Richard (R.J.) Eskow`.
_BRACKETED_INITIALS = re.compile(r"\s*\((?:[A-Z]\.\s?){1,3}\)")


def _cased(name: str) -> str:
    """A name in capitals in title case (`JANE DOE`: `Jane Doe`), its bracketed initials as printed."""
    pieces = [p.strip() for p in re.split(r"(\((?:[A-Z]\.\s?){1,3}\))", name) if p.strip()]
    return " ".join(p if _BRACKETED_INITIALS.fullmatch(p) else title_case_caps(p) for p in pieces)


def _is_person(part: str) -> bool:
    """A byline's part that is a person's name (its bracketed initials aside), not a publisher or a
    collective credit."""
    name = _BRACKETED_INITIALS.sub("", part)
    return bool(parse_byline("By " + title_case_caps(name))) and not _NOT_A_PERSON.search(name) \
        and not is_collective(name)


def _above_headline(heading) -> set[str]:
    """Texts printed above the page's headline (a kicker, a photo's caption): not body text."""
    if heading is None:
        return set()
    return {" ".join(el.text_content().split()) for el in heading.itersiblings(preceding=True)
            if isinstance(el.tag, str)}  # elements only: a comment or processing instruction has no text


#: A figure's caption that names its credit with a label: `… Crédits photo : Jean-Christophe MARMARA/Le Figaro`.
_LABELLED_CREDIT = re.compile(r"^(?P<caption>.{10,}?)\s+[(\[]?(?:Crédits?\s+photos?|Photo\s+credit|Bildquelle|"
                              r"Crédito)\s*[:：]\s*(?P<credit>[^()\[\]]{2,60}?)[)\]]?$", re.I)
#: A label before a credit (`Foto: `): the credit is the name after it.
_CREDIT_LABEL = re.compile(r"^(?:Foto|Photo|Bild|Fotos|Photos|Crédits?\s+photos?|写真|사진)\s*[:：=]\s*", re.I)


def _figure(tree) -> tuple[str, str, str]:
    """(image, caption, credit) of the page's first figure with a caption."""
    for figure in tree.iter("figure"):
        caption = next(figure.iter("figcaption"), None)
        if caption is None:
            continue
        image = next(figure.iter("img"), None)
        text = " ".join(caption.text_content().split())
        credit = parts.credit_alone(caption)
        if credit:  # `<figcaption><div class="caption-credit">Kevin</div></figcaption>`: no caption
            return (image.get("src", "") if image is not None else ""), "", credit
        labelled = _LABELLED_CREDIT.match(text)
        apart = parts.figure_caption(caption)
        pair = (labelled["caption"], labelled["credit"]) if labelled else (apart if apart[0] else trailing_credit(text))
        if pair:
            pair = (pair[0], _CREDIT_LABEL.sub("", pair[1]))
        return (image.get("src", "") if image is not None else ""), *(pair or (text, ""))
    return "", "", ""


def _wire_agency(authors: tuple[str, ...]) -> str:
    """The agency, when the page's authors are all agencies: the page is then a wire copy and the agency its source."""
    agencies = [a for a in authors if known_agency(a)]
    return agencies[0] if authors and len(agencies) == len(authors) else ""


def _agency_byline(authors: tuple[str, ...], meta: dict[str, object], printed: _Printed) -> str:
    """The agency a page names as the article's author with no person beside it (`<span itemprop="author">
    AFP</span>` on Libération): a wire copy, whose source is the agency."""
    outlet = str(meta.get("outlet") or printed.outlet or "")
    return outlet if outlet and known_agency(outlet) and not authors and not printed.authors else ""


def _merge(article: Extracted, meta: dict[str, object], printed: _Printed, config) -> Extracted:
    """The record with what the page's metadata and its printed parts (byline, date line, first
    caption) say in place of what the text said."""
    title, suffix = split_title(page_title(str(meta.get("title") or article.title), _site_names(meta)),
                                config.publications)
    named = meta.get("authors")
    authors = _people(tuple(str(n) for n in named), meta) if isinstance(named, tuple) else ()
    agency = _wire_agency(authors) or _agency_byline(authors, meta, printed)
    language = str(meta.get("language") or article.language)
    date, updated, notes = _dates(meta, printed, article, language)
    image, caption, credit = _lead_image(article, meta, printed.figure)
    source = agency or _source(article, meta, printed, suffix)
    return replace(
        article,
        doubts=settled(article, _replaced(article, title or article.title, source, date)),
        title=title or article.title,
        summary=article.summary or printed.summary,
        dateline=article.dateline or printed.dateline,
        source=outlet_name(_as_printed(source, printed.header)),
        date=date, updated=updated, notes=article.notes + notes,
        author=article.author if agency else authors or printed.authors or article.author,
        language=str(meta.get("language") or article.language),
        image=image, image_caption=caption, image_credit=credit,
    )


def _replaced(article: Extracted, title: str, source: str, date: str) -> set[str]:
    """The fields whose value the page's own parts gave in place of the text's."""
    return {name for name, value in (("title", title), ("source", source), ("date", date))
            if value != getattr(article, name)}


def _source(article: Extracted, meta: dict[str, object], printed: _Printed, suffix: str) -> str:
    """The source, most trusted first: the page's metadata (og:site_name, publisher), the site's name
    in its title, the outlet beside a byline (microdata, then printed), the title's suffix, the text's."""
    for name in (meta.get("provider"), meta.get("source"), meta.get("title_site"), meta.get("outlet"), printed.outlet,
                 suffix):
        if name:
            return str(name)
    return _not_a_kicker(article.source, meta)


def _as_printed(name: str, header: tuple[str, ...]) -> str:
    """The source's name as the page prints it under its headline (`From: Herald Sun`), when its
    metadata spells the same name otherwise (og:site_name `HeraldSun`)."""
    folded = _fold_name(name)
    printed = (_LABEL.sub("", ln) for ln in header if len(ln) <= 40)
    return next((ln for ln in printed if folded and _fold_name(ln) == folded), name)


#: A short label before a value on its line: `From: `, `Quelle: `, `Fuente: `.
_LABEL = re.compile(r"^[^\W\d]{2,12}\s*[:：]\s*")


def _not_a_kicker(source: str, meta: dict[str, object]) -> str:
    """The text's source, unless the page prints it in brackets inside its own headline (`<h1>[CEO&]…`):
    a rubric there, since a site credits another outlet outside its headline."""
    heading = str(meta.get("heading") or "")
    return "" if source and re.match(rf"^\s*[\[【(]\s*{re.escape(source)}\s*[\]】)]", heading) else source


def outlet_name(name: str) -> str:
    """`CNN` of `CNN.com`, `DW` of `DW.COM`: a site named by its address is the outlet of that name
    when the name is an acronym. A name written as a word keeps the address form the site prints
    (`Süddeutsche.de`: `Süddeutsche` alone is no outlet's name), as does `lefigaro.fr`."""
    match = re.fullmatch(r"(?P<name>[A-Z][A-Z&]{1,5})\.(?i:com|net|org|co\.uk|de|fr|es|it|jp|kr|cn)", name.strip())
    return match["name"] if match else name


#: Languages written in one time zone only: a time their pages print without a zone is in it.
LANGUAGE_ZONES = {"ko": "+09:00", "ja": "+09:00"}


def _dates(meta: dict[str, object], printed: _Printed, article: Extracted,
           language: str) -> tuple[str, str, tuple[str, ...]]:
    """(date, updated, notes): the metadata's, else the date line printed under the headline, else
    the text's, else the day of the page's address. Zones: see `_metadata_zone`."""
    date, updated = (_printed_clock(str(meta.get(k) or ""), printed.offsets) for k in ("date", "updated"))
    if date:
        date, updated, notes = _metadata_zone(date, updated, printed.offsets, language)
        if len(date) == 10 and printed.date[:10] == date and len(printed.date) > 10:  # the time the page prints
            return _with_zone(printed.date, LANGUAGE_ZONES.get(language, "")), updated, ()
        return date, updated, notes
    for date, updated in ((printed.date, printed.updated), (article.date, article.updated)):
        if date:
            return _with_zone(date, LANGUAGE_ZONES.get(language, "")), updated, ()
    titled = _title_day(str(meta.get("page_title") or ""))
    if titled:
        return titled, "", ()
    day = parts.address_day(str(meta.get("url") or ""))
    return day, "", (f"date: only the day of the page's address {meta.get('url')}",) if day else ()


def _printed_clock(value: str, printed: tuple[tuple[str, str], ...]) -> str:
    """A metadata time in UTC (`2018-12-21T12:55:00Z`) that the page prints at the same clock time without a
    zone (`21.dez.2018 às 12h55`) is the page's local time written with a Z, not UTC: the printed time, without a
    zone (read in the site's timezone, as pasted copy's). Any other value as it is."""
    if not value.endswith("+00:00") or (value[:16], "") not in printed:
        return value
    return value if any(local == value[:16] and offset for local, offset in printed) else value[:19]


#: A date that is a part of its own in a page's title: `Headline - 07.12.2017 - LA NACION`.
_TITLE_DAY = re.compile(r"(?:^|\s[|\-–—]\s)(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(?=\s[|\-–—]\s|\s*$)")


def _title_day(title: str) -> str:
    """The day a page's `<title>` names as a part of its own (`… - 07.12.2017 - LA NACION`), in the forms
    that read one way only (day.month.year, year-month-day); '' otherwise."""
    match = _TITLE_DAY.search(title)
    read = read_date_line(match["date"]) if match else None
    return read.published[:10] if read and read.published else ""


def _with_zone(value: str, offset: str) -> str:
    return value + offset if 10 < len(value) <= 19 else value  # a day, or a time that has its zone, stays


def _metadata_zone(date: str, updated: str, printed: tuple[tuple[str, str], ...],
                   language: str) -> tuple[str, str, tuple[str, ...]]:
    """(date, updated, notes) of metadata times. One without a zone is in the page's convention: when the
    page prints one of them (same day, hour and minute), the zone printed with it (none: the printed local
    time, kept as pasted copy keeps it); else its language's only zone (Korean, Japanese). Otherwise (a
    server's clock, perhaps) only the day is kept, with a note."""
    bare = [v[:16] for v in (date, updated) if 10 < len(v) <= 19]
    if not bare:
        return date, updated, ()
    shown = [offset for local, offset in printed if local in bare]
    if shown or language in LANGUAGE_ZONES:
        offset = shown[0] if shown else LANGUAGE_ZONES[language]
        return _with_zone(date, offset), _with_zone(updated, offset), ()
    note = f"date: '{bare[0]}' in the page's metadata has no zone, and the page prints it nowhere; only its day is kept"
    return (date[:10] if date[:16] in bare else date), (updated[:10] if updated[:16] in bare else updated), (note,)


#: A title's tail that is no part of the headline: a separator then the date, or a photo credit in brackets.
_TITLE_DATE_TAIL = re.compile(r"\s*[|\-–—:：]\s*\d{1,2}[./]\d{1,2}[./]\d{4}\s*$")
_TITLE_PHOTO_TAIL = re.compile(r"\s*[（(](?:写真|写真提供|Photo|Foto)\s*[＝=:：][^）)]{1,40}[）)]\s*$")
_TITLE_SEPARATOR = re.compile(r"\s*(?:\||-|–|—|：|:|»)\s*(?P<name>[^|\-–—：:»]{1,40})$")


def page_title(title: str, site_names: set[str]) -> str:
    """The headline of a page's metadata title, without what the site glues on: its own name
    (`…-新华网`, `… ：日本経済新聞`, `… | DW`), a date (`| 19.01.2020`), a photo credit (`（写真＝ロイター）`)."""
    while True:
        before = title
        title = _TITLE_PHOTO_TAIL.sub("", _TITLE_DATE_TAIL.sub("", title)).strip()
        tail = _TITLE_SEPARATOR.search(title)
        if tail and _is_site_name(tail["name"], site_names) and tail.start() > 0:
            title = title[: tail.start()].strip()
        if title == before:
            return title


def _fold_name(name: str) -> str:
    """`elpais` of `EL PAÍS`, `cnn` of `CNN.com`, `usatoday` of `USA TODAY`: a name as an address spells it."""
    bare = unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFKD", name)
                                                if not unicodedata.combining(c)))
    return re.sub(r"(?i)^www\.|\.(?:com|de|fr|es|jp|cn|net|org|co\.uk|co\.kr)$|[\s.]", "", bare).casefold()


def _is_site_name(name: str, site_names: set[str], *, either: bool = False) -> bool:
    """Is `name` the site's own (og:site_name, publisher, the page's 来源, its address), or the start of
    one (`日本経済新聞` of `日本経済新聞社`, `DW` of `DW.COM`)? With `either`, also a name that starts with
    the site's (`BBC中文网` of `BBC`)."""
    folded = _fold_name(name)
    return len(folded) >= 2 and any(s == folded or s.startswith(folded) or (either and folded.startswith(s))
                                    for s in site_names)


def _site_names(meta: dict[str, object]) -> set[str]:
    names = meta.get("site_names")
    return {_fold_name(str(n)) for n in names if str(n).strip()} if isinstance(names, (set, list, tuple)) else set()


#: An author name that is the publisher, not a person: a domain, a company form, a name with a parenthesis.
_NOT_A_PERSON = re.compile(r"\w\.(?:com|de|fr|es|it|net|org|jp|cn|co|kr)\b|\(|"
                           r"\b(?:GmbH|AG|Ltd|Inc|LLC|S\.A\.|S\.L\.|SpA|Ediciones|Verlag|Editions|Éditions|Media|Group|"
                           r"Redaktion|Redacción|Rédaction|Images|Photos?|Pictures)\b|社$", re.I)


def _people(names: tuple[str, ...], meta: dict[str, object]) -> tuple[str, ...]:
    """The page's author names that are people: the publisher named as the author is no byline, nor
    the editor the page prints under a label (`责任编辑：崔宁宁` for the meta author `青网校园崔宁宁`)."""
    sites = _site_names(meta)
    editors = meta.get("editors") or ()
    return tuple(n for n in names if not _NOT_A_PERSON.search(n) and not _is_site_name(n, sites)
                 and not any(n.endswith(e) for e in editors))  # type: ignore[attr-defined]


#: An editor's label and name, as a page prints it under or around the text: `责任编辑：崔宁宁`,
#: `[责任编辑:肖春芳]`, `（編集：山田太郎）`, `Edited by Jane Doe`, `Editing by Jane Doe`.
_EDITOR = re.compile(r"(?:责任编辑|責任編輯|编辑|編輯|編集)\s*[:：︱丨|]\s*"
                     r"(?P<cjk>[\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])"
                     r"|\b(?:Edited|Editing) by (?P<latin>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})")


def editors_named(text: str) -> tuple[str, ...]:
    """The names a page prints after an editor's label: its editors, not the text's authors."""
    return tuple(dict.fromkeys(m["cjk"] or m["latin"] for m in _EDITOR.finditer(text)))


def _lead_image(article: Extracted, meta: dict[str, object], figure: tuple[str, str, str]) -> tuple[str, str, str]:
    """(image, caption, credit): the text's, with the page's og:image when the text has none, and the
    page's first captioned figure when the text has no caption (its image unless og:image gave one)."""
    page_image = str(meta["image"]) if meta.get("image") and not article.image else ""
    figure_image, caption, credit = figure
    if (caption or credit) and not article.image_caption and not article.image_credit:
        return page_image or figure_image, caption, credit
    return page_image or article.image, article.image_caption, article.image_credit


# --- the page's own metadata ---------------------------------------------------------


def page_metadata(tree) -> dict[str, object]:
    """title, date, updated, source, authors, language, image from JSON-LD, Open Graph, meta
    tags, <time> and <html lang>, in that order of trust; a key is absent when the page has none."""
    found: dict[str, object] = {}
    _from_json_ld(tree, found)
    _from_meta_tags(tree, found)
    _from_microdata(tree, found)
    _take(found, "date", found.pop("lone_update", ""))
    return found


def _from_microdata(tree, found: dict[str, object]) -> None:
    """schema.org microdata printed in the page (`itemprop="datePublished"`, `itemprop="author"` with
    its `itemprop="name"`): the first of each. An author's text is read as a byline (`Doug Stanglin,
    USA TODAY`); the page's own name in it is the outlet, no person."""
    props: dict[str, list] = {}
    for el in tree.xpath("//*[@itemprop]"):
        for prop in el.get("itemprop").split():
            props.setdefault(prop, []).append(el)
    for key, prop in (("date", "datePublished"), ("updated", "dateModified")):
        values = [el.get("content") or el.get("datetime") or "" for el in props.get(prop, [])]
        _take(found, key, next((v for v in (_iso(v) for v in values) if v), ""))
    _microdata_authors(props.get("author", []), found)


def _microdata_authors(elements: list, found: dict[str, object]) -> None:
    authors: list[str] = []
    for el in elements:
        named = next((n for n in el.iter() if n is not el and "name" in (n.get("itemprop") or "").split()), el)
        names, outlet = split_credit(named.get("content") or named.text_content(), _site_names(found))
        authors += names
        _take(found, "outlet", outlet)
    _take(found, "authors", tuple(dict.fromkeys(authors)))


def _from_json_ld(tree, found: dict[str, object]) -> None:
    for item in _json_ld(tree):
        _take(found, "title", item.get("headline") or item.get("name"))
        _take(found, "date", _iso(item.get("datePublished")))
        _take(found, "updated", _iso(item.get("dateModified")))
        _take(found, "source", _name(item.get("publisher")))
        _add_site_name(found, _name(item.get("publisher")))
        _take(found, "authors", _names(item.get("author")))
        _take(found, "language", _primary_language(item.get("inLanguage")))
        _take(found, "article_description", item.get("description"))
        _take(found, "location", _name(item.get("contentLocation")))
        _take(found, "image", _url(item.get("image")))


#: <meta> names (or properties) of each fact, most trusted first.
_DATE_METAS = ("article:published_time", "pubdate", "date", "dc.date", "dcterms.date", "dcterms.created",
               "dcterms.issued", "dc.date.issued", "dc.date.issue")
_SOURCE_METAS = ("og:site_name", "dc.publisher", "dcterms.publisher")
#: Names a page gives itself without saying it is the source (an app's name, a `writer` or `copyright` holder).
_SITE_NAME_METAS = (*_SOURCE_METAS, "application-name", "writer", "copyright")


def _first(metas: dict[str, str], names: tuple[str, ...]) -> str:
    return next((metas[n] for n in names if metas.get(n)), "")


def _from_meta_tags(tree, found: dict[str, object]) -> None:
    """Open Graph and <meta> tags, <time datetime> and <html lang>."""
    metas = {(m.get("property") or m.get("name") or "").lower(): (m.get("content") or "").strip()
             for m in tree.iter("meta") if m.get("content")}
    _take(found, "title", metas.get("og:title"))
    _take(found, "date", _iso(_first(metas, _DATE_METAS)))
    _take(found, "updated", _iso(metas.get("article:modified_time")))
    _take(found, "source", _first(metas, _SOURCE_METAS))
    for key in _SITE_NAME_METAS:
        _add_site_name(found, metas.get(key, ""))
    _page_identity(tree, metas, found)
    _take(found, "description", _first(metas, ("og:description", "description")))
    found["descriptions"] = tuple(dict.fromkeys(m.get("content") or "" for m in tree.iter("meta") if m.get("content")
                                                and (m.get("property") or m.get("name") or "").lower()
                                                in ("og:description", "description", "twitter:description")))
    _take(found, "authors", _names(_first(metas, ("author", "article:author"))))
    _take(found, "image", metas.get("og:image"))
    _from_times(tree, found)
    _take(found, "date", _titled_time(tree))
    lang = tree.getroottree().getroot().get("lang") or metas.get("og:locale", "").replace("_", "-")
    _take(found, "language", _primary_language(lang))


def _from_times(tree, found: dict[str, object]) -> None:
    """The first `<time datetime>` not labelled as an update; when every one is (`Aktualisiert am <time>`),
    the update, which is then the page's only date (`lone_update`, taken when nothing else dates it)."""
    times = [t for t in tree.iter("time") if t.get("datetime")]
    published = [t for t in times if not _UPDATE_LABEL.search(_time_context(t))]
    _take(found, "date", _iso(published[0].get("datetime")) if published else "")
    if times and not published:
        _take(found, "lone_update", _iso(times[0].get("datetime")))


def _primary_language(tag: object) -> str:
    """`en` of `en-US`, `pt` of `pt_BR`: a language tag's primary subtag, as the importer keeps languages."""
    return tag.replace("_", "-").split("-")[0].strip().lower() if isinstance(tag, str) else ""


def _titled_time(tree) -> str:
    """The time a date element declares in its `title` (`<li class="date-and-time"
    title="2015-03-13T21:00:00+11:00">`), as `<time datetime>` does: a full time with its zone only."""
    for el in tree.xpath("//*[@title][@class]"):
        if re.search(r"(?:^|[\s_-])(?:date|time|timestamp|dateline)(?:$|[\s_-])", el.get("class"), re.I):
            value = _iso(el.get("title"))
            if len(value) > 19:
                return value
    return ""


def _page_identity(tree, metas: dict[str, str], found: dict[str, object]) -> None:
    """The page's address (og:url, canonical link; its host is one of the site's names), its `<h1>`
    and its `<title>`."""
    links = [ln.get("href") or "" for ln in tree.iter("link") if (ln.get("rel") or "").lower() == "canonical"]
    _take(found, "url", metas.get("og:url") or next((u for u in links if u.startswith("http")), ""))
    _add_site_name(found, parts.host_name(str(found.get("url") or "")))
    titles = [" ".join(t.text_content().split()) for t in tree.iter("title")]
    found["page_title"] = titles[0] if titles else ""
    found["heading"] = _heading_text(_headline_of(tree, found))


#: The words that say a time is when the page was changed, not published.
_UPDATE_LABEL = re.compile(r"mis\w* à jour|updated|aktualisiert|actualizado|atualizado|aggiornato|更新|수정", re.I)


def _time_context(element) -> str:
    """The text a <time> sits in (its parent's), where a label such as `Mis à jour le` is printed."""
    parent = element.getparent()
    return " ".join((parent if parent is not None else element).text_content().split())[:80]


def _add_site_name(found: dict[str, object], name: str) -> None:
    """Keep every name the page gives itself (og:site_name, publisher, 来源): no headline's part, no byline."""
    names = found.get("site_names")
    found["site_names"] = (names if isinstance(names, set) else set()) | ({name} if name else set())


def _take(found: dict[str, object], key: str, value: object) -> None:
    if value and not found.get(key):
        found[key] = value.strip() if isinstance(value, str) else value


#: The markers some pages wrap their JSON-LD in, as old XHTML pages wrapped scripts: `<![CDATA[ … ]]>`, `<!-- … -->`.
_JSON_WRAPPER = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")


def _json_ld(tree) -> list[dict]:
    items: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(_JSON_WRAPPER.sub("", script.text))
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
            kinds = item.get("@type")
            kinds = set(kinds) if isinstance(kinds, list) else {kinds}
            if kinds & _ARTICLE_TYPES:
                items.append(item)
    order = ["WebPage"]
    return sorted(items, key=lambda i: (i.get("@type") in order))


def _iso(value: object) -> str:
    """`2025-06-10T18:58:00+09:00` or `2025-06-10` from an ISO 8601 value; '' otherwise."""
    if not isinstance(value, str) or not value.strip():
        return ""
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return ""
    out = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.utcoffset() is not None:
        offset = moment.strftime("%z")
        out += f"{offset[:3]}:{offset[3:]}"
    return out


def _member(value: object, key: str) -> str:
    """A JSON-LD value's `key` (`name`, `url`): of the object, of a list's first item, or
    the value itself when it is text."""
    if isinstance(value, dict):
        return str(value.get(key) or "")
    if isinstance(value, list) and value:
        return _member(value[0], key)
    return value if isinstance(value, str) else ""


def _name(value: object) -> str:
    return _member(value, "name")


def _names(value: object) -> tuple[str, ...]:
    if isinstance(value, dict) and value.get("@type") == "Organization":
        return ()  # the publisher named as the author
    if isinstance(value, list):
        return tuple(title_case_caps(n.strip()) for n in (_name(v) for v in value) if n)
    name = _BY.sub("", " ".join(_name(value).split()))  # "By  Ed Hornick, CNN"
    if not name or name.startswith("http") or _NOT_A_PERSON.search(name):
        return ()  # a link, or the publisher named as the author ("Süddeutsche.de GmbH, Munich, Germany")
    return tuple(title_case_caps(n.strip()) for n in re.split(r",\s*|\s+and\s+", name) if n.strip())


def _url(value: object) -> str:
    return _member(value, "url")
