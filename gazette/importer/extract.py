"""Plain text to an `Extracted` article, by the rules in `gazette.importer.rules`.

Four passes over the text, each small:

1. clean: blank-looking lines are blank, page furniture goes (the site's `furniture`
   lines and the general forms in `rules.furniture`);
2. head: the headline is found among the first lines (past breadcrumbs, section labels,
   kickers, a photo's caption and date lines), and everything above it and between it
   and the first paragraph of running text is read as metadata or dropped;
3. core: metadata lines in the rest split it into blocks (date, byline, image, tags),
   and the paragraphs, the image's caption and the standfirst are read from the blocks;
4. after: what only the body shows (dateline and agency, inline reporters, a photo's
   caption among the paragraphs, a `(Reporting by ...)` trailer, trailing furniture,
   the language) is read, and repeated lines go.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from gazette.config import DEFAULT_FURNITURE
from gazette.importer.read_text import paragraphs_of
from gazette.importer.record import Extracted, ImportFailure
from gazette.importer.rules import byline as by
from gazette.importer.rules import caption as cap
from gazette.importer.rules import source as src
from gazette.importer.rules.byline import parse_byline
from gazette.importer.rules.caption import _URL, is_image_line, parse_credit
from gazette.importer.rules.dateline import (
    dated_agency,
    dateline_alone,
    dated_place,
    dated_tag,
    is_rubric,
    place_day_alone,
    place_tag,
    read_dateline,
    release_dateline,
    wire_credit,
)
from gazette.importer.rules.dates import (
    event_schedule,
    short_year_date,
    parse_date,
    parse_date_line,
    publication_label,
    read_date_line,
    update_note,
)
from gazette.importer.rules.furniture import (
    breadcrumb_items,
    day_links,
    ends_head,
    is_furniture,
    is_menu_line,
    is_page_furniture,
    link_list,
    menu_run,
    opens_more,
    read_also,
    strip_glued_tail,
)
from gazette.importer.rules.language import detect
from gazette.importer.rules.source import split_title
from gazette.importer.rules.tags import _TAGS_LABEL, parse_tags_line
from gazette.importer.rules.text import (
    is_long_headline,
    _SENTENCE_END,
    FULL_STOP,
    SENTENCE_END,
    is_headline_like,
    is_prose,
    is_short,
    size,
)


class _Gap(str):
    """A line of text that page furniture followed (a share bar, an ad label, a reading time):
    the head of a page often ends there, after a standfirst."""


@dataclass
class _Block:
    kind: str  # "para" or a metadata kind: "date", "byline", "image", "tags"
    lines: list[str] = field(default_factory=list)




@dataclass
class _Found:
    """What the passes have read so far (first value found wins, except where a rule says)."""

    date_order: str = ""
    language: str = ""
    title: str = ""
    values: dict[str, object] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # kind of evidence -> name
    notes: list[str] = field(default_factory=list)
    page_above: bool = False  # the headline is printed twice over the text: every line above it is the page's

    def set(self, key: str, value: object) -> None:
        if value and not self.values.get(key):
            self.values[key] = value


#: Which evidence of the source wins: a label says it outright; a title suffix or
#: bracket names the publication; an agency tag or byline names the agency.
SOURCE_ORDER = ("label", "title", "bracket", "dateline", "byline", "line", "copyright")


def extract(text: str, publications: Iterable[str] = (), furniture: Iterable[str] = DEFAULT_FURNITURE, *,
            site_language: str = "", date_order: str = "") -> Extracted:
    """Read an article out of plain text by the module's rules. Raises ImportFailure for an empty text."""
    found = _Found(date_order=date_order, language=detect(text) or site_language)
    paragraphs = _clean(text, tuple(furniture), found)
    if not paragraphs:
        raise ImportFailure("has no text")
    paragraphs = _head(paragraphs, found, tuple(publications))
    blocks = _core(paragraphs, found)
    return _after(blocks, found)


# A headline run into the dateline of the text under it when a page's line breaks were lost:
# "Senate Democrats win vote WASHINGTON (MarketWatch) -- The Senate approved ...".
_GLUED_DATELINE = re.compile(r"^(?P<head>[^.!?]{10,150}?[a-z\d'’\"”])\s(?P<rest>[A-Z][A-Z.'’ -]{2,30}"
                             r"(?:,\s[^()]{1,20})?\s\([^()]{2,30}\)\s*(?:--|—|–|-)\s.+)$")


#: An empty HTML comment that a script-built page leaves in its copied text (`…convictions"<!-- --> | Atlantico.fr`).
_HTML_COMMENT = re.compile(r"<!--.{0,40}?-->")


def _clean(text: str, furniture: tuple[str, ...], found: _Found) -> list[list[str]]:
    out: list[list[str]] = []
    prose = False  # running text seen yet
    paragraphs = paragraphs_of(_HTML_COMMENT.sub("", text))
    for k, paragraph in enumerate(paragraphs):
        if k and read_also(paragraphs[k - 1][-1]) and link_list(paragraph):
            continue  # the links under a `Lire aussi:` label
        lines, prose, ended = _cleaned(paragraph if prose else _without_page_lists(paragraph, found),
                                       furniture, found, out, prose)
        if lines:
            out.append(lines)
        if ended:  # the page's other stories follow: the article ended
            _read_cut_foot(paragraphs[k:], found)
            break
    return [p for p in out if p]


def _cleaned(paragraph: list[str], furniture: tuple[str, ...], found: _Found, out: list[list[str]],
             prose: bool) -> tuple[list[str], bool, bool]:
    """(kept lines, running text seen yet, the article ended here) of one paragraph."""
    lines: list[str] = []
    for ln in paragraph:
        if prose and _opens_other_stories(ln):
            return lines, prose, True
        if _dropped_as_furniture(ln, furniture, found, lines or (out[-1] if out else []), prose):
            continue
        lines.extend(_pieces(ln, prose, found))
        prose = prose or is_prose(ln)
    return lines, prose, False


def _without_page_lists(paragraph: list[str], found: _Found) -> list[str]:
    """A paragraph above the text without the page's lists printed one item a line: a breadcrumb
    (all of it; its last item, the page's headline, is kept to read the headline line by) and a
    menu of sections at its top."""
    crumbs = breadcrumb_items(paragraph)
    if crumbs:
        found.values.setdefault("crumb", crumbs[-1])
        return []
    return paragraph[menu_run(paragraph):]


def _read_cut_foot(paragraphs: list[list[str]], found: _Found) -> None:
    """What the page's foot, cut off under the text, still says of the text: a release wire's
    issuer (`Original-Content von: X, übermittelt durch news aktuell`), and an agency's copyright
    notice in the first lines under the cut (`Related Topics:` / … / `(Copyright ©2017 by The
    Associated Press. All Rights Reserved.)`), before any other story's lines."""
    issuer = next((src.wire_issuer(ln) for p in paragraphs for ln in p if src.wire_issuer(ln)), "")
    if issuer:
        found.sources.setdefault("label", issuer)
    first_lines = [ln for p in paragraphs for ln in p][:4]
    holder = next((src.outlet_holder(ln) for ln in first_lines if src.outlet_holder(ln)), "")
    if holder:
        found.sources.setdefault("copyright", holder)


def _opens_other_stories(ln: str) -> bool:
    """A heading of the page's list of other stories (`More from Politics`) that is no running
    text: the article ended above it."""
    return opens_more(ln) and not is_prose(ln)


def _dropped_as_furniture(ln: str, furniture: tuple[str, ...], found: _Found, last: list[str], prose: bool) -> bool:
    """Is this line page furniture (then it goes)? A menu before the text takes the date line
    above it along (a masthead's date); furniture that ends a head marks the line before it."""
    if src.marked_outlet(ln):  # a reposting blog's mark of the outlet it copies: `***NHK***`
        found.sources.setdefault("line", src.marked_outlet(ln))
        return True
    if not (is_furniture(ln, furniture) or day_links(ln) or (is_page_furniture(ln) and _date_line(ln, found) is None)):
        return False
    if src.portal_provider(ln):  # a portal names the outlet it took the story from
        found.sources.setdefault("line", src.portal_provider(ln))
    if src.outlet_holder(ln):  # the text's own copyright notice names its outlet: `<저작권자(c) 연합뉴스, …>`
        found.sources.setdefault("copyright", src.outlet_holder(ln))
    if not prose and is_menu_line(ln):
        _masthead_date(last, found)
    if last and ends_head(ln):
        last[-1] = _Gap(last[-1])
    return True


def _pieces(ln: str, prose: bool, found: _Found) -> list[str]:
    """A kept line, split where a page's lost line breaks glued a headline to a dateline or
    a time stamp (before the running text only, for stamps)."""
    glued = _GLUED_DATELINE.match(ln)
    if glued:
        return [glued["head"], glued["rest"]]
    lead = _GLUED_LEAD.match(ln) if not prose else None
    if lead and len(lead["head"].split()) >= 3 and is_headline_like(lead["head"]) and is_prose(lead["rest"]):
        return [lead["head"], lead["rest"]]  # `Voraz incendio en La BocaEl sábado a la noche …`
    stamped = _MID_STAMP.match(ln.strip())
    if stamped and is_headline_like(stamped["head"]) and is_prose(stamped["rest"]) \
            and _date_line(stamped["stamp"], found) is not None:  # a whole page on one line: head, stamp, text
        return [stamped["head"], stamped["stamp"], stamped["rest"]]
    credit_split = _stamp_before_credit(ln.strip(), found)
    if credit_split:
        return credit_split
    return _split_stamp(strip_glued_tail(ln), found) if not prose else [strip_glued_tail(ln)]


#: A headline run into the first sentence of the text with no space between them (a page's lost line
#: break): the sentence opens with an article or a preposition in capitals right after a lower-case letter.
_GLUED_LEAD = re.compile(r"^(?P<head>[^.!?。]{12,120}?[a-zà-ÿ])(?P<rest>(?:El|La|Los|Las|Un|Una|Le|Les|L['’]|The|A|An"
                         r"|In|On|At|Der|Die|Das|Ein|Eine|Il|Lo|Gli|O|Os|As|Em|En|Al|Au|Im|Am)\s.+)$")
#: A Korean page's date line between its headline and its text, all on one line (an AMP page's copy):
#: `Headline 입력2021.03.31 16:16 수정2021.03.31 16:16 31일 오후 …`.
_MID_STAMP = re.compile(r"^(?P<head>\S.{4,120}?)\s+(?P<stamp>(?:입력|등록|기사입력)\s?\d{4}[.-]\d{1,2}[.-]\d{1,2}\.?\s?"
                        r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:수정|업데이트)\s?\d{4}[.-]\d{1,2}[.-]\d{1,2}\.?\s?"
                        r"\d{1,2}:\d{2}(?::\d{2})?)?)\s+(?P<rest>\S.+)$")
#: A time stamp with a Chinese wire's credit glued behind it, as aggregators print CNA copy.
_STAMPED_CREDIT = re.compile(r"^(?P<stamp>\S.{5,30}?\d{1,2}[:：]\d{2}(?::\d{2})?)\s*"
                             r"(?P<credit>(?:中央社|新華社|新华社|中新社|中新网)\s*(?:記者|记者).{2,20}?日[電电])$")
#: A time stamp glued before a Chinese wire's dateline that opens the lead:
#: `2017-6月-02 周五 18:23 +0800中新网连城6月2日电 …`.
_STAMPED_WIRE = re.compile(r"^(?P<stamp>\S.{5,40}?\d{1,2}[:：]\d{2}(?::\d{2})?(?:\s*[+-]\d{4})?)\s*"
                           r"(?P<credit>[\u4e00-\u9fff]{1,4}(?:社|网|網)[\u4e00-\u9fff]{2,6}?\d{1,2}月\d{1,2}日[电電].+)$")


def _stamp_before_credit(line: str, found: _Found) -> list[str]:
    """[stamp, credit] of a time stamp glued before a Chinese wire's credit (`2016-09-24 22:54:15中央社
    記者X台北24日電`) or its dateline and lead; [] otherwise."""
    credited = _STAMPED_CREDIT.match(line) or _STAMPED_WIRE.match(line)
    if credited and _date_line(credited["stamp"], found) is not None:
        return [credited["stamp"], credited["credit"]]
    return []


