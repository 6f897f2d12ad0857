"""The first pass of `extract`: the text's paragraphs, clean. Blank-looking lines are blank;
page furniture goes (the site's `furniture` lines and the general forms in `rules.furniture`),
keeping what it says of the text (the outlet a portal took the story from, a copyright holder,
the release wire's issuer in a cut-off foot); a masthead's date above the page's menu goes;
lines that a page's lost line breaks glued together (a headline and a dateline, a headline and
a time stamp) are split again; the article ends where the page's list of other stories starts."""

from __future__ import annotations

import re

from gazette.importer.passes.found import Found, Gap, date_line
from gazette.importer.read_text import paragraphs_of
from gazette.importer.rules import byline as by
from gazette.importer.rules import caption as cap
from gazette.importer.rules import source as src
from gazette.importer.rules.dateline import read_dateline
from gazette.importer.rules.dates import event_schedule
from gazette.importer.rules.furniture import (
    CRUMB_LABEL,
    comment_actions,
    comment_heading,
    copyright_notice,
    numbered_crumb,
    breadcrumb_items,
    day_links,
    ends_head,
    is_furniture,
    is_menu_line,
    is_page_furniture,
    leading_crumb_lines,
    link_list,
    menu_run,
    opens_more,
    paywall_cut,
    post_category,
    read_also,
    strip_glued_tail,
)
from gazette.importer.rules.mail import newsletter_head
from gazette.importer.rules.text import (
    LIST_ITEM,
    SENTENCE_END,
    content_units,
    is_headline_like,
    is_prose,
    is_table,
    size,
    table_at,
)


# A headline run into the dateline of the text under it when a page's line breaks were lost:
# "Senate Democrats win vote WASHINGTON (MarketWatch) -- The Senate approved ...", also a release
# wire's between slashes: "… Financial Results ALEXANDRIA, Va., Feb. 17 /PRNewswire-FirstCall/ -- …".
_GLUED_DATELINE = re.compile(r"^(?P<head>[^.!?]{10,150}?[a-z\d'’\"”])\s(?P<rest>[A-Z][A-Z.'’ -]{2,30}"
                             r"(?:,\s[^()/]{1,20})?\s(?:\([^()]{2,30}\)|/[A-Za-z][\w .-]{2,30}/)\s*(?:--|—|–|-)\s.+)$")


#: An empty HTML comment that a script-built page leaves in its copied text (`…convictions"<!-- --> | Atlantico.fr`).
_HTML_COMMENT = re.compile(r"<!--.{0,40}?-->")


def clean(text: str, furniture: tuple[str, ...], found: Found) -> list[list[str]]:
    out: list[list[str]] = []
    prose = False  # running text seen yet
    paragraphs = _without_picture_labels(_captions_credited_again(_without_headline_lists(_tables_apart(
        _unwrapped(_without_crumb_lines(_under_labelled_crumb(paragraphs_of(_HTML_COMMENT.sub("", text))), found)))),
        found))
    paragraphs = _down_to_notice(paragraphs)
    _read_newsletter_head(paragraphs, found)
    for k, paragraph in enumerate(paragraphs):
        if _passed_over(paragraphs, k, prose, found) or prose and _paywall_over_text(paragraphs, k):
            continue
        if is_table(paragraph):  # a table of the text (its rows are no menu between bars)
            out.append(paragraph)
            continue
        if prose and out and comment_actions(paragraph[0]):  # a comment's links: the comment above it, and on
            out.pop()  # (the comments under the text, one before the first links, none titled)
            break
        after = paragraphs[k + 1][0] if k + 1 < len(paragraphs) else ""
        lines, prose, ended = _cleaned(paragraph if prose else _without_page_lists(paragraph, found, after),
                                       furniture, found, out, prose)
        if lines:
            out.append(lines)
        if ended:  # the page's other stories follow: the article ended
            _read_cut_foot(paragraphs[k:], found)
            break
    return [p for p in out if p]


