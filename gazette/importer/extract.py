"""Plain text to an `Extracted` article, by the rules in `gazette.importer.rules`.

Four passes over the text, each small, each in a module of `gazette.importer.passes`
named for the part of the text it reads (what they have read so far is a `found.Found`):

1. clean (`passes.clean`): blank-looking lines are blank, page furniture goes (the site's
   `furniture` lines and the general forms in `rules.furniture`);
2. head (`passes.headline`, `passes.head`): the headline is found among the first lines
   (past breadcrumbs, section labels, kickers, a photo's caption and date lines), and
   everything above it and between it and the first paragraph of running text is read as
   metadata or dropped;
3. core (`passes.body`): metadata lines in the rest split it into blocks (date, byline,
   image, tags), and the paragraphs, the image's caption and the standfirst are read from
   the blocks;
4. after (`_after` below, with `passes.body` and `passes.foot`): what only the body shows
   (dateline and agency, inline reporters, a photo's caption among the paragraphs, a
   `(Reporting by ...)` trailer, trailing furniture, the language) is read, and repeated
   lines go.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gazette.config import DEFAULT_FURNITURE
from gazette.importer.passes.body import (
    body_caption,
    core,
    drop_repeats,
    opening_dateline,
    place_over_lead,
    tailed_caption,
)
from gazette.importer.passes.clean import clean
from gazette.importer.passes.edges import trim_edges
from gazette.importer.passes.foot import (
    closing_credit,
    closing_name,
    foot_credit,
    reporting,
    sign_off,
    trailing_furniture,
)
from gazette.importer.passes.found import Block, Found, date_line, record_date
from gazette.importer.passes.head import read_head
from gazette.importer.passes.source_guess import guess_source, read_copy
from gazette.importer.passes.span import story_span
from gazette.importer.rules.attribution import agency_with, attribution
from gazette.importer.rules.byline import credited_reporter
from gazette.importer.rules.feed import feed_item
from gazette.importer.rules.furniture import comment_heading
from gazette.importer.rules.interface import other_stories_heading
from gazette.importer.rules.outlet_names import known_outlet, outlet_key
from gazette.importer.rules.outlets import (
    is_platform,
    known_outlet_credit,
    logo_name,
    outlets_menu,
    site_address_credit,
)
from gazette.importer.rules.source import is_rubric, listed_issuer, outlet_holder
from gazette.importer.record import Extracted, ImportFailure
from gazette.importer.rules.dateline import dateline_alone, place_tag, wire_credit
from gazette.importer.rules.language import detect
from gazette.importer.rules.text import TOLD_ENOUGH, content_units, size


#: Which evidence of the source wins: a label says it outright; a title suffix or
#: bracket names the publication; an agency tag or byline names the agency; last, what the lines
#: outside the headline and the text credit (`_credited_source`).
SOURCE_ORDER = ("label", "title", "bracket", "dateline", "byline", "line", "copyright", "issuer", "masthead",
                "credit")


#: A run of spaces longer than any gap a page's layout means (a paste of a table's or a form's padding), cut to that
#: length: the rules' patterns read gaps of a few spaces, and a run of thousands would make some of them take minutes.
_GAP = 8
_LONG_GAP = re.compile(r"[ \t\u00a0\u3000]{%d,}" % (_GAP + 1))


def extract(text: str, publications: Iterable[str] = (), furniture: Iterable[str] = DEFAULT_FURNITURE, *,
            site_language: str = "", date_order: str = "", learned: bool = True) -> Extracted:
    """Read an article out of plain text by the module's rules, then (`learned`) by the models learned from the
    corpus: cut what the learned span takes for the page's at the text's edges (passes.span), and guess the source
    when no rule found it (passes.source_guess). Raises ImportFailure for an empty text."""
    outlets = tuple(publications)
    text = _LONG_GAP.sub(lambda gap: gap[0][:_GAP], text)
    found = Found(date_order=date_order, language=detect(text) or site_language)
    text = _feed_as_text(text, found)
    paragraphs = clean(text, tuple(furniture), found)
    if not paragraphs:
        raise ImportFailure("has no text")
    paragraphs = read_head(paragraphs, found, outlets)
    blocks = core(paragraphs, found)
    _page_day(found)
    return _after(blocks, found, text, outlets, learned)


def _attributed(line: str) -> str:
    return attribution(line)[0] or agency_with(line)


def _outside(text: str, title: str, paragraphs: Iterable[str]) -> list[str]:
    """The lines of the copy outside the headline and the text: furniture, metadata, credits."""
    shown = {title, *(line for p in paragraphs for line in p.split("\n"))}
    return [line.strip() for line in text.splitlines() if line.strip() and line.strip() not in shown]


def _credited_source(lines: list[str], publications: tuple[str, ...]) -> str:
    """The outlet that `lines` credit, by the surest kind of credit they print: a notice that says where the story
    came from (rules.attribution: `Article original publié sur BFMTV.com`, `Orange avec AFP`), a known outlet's name
    (rules.outlets.known_outlet_credit: `-- NHK NEWS WEB`), a logo's text (`NPR logo`), a copyright notice's holder
    (rules.source.outlet_holder: a notice read as a picture's credit, or left out at the text's edges), a site's
    address (`von svz.de`). When the lines credit two outlets of that kind (a portal's list of its papers' stories),
    none: which one printed it?"""
    readers = (_attributed, lambda line: known_outlet_credit(line, publications), logo_name, outlet_holder,
               site_address_credit)
    for reader in readers:
        names = {outlet_key(name): name for line in lines if (name := reader(line))}
        if names:
            return next(iter(names.values())) if len(names) == 1 else ""
    return ""


def _without_line(paragraphs: list[str], line: str) -> list[str]:
    """The paragraphs without `line` (the outlet's name read among them as the source: a credit, not text)."""
    if not line:
        return paragraphs
    kept = ["\n".join(ln for ln in p.split("\n") if ln != line) for p in paragraphs]
    return [p for p in kept if p.strip()]


def _named_inside(paragraphs: list[str], found: Found, publications: tuple[str, ...]) -> str:
    """A known outlet's name on a line of its own among the text's lines (a masthead or a byline's outlet pasted
    into the lead's paragraph, `Judith Desmeules` / `Le Soleil` / `Deux immeubles …`), when no other line names the
    source and the lines name only that outlet; a person checks it (a picture's credit stands so too)."""
    names = {outlet_key(name): (name, line) for p in paragraphs for line in p.split("\n")
             if size(line) <= 6 and (name := known_outlet(line.strip(), publications)) and name == line.strip()}
    if len(names) != 1:
        return ""
    name, line = next(iter(names.values()))
    found.values["outlet_line"] = line
    found.doubts.append(f"source: read from the line {line.strip()!r} among the text's lines, the only one that "
                        "names an outlet: check that it is the story's source")
    return name


#: A headline led by its rubric in brackets (`【特集】…`, `[속보] …`; rules.source.is_rubric): another story's, in a
#: list of them.
_RUBRIC_LED = re.compile(r"^[【\[［]\s*(?P<rubric>[^】\]］]{1,12}?)\s*[】\]］]")


def _rubric_led(line: str) -> bool:
    match = _RUBRIC_LED.match(line)
    return bool(match and is_rubric(match["rubric"]))


def _dated_outside(text: str, lines: list[str], found: Found) -> None:
    """When no rule found the story's date, the one day that the lines outside the headline and the text stamp with
    its time as a date line does (a stamp the rules did not place: under a caption, beside a site's name, in a
    forum's post header); a person checks it (a related story's stamp stands so too). Two stamps (a list of other
    stories): none. A day without its time (the page's clock, a related video's card, a list's next item): none."""
    page = [line.strip() for line in text.splitlines() if line.strip()]
    above = dict(zip(page[1:], page))  # the line over each line of the page
    ends = next((i for i, line in enumerate(lines) if other_stories_heading(line) or comment_heading(line)), len(lines))
    dated = [(when, line) for line in lines[:ends]  # (not under a list of other stories or the comments)
             if (when := date_line(line, found)) is not None and len(when.published) > 10  # (a stamp has its clock)
             and not _rubric_led(above.get(line, ""))]  # (another story's stamp, under its headline: `【特集】…`)
    if len({when.published for when, _ in dated}) != 1:
        return
    when, line = dated[0]
    record_date(when, line, found)
    if found.values.get("date"):  # (not the page's clock, which record_date refuses)
        found.doubts.append(f"date: read from the line {line!r} outside the headline and the text, the only dated "
                            "line: check that it dates the story")


def _page_day(found: Found) -> None:
    """A date line over the headline without its time or with its weekday over the masthead (`Jueves 11
    de abril 2024`, `head._date_above`) is the day the page was read when the copy dates the story under
    its headline too; else the only date."""
    page_day = found.values.pop("page_day", None)
    if isinstance(page_day, tuple) and not found.values.get("date"):
        when, line = page_day
        record_date(when, line, found)


def _feed_as_text(text: str, found: Found) -> str:
    """A feed read as text (rules.feed): its first item's title, publication time and text each on a
    line of its own (the headline, the date line, the text), the channel's name the source."""
    first, _, rest = text.lstrip().partition("\n")
    item = feed_item(first)
    if item is None:
        return text
    found.sources.setdefault("title", item.channel)
    return f"{item.title}\n\n{item.date}\n\n{item.text}\n{rest}"


def _source(paragraphs: list[str], dateline: str, found: Found, text: str, publications: tuple[str, ...]) -> str:
    """The source: the surest kind of evidence found (SOURCE_ORDER); a release's lead that names its
    issuer with its symbol after the dateline is evidence too (`listed_issuer`), and, when nothing else
    is, what the lines outside the headline and the text credit (`_credited_source`). A platform's name is never
    the source, nor a masthead's among a menu of outlets' names."""
    if dateline and paragraphs and listed_issuer(paragraphs[0]):
        found.sources.setdefault("issuer", listed_issuer(paragraphs[0]))
    if found.sources.get("masthead") and outlets_menu(line.strip() for line in text.splitlines()):
        found.sources.pop("masthead")  # a name in a menu of outlets' names (a press review's) is no masthead
    if not any(found.sources.get(k) for k in SOURCE_ORDER):
        found.sources["credit"] = _credited_source(_outside(text, found.title, paragraphs), publications)
    if not any(found.sources.get(k) for k in SOURCE_ORDER):
        found.sources["credit"] = _named_inside(paragraphs, found, publications)
    # (a platform credited for an embedded video, `출처:youtube`, is no outlet)
    credited = [found.sources[k] for k in SOURCE_ORDER if found.sources.get(k)]
    source = next((name for name in credited if not is_platform(name)), "")
    _tail_confirmed(source, found)
    return source


def _tail_confirmed(source: str, found: Found) -> None:
    """A headline's tail after a dash read as the outlet (`rules.source.dashed_tail`) stands when
    other evidence names the same outlet; else a person checks it: the source when it is the
    source, the headline (cut before it) when other evidence gave another."""
    tail = str(found.values.get("title_tail", ""))
    if not tail or any(k != "title" and v.casefold() == tail.casefold() for k, v in found.sources.items()):
        return
    field = "source" if source == tail else "title"
    found.doubts.append(f"{field}: the headline's tail after a dash, {tail!r}, was read as the outlet's name and "
                        "cut from the headline: check that it is the outlet, not the headline's second part")


def _after(blocks: list[Block], found: Found, text: str, publications: tuple[str, ...],
           learned: bool = True) -> Extracted:
    # Complexity 18: the steps after the text is found (captions, furniture, repeats, bylines
    # under the text...), each its own function, in the order they must run.
    values = found.values
    body = [b for b in blocks if b.kind == "para"]
    paragraphs = ["\n".join(b.lines) for b in body]
    paragraphs = tailed_caption(body_caption(paragraphs, found), found)
    paragraphs = [p for i, p in enumerate(paragraphs) if i > 2 or not place_tag(p)]  # `Madrid, España` on top
    paragraphs = place_over_lead(paragraphs, found)
    paragraphs = drop_repeats(paragraphs, found)
    paragraphs = trailing_furniture(paragraphs, found)
    paragraphs = reporting(paragraphs, found)
    paragraphs, foot_place = foot_credit(paragraphs, found)
    closing_credit(paragraphs, found)
    sign_off(paragraphs, found)
    paragraphs = closing_name(paragraphs, found)
    dateline = opening_dateline(paragraphs, found) or str(values.get("dateline", "")) or foot_place
    paragraphs = [p for i, p in enumerate(paragraphs) if wire_credit(p)[3] != p.strip()  # a credit alone is no text
                  and not (i == 0 and dateline and dateline_alone(p))]  # nor a dateline alone: `Hamburg (ots)`
    paragraphs = trim_edges(paragraphs, found)
    _outlets_as_authors(found, publications)
    source = _source(paragraphs, dateline, found, text, publications)
    paragraphs = _without_line(paragraphs, str(found.values.pop("outlet_line", "")))
    if not values.get("date"):
        _dated_outside(text, _outside(text, found.title, paragraphs), found)
    _summary_spoken_of(paragraphs, found)
    paragraphs = paragraphs or _summary_as_text(found)
    if learned:
        paragraphs = story_span(paragraphs, found.title, found)
    language = detect("\n".join(paragraphs)) or found.language
    # A Korean or Chinese reporter credited outside the headline and the text, with whatever the page prints
    # beside the credit (rules.byline.credited_reporter), is the author when no other rule found one.
    authors = _texts(values.get("author")) or credited_reporter(_outside(text, found.title, paragraphs), language)
    if learned and not source:
        pictured = f"{values.get('image_caption', '')}\n{values.get('image_credit', '')}"
        source = guess_source(read_copy(text, found.title, paragraphs, authors, dateline, language, pictured), found)
    return Extracted(
        title=found.title,
        source=source,
        date=str(values.get("date", "")),
        updated=str(values.get("updated", "")) if values.get("date") else "",
        author=authors,
        dateline=dateline,
        summary=str(values.get("summary", "")),
        image=str(values.get("image", "")),
        image_caption=str(values.get("image_caption", "")),
        image_credit=str(values.get("image_credit", "")),
        tags=_texts(values.get("tags")),
        paragraphs=tuple(paragraphs),
        language=language,
        notes=tuple(found.notes),
        doubts=tuple(found.doubts),
    )


def _outlets_as_authors(found: Found, publications: tuple[str, ...]) -> None:
    """A known outlet's name read as an author (`Vosges Matin - 12 sept. 2017 à 05:06`: rules.outlet_names, or one
    of the site's `publications`) is no person: the outlet signed the story, and is the byline's evidence of the
    source (a person who bears a listed paper's name, `By Jackson Sun`, is read as the paper: a rare loss)."""
    authors = _texts(found.values.get("author"))
    outlets = [a for a in authors if known_outlet(a, publications)]
    if outlets:
        found.values["author"] = tuple(a for a in authors if a not in outlets)
        found.sources.setdefault("byline", outlets[0])


def _summary_spoken_of(paragraphs: list[str], found: Found) -> None:
    """A short summary found (eight words at most) is no summary when it shares no word with a text of
    forty words or more (rules.text.content_units): a reporter's tag, `[빅데이터뉴스 유태훈 기자]`, or a
    site's line says none of what the text says, where a standfirst does: not taken, with a note."""
    summary = str(found.values.get("summary", ""))
    text = " ".join(paragraphs)
    units = content_units(summary)
    if summary and size(summary) <= 8 and size(text) >= TOLD_ENOUGH and units and not units & content_units(text):
        found.notes.append(f"summary: '{summary}' shares no word with the text: not taken")
        del found.values["summary"]


def _summary_as_text(found: Found) -> list[str]:
    """A copy of one paragraph under its headline (an agency's short item) read as a standfirst over
    no text: that paragraph is the text, and the article has no standfirst."""
    summary = str(found.values.pop("summary", "") or "")
    return [summary] if summary else []


def _texts(value: object) -> tuple[str, ...]:
    """A list value the passes found (names, tags) as the record holds it."""
    return tuple(str(v) for v in value) if isinstance(value, (tuple, list)) else ()