_STAMP_LABEL = re.compile(r"\b(?:Stand|Updated|Published|Posted|Aktualisiert|Veröffentlicht|Mis à jour|Publié"
                          r"|Actualizado|Publicado)\b\s*:?", re.IGNORECASE)
_CLOCK_END = re.compile(r"\d{1,2}[:：h]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|Uhr|[A-Z]{2,4}|\([A-Z]{2,4}\)))?$",
                        re.IGNORECASE)


def _split_stamp(line: str, found: _Found) -> list[str]:
    """A time stamp glued to a headline when a page's line breaks were lost, split off:
    `Stand: 20.11.2021 22:35 Uhr Coronavirus-Blog: ...` and `Headline Updated: 2011-09-20 12:00:00 KST`.
    The stamp must be one for sure: a label or a clock at its end, and a headline (no sentence) beside it."""
    if _date_line(line, found) is not None or not _STAMP_LABEL.search(line) and not re.search(r"\d[:：]\d\d", line) \
            or event_schedule(line):
        return [line]
    words = line.split()
    for k in range(min(len(words) - 1, 8), 1, -1):  # the longest stamp: `... 22:35 Uhr`, not `... 22:35`
        stamp, rest = " ".join(words[:k]), " ".join(words[k:])
        if _CLOCK_END.search(stamp) and _date_line(stamp, found) is not None and is_headline_like(rest) \
                and _date_line(rest, found) is None:
            return [stamp, rest]
    label = _STAMP_LABEL.search(line)
    if label and label.start() > 0:
        head, stamp = line[:label.start()].strip(), line[label.start():]
        if is_headline_like(head) and _date_line(stamp, found) is not None:
            return [head, stamp]
    return [line]


def _masthead_date(lines: list[str], found: _Found) -> None:
    """A date line right above the page's menu is the page's date (today's, in a masthead), not
    the article's: it goes, with a note, and the date is left for a person."""
    if lines and _date_line(lines[-1], found) is not None:
        found.notes.append(f"date: '{lines[-1]}' sits above the page's menu: the page's date, not the article's")
        lines.pop()


# --- 2. the head ---------------------------------------------------------------------


def _date_line(line: str, found: _Found):
    if event_schedule(line):
        return None  # an event's time and place: `Zeit: 06.12.2019, 11:45 Uhr Ort: …`
    return read_date_line(line, date_order=found.date_order, language=found.language)


def _is_caption(line: str, following: str) -> bool:
    """A photo's caption standing above the headline (a browser copy starts with the photo)."""
    if src.trailing_label(line)[0] and not cap.PHOTO_WORDS.search(line):
        return False  # `Headline. Fuente: Outlet` names the article's source, not a photo's
    if following.startswith(line) and following != line and cap.trailing_credit(following):
        return True  # printed again with its credit: `Caption` then `Caption © Maxppp`
    return bool(cap.trailing_credit(line) or cap.marked_caption(line) or cap.credit_line(following)
                or (cap.PHOTO_WORDS.search(line) and is_prose(line)))


def _find_title(flat: list[str], found: _Found) -> int:
    """The headline's index (see _pick_title), unless that line is written in another script than
    the text: a Latin line over Japanese, Korean or Chinese copy is a programme's or a site's
    name (`news every. きょうコレ`), so no headline is taken and a person gives it."""
    at = _pick_title(flat, found)
    if at >= 0 and found.language in ("ja", "ko", "zh") and _mostly_latin(flat[at]):
        found.notes.append(f"title: '{flat[at]}' is in another script than the text: a label, not a headline")
        return -1
    return at