def _down_to_notice(paragraphs: list[list[str]]) -> list[list[str]]:
    """The paragraphs down to the copyright notice under the text, when every line under it is no
    sentence: a notice closes an article's copy, and the lines of a few words under it are the page's
    other stories' headlines (`3년 만의 정권 교체…이재명 "모두의 대통령 되겠다"`). A notice amid the text
    (a photo's `© DR`) has sentences under it."""
    lines = [(i, j, ln) for i, p in enumerate(paragraphs) for j, ln in enumerate(p)]
    text_above = False  # a finished sentence of running text above the line
    for n, (i, j, ln) in enumerate(lines):
        under = lines[n + 1:] if text_above and copyright_notice(ln) else []
        if under and all(not SENTENCE_END.search(u) and is_headline_like(u) for _, _, u in under):
            return paragraphs[:i] + [paragraphs[i][:j + 1]]
        text_above = text_above or bool(is_prose(ln) and SENTENCE_END.search(ln))
    return paragraphs


#: A picture's label as a report's page prints it: the day in figures glued before a few words (`9.6美馬警察署
#: 車両相互`, `9.2 徳島東 歩行者横断中`).
_DAY_LABEL = re.compile(r"^\d{1,2}\.\d{1,2}\s?(?=[^\d\s.])(?P<words>.{2,30})$")


def _without_picture_labels(paragraphs: list[list[str]]) -> list[list[str]]:
    """The paragraphs without pictures' labels (_DAY_LABEL, no stop) whose words the lines around them
    say (four in five of them, in the six lines above and under): a picture of the report, its
    alternative text, and no text."""
    flat = [line for paragraph in paragraphs for line in paragraph]
    labels: set[int] = set()
    for i, line in enumerate(flat):
        match = _DAY_LABEL.match(line.strip())
        if match and not SENTENCE_END.search(line):
            words = content_units(match["words"])
            said = words & content_units(" ".join(flat[max(0, i - 6):i] + flat[i + 1:i + 7]))
            if words and len(said) >= 0.8 * len(words):  # (a compound glued in the label makes a pair of its own)
                labels.add(i)
    if not labels:
        return paragraphs
    out, i = [], 0
    for paragraph in paragraphs:
        kept = [line for j, line in enumerate(paragraph, start=i) if j not in labels]
        i += len(paragraph)
        if kept:
            out.append(kept)
    return out


def _captions_credited_again(paragraphs: list[list[str]], found: Found) -> list[list[str]]:
    """A line of no sentence printed again under itself with a known agency after a slash or a dash (a
    picture's alternative text, then its caption with the credit: `Valores del Ibex 35 en un panel …` /
    `Valores del Ibex 35 en un panel … / Europa Press`): the photo's caption and credit, both lines out of
    the text, and the agency's initials alone under them (`EP`, in a byline's place: the story's source)."""
    out: list[list[str]] = []
    k = 0
    while k < len(paragraphs):
        pair = paragraphs[k] if len(paragraphs[k]) == 2 else \
            [paragraphs[k][0], paragraphs[k + 1][0]] if k + 1 < len(paragraphs) and len(paragraphs[k]) == 1 \
            and len(paragraphs[k + 1]) == 1 else []  # (two lines, in one paragraph or two of a line each)
        credit = _credited_again(pair)
        if not credit:
            out.append(paragraphs[k])
            k += 1
            continue
        found.set("image_caption", pair[0].strip())
        found.set("image_credit", credit)
        k += 1 if len(paragraphs[k]) == 2 else 2
        if k < len(paragraphs) and len(paragraphs[k]) == 1 and _initials(credit) == paragraphs[k][0].strip():
            found.sources.setdefault("byline", credit)  # the agency's initials in the byline's place: `EP`
            k += 1
    return out


def _initials(name: str) -> str:
    """`EP` of `Europa Press`: the capitals opening a name's words (two or more)."""
    words = name.split()
    return "".join(w[0] for w in words) if len(words) >= 2 and all(w[:1].isupper() for w in words) else ""


#: What follows a line printed again with its agency's credit: `/ Agency`, `- Agency` (see _credited_again).
_AGAIN_CREDIT = re.compile(r"\s*[/–-]\s*(?P<credit>[^/–-]{2,40})")


def _credited_again(pair: list[str]) -> str:
    """The agency credited when `pair` is a line and the same line with `/ Agency` or `- Agency` after it."""
    if len(pair) != 2 or SENTENCE_END.search(pair[0]) or size(pair[0]) < 4:
        return ""
    first, second = pair[0].strip(), pair[1].strip()
    match = _AGAIN_CREDIT.fullmatch(second[len(first):]) if second.startswith(first) else None
    return (src.known_agency(match["credit"].strip()) or "") if match else ""


