"""What a saved page prints around its article text, which an extractor leaves out: the lines
under the headline (byline, date line), the sign-off under the text, the photo's caption and
credit in the page's own caption containers, and the page's own address. Read by read_html.

Every rule here reads what the page prints or declares about itself; none guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from gazette.importer.rules.caption import trailing_credit

#: Elements that start a new line of the page as a browser shows it.
_BLOCKS = frozenset("p div li ul ol h1 h2 h3 h4 h5 h6 br tr td th table section article header footer aside nav "
                    "figure figcaption blockquote dd dt dl main form hr pre address".split())
#: Class words of an inline element that holds one piece of an article's metadata (`asset-metabar-time`,
#: `byline`, `author`, `date`): on a line of its own, so that a byline and a date line are read apart.
_METADATA_CLASS = re.compile(r"(?:^|[\s_-])(?:date|time|timestamp|byline|author|autor|auteur)(?:$|[\s_\d-])", re.I)
_SKIPPED = frozenset(["head", "script", "style", "noscript", "template", "select", "option", "button", "iframe"])
#: Class words of a photo's caption container, as sites name them (`caption`, `cutline`, `figcaption`,
#: `wp-caption-text`, `leyenda`, `legende`).
_CAPTION_CLASS = re.compile(r"(?:^|[\s_-])(?:caption|cutline|figcaption|leyenda|l[ée]gende|didascalia|bildunterschrift)"
                            r"(?:$|[\s_-])", re.I)
#: Class words of a photo's credit inside or beside its caption (`credit`, `firma`, `byline`, `copyright`).
_CREDIT_CLASS = re.compile(r"(?:^|[\s_-])(?:credit|credits|firma|photographer|copyright|cr[ée]dito|fotograf)"
                           r"(?:$|[\s_-])", re.I)
#: A credit's own label, copyright sign and brackets: `(Photo: Kiichiro Sato, AP)`, `Foto: X`, `Crédits photo : X`,
#: `© Ben Stansall/AFP`, `Credit Ashraf Shazly/AFP` (a label for screen readers, printed without a colon).
_CREDIT_WRAP = re.compile(r"^[(\[]?\s*(?:©\s*)?(?:(?:photo|foto|photos|fotos|bild|image|crédits?(?:\s+photos?)?|credit|"
                          r"source|quelle|fuente)\s*[:：]\s*|credit\s*(?=(?-i:[A-Z])))?"
                          r"(?P<credit>.+?)\s*[)\]]?$", re.I)
#: A date in a page's address, in the slashed form newsrooms file articles under: `/2010/08/13/`.
#: Also with one section between the year and the month (`/2010/POLITICS/08/13/`).
_ADDRESS_DAY = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?:[A-Za-z-]+/)?(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12]\d|3[01])/")
#: A video player's container: its description is no paragraph of the article.
_VIDEO_CLASS = re.compile(r"(?:^|[\s_-])video(?:$|[\s_-])", re.I)


#: Class words of an element that holds the byline: `byline`, `author`, `autor`, `auteur`.
_BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:byline|author|autor|auteur|autore)(?:$|[\s_-])", re.I)


@dataclass(frozen=True)
class Line:
    text: str
    order: int  # document order of the element the line starts in
    byline: bool = False  # the line is the text of an element whose class says it holds the byline


def _norm(text: str) -> str:
    return " ".join(text.split())


def page_lines(tree) -> tuple[list[Line], dict]:
    """The page's visible text as lines (a new line at every block element), and the document
    order of every element, so that a line or an element can be placed before or after another."""
    order = {el: i for i, el in enumerate(tree.iter())}
    lines: list[Line] = []
    current: list[str] = []
    start: list = [0, None]  # the order and element the current line starts in
    bylines = {el for el in order if isinstance(el.tag, str) and _BYLINE_CLASS.search(el.get("class") or "")}

    def flush() -> None:
        text = _norm("".join(current))
        if text:
            lines.append(Line(text, start[0], byline=start[1] in bylines))
        current.clear()

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag and tag.lower() not in _SKIPPED:
            block = tag.lower() in _BLOCKS or bool(_METADATA_CLASS.search(el.get("class") or ""))
            if block:
                flush()
                start[:] = [order.get(el, start[0]), el]
            current.append(el.text or "")
            for child in el:
                walk(child)
            if block:
                flush()
                start[:] = [order.get(el, start[0]), el.getparent()]
        current.append(el.tail or "")

    walk(tree)
    flush()
    return lines, order


def around_text(lines: list[Line], headline: str, firsts: list[str], last: str,
                heading_at: int = -1, again: str = "") -> tuple[list[Line], list[str]]:
    """(up to 30 lines between the headline and the text, without the text's own lines (a row of share
    buttons may come before the byline); up to 3 lines under the text's last line). The headline is
    the line of the `<h1>` at `heading_at` (document order), else the first line that starts as it
    does. The text starts at the latest of its first lines (`firsts`), since a page may print a dek,
    then the byline, then the text; a line of the text is found by its start, since an extractor
    joins and trims lines."""
    def index(text: str, after: int) -> int:
        key = _norm(text)[:40]
        return next((i for i in range(after, len(lines)) if key and lines[i].text.startswith(key)), -1)

    top = next((i for i, ln in enumerate(lines) if ln.order >= heading_at), -1) if heading_at >= 0 else -1
    top = top if top >= 0 else (index(headline, 0) if headline else -1)
    begin = max((index(first, top + 1) for first in firsts), default=-1)
    if top < 0 or begin < 0:
        return [], []
    top = _headline_again(lines, top, begin, again)
    end = index(last, begin)
    own = {_norm(first)[:40] for first in firsts}
    header = [ln for ln in lines[top + 1:begin] if ln.text[:40] not in own][:30]
    footer = [ln.text for ln in lines[end + 1:end + 4]] if end >= 0 else []
    return header, footer


def _headline_again(lines: list[Line], top: int, begin: int, again: str) -> int:
    """The headline printed again as a line of its own nearer the text (`again`), where the header starts
    when the headline's element is the page's masthead (`<h1>Headline<span>Site</span></h1>` over a menu);
    else `top`."""
    return max([top, *(i for i in range(top + 1, begin) if again and lines[i].text == again)])


def lines_above(lines: list[Line], heading_at: int, count: int = 2) -> list[str]:
    """The `count` lines printed right above the headline (document order `heading_at`), where some
    pages print the date line (`<p class="news_datum">08.04.2015 12:46</p><h1>…`)."""
    top = next((i for i, ln in enumerate(lines) if ln.order >= heading_at), -1) if heading_at >= 0 else -1
    return [ln.text for ln in lines[max(top - count, 0):top]] if top > 0 else []


def address_day(url: str, *, query: bool = False) -> str:
    """`2010-08-13` from an address filed under `/2010/08/13/`; with `query`, also from a day written
    whole in its query (`hl?a=20170309-35097838-cnetj-sci`), which only confirms a printed date's
    month and day; '' otherwise."""
    parts = urlsplit(url) if url else None
    match = _ADDRESS_DAY.search(parts.path + "/") if parts else None
    if match:
        return f"{match['y']}-{match['m']}-{match['d']}"
    whole = _QUERY_DAY.search(parts.query) if parts and query else None
    return f"{whole['y']}-{whole['m']}-{whole['d']}" if whole else ""


#: A day written whole in an address's query, as a portal files an article: `a=20170309-35097838-…`.
_QUERY_DAY = re.compile(r"=(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?:-|&|$)")


def host_name(url: str) -> str:
    """`usatoday` of `http://www.usatoday.com/story/...`, `elpais` of `sociedad.elpais.com`: the
    name of the site that the address belongs to ('' without an address)."""
    host = urlsplit(url).hostname or "" if url else ""
    parts = [p for p in host.split(".") if p and p != "www"]
    if len(parts) >= 3 and parts[-2] in ("co", "com", "ne", "or", "go", "ac"):  # www.bbc.co.uk, news.joins.co.kr
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else ""


def _classes(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _credit_classes(el) -> str:
    """An element's class and id, a camel-case word split (`photoCredit` reads `photo Credit`)."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", _classes(el))