def _mostly_latin(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return sum(c.isascii() for c in letters) > len(letters) / 2


def _pick_title(flat: list[str], found: _Found) -> int:
    """Index of the headline in `flat`, or -1 when the copy shows none: the first headline-like
    line above the running text; else the first line there that is not metadata (a short
    headline); else a short sentence over the running text; else a headline printed right
    above its date line (broadcast copy)."""
    twice = _printed_twice(flat, found)
    if twice < 0:
        twice = _doubled_over_text(flat, found)
        found.page_above = twice >= 0
    if twice >= 0:
        return twice
    at, first_label = _top_headline(flat, found)
    labelled = _rubric_headline(flat, at, found) if at >= 0 else -1
    labelled = labelled if labelled > at else _last_of_stack(flat, at, found)
    if labelled > at:
        found.notes.append(f"title: '{flat[labelled]}' is the headline (its label or credit says so), "
                           f"not '{flat[at]}' above it")
        return labelled
    if at >= 0:
        # A copy that opens with it: the headline, unless a date line parts it from a weightier line
        # under it (a site's name above the masthead's date, the headline below).
        opens = all(_date_line(line, found) is not None for line in flat[:at])  # only date lines above it
        rival = _rival_headline(flat, at, found) if not opens or _dated_below(flat, at, found) else ""
        if rival:
            return _dated_rival(flat, at, rival, found)
        return at
    if first_label >= 0:
        return first_label
    if _headline_over_credit(flat, found) or _sentence_headline(flat, found) or _short_headline(flat):
        return 0
    return _broadcast_headline(flat, found)


#: A headline that a live page or a video prints with its label: `EN DIRECT - Météo : ...`, `VIDEO. ...`.
_RUBRIC_OPENING = re.compile(r"^(?P<label>[^\W\d_][^\W\d_ -]*(?: [^\W\d_]+)?)\s*(?:[-–—|:]|\.)\s+\S")


def _dated_rival(flat: list[str], at: int, rival: str, found: _Found) -> int:
    """Of two lines that could be the headline, the one with the article's date line right under it
    when the other has none (a section's teaser above, `MINUTO POLÍTICO | …`; the headline over its
    `9 enero 2020 - 22:07 h`); else -1 with a note: the copy does not say which."""
    other = flat.index(rival, at + 1)
    if other + 1 < len(flat) and _date_line(flat[other + 1], found) is not None \
            and _date_line(flat[at + 1], found) is None:
        return other
    found.notes.append(f"title: several lines could be the headline: '{flat[at]}', '{rival}'")
    return -1


def _rubric_headline(flat: list[str], at: int, found: _Found) -> int:
    """The index of a headline-like line under the one at `at`, before the running text, that opens
    with a live page's or a video's label in capitals (the page's own headline, a dossier's or
    section's title above it); -1 when there is none."""
    for i in range(at + 1, min(len(flat), at + 5)):
        line = flat[i]
        if is_prose(line) and not is_headline_like(line) or read_dateline(line)[0]:
            return -1
        label = _RUBRIC_OPENING.match(line)
        if label and label["label"].isupper() and is_rubric(label["label"]) and is_headline_like(line) \
                and not _is_metadata_line(line, flat[i + 1] if i + 1 < len(flat) else "", found):
            return i
    return -1


def _last_of_stack(flat: list[str], at: int, found: _Found) -> int:
    """In a stack of four or more headline-like lines from `at` (other stories' headlines listed
    above the article's), the last one when a credit or date line comes right under it: the
    article's headline. -1 otherwise."""
    end = at
    while end + 1 < len(flat) and is_headline_like(flat[end + 1]) and not is_prose(flat[end + 1]) \
            and not _is_metadata_line(flat[end + 1], flat[end + 2] if end + 2 < len(flat) else "", found):
        end += 1
    if end - at < 3 or end + 1 >= len(flat):
        return -1
    under = flat[end + 1]
    credit = wire_credit(under)[3] == under.strip() or _date_line(under, found) is not None \
        or bool(by.read_byline(under)) or bool(_reporter_line(under))
    return end if credit else -1


def _printed_twice(flat: list[str], found: _Found) -> int:
    """A headline-like line printed twice above the running text (a page's title bar and its
    headline): the surest headline there is. -1 when there is none."""
    seen: dict[str, int] = {}
    latest = -1  # of several (a page's menu repeats its links too), the one repeated nearest the text
    for i, line in enumerate(flat):
        following = flat[i + 1] if i + 1 < len(flat) else ""
        if (is_prose(line) and size(line) >= 20 and not is_long_headline(line, following)) or read_dateline(line)[0]:
            break  # running text (a short sentence above the headline is a site's prompt)
        if line in seen and is_headline_like(line) and _has_words(line) \
                and not _is_metadata_line(line, flat[i + 1] if i + 1 < len(flat) else "", found):
            latest = seen[line]
        seen.setdefault(line, i)
    return latest


def _doubled_over_text(flat: list[str], found: _Found) -> int:
    """A headline-like line with no stop printed twice in a row right over running text, even under
    other stories' teasers that are sentences (`Vídeo: El Grinch robó …` twice, then the text): a
    page's title bar and its headline. A caption printed twice ends with its stop or credit. Above it,
    lines of one sentence (teasers) and one paragraph of several at most (a site's blurb): two such
    paragraphs there are an article's, and a related story's link printed twice under it does not
    make it the page's. -1 when none."""
    paragraphs_above = 0
    for i, line in enumerate(flat[:-2]):
        paragraphs_above += bool(_SENTENCE_BREAK.search(line) or re.search(r"。\S", line))
        if read_dateline(line)[0] or paragraphs_above > 1:
            return -1
        if line != flat[i + 1] or SENTENCE_END.search(line) or not is_headline_like(line) or not _has_words(line) \
                or _is_metadata_line(line, flat[i + 2], found) or by.read_byline(line) or cap.trailing_credit(line):
            continue
        if is_prose(flat[i + 2]) and not read_dateline(flat[i + 2])[0] or _opens_body(flat[i + 2]):
            return i
    return -1


def _dated_below(flat: list[str], at: int, found: _Found) -> bool:
    """Whether a date line follows the short line at `at` (a site's name, four words at most)
    directly, and a weightier headline-like line (no sentence) under the date."""
    return size(flat[at]) <= 4 and at + 2 < len(flat) and _date_line(flat[at + 1], found) is not None \
        and is_headline_like(flat[at + 2]) and size(flat[at + 2]) > size(flat[at]) \
        and not SENTENCE_END.search(flat[at + 2])


def _has_words(line: str) -> bool:
    """At least three letters: a bullet with a count (`• 0`) is no headline."""
    return sum(c.isalpha() for c in line) >= 3


def _rival_headline(flat: list[str], at: int, found: _Found) -> str:
    """Another headline-like line between the chosen headline and the running text, of at least
    the headline's weight: with two candidates the copy does not say which is the headline
    (a site's banner or section line above, a photo's caption below), so none is taken.
    A short line under a longer headline (a dek, a rubric) is no rival."""
    for i in range(at + 1, len(flat)):
        line = flat[i]
        following = flat[i + 1] if i + 1 < len(flat) else ""
        if is_prose(line) or read_dateline(line)[0]:
            return ""
        if _is_metadata_line(line, following, found) or by.read_byline(line) or _reporter_line(line) \
                or _is_label(line) or not is_headline_like(line) or line == flat[at]:
            continue
        if size(line) >= size(flat[at]) and not _is_caption(line, following):
            return line
    return ""


def _is_metadata_line(line: str, following: str, found: _Found) -> bool:
    """A line above the headline that is metadata: a date, a credit, a source, a photo's caption."""
    label = src.labelled_source(line) and not src.trailing_label(line)[0]  # `Headline. Fuente: X` is a headline
    if _date_line(line, found) is not None or cap.credit_line(line) or label \
            or src.aged_outlet(line) or _name_and_outlet(line) or wire_credit(line)[3] == line.strip():
        return True
    return _is_caption(line, following) and (not is_headline_like(line) or bool(cap.trailing_credit(line))
                                             or bool(cap.marked_caption(line)) or bool(cap.credit_line(following)))


def _is_kicker(line: str, following: str, found: _Found, after: str = "") -> bool:
    """A short line right above a longer headline-like one: a kicker or a section label. A longer
    line that is a photo's caption (its credit under it) is no headline, and makes none a kicker."""
    if re.search(r"\w[:：]\s\S+\s\S+", line):
        return False  # a rubric and its headline in one line: `Coronavirus-Blog: Spahn verteidigt ...`
    return size(line) <= 4 and is_headline_like(following) and size(following) > size(line) \
        and _date_line(following, found) is None and not by.read_byline(following) \
        and not (after and _is_caption(following, after) and bool(cap.credit_line(after)))


def _top_headline(flat: list[str], found: _Found) -> tuple[int, int]:
    """(the first headline-like line above the running text, the first other non-metadata line
    there), each -1 when there is none."""
    first_label = -1
    for i, full in enumerate(flat):
        following = flat[i + 1] if i + 1 < len(flat) else ""
        if _is_metadata_line(full, following, found) or _LIST_ITEM.match(full):
            continue  # a list item above the text links to another story
        line = _without_trailing_date(full, found)  # `Headline(2023年10月5日)` weighs as the headline
        if i == 0 and is_long_headline(line, following):
            return i, first_label  # a long headline opening the copy
        if is_prose(line) or read_dateline(line)[0]:
            break
        if not is_headline_like(line) or not _has_words(line):
            if first_label < 0 and _plain_headline(line):
                first_label = i
            continue
        if not _is_kicker(line, following, found, flat[i + 2] if i + 2 < len(flat) else ""):
            return i, first_label
    return -1, first_label


def _headline_over_credit(flat: list[str], found: _Found) -> bool:
    """The copy's first line, headline-like with no stop, over a photo's credit line (`Photo: IANS`)
    with the running text under the credit: the headline over its photo, when no other line above
    the text could be one. A caption over its credit ends with its stop or says it is a photo."""
    if len(flat) < 3 or not is_headline_like(flat[0]) or SENTENCE_END.search(flat[0]) or not _has_words(flat[0]) \
            or cap.PHOTO_WORDS.search(flat[0]) or _PICTURE_WORDS.search(flat[0]) or not cap.credit_line(flat[1]):
        return False
    under = next((ln for ln in flat[2:4] if ln != flat[1]), "")
    return _opens_body(under) and is_prose(under)


def _plain_headline(line: str) -> bool:
    """A line that is not headline-like above the running text that may still be the headline
    when the copy shows no other: three words or more (a word or two alone is a section label,
    never a headline), no byline or reporter's credit."""
    return _has_words(line) and size(line) >= 3 and not by.read_byline(line) and not _reporter_line(line)


_LIST_ITEM = re.compile(r"^[-•·▶►]\s+\S")


def _without_trailing_date(line: str, found: _Found) -> str:
    """`line` without a date in brackets at its end (`... 松野官房長官(2023年10月5日)`)."""
    when = re.search(r"\s*[(（]([^()（）]{6,30})[)）]\s*$", line)
    return line[:when.start()] if when and _date_line(when.group(1), found) is not None else line


def _sentence_headline(flat: list[str], found: _Found) -> bool:
    """A headline that ends with a full stop: a short first line over much longer running text."""
    if len(flat) < 2 or not 3 <= size(flat[0]) <= 14 or "," in flat[0]:
        return False
    return is_prose(flat[1]) and size(flat[1]) > 2 * size(flat[0]) and not read_dateline(flat[0])[0] \
        and not _is_metadata_line(flat[0], flat[1], found)


#: A byline with no name in it, as a page prints an empty credit: `By  |`.
_EMPTY_BYLINE = re.compile(r"^(?:By|BY|Por|Par|Von|Di)\s*[|,]?\s*$")


def _short_headline(flat: list[str]) -> bool:
    """A headline of two words (`Luto Oficial`, `Fewer Deputies`) opening the copy, with a byline
    (even an empty one) right under it: a word or two is otherwise a label, never a headline."""
    if len(flat) < 3 or size(flat[0]) != 2 or not re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+ [\w'’-]+", flat[0]):
        return False
    return bool(by.read_byline(flat[1]) or _EMPTY_BYLINE.match(flat[1])) and is_prose(flat[2])


def _broadcast_headline(flat: list[str], found: _Found) -> int:
    """Broadcast copy prints the headline under the lead, right above its date line."""
    for i, line in enumerate(flat[:-1]):
        if is_headline_like(line) and not is_prose(line) and _date_line(flat[i + 1], found) is not None \
                and not src.labelled_source(line) and not src.aged_outlet(line):
            return i
    return -1


def _head(paragraphs: list[list[str]], found: _Found, publications: tuple[str, ...]) -> list[list[str]]:
    """Find the headline; read the lines above it and the header lines under it. Returns the
    paragraphs that remain, the headline gone."""
    flat = [(p, line) for p, lines in enumerate(paragraphs) for line in lines]
    lines = [line for _, line in flat]
    at = _find_title(lines, found)
    keep = [True] * len(flat)
    if at >= 0:
        _read_title(lines[at], found, publications)
        keep[at] = False
        _past_labels(lines, at, found)
        for i in range(at):
            if _read_above(lines, i, found) or found.page_above:
                keep[i] = False
    for i in range(at + 1, len(lines)):
        if at >= 0 and lines[i] in (lines[at], found.title):
            keep[i] = False  # the headline printed twice
            continue
        if not keep[i]:
            continue  # (the wrapped end of a caption read with the line above)
        _unwrap_caption(lines, i, keep)
        verdict = _read_header_line(lines, i, found)
        if verdict is None:
            break
        keep[i] = not verdict
    return _regrouped(len(paragraphs), flat, keep)


def _unwrap_caption(lines: list[str], i: int, keep: list[bool]) -> None:
    """A credit-first caption (`X, Getty Images, AFP | Caption`) hard-wrapped on to the next line,
    which goes on in lower case: the two lines read as one (the second then goes with the first)."""
    if i + 1 < len(lines) and lines[i + 1][:1].islower() and cap.credit_first(f"{lines[i]} {lines[i + 1]}"):
        lines[i] = f"{lines[i]} {lines[i + 1]}"
        keep[i + 1] = False


def _regrouped(count: int, flat: list[tuple[int, str]], keep: list[bool]) -> list[list[str]]:
    """The kept lines of `flat` ((paragraph's index, line) pairs) in their paragraphs again,
    the paragraphs left empty gone."""
    out: list[list[str]] = [[] for _ in range(count)]
    for (p, line), kept in zip(flat, keep):
        if kept:
            out[p].append(line)
    return [p for p in out if p]


def _read_title(line: str, found: _Found, publications: tuple[str, ...]) -> None:
    bracket, line = src.bracket_prefix(line)
    if bracket:
        found.sources.setdefault("bracket", bracket)
    outlet = re.match(r"^(?P<name>[\u4e00-\u9fff]{1,10}(?:报|報|社|网|網|台|刊|版|新闻|新聞))[:：](?P<rest>.{4,})$",
                      line)
    if outlet:
        found.sources.setdefault("bracket", outlet["name"])
        line = outlet["rest"]
    when = re.search(r"\s*[(（]([^()（）]{6,30})[)）]\s*$", line)
    if when and _date_line(when.group(1), found) is not None:
        found.set("date", _date_line(when.group(1), found).published)
        line = line[: when.start()]
    line = re.sub(r"(?:\s+\d{1,2}[-./]\d{1,2})?\s+\d{1,2}:\d{2}\s*(?:[ap]m)?\s*(?:[A-Z]{2,4})?$", "", line,
                  flags=re.IGNORECASE)  # a stamp glued on: `… 12:05 PM EST`, `… 09-22 20:02` (no year: no date)
    glued = re.search(r"(?<=\S)\s?(?=(?:By|BY)\s+\S)", line)
    if glued:
        credit = by.read_byline(line[glued.end():])
        if credit:
            authors, signed_for = credit
            found.set("author", authors)
            if signed_for:
                found.sources.setdefault("byline", signed_for)
            line = line[: glued.start()].rstrip()
    head, label = src.trailing_label(line)
    if head:
        found.sources.setdefault("label", label)
        line = head
    line, outlet_behind = src.title_outlet(line)  # `…=日本人フリー記者(時事通信)`, `…跡地(19日)産経`
    if outlet_behind:
        found.sources.setdefault("title", outlet_behind)
    line = re.sub(r"^[가-힣\u3040-\u30ff\u4e00-\u9fff]{1,6}/[가-힣\u3040-\u30ff\u4e00-\u9fff]{1,6}\s+(?=\S)", "", line)
    title, suffix = split_title(line, publications)  # (a board's breadcrumb `기사/뉴스 ` before it dropped)
    if suffix:
        found.sources.setdefault("title", suffix)
    found.title = _past_kicker(title, found)


def _past_labels(lines: list[str], at: int, found: _Found) -> None:
    """The headline without a gallery's labels glued before it, where a line right under it prints
    the headline alone or behind labels of its own (`查看图片列表 我要评论 Headline` over
    `(图文互动)(1)Headline`): the headline is what both print."""
    for line in lines[at + 1:at + 3]:
        bare = _unlabelled(line)
        if len(bare) >= 6 and found.title.endswith(bare) and found.title != bare \
                and found.title[: -len(bare)].endswith((" ", "\u3000")):
            found.title = bare
            return


def _past_kicker(title: str, found: _Found) -> str:
    """The headline without a kicker glued before it, where the page's breadcrumb ends with the
    headline alone (`Notruf 110 Wann Magdeburger …` under a breadcrumb ending `Wann Magdeburger …`)."""
    crumb = str(found.values.get("crumb", ""))
    if len(crumb.split()) >= 3 and title.endswith(" " + crumb):
        return crumb
    return title


def _read_above(lines: list[str], i: int, found: _Found) -> bool:
    """Read a line above the headline; True when it is not body text (it is then dropped)."""
    line = lines[i]
    following = lines[i + 1] if i + 1 < len(lines) else ""
    when = _date_line(line, found)
    if when is not None:
        _record_date(when, line, found)
        return True
    if _credit_above(line, found):
        return True
    if _is_caption(line, following):
        pair = cap.trailing_credit(line) or cap.marked_caption(line)
        found.set("image_caption", pair[0] if pair else line)
        if pair and pair[1]:
            found.set("image_credit", pair[1])
        return True
    return not is_prose(line)  # prose above a broadcast headline is the lead; labels go


def _credit_above(line: str, found: _Found) -> bool:
    """A line above the headline that credits the page or the story (the browser's title with the
    outlet's name, a photo credit, a source label, a signature): read; True when it is one."""
    title, suffix = split_title(line)
    if suffix and found.title and title == found.title:  # the browser's title: `Headline : The Tribune India`
        found.sources.setdefault("title", suffix)
        return True
    credit = cap.credit_line(line)
    if credit:
        found.set("image_credit", credit)
        return True
    if src.labelled_source(line) or src.aged_outlet(line):
        found.sources.setdefault("label", src.labelled_source(line) or src.aged_outlet(line))
        return True
    signature = _name_and_outlet(line)
    if signature:
        found.set("author", (signature[0],))
        found.sources.setdefault("byline", signature[1])
        return True
    if _reporter_line(line):  # a reporter's credit over a headline printed at the foot (an AMP page's order)
        found.set("author", _reporter_line(line))
        return True
    return False


def _name_and_outlet(line: str) -> tuple[str, str] | None:
    """(`Vincent Trémolet de Villers`, `Le Figaro`) from a signature line `Name. Outlet`."""
    match = re.match(r"^(?P<name>[^.]{4,50})\.\s(?P<outlet>[^.]{2,40})$", line.strip())
    if not match or not by._is_name(match["name"]) or len(match["name"].split()) < 2:
        return None
    return (match["name"], match["outlet"]) if src.is_title_case_name(match["outlet"]) else None


def _record_date(when, line: str, found: _Found) -> None:
    if when.refused:
        found.notes.append(f"date: '{line}' refused: {when.refused}")
    published, updated = when.published, when.updated
    if updated and not published and not found.values.get("date"):
        published, updated = updated, ""  # a lone update is the only date the copy shows
    _labelled_date(line, published, found)
    if published.startswith(str(found.values.get("date") or "-")) and len(published) > 10:
        found.values.pop("date")  # the same day again with its time: the time refines the day
    found.set("date", published)
    found.set("updated", updated)
    _credits_on_date_line(line, found)


def _credits_on_date_line(line: str, found: _Found) -> None:
    """The source and author a date line also names: a label, a paper's print credit, an outlet
    after the time, a byline run into the date, a reporter's title before it, an agency's line."""
    label = src.labelled_source(line) or src.paper_credit(line) or src.dated_outlet(line)
    if label:
        found.sources.setdefault("label", label)
    credit = by.read_byline(line.split("|")[0])
    if credit and credit[1]:
        found.sources.setdefault("byline", credit[1])
    if credit and credit[0]:  # a byline run into its date: `por X publicado 16/02/2022 14h45`
        found.set("author", credit[0])
    signed = _DATED_REPORTER.match(line.strip())
    if signed:  # `정슬기 아나운서 2024. 11. 1. 07:25`, `문일석 발행인 | 기사입력 2022/09/30`
        found.set("author", (signed["name"],))
    _agency_before_bar(line, found)


def _agency_before_bar(line: str, found: _Found) -> None:
    """An agency's credit line: its name before a bar (`Europa Press | 17 dic, 2018`, `Reuters | Ankara | …`)."""
    if "|" in line and src.known_agency(line.split("|")[0]):
        found.sources.setdefault("byline", src.known_agency(line.split("|")[0]))


def _read_header_line(lines: list[str], i: int, found: _Found) -> bool | None:
    """Read a line between the headline and the first paragraph of running text: True when it
    is metadata or furniture (dropped), False to keep it, None when the body starts here."""
    # Complexity 19: the header rules in the order they must be tried (each its own function);
    # the order is the rule, so they stay in one place, read top to bottom.
    line = lines[i]
    following = lines[i + 1] if i + 1 < len(lines) else ""
    handled, kept = _read_header_image_or_date(line, following, found)
    if handled:
        return kept
    if _highlight(lines, i, found) or _picture_label(line, following) or _column_byline(line, found) \
            or _dated_caption(line, following, found):
        return True
    if _standfirst_over_repeat(line, following, lines[i - 1], found) or _caption_printed_twice(line, following, found) \
            or _standfirst_over_byline(lines, i, found):
        return True
    if cap.marked_caption(line) and _read_header_credit(line, found):
        return True  # a caption its own convention marks (`… (Symbolbild).`) even as a sentence: no body
    if _caption_over_credit(lines, i, found):
        return True
    if _opens_body(line):
        return None
    if _header_metadata(lines, i, found) or _read_header_credit(line, found):
        return True
    # a word or two, not wrapped on to the next line: a label or a link (`Ver`, `Directo`); a script's
    # speaker (`김유영 앵커>`, `Anchor>`) opens the text
    return size(line) <= 2 and not re.search(r"[.,;:!?。]|>$", line) and bool(following) \
        and not following[:1].islower()


#: A credit's label on a line of its own, its credit on the next: `Crédits` / `© X`.
_CREDIT_LABEL = re.compile(r"^(?:crédits?|credits?|crédito|créditos|bildnachweis|fotos?|photos?)\s*:?$", re.IGNORECASE)


def _caption_over_credit(lines: list[str], i: int, found: _Found) -> bool:
    """A line under the headline over a credit's label and a photo's credit line (`Caption` /
    `Crédits` / `© X`), or over the photo's credit read already, printed again: the photo's caption,
    even a long one, not the text's start. (A credit line right under a line, with no label, is as
    often the credit of the photo under it.)"""
    if not found.title or i + 1 >= len(lines) or read_dateline(lines[i])[0] or by.read_byline(lines[i]):
        return False
    again = cap.credit_line(lines[i + 1]) and cap.credit_line(lines[i + 1]) == found.values.get("image_credit")
    if not again and not (_CREDIT_LABEL.match(lines[i + 1]) and i + 2 < len(lines)):
        return False
    credit = cap.credit_line(lines[i + 1] if again else lines[i + 2])
    if not credit or size(lines[i]) > 60:
        return False
    found.set("image_caption", " ".join(lines[i].split()))
    found.set("image_credit", credit)
    return True


def _dated_caption(line: str, following: str, found: _Found) -> bool:
    """One sentence closing with the day and year its picture was taken (`A man looks into a fissure
    …, near the city of Ridgecrest, July 5, 2019.`), right over the lead that opens with its dateline:
    the photo's caption, as agencies write them. A standfirst tells the story, not a day."""
    text = " ".join(line.split())
    if found.values.get("image_caption") or not _PHOTO_DAY.search(text) or re.search(r"[.!?]\s", text) \
            or size(text) < 8 or not read_dateline(following)[0] or read_dateline(text)[0]:
        return False
    found.set("image_caption", text)
    return True


def _column_byline(line: str, found: _Found) -> bool:
    """A column's label and its byline over the text (`L’éditorial du Figaro, par X.`): the writer."""
    name = by.rubric_byline(line)
    if name:
        found.set("author", (name,))
    return bool(name)


def _picture_label(line: str, following: str) -> bool:
    """A word or two over a picture's credit line: the picture's label (its alternative text, a
    logo's name), no dateline and no headline."""
    return size(line) <= 2 and bool(cap.credit_line(following)) and not SENTENCE_END.search(line) \
        and not src.known_agency(line)  # (an agency's name alone is the source, whatever is under it)


def _standfirst_over_byline(lines: list[str], i: int, found: _Found) -> bool:
    """The line right under the headline, with the byline (or the writer's name) right under it,
    is the standfirst, even a finished sentence: the text starts below the credits (`headline` /
    `standfirst.` / `A cura di X` / text)."""
    line, following = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
    if not found.title or not i or lines[i - 1] != found.title or found.values.get("summary") or size(line) < 8 \
            or cap.trailing_credit(line) or by.read_byline(line) or read_dateline(line)[0]:
        return False
    # (a paragraph between the headline and the dateline stays text: a paste that lost its photo
    # shows the caption there as often as a standfirst)
    credit = by.read_byline(following) or by.doubled_name(following) or _reporter_line(following)
    if not credit:
        return False
    found.set("summary", line)
    return True


def _standfirst_over_repeat(line: str, following: str, above: str, found: _Found) -> bool:
    """A line between the headline and the headline printed again is the standfirst; not a line
    under another line (a reposting blog's heading and comment between its title and the item's)."""
    if not found.title or found.values.get("summary") or following != found.title or size(line) < 8 \
            or found.title not in above or cap.trailing_credit(line) or by.read_byline(line):
        return False
    found.set("summary", line)
    return True


def _caption_printed_twice(line: str, following: str, found: _Found) -> bool:
    """A caption printed twice under the headline, the second time with its credit glued on (a
    paste of an image's text and its caption): `Caption.` over `Caption.(Name : Agency)`."""
    pair = cap.trailing_credit(following) if following.startswith(line) and following != line else None
    if not pair or pair[0].rstrip(" .") != line.rstrip(" ."):
        return False
    found.set("image_caption", line)
    found.set("image_credit", pair[1])
    return True


#: A Korean date line that opens with the writer and the writer's role, as portals and papers print it.
_DATED_REPORTER = re.compile(r"^(?P<name>[가-힣]{2,4})\s?(?:기자|특파원|아나운서|앵커|발행인|논설위원|선임기자|전문기자"
                             r"|대기자|편집국장|칼럼니스트)\s*(?:[|·ㅣ]\s*)?(?=.*\d)")


def _highlight(lines: list[str], i: int, found: _Found) -> bool:
    """A list item under the headline with the page's credit or date lines under the list, or the
    lead opening with its dateline right under it: one of the page's highlights (`• La Junta ha
    activado …` over `RTVE.es / AGENCIAS`; `• Selon le directeur …` over `NEW YORK: Les …`), not the text."""
    if not found.title or not _LIST_ITEM.match(lines[i]):
        return False
    rest = [ln for ln in lines[i + 1:i + 8] if not _LIST_ITEM.match(ln)][:2]
    if rest and is_prose(rest[0]) and (read_dateline(rest[0])[0] or dated_place(rest[0], lead=True)):
        return True
    return any(_date_line(ln, found) is not None or src.outlet_with_agencies(ln) or src.known_agency(ln)
               or by.read_byline(ln) or src.powered_by(ln) for ln in rest)


def _header_metadata(lines: list[str], i: int, found: _Found) -> bool:
    """A header line that is a date line, a source label, the headline again or a deck (read)."""
    line = lines[i]
    when = _date_line(line, found)
    if when is not None:
        _record_date(when, line, found)
        return True
    if wire_credit(line)[3] == line.strip() and _wire_credit(line, found) is not None:
        found.set("dateline", wire_credit(line)[2])  # a wire's credit alone on its line: `中央社／ 台北22日電`
        return True
    label = src.labelled_source(line) if is_short(line) else ""
    if label:
        _header_label(line, lines[i - 1] if i else "", label, found)
        return True
    if found.title and size(line) >= 3 and " ".join(line.split()) in found.title:
        return True  # the headline printed again, broken over lines
    return _deck(lines, i, found)


def _deck(lines: list[str], i: int, found: _Found) -> bool:
    """A deck: the one line right under the headline, of eight words or more and no finished
    sentence, with the text's first paragraph right under it (`A 5.4-magnitude earthquake struck
    northeast China early Sunday morning` over `BEIJING (AP) — ...`): the summary. A list item,
    a byline or a caption with its credit is none."""
    line = lines[i]
    if not (found.title and i and found.title in lines[i - 1]) or found.values.get("summary"):
        return False
    if size(line) < 8 or SENTENCE_END.search(line) or _LIST_ITEM.match(line) \
            or not _opens_body(_body_under_deck(lines, i)) or _credit_or_caption(line):
        return False
    if _PICTURE_OPENING.match(line) or _PICTURE_WORDS.search(line):
        found.set("image_caption", line)  # a line that speaks of its picture: `Imagen del río …` is its caption
        return True
    found.set("summary", line)
    return True


def _body_under_deck(lines: list[str], i: int) -> str:
    """The line under the deck at `i`, past a release's issuer, a wire's name or its place
    printed between the deck and the text (two such lines at most); '' at the end."""
    ahead = i + 1
    while ahead + 1 < len(lines) and ahead <= i + 2 and (
            src.company_line(lines[ahead]) or src.known_agency(lines[ahead]) or _CAPS_PLACE.fullmatch(lines[ahead])):
        ahead += 1
    return lines[ahead] if ahead < len(lines) else ""


def _credit_or_caption(line: str) -> bool:
    """A byline (even a nameless one), a caption or a photo's credit, or a menu: no deck."""
    return bool(by.read_byline(line) or cap.trailing_credit(line) or cap.marked_caption(line)
                or cap.credit_line(line) or is_menu_line(line) or _PICTURE_WORDS.search(line)
                or re.match(r"^(?:By|Par|Por|Von|Door|Di|Da)\b", line, re.IGNORECASE))


def _opens_body(line: str) -> bool:
    """A header line where the body starts: a dateline or a wire's credit, or running text that
    is no caption, byline or reporter's credit."""
    if read_dateline(line)[0] or wire_credit(line)[3] not in ("", line.strip()):
        return True
    return bool((is_prose(line) or SENTENCE_END.search(line)) and not cap.trailing_credit(line)
                and not by.read_byline(line) and not _reporter_line(line))


def _read_header_image_or_date(line: str, following: str, found: _Found) -> tuple[bool, bool | None]:
    """(True, what `_read_header_line` answers) for an image, an address or a date line with
    no sentence in it; (False, None) for any other line."""
    image = cap.markdown_image(line)
    if image:
        found.set("image", image[1])
        return True, True
    if is_image_line(line):
        return True, None  # the core reads an image line and the caption under it
    if _URL.match(line):  # an image's address when a caption follows; else the page's own, not text
        return True, (True if found.title and not cap.trailing_credit(following) else None)
    when = _date_line(line, found) if not SENTENCE_END.search(line) else None
    if when is not None:  # a long date line (a CJK stamp with its credits) before the prose check
        _record_date(when, line, found)
        return True, True
    return False, None


def _header_label(line: str, above: str, label: str, found: _Found) -> None:
    """A `Quelle: X` / `Source: X` line under the headline. Right under the headline (or its date)
    it names the article's source; under another line that is no sentence (a photo's caption)
    it credits that line: the caption and its credit, never the source."""
    if not found.title or above in ("", found.title) or _date_line(above, found) is not None \
            or SENTENCE_END.search(above) or not src.credits_either(line):
        found.sources.setdefault("label", label)
        return
    found.set("image_caption", above)
    found.set("image_credit", label)


def _read_header_credit(line: str, found: _Found) -> bool:
    """Read a header line as a credit (byline, reporter, agency, caption, bare name); True when it
    is not body text. The checks go from the surest form to the loosest."""
    bare = re.sub(r"^[-–•·]\s*", "", line)
    return _person_credit(bare, found) or _other_credit(line, bare, found) or _header_shape(bare, found)


def _person_credit(bare: str, found: _Found) -> bool:
    """A byline or a reporter's credit: the author."""
    credit = by.read_byline(bare)
    if credit:
        found.set("author", credit[0])
        if credit[1]:
            found.sources.setdefault("byline", credit[1])
        return True
    reporter = _reporter_line(bare)
    if reporter:
        found.set("author", reporter)
        return True
    signature = _name_and_outlet(bare)
    if signature:  # `Vincent Trémolet de Villers. Le Figaro`: a columnist's signature with the paper
        found.set("author", (signature[0],))
        found.sources.setdefault("byline", signature[1])
        return True
    if by.doubled_name(bare):
        found.set("author", (by.doubled_name(bare),))
        return True
    return False


def _other_credit(line: str, bare: str, found: _Found) -> bool:
    """A photo credit, an outlet's byline, an agency, a caption with its credit, a bare name."""
    if cap.credit_line(bare):
        found.set("image_credit", cap.credit_line(bare))
        return True
    if _outlet_byline(bare, found):
        return True
    outlet = src.known_agency(bare) or src.outlet_with_agencies(bare) or src.powered_by(bare) \
        or src.company_line(bare) or src.newsroom(bare)
    if outlet:
        found.sources.setdefault("line", outlet)
        return True
    pair = cap.trailing_credit(bare)
    if pair and (cap.PHOTO_WORDS.search(bare) or size(pair[0]) <= 60):
        found.set("image_caption", pair[0])
        found.set("image_credit", pair[1])
        return True
    marked = cap.marked_caption(bare)
    if marked:  # `…首相=2021年12月`, `▲ 문일석 발행인. ©브레이크뉴스`
        found.set("image_caption", marked[0])
        if marked[1]:
            found.set("image_credit", marked[1])
        return True
    return bare != line and _bare_name(bare, found)


#: A place alone in capitals: `MADRID`, `NEW YORK`.
_CAPS_PLACE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,20}(?: [A-ZÀ-Ý][A-ZÀ-Ý'’-]{1,20})?")
#: Words with which a caption speaks of its picture: `Police shared this image of ...`.
_PICTURE_WORDS = re.compile(r"\b(?:this|the|an?) (?:image|photo|picture|photograph)\b|\bpictured\b"
                            r"|\b(?:file|stock) (?:photo|picture|image)\b", re.IGNORECASE)
#: A caption's opening that names its picture: `Imagen del río …`, `Vue de …`, `Image of …`, `Bild vom …`.
_PICTURE_OPENING = re.compile(r"^(?:Imagen|Imagem|Immagine|Image|Foto|Fotografía|Photo|Photograph|Bild|Aufnahme|Vista"
                              r"|Vue|Aspecto)\s+(?:de|del|da|do|dos|das|di|della|dello|of|d['’]|des|du|vom|von|der)\b")


def _header_shape(bare: str, found: _Found) -> bool:
    """A line no text is made of, by its shape: a place (in capitals, or with its day), a dek of
    three words or more (`Bundesrat steht noch aus`), a label."""
    # Complexity 16: one question (is this line a header's by its shape?), its shapes in the
    # order they are tried.
    if _CAPS_PLACE.fullmatch(bare) and not is_rubric(bare):
        found.set("dateline", bare)  # a place alone in capitals over the lead: `MADRID`, `NEW YORK`
        return True
    if place_day_alone(bare):
        found.set("dateline", place_day_alone(bare))  # `New Delhi, June 27`: the place (no year: no date)
        return True
    if is_headline_like(bare) and size(bare) >= 3 and not is_image_line(bare) and not _TAGS_LABEL.match(bare):
        if found.title and _PICTURE_WORDS.search(bare) and not SENTENCE_END.search(bare):
            found.set("image_caption", bare)  # a line under the headline that speaks of its picture
        return True  # a dek or a second headline under the headline: not body, and not surely a summary
    if _EMPTY_BYLINE.match(bare):
        return True  # a credit without a name
    if not found.title and size(bare) <= 2 and not SENTENCE_END.search(bare) and "." not in bare:
        return True  # a word or two above a text without headline: a section label (`agenzia`, `快訊`)
    return _is_label(bare)


#: `聯合報／ 記者李人岳／台北報導`: the paper, its reporters and the place they filed from.
_CJK_OUTLET_BYLINE = re.compile(r"^(?P<outlet>[\u4e00-\u9fff]{2,8})\s*[／/]\s*(?:記者|记者)\s*"
                                r"(?P<names>[\u4e00-\u9fff、，,\s]{2,20}?)\s*[／/]\s*(?P<place>[\u4e00-\u9fff]{2,4}?)(?:即時)?(?:報導|报道)$")
#: `Par , France Bleu Armorique, France Bleu Breizh Izel`: a byline whose name is empty names outlets only.
_NAMELESS_BYLINE = re.compile(r"^(?:Par|By|Por|Von)\s*,\s*(?P<outlet>[^,]{2,40})(?:,.*)?$")


def _outlet_byline(line: str, found: _Found) -> bool:
    """A byline that names an outlet: the paper's `聯合報／ 記者X／台北報導` (source, reporters and
    dateline), or one without a name (`Par , France Bleu Armorique`): the outlet is the source."""
    match = _CJK_OUTLET_BYLINE.match(line)
    if match:
        found.sources.setdefault("byline", match["outlet"])
        found.set("author", tuple(re.split(r"[、，,\s]+", match["names"].strip())))
        found.set("dateline", match["place"])
        return True
    nameless = _NAMELESS_BYLINE.match(line)
    if nameless:
        found.sources.setdefault("byline", nameless["outlet"].strip())
        return True
    return False


def _bare_name(bare: str, found: _Found) -> bool:
    """A name alone on a list item under the headline (`- SARAH KIM`) is the byline."""
    name = by.title_case_caps(bare)
    if found.values.get("author") or not by._is_name(name) or len(name.split()) < 2 or by.is_collective(name) \
            or any(w in src._MASTHEAD_WORDS for w in name.split()):
        return False
    found.set("author", (name,))
    return True


def _is_label(line: str) -> bool:
    """A page's label under a headline: a hashtag or section link, a line ending in a colon, a
    collective credit (`Reuters Staff`), or a few words in capitals (`INCIDENCIAS CHAMARTIN`)."""
    if line.startswith("#") or line.endswith((":", "：")) or (size(line) <= 4 and by.is_collective(line)):
        return True
    letters = [c for c in line if c.isalpha()]
    return size(line) <= 4 and len(letters) >= 4 and not any(c.islower() for c in letters) \
        and all(c.isascii() or not c.isalpha() or c.isupper() for c in line)


def _reporter_line(line: str) -> tuple[str, ...]:
    """Authors from a line that is only a reporter's credit: `안주영 전문기자`, `新华社记者 崔静、韩洁`."""
    # (the writer's address before or after the name: `fnkhy@fnnews.com 김호연 기자`)
    if re.fullmatch(r"(?:\S+@\S+\s+)?[가-힣]{2,4}\s?(?:기자|특파원|전문기자|선임기자|논설위원)"
                    r"(?:\s*\(?\s*\S+@\S+\)?|\s*\()?", line):
        return (by.korean_reporter(line),)
    if re.fullmatch(r"\S{0,6}(?:记者|記者)\s*[:：]?\s*[\u4e00-\u9fff、,，\s]{2,40}", line) \
            and not cap.credit_line(line):
        return by.chinese_reporters(line)  # (`…记者 X 摄` is a photographer's credit, not the writer's)
    crew = re.fullmatch(r"취재기자\s*[:：]\s*(?P<name>[가-힣]{2,4})", line.strip())  # a broadcast's reporter
    return (crew["name"],) if crew else ()


# --- 3. the core ---------------------------------------------------------------------


def _core(paragraphs: list[list[str]], found: _Found) -> list[_Block]:
    """Blocks of the text under the head: metadata lines split the paragraphs they sit in."""
    values = found.values
    blocks = _sentence_paragraphs(_blocks(paragraphs, found))
    _image_caption(blocks, values)
    values["has_title"] = found.title
    _standfirst(blocks, values)
    values.pop("has_title")
    return blocks


def _blocks(paragraphs: list[list[str]], found: _Found) -> list[_Block]:
    """The paragraphs as blocks, each metadata line a block of its own that splits the paragraph
    it sits in. A date line at the foot (a sign-off's, or one that may be another item's) or an
    update note opens a block too; at the foot, after the last line of running text, the rest
    of its paragraph joins that block (a signatory, another item's text). Empty blocks go."""
    blocks: list[_Block] = []
    last_line = (len(paragraphs) - 1, len(paragraphs[-1]) - 1) if paragraphs else (-1, -1)
    prose = [(p, i) for p, lines in enumerate(paragraphs) for i, line in enumerate(lines) if is_prose(line)]
    for p_index, paragraph in enumerate(paragraphs):
        blocks.append(_Block("para"))
        for l_index, line in enumerate(paragraph):
            at_foot = bool(prose) and (p_index, l_index) > prose[-1]
            dated = _dated_or_noted(paragraphs, p_index, l_index, found, at_foot)
            kind = dated or _metadata_kind(line, found.values, last=(p_index, l_index) == last_line, found=found)
            if kind:
                blocks.append(_Block(kind, [line]))
                if not (dated and at_foot):  # mid-text, an update note's paragraph goes on after it
                    blocks.append(_Block("para"))
            else:
                blocks[-1].lines.append(line)
        blocks.append(_Block("para"))
    return [b for b in blocks if b.lines]


def _dated_or_noted(paragraphs: list[list[str]], p_index: int, l_index: int, found: _Found, at_foot: bool) -> str:
    """The kind of block that a line opens when it is a notice's sign-off at the foot ("date"),
    an update note or a date line at the foot that may be another item's ("furniture"); else ''."""
    line = paragraphs[p_index][l_index]
    if at_foot and _signed_date(line, [ln for q in paragraphs[p_index:] for ln in q][l_index + 1:], found):
        return "date"
    before = paragraphs[p_index][l_index - 1] if l_index else (paragraphs[p_index - 1][-1] if p_index else "")
    if _update_note(line, found) or at_foot and _foot_date(line, before, found):
        return "furniture"
    return ""


def _sentence_paragraphs(blocks: list[_Block]) -> list[_Block]:
    """Inside a block, lines that each end a sentence are paragraphs of their own; hard-wrapped
    lines, which break mid-sentence, stay one paragraph."""
    split: list[_Block] = []
    for block in blocks:
        if block.kind == "para" and all(_SENTENCE_END.search(line) for line in block.lines[:-1]):
            split.extend(_Block("para", [line]) for line in block.lines)
        else:
            split.append(block)
    return split


#: A print edition's page on a date line: `2025-12-26 33면`, `( 2023年08月17日 03 版)`, `Seite 3`, `A12`.
_PRINT_PAGE = re.compile(r"\d{1,3}\s?(?:면|版|頁|页|面)|\b(?:Seite|page|p\.|página|pág\.)\s?\d{1,3}\b|\b[A-F]\d{1,2}$",
                         re.IGNORECASE)


def _signed_date(line: str, after: list[str], found: _Found) -> bool:
    """A notice's or a letter's sign-off, its place and date over the signatory and nothing else
    (`Dalla Residenza Municipale, 20 gennaio 2026` / `Il Sindaco` / `Dr. X`): the date is the
    notice's own, at its foot."""
    if not re.match(r"^[^\d,]{3,60},\s*\S", line) or not 1 <= len(after) <= 3 \
            or any(size(ln) > 5 or SENTENCE_END.search(ln) and not re.search(r"\b[A-Z][a-z]{0,3}\.\s", ln)
                   for ln in after):
        return False
    when = _date_line(line, found)
    if when is None or not when.published or found.values.get("date"):
        return False
    _record_date(when, line, found)
    return True


def _update_note(line: str, found: _Found) -> bool:
    """A note saying when the story was updated (`[Notícia atualizada às 15h34 de 7 de agosto de
    2025 ...]`): its date is the story's update, and the date when the copy shows no other."""
    note = update_note(line, date_order=found.date_order, language=found.language)
    if note is None:
        return False
    if note.refused:
        found.notes.append(f"date: '{line}' refused: {note.refused}")
    elif not found.values.get("updated"):
        found.values["updated"] = note.updated
        found.values.setdefault("date", note.updated)
    return True


def _foot_date(line: str, before: str, found: _Found) -> bool:
    """A date line after the last paragraph of running text, at the page's foot, where it may
    date another item (a list of other stories or videos): it goes and is never the date.
    The article's own credit block at the foot keeps its date: a print page (`2025-12-26 33면`),
    a paper's credit, or a date under a source label or copyright line."""
    if is_prose(line) or _date_line(line, found) is None:
        return False
    if _PRINT_PAGE.search(line) or src.paper_credit(line) or src.labelled_source(line) \
            or (is_short(before) and (src.labelled_source(before) or src.copyright_holder(before))):
        return False
    if not found.values.get("date"):
        found.notes.append(f"date: '{line}' follows the text, at the page's foot where it may be another item's:"
                           " not taken")
    return True


def _image_caption(blocks: list[_Block], values: dict[str, object]) -> None:
    """The image's caption: the paragraph right after the image line, when it carries a credit."""
    for i, block in enumerate(blocks):
        if block.kind == "image":
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            credit = parse_credit(" ".join(after.lines)) if after and after.kind == "para" else None
            if after is not None and credit:
                values["image_caption"], values["image_credit"] = credit
                after.kind = "caption"
            elif not is_image_line(str(values["image"])):
                # A bare URL that is neither an image file nor captioned is text after all.
                block.kind = "para"
                del values["image"]
            break


def _standfirst(blocks: list[_Block], values: dict[str, object]) -> None:
    """The standfirst: the one paragraph before a date or image line (the first such line
    that has any paragraph before it decides), when body paragraphs follow; or a first
    paragraph that the lead under it repeats."""
    for rule in (_standfirst_before_marker, _standfirst_repeated, _standfirst_before_furniture,
                 _standfirst_unfinished, _standfirst_of_sentences, _standfirst_over_release):
        if not values.get("summary"):
            rule(blocks, values)


def _standfirst_before_marker(blocks: list[_Block], values: dict[str, object]) -> None:
    if not values.get("has_title"):
        return  # without a headline, a paragraph above the date may be the headline itself
    for i, marker in enumerate(blocks):
        if marker.kind not in ("date", "image"):
            continue
        before = [j for j, b in enumerate(blocks[:i]) if b.kind == "para"]
        if not before:
            continue
        if len(before) == 1 and any(b.kind == "para" for b in blocks[i:]) \
                and _running_text(blocks[before[0]].lines):
            blocks[before[0]].kind = "summary"
            values["summary"] = " ".join(blocks[before[0]].lines)
        break


def _standfirst_before_furniture(blocks: list[_Block], values: dict[str, object]) -> None:
    """A first paragraph of one or two sentences (at most 40 words) under the headline that page furniture follows
    (`Anzeige`, `Teilen`, a reading time), when running text follows: the standfirst. A long
    first paragraph, or one that opens with a dateline, is the lead."""
    paras = [b for b in blocks if b.kind == "para"]
    if not values.get("has_title") or len(paras) < 2 or blocks[0] is not paras[0]:
        return
    first = paras[0]
    text = " ".join(first.lines)
    sentences = len(re.findall(r"[.!?。](?:\s|$)", text))
    if isinstance(first.lines[-1], _Gap) and _running_text(first.lines) and size(text) <= 40 \
            and sentences <= 2 and not read_dateline(text)[0] \
            and any(is_prose(" ".join(p.lines)) for p in paras[1:3] if " ".join(p.lines) != values["has_title"]):
        first.kind = "summary"
        values["summary"] = text


def _opening_paras(blocks: list[_Block], values: dict[str, object],
                   headless: bool = False) -> tuple[_Block, str, str] | None:
    """(first paragraph, its text, the next paragraph's text) when a headline stands above the text
    (or, `headless`, the rule needs none) and the text opens with a paragraph (no date or image line
    before it) that more text follows."""
    paras = [b for b in blocks if b.kind == "para"]
    if not (headless or values.get("has_title")) or len(paras) < 2 or blocks[0] is not paras[0]:
        return None
    return paras[0], " ".join(paras[0].lines), " ".join(paras[1].lines)


def _standfirst_unfinished(blocks: list[_Block], values: dict[str, object]) -> None:
    """A deck: one line of eight words or more right under the headline that stops without a
    full stop (a headline's second line says more, in running words), running text under it."""
    opening = _opening_paras(blocks, values)
    if opening is None:
        return
    first, text, lead = opening
    half = len(text) // 2
    if len(first.lines) == 1 and size(text) >= 8 and not SENTENCE_END.search(text) and not is_menu_line(text) \
            and not _LIST_ITEM.match(text) and text[:half].strip() != text[half:].strip() \
            and not parse_credit(text) and not read_dateline(text)[0] and is_prose(lead) and size(lead) > size(text):
        first.kind = "summary"  # (a line printed twice over is an image's alt text and caption, no deck)
        values["summary"] = text


#: Where one sentence of Latin-script copy ends and the next starts: a stop, then a capital (after a
#: quote or an opening mark). Not after a number or a lone letter (`1. Juni`, `J. Doe`).
_SENTENCE_BREAK = re.compile(r"(?<![\d\s])(?<!\b[A-Za-z])[.!?](?=[\"”»’)]?\s+[\"“«„‘¿¡]?[A-ZÀ-Ý])")


def _standfirst_of_sentences(blocks: list[_Block], values: dict[str, object]) -> None:
    """A first paragraph under the headline of two or three finished sentences, forty words at most, over
    a longer paragraph of running text: the standfirst (a chapô, a Vorspann, an entradilla), as papers in
    Latin script summarise above the lead. One sentence there is as often the lead itself, and so is a
    sentence with an agency's two-word tail (`… Informa EFE.`); a dateline opens the lead, and over a
    lead with its dateline a paste that lost its photo shows the caption as often (the position rule);
    a caption says it is one. Korean, Japanese and Chinese copy prints its deck over the byline, and the paragraph
    under it is the lead."""
    # Complexity 16: the standfirst's conditions, which must all hold, in one test.
    opening = _opening_paras(blocks, values, headless=True)  # (finished sentences are no headline)
    if opening is None:
        return
    first, text, lead = opening
    sentences = _SENTENCE_BREAK.split(text)
    if not 2 <= len(sentences) <= 3 or any(size(one) < 4 for one in sentences) or size(text) > 40 \
            or not SENTENCE_END.search(text) or size(lead) <= size(text) \
            or not is_prose(lead) or read_dateline(text)[0] or dated_place(text, lead=True) \
            or read_dateline(lead)[0] or dated_place(lead, lead=True) \
            or cap.trailing_credit(text) or cap.marked_caption(text) or cap.PHOTO_WORDS.search(text):
        return
    first.kind = "summary"
    values["summary"] = text


#: A release wire's dateline opening the lead: `ATLANTA, Oct. 16, 2024 /PRNewswire/ --`, `(BUSINESS WIRE)--`.
_RELEASE_DATELINE = re.compile(r"^.{0,80}?(?:/\s*(?:PRNewswire|PR Newswire|GLOBE NEWSWIRE|Globe Newswire|CNW"
                               r"|EINPresswire|ACCESSWIRE)(?:-[\w-]+)?\s*/|\((?:BUSINESS WIRE|Business Wire)\))"
                               r"\s*(?:--|—|–)")


def _standfirst_over_release(blocks: list[_Block], values: dict[str, object]) -> None:
    """A first paragraph of one or two sentences (fifty words at most) over a lead that opens with a
    release wire's dateline: the release's subhead, which the wires print between the headline and
    the dateline (no photo's caption stands there in a release)."""
    opening = _opening_paras(blocks, values, headless=True)
    if opening is None:
        return
    first, text, lead = opening
    if _RELEASE_DATELINE.match(lead) and not _RELEASE_DATELINE.match(text) and size(text) <= 50 \
            and len(_SENTENCE_BREAK.split(text)) <= 2 and _running_text(first.lines):
        first.kind = "summary"
        values["summary"] = text


def _running_text(lines: list[str]) -> bool:
    """Lines that read as running text: ending a sentence (or long), and not a stack of three or
    more lines most of which stop unfinished without the next going on in lower case (a menu or a
    list of links, never a standfirst; a hard-wrapped standfirst goes on in lower case)."""
    joined = " ".join(lines)
    stops = sum(not SENTENCE_END.search(a) and not b[:1].islower() and not a.endswith((",", ";", "-"))
                for a, b in zip(lines, lines[1:]))
    return bool(SENTENCE_END.search(joined) or is_prose(joined)) and not (len(lines) >= 3 and 2 * stops >= len(lines))


def _standfirst_repeated(blocks: list[_Block], values: dict[str, object]) -> None:
    paras = [b for b in blocks if b.kind == "para"]
    if len(paras) >= 2:
        first = " ".join(paras[0].lines)
        sentence = re.split(r"(?<=[.!?。])\s", first)[0]
        if size(sentence) >= 8 and any(sentence in " ".join(b.lines) for b in paras[1:4]):
            paras[0].kind = "summary"
            values["summary"] = first


# --- 4. after --------------------------------------------------------------------------


def _after(blocks: list[_Block], found: _Found) -> Extracted:
    # Complexity 18: the steps after the text is found (captions, furniture, repeats, bylines
    # under the text...), each its own function, in the order they must run.
    values = found.values
    body = [b for b in blocks if b.kind == "para"]
    paragraphs = ["\n".join(b.lines) for b in body]
    paragraphs = _tailed_caption(_body_caption(paragraphs, found), found)
    paragraphs = [p for i, p in enumerate(paragraphs) if i > 2 or not place_tag(p)]  # `Madrid, España` on top
    paragraphs = _place_over_lead(paragraphs, found)
    paragraphs = _drop_repeats(paragraphs, found)
    paragraphs = _trailing_furniture(paragraphs, found)
    paragraphs = _reporting(paragraphs, found)
    paragraphs, foot_place = _foot_credit(paragraphs, found)
    _closing_credit(paragraphs, found)
    _sign_off(paragraphs, found)
    dateline = _dateline(paragraphs, found) or str(values.get("dateline", "")) or foot_place
    paragraphs = [p for i, p in enumerate(paragraphs) if wire_credit(p)[3] != p.strip()  # a credit alone is no text
                  and not (i == 0 and dateline and dateline_alone(p))]  # nor a dateline alone: `Hamburg (ots)`
    source = next((found.sources[k] for k in SOURCE_ORDER if found.sources.get(k)), "")
    language = detect("\n".join(paragraphs)) or found.language
    return Extracted(
        title=found.title,
        source=source,
        date=str(values.get("date", "")),
        updated=str(values.get("updated", "")) if values.get("date") else "",
        author=_texts(values.get("author")),
        dateline=dateline,
        summary=str(values.get("summary", "")),
        image=str(values.get("image", "")),
        image_caption=str(values.get("image_caption", "")),
        image_credit=str(values.get("image_credit", "")),
        tags=_texts(values.get("tags")),
        paragraphs=tuple(paragraphs),
        language=language,
        notes=tuple(found.notes),
    )


def _tailed_caption(paragraphs: list[str], found: _Found) -> list[str]:
    """A paragraph among the first three that ends as a photo's caption ends (`…/사진=뉴스1화상`,
    `… 2025.06.25. id@newsis.com`, `写真:共同`), with running text under it: the photo's caption,
    out of the body (its dateline and reporter are the photo's, as `_dateline` knows)."""
    for i, p in enumerate(paragraphs[:3]):
        tail = cap.PHOTO_TAIL.search(p)
        if tail and i + 1 < len(paragraphs) and is_prose(paragraphs[i + 1]) and size(p) <= 120:
            found.set("image_caption", " ".join(p[:tail.start()].split()).rstrip(" /"))
            return paragraphs[:i] + paragraphs[i + 1:]
    return paragraphs


def _place_over_lead(paragraphs: list[str], found: _Found) -> list[str]:
    """A place alone in capitals opening the body over the lead (`MADRID`, under a photo's caption
    the head passed to the body): the dateline, as in the header."""
    if len(paragraphs) >= 2 and _CAPS_PLACE.fullmatch(paragraphs[0].strip()) and not is_rubric(paragraphs[0].strip()) \
            and is_prose(paragraphs[1]):
        found.set("dateline", paragraphs[0].strip())
        return paragraphs[1:]
    return paragraphs


def _texts(value: object) -> tuple[str, ...]:
    """A list value the passes found (names, tags) as the record holds it."""
    return tuple(str(v) for v in value) if isinstance(value, (tuple, list)) else ()


def _drop_repeats(paragraphs: list[str], found: _Found) -> list[str]:
    """Paragraphs that repeat the title, the caption, or the paragraph before them go."""
    out: list[str] = []
    caption = str(found.values.get("image_caption", ""))
    for p in paragraphs:
        flat = " ".join(p.split())
        if flat == found.title or (out and flat == " ".join(out[-1].split())) \
                or (found.title and _unlabelled(flat) == _unlabelled(found.title)):
            continue  # (also the headline again under a video's label: `【動画】Headline`)
        if caption and (flat == caption or (len(flat) >= 12 and caption.startswith(flat.rstrip(".")))):
            continue
        out.append(_past_headline(p, flat, found.title) if not out else p)
    return out


def _past_headline(p: str, flat: str, title: str) -> str:
    """The lead without the headline printed again before it on its line (`Headline WASHINGTON:
    Emergency workers …`); the paragraph as it is when it only opens with the headline's words."""
    if size(title) < 4 or not flat.startswith(title + " "):
        return p
    rest = flat[len(title):].strip()
    return rest if rest[:1].isupper() and size(rest) >= 8 else p


def _unlabelled(line: str) -> str:
    """`line` without the bracketed labels before it (`【動画】【記者解説中継】`)."""
    return re.sub(r"^(?:[【\[(（][^】\])）]{1,10}[】\])）]\s*)+", "", line).strip()


def _body_caption(paragraphs: list[str], found: _Found) -> list[str]:
    """A photo's caption printed among the paragraphs (with a credit and a word for photo, or a
    photographer/agency credit near the top) goes out of the body into `image_caption`, every
    copy of it."""
    if found.values.get("image_caption"):
        return paragraphs
    for i, p in enumerate(paragraphs[:-1]):
        credit = cap.credit_line(p)
        if credit and is_prose(paragraphs[i + 1]) and size(paragraphs[i + 1]) <= 40:
            found.set("image_credit", credit)
            found.set("image_caption", " ".join(paragraphs[i + 1].split()))
            return paragraphs[:i] + paragraphs[i + 2:]
    summary = str(found.values.get("summary") or "")
    for i, p in enumerate(paragraphs):
        caption = _credited_caption(p, i, summary) or (_caption_under_text(p) if i == len(paragraphs) - 1 else None)
        if caption:
            found.set("image_caption", caption[0])
            found.set("image_credit", caption[1])
            return _standfirst_over_photo([q for q in paragraphs if q != p], i, found)
    return _lone_credit(paragraphs, found)


def _lone_credit(paragraphs: list[str], found: _Found) -> list[str]:
    """A photos' credit line alone between paragraphs of running text, no caption at hand
    (`Fotos: Protección Civil`): the pictures' credit, out of the body."""
    for i in range(1, len(paragraphs) - 1):
        credit = cap.credit_line(paragraphs[i])
        if credit and is_prose(paragraphs[i - 1]) and is_prose(paragraphs[i + 1]) and ":" in paragraphs[i]:
            found.set("image_credit", credit)
            return paragraphs[:i] + paragraphs[i + 1:]
    return paragraphs


def _standfirst_over_photo(paragraphs: list[str], at: int, found: _Found) -> list[str]:
    """The one paragraph above a photo's caption found second among the paragraphs, when it is
    running text of two sentences or more and text follows the photo: the standfirst, as a
    paragraph above an image line is (`Standfirst. More.` / `Caption. | ARCHIVES X` / text)."""
    if at != 1 or found.values.get("summary") or len(paragraphs) < 2:
        return paragraphs
    first = " ".join(paragraphs[0].split())
    if len(re.findall(r"[.!?。](?:\s|$)", first)) < 2 or not _running_text(paragraphs[0].split("\n")) \
            or read_dateline(first)[0] or not is_prose(paragraphs[1]):
        return paragraphs
    found.set("summary", first)
    return paragraphs[1:]


def _credited_caption(p: str, i: int, summary: str) -> tuple[str, str] | None:
    """(caption, credit) of the paragraph `p` at index `i` when it is a photo's caption with its
    credit at the end: it says photo, or it is a short `Name/dpa` credit near the top, or it is
    the standfirst printed again under the photo. None otherwise."""
    # Complexity 16: the kinds of credited caption, each one condition, in one place.
    pair = cap.trailing_credit(p)
    if not pair:
        return None
    barred = f"| {pair[1]}" in p and pair[1].isupper()  # a credit in capitals after a bar: `… | ARCHIVES X`
    # a photographer and the agency after a slash: `… Ministros. / Chema Moya (EFE)`
    slashed = p.rstrip().endswith(f"/ {pair[1]}") and pair[1].endswith(")")
    # near the top
    agency_credit = i < 4 and ("/" in pair[1] and size(p) <= 30 or (barred or slashed) and size(p) <= 60)
    # the standfirst printed again under the photo with a credit (an icon's label may be glued
    # before it: `Camera IconSydney police ... Credit: AAP`): the photo's caption
    repeat = bool(summary and i < 3 and pair[0].endswith(summary) and len(pair[0]) - len(summary) <= 20)
    if cap.PHOTO_WORDS.search(p) or agency_credit or repeat:
        return (summary if repeat else pair[0]), pair[1]
    return None


#: The day a photo was taken, with its year, as an agency's caption closes: `on April 14, 2022.`, `14 April 2022`.
_PHOTO_DAY = re.compile(r"\b(?:\d{1,2},? (?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})[.!?]?$")


def _caption_under_text(p: str) -> tuple[str, str] | None:
    """(caption, agency) of the last paragraph when it is one sentence that dates its picture, with
    an agency's name in brackets after its stop (`Kwon speaks to reporters in Seoul on April 14,
    2022. (Yonhap)`): the photo's caption, which a mobile page prints under the text. An agency
    closing its own text the same way (`… for four days. (ANI)`) gives no day and year. None otherwise."""
    match = re.match(r"^(?P<caption>[^\n]{20,300}?[.!?])\s*\((?P<credit>[^()]{2,30})\)$", p.strip())
    if not match or not src.known_agency(match["credit"]) or re.search(r"[.!?]\s", match["caption"]) \
            or not _PHOTO_DAY.search(match["caption"]):
        return None
    return match["caption"], match["credit"]


def _trailing_furniture(paragraphs: list[str], found: _Found) -> list[str]:
    """Short lines after the last paragraph of running text (share bars, contact lines,
    section links) go; a reporter's credit line anywhere goes into `author`."""
    out: list[str] = []
    for p in paragraphs:
        if not _read_non_text(p, out, found):
            out.append(p)
    while out and _foot_furniture(out[-1]):
        if src.known_agency(out[-1]) or src.produced_by(out[-1]):  # an agency alone under the text: `共同通信`,
            found.sources.setdefault("line", src.known_agency(out[-1]) or src.produced_by(out[-1]))  # `新华社…制作`
        bracketed = re.fullmatch(r"[\[【［](?P<name>[^\]】］]{2,20})[\]】］]", out[-1].strip())
        if bracketed and (src.looks_like_outlet(bracketed["name"]) or bracketed["name"].lower().endswith("news")):
            found.sources.setdefault("line", bracketed["name"])  # the outlet in brackets under the text: `[テレ朝news]`
        if cap.credit_line(out[-1]):  # the photo's credit under the text: `Foto: Berliner Feuerwehr`
            found.set("image_credit", cap.credit_line(out[-1]))
        if by.korean_name(out[-1]):  # a Korean reporter's bare name under the text: `김정우` (not `취재부`)
            found.set("author", (out[-1].strip(),))
        out.pop()
    return out


def _read_non_text(p: str, out: list[str], found: _Found) -> bool:
    """Read the paragraph `p` (under the paragraphs kept so far, `out`) when it is no part of the
    text: a reporter's credit, a release's issuer, another story's headline, a source label.
    True when it is one (it then goes)."""
    reporter = _reporter_line(p)
    if reporter:
        found.set("author", reporter)
        return True
    headline, outlet = src.feed_trailer(p)
    if outlet:  # an auto-posting blog's `からの記事と詳細 ( Headline - Outlet )`: the feed item's title
        found.title = found.title or headline
        found.sources.setdefault("title", outlet)
        return True
    if src.company_line(p) and len(out) < 3:  # a release's issuer over its text: `株式会社PR TIMES`
        found.sources.setdefault("line", src.company_line(p))
        return True
    if out and _other_headline(p):  # a link to another story set among the paragraphs
        return True
    if src.wire_issuer(p):  # a release wire's trailer: `Original-Content von: X, übermittelt durch news aktuell`
        found.sources.setdefault("label", src.wire_issuer(p))
        return True
    if src.labelled_source(p) and size(p) <= 12:  # a label line: `FUENTE: Secretaría de Estado de ...`
        if not out or SENTENCE_END.search(out[-1]) or src.labelled_source(out[-1]) or not src.credits_either(p):
            found.sources.setdefault("label", src.labelled_source(p))
        else:  # under a caption or another item's title: its credit, not the article's source
            found.notes.append(f"source: '{p}' credits the line above it, not the article: not taken")
        return True
    return False


def _foot_furniture(paragraph: str) -> bool:
    """A paragraph at the end of the text that is furniture: a short line with no sentence,
    a writer's initials, a block of links, a link to another story."""
    return bool(not SENTENCE_END.search(paragraph) and is_short(paragraph) or _INITIALS.match(paragraph)
                or _link_stack(paragraph) or _story_link(paragraph))


def _other_headline(paragraph: str) -> bool:
    """Another story's headline with its kicker, set among the paragraphs as a link: a line that
    ends with no stop after a sentence that does (`"Temos um quadro raro." Risco de ...`, `A
    estrada que ... infância. Em Seia, as chamas ainda são um trauma`). Running text ends with a
    stop; a subhead has no sentence in it."""
    return "\n" not in paragraph and 6 <= size(paragraph) <= 30 and not SENTENCE_END.search(paragraph) \
        and not _FOOT_SIGNED.search(paragraph) \
        and not re.search(r"[.!?…:：,;\"'“”’»)\]]$", paragraph.rstrip()) \
        and bool(re.search(r"\w[.!?][\"”’»]?\s+[\"“«]?[A-ZÀ-Ý]", paragraph))


def _story_link(paragraph: str) -> bool:
    """A list item after the text that is no sentence: a link to another story (`- 한미 "…‥"`)."""
    return bool(_LIST_ITEM.match(paragraph)) and "\n" not in paragraph and not FULL_STOP.search(paragraph)


def _link_stack(paragraph: str) -> bool:
    """Three or more short lines, none a sentence: a block of links (`YTN 유튜브`, `YTN 페이스북`, ...)."""
    lines = paragraph.split("\n")
    return len(lines) >= 3 and all(len(ln.split()) <= 4 and not SENTENCE_END.search(ln) for ln in lines)


#: A writer's initials signing off a local story (`O.P.`, `(nh)`, `[nh]`): no name, and not text.
_INITIALS = re.compile(r"^(?:(?:[A-ZÀ-Ý]\.\s?){1,3}|[(\[][a-z]{1,4}[)\]])$")
#: A wire credit at the end of the text (older agency copy prints it there): `… 말했다. (서울=연합뉴스) 김종우
#: 기자 jongwoo@yna.co.kr`; an outlet after a dash behind the last sentence: `… north and south. - GMA Network`.
_FOOT_WIRE = re.compile(r"\s*[(\[](?P<place>[가-힣]{1,10})=(?P<agency>[^()\[\]]{2,12})[)\]]\s*"
                        r"(?P<names>(?:[가-힣]{2,4}\s){0,3}[가-힣]{2,4})\s?(?:기자|특파원)(?:\s+\S+@\S+)?\s*$")
#: A writer's sign-off with a publication label glued behind the last sentence:
#: `… originó el fuego. Susana Espósito - Publicada el Domingo 29/09/24 - 1268 caracteres |`.
_FOOT_SIGNED = re.compile(r"(?<=[.!?”\"])\s+(?P<name>[A-ZÀ-Ý][\w'’.-]+(?:\s[A-ZÀ-Ý][\w'’.-]+){1,3})\s*[-–|]\s*"
                          r"(?:Publicad[ao]|Published|Publié|Publiée|Veröffentlicht|Pubblicato)\b(?P<when>.{0,60})$")
_FOOT_OUTLET = re.compile(r"(?<=[.!?”\"])\s+[-–—]\s+(?P<name>[^\s.!?][^.!?]{1,40})$")
#: An agency after a slash behind the last sentence, a share button's label left behind it:
#: `… 마칠 계획이다. /연합뉴스 Facebook`.
_FOOT_SLASHED = re.compile(r"(?<=[.!?”\"。])\s*/\s*(?P<name>[^\s/.!?]{2,20})(?:\s+(?:Facebook|Twitter|Share|공유))*$")


def _foot_credit(paragraphs: list[str], found: _Found) -> tuple[list[str], str]:
    """A credit behind the last sentence of the text names its source (and, for a wire, its
    reporters and dateline); it leaves the text. Returns the paragraphs and the credit's place."""
    if not paragraphs:
        return paragraphs, ""
    last = paragraphs[-1]
    wire = _FOOT_WIRE.search(last)
    if wire and SENTENCE_END.search(last[: wire.start()]):
        found.sources.setdefault("dateline", wire["agency"])
        found.set("author", tuple(wire["names"].split()))
        return paragraphs[:-1] + [last[: wire.start()].rstrip()], wire["place"]
    signed = _FOOT_SIGNED.search(last)
    if signed and by.parse_byline("By " + signed["name"]):  # `… el fuego. Susana Espósito - Publicada el …`
        found.set("author", (signed["name"],))
        found.set("date", short_year_date(signed["when"], found.date_order))
        return paragraphs[:-1] + [last[: signed.start()].rstrip()], ""
    outlet = _FOOT_OUTLET.search(last)
    if not (outlet and (src.is_title_case_name(outlet["name"]) or src.known_agency(outlet["name"]))):
        slashed = _FOOT_SLASHED.search(last)
        outlet = slashed if slashed and src.known_agency(slashed["name"]) else None
    if outlet:
        found.sources.setdefault("line", outlet["name"])
        return paragraphs[:-1] + [last[: outlet.start()].rstrip()], ""
    return paragraphs, ""


#: A credit in brackets closing a paragraph: an agency and its reporter, `…お伝えする。(共同通信=伊藤元輝)`,
#: `…工作。(新華社記者 黃韜銘)`; a Japanese paper's reporters and desk,
#: `…ところが…。【江畑佳明、吉井理記/統合デジタル取材センター】`.
_CLOSING_CREDITS = (
    re.compile(r"[(（](?P<outlet>[^()（）=＝\s]{2,10})[=＝](?P<names>[\u3040-\u30ff\u4e00-\u9fff]{2,6})[)）]$"),
    re.compile(r"[(（](?P<outlet>[\u4e00-\u9fff]{2,6}?)(?:記者|记者)\s*"
               r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，,\s]+[\u4e00-\u9fff]{2,4}){0,3})\s*[)）]$"),
    re.compile(r"【(?P<names>[\u3040-\u30ff\u4e00-\u9fff]{2,6}(?:、[\u3040-\u30ff\u4e00-\u9fff]{2,6}){0,4})[/／]"
               r"[^】]{2,20}(?:部|センター|支局|総局|局|班)】$"),
)


