"""Reader for a web page saved from a browser (`import page.html`).

The page's own metadata gives the fields pasted text shows least reliably: JSON-LD
(`NewsArticle` and its kin), Open Graph and `<meta>` tags, `<time datetime>` and
`<html lang>`. The article's text comes from `trafilatura`, a well-kept extractor that
drops the page's navigation, and then goes through the same rules as pasted text
(furniture, datelines, captions), so one record comes out of either reader.

trafilatura (with lxml_html_clean) is an optional extra: `pip install 'gazette[html]'`.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime

from gazette.importer.extract import extract
from gazette.importer.record import Extracted, ImportFailure
from gazette.importer.rules.byline import title_case_caps
from gazette.importer.rules.caption import trailing_credit
from gazette.importer.rules.source import known_agency, labelled_source, split_title

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
        tree = lxml_html.fromstring(data)
    except (ValueError, TypeError, lxml_html.etree.ParserError) as exc:
        raise ImportFailure(f"is not a readable web page ({exc})") from None
    meta = page_metadata(tree)
    label = labelled_source(" ".join(tree.text_content().split()))
    if label:
        meta["source"] = label  # "来源: 新华社" on the page says outright where the text comes from
        _add_site_name(meta, label)
    doc = trafilatura.bare_extraction(data, include_comments=False, include_tables=False, favor_precision=True,
                                      with_metadata=True)
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not body.strip():
        raise ImportFailure("is a web page with no article text that the extractor could find")
    headline = meta.get("title") or (getattr(doc, "title", "") or "")
    above = _above_headline(tree)
    lines = [ln for ln in body.split("\n") if ln.strip() and " ".join(ln.split()) not in above]
    text = f"{headline}\n\n" + "\n\n".join(lines)
    article = extract(text, config.publications, config.furniture, site_language=config.language,
                      date_order=getattr(config, "date_order", ""))
    return _merge(article, meta, _figure(tree), config)


def _above_headline(tree) -> set[str]:
    """Texts printed above the page's headline (a kicker, a photo's caption): not body text."""
    heading = next(tree.iter("h1"), None)
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
        labelled = _LABELLED_CREDIT.match(text)
        pair = (labelled["caption"], labelled["credit"]) if labelled else trailing_credit(text)
        if pair:
            pair = (pair[0], _CREDIT_LABEL.sub("", pair[1]))
        return (image.get("src", "") if image is not None else ""), *(pair or (text, ""))
    return "", "", ""


def _wire_agency(authors: tuple[str, ...]) -> str:
    """The agency, when the page's authors are all agencies: the page is then a wire copy and the agency its source."""
    agencies = [a for a in authors if known_agency(a)]
    return agencies[0] if authors and len(agencies) == len(authors) else ""


def _merge(article: Extracted, meta: dict[str, object], figure: tuple[str, str, str], config) -> Extracted:
    """The record with what the page's metadata and first captioned figure say in place of what the text said."""
    title, suffix = split_title(page_title(str(meta.get("title") or article.title), _site_names(meta)),
                                config.publications)
    named = meta.get("authors")
    authors = _people(tuple(str(n) for n in named), meta) if isinstance(named, tuple) else ()
    agency = _wire_agency(authors)
    dated = bool(meta.get("date"))
    image, caption, credit = _lead_image(article, meta, figure)
    return replace(
        article,
        title=title or article.title,
        source=agency or str(meta.get("source") or suffix or article.source),
        date=str(meta["date"]) if dated else article.date,
        updated=str(meta.get("updated") or "") if dated else article.updated,
        author=article.author if agency else authors or article.author,
        language=str(meta.get("language") or article.language),
        image=image, image_caption=caption, image_credit=credit,
    )


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
    return re.sub(r"(?i)^www\.|\.(?:com|de|fr|es|jp|cn|net|org|co\.uk)$|[\s.]", "", name).casefold()


def _is_site_name(name: str, site_names: set[str]) -> bool:
    """Is `name` the site's own (og:site_name, publisher, the page's 来源), or the start of one (`日本経済新聞`
    of `日本経済新聞社`, `DW` of `DW.COM`)?"""
    folded = _fold_name(name)
    return len(folded) >= 2 and any(s == folded or (s.startswith(folded) and len(folded) >= 2) for s in site_names)


