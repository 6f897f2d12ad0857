"""The second pass of `extract`, the head of a text: the headline's line read (a source's suffix
or bracket, a byline or a stamp glued on), the lines above it read as metadata or dropped, and
the header lines between it and the first paragraph of running text (date lines, bylines and
credits, a photo's caption, the standfirst or deck, a place alone) read, dropped or kept.
`headline` finds the headline."""

from __future__ import annotations

import re
import unicodedata

from gazette.importer.passes.body import AGENCY_GLUED
from gazette.importer.passes.found import Found, date_line, dated_reporter, read_wire_credit, record_date
from gazette.importer.passes.headline import TRAILING_DATE, credited_twice, find_title, opens_body, site_prompt
from gazette.importer.rules import byline as by
from gazette.importer.rules import caption as cap
from gazette.importer.rules import source as src
from gazette.importer.rules.caption import _URL, is_image_line
from gazette.importer.rules.dateline import (
    CAPS_PLACE,
    credit_line_over_lead,
    dashed_place,
    dated_place,
    is_rubric,
    place_day_alone,
    read_dateline,
    wire_credit,
    wired_headline,
)
from gazette.importer.rules.dates import WEEKDAYS, read_date_line, update_label, without_reading_time
from gazette.importer.rules.furniture import is_label, is_menu_line
from gazette.importer.rules.mail import mail_header, past_preheader, web_view_link
from gazette.importer.rules.source import split_title
from gazette.importer.rules.tags import _TAGS_LABEL
from gazette.importer.rules.text import (
    INITIAL,
    FULL_STOP,
    LIST_ITEM,
    LIST_MARK,
    SENTENCE_BREAK,
    SENTENCE_END,
    content_units,
    is_headline_like,
    is_prose,
    is_short,
    no_space_share,
    size,
    title_cased,
    unlabelled,
)


def read_head(paragraphs: list[list[str]], found: Found, publications: tuple[str, ...]) -> list[list[str]]:
    """Find the headline; read the lines above it and the header lines under it. Returns the
    paragraphs that remain, the headline gone."""
    flat = [(p, line) for p, lines in enumerate(paragraphs) for line in lines]
    lines = [line for _, line in flat]
    keep = [True] * len(flat)
    at = _mail_subject(lines, keep, found, publications)
    if at >= 0 and at + 1 < len(flat):
        opening = past_preheader(lines[at + 1], mail_header(lines).preheader)  # type: ignore[union-attr]
        flat[at + 1], lines[at + 1] = (flat[at + 1][0], opening), opening
    if at < 0:
        at = _newsletter_or_headline(lines, keep, found, publications)
    start = _between_prints(lines, at, keep, found) if at >= 0 else at + 1
    _continued_on(lines, found)
    for i in range(start, len(lines)):
        if at >= 0 and lines[i] in (lines[at], found.title):
            keep[i] = False  # the headline printed twice
            found.values["headline_again"] = True  # (a picture's label: its caption may be under it)
            continue
        if not keep[i]:
            continue  # (the wrapped end of a caption read with the line above)
        _unwrap_caption(lines, i, keep)
        if _credited_repeat(lines, i, keep, found) or _dated_headline_again(lines, i, keep, found) \
                or _caption_twice_under_date(flat, i, keep, found):
            continue
        verdict = _read_header_line(lines, i, found)
        if verdict is None:
            break
        keep[i] = not verdict
    return _regrouped(len(paragraphs), flat, keep)


def _continued_on(lines: list[str], found: Found) -> None:
    """The outlet an aggregator's link to the rest of the article names in the copy's last lines
    (`... suite de l'article sur Jeune Afrique`): the source, as a line names it."""
    continued = next((src.continued_on(line) for line in lines[-3:] if src.continued_on(line)), "")
    if continued:
        found.sources.setdefault("line", continued)


#: What follows a headline printed again as aggregators credit an item: its date and outlet in brackets
#: (see _dated_headline_again).
_DATED_CREDIT = re.compile(r"\s*[(（](?P<date>[^()（）]{6,24}?)\s+(?P<outlet>[^\W\d_][^()（）]{1,24})[)）]")


def _dated_headline_again(lines: list[str], i: int, keep: list[bool], found: Found) -> bool:
    """The headline printed again under itself with its date and outlet in brackets, as aggregators
    credit an item (`Headline (2017/6/19 政治山)`): the date and the source read, the line dropped."""
    line = lines[i].strip()
    match = _DATED_CREDIT.fullmatch(line[len(found.title):]) if found.title and line.startswith(found.title) else None
    when = date_line(match["date"], found) if match else None
    if match is None or when is None or not when.published or by.read_byline(match["outlet"]):
        return False
    record_date(when, match["date"], found)
    found.sources.setdefault("line", match["outlet"].strip())
    keep[i] = False
    return True


def _newsletter_or_headline(lines: list[str], keep: list[bool], found: Found, publications: tuple[str, ...]) -> int:
    """A newsletter's head over its web-view link, else the headline (the site's logo on the first
    line read even when the copy shows no headline); the index of the last line read, or -1."""
    at = _web_view_head(lines, keep, found, publications)
    if at < 0:
        at = _headline(lines, keep, found, publications)
    if at < 0 and lines and src.glued_masthead(lines[0]):  # a site's logo over a text with no headline
        found.sources.setdefault("masthead", src.glued_masthead(lines[0]))
        keep[0] = False
    return at


def _headline(lines: list[str], keep: list[bool], found: Found, publications: tuple[str, ...]) -> int:
    """The headline found and read, the lines above it read (and dropped unless they are text);
    returns its index, or -1."""
    named = src.site_title(lines[0])
    if named and not any(is_headline_like(ln) and not is_prose(ln) for ln in lines[1:4]):
        named = ""  # (a site's title stands over a headline; a headline naming news has its text under it)
    if named:  # the site's own title opening the paste: its name the masthead's, the headline under it
        found.sources.setdefault("masthead", named)
        keep[0] = False
    at = find_title(lines[bool(named):], found)
    at = at + bool(named) if at >= 0 else at
    if at >= 0:
        _read_title(lines[at], found, publications)
        keep[at] = False
        _suffix_named_under(lines, at, keep, found)
        _past_labels(lines, at, found)
        for i in range(at):
            if _read_above(lines, i, found) or found.page_above:
                keep[i] = False
    return at


def _between_prints(lines: list[str], at: int, keep: list[bool], found: Found) -> int:
    """The headline at `at` printed again right over the text (its date line or credit between them at
    most), with two lines or more between the two prints and one line of running text among them at
    most: those lines are the page's (a title bar's menu and other stories' teasers, a reposting blog's
    heading and note over the item it copies), read as header lines (a date line, a photo's caption) but
    never kept as text. Returns where the
    header lines under the headline start: after the second print, or right under the first."""
    again = next((j for j in range(at + 1, len(lines)) if lines[j] == lines[at]), -1)
    if again < at + 3 or sum(is_prose(line) for line in lines[at + 1:again]) > 1:
        return at + 1
    if not _credits_under(lines, again) and (any(SENTENCE_BREAK.search(line) for line in lines[at + 1:again])
                                             or not _text_under(lines, again, found)):
        return at + 1
    for k in range(at + 1, again + 1):
        if k < again:
            _read_header_line(lines, k, found)  # (a date line, a photo's caption and credit are read)
        keep[k] = False
    return again + 1


def _credits_under(lines: list[str], at: int) -> bool:
    """Whether an agency's name alone on its line stands within seven lines under `at`, the text (or
    a place in capitals, then the text) right under it: the credits block over the article's text
    (`NAMES` / `Agence France-Presse` / `BRETIGNY-SUR-ORGE` / lead), which a reposting page's note
    over the headline's first print never has."""
    for k in range(at + 1, min(at + 8, len(lines) - 1)):
        if src.known_agency(lines[k].strip()) == lines[k].strip():
            under = k + 2 if CAPS_PLACE.fullmatch(lines[k + 1].strip()) and k + 2 < len(lines) else k + 1
            return opens_body(lines[under])
    return False