def caption_in_containers(tree, order: dict, span: tuple[int, int]) -> tuple[str, str]:
    """(caption, credit) of the first caption container (by its class: `caption`, `cutline`, `figcaption`)
    printed between the headline and the end of the text; its credit is an element with a credit class
    inside it or beside it (`(Photo: Kiichiro Sato, AP)` gives `Kiichiro Sato, AP`)."""
    for el in tree.iter():
        if not _is_caption_container(el) or not span[0] < order.get(el, -1) < span[1] or _in_video(el):
            continue
        text, credit = _caption_text_and_credit(el)
        if 8 <= len(text) <= 400 and not _not_a_caption(text):
            wrapped = _CREDIT_WRAP.match(credit) if credit else None
            return text, (wrapped["credit"] if wrapped else "")
    return "", ""


def _is_caption_container(el) -> bool:
    """An element (no image) whose class names a caption: `caption`, `cutline`, `figcaption`."""
    return isinstance(el.tag, str) and bool(_CAPTION_CLASS.search(_classes(el))) and el.tag != "img"


def figure_caption(caption) -> tuple[str, str]:
    """(caption, credit) of a `<figcaption>` whose credit is an element of its own (`<span
    class="widget-image__credits">`, `<span class="copyright">Crédits : <em>Getty</em></span>`), without
    the credit's label; else its first element's text when what follows that is only a date and a
    credit after a bar (`<h4>caption</h4><h5>27-06-2012</h5> | Efe`); ('', '') otherwise."""
    credit_el = _credit_element(caption)
    if credit_el is not None and credit_el in caption.iter():
        text, credit = _caption_text_and_credit(caption)
        wrapped = _CREDIT_WRAP.match(credit) if credit else None
        return text, (wrapped["credit"] if wrapped else credit)
    first = next((c for c in caption if isinstance(c.tag, str)), None)
    text, lead = _norm(caption.text_content()), _norm(first.text_content()) if first is not None else ""
    rest = _CAPTION_DATE.sub(" ", text[len(lead):]) if lead and text.startswith(lead) else ""
    barred = re.fullmatch(r"\s*[|/•·]\s*(?P<credit>[^|/•·]{2,30}?)\s*", rest)
    return (lead, barred["credit"]) if barred and len(lead) >= 20 else ("", "")