def _passed_over(paragraphs: list[list[str]], k: int, prose: bool, found: Found) -> bool:
    """Whether the paragraph at `k` is passed over, the text going on under it: the links under a
    `Lire aussi:` label, a box's label amid the text, a caption printed twice (read)."""
    paragraph = paragraphs[k]
    if k and read_also(paragraphs[k - 1][-1]) and link_list(paragraph):
        return True
    return prose and (_label_amid_text(paragraph, paragraphs[k + 1:k + 3]) or _caption_printed_twice(paragraph, found))


def _tables_apart(paragraphs: list[list[str]]) -> list[list[str]]:
    """Each pipe table in the text (rules.text.table_at) a paragraph of its own, the lines around it in
    their paragraphs; a table's rows may stand in one paragraph or one a paragraph (a paste with no
    blank line)."""
    flat = [(k, line) for k, paragraph in enumerate(paragraphs) for line in paragraph]
    lines = [line for _, line in flat]
    out: list[list[str]] = []
    i, last = 0, -1
    while i < len(flat):
        rows = table_at(lines, i)
        if rows:
            out.append(lines[i:i + rows])
            i, last = i + rows, -1
            continue
        if flat[i][0] != last:
            out.append([])
        out[-1].append(lines[i])
        last = flat[i][0]
        i += 1
    return out


def _read_newsletter_head(paragraphs: list[list[str]], found: Found) -> None:
    """The sender and writer a newsletter's head names around its web-view link (`newsletter_head`)."""
    lines = [ln for p in paragraphs[:12] for ln in p]
    head = newsletter_head(lines, src.is_title_case_name, lambda name: by.is_name(name) and not by.is_collective(name))
    if head.first_line_sender:
        found.sources.setdefault("title", head.first_line_sender)
        found.values["mail_sender"] = head.first_line_sender
    if head.sender:
        found.sources.setdefault("line", head.sender)
    if head.writer:
        found.set("author", (head.writer,))


def _cleaned(paragraph: list[str], furniture: tuple[str, ...], found: Found, out: list[list[str]],
             prose: bool) -> tuple[list[str], bool, bool]:
    """(kept lines, running text seen yet, the article ended here) of one paragraph."""
    lines: list[str] = []
    for k, ln in enumerate(paragraph):
        after = paragraph[k + 2] if k + 2 < len(paragraph) else ""
        heading = k + 1 == len(paragraph) or not _finished_prose(paragraph[k + 1], after)  # (no subhead over its text)
        if prose and (_opens_other_stories(ln, heading) or _comments_under_text(ln, lines or (out[-1] if out else []))):
            return lines, prose, True
        if _dropped_as_furniture(ln, furniture, found, lines or (out[-1] if out else []), prose):
            continue
        lines.extend(_pieces(ln, prose, found))
        prose = prose or is_prose(ln)
    return lines, prose, False


def _without_page_lists(paragraph: list[str], found: Found, after: str = "") -> list[str]:
    """A paragraph above the text without the page's lists printed one item a line: a breadcrumb
    (all of it; its last item, the page's headline, is kept to read the headline line by; a
    numbered one when `after`, the next paragraph's first line, prints its last item again) and a
    menu of sections at its top."""
    crumbs = breadcrumb_items(paragraph) or numbered_crumb(paragraph, after)
    if crumbs:
        found.values.setdefault("crumb", crumbs[-1])
        return []
    if _listed_menu(paragraph):
        return _dated_lines_over_menu(paragraph, found)
    return paragraph[menu_run(paragraph):]


def _unwrapped(paragraphs: list[list[str]]) -> list[list[str]]:
    """A text with no blank lines whose lines are a print page's or a filing's hard wraps (ten lines
    or more, nine in ten of at most 100 characters, and one in four going on in lower case under a
    line that ends no sentence): lines joined back into the lines of paragraphs. A line joins the one above it
    when that one ends no sentence and goes on (a comma or a dash at its end, the next line in lower
    case, or thirty characters or more of words not in capitals; a headline's lines in capitals join
    each other, and the text under them stays apart)."""
    if not _hard_wrapped(paragraphs):
        return paragraphs
    out: list[list[str]] = [[paragraphs[0][0]]]
    for [line] in paragraphs[1:]:
        above = out[-1][-1]
        goes_on = above.endswith((",", ";", "-", "–", "—")) or line[:1].islower() \
            or (len(above) >= 30 and not above.isupper()) or (above.isupper() and line.isupper())
        if goes_on and not SENTENCE_END.search(above):
            out[-1][-1] = f"{above} {line}"
        else:
            out.append([line])
    return out