def _closing_credit(paragraphs: list[str], found: _Found) -> None:
    """A credit in brackets at the end of the standfirst, one of the first paragraphs or the last names the
    reporters (the authors) and, where it names an agency or outlet, the source. It stays in the text."""
    for p in [str(found.values.get("summary", "")), *paragraphs[:3], *paragraphs[-1:]]:
        text = p.strip()
        if not re.search(r"[。.]", text):
            continue  # a credit closes running text, not a line of its own
        for pattern in _CLOSING_CREDITS:
            match = pattern.search(text)
            outlet = match.groupdict().get("outlet", "") if match else ""
            if not match or (outlet and not src.looks_like_outlet(outlet)):
                continue
            if outlet:
                found.sources.setdefault("byline", outlet)
            found.set("author", tuple(n for n in re.split(r"[、，,\s]+", match["names"]) if n))
            return


#: A broadcaster's sign-off at the end of a report: `KBS 뉴스 장덕수입니다.`, `MBC뉴스 김지수입니다`.
_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?]\s))(?P<outlet>[A-Za-z]{2,5}|연합뉴스TV|채널A|TV조선)\s?뉴스\s?"
                       r"(?P<name>[가-힣]{2,4})입니다\.?$")  # also at the end of a script run into one line


#: An anchor handing over to the reporter: `정윤섭 특파원이 보도합니다.`, `보도에 정유신 기자입니다.`,
#: `김경인 기자.` (alone on its line, calling the reporter on air).
_HAND_OVER = re.compile(r"^(?:(?P<a>[가-힣]{2,4})\s?(?:기자|특파원|리포터)(?:가|이)\s"
                        r"(?:보도합니다|전해드립니다|전합니다)|보도에\s(?P<b>[가-힣]{2,4})\s?(?:기자|특파원)입니다|(?P<c>[가-힣]{2,4})\s(?:기자|특파원))\.?$")