#: A photo's date printed in its caption: `27-06-2012`, `27.06.2012`, `2012-06-27`.
_CAPTION_DATE = re.compile(r"\b(?:\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{2}-\d{2})\b")


def _caption_text_and_credit(caption) -> tuple[str, str]:
    """(text, credit) of a caption container: the credit is its credit element's text (the text
    then without it, when the element is inside), else a credit at the text's end."""
    credit_el = _credit_element(caption)
    text = _norm(caption.text_content())
    credit = _norm(credit_el.text_content()) if credit_el is not None else ""
    if credit and credit_el in caption.iter():
        text = _norm(text.replace(credit, " ")).rstrip(" /|-–—•·").strip()
    if not credit:  # `… general election. (Thomas Coex/AFP/Getty Images)`
        text, credit = trailing_credit(text) or (text, "")
    return text, credit


#: A byline word: a caption container that starts with it holds the byline (`<span class="caption">By …`).
_BYLINE_START = re.compile(r"^(?:by|par|por|von)\s", re.I)


def _not_a_caption(text: str) -> bool:
    """A caption container's text that is no caption: a byline, a credit alone (`(Al Dukes Photography)`,
    `Mandel Ngan / AFP / Getty Images`)."""
    if _BYLINE_START.match(text) or re.fullmatch(r"[(\[].*[)\]]", text):
        return True
    pieces = [p.strip() for p in text.split("/")]
    return len(pieces) >= 2 and all(0 < len(p.split()) <= 4 and not p.endswith(".") for p in pieces)


#: Class words of a photo's credit inside its caption container only (`<span class="image-source">`).
_SOURCE_CLASS = re.compile(r"(?:^|[\s_-])(?:source|quelle|fuente)(?:$|[\s_-])", re.I)


def credit_alone(caption) -> str:
    """The credit of a caption container that holds nothing but its credit's element; '' otherwise."""
    credit_el = _credit_element(caption)
    if credit_el is None or credit_el not in caption.iter():
        return ""
    credit = _norm(credit_el.text_content())
    wrapped = _CREDIT_WRAP.match(credit) if credit and credit == _norm(caption.text_content()) else None
    return wrapped["credit"] if wrapped else ""