def _without_headline_lists(paragraphs: list[list[str]]) -> list[list[str]]:
    """The paragraphs without a line above the running text that holds a line printed under it whole and
    is three times as long, with no sentence's stop and no breadcrumb's or title's separator in it: a
    page's headlines run together (an e-paper's index of its page, `…工作哪些人应该打…新成昆铁路今日全线贯通
    运营我省万余名…` over `新成昆铁路今日全线贯通运营`), not a headline or the text."""
    head = _lines_above_text(paragraphs)
    lists = {line for i, line in enumerate(head) if _holds_a_headline(line, head[i + 1:])}
    if not lists:
        return paragraphs
    return [kept for p in paragraphs if (kept := [ln for ln in p if ln.strip() not in lists])]


def _lines_above_text(paragraphs: list[list[str]]) -> list[str]:
    """The lines (stripped) above the first line of running text that ends a sentence."""
    head: list[str] = []
    for line in (ln for p in paragraphs for ln in p):
        if is_prose(line) and SENTENCE_END.search(line):
            break
        head.append(line.strip())
    return head


def _holds_a_headline(line: str, under: list[str]) -> bool:
    """Whether `line` (no stop, no separator) holds a headline-like line of `under` whole, three times over,
    amid other headlines: neither at its start nor at its end (a headline that opens with its story's tag,
    `Springfield mall shooting leaves two dead …` over `Springfield mall shooting`, holds a tag, not a list)."""
    return not re.search(r"[。.!！>›»|/]", line) \
        and any(6 <= len(other) and 3 * len(other) <= len(line) and other in line[1:-1]
                and not line.startswith(other) and not line.endswith(other) and is_headline_like(other)
                for other in under)


def _hard_wrapped(paragraphs: list[list[str]]) -> bool:
    """Paragraphs of one line each that read as hard wraps (see _unwrapped)."""
    lines = [p[0] for p in paragraphs]
    return len(lines) >= 10 and all(len(p) == 1 for p in paragraphs) \
        and sum(len(ln) <= 100 for ln in lines) >= 0.9 * len(lines) \
        and sum(not SENTENCE_END.search(a) and b[:1].islower() for a, b in zip(lines, lines[1:])) >= len(lines) / 4


#: A page's breadcrumb its label names: `當前位置 : 首頁 > 行業新聞 > 綜合信息`, `您的位置：首页 > 新闻`.
_LABELLED_CRUMB = re.compile(rf"^{CRUMB_LABEL}\s*\S.*[>»›]", re.IGNORECASE)


def _under_labelled_crumb(paragraphs: list[list[str]]) -> list[list[str]]:
    """The paragraphs from a labelled breadcrumb in the first four down: what stands above it, with no
    finished sentence, is the page's title bar (its name, its keywords, its menu), never the headline,
    which a page prints under its breadcrumb. (Text above it, a sentence, keeps everything.)"""
    at = next((k for k, p in enumerate(paragraphs[:4]) if any(_LABELLED_CRUMB.match(ln.strip()) for ln in p)), -1)
    if at <= 0 or any(SENTENCE_END.search(ln) for p in paragraphs[:at] for ln in p):
        return paragraphs
    return paragraphs[at:]


def _without_crumb_lines(paragraphs: list[list[str]], found: Found) -> list[list[str]]:
    """The paragraphs without a breadcrumb at the top printed one item a paragraph (a text with
    no blank lines); its last item, the page's headline, is kept to read the headline line by."""
    run = leading_crumb_lines(paragraphs)
    if run:
        found.values.setdefault("crumb", breadcrumb_items([p[0] for p in paragraphs[:run]])[-1])
    return paragraphs[run:]


def _dated_lines_over_menu(paragraph: list[str], found: Found) -> list[str]:
    """The lines over a page's menu that are the article's date line (`来源:X 作者:Y 2026-03-03
    23:04:30` over a list of reaction labels): kept to be read; the menu goes."""
    top = 0
    while top < len(paragraph) and not LIST_ITEM.match(paragraph[top].strip()) \
            and date_line(paragraph[top], found) is not None:
        top += 1
    return paragraph[:top]