def _hand_over(paragraphs: list[str]) -> str:
    """The reporter an anchor hands over to in the opening lines of a broadcast script, or ''."""
    for p in paragraphs[:12]:
        for line in p.split("\n"):
            match = _HAND_OVER.match(line.strip())
            if match:
                return match["a"] or match["b"] or match["c"]
    return ""


def _sign_off(paragraphs: list[str], found: _Found) -> None:
    """A broadcaster's sign-off among the last paragraphs names the reporter (the author) and the
    broadcaster (the source, as a byline names it); the spoken line stays in the text. Without one,
    the reporter an anchor hands over to is the author."""
    if not found.values.get("author") and _hand_over(paragraphs):
        found.set("author", (_hand_over(paragraphs),))
    for p in paragraphs[-6:]:
        for line in p.split("\n"):
            match = _SIGN_OFF.search(line.strip())
            if match:
                found.set("author", (match["name"],))
                found.sources.setdefault("byline", match["outlet"])
                return


def _reporting(paragraphs: list[str], found: _Found) -> list[str]:
    """`(Reporting by X; Editing by Y)` after the last paragraph: X wrote it."""
    if not paragraphs:
        return paragraphs
    rest, names = by.reporting_trailer(paragraphs[-1])
    if not names:
        return paragraphs
    found.set("author", names)
    return paragraphs[:-1] + ([rest] if rest else [])