def _credit_element(caption):
    inside = [c for c in caption.iter() if c is not caption and isinstance(c.tag, str)
              and (_CREDIT_CLASS.search(_credit_classes(c)) or _SOURCE_CLASS.search(_classes(c)))]
    if inside:
        return inside[0]
    parent = caption.getparent()
    beside = [] if parent is None else [c for c in parent if c is not caption and isinstance(c.tag, str)
                                        and _CREDIT_CLASS.search(_credit_classes(c))]
    return beside[0] if beside else None


def caption_from_alt(tree, lines: list[Line], order: dict, span: tuple[int, int], headline: str) -> str:
    """The caption of the first image between the headline and the end of the text whose
    description (`alt`) the page also prints as a line of its own just below it (within a few
    elements): the printed caption. An `alt` that repeats the headline is none."""
    for img in tree.iter("img"):
        alt, at = _norm(img.get("alt") or ""), order.get(img, -1)
        if len(alt) < 20 or alt == headline or not span[0] < at < span[1] or _not_a_caption(alt):
            continue
        if any(ln.text == alt and at < ln.order <= at + 12 for ln in lines):
            return alt
    return ""


def _is_video(el) -> bool:
    """A video player's container; not the page or the article that a video page classes `video`."""
    if el.tag in ("html", "body", "article", "main") or next(el.iter("h1"), None) is not None:
        return False
    return el.get("itemprop") == "video" or bool(_VIDEO_CLASS.search(el.get("class") or ""))


def _in_video(el) -> bool:
    return any(_is_video(a) for a in el.iterancestors())


def video_texts(tree) -> set[str]:
    """Texts printed inside a video player (an element of class `video` or `itemprop="video"`):
    its description is not the article's first paragraph."""
    out: set[str] = set()
    for el in tree.iter():
        if isinstance(el.tag, str) and _is_video(el):
            out |= {_norm(d.text_content()) for d in el.iter() if isinstance(d.tag, str)}
    return out


#: A label before a link to another story: `IN TEXAS:`, `RELATED:`, `READ MORE:`, `Lesen Sie auch:`.
_LINK_LABEL = re.compile(r"^[^\W\d][^:]{0,30}:$")


def link_paragraphs(tree) -> set[str]:
    """Paragraphs that are only a link to another story, with at most a label before it
    (`<p><b>IN TEXAS: </b><a href=…>Family of Ebola patient quarantined</a></p>`), or a word or two and a
    link all in bold, or the page's tags: no text of the article."""
    out: set[str] = set()
    for para in tree.iter("p"):
        links = [a for a in para.iter("a") if a.get("href")]
        if len(links) >= 2 and _tag_list(para, links):
            out.add(_norm(para.text_content()))
        if len(links) != 1:
            continue
        linked = _norm(links[0].text_content())
        whole = _norm(para.text_content())
        label = _norm(whole.replace(linked, " ", 1)) if linked in whole else whole
        if len(linked.split()) >= 3 and (not label or _LINK_LABEL.match(label) or _bold_promo(para, label)):
            out.add(whole)
    return out


def _bold_promo(para, label: str) -> bool:
    """A paragraph wholly in bold that is a word or two and a link (`<p><strong>Revivez <a href=…>le direct du
    vote …</a></strong></p>`): the page's pointer to another page, no text of the article."""
    children = [c for c in para if isinstance(c.tag, str)]
    return (len(label.split()) <= 2 and len(children) == 1 and children[0].tag in ("strong", "b")
            and _norm(children[0].text_content()) == _norm(para.text_content()))