def _text_under(lines: list[str], at: int, found: Found) -> bool:
    """Whether the text opens within three lines under `at`, with only date lines, bylines or short
    lines (credits, labels) before it."""
    under = next((k for k in range(at + 1, min(at + 4, len(lines))) if is_prose(lines[k])), -1)
    return under >= 0 and opens_body(lines[under]) \
        and all(date_line(ln, found) is not None or by.read_byline(ln) or is_short(ln) for ln in lines[at + 1:under])


def credited_repeat(lines: list[str], i: int) -> tuple[str, str, int]:
    """(caption, credit, index past the block) of a line printed twice in a row at `i` with a photo's
    credit line or an agency's name alone right under the copies, and perhaps a third copy under the
    credit (`Caption` / `Caption` / `EFE` / `Caption`: an image's alternative text, its caption and its
    credit, as a paste prints them), or with the credit in brackets glued to the second copy
    (rules.caption.repeated_with_credit); ('', '', i) otherwise. A standfirst printed twice has no credit
    under it."""
    glued = cap.repeated_with_credit(lines[i], lines[i + 1]) if i + 1 < len(lines) else None
    if glued:  # `Caption` / `Caption(Credit)`: the credit glued to the second copy
        return glued[0], glued[1], i + 2
    if i + 2 >= len(lines) or lines[i] != lines[i + 1] or size(lines[i]) < 4 or LIST_ITEM.match(lines[i]):
        return "", "", i
    under = lines[i + 2].strip()
    credit = cap.credit_line(under) or (under if src.known_agency(under) == under else "")
    if not credit:
        return "", "", i
    end = i + 4 if i + 3 < len(lines) and lines[i + 3] == lines[i] else i + 3
    return " ".join(lines[i].split()), credit, end


def _credited_repeat(lines: list[str], i: int, keep: list[bool], found: Found) -> bool:
    """A caption printed twice with its credit under it (see credited_repeat), under the headline:
    the photo's caption and credit, every line of the block dropped."""
    caption, credit, end = credited_repeat(lines, i)
    if not caption:
        return False
    found.set("image_caption", caption)
    found.set("image_credit", credit)
    for k in range(i, end):
        keep[k] = False
    return True


def _caption_twice_under_date(flat: list[tuple[int, str]], i: int, keep: list[bool], found: Found) -> bool:
    """A sentence printed twice on two lines of one paragraph right under the date line, with no credit and running
    text under it (an image's alternative text and its caption, as a paste copies both: `Le feu s’est propagé aux
    deux véhicules …` twice): the picture's caption, both lines dropped, and named in a doubt (a lead printed twice
    on two lines has the same form). A standfirst is printed once, and a lead pasted twice is two paragraphs."""
    line = flat[i][1].strip()
    if not (0 < i < len(flat) - 2 and flat[i][0] == flat[i + 1][0] and line == flat[i + 1][1].strip()
            and size(line) >= 4 and SENTENCE_END.search(line)
            and date_line(flat[i - 1][1], found) is not None and not found.values.get("image_caption")
            and not cap.trailing_credit(line)):  # (with a credit, the caption's own rules read it: `… Photo RL.`)
        return False
    found.set("image_caption", " ".join(line.split()))
    found.doubts.append(f"text: '{line[:60]}', printed twice under the date line, was read as the picture's caption: "
                        "check that it is not the lead")
    keep[i] = keep[i + 1] = False
    return True