def _listed_menu(paragraph: list[str]) -> bool:
    """A block above the text with five list items or more, each a name of five words at most, and
    no line that ends a sentence: the page's menu (`Retour` / the regions / `• Toute la France` /
    `• Bretagne` / … / `Changer de région`), all of it. (A story's key points are longer.)"""
    items = [ln.strip() for ln in paragraph if LIST_ITEM.match(ln.strip())]
    return len(items) >= 5 and all(len(item.split()) <= 5 for item in items) \
        and not any(SENTENCE_END.search(ln) for ln in paragraph)


def _paywall_over_text(paragraphs: list[list[str]], k: int) -> bool:
    """A paywall's box of short lines (fifteen words at most each) with its notice (`Para seguir leyendo ingresá o
    suscribite`), over running text of sixty words or more (paragraphs of twenty words or more, each ending a
    sentence): the box a page lays over the text, pasted with the whole text under it. It goes and the text goes
    on; a paywall's notice under a cut text, with no text under it, ends the copy."""
    box = paragraphs[k]
    if not any(paywall_cut(ln) for ln in box) or any(size(ln) > 15 for ln in box):
        return False
    text = [size(p[0]) for p in paragraphs[k + 1:] if len(p) == 1 and size(p[0]) >= 20 and is_prose(p[0])
            and SENTENCE_END.search(p[0])]
    return sum(text) >= 60


def _read_cut_foot(paragraphs: list[list[str]], found: Found) -> None:
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


def _caption_printed_twice(paragraph: list[str], found: Found) -> bool:
    """A paragraph under running text of one line printed twice, with no stop at its end (a picture's
    alternative text, then its caption, as a paste copies both with no image line: `◇Caption` /
    `◇Caption`): the photo's caption, with the credit it ends in, out of the text. (A headline printed
    twice stands above the text.)"""
    if len(paragraph) != 2 or paragraph[0].strip() != paragraph[1].strip():
        return False
    line = paragraph[0].strip()
    if SENTENCE_END.search(line) or not 2 <= size(line) <= 40 or LIST_ITEM.match(line):
        return False
    caption, credit = cap.trailing_credit(line) or (line, "")
    found.set("image_caption", re.sub(r"^[◇◆▲△■□▶▷]\s*", "", caption))
    found.set("image_credit", credit)
    return True


def _label_amid_text(paragraph: list[str], after: list[list[str]]) -> bool:
    """A heading of other stories alone between paragraphs of the text (`More From This Section`),
    with running text under it, each line finished and none opening another story with its own
    dateline (`DEN HAAG (ANP) - …`) or age (`2 uur geleden…`): a box the copy left mid-article, not
    the article's end; the heading goes and the text goes on."""
    return len(paragraph) == 1 and _opens_other_stories(paragraph[0], heading=True) and bool(after) \
        and all(SENTENCE_END.search(ln) and is_prose(ln) and not is_headline_like(ln) and not read_dateline(ln)[0]
                and not re.match(r"^\d+\s?\w{0,10}\s", ln) for p in after for ln in p)


def _comments_under_text(ln: str, above: list[str]) -> bool:
    """A comment box's heading right under a finished sentence of running text: the article ended above it."""
    return comment_heading(ln) and bool(above) and is_prose(above[-1]) and bool(SENTENCE_END.search(above[-1]))


def _opens_other_stories(ln: str, heading: bool = False) -> bool:
    """A heading of the page's list of other stories (`More from Politics`; the interface's, `Trending`, only as a
    `heading`: closing its paragraph or over no running text, where it is no subhead) that is no running text, a
    paywall's notice that the rest is for subscribers, or a post's category line (the post's foot): the article's
    copy ended above it."""
    return opens_more(ln, heading) and not is_prose(ln) or paywall_cut(ln) or post_category(ln)


def _finished_prose(line: str, following: str = "") -> bool:
    """A line of running text: a sentence, or the first line of one wrapped (six words or more stopping at a comma,
    or at a word in lower case with the next line going on in lower case)."""
    wrapped = line.rstrip().endswith((",", ";")) or bool(re.search(r"\s[a-zà-ÿß]+$", line.rstrip())) \
        and following[:1].islower()
    return is_prose(line) or size(line) >= 6 and wrapped