def _page_lines_of(tree, lines: list[str], after: int = -1) -> list[Line | None]:
    """The page's line each extracted line starts with (None when the page prints it nowhere as a
    line's start), found in document order from the element at `after`: an extractor joins a page's
    short lines (`TOM ELLIOTT` and the line after it), so a page line that is the start of an extracted
    line counts too."""
    page, _ = page_lines(tree)
    found: list[Line | None] = []
    at = next((i for i, ln in enumerate(page) if ln.order >= after), len(page))
    for line in lines:
        key = re.sub(r"^[-*•]\s+", "", _norm(line))[:40]
        hit = next((i for i in range(at, len(page)) if key and (page[i].text.startswith(key) or (
            len(page[i].text) >= 8 and key.startswith(page[i].text)))), -1)
        found.append(page[hit] if hit >= 0 else None)
        at = hit + 1 if hit >= 0 else at
    return found


def _line_elements(tree, lines: list[str]) -> list:
    """The element each extracted line starts in (see `_page_lines_of`)."""
    elements = list(tree.iter())
    return [elements[ln.order] if ln is not None else None for ln in _page_lines_of(tree, lines)]


#: Class words of a standfirst's element: `intro`, `teaser`, `anrisstext`, `chapo`, `dek`, `standfirst`.
_STANDFIRST_CLASS = re.compile(r"(?:^|[\s_-])(?:intro|lead|teaser|anriss\w*|standfirst|dek|deck|chap[oô]|chapeau|"
                               r"summary|sapo|entradilla|excerpt|subtitle|subheadline|vorspann)(?:$|[\s_-])", re.I)