def _mail_subject(lines: list[str], keep: list[bool], found: Found, publications: tuple[str, ...]) -> int:
    """An e-mail's header block over the text (rules.mail): its subject read as the headline, its
    sending time as the date, its sender as the source (a domain or an outlet's name; a person's
    name is not the publisher), and the block dropped (the preheader with it). Returns the index of
    the block's last line (the header lines under it are read from there on), or -1 when the text
    opens with no such block."""
    header = mail_header(lines)
    if header is None:
        return -1
    found.notes.append(f"title: '{header.subject}' is the e-mail's subject (its header block opens the text)")
    _read_title(header.subject, found, publications)
    when = date_line(header.sent, found) if header.sent else None
    if when is not None:
        record_date(when, header.sent, found)
    if re.fullmatch(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", header.sender) or src.looks_like_outlet(header.sender):
        found.sources.setdefault("line", header.sender)
    for i in header.lines:
        keep[i] = False
    return header.lines[-1]


def _web_view_head(lines: list[str], keep: list[bool], found: Found, publications: tuple[str, ...]) -> int:
    """A newsletter's head over its web-view link (`… View Online | Sign Up`), with its sending
    day: the two lines above the link that are no date line are the subject (the headline, past
    the sender printed before it on an archive's first line) and the preheader (the inbox's
    preview, which says what the mail is about: the summary); the link's line gives the date, and
    the sender's name under it (see `newsletter_head`) goes. Returns the index of the last line
    read (the header lines under it are read from there on), or -1 when the head is not so."""
    link = web_view_link(lines)
    dated = [k for k in range(link + 1) if date_line(lines[k], found) is not None]
    above = [k for k in range(link) if k not in dated]
    if link < 0 or not dated or len(above) != 2 or SENTENCE_BREAK.search(lines[above[1]]):
        return -1
    for k in dated:
        record_date(date_line(lines[k], found), lines[k], found)
    _read_title(lines[above[0]], found, publications)
    found.set("summary", lines[above[1]])
    for k in range(link + 1):
        keep[k] = False
    sender = found.sources.get("line", "")
    if sender and link + 1 < len(lines) and lines[link + 1].strip().rstrip(".") == sender:
        keep[link + 1] = False
        return link + 1
    return link


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


def _wired_headline(line: str, found: Found) -> str:
    """The headline of a line that opens with a Chinese wire's credit and `題:` (`中新網安康旬陽9月27日電
    題:X`), the credit read as the source and the dateline; the line as it is otherwise."""
    headline, place, agency = wired_headline(line)
    if not headline:
        return line
    found.sources.setdefault("dateline", agency)
    found.set("dateline", place)
    return headline


def _read_title(line: str, found: Found, publications: tuple[str, ...]) -> None:
    line = _wired_headline(line, found)
    bracket, line = src.bracket_prefix(line)
    if bracket:
        found.sources.setdefault("bracket", bracket)
    outlet = re.match(r"^(?P<name>[\u4e00-\u9fff]{1,10}(?:报|報|社|网|網|台|刊|版|新闻|新聞))[:：](?P<rest>.{4,})$",
                      line)
    if outlet:
        found.sources.setdefault("bracket", outlet["name"])
        line = outlet["rest"]
    when = TRAILING_DATE.search(line)
    if when and date_line(when.group(1), found) is not None:
        found.set("date", date_line(when.group(1), found).published)
        line = line[: when.start()]
    line = re.sub(r"(?:\s+\d{1,2}[-./]\d{1,2})?\s+\d{1,2}:\d{2}\s*(?:[ap]m)?\s*(?-i:[A-Z]{2,4})?$", "", line,
                  flags=re.IGNORECASE)  # a stamp glued on: `… 12:05 PM EST`, `… 09-22 20:02` (no year: no date);
    # the zone in capitals: `… am 3.05.2016 um 13:05 Uhr` is a headline's own time
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
    sender = str(found.values.get("mail_sender") or "")
    if sender and re.match(rf"{re.escape(sender)} [-–|] \S", line):
        line = line[len(sender) + 3:]  # an archived mail's first line: the sender, then the subject
    title, suffix = split_title(line, publications)  # (a board's breadcrumb `기사/뉴스 ` before it dropped)
    if suffix:
        found.sources.setdefault("title", suffix)
        if src.dashed_tail(line, title, suffix, publications):
            found.set("title_tail", suffix)  # to be checked unless other evidence names it (extract._source)
    found.title = _past_kicker(re.sub(r"^[:：]\s*", "", title), found)  # (`: Headline`, its rubric's colon
    # left at its start when the page printed the rubric on the line above: `BILDUNG` / `: Headline`)


#: A headline before its suffix's bar or dash (see _suffix_named_under).
_HEAD_BEFORE_SUFFIX = re.compile(r"(?P<title>\S.{7,}?)\s[|｜\-–—]\s*")


def _suffix_named_under(lines: list[str], at: int, keep: list[bool], found: Found) -> None:
    """A headline's suffix after a bar or a dash that the line right under it prints alone (`… 山中新市長が始動 |
    横浜日吉新聞` over `横浜日吉新聞`): the browser's title over the site's name, which is the outlet in any script
    (a name alone on its line confirms it, where a suffix alone in a script without capitals could be a
    headline's own part); the name's line goes."""
    for i in range(at + 1, min(at + 3, len(lines))):
        name = lines[i].strip()
        head = _HEAD_BEFORE_SUFFIX.fullmatch(found.title[:-len(name)]) \
            if name and found.title.endswith(name) else None
        if head and not SENTENCE_END.search(name) and size(name) <= 6 \
                and (src.is_title_case_name(name) or not re.search(r"[^\W\d_]", name, re.ASCII)):
            found.title = head["title"].strip()
            found.sources.setdefault("title", name)
            keep[i] = False
            return


def _past_labels(lines: list[str], at: int, found: Found) -> None:
    """The headline without a gallery's labels glued before it, where a line right under it prints
    the headline alone or behind labels of its own (`查看图片列表 我要评论 Headline` over
    `(图文互动)(1)Headline`): the headline is what both print."""
    for line in lines[at + 1:at + 3]:
        bare = unlabelled(line)
        if len(bare) >= 6 and found.title.endswith(bare) and found.title != bare \
                and found.title[: -len(bare)].endswith((" ", "\u3000")) \
                and not re.search(r"\s[|｜\-–—]\s*$", found.title[: -len(bare)]):  # (a site's name after its bar)
            found.title = bare
            return


def _past_kicker(title: str, found: Found) -> str:
    """The headline without a kicker glued before it, where the page's breadcrumb ends with the
    headline alone (`Notruf 110 Wann Magdeburger …` under a breadcrumb ending `Wann Magdeburger …`)."""
    crumb = str(found.values.get("crumb", ""))
    if len(crumb.split()) >= 3 and title.endswith(" " + crumb):
        return crumb
    return title


def _read_above(lines: list[str], i: int, found: Found) -> bool:
    """Read a line above the headline; True when it is not body text (it is then dropped)."""
    line = lines[i]
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if _date_above(line, found):
        return True
    if src.release_label(line):  # `News Release` over the headline: the issuer is named under it
        found.values["release"] = True
        return True
    if _credit_above(line, found):
        return True
    if i == 0 and _first_line_above(line, following, found):
        return True
    if _masthead_alone(line, found):
        return True
    if cap.is_caption(line, following):
        pair = cap.trailing_credit(line) or cap.marked_caption(line)
        found.set("image_caption", pair[0] if pair else line)
        if pair and pair[1]:
            found.set("image_credit", pair[1])
        return True
    if credited_twice(lines, i):
        return True  # an image's alt text and its caption with the credit, printed twice over the headline
    return not is_prose(line) or masthead_day(line)  # prose above a broadcast headline is the lead; labels go


def _date_above(line: str, found: Found) -> bool:
    """A date line above the headline: read; a weekday's date over the masthead (`masthead_day`), or a day
    without its time (`Ecuador, 19 de Abril de 2024`), kept aside as the page's day of reading: the date
    only if the copy dates the story nowhere else (a date line under the headline is the story's)."""
    when = date_line(line, found)
    if when is not None and (masthead_day(line) or "T" not in when.published) and not found.values.get("date"):
        found.values.setdefault("page_day", (when, line))
    elif when is not None:
        record_date(when, line, found)
    return when is not None


def _first_line_above(line: str, following: str, found: Found) -> bool:
    """The copy's first line above the headline: a site's prompt, or the site's logo (`StrettoWeb`,
    `BFMTV`), which names the site at the lowest rank."""
    if site_prompt(line, following):
        return True
    if src.glued_masthead(line):
        found.sources.setdefault("masthead", src.glued_masthead(line))
        return True
    return False


def _masthead_alone(line: str, found: Found) -> bool:
    """The site's name alone on a line of the head (its logo, pasted as text): `LE MATIN`, `Nordkurier`,
    `TheTrucker.com`, `세계일보`, `日刊スポーツ` (rules.source.masthead_name, cjk_outlet_alone). It names the
    source at the lowest rank, below any credit the copy prints, and leaves the text."""
    name = src.masthead_name(line) or src.cjk_outlet_alone(line)
    if name:
        found.sources.setdefault("masthead", name)
    return bool(name)


def masthead_day(line: str) -> bool:
    """A line above the headline that opens with a weekday's name and holds a year, in a dozen words
    at most (`SÁBADO, 23 DE NOVIEMBRE DE 2024 · 14:06h.`): the page's day of reading over its
    masthead, no text (and no date: it is dropped, never read as the article's)."""
    first = re.match(r"^\W*([^\W\d_]+)", line)
    return bool(first and first[1].casefold() in WEEKDAYS and re.search(r"\b(?:19|20)\d{2}\b", line)) \
        and size(line) <= 12


def _credit_above(line: str, found: Found) -> bool:
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
    if src.crumb_site(line):  # `1. come-on.de` over the headline: the site's name, first in its breadcrumb
        found.sources.setdefault("line", src.crumb_site(line))
        return True
    if src.labelled_source(line) or src.aged_outlet(line):
        found.sources.setdefault("label", src.labelled_source(line) or src.aged_outlet(line))
        return True
    signature = by.name_and_outlet(line)
    if signature:
        found.set("author", (signature[0],))
        found.sources.setdefault("byline", signature[1])
        return True
    if by.reporter_line(line):  # a reporter's credit over a headline printed at the foot (an AMP page's order)
        found.set("author", by.reporter_line(line))
        return True
    return False


def _read_header_line(lines: list[str], i: int, found: Found) -> bool | None:
    """Read a line between the headline and the first paragraph of running text: True when it
    is metadata or furniture (dropped), False to keep it, None when the body starts here."""
    # The header rules in the order they must be tried (each its own function): the order is
    # the rule, so they are read top to bottom, here and in _caption_or_standfirst.
    line = lines[i]
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if src.head_notice_holder(line):  # the publisher's or the provider's notice over the text
        found.sources.setdefault("copyright", src.head_notice_holder(line))
    handled, kept = _read_header_image_or_date(line, following, found)
    if handled:
        return kept
    if _INITIALS.fullmatch(line.strip()) and found.title:
        found.notes.append(f"author: '{line.strip()}' gives the writer's initials only: not taken")
        return True  # `J.G.` under the headline: the writer's initials, no standfirst and no text
    if _caption_or_standfirst(lines, i, following, found) or _caption_in_full(line, found) \
            or _names_over_agency(lines, i, found) or _name_on_two_lines(lines, i, found):
        return True
    if _credit_tag_line(line, found):
        return True
    if _body_starts(line, following):
        return None
    if common_word_tag(line, lines):
        return True  # a page's tag over the text (`RENTREE`), not its dateline
    if _header_metadata(lines, i, found) or _read_header_credit(line, found):
        return True
    return _short_label(line, following)


def _credit_tag_line(line: str, found: Found) -> bool:
    """A credit tag over the lead, alone or with the story's subtitle (rules.dateline.credit_line_over_lead): the
    outlet, the reporter and the place are read as the lead's credit is, the subtitle is the standfirst, and the
    line goes."""
    credit, subtitle = credit_line_over_lead(line)
    if not credit:
        return False
    found.set("dateline", read_wire_credit(line.strip(), found))
    found.set("summary", subtitle)
    return True


def _name_on_two_lines(lines: list[str], i: int, found: Found) -> bool:
    """A person's name alone on a line and again on the next (the writer's picture's alternative text,
    then the name): the author, both lines out of the text. A name printed once is no surer a writer's."""
    name = lines[i].strip()
    twice = (i + 1 < len(lines) and lines[i + 1].strip() == name) or (i and lines[i - 1].strip() == name)
    if not twice or not found.title or len(name.split()) < 2 or not by.is_name(name) or by.is_collective(name) \
            or any(w in src._MASTHEAD_WORDS for w in name.split()):
        return False
    found.set("author", (name,))
    return True


#: A writer's initials alone on a line, as local papers sign (`J.G.`, `A. P. F.`, `J.-M.D.`).
_INITIALS = re.compile(rf"(?:{INITIAL}\s?){{2,4}}")


def _caption_in_full(line: str, found: Found) -> bool:
    """A line that opens with the caption read above it cut short (`Le train s'est scindé en deux pour
    une... (PHOTO X, AFP)` over `Le train s’est scindé en deux pour une raison …`): the caption printed
    whole under its teaser, which it replaces."""
    short = str(found.values.get("image_caption", ""))
    stem = re.sub(r"\s*(?:\.{3}|…)$", "", short)
    if stem == short or size(stem) < 4:
        return False
    if not _same_quotes(line).startswith(_same_quotes(stem)) or len(line) <= len(short):
        return False
    found.values["image_caption"] = line.strip()
    return True


def _names_over_agency(lines: list[str], i: int, found: Found) -> bool:
    """Names in capitals, parted by commas or `et`/`and`/`und`/`y`, on the line right over an agency's
    name alone (`JULIE CHABANAS, DIANE FALCONER` / `Agence France-Presse`): a wire's byline, the
    authors (read in title case). A word the copy also writes in lower case is no name's
    (`DERNIÈRE MINUTE` over a text that says `à la dernière minute`)."""
    line, following = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
    if not src.known_agency(following.strip()) or found.values.get("author") or not line.isupper():
        return False
    names = [by.title_case_caps(part.strip()) for part in re.split(r",|\s(?:ET|AND|UND|Y)\s", line) if part.strip()]
    if not names or not all(2 <= len(n.split()) <= 4 and by.is_name(n) and not by.is_collective(n) for n in names):
        return False
    text = " ".join(lines[i + 2:])
    if any(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", text) for n in names for w in n.split()):
        return False
    found.set("author", tuple(names))
    return True


def _same_quotes(text: str) -> str:
    return re.sub(r"[’‘`]", "'", " ".join(text.split()))


def _folded(text: str) -> str:
    """`text` without its accents (`rentrée` → `rentree`), its case kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def common_word_tag(line: str, lines: list[str]) -> bool:
    """A word in capitals alone on a line (`RENTREE`) that the text itself writes in lower case
    (`Une rentrée ensoleillée`), accents aside: a common noun, the page's tag or section over the
    text, never a place (a place's name is capitalised wherever the text names it). A word the text
    never writes in lower case (`MADRID`) may still be the dateline."""
    word = line.strip()
    if not CAPS_PLACE.fullmatch(word) or " " in word:
        return False
    lower = re.compile(rf"(?<!\w){re.escape(_folded(word).lower())}(?!\w)")
    return any(lower.search(_folded(other)) for other in lines if other is not line)


def _caption_or_standfirst(lines: list[str], i: int, following: str, found: Found) -> bool:
    """The header rules tried before the text may start: highlights, pictures' labels and
    captions, column bylines, standfirsts, a name over its date, credited captions."""
    line = lines[i]
    if _highlight(lines, i, found) or _picture_label(line, following) or _column_byline(line, found) \
            or _dated_caption(line, following, found) or _pictured_caption(lines, i, found):
        return True
    if _standfirst_over_repeat(line, following, lines[i - 1], found) or _caption_printed_twice(line, following, found) \
            or _standfirst_over_byline(lines, i, found) or _round14_header(lines, i, found):
        return True
    if _name_over_date(lines, i, found) or _standfirst_by_position(lines, i, found) \
            or _caption_between_date_and_byline(lines, i, found):
        return True
    return _marked_or_credited_caption(lines, i, found)


def _marked_or_credited_caption(lines: list[str], i: int, found: Found) -> bool:
    """A caption its own convention marks (`… (Symbolbild).`, `… - Name - Agency`), read with its
    credit, or a caption over its credit line: no body."""
    line = lines[i]
    if (cap.marked_caption(line) or cap.dashed_photographer_credit(line)) and _read_header_credit(line, found):
        return True
    return _caption_over_credit(lines, i, found) or _caption_under_credit(lines, i, found)


def _caption_under_credit(lines: list[str], i: int, found: Found) -> bool:
    """The copy's first line a photo's credit (`PHOTO BY X`, read already), then one short sentence over
    a text at least twice as long: that sentence is the photo's caption, credited above it as alt-weeklies
    and magazines print it (`click to enlarge PHOTO BY X` / `One of … buses.` / text), no lead."""
    line = " ".join(lines[i].split())
    if i != 1 or found.title or found.values.get("image_caption") or not cap.credit_line(lines[0]) \
            or i + 1 >= len(lines) or SENTENCE_BREAK.search(line) or not SENTENCE_END.search(line):
        return False
    if size(line) > 20 or size(lines[i + 1]) < 2 * size(line) or read_dateline(line)[0] or by.read_byline(line):
        return False
    found.set("image_caption", line)
    return True


def _short_label(line: str, following: str) -> bool:
    """A word or two, not wrapped on to the next line: a label or a link (`Ver`, `Directo`); a
    script's speaker (`김유영 앵커>`, `Anchor>`) opens the text."""
    return size(line) <= 2 and not re.search(r"[.,;:!?。]|>$", line) and bool(following) \
        and not following[:1].islower()


def _body_starts(line: str, following: str) -> bool:
    """Whether the text starts at `line`: it opens the body, or it is a dateline broken from its lead
    at its dash (`SANTIAGO, Chile --` over `A powerful …`), or a sentence and another leading into a
    list under it (`Die Landtagswahl ist ausgezählt, das Ergebnis steht fest. Das sind die wichtigsten
    Fakten:`), which no label or deck is."""
    return opens_body(line) or bool(re.search(r"\s(?:--|[-–—])$", line) and read_dateline(f"{line} {following}")[0]) \
        or bool(line.rstrip().endswith((":", "：")) and SENTENCE_BREAK.search(line) and is_prose(following))


#: A credit's label on a line of its own, its credit on the next: `Crédits` / `© X`.
_CREDIT_LABEL = re.compile(r"^(?:crédits?|credits?|crédito|créditos|bildnachweis|fotos?|photos?)\s*:?$", re.IGNORECASE)


def _caption_over_credit(lines: list[str], i: int, found: Found) -> bool:
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


def _dated_caption(line: str, following: str, found: Found) -> bool:
    """One sentence closing with the day and year its picture was taken (`A man looks into a fissure
    …, near the city of Ridgecrest, July 5, 2019.`), right over the lead that opens with its dateline:
    the photo's caption, as agencies write them. A standfirst tells the story, not a day."""
    text = " ".join(line.split())
    if found.values.get("image_caption") or not cap.PHOTO_DAY.search(text) or re.search(r"[.!?]\s", text) \
            or size(text) < 8 or not read_dateline(following)[0] or read_dateline(text)[0]:
        return False
    found.set("image_caption", text)
    return True


#: A sentence that says what its picture shows: `A map on the U.S. Geological Survey shows where …`,
#: `Satellite images show …`.
_SHOWS = re.compile(r"^(?:An?|The|This|These)?\s*(?:[\w.-]+\s){0,2}(?:maps?|charts?|graphics?|graphs?|satellite images?"
                    r"|screenshots?|images?|photos?|photographs?|pictures?|video stills?)\b.{0,80}?\bshows?\b",
                    re.IGNORECASE)


def _pictured_caption(lines: list[str], i: int, found: Found) -> bool:
    """One sentence that says what its picture shows (`A map … shows where …`), right over the lead
    that opens with its dateline (even a dateline alone on its line): the picture's caption, as the
    position rule has it; a standfirst tells the story, not what a picture shows."""
    text = " ".join(lines[i].split())
    lead = " ".join(lines[i + 1:i + 3])
    if found.values.get("image_caption") or not _SHOWS.match(text) or SENTENCE_BREAK.search(text) \
            or not SENTENCE_END.search(text) or not read_dateline(lead)[0] or read_dateline(text)[0]:
        return False
    found.set("image_caption", text)
    return True


def _column_byline(line: str, found: Found) -> bool:
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


def _standfirst_over_byline(lines: list[str], i: int, found: Found) -> bool:
    """The line right under the headline, with the byline (or the writer's name) right under it,
    is the standfirst, even a finished sentence: the text starts below the credits (`headline` /
    `standfirst.` / `A cura di X` / text)."""
    line, following = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
    if not found.title or not i or lines[i - 1] != found.title or found.values.get("summary") or size(line) < 8 \
            or cap.trailing_credit(line) or by.read_byline(line) or read_dateline(line)[0]:
        return False
    # (a paragraph between the headline and the dateline stays text: a paste that lost its photo
    # shows the caption there as often as a standfirst)
    if not (_credit_under(following, found) or _standfirst_over_credit_block(lines, i, found)):
        return False
    found.set("summary", line)
    return True


def _standfirst_over_credit_block(lines: list[str], i: int, found: Found) -> bool:
    """Whether line `i`, right under the headline, is a standfirst over the story's credit block: a
    byline, a reporter's credit or the date line, alone or as a list item (`• 이봉규 기자`, `• 승인
    2018.06.14 02:27`), with only labels between (`National News`, `descripción de la imagen`, a photo's
    credit), and running text under the block. A page prints its credits between the standfirst and the
    text, never inside the text. A standfirst is longer than its headline (a line no longer is the
    headline printed again, or a second one), opens with no dateline (that is the lead), and does not
    speak of a picture (that is the caption); in a headline's case it is a headline."""
    line = lines[i]
    if size(line) <= size(found.title) or dated_place(line, lead=True) or cap.PHOTO_WORDS.search(line) \
            or (re.search(r"[A-Za-z]{4}", line) and title_cased(line)):
        return False
    k = _credit_block_at(lines, i, found)
    if k < 0 or not _text_below(lines, k, size(line)):
        return False
    # (a headline sharing no word with what is under it is a site's name over the headline)
    return bool(content_units(found.title) & content_units(" ".join(lines[i:])))


def _credit_block_at(lines: list[str], i: int, found: Found) -> int:
    """Where the credit block under line `i` starts (a byline, a reporter's credit or a date line, alone or as a
    list item), past labels of four words at most; -1 when running text or a longer line comes first."""
    for k in range(i + 1, min(i + 6, len(lines))):
        bare = LIST_MARK.sub("", lines[k].strip())
        if _credit_under(bare, found) or date_line(bare, found) is not None:
            return k
        if is_prose(lines[k]) or size(lines[k]) > 4:
            return -1
    return -1


def _text_below(lines: list[str], k: int, least: int) -> bool:
    """Whether running text longer than `least` words stands under line `k` (credits at a text's foot
    stand under the text, not over it)."""
    return sum(size(ln) for ln in lines[k + 1:] if is_prose(ln)) > least


#: A Korean photo caption's ending, the present progressive of what the picture shows (`… 촬영하고 있다.`).
_PICTURED_NOW = re.compile(r"(?:고|하고|며) 있다\.$")


def _caption_between_date_and_byline(lines: list[str], i: int, found: Found) -> bool:
    """One sentence in the header right under the date line with the byline right under it, that
    reads as a caption (a photo's word or credit, its day, a Korean caption's `…하고 있다.`): the
    lead photo's caption, which the page prints between its time and its writer (the text starts
    below the credits)."""
    line = lines[i]
    if not found.title or not i or i + 1 >= len(lines) or found.values.get("image_caption") \
            or date_line(lines[i - 1], found) is None or not _credit_under(lines[i + 1], found) \
            or SENTENCE_BREAK.search(line) or size(line) < 6:
        return False
    if not (_says_caption(line) or (found.language == "ko" and _PICTURED_NOW.search(line))):
        return False
    found.set("image_caption", line)
    return True


def _credit_under(line: str, found: Found) -> bool:
    """Whether `line`, under a standfirst, credits the story: a byline, the writer's name (printed
    twice, or a reporter's credit), a Korean date line that opens with the writer, or a date line
    that names the outlet after it (`2013年12月20日 星期五 新京报`)."""
    return bool(by.read_byline(line) or by.doubled_name(line) or by.reporter_line(line) or dated_reporter(line)
                or (date_line(line, found) is not None and src.dated_outlet(line)))


def _standfirst_over_repeat(line: str, following: str, above: str, found: Found) -> bool:
    """A line between the headline and the headline printed again is the standfirst; not a line
    under another line (a reposting blog's heading and comment between its title and the item's)."""
    if not found.title or found.values.get("summary") or following != found.title or size(line) < 8 \
            or found.title not in above or cap.trailing_credit(line) or by.read_byline(line):
        return False
    found.set("summary", line)
    return True


def _caption_printed_twice(line: str, following: str, found: Found) -> bool:
    """A caption printed twice under the headline, the second time with its credit glued on (a
    paste of an image's text and its caption): `Caption.` over `Caption.(Name : Agency)`."""
    pair = cap.caption_then_credited(line, following)
    if not pair:
        return False
    found.set("image_caption", pair[0])
    found.set("image_credit", pair[1])
    return True


def _round14_header(lines: list[str], i: int, found: Found) -> bool:
    """A picture's alt text and caption over the standfirst, or a Korean deck under the dated header."""
    return _alt_text_and_caption(lines, i, found) or _deck_under_dated_header(lines, i, found)


def _alt_text_and_caption(lines: list[str], i: int, found: Found) -> bool:
    """A sentence printed twice in a row under the headline with a standfirst under it (two or three
    finished sentences, forty words at most, over a longer paragraph of text): a picture's alternative
    text and its caption, as a paste of a page's lead photo gives them, over the standfirst; the
    caption (both copies go). Printed twice right over the lead, it is the standfirst printed twice
    (a page's description and its standfirst), and stays for the standfirst rules."""
    line = lines[i]
    if i and lines[i - 1] == line and found.values.get("image_caption") == line:
        return True  # the second copy
    if i + 3 >= len(lines) or lines[i + 1] != line or not found.title or found.title in line \
            or size(line) < 4 or not SENTENCE_END.search(line) or found.values.get("image_caption"):
        return False
    if not _standfirst_over_lead(lines[i + 2], lines[i + 3]):
        return False
    found.set("image_caption", line)
    return True


def _standfirst_over_lead(under: str, lead: str) -> bool:
    """Two or three finished sentences, forty words at most, over a longer paragraph of running text."""
    return 2 <= len(SENTENCE_BREAK.split(under)) <= 3 and size(under) <= 40 and bool(FULL_STOP.search(under)) \
        and is_prose(lead) and size(lead) > size(under)


def _highlight(lines: list[str], i: int, found: Found) -> bool:
    """A list item under the headline with the page's credit or date lines under the list, the photo's
    caption printed twice with its credit, or the lead opening with its dateline right under it: one of
    the page's highlights (`• La Junta ha activado …` over `RTVE.es / AGENCIAS`; `• Selon le directeur …`
    over `NEW YORK: Les …`), not the text."""
    if not found.title or not LIST_ITEM.match(lines[i]):
        return False
    rest = [ln for ln in lines[i + 1:i + 8] if not LIST_ITEM.match(ln)][:2]
    if rest and is_prose(rest[0]) and (read_dateline(rest[0])[0] or dated_place(rest[0], lead=True)):
        return True
    if _over_repeat_or_key_points(lines, i, found):
        return True
    return any(date_line(ln, found) is not None or src.outlet_with_agencies(ln) or src.known_agency(ln)
               or by.read_byline(ln) or src.powered_by(ln) for ln in rest)


def _over_repeat_or_key_points(lines: list[str], i: int, found: Found) -> bool:
    """Whether the list item at `i` is over a caption printed twice with its credit, or one of the key points."""
    return _over_credited_repeat(lines, i) or _key_points_over_text(lines, i, found)


def _key_points_over_text(lines: list[str], i: int, found: Found) -> bool:
    """Whether the list item at `i` is one of two to five right under the headline, each a statement of
    eight words or more with no final stop, over a paragraph of two sentences or more: the page's key
    points (`• El Gobierno advierte de que …` / `• Los agricultores reducen …`), not the text. A list
    of short items, or of finished sentences, or one over no running text, stays."""
    first = i
    while first > 0 and LIST_ITEM.match(lines[first - 1]):
        first -= 1
    last = i
    while last + 1 < len(lines) and LIST_ITEM.match(lines[last + 1]):
        last += 1
    items = lines[first:last + 1]
    return first > 0 and lines[first - 1] == found.title and 2 <= len(items) <= 5 and last + 1 < len(lines) \
        and all(size(item) >= 8 and not SENTENCE_END.search(item) for item in items) \
        and is_prose(lines[last + 1]) and bool(SENTENCE_BREAK.search(lines[last + 1]))


def _over_credited_repeat(lines: list[str], i: int) -> bool:
    """Whether the first line under the list at `i` that is no list item opens a caption printed twice
    with its credit (see credited_repeat)."""
    below = next((k for k in range(i + 1, min(i + 8, len(lines))) if not LIST_ITEM.match(lines[k])), -1)
    return below >= 0 and bool(credited_repeat(lines, below)[0])


def _header_metadata(lines: list[str], i: int, found: Found) -> bool:
    """A header line that is a date line, a source label, the headline again or a deck (read)."""
    line = lines[i]
    when = date_line(line, found)
    if when is not None:
        record_date(when, line, found)
        return True
    if wire_credit(line)[3] == line.strip() and read_wire_credit(line, found) is not None:
        found.set("dateline", wire_credit(line)[2])  # a wire's credit alone on its line: `中央社／ 台北22日電`
        return True
    label = src.labelled_source(line) if is_short(line) else ""
    if label:
        _header_label(line, lines[i - 1] if i else "", label, found)
        return True
    if found.title and size(line) >= 3 and " ".join(line.split()) in found.title:
        return True  # the headline printed again, broken over lines
    if update_label(line):
        return True  # `(Update: Confirmed cases to 19; …)` under the headline: the page's note, no summary
    return _deck(lines, i, found)


def _deck(lines: list[str], i: int, found: Found) -> bool:
    """A deck: the one line right under the headline, of eight words or more and no finished
    sentence, with the text's first paragraph right under it (`A 5.4-magnitude earthquake struck
    northeast China early Sunday morning` over `BEIJING (AP) — ...`): the summary. A list item,
    a byline or a caption with its credit is none."""
    line = lines[i]
    if not (found.title and i and found.title in _above_initials(lines, i)) or found.values.get("summary"):
        return False
    if size(line) < 8 or SENTENCE_END.search(line) or LIST_ITEM.match(line) \
            or not opens_body(_body_under_deck(lines, i)) or _credit_or_caption(line) \
            or _first_subheading(lines, i, found):
        return False
    if cap.PICTURE_OPENING.match(line) or cap.PICTURE_WORDS.search(line):
        found.set("image_caption", line)  # a line that speaks of its picture: `Imagen del río …` is its caption
        return True
    found.set("summary", line)
    return True


def _deck_under_initials(lines: list[str], i: int, found: Found) -> bool:
    """A deck (see _deck) under the writer's initials under the headline (`Headline` / `J.G.` / `-` / deck)."""
    return _INITIALS.fullmatch(_above_dash(lines, i).strip()) is not None and _deck(lines, i, found)


def _above_dash(lines: list[str], i: int) -> str:
    return lines[i - 2] if i >= 2 and lines[i - 1].strip() in ("-", "–", "—") else lines[i - 1] if i else ""


def _above_initials(lines: list[str], i: int) -> str:
    """The line above `i`, past a writer's initials and a lone dash under them (`Headline` / `J.G.` / `-`)."""
    k = i - 1
    while k > 0 and (_INITIALS.fullmatch(lines[k].strip()) or lines[k].strip() in ("-", "–", "—")):
        k -= 1
    return lines[k]


def _first_subheading(lines: list[str], i: int, found: Found) -> bool:
    """A line under the headline, shorter than it, in a text that sets subheadings of its kind between
    its paragraphs further down (a line with no final stop, of its length at most, between two
    paragraphs of running text): the first section's subheading, never the summary
    (a forecaster's `北海道白老町の森野 観測史上1位の大雨` over its paragraph, `夜にかけても局地的に大雨` lower)."""
    line = lines[i]
    if size(line) >= size(found.title):
        return False
    return any(is_prose(lines[k - 1]) and SENTENCE_END.search(lines[k - 1]) and is_prose(lines[k + 1])
               and is_headline_like(lines[k]) and not is_prose(lines[k]) and not SENTENCE_END.search(lines[k])
               and not LIST_ITEM.match(lines[k]) and size(lines[k]) <= size(line)
               for k in range(i + 2, len(lines) - 1))


def _standfirst_by_position(lines: list[str], i: int, found: Found) -> bool:
    """The standfirsts a line's place tells (over the credits, over a dated lead, a question under
    the headline), and the caption read under a deck."""
    line = lines[i]
    if _deck_over_credits(lines, i, found) or _standfirst_over_placed_lead(lines, i, found) \
            or _question_under_headline(lines, i, found) or _deck_under_initials(lines, i, found):
        return True
    return bool(_agency_glued(line)) and _agency_glued(line) == found.values.get("image_caption")


def _deck_over_credits(lines: list[str], i: int, found: Found) -> bool:
    """A deck of any length (eight words or more, no final stop) right under the headline, with a
    photo's caption and its credit, the writer's name or a related story's link between it and the
    text: the summary. A lead ends with its stop, and a page prints its credits above the lead,
    never inside it. A page that prints two standfirsts, one finished sentence right under the
    headline and such a deck under it, gives the first as the summary; both leave the text."""
    if not (found.title and i and found.title in lines[i - 1]):
        return _second_standfirst(lines, i, found)
    if found.values.get("summary"):
        return False
    if _is_deck_over_credits(lines, i):
        found.set("summary", lines[i])
        _read_glued_caption(lines, i + 1, found)
        return True
    sentence = lines[i]
    if 8 <= size(sentence) <= 40 and FULL_STOP.search(sentence) and not SENTENCE_BREAK.search(sentence) \
            and not _credit_or_caption(sentence) and not read_dateline(sentence)[0] \
            and i + 1 < len(lines) and _is_deck_over_credits(lines, i + 1):
        found.set("summary", sentence)
        return True
    return False


def _standfirst_over_placed_lead(lines: list[str], i: int, found: Found) -> bool:
    """One or two finished sentences (twelve to fifty words) under the headline's header lines,
    right over a lead that opens with its place and a spaced dash (`Lüdenscheid - …`): the
    standfirst, as German papers print the Vorspann over the dated lead. A caption says it is one
    (a photo's word, its credit, its day), and no dateline opens a standfirst."""
    line = lines[i]
    if not found.title or found.values.get("summary") or i + 1 >= len(lines) or not dashed_place(lines[i + 1]):
        return False
    if not 12 <= size(line) <= 50 or not FULL_STOP.search(line) or len(SENTENCE_BREAK.split(line)) > 2 \
            or read_dateline(line)[0] or dated_place(line, lead=True) or _says_caption(line) \
            or not is_prose(lines[i + 1]) or size(lines[i + 1]) <= size(line):
        return False
    found.set("summary", line)
    return True


def _deck_under_dated_header(lines: list[str], i: int, found: Found) -> bool:
    """In Korean copy, a deck under the headline's header block: a line of three words or more with
    no final stop (`《…》 발간, 설명회 개최`), right under header lines that are a date line and labels
    of four words at most (`이 기사를 공유합니다`), with the lead right under it (running text, twice as
    long at least): the summary, which pages print at the head of the text. A second headline or deck
    stands above the date; a header that holds a longer line (a second deck) leaves it."""
    if found.values.get("summary") or i + 1 >= len(lines) or not _under_dated_header(lines, i, found) \
            or not _korean_deck(lines[i], lines[i + 1]):
        return False
    found.set("summary", lines[i])
    return True


def _under_dated_header(lines: list[str], i: int, found: Found) -> bool:
    """Whether the lines between the headline and line `i` are a date line and short labels only."""
    top = max((k for k in range(i) if found.title and found.title in lines[k]), default=-1)
    header = lines[top + 1:i]
    return top >= 0 and any(date_line(h, found) is not None for h in header) \
        and all(date_line(h, found) is not None or size(h) <= 4 for h in header)


def _korean_deck(line: str, lead: str) -> bool:
    """A Korean deck's shape over its lead: no stop, no credit, caption, name, menu, dateline or label's
    line (`Source : TF1 Info`), the lead running text twice its length at least."""
    if not re.search(r"[가-힣]", line) or size(line) < 3 or SENTENCE_END.search(line) or LIST_ITEM.match(line):
        return False
    if _credit_or_caption(line) or _between_deck_and_text(line) or is_menu_line(line) or read_dateline(line)[0] \
            or re.match(r"^[^\W\d][\w .'’-]{0,24}\s?[:：]", line):
        return False
    return opens_body(lead) and is_prose(lead) and size(lead) > 2 * size(line)


def _says_caption(line: str) -> bool:
    """A line that says it is a photo's caption or credit: its credit, a photo's word, its opening
    (`Bild vom …`) or the day the photo was taken."""
    return bool(_credit_or_caption(line) or cap.PHOTO_WORDS.search(line) or cap.PICTURE_OPENING.match(line)
                or cap.PHOTO_DAY.search(line))


def _question_under_headline(lines: list[str], i: int, found: Found) -> bool:
    """One question alone right under the headline (six to forty words), over a longer paragraph of
    running text: the subtitle, which asks what the text answers."""
    line = lines[i]
    if not found.title or not i or lines[i - 1] != found.title or found.values.get("summary") \
            or i + 1 >= len(lines) or not line.endswith("?") or SENTENCE_BREAK.search(line) \
            or not 6 <= size(line) <= 40 or not is_prose(lines[i + 1]) or size(lines[i + 1]) <= 2 * size(line):
        return False
    found.set("summary", line)
    return True


def _agency_glued(line: str) -> str:
    """The caption of a line with no stop and an agency's name glued at its end (a photo's caption
    and its credit: `… ni el jurado EFE`); '' for any other line."""
    glued = AGENCY_GLUED.match(line)
    return glued["caption"] if glued and src.known_agency(glued["credit"]) else ""


def _read_glued_caption(lines: list[str], i: int, found: Found) -> None:
    """A caption with its agency glued on (`… ni el jurado EFE`) under the deck, and the writer's
    name alone under it (as papers print the photo, then the byline): caption, credit and author."""
    glued = AGENCY_GLUED.match(lines[i])
    if not _agency_glued(lines[i]) or not glued:
        return
    found.set("image_caption", glued["caption"])
    found.set("image_credit", glued["credit"])
    name = lines[i + 1].strip()
    if by.is_name(name) and len(name.split()) >= 2 and not by.is_collective(name):
        found.set("author", (name,))


def _second_standfirst(lines: list[str], i: int, found: Found) -> bool:
    """The deck under the standfirst that `_deck_over_credits` read, right under the headline."""
    return bool(i >= 2 and found.title in lines[i - 2] and lines[i - 1] == found.values.get("summary")
                and _is_deck_over_credits(lines, i))


def _is_deck_over_credits(lines: list[str], i: int) -> bool:
    """Whether the line at `i` is a deck (see `_deck_over_credits`) over credits and the text."""
    line = lines[i]
    if i + 2 >= len(lines) or not _between_deck_and_text(lines[i + 1]) or no_space_share(line) > 0.5:
        return False  # (Japanese and Chinese headlines end without a stop too: a deck there is no surer)
    if size(line) < 8 or SENTENCE_END.search(line) or LIST_ITEM.match(line) or _credit_or_caption(line) \
            or read_dateline(line)[0] or cap.PICTURE_OPENING.match(line) or _agency_glued(line) \
            or lines[i + 1].startswith(line):
        return False  # (a caption: its agency glued on, or printed again with its credit)
    under = _text_past_credits(lines, i)
    return opens_body(under) and is_prose(under) and not _between_deck_and_text(under)


def _body_under_deck(lines: list[str], i: int) -> str:
    """The line under the deck at `i`, past a release's issuer, a wire's name or its place
    printed between the deck and the text (two such lines at most); '' at the end."""
    ahead = i + 1
    while ahead + 1 < len(lines) and ahead <= i + 2 and (
            src.company_line(lines[ahead]) or src.known_agency(lines[ahead]) or CAPS_PLACE.fullmatch(lines[ahead])
            or cap.trailing_credit(lines[ahead])):  # (a photo's caption with its credit: `… - Foto: X`)
        ahead += 1
    return lines[ahead] if ahead < len(lines) else ""


def _text_past_credits(lines: list[str], i: int) -> str:
    """The line under the deck at `i`, past the credits and links between it and the text (see
    `_between_deck_and_text`, two lines at most); '' when there are none, or more."""
    ahead = i + 1
    while ahead < len(lines) and ahead <= i + 2 and _between_deck_and_text(lines[ahead]):
        ahead += 1
    if i + 1 < ahead and _writers_place_and_date(lines, ahead):
        ahead += 2  # the writer's name (printed twice), then their city and the date line
    return lines[ahead] if i + 1 < ahead < len(lines) else ""


def _writers_place_and_date(lines: list[str], at: int) -> bool:
    """Whether the lines at `at` are a place's name of one word (the city the writer files from)
    over a date line, as papers print them under the writer's name: `Valencia` / `Miércoles, 13 de
    agosto 2025, 00:25`."""
    return at + 2 < len(lines) and bool(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{2,20}", lines[at].strip())) \
        and read_date_line(lines[at + 1]) is not None


def _between_deck_and_text(line: str) -> bool:
    """A line a page prints between its deck and the text: a release's issuer, an agency, a place
    in capitals, a photo's caption ending with its credit, a byline or the writer's name alone, a
    short list item (a related story's link)."""
    if src.company_line(line) or src.known_agency(line) or CAPS_PLACE.fullmatch(line):
        return True
    if (cap.trailing_credit(line) or cap.marked_caption(line)) and not read_dateline(line)[0]:
        return True
    if _agency_glued(line):  # `… sin presencia del jurado EFE`: a caption, its agency glued on
        return True
    name = by.title_case_caps(line.strip())
    if by.read_byline(line) or (2 <= len(name.split()) <= 4 and by.is_name(name) and not by.is_collective(name)):
        return True
    return bool(LIST_ITEM.match(line)) and size(line) <= 6


def _credit_or_caption(line: str) -> bool:
    """A byline (even a nameless one), a caption or a photo's credit, or a menu: no deck."""
    return bool(by.read_byline(line) or cap.trailing_credit(line) or cap.marked_caption(line)
                or cap.dashed_agency_credit(line)
                or cap.credit_line(line) or is_menu_line(line) or cap.PICTURE_WORDS.search(line)
                or re.match(r"^(?:By|Par|Por|Von|Door|Di|Da)\b(?!\s+[a-zà-ÿ])", line, re.IGNORECASE))
    # (`Por decisión del magistrado, …`: the word opens a sentence, no byline)


def _read_header_image_or_date(line: str, following: str, found: Found) -> tuple[bool, bool | None]:
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
    bare = without_reading_time(line)  # (`Publié le 16 août 2024 Lecture : 3 minutes.`: the reading time's stop)
    korean_dots = re.search(r"\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.$", bare)  # `2018. 8. 31.`: the date's dot, no stop
    when = date_line(bare, found) if not SENTENCE_END.search(bare) or korean_dots else None
    if when is not None:  # a long date line (a CJK stamp with its credits) before the prose check
        record_date(when, line, found)
        return True, True
    return False, None


def _header_label(line: str, above: str, label: str, found: Found) -> None:
    """A `Quelle: X` / `Source: X` line under the headline. Right under the headline (or its date)
    it names the article's source; under another line that is no sentence (a photo's caption)
    it credits that line: the caption and its credit, never the source."""
    if not found.title or above in ("", found.title) or date_line(above, found) is not None \
            or SENTENCE_END.search(above) or not src.credits_either(line):
        found.sources.setdefault("label", label)
        return
    found.set("image_caption", above)
    found.set("image_credit", label)


def _read_header_credit(line: str, found: Found) -> bool:
    """Read a header line as a credit (byline, reporter, agency, caption, bare name); True when it
    is not body text. The checks go from the surest form to the loosest."""
    bare = re.sub(r"^[-–•·]\s*", "", line)
    return _person_credit(bare, found) or _other_credit(line, bare, found) or _header_shape(bare, found)


def _person_credit(bare: str, found: Found) -> bool:
    """A byline or a reporter's credit: the author."""
    credit = by.read_byline(bare)
    if credit:
        found.set("author", credit[0])
        if credit[1]:
            found.sources.setdefault("byline", credit[1])
        return True
    reporter = by.reporter_line(bare)
    if reporter:
        found.set("author", reporter)
        if src.reporter_outlet(bare):  # `□常德日报记者 黄媛媛`: the paper its reporter writes for
            found.sources.setdefault("byline", src.reporter_outlet(bare))
        return True
    signature = by.name_and_outlet(bare)
    if signature:  # `Vincent Trémolet de Villers. Le Figaro`: a columnist's signature with the paper
        found.set("author", (signature[0],))
        found.sources.setdefault("byline", signature[1])
        return True
    if by.doubled_name(bare):
        found.set("author", (by.doubled_name(bare),))
        return True
    return False


def _other_credit(line: str, bare: str, found: Found) -> bool:
    """A photo credit, an outlet's byline, an agency, a caption with its credit, a bare name."""
    if cap.credit_line(bare):
        found.set("image_credit", cap.credit_line(bare))
        return True
    if _outlet_byline(bare, found):
        return True
    outlet = _outlet_line(bare, found)
    if outlet:
        found.sources.setdefault("line", outlet)
        return True
    if _masthead_alone(bare, found):
        return True
    pair = cap.doubled_caption(bare) or cap.trailing_credit(bare)
    if pair and cap.is_ticker(pair[1]):
        pair = None  # `Fund name (BIT:CMTX)`: a security's exchange and symbol, no photo's credit
    if pair and (cap.PHOTO_WORDS.search(bare) or size(pair[0]) <= 60):
        found.set("image_caption", pair[0])
        found.set("image_credit", pair[1])
        return True
    marked = cap.marked_caption(bare) or cap.dashed_agency_credit(bare)
    if marked:  # `…首相=2021年12月`, `▲ 문일석 발행인. ©브레이크뉴스`
        found.set("image_caption", marked[0])
        if marked[1]:
            found.set("image_credit", marked[1])
        return True
    return bare != line and _bare_name(bare, found)


def _outlet_line(bare: str, found: Found) -> str:
    """The outlet a header line names alone: an agency, `X / AGENCIAS`, `… Powered by X`, a company,
    a newsroom, a Chinese report credit (`TNW中文站 10月14日报道`), on a release's page the
    issuer's name with its initials, or under the headline a paper's name in Korean, Japanese or
    Chinese script alone (`중앙일보`); '' otherwise."""
    issuer = src.initialled_name(bare) if found.values.get("release") else ""
    issuer = issuer or (src.cjk_outlet_alone(bare) if found.title else "")  # `중앙일보` under the headline
    return src.known_agency(bare) or src.outlet_with_agencies(bare) or src.powered_by(bare) \
        or src.company_line(bare) or src.newsroom(bare) or src.reported_by(bare) or issuer


def _header_shape(bare: str, found: Found) -> bool:
    """A line no text is made of, by its shape: a place (in capitals, or with its day), a dek of
    three words or more (`Bundesrat steht noch aus`), a label."""
    # Complexity 17: one question (is this line a header's by its shape?), its shapes in the
    # order they are tried.
    if CAPS_PLACE.fullmatch(bare) and not is_rubric(bare):
        found.set("dateline", bare)  # a place alone in capitals over the lead: `MADRID`, `NEW YORK`
        return True
    place, agency = place_day_alone(bare)
    if place:  # `New Delhi, June 27`: the place (no year: no date); `NEW YORK, Nov. 22, Kyodo`: and the agency
        found.set("dateline", place)
        if agency:
            found.sources.setdefault("dateline", agency)
        return True
    if is_headline_like(bare) and size(bare) >= 3 and not is_image_line(bare) and not _TAGS_LABEL.match(bare):
        if found.title and cap.PICTURE_WORDS.search(bare) and not SENTENCE_END.search(bare):
            found.set("image_caption", bare)  # a line under the headline that speaks of its picture
        return True  # a dek or a second headline under the headline: not body, and not surely a summary
    if by.EMPTY_BYLINE.match(bare):
        return True  # a credit without a name
    if not found.title and size(bare) <= 2 and not SENTENCE_END.search(bare) and "." not in bare:
        return True  # a word or two above a text without headline: a section label (`agenzia`, `快訊`)
    return is_label(bare)


#: `Par , France Bleu Armorique, France Bleu Breizh Izel`: a byline whose name is empty names outlets only.
_NAMELESS_BYLINE = re.compile(r"^(?:Par|By|Por|Von)\s*,\s*(?P<outlet>[^,]{2,40})(?:,.*)?$")


def _outlet_byline(line: str, found: Found) -> bool:
    """A byline that names an outlet: the paper's `聯合報／ 記者X／台北報導` (source, reporters and
    dateline), or one without a name (`Par , France Bleu Armorique`): the outlet is the source."""
    match = by.CJK_OUTLET_BYLINE.match(line)
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


def _name_over_date(lines: list[str], i: int, found: Found) -> bool:
    """A person's name alone on the line right under the headline, with the date line right under
    it (`Headline` / `Nupur Thapliyal` / `7 Feb 2021 10:07 AM IST`): the byline, as a credit block
    prints it. (A section's label stands over the headline, not between it and its date.)"""
    line = lines[i]
    if not found.title or not i or found.title not in lines[i - 1] or i + 1 >= len(lines) \
            or by.read_byline(line) or _ARTICLE_FIRST.match(line.strip()) or date_line(lines[i + 1], found) is None:
        return False  # (a By-line is read as one; `La Moncloa`, `The Herald`: an institution's name)
    return _bare_name(line.strip(), found)


#: An article opening a capitalised name: an institution's or a paper's (`La Moncloa`), no person's.
_ARTICLE_FIRST = re.compile(r"^(?:The|La|Le|Les|L['’]|El|Los|Las|Die|Der|Das|Il|Lo|Gli|O|Os|A|As|De|Het)\s",
                            re.IGNORECASE)


def _bare_name(bare: str, found: Found) -> bool:
    """A name alone on a list item under the headline (`- SARAH KIM`) is the byline."""
    name = by.title_case_caps(bare)
    if found.values.get("author") or not by.is_name(name) or len(name.split()) < 2 or by.is_collective(name) \
            or any(w in src._MASTHEAD_WORDS for w in name.split()):
        return False
    found.set("author", (name,))
    return True