def _dropped_as_furniture(ln: str, furniture: tuple[str, ...], found: Found, last: list[str], prose: bool) -> bool:
    """Is this line page furniture (then it goes)? A menu before the text takes the date line
    above it along (a masthead's date); furniture that ends a head marks the line before it."""
    if src.marked_outlet(ln):  # a reposting blog's mark of the outlet it copies: `***NHK***`
        found.sources.setdefault("line", src.marked_outlet(ln))
        return True
    if not (is_furniture(ln, furniture) or day_links(ln) or (is_page_furniture(ln) and date_line(ln, found) is None)):
        return False
    _outlet_in_furniture(ln, found, prose)
    if not prose and is_menu_line(ln):
        _masthead_date(last, found)
    if last and ends_head(ln):
        last[-1] = Gap(last[-1])
    return True


def _outlet_in_furniture(ln: str, found: Found, prose: bool) -> None:
    """The outlet a furniture line names, before it goes: the site's name before its skip links
    (`연합뉴스 본문 바로가기 …`), a portal's provider, the text's own copyright notice or tip-off
    box, the publisher's notice over the text."""
    if src.skip_links_site(ln):
        found.sources.setdefault("line", src.skip_links_site(ln))
    if src.portal_provider(ln):
        found.sources.setdefault("line", src.portal_provider(ln))
    if src.outlet_holder(ln) or src.tipline_outlet(ln):
        found.sources.setdefault("copyright", src.outlet_holder(ln) or src.tipline_outlet(ln))
    if not prose and src.head_notice_holder(ln):
        found.sources.setdefault("copyright", src.head_notice_holder(ln))


def _pieces(ln: str, prose: bool, found: Found) -> list[str]:
    """A kept line, split where a page's lost line breaks glued a headline to a dateline or
    a time stamp (before the running text only, for stamps)."""
    glued = _GLUED_DATELINE.match(ln)
    if glued:
        return [glued["head"], glued["rest"]]
    lead = _GLUED_LEAD.match(ln) if not prose else None
    if lead and len(lead["head"].split()) >= 3 and is_headline_like(lead["head"]) and is_prose(lead["rest"]):
        return [lead["head"], lead["rest"]]  # `Voraz incendio en La BocaEl sábado a la noche …`
    one_line = _page_on_one_line(ln.strip(), found) if not prose else None
    if one_line:
        return one_line
    credit_split = _stamp_before_credit(ln.strip(), found)
    if credit_split:
        return credit_split
    return _split_stamp(strip_glued_tail(ln), found) if not prose else [strip_glued_tail(ln)]


def _page_on_one_line(ln: str, found: Found) -> list[str] | None:
    """A whole page on one line (headline, time stamp, text); None otherwise. (A feed read as text is
    split before: rules.feed.)"""
    stamped = _MID_STAMP.match(ln) or _MID_NUMERIC_STAMP.match(ln)
    if stamped and is_headline_like(stamped["head"]) and is_prose(stamped["rest"]) \
            and date_line(stamped["stamp"], found) is not None:
        return [stamped["head"], stamped["stamp"], strip_glued_tail(stamped["rest"])]
    return None


#: A headline run into the first sentence of the text with no space between them (a page's lost line
#: break): the sentence opens with an article or a preposition in capitals right after a lower-case letter.
_GLUED_LEAD = re.compile(r"^(?P<head>[^.!?。]{12,120}?[a-zà-ÿ])(?P<rest>(?:El|La|Los|Las|Un|Una|Le|Les|L['’]|The|A|An"
                         r"|In|On|At|Der|Die|Das|Ein|Eine|Il|Lo|Gli|O|Os|As|Em|En|Al|Au|Im|Am)\s.+)$")
#: A Korean page's date line between its headline and its text, all on one line (an AMP page's copy):
#: `Headline 입력2021.03.31 16:16 수정2021.03.31 16:16 31일 오후 …`.
_MID_STAMP = re.compile(r"^(?P<head>\S.{4,120}?)\s+(?P<stamp>(?:입력|등록|기사입력)\s?\d{4}[.-]\d{1,2}[.-]\d{1,2}\.?\s?"
                        r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:수정|업데이트)\s?\d{4}[.-]\d{1,2}[.-]\d{1,2}\.?\s?"
                        r"\d{1,2}:\d{2}(?::\d{2})?)?)\s+(?P<rest>\S.+)$")