def _dateline(paragraphs: list[str], found: _Found) -> str:
    """The dateline of the first of the opening paragraphs that has one, with the agency it
    names (the source when nothing better names it) and the reporters it credits."""
    for p in [q for q in paragraphs[:6] if not cap.PHOTO_TAIL.search(q)][:3]:  # a photo's caption: its
        # dateline, agency and reporter are the photo's; the three paragraphs after the captions are read
        if src.paper_news(p):  # `新京报讯 …`: the paper's own credit
            found.sources.setdefault("dateline", src.paper_news(p))
        credited = _wire_credit(p, found)
        if credited is not None:
            return credited
        place, agency = _place_of(p, p is paragraphs[0], found)
        reporter = re.match(r"^\[(?P<outlet>[^/\]]{2,12})/(?P<name>[가-힣]{2,4})\s?기자\]", p)
        if reporter:
            found.sources.setdefault("dateline", reporter["outlet"])
            found.set("author", (reporter["name"],))
        if not place:
            continue
        if agency:
            found.sources.setdefault("dateline", agency)
        korean = re.match(r"^[(\[][가-힣]+=[^)\]]+[)\]]\s*(?P<names>(?:[가-힣]{2,4}\s){0,3}[가-힣]{2,4})\s?기자", p)
        chinese = by.chinese_reporters(p[:80]) if re.match(r"^[\u4e00-\u9fff]", p) else ()
        found.set("author", tuple(korean["names"].split()) if korean else chinese)
        return place
    return ""