def _classed_standfirst(el) -> bool:
    """An element, or its parent, whose class names a standfirst (`dig-vorspann`, `atc-IntroText`)."""
    return any(_STANDFIRST_CLASS.search(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", e.get("class") or ""))
               for e in (el, el.getparent()) if e is not None)


def _is_standfirst(el) -> bool:
    """An element printed as a standfirst: a subheading, a class that says so, or a paragraph wholly in bold."""
    if el.tag in ("h2", "h3", "h4") or _classed_standfirst(el):
        return True
    bold = [c for c in el if isinstance(c.tag, str) and c.tag in ("strong", "b")]
    return len(bold) == 1 and _norm(bold[0].text_content()) == _norm(el.text_content())


def _by_a_photo(el) -> bool:
    """An element in a caption's container, or whose parent holds an image (`<div class="leadImage"><img>
    <p>…</p>`): a photo's text, not a standfirst."""
    parent = el.getparent()
    return _in_caption(el) or (parent is not None and next(parent.iter("img"), None) is not None)


def _is_headline_again(text: str, headline: str) -> bool:
    """The headline again, or its part after a kicker (`Musik-Stars fordern …` of `Nutzerbasierte Abrechnung :
    Musik-Stars fordern …`, which the page prints in an element of its own)."""
    return bool(headline) and (text == headline or (len(text.split()) >= 3 and headline.endswith(" " + text)
                                                    and headline[:-len(text)].rstrip().endswith((":", "：", "|"))))


def classed_standfirst(tree, lines: list[str], heading) -> str:
    """The text's first line after the headline again when the page prints it in an element whose class
    names a standfirst (`<div class="dig-vorspann">`): the standfirst of a page whose metadata has no
    description. '' otherwise."""
    elements = list(tree.iter())
    headline = _norm(heading.text_content()) if heading is not None else ""
    page = _page_lines_of(tree, lines[:3], elements.index(heading) if heading is not None else -1)
    alts = _image_descriptions(tree)
    for line, printed in zip(lines[:3], page):
        text = _norm(line)
        if _is_headline_again(text, headline) or _describes_a_photo(text, alts):
            continue
        element = elements[printed.order] if printed is not None else None
        classed = element is not None and _classed_standfirst(element) and not _by_a_photo(element)
        return text if classed and 40 <= len(text) <= 500 else ""
    return ""


#: The words a Chinese caption starts with, under its photo: `图为马素湘在澳大利亚悉尼游玩时的近影。`
_CAPTION_START = re.compile(r"^(?:图为|圖為|图片为|圖片為)\S")


def _under_an_image(elements: list, at: int) -> bool:
    """Is there an image among the few elements before the one at `at` (document order)?"""
    return any(isinstance(el.tag, str) and el.tag == "img" for el in elements[max(at - 8, 0):at])


def marked_caption(tree, lines: list[Line], order: dict, span: tuple[int, int]) -> str:
    """The first line between the headline and the end of the text that a Chinese page prints right under
    a photo and starts as its captions do (`图为…`): the photo's caption; '' otherwise."""
    elements = list(tree.iter())
    for line in lines:
        if span[0] < line.order < span[1] and len(line.text) <= 150 and _CAPTION_START.match(line.text) \
                and _under_an_image(elements, line.order):
            return line.text
    return ""


def _image_descriptions(tree) -> set[str]:
    """The descriptions (`alt`) of the page's images that are long enough to be a photo's caption."""
    return {alt for alt in (_norm(img.get("alt") or "") for img in tree.iter("img")) if len(alt) >= 20}


def _describes_a_photo(text: str, alts: set[str]) -> bool:
    """A line that is an image's description as the page prints it under the photo, perhaps with its
    credit after it (`Auch Herbert Grönemeyer gehört zu den Unterstützern. Bild: dpa`): the caption."""
    return any(text.startswith(alt) and len(text) <= len(alt) + 40 for alt in alts)


def leading_header(tree, lines: list[str], heading, description: str) -> int:
    """How many of the extracted text's first lines are what the page prints between its headline and its
    text (see `header_lines`)."""
    dropped = header_lines(tree, lines, heading, description)
    return next(i for i in range(len(lines) + 1) if i not in dropped)


def header_lines(tree, lines: list[str], heading, description: str, title: str = "") -> set[int]:
    """The indices of the extracted text's first lines that are what the page prints between its headline
    and its text: the headline again (its element's text, or the `title` as printed), the standfirst (the
    page's own description, printed as a subheading, in a standfirst's element or wholly in bold), the
    byline (an element whose class says so), a Chinese photo's caption (`图为…`). A photo's description
    printed under it may come first (`Auch Herbert Grönemeyer … Bild: dpa`): it stays, for the caption
    rules, and the lines after it are still read."""
    elements = list(tree.iter())
    headlines = (_norm(heading.text_content()) if heading is not None else "", _norm(title))
    page = _page_lines_of(tree, lines[:4], elements.index(heading) if heading is not None else -1)
    alts = _image_descriptions(tree)
    dropped: set[int] = set()
    for i, (line, printed) in enumerate(zip(lines[:4], page)):
        text = _norm(line)
        if _in_header(text, elements[printed.order] if printed is not None else None, printed, headlines,
                      description):
            dropped.add(i)
        elif not _describes_a_photo(text, alts):
            break
    return dropped


def _in_header(text: str, element, printed: Line | None, headlines: tuple[str, str], description: str) -> bool:
    """Is a line at the text's start what the page prints between its headline and its text (see
    `header_lines`)? `element` is the element the line starts in, `printed` its page line."""
    if _is_headline_again(text, headlines[0]) or (headlines[1] and text == headlines[1]):
        return True
    if printed is None:
        return False
    if printed.byline and len(text) <= 60:
        return True
    if text == description and _is_standfirst(element):
        return True
    return bool(_CAPTION_START.match(text)) and _under_an_image(list(element.getroottree().iter()), printed.order)


#: Class words of the element a page holds its article's text in: `story-body`, `article-body`,
#: `entry-content`, `contenu_article` (besides `itemprop="articleBody"`).
_TEXT_CLASS = re.compile(r"(?:^|\s)(?:(?:story|article|post|entry)[-_]?(?:body|content|text)|articleBody|"
                         r"contenu_article|article__body|story__body)(?:$|\s)", re.I)


def _text_element(el) -> bool:
    return "articleBody" in (el.get("itemprop") or "").split() or bool(_TEXT_CLASS.search(el.get("class") or ""))


def outside_text(tree, lines: list[str]) -> int:
    """How many lines at the end of the extracted text the page prints outside the element it marks as
    holding the article's text (`itemprop="articleBody"`, `class="story-body"`), when that element holds
    most of the text: a sidebar of other stories or a slideshow under the text is no part of it (an
    extractor takes them in when they look like paragraphs)."""
    elements = _line_elements(tree, lines)
    known = [el for el in elements if el is not None]
    for body in (el for el in tree.iter() if isinstance(el.tag, str) and _text_element(el)):
        inside = set(body.iter())
        if 2 * sum(el in inside for el in known) <= len(known):
            continue
        tail = next((i for i, el in enumerate(reversed(elements)) if el is None or el in inside), 0)
        return tail
    return 0


def _in_caption(el) -> bool:
    return el.tag == "figcaption" or bool(_CAPTION_CLASS.search(_classes(el)) or _CREDIT_CLASS.search(_classes(el)))


def text_outside_captions(tree) -> str:
    """The page's text without its photos' caption containers and credits, where `Source: Supplied`
    names where the photo came from, not the text."""
    pieces: list[str] = []

    def walk(el) -> None:
        if isinstance(el.tag, str) and el.tag not in _SKIPPED and not _in_caption(el):
            pieces.append(el.text or "")
            for child in el:
                walk(child)
        pieces.append(el.tail or "")

    walk(tree)
    return _norm(" ".join(pieces))


def _tag_list(para, links: list) -> bool:
    """A paragraph that is a label and a list of links (`Topics: uber, libertarians, …`): the page's tags."""
    rest = _norm(para.text_content())
    for link in links:
        rest = rest.replace(_norm(link.text_content()), " ", 1)
    label, _, after = _norm(rest).partition(":")
    return bool(_LINK_LABEL.match(label + ":")) and not re.sub(r"[\s,;|·•/]", "", after)


def signed_initials(tree, order: dict, end: int, is_person) -> str:
    """The author of an editor's sign-off printed at the end of the text (from the element at `end`, in
    document order, to a few elements on): a link to write to them whose text is their initials, in
    brackets, and whose title is their name (`(<a title="Ben Schwan" href="mailto:…">bsc</a>)`, as
    German newsrooms sign). The initials must be the name's letters, in order, from its first."""
    for link in tree.iter("a"):
        at = order.get(link, -1)
        if not end <= at <= end + 30 or not (link.get("href") or "").startswith("mailto:"):
            continue
        initials, name = _norm(link.text_content()), _norm(link.get("title") or "")
        around = _norm(f"{(link.getprevious().tail if link.getprevious() is not None else link.getparent().text) or ''}"
                       f"{initials}{link.tail or ''}")
        if re.fullmatch(r"[a-zäöü]{2,5}", initials) and f"({initials})" in around and is_person(name) \
                and _in_order(initials, name.lower()):
            return name
    return ""


def _in_order(letters: str, name: str) -> bool:
    """Are `letters` the start of `name` and then letters of it, in order (`bsc` of `ben schwan`)?"""
    if not name.startswith(letters[0]):
        return False
    rest = iter(name)
    return all(c in rest for c in letters)


def closing_headings(tree, lines: list[str]) -> int:
    """How many of the extracted text's last lines are the page's headings (`<h2>`…`<h6>`) with no
    paragraph after them: a heading opens text, so one that closes it is a print page's pull quote or
    the title of what comes next, no part of the text."""
    headings = {_norm(h.text_content()) for h in tree.iter("h2", "h3", "h4", "h5", "h6")}
    count = 0
    while count < min(3, len(lines) - 1) and _norm(lines[len(lines) - 1 - count]) in headings:
        count += 1
    return count


#: Class or id words of the element that holds a page's comments or its comment form
#: (`sf_comment_form_container`, `comments`, `comentarios`, `kommentare`, `disqus_thread`).
_COMMENT_CLASS = re.compile(r"(?:^|[\s_-])(?:comments?|comentarios?|commentaires?|kommentare?|disqus)(?:$|[\s_-])",
                            re.I)


def comment_lines(tree, lines: list[str]) -> int:
    """How many of the extracted text's last lines the page prints inside its comments or comment form
    (an element whose class or id says so, that does not hold the text's first line): a form's rules and
    readers' comments are no part of the text."""
    elements = _line_elements(tree, lines)
    boxes = {el for el in tree.iter() if isinstance(el.tag, str) and _COMMENT_CLASS.search(_classes(el))}
    if not boxes or elements[0] is None:
        return 0
    boxes = {box for box in boxes if elements[0] not in set(box.iter())}
    count = 0
    for el in reversed(elements):
        if el is None or not any(a in boxes for a in (el, *el.iterancestors())):
            break
        count += 1
    return count if count <= len(lines) // 2 else 0