def _site_names(meta: dict[str, object]) -> set[str]:
    names = meta.get("site_names")
    return {_fold_name(str(n)) for n in names if str(n).strip()} if isinstance(names, (set, list, tuple)) else set()


#: An author name that is the publisher, not a person: a domain, a company form, a name with a parenthesis.
_NOT_A_PERSON = re.compile(r"\w\.(?:com|de|fr|es|it|net|org|jp|cn|co|kr)\b|\(|"
                           r"\b(?:GmbH|AG|Ltd|Inc|LLC|S\.A\.|S\.L\.|SpA|Ediciones|Verlag|Editions|Éditions|Media|Group|"
                           r"Redaktion|Redacción|Rédaction)\b|社$", re.I)


def _people(names: tuple[str, ...], meta: dict[str, object]) -> tuple[str, ...]:
    """The page's author names that are people: the publisher named as the author is no byline."""
    sites = _site_names(meta)
    return tuple(n for n in names if not _NOT_A_PERSON.search(n) and not _is_site_name(n, sites))


def _lead_image(article: Extracted, meta: dict[str, object], figure: tuple[str, str, str]) -> tuple[str, str, str]:
    """(image, caption, credit): the text's, with the page's og:image when the text has none, and the
    page's first captioned figure when the text has no caption (its image unless og:image gave one)."""
    page_image = str(meta["image"]) if meta.get("image") and not article.image else ""
    figure_image, caption, credit = figure
    if caption and not article.image_caption:
        return page_image or figure_image, caption, credit
    return page_image or article.image, article.image_caption, article.image_credit


# --- the page's own metadata ---------------------------------------------------------


def page_metadata(tree) -> dict[str, object]:
    """title, date, updated, source, authors, language, image from JSON-LD, Open Graph, meta
    tags, <time> and <html lang>, in that order of trust; a key is absent when the page has none."""
    found: dict[str, object] = {}
    _from_json_ld(tree, found)
    _from_meta_tags(tree, found)
    return found


def _from_json_ld(tree, found: dict[str, object]) -> None:
    for item in _json_ld(tree):
        _take(found, "title", item.get("headline") or item.get("name"))
        _take(found, "date", _iso(item.get("datePublished")))
        _take(found, "updated", _iso(item.get("dateModified")))
        _take(found, "source", _name(item.get("publisher")))
        _add_site_name(found, _name(item.get("publisher")))
        _take(found, "authors", _names(item.get("author")))
        _take(found, "language", item.get("inLanguage"))
        _take(found, "image", _url(item.get("image")))


def _from_meta_tags(tree, found: dict[str, object]) -> None:
    """Open Graph and <meta> tags, <time datetime> and <html lang>. (Complexity 16: the `or`s
    list the tag names that say one thing; they are alternatives, not branches of logic.)"""
    metas = {(m.get("property") or m.get("name") or "").lower(): (m.get("content") or "").strip()
             for m in tree.iter("meta") if m.get("content")}
    _take(found, "title", metas.get("og:title"))
    _take(found, "date", _iso(metas.get("article:published_time") or metas.get("pubdate")
                              or metas.get("date") or metas.get("dc.date") or metas.get("dcterms.date")))
    _take(found, "updated", _iso(metas.get("article:modified_time")))
    _take(found, "source", metas.get("og:site_name"))
    _add_site_name(found, metas.get("og:site_name", ""))
    _take(found, "authors", _names(metas.get("author") or metas.get("article:author")))
    _take(found, "image", metas.get("og:image"))
    times = [t for t in tree.iter("time") if t.get("datetime")]
    published = [t for t in times if not _UPDATE_LABEL.search(_time_context(t))]
    _take(found, "date", _iso(published[0].get("datetime")) if published else "")
    lang = tree.getroottree().getroot().get("lang") or metas.get("og:locale", "").replace("_", "-")
    _take(found, "language", lang.split("-")[0].lower() if lang else "")


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


def _json_ld(tree) -> list[dict]:
    items: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
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
    name = _name(value)
    if not name or name.startswith("http") or _NOT_A_PERSON.search(name):
        return ()  # a link, or the publisher named as the author ("Süddeutsche.de GmbH, Munich, Germany")
    return tuple(title_case_caps(n.strip()) for n in re.split(r",\s*|\s+and\s+", name) if n.strip())


def _url(value: object) -> str:
    return _member(value, "url")