def _place_of(p: str, first: bool, found: _Found) -> tuple[str, str]:
    """(place, agency) of the dateline a paragraph opens with, in any of the forms the rules read;
    a press release's dateline also gives the date."""
    # Complexity 17: the dateline's forms, tried in order until one reads.
    place, agency = read_dateline(p)
    if not place and (dated_agency(p) or agency):  # `(BUSINESS WIRE)--Target …`: an agency without a place
        found.sources.setdefault("dateline", dated_agency(p) or agency)
    if not place:
        place = dated_place(p, lead=first and is_prose(p))
    if not place:
        place, printed, agency = release_dateline(p)
        when = _date_line(printed, found) if printed else None
        if when is not None and when.published:
            found.set("date", when.published)  # the release's own date, in its dateline
    glued = re.search(r"(?<=[)\]）])\s?(?=[\[［])", p[:300]) if not place else None
    if glued:  # a caption glued before a Japanese agency dateline
        place, agency = read_dateline(p[glued.end():])
    when = _date_line(dated_tag(p), found) if place and dated_tag(p) else None
    if when is not None and when.published:
        found.set("date", when.published)  # `LOS ANGELES (Jan. 29, 2015) —`
    return place, agency


def _wire_credit(paragraph: str, found: _Found) -> str | None:
    """The place of a CNA or bracketed reporter's credit opening the paragraph (its agency is the
    source, its reporter the author); None when the paragraph opens with neither."""
    agency, reporter, place, credit = wire_credit(paragraph)
    if not credit:
        return None
    if agency:
        found.sources.setdefault("dateline", agency)
    if reporter:
        found.set("author", (reporter,))
    return place