#: Any page's numeric date and time (or a Japanese or Chinese date, `2020年7月8日`) between its headline
#: and its text on one line (`Headline Tags 2025/04/08 12:01 拡大する 【MLB】… text … 続きを読む 関連記事`,
#: `宮崎市立小中で… 市教委方針 2020年7月8日 宮崎市教委は7日、…`), the picture's zoom label before the
#: text and the link labels after it left out.
_MID_NUMERIC_STAMP = re.compile(r"^(?P<head>\S.{4,160}?)\s+"
                                r"(?P<stamp>\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\.?\s\d{1,2}:\d{2}"
                                r"|\d{4}年\d{1,2}月\d{1,2}日(?:\s?\d{1,2}[:時]\d{2}分?)?)\s+"
                                r"(?:(?:拡大する|クリックで拡大|확대|放大|Enlarge|Zoom|Agrandir|Vergrößern)\s+)?"
                                r"(?P<rest>\S.+?)(?:\s+(?:続きを読む|関連記事|もっと見る|Read more|Related|Leer más"
                                r"|Weiterlesen|Lire la suite|더보기|관련기사|相关新闻|相關新聞))*$")
#: A time stamp with a Chinese wire's credit glued behind it, as aggregators print CNA copy.
_STAMPED_CREDIT = re.compile(r"^(?P<stamp>\S.{5,30}?\d{1,2}[:：]\d{2}(?::\d{2})?)\s*"
                             r"(?P<credit>(?:中央社|新華社|新华社|中新社|中新网)\s*(?:記者|记者).{2,20}?日[電电])$")
#: A time stamp glued before a Chinese wire's dateline that opens the lead:
#: `2017-6月-02 周五 18:23 +0800中新网连城6月2日电 …`.
_STAMPED_WIRE = re.compile(r"^(?P<stamp>\S.{5,40}?\d{1,2}[:：]\d{2}(?::\d{2})?(?:\s*[+-]\d{4})?)\s*"
                           r"(?P<credit>[\u4e00-\u9fff]{1,4}(?:社|网|網)[\u4e00-\u9fff]{2,6}?\d{1,2}月\d{1,2}日[电電].+)$")


def _stamp_before_credit(line: str, found: Found) -> list[str]:
    """[stamp, credit] of a time stamp glued before a Chinese wire's credit (`2016-09-24 22:54:15中央社
    記者X台北24日電`) or its dateline and lead; [] otherwise."""
    credited = _STAMPED_CREDIT.match(line) or _STAMPED_WIRE.match(line)
    if credited and date_line(credited["stamp"], found) is not None:
        return [credited["stamp"], credited["credit"]]
    return []


_STAMP_LABEL = re.compile(r"\b(?:Stand|Updated|Published|Posted|Aktualisiert|Veröffentlicht|Mis à jour|Publié"
                          r"|Actualizado|Publicado)\b\s*:?", re.IGNORECASE)
_CLOCK_END = re.compile(r"\d{1,2}[:：h]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|Uhr|[A-Z]{2,4}|\([A-Z]{2,4}\)))?$",
                        re.IGNORECASE)


def _split_stamp(line: str, found: Found) -> list[str]:
    """A time stamp glued to a headline when a page's line breaks were lost, split off:
    `Stand: 20.11.2021 22:35 Uhr Coronavirus-Blog: ...` and `Headline Updated: 2011-09-20 12:00:00 KST`.
    The stamp must be one for sure: a label or a clock at its end, and a headline (no sentence) beside it."""
    if date_line(line, found) is not None or not _STAMP_LABEL.search(line) and not re.search(r"\d[:：]\d\d", line) \
            or event_schedule(line):
        return [line]
    words = line.split()
    for k in range(min(len(words) - 1, 8), 1, -1):  # the longest stamp: `... 22:35 Uhr`, not `... 22:35`
        stamp, rest = " ".join(words[:k]), " ".join(words[k:])
        if _CLOCK_END.search(stamp) and date_line(stamp, found) is not None and is_headline_like(rest) \
                and date_line(rest, found) is None:
            return [stamp, rest]
    label = _STAMP_LABEL.search(line)
    if label and label.start() > 0:
        head, stamp = line[:label.start()].strip(), line[label.start():]
        if is_headline_like(head) and date_line(stamp, found) is not None:
            return [head, stamp]
    return [line]


def _masthead_date(lines: list[str], found: Found) -> None:
    """A date line right above the page's menu is the page's date (today's, in a masthead), not
    the article's: it goes, with a note, and the date is left for a person."""
    if lines and date_line(lines[-1], found) is not None:
        found.notes.append(f"date: '{lines[-1]}' sits above the page's menu: the page's date, not the article's")
        lines.pop()