def _dates_of(line: str, found: _Found) -> tuple[str, str] | None:
    """(published, updated) of a date line, by the strict rule first, then the wide one; None for
    an event's time and place (`Zeit: … Ort: …`), whose date is the event's."""
    if event_schedule(line):
        return None
    dates = parse_date_line(line)
    if dates is not None or is_prose(line):
        return dates
    wide = _date_line(line, found)
    if wide is None:
        return None
    if wide.refused:
        found.notes.append(f"date: '{line}' refused: {wide.refused}")
    if src.paper_credit(line):
        found.sources.setdefault("label", src.paper_credit(line))
    return wide.published, wide.updated


def _labelled_date(line: str, published: str, found: _Found) -> None:
    """A date labelled as the publication's (`发布时间:`, `Published`) wins over an unlabelled date
    line read before it (a masthead's today above the headline)."""
    if not published or not publication_label(line):
        return
    if found.values.get("date") and not found.values.get("date_labelled"):
        found.values.pop("date")
        found.values.pop("updated", None)
    found.values["date_labelled"] = True


def _record_core_date(line: str, dates: tuple[str, str], values: dict[str, object], found: _Found) -> str:
    published, updated = dates
    _labelled_date(line, published, found)
    if parse_date(line) is not None and "date" in values:
        return ""  # a second date-only line is text (a timeline, say)
    _agency_before_bar(line, found)
    if src.labelled_source(line) and not src.credits_either(line):  # `责任编辑:X 来源: 新华社 撰写时间:…`
        found.sources.setdefault("label", src.labelled_source(line))
    if published and "date" not in values:
        values["date"] = published
    credit = by.read_byline(line)
    if credit and credit[0] and not values.get("author"):  # a byline run into its date: `Von X 19.12.2017, 21:00`
        values["author"] = credit[0]
    if updated and "updated" not in values:
        values["updated"] = updated
    if not values.get("date") and updated:
        values["date"] = values.pop("updated")
    return "date"


def _metadata_kind(line: str, values: dict[str, object], *, last: bool, found: _Found) -> str:
    """The kind of metadata `line` carries (recording its value), or '' for text."""
    if _TAGS_LABEL.match(line) and "tags" not in values:
        values["tags"] = parse_tags_line(line, last=last)
        return "tags"
    dates = _dates_of(line, found)
    if dates is not None:
        return _record_core_date(line, dates, values, found)
    if not values.get("author"):
        authors = parse_byline(line)
        if authors:
            values["author"] = authors
            return "byline"
    if "image" not in values and (is_image_line(line) or _URL.match(line)):
        values["image"] = line
        return "image"
    if last and "tags" not in values:
        tags = parse_tags_line(line, last=True)
        if tags:
            values["tags"] = tags
            return "tags"
    return ""
