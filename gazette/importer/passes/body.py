"""The body of a text. The third pass of `extract`: metadata lines split the paragraphs into
blocks (date, byline, image, tags), and the paragraphs, the image's caption and the standfirst
are read from the blocks. Then, in the fourth, what the paragraphs show: a photo's caption
printed among them, a place alone over the lead, lines that repeat the headline or the
caption, and the dateline opening the lead (with its agency and reporters)."""

from __future__ import annotations

import re

from gazette.importer.passes.found import (
    Block,
    Found,
    Gap,
    agency_before_bar,
    date_line,
    labelled_date,
    read_wire_credit,
    record_credited_day,
    record_date,
)
from gazette.importer.rules import byline as by
from gazette.importer.rules import caption as cap
from gazette.importer.rules import source as src
from gazette.importer.rules.byline import parse_byline
from gazette.importer.rules.caption import _URL, is_image_line, parse_credit
from gazette.importer.rules.dateline import (
    CAPS_PLACE,
    dated_agency,
    dated_place,
    dated_tag,
    is_rubric,
    place_with_stop,
    read_dateline,
    release_dateline,
    run_in_dateline,
)
from gazette.importer.rules.dates import event_schedule, parse_date, parse_date_line, update_note
from gazette.importer.rules.furniture import appeal_box, is_menu_line
from gazette.importer.rules.outlet_names import known_outlet
from gazette.importer.rules.tags import _TAGS_LABEL, parse_tags_line
from gazette.importer.rules.text import (
    _SENTENCE_END,
    FULL_STOP,
    LIST_ITEM,
    SENTENCE_BREAK,
    SENTENCE_END,
    is_headline_like,
    is_prose,
    is_short,
    size,
    title_cased,
    unlabelled,
)


def core(paragraphs: list[list[str]], found: Found) -> list[Block]:
    """Blocks of the text under the head: metadata lines split the paragraphs they sit in."""
    values = found.values
    blocks = _sentence_paragraphs(_blocks(paragraphs, found))
    _image_caption(blocks, values)
    values["has_title"] = found.title
    _standfirst(blocks, values)
    _sentence_over_dateline(blocks, values, found)
    values.pop("has_title")
    return blocks


def _sentence_over_dateline(blocks: list[Block], values: dict[str, object], found: Found) -> None:
    """One short sentence (under eighteen words: no standfirst rule took it) opening the body under
    the headline, right over the lead that opens with its dateline (`(新加坡8日讯)…`, `LONDON (Reuters)
    - …`): a standfirst or a photo's caption that lost its credit (the copy shows both there, and does
    not say which), not the text, which starts at its dateline. It leaves the text with a note; neither
    field is guessed."""
    opening = _opening_paras(blocks, values)
    if opening is None:
        return
    first, text, lead = opening
    if len(first.lines) > 1 or not read_dateline(lead)[0] or read_dateline(text)[0] or not SENTENCE_END.search(text) \
            or SENTENCE_BREAK.search(text) or len(re.findall(r"[。！？]", text)) > 1 or size(text) >= 18 \
            or LIST_ITEM.match(text) or text in (values.get("summary"), values.get("image_caption")):
        return
    first.kind = "aside"
    found.notes.append(f"'{text}' stands between the headline and the dateline: a standfirst or a photo's "
                       "caption, left out of the text")


def _blocks(paragraphs: list[list[str]], found: Found) -> list[Block]:
    """The paragraphs as blocks, each metadata line a block of its own that splits the paragraph
    it sits in. A date line at the foot (a sign-off's, or one that may be another item's) or an
    update note opens a block too; at the foot, after the last line of running text, the rest
    of its paragraph joins that block (a signatory, another item's text). Empty blocks go."""
    blocks: list[Block] = []
    last_line = (len(paragraphs) - 1, len(paragraphs[-1]) - 1) if paragraphs else (-1, -1)
    prose = [(p, i) for p, lines in enumerate(paragraphs) for i, line in enumerate(lines) if is_prose(line)]
    for p_index, paragraph in enumerate(paragraphs):
        blocks.append(Block("para"))
        for l_index, line in enumerate(paragraph):
            at_foot = bool(prose) and (p_index, l_index) > prose[-1]
            dated = _dated_or_noted(paragraphs, p_index, l_index, found, at_foot)
            kind = dated or _line_kind(paragraphs, p_index, l_index, found, last=(p_index, l_index) == last_line)
            if kind:
                blocks.append(Block(kind, [line]))
                if not (dated and at_foot):  # mid-text, an update note's paragraph goes on after it
                    blocks.append(Block("para"))
            else:
                blocks[-1].lines.append(line)
        blocks.append(Block("para"))
    return [b for b in blocks if b.lines]


#: A label of an event's time in a report or a notice, a date under it the event's (`○ 発生日時`, `日時:`,
#: `Wann:`, `When:`, `Fecha y hora:`); the article's own date has its own labels.
_EVENT_TIME_LABEL = re.compile(r"^[○●■□◆◇・•\-]?\s*(?:発生日時|発生時刻|日時|日程|開催日時|발생\s?일시|일시|时间|時間"
                               r"|日期时间|when|wann|zeit|quand|cuándo|fecha y hora)\s*[:：]?$", re.IGNORECASE)


def _line_kind(paragraphs: list[list[str]], p_index: int, l_index: int, found: Found, last: bool) -> str:
    """The metadata kind of a line of the body (_metadata_kind), save a date under a label of an event's
    time (`○ 発生日時` / `平成29年9月10日(日) 午後6時50分頃`), which is the text's own."""
    line = paragraphs[p_index][l_index]
    before = paragraphs[p_index][l_index - 1] if l_index else (paragraphs[p_index - 1][-1] if p_index else "")
    if _EVENT_TIME_LABEL.match(before.strip()) and _dates_of(line, found) is not None:
        return ""  # (not recorded: the event's date is not the article's)
    kind = _metadata_kind(line, found.values, last=last, found=found)
    if kind == "date":
        _headline_over_date(before, found)
    return kind


def _headline_over_date(before: str, found: Found) -> None:
    """A headline-like line right over the date line read in the text, other than the headline found: pages print
    the headline right over its date, so the line taken for the headline may be a promotion's or a label's (`FOCUS
    online ist besser als App` over a provider's notice, the story's headline lower down): a person checks."""
    line = before.strip()
    title = found.title
    if title and line and line != title and line not in title and is_headline_like(line) and not is_prose(line) \
            and not SENTENCE_END.search(line) and size(line) >= 4 and not _credit_or_byline(line):
        found.doubts.append(f"title: the line over the date line, {line[:80]!r}, reads as a headline: check that "
                            f"{title[:80]!r} is the headline")


def _credit_or_byline(line: str) -> bool:
    """A photo's credit, a byline or a reporter's credit (`新华社记者 张若玄 摄`): no headline, whatever its shape."""
    return bool(cap.credit_line(line) or cap.PHOTO_WORDS.search(line) or by.read_byline(line) or by.reporter_line(line))


def _dated_or_noted(paragraphs: list[list[str]], p_index: int, l_index: int, found: Found, at_foot: bool) -> str:
    """The kind of block that a line opens when it is a notice's sign-off at the foot ("date"),
    an update note or a date line at the foot that may be another item's ("furniture"); else ''."""
    line = paragraphs[p_index][l_index]
    after = [ln for q in paragraphs[p_index:] for ln in q][l_index + 1:]
    before = paragraphs[p_index][l_index - 1] if l_index else (paragraphs[p_index - 1][-1] if p_index else "")
    if at_foot and (_signed_date(line, after, found) or _credited_foot_date(line, before, after, found)):
        return "date"
    if at_foot and _excerpt_note(line, found):
        return "furniture"
    if _update_note(line, found) or at_foot and _foot_date(line, before, found):
        return "furniture"
    return ""


def _excerpt_note(line: str, found: Found) -> bool:
    """A note under the text naming the outlet and day it was copied from (`<매일신문 2024-09-29 발췌>`,
    rules.source.excerpt_note): read, the outlet the source and the day, with its year, the date (said
    of this text, no other item's). True when the line is one."""
    outlet, day = src.excerpt_note(line)
    if not outlet:
        return False
    found.sources.setdefault("label", outlet)
    when = date_line(day, found)
    if when is not None and when.published and not found.values.get("date"):
        record_date(when, day, found)
    return True


def _sentence_paragraphs(blocks: list[Block]) -> list[Block]:
    """Inside a block, lines that each end a sentence are paragraphs of their own; hard-wrapped
    lines, which break mid-sentence, stay one paragraph."""
    split: list[Block] = []
    for block in blocks:
        if block.kind == "para" and all(_SENTENCE_END.search(line) for line in block.lines[:-1]):
            split.extend(Block("para", [line]) for line in block.lines)
        else:
            split.append(block)
    return split


#: A print edition's page on a date line: `2025-12-26 33면`, `( 2023年08月17日 03 版)`, `Seite 3`, `A12`.
_PRINT_PAGE = re.compile(r"\d{1,3}\s?(?:면|版|頁|页|面)|\b(?:Seite|page|p\.|página|pág\.)\s?\d{1,3}\b|\b[A-F]\d{1,2}$",
                         re.IGNORECASE)


def _signed_date(line: str, after: list[str], found: Found) -> bool:
    """A notice's or a letter's sign-off, its place and date over the signatory and nothing else
    (`Dalla Residenza Municipale, 20 gennaio 2026` / `Il Sindaco` / `Dr. X`): the date is the
    notice's own, at its foot."""
    if not re.match(r"^[^\d,]{3,60},\s*\S", line) or not 1 <= len(after) <= 3 \
            or any(size(ln) > 5 or SENTENCE_END.search(ln) and not re.search(r"\b[A-Z][a-z]{0,3}\.\s", ln)
                   for ln in after):
        return False
    when = date_line(line, found)
    if when is None or not when.published or found.values.get("date"):
        return False
    record_date(when, line, found)
    return True


def _credited_foot_date(line: str, before: str, after: list[str], found: Found) -> bool:
    """The article's own date printed under the text, under the outlet's or the agency's name or a label
    (`AFRICA RADIO` / `23 novembre 2020 à 18h30 par AFP`, `(関西テレビ)` / `2018年10月15日 月曜 午後0:06`,
    `• Parabolic Arc` / `• June 4, 2020`, `- Datum` / `- 27.12.2023`), when the copy shows no other date: the
    only date line left in the copy, under a short line with no stop, with nothing but short lines after it
    (an address, a link, a clock). Another item's date stands under its headline, among other dates."""
    when = date_line(line, found)
    if when is None or not when.published or found.values.get("date") or not _credit_block(line, before, after, found):
        return False
    clocked = date_line(f"{line} {after[0]}", found) if after and "T" not in when.published else None
    if clocked is not None and clocked.published.startswith(when.published) and "T" in clocked.published:
        when, line = clocked, f"{line} {after[0]}"  # the clock on the line under the day: `10 Avril 2022` / `À 19:38`
    record_date(when, line, found)
    return True


def _credit_block(line: str, before: str, after: list[str], found: Found) -> bool:
    """Whether a date line at the foot stands in the page's credit block (see `_credited_foot_date`): no sentence
    and no source's label on it (`Quelle: Reuters/oraise Stand: …` dates a table's data, not a story), a short
    line with no stop, digit or colon over it, and short lines with no stop and no date after it."""
    return not is_prose(line) and not src.labelled_source(line) and size(before) <= 4 \
        and not re.search(r"[\d:：]", before) and not SENTENCE_END.search(before.strip()) and len(after) <= 10 \
        and not any(size(ln) > 8 or SENTENCE_END.search(ln.strip()) or date_line(ln, found) for ln in after)


def _update_note(line: str, found: Found) -> bool:
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


def _foot_date(line: str, before: str, found: Found) -> bool:
    """A date line after the last paragraph of running text, at the page's foot, where it may
    date another item (a list of other stories or videos): it goes and is never the date.
    The article's own credit block at the foot keeps its date: a print page (`2025-12-26 33면`),
    a paper's credit, or a date under a source label or copyright line."""
    if is_prose(line) or date_line(line, found) is None:
        return False
    if _PRINT_PAGE.search(line) or src.paper_credit(line) or src.labelled_source(line) \
            or (is_short(before) and (src.labelled_source(before) or src.copyright_holder(before))):
        return False
    if not found.values.get("date"):
        found.notes.append(f"date: '{line}' follows the text, at the page's foot where it may be another item's:"
                           " not taken")
    return True


def _image_caption(blocks: list[Block], values: dict[str, object]) -> None:
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


def _standfirst(blocks: list[Block], values: dict[str, object]) -> None:
    """The standfirst: the one paragraph before a date or image line (the first such line
    that has any paragraph before it decides), when body paragraphs follow; or a first
    paragraph that the lead under it repeats."""
    for rule in (_standfirst_before_marker, _standfirst_repeated, _standfirst_before_furniture,
                 _standfirst_unfinished, _standfirst_of_sentences, _standfirst_over_release, _standfirst_over_dateline,
                 _standfirst_over_live_entry):
        if not values.get("summary"):
            rule(blocks, values)


def _standfirst_before_marker(blocks: list[Block], values: dict[str, object]) -> None:
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


def _standfirst_before_furniture(blocks: list[Block], values: dict[str, object]) -> None:
    """A first paragraph of one or two sentences (at most 40 words) under the headline that page furniture follows
    (`Anzeige`, `Teilen`, a reading time), when running text follows: the standfirst. A long
    first paragraph, or one that opens with a dateline, is the lead."""
    paras = [b for b in blocks if b.kind == "para"]
    if not values.get("has_title") or len(paras) < 2 or blocks[0] is not paras[0]:
        return
    first = paras[0]
    text = " ".join(first.lines)
    sentences = len(re.findall(r"[.!?。](?:\s|$)", text))
    if isinstance(first.lines[-1], Gap) and _running_text(first.lines) and size(text) <= 40 \
            and sentences <= 2 and not read_dateline(text)[0] \
            and any(is_prose(" ".join(p.lines)) for p in paras[1:3] if " ".join(p.lines) != values["has_title"]):
        first.kind = "summary"
        values["summary"] = text


def _opening_paras(blocks: list[Block], values: dict[str, object],
                   headless: bool = False) -> tuple[Block, str, str] | None:
    """(first paragraph, its text, the next paragraph's text) when a headline stands above the text
    (or, `headless`, the rule needs none) and the text opens with a paragraph (no date or image line
    before it) that more text follows."""
    paras = [b for b in blocks if b.kind == "para"]
    if not (headless or values.get("has_title")) or len(paras) < 2 or blocks[0] is not paras[0]:
        return None
    return paras[0], " ".join(paras[0].lines), " ".join(paras[1].lines)


#: A bracket closing a paragraph after its last sentence, its reporters' names or a rubric (`…。【金子淳】`,
#: `…。【続報】`): the sentence is finished.
_CLOSING_BRACKET = re.compile(r"(?<=[。.!?！？」”])\s*【[^【】]{1,30}】$")


def _standfirst_unfinished(blocks: list[Block], values: dict[str, object]) -> None:
    """A deck: one line of eight words or more right under the headline that stops without a
    full stop (a headline's second line says more, in running words), running text under it. A
    sentence closed by a bracket (its reporters' names, a rubric: `…。【金子淳】`) is finished: the lead."""
    opening = _opening_paras(blocks, values)
    if opening is None:
        return
    first, text, lead = opening
    half = len(text) // 2
    if len(first.lines) == 1 and size(text) >= 8 and not SENTENCE_END.search(_CLOSING_BRACKET.sub("", text)) \
            and not is_menu_line(text) \
            and not LIST_ITEM.match(text) and text[:half].strip() != text[half:].strip() \
            and not parse_credit(text) and not read_dateline(text)[0] and is_prose(lead) and size(lead) > size(text):
        first.kind = "summary"  # (a line printed twice over is an image's alt text and caption, no deck)
        values["summary"] = text


def _standfirst_of_sentences(blocks: list[Block], values: dict[str, object]) -> None:
    """A first paragraph under the headline of two or three finished sentences, forty words at most, over
    a longer paragraph of running text: the standfirst (a chapô, a Vorspann, an entradilla), as papers in
    Latin script summarise above the lead. One sentence there is as often the lead itself, and so is a
    sentence with an agency's two-word tail (`… Informa EFE.`); a dateline opens the lead, and over a
    lead with its dateline a paste that lost its photo shows the caption as often (the position rule);
    a caption says it is one. Korean, Japanese and Chinese copy prints its deck over the byline, and the paragraph
    under it is the lead."""
    # Complexity 16: the standfirst's conditions, which must all hold, in one test.
    opening = _opening_paras(blocks, values, headless=True)  # (finished sentences are no headline)
    if opening is None or not _lead_outweighs(opening[1], opening[2], bool(values.get("has_title"))):
        return
    first, text, lead = opening
    sentences = SENTENCE_BREAK.split(text)
    if not 2 <= len(sentences) <= 3 or any(size(one) < 4 for one in sentences) or size(text) > 40 \
            or not SENTENCE_END.search(text) \
            or not is_prose(lead) or read_dateline(text)[0] or dated_place(text, lead=True) \
            or read_dateline(lead)[0] or dated_place(lead, lead=True) \
            or cap.trailing_credit(text) or cap.marked_caption(text) or cap.PHOTO_WORDS.search(text):
        return
    first.kind = "summary"
    values["summary"] = text


def _lead_outweighs(text: str, lead: str, titled: bool) -> bool:
    """Whether the paragraph under a first paragraph is long enough for the first to be a standfirst:
    longer under a headline; without one, at least twice as long (a chapô over its text), since no
    headline's place sets a standfirst apart: a first paragraph of two sentences over one of about
    its length is the lead over the next paragraph (a paste of the text alone)."""
    return size(lead) > size(text) * (1 if titled else 2)


#: A release wire's dateline opening the lead: `ATLANTA, Oct. 16, 2024 /PRNewswire/ --`, `(BUSINESS WIRE)--`.
_RELEASE_DATELINE = re.compile(r"^.{0,80}?(?:/\s*(?:PRNewswire|PR Newswire|GLOBE NEWSWIRE|Globe Newswire|CNW"
                               r"|EINPresswire|ACCESSWIRE)(?:-[\w-]+)?\s*/|\((?:BUSINESS WIRE|Business Wire)\))"
                               r"\s*(?:--|—|–)")


def _standfirst_over_release(blocks: list[Block], values: dict[str, object]) -> None:
    """A first paragraph of one or two sentences (fifty words at most) over a lead that opens with a
    release wire's dateline: the release's subhead, which the wires print between the headline and
    the dateline (no photo's caption stands there in a release)."""
    opening = _opening_paras(blocks, values, headless=True)
    if opening is None:
        return
    first, text, lead = opening
    if _RELEASE_DATELINE.match(lead) and not _RELEASE_DATELINE.match(text) and size(text) <= 50 \
            and len(SENTENCE_BREAK.split(text)) <= 2 and _running_text(first.lines):
        first.kind = "summary"
        values["summary"] = text


def _standfirst_over_dateline(blocks: list[Block], values: dict[str, object]) -> None:
    """A first paragraph under the headline of one to three finished sentences (18 to 50 words)
    over a lead that opens with its dateline (`Lüdenscheid - Auf dieser Basis …`, `MADRID (EFE).-`):
    the text starts at the dateline, and what stands between it and the headline is the standfirst.
    A photo's caption says it is one (a credit, a word for photo), and is no standfirst; a short
    sentence there (under eighteen words) is as often a caption that lost its credit, or a notice."""
    opening = _opening_paras(blocks, values)
    if opening is None:
        return
    first, text, lead = opening
    if not (read_dateline(lead)[0] or dated_place(lead, lead=True)) or read_dateline(text)[0] \
            or dated_place(text, lead=True) or not 18 <= size(text) <= 50 or not SENTENCE_END.search(text) \
            or len(SENTENCE_BREAK.split(text)) > 3 or not is_prose(lead) or not _running_text(first.lines) \
            or _says_caption(text):
        return
    first.kind = "summary"
    values["summary"] = text


#: A live page's entry opening with its clock: `0h11 : Avec …`, `14:05 - The …`, `[9.06 Uhr] …` (no time range).
_LIVE_ENTRY = re.compile(r"^\[?\d{1,2}(?:h|:|\.)\d{2}(?:\s?Uhr)?\]?\s?(?:[:–—-]\s|\]\s)(?!\d{1,2}[h:.]\d{2})\S")


def _standfirst_over_live_entry(blocks: list[Block], values: dict[str, object]) -> None:
    """A first paragraph under the headline of one to three finished sentences (fifty words at most)
    over a live page's first entry, which opens with its clock (`0h11 : Avec …`, `[9.06 Uhr] …`):
    the live page's standfirst, which says what the page follows. A paragraph that opens with a
    clock itself is an entry, and a time range (`18:00 - 20:00`) opens none."""
    opening = _opening_paras(blocks, values)
    if opening is None:
        return
    first, text, lead = opening
    if _LIVE_ENTRY.match(lead) and not _LIVE_ENTRY.match(text) and size(text) <= 50 and FULL_STOP.search(text) \
            and len(SENTENCE_BREAK.split(text)) <= 3 and _running_text(first.lines) and not _says_caption(text):
        first.kind = "summary"
        values["summary"] = text


def _says_caption(text: str) -> bool:
    """A paragraph that says it is a photo's caption: a credit at its end, a caption's mark, a word
    for photo or picture, or the day and year the picture was taken closing it (`…, Jan. 9, 2025.`)."""
    return bool(cap.trailing_credit(text) or cap.marked_caption(text) or cap.PHOTO_WORDS.search(text)
                or cap.PICTURE_WORDS.search(text) or cap.PICTURE_OPENING.match(text) or cap.PHOTO_DAY.search(text))


def _running_text(lines: list[str]) -> bool:
    """Lines that read as running text: ending a sentence (or long), and not a stack of three or
    more lines most of which stop unfinished without the next going on in lower case (a menu or a
    list of links, never a standfirst; a hard-wrapped standfirst goes on in lower case)."""
    joined = " ".join(lines)
    stops = sum(not SENTENCE_END.search(a) and not b[:1].islower() and not a.endswith((",", ";", "-"))
                for a, b in zip(lines, lines[1:]))
    return bool(SENTENCE_END.search(joined) or is_prose(joined)) and not (len(lines) >= 3 and 2 * stops >= len(lines))


def _standfirst_repeated(blocks: list[Block], values: dict[str, object]) -> None:
    """A first paragraph whose first sentence the next paragraphs print again, even run on from
    another clause (`…, but load rotation in X may become …`): the standfirst, which the text restates.
    So is a first paragraph of finished sentences that one later paragraph restates, most of its words
    in the same runs with a clause changed (`…", ha contestado X …` / `…", ha respondido …`); a paragraph
    printed again whole (a paste's repeat, a dateline put before it) is the lead twice, no standfirst."""
    paras = [b for b in blocks if b.kind == "para"]
    if len(paras) >= 2:
        first = " ".join(paras[0].lines)
        sentence = re.split(r"(?<=[.!?。])\s", first)[0].casefold()
        if (size(sentence) >= 8 and any(sentence in " ".join(b.lines).casefold() for b in paras[1:4])) \
                or _restated(first, [" ".join(b.lines) for b in paras[1:]]):
            paras[0].kind = "summary"
            values["summary"] = first


#: Words in a row that two paragraphs must share for a stretch of one to count as printed in the other.
_SHARED_RUN = 6


def _restated(first: str, later: list[str]) -> bool:
    """Whether one of the `later` paragraphs restates `first` (two finished sentences or more, 60 words
    at most): two thirds of its words or more fall in runs of six words the later paragraph prints too,
    and not all of them (all of them: the paragraph printed again)."""
    words = re.findall(r"\w+", first.casefold())
    if not 12 <= len(words) <= 60 or len(SENTENCE_BREAK.split(first)) < 2 or not SENTENCE_END.search(first):
        return False
    for other in later:
        theirs = re.findall(r"\w+", other.casefold())
        runs = {tuple(theirs[j:j + _SHARED_RUN]) for j in range(len(theirs) - _SHARED_RUN + 1)}
        covered: set[int] = set()
        for j in range(len(words) - _SHARED_RUN + 1):
            if tuple(words[j:j + _SHARED_RUN]) in runs:
                covered.update(range(j, j + _SHARED_RUN))
        if 3 * len(covered) >= 2 * len(words) and len(covered) < len(words):
            return True
    return False


def tailed_caption(paragraphs: list[str], found: Found) -> list[str]:
    """A paragraph among the first three that ends as a photo's caption ends (`…/사진=뉴스1화상`,
    `… 2025.06.25. id@newsis.com`, `写真:共同`), with running text under it: the photo's caption,
    its credit what the tail names (`뉴스1화상`, `共同`, `사진공동취재단` of `./사진공동취재단 |`), out of
    the body (its dateline and reporter are the photo's, as `opening_dateline` knows)."""
    for i, p in enumerate(paragraphs[:3]):
        tail = cap.PHOTO_TAIL.search(p)
        if tail and i + 1 < len(paragraphs) and is_prose(paragraphs[i + 1]) and size(p) <= 120:
            found.set("image_caption", " ".join(p[:tail.start()].split()).rstrip(" /"))
            found.set("image_credit", cap.tail_credit(tail[0]))
            return paragraphs[:i] + paragraphs[i + 1:]
    return paragraphs


def place_over_lead(paragraphs: list[str], found: Found) -> list[str]:
    """A place alone in capitals opening the body over the lead (`MADRID`, under a photo's caption
    the head passed to the body): the dateline, as in the header."""
    if len(paragraphs) >= 2 and CAPS_PLACE.fullmatch(paragraphs[0].strip()) and not is_rubric(paragraphs[0].strip()) \
            and is_prose(paragraphs[1]):
        found.set("dateline", paragraphs[0].strip())
        return paragraphs[1:]
    if _wire_place_alone(paragraphs):  # a wire's dateline on its own line: `HENRYVILLE, Ind.`; its day after the
        place, _, day = paragraphs[0].strip().partition(",")  # comma is no part of it: `PALMA, 30 Dic.`
        found.set("dateline", place if re.search(r"\d", day) else paragraphs[0].strip())
        return paragraphs[1:]
    if len(paragraphs) >= 2 and found.language == "de" and is_prose(paragraphs[1]) \
            and place_with_stop(f"{paragraphs[0].strip()}  {paragraphs[1]}") == paragraphs[0].strip()[:-1]:
        found.set("dateline", paragraphs[0].strip()[:-1])  # a German paper's `Potsdam.` alone over its lead
        return paragraphs[1:]
    return _run_in(paragraphs)


def _wire_place_alone(paragraphs: list[str]) -> bool:
    """The first paragraph is a wire's dateline alone, four words at most (`HENRYVILLE, Ind.`), read as a
    dateline when run into the lead under it."""
    alone = paragraphs[0].strip() if paragraphs else ""
    if len(paragraphs) < 2 or not is_prose(paragraphs[1]) or "\n" in alone or len(alone.split()) > 4 \
            or not alone[:1].isupper():
        return False
    return read_dateline(f"{alone} — {paragraphs[1]}")[0] == alone.split(",")[0].strip()


def _run_in(paragraphs: list[str]) -> list[str]:
    """A wire's dateline alone on its line over the lead, its dash running it in (`SANTANDER, 21 Oct.
    (EUROPA PRESS) -`, rules.dateline.run_in_dateline), among the first three paragraphs: one paragraph
    with the lead, as the wire prints it (a page sets it on a line of its own)."""
    for i, p in enumerate(paragraphs[:3]):
        if i + 1 < len(paragraphs) and run_in_dateline(p) and is_prose(paragraphs[i + 1]) \
                and not read_dateline(paragraphs[i + 1])[0]:
            return [*paragraphs[:i], f"{p.strip()} {paragraphs[i + 1].lstrip()}", *paragraphs[i + 2:]]
    return paragraphs


def drop_repeats(paragraphs: list[str], found: Found) -> list[str]:
    """Paragraphs that repeat the title, the caption, or the paragraph before them go."""
    out: list[str] = []
    if found.values.get("headline_again"):  # the headline printed again over the text: a picture's label
        _caption_under_label(paragraphs[:2], found, first=True)
    caption = str(found.values.get("image_caption", ""))
    for i, p in enumerate(paragraphs):
        flat = " ".join(p.split())
        if flat == found.title or (out and flat == " ".join(out[-1].split())) \
                or (found.title and unlabelled(flat) == unlabelled(found.title)):
            _caption_under_label(paragraphs[i + 1:i + 3], found)
            continue  # (also the headline again under a video's label: `【動画】Headline`)
        if found.values.get("label_caption") == flat:
            continue
        if caption and (flat == caption or (len(flat) >= 12 and caption.startswith(flat.rstrip(".")))):
            continue
        out.append(_past_headline(p, flat, found.title) if not out else p)
    return out


def _caption_under_label(after: list[str], found: Found, first: bool = False) -> None:
    """Under the headline printed again amid the text (a picture's label: its alternative text is the
    headline), one short sentence alone over a subhead is the picture's caption: it goes (marked in
    `found` to be dropped), and it is the article's caption only when the head saw no picture before
    (the headline printed again over the text, `headline_again`: a picture's label there, its caption
    the first)."""
    if len(after) < 2 or "\n" in after[0] or not SENTENCE_END.search(after[0]) or size(after[0]) > 25 \
            or len(SENTENCE_BREAK.split(after[0].strip())) > 1 or SENTENCE_END.search(after[1]) \
            or not is_headline_like(after[1].strip()):
        return
    line = " ".join(after[0].split())
    if not found.values.get("image_caption") and (first or not found.values.get("headline_again")):
        found.set("image_caption", line)
    found.values["label_caption"] = line


def _past_headline(p: str, flat: str, title: str) -> str:
    """The lead without the headline printed again before it on its line (`Headline WASHINGTON:
    Emergency workers …`); the paragraph as it is when it only opens with the headline's words."""
    if size(title) < 4 or not flat.startswith(title + " "):
        return p
    rest = flat[len(title):].strip()
    return rest if rest[:1].isupper() and size(rest) >= 8 else p


def body_caption(paragraphs: list[str], found: Found) -> list[str]:
    """A photo's caption printed among the paragraphs (with a credit and a word for photo, or a
    photographer/agency credit near the top) goes out of the body into `image_caption`, every
    copy of it. Another picture's copyright line inside the text goes too (_another_pictures_credit), and another
    picture's caption credited to the same agency (_another_pictures_caption)."""
    paragraphs = _slideshow_caption(_labelled_pictures(_gallery_run(paragraphs), found), found)
    if found.values.get("image_caption"):
        return [p for i, p in enumerate(paragraphs) if not _another_pictures_credit(paragraphs, i, found)
                and not _another_pictures_caption(p, found)]
    paragraphs = _first_caption(paragraphs, found)
    return [p for p in paragraphs if not _another_pictures_caption(p, found)]


def _first_caption(paragraphs: list[str], found: Found) -> list[str]:
    """The paragraphs without the first photo's caption printed among them, in any of the forms read."""
    credited = _credit_over_caption(paragraphs, found)
    if credited is not None:
        return credited
    printed = _caption_lines_twice(paragraphs, found) or _printed_caption(paragraphs, found) \
        or _caption_over_lead(paragraphs, found) or _caption_over_photographer(paragraphs, found)
    if printed is not None:
        return printed
    return _caption_over_byline(paragraphs, found) or _caption_amid_text(paragraphs, found) \
        or _triangle_caption(paragraphs, found) or _glued_caption(paragraphs, found) \
        or _credit_under_paragraph(paragraphs, found) or _label_over_credit(paragraphs, found) \
        or _lone_credit(paragraphs, found)


def _label_over_credit(paragraphs: list[str], found: Found) -> list[str]:
    """The headline printed again (a picture's label, its alternative text) with a credit line under it
    (`Crédit : Maxime Tilliette`): the picture's credit, both lines out of the text; [] when there is none."""
    for i, p in enumerate(paragraphs):
        lines = [ln.strip() for ln in p.split("\n") if ln.strip()]
        if len(lines) == 2 and _headline_again(lines[0], found.title) and cap.credit_line(lines[1]):
            found.set("image_credit", cap.credit_line(lines[1]))
            return paragraphs[:i] + paragraphs[i + 1:]
    return []


def _credit_under_paragraph(paragraphs: list[str], found: Found) -> list[str]:
    """A picture's labelled credit on the last line of a paragraph of running text (`写真=MOA美術館` under the
    text, its picture lost in the paste): the picture's credit, out of the text; [] when there is none."""
    for i, p in enumerate(paragraphs):
        lines = p.rstrip().split("\n")
        credit = cap.LABELLED_CREDIT.match(lines[-1].strip()) if len(lines) >= 2 else None
        if credit and is_prose("\n".join(lines[:-1])):
            found.set("image_credit", credit["credit"].strip())
            return [*paragraphs[:i], "\n".join(lines[:-1]), *paragraphs[i + 1:]]
    return []


def _labelled_pictures(paragraphs: list[str], found: Found) -> list[str]:
    """The paragraphs without the pictures' lines printed with their hidden labels (`Crédit photo, X Légende
    image, …`, see `cap.labelled_picture`): the first one's caption and credit are the article's, when the head
    found none."""
    out = []
    for p in paragraphs:
        picture = cap.labelled_picture(p) if "\n" not in p.strip() else None
        if picture is None:
            out.append(p)
            continue
        if picture[0] and not found.values.get("image_caption"):
            found.set("image_caption", picture[0])
            found.set("image_credit", picture[1])
    return out


#: A caption's own words for its picture, where no running text opens: Chinese `图为…` ("the picture shows …"),
#: or a Japanese caption's note in brackets at its end, `…迎えた。(写真は6日朝の札幌市内コンビニエンスストア)`.
_PICTURE_SHOWS = re.compile(r"^(?:图为|圖為|图片为|圖片為)\S[^。！？!?\n]{4,80}[。.]?$"
                            r"|^[^\n]{6,120}[。.]\s?[(（]写真は[^()（）\n]{2,40}[)）]$")
#: A slideshow's buttons under its pictures' captions: `pre` / `next`, `上一张` / `下一张`, `前へ` / `次へ`.
_SLIDESHOW_BUTTON = re.compile(r"^(?:pre|prev|previous|next|上一张|下一张|上一張|下一張|前へ|次へ|<|>|‹|›)$",
                               re.IGNORECASE)


def _gallery_run(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a gallery's captions: a run of three paragraphs or more of one short sentence each
    (eight words at most), one of them printed twice in the run (`El lugar del accidente.` / `Las imágenes del
    accidente.` / `El lugar del accidente.`). Running text does not say one short sentence again and again."""
    short = [("\n" not in p.strip() and size(p) <= 8 and bool(SENTENCE_END.search(p))
              and len(SENTENCE_BREAK.split(p.strip())) == 1) for p in paragraphs]
    out, i = [], 0
    while i < len(paragraphs):
        j = i
        while j < len(paragraphs) and short[j]:
            j += 1
        run = [" ".join(p.split()) for p in paragraphs[i:j]]
        if len(run) >= 3 and len(set(run)) < len(run):
            i = j  # the gallery's captions
            continue
        out.extend(paragraphs[i:max(j, i + 1)])
        i = max(j, i + 1)
    return out


def _slideshow_caption(paragraphs: list[str], found: Found) -> list[str]:
    """The paragraphs without those that are pictures' captions by their own words (_PICTURE_SHOWS), or lines
    over a slideshow's buttons among the first three paragraphs (`Caption.` / `pre` / `next`); the first one is
    the article's caption when none is known and it stands over the text or under it (one amid the text, with
    running text above and below, is another picture's: a saved page's text may have lost the lead picture's
    caption, which the page's own figure then gives). A paragraph of running text says no `图为`."""
    out = []
    for i, p in enumerate(paragraphs):
        caption = _pictures_caption(p, i)
        if not caption:
            out.append(p)
            continue
        if (i < 3 or not any(is_prose(q) for q in paragraphs[i + 1:])) and not found.values.get("image_caption"):
            found.set("image_caption", caption)
    return out


def _pictures_caption(paragraph: str, i: int) -> str:
    """The caption a paragraph is by its own words (_PICTURE_SHOWS), or by the slideshow's buttons under it
    when it is among the first three paragraphs (i, its place); '' otherwise."""
    lines = [ln.strip() for ln in paragraph.split("\n") if ln.strip()]
    if len(lines) >= 2 and i < 3 and all(_SLIDESHOW_BUTTON.match(ln) for ln in lines[-2:]):
        caption = " ".join(ln for ln in lines if not _SLIDESHOW_BUTTON.match(ln))
        return caption if SENTENCE_END.search(caption) else ""
    flat = " ".join(paragraph.split())
    return flat if _PICTURE_SHOWS.match(flat) else ""


def _triangle_caption(paragraphs: list[str], found: Found) -> list[str]:
    """A one-line paragraph marked with a filled triangle (`▲왼쪽부터 … 교수.`), one sentence or a
    fragment of forty words at most, alone between paragraphs of running text: the photo's caption,
    as Korean papers mark it in the text; [] when there is none. A list marked so has two items or
    more (on its line, or on the paragraphs around it), and stays."""
    for i in range(1, len(paragraphs) - 1):
        line = paragraphs[i].strip()
        label = _headline_again(paragraphs[i - 1], found.title)
        if not line.startswith("▲") or "\n" in line or line.count("▲") > 1 or size(line) > 40 \
                or len(SENTENCE_BREAK.split(line)) > 1 or paragraphs[i - 1].lstrip().startswith("▲") \
                or paragraphs[i + 1].lstrip().startswith("▲") \
                or not (SENTENCE_END.search(paragraphs[i - 1]) or label) or not is_prose(paragraphs[i + 1]):
            continue
        caption, credit = cap.marked_caption(line) or (line.lstrip("▲ "), "")
        found.set("image_caption", caption)
        if credit:
            found.set("image_credit", credit)
        return paragraphs[:i - 1 if label else i] + paragraphs[i + 1:]
    return []


def _headline_again(paragraph: str, title: str) -> bool:
    """The headline printed again amid the text, alone or with the site's name after a dash or a bar
    (`Headline-信息快讯网`): a picture's label (its alternative text), over the picture's caption."""
    flat = " ".join(paragraph.split())
    if not title or size(title) < 4 or not flat.startswith(title):
        return False
    tail = flat[len(title):]
    return not tail or bool(re.fullmatch(r"\s?[-–|｜]\s?[^\s.!?。！？]{2,20}", tail))


def _printed_caption(paragraphs: list[str], found: Found) -> list[str] | None:
    """A caption printed twice, credited, or under the text as its last paragraph: read, and the
    paragraphs without it (a standfirst over the photo read too); None when there is none."""
    summary = str(found.values.get("summary") or "")
    for i, p in enumerate(paragraphs):
        caption = _caption_twice(p) or _credited_caption(_under_labels(p), i, summary) \
            or (_caption_under_text(p) if i == len(paragraphs) - 1 else None)
        if caption:
            found.set("image_caption", cap.without_slug(caption[0]))
            found.set("image_credit", caption[1])
            rest = [q for q in paragraphs if q != p]
            if i < len(rest) and _credit_again(rest[i], caption[1]):
                del rest[i]  # the credit printed again under its caption: `Orlin Wagner/APFile`
            return _standfirst_over_photo(rest, i, found)
    return None


def _under_labels(p: str) -> str:
    """The last line of a paragraph whose lines above it are labels of four words at most with no stop (a
    picture's alternative text, `Gao Yu`, over its caption); the paragraph as it is otherwise."""
    lines = [ln for ln in p.split("\n") if ln.strip()]
    if len(lines) > 1 and all(size(ln) <= 4 and not SENTENCE_END.search(ln) for ln in lines[:-1]):
        return lines[-1]
    return p


def _credit_again(paragraph: str, credit: str) -> bool:
    """A photographer's line with its agency (`Orlin Wagner/APFile`, `Michael Molzar/Getty Images`) under a
    caption whose credit names the same photographer (`(AP Photo/Orlin Wagner, File)`, `(Photo by Michael
    Molzar/SEPA.Media /Getty Images)`): the credit printed again, not text."""
    line = paragraph.strip()
    name = line.split("/")[0].strip()
    again = cap.slashed_credit(line) or (line if "/" in line and "\n" not in line and size(line) <= 8
                                         and len(name.split()) >= 2 else "")
    return bool(again) and name in credit


def _caption_lines_twice(paragraphs: list[str], found: Found) -> list[str] | None:
    """A photo's caption with its credit (or its Japanese `=date, place` tail) printed twice on two lines one under
    the other, the copies alike but for their spaces (an image's alternative text, then its caption, as the Ebra
    group's papers and Mainichi print them): the caption and its credit, both lines out of the text. Running text
    never prints a line twice so; None when there is none."""
    for i, p in enumerate(paragraphs[:-1]):
        pair = cap.caption_then_credited(p, paragraphs[i + 1]) if "\n" not in p + paragraphs[i + 1] else None
        if pair:  # the two printings set apart as two paragraphs: `Caption.` / `Caption. — X / Outlet`
            found.set("image_caption", pair[0])
            found.set("image_credit", pair[1])
            return paragraphs[:i] + paragraphs[i + 2:]
    for i, p in enumerate(paragraphs):
        lines = p.split("\n")
        for j in range(len(lines) - 1):
            flat = " ".join(lines[j].split())
            pair = cap.trailing_credit(flat) or cap.marked_caption(flat) if flat == " ".join(lines[j + 1].split()) \
                else None
            if not pair or not pair[1] or size(flat) < 4:
                continue
            found.set("image_caption", pair[0])
            found.set("image_credit", pair[1])
            rest = "\n".join(lines[:j] + lines[j + 2:]).strip("\n")
            return paragraphs[:i] + ([rest] if rest.strip() else []) + paragraphs[i + 1:]
    return None


def _caption_over_photographer(paragraphs: list[str], found: Found) -> list[str] | None:
    """Among the first two paragraphs, a caption of sixty words at most over its photographer's credit line
    (`Fotografía de Devlin Gandy`, see `cap.photographed_by`), running text under them: the caption and the
    credit, out of the text; the other pictures' captions credited the same way under it go too (a gallery's).
    None when there is none."""
    for i in range(min(2, len(paragraphs) - 2)):
        credit = cap.photographed_by(paragraphs[i + 1])
        if not credit or not _gallery_caption(paragraphs[i]) or not is_prose(paragraphs[i + 2]):
            continue
        found.set("image_caption", " ".join(paragraphs[i].split()))
        found.set("image_credit", credit[1])
        rest, out = paragraphs[:i] + paragraphs[i + 2:], list[str]()
        for j, p in enumerate(rest):
            later = cap.photographed_by(p)
            if later and later[0] == credit[0] and out and _gallery_caption(out[-1]) and j > i:
                out.pop()  # another picture's caption and its credit, printed the same way
                continue
            out.append(p)
        return out
    return None


def _gallery_caption(paragraph: str) -> bool:
    """A paragraph that may be a picture's caption: one line of sixty words at most, with a stop at its end."""
    return "\n" not in paragraph.strip() and size(paragraph) <= 60 and bool(SENTENCE_END.search(paragraph))


def _caption_over_lead(paragraphs: list[str], found: Found) -> list[str] | None:
    """Among the first two paragraphs, a caption with its photo's credit in brackets after it, naming an agency
    or a photo library (`… to clear. (Kelly Hertz/Yankton Press & Dakotan via AP)`, see
    `cap.bracketed_photo_credit`), running text under it: the photo's caption and credit, out of the text, with
    the credit printed again on a line under the caption (`Michael Molzar/Getty Images`). None when there is none."""
    for i, p in enumerate(paragraphs[:2]):
        lines = [ln for ln in p.split("\n") if ln.strip()]
        pair = cap.bracketed_photo_credit(lines[0]) if lines else None
        if not pair or i + 1 >= len(paragraphs) or not is_prose(paragraphs[i + 1]) \
                or not all(_credit_again(ln, pair[1]) for ln in lines[1:]):
            continue
        found.set("image_caption", pair[0])
        found.set("image_credit", pair[1])
        return paragraphs[:i] + paragraphs[i + 1:]
    return None


def _glued_caption(paragraphs: list[str], found: Found) -> list[str]:
    """A paragraph that opens with one sentence printed twice with no space between the copies, perhaps
    printed again alone on the lines under it (`The sinkhole.The sinkhole.` / `The sinkhole.`: an image's
    alternative text run into its caption, as JPIMedia's pages paste): the photo's caption, out of the
    text. Running text never runs a sentence into itself; [] when there is none."""
    for i, p in enumerate(paragraphs):
        lines = [ln.strip() for ln in p.split("\n")]
        half = len(lines[0]) // 2
        once = lines[0][:half]
        if len(lines[0]) % 2 or half < 8 or once != lines[0][half:] or not SENTENCE_END.search(once) \
                or once[:1].islower() or any(ln != once for ln in lines[1:]):
            continue
        found.set("image_caption", once)
        return paragraphs[:i] + paragraphs[i + 1:]
    return []


#: A caption's opening: who or what the picture shows (one to five capitalised words, a title such as
#: `Coun` or `Dr` among them), then where or with what (`Coun Jason Zadrozny with one of the signs …`,
#: `Firefighters at the scene on Mill Lane`).
_PICTURED = re.compile(r"^(?:[A-Z][\w'’.-]*\s){1,5}(?:with|at|outside|inside|during|holding|in front of|pictured"
                       r"|standing|speaking|putting up)\s\S")
#: A finite verb a sentence of running text has and a caption of what a picture shows lacks.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|told|can|could|did|does|do|may"
                     r"|might|must|should)\b")


def _caption_amid_text(paragraphs: list[str], found: Found) -> list[str]:
    """A line of six to thirty words with no stop, alone between paragraphs of running text, that names
    who or what is pictured and where or with what, with no finite verb (`Coun Jason Zadrozny with one
    of the road closure signs after the incident`): the photo's caption, as British local papers print
    it in the text; [] when there is none. A subhead is shorter, and a sentence that lost its stop has
    its verb (`The capital's CBD is unlikely to be back online …`), and an appeal's pitch calls on the reader.
    A line in title case, every word of four letters or more capitalised, is a subhead (`Record Turnout at
    the Polls in the Northern Wards`); a caption writes what it shows in lower case (`… at the scene on
    Mill Lane`).
    """
    for i in range(1, len(paragraphs) - 1):
        line = paragraphs[i].strip()
        if "\n" in line or SENTENCE_END.search(line) or not 6 <= size(line) <= 30 or not _PICTURED.match(line) \
                or title_cased(line) or _FINITE.search(line) or not SENTENCE_END.search(paragraphs[i - 1]) \
                or not is_prose(paragraphs[i + 1]) or appeal_box(line, paragraphs[i + 1]):
            continue
        found.set("image_caption", line)
        return paragraphs[:i] + paragraphs[i + 1:]
    return []


def _credit_over_caption(paragraphs: list[str], found: Found) -> list[str] | None:
    """The paragraphs without a credit line and the short caption under it (`Foto: X` / `Caption.`),
    which go into `image_credit` and `image_caption`; None when the paragraphs show no such pair. A credit in
    brackets closes what is above it (`(Foto: imago/X)` under a caption), it stands over no caption."""
    for i, p in enumerate(paragraphs[:-1]):
        credit = cap.credit_line(p) if not p.lstrip().startswith(("(", "（")) else ""
        if credit and is_prose(paragraphs[i + 1]) and size(paragraphs[i + 1]) <= 40:
            found.set("image_credit", credit)
            found.set("image_caption", " ".join(paragraphs[i + 1].split()))
            return paragraphs[:i] + paragraphs[i + 2:]
    return None


def _caption_over_byline(paragraphs: list[str], found: Found) -> list[str]:
    """Among the first paragraphs, a photo's caption with no stop and its agency glued at the end
    (`Primera sesión del juicio … ni el jurado EFE`), then a person's name alone, then running text:
    the caption and its credit, and the byline under the photo, as papers print them; a deck right
    above the photo (see _deck) is the standfirst. [] when the paragraphs show no such block."""
    for i in range(min(3, len(paragraphs) - 2)):
        match = AGENCY_GLUED.match(" ".join(paragraphs[i].split()))
        name = paragraphs[i + 1].strip()
        if not match or not src.known_agency(match["credit"]) or found.values.get("author") \
                or not by.is_name(name) or len(name.split()) < 2 or by.is_collective(name) \
                or not is_prose(paragraphs[i + 2]):
            continue
        found.set("image_caption", match["caption"])
        found.set("image_credit", match["credit"])
        found.set("author", (name,))
        if i == 1 and _deck(paragraphs[0]) and not found.values.get("summary"):  # a deck over the photo
            found.set("summary", paragraphs[0].strip())
            return paragraphs[i + 2:]
        return paragraphs[:i] + paragraphs[i + 2:]
    return []


def _deck(paragraph: str) -> bool:
    """A deck: one line of eight to fifty words of running words with no stop at its end."""
    return "\n" not in paragraph.strip() and 8 <= size(paragraph) <= 50 and not SENTENCE_END.search(paragraph) \
        and not LIST_ITEM.match(paragraph) and not read_dateline(paragraph)[0] and not cap.trailing_credit(paragraph)


#: A caption with no stop at its end and an agency's name after it: `… sin presencia del jurado EFE`. A photo's
#: label before the agency is no end of the caption (`… humide.  Photo AFP`: the caption ends at its stop).
AGENCY_GLUED = re.compile(r"^(?P<caption>[^\n]{20,300}?[^\s.!?:;,](?<!\bPhoto)(?<!\bFoto)(?<!\bBild))\s"
                          r"(?P<credit>[A-Z][\w-]{1,20}(?: [A-Z][\w-]+)?)$")


def _lone_credit(paragraphs: list[str], found: Found) -> list[str]:
    """A photos' labelled credit line alone between paragraphs of running text or under the text, no caption at
    hand (`Fotos: Protección Civil`, `(crédit photo : archives X)`): the pictures' credit, out of the body; the
    same credit printed again under the other pictures of the text goes too."""
    first = ""
    out: list[str] = []
    for i, p in enumerate(paragraphs):
        credit = cap.credit_line(p) if i and ":" in p else ""
        last = i == len(paragraphs) - 1
        if credit and (credit == first or not first and is_prose(paragraphs[i - 1])
                       and (last and i >= 2 or not last and is_prose(paragraphs[i + 1]))):
            first = first or credit
            continue
        out.append(p)
    if first:
        found.set("image_credit", first)
    return out


def _another_pictures_caption(paragraph: str, found: Found) -> bool:
    """A caption of sixty words at most credited to the same agency as the article's picture (`… (14. Juli 2021)
    Foto: Alex Forstreuther (Keystone)` after `… Foto: David Young (Keystone)`), or captions closed by their
    photographer's credit as Japanese papers print them (`…=飯島啓太撮影`), when the article's picture has its
    caption: another picture of the page."""
    lines = [ln for ln in paragraph.split("\n") if ln.strip()]
    if found.values.get("image_caption") and lines and all(cap.photographer_caption(ln) for ln in lines):
        return True
    pair = cap.trailing_credit(paragraph) if "\n" not in paragraph.strip() and size(paragraph) <= 60 else None
    agency = _credit_agency(str(found.values.get("image_credit", "")))
    return bool(pair) and bool(agency) and _credit_agency(pair[1]) == agency  # type: ignore[index]


def _credit_agency(credit: str) -> str:
    """The agency a photographer's credit names last, in brackets or after a slash (`Keystone` of `David Young
    (Keystone)`, `dpa` of `Jane Roe/dpa`), when it is a known one or a photo library; else ''."""
    match = re.search(r"(?:\(|/)\s*(?P<agency>[^()/]{2,30}?)\s*\)?$", credit)
    name = match["agency"] if match else ""
    return name if name and (src.known_agency(name) or cap.photo_library(name)) else ""


def _another_pictures_credit(paragraphs: list[str], i: int, found: Found) -> bool:
    """A copyright line alone inside the text (`© LENA GHIO 2024`, not at its foot), where the text's
    picture already has its caption and credit: another picture's credit (a gallery's), not text."""
    return 0 < i < len(paragraphs) - 1 and paragraphs[i].strip().startswith("©") \
        and bool(cap.credit_line(paragraphs[i])) and bool(found.values.get("image_credit")) \
        and bool(found.values.get("image_caption"))


def _standfirst_over_photo(paragraphs: list[str], at: int, found: Found) -> list[str]:
    """The one paragraph above a photo's caption found second among the paragraphs, when it is
    running text of two sentences or more and text follows the photo: the standfirst, as a
    paragraph above an image line is (`Standfirst. More.` / `Caption. | ARCHIVES X` / text). Two
    paragraphs above it, one sentence and then a deck with no stop, are a page's description and
    its deck, printed one under the other: the first is the standfirst, and both leave the text."""
    if at == 2 and _description_and_deck(paragraphs, found):
        found.set("summary", " ".join(paragraphs[0].split()))  # a page's description, then its deck
        return paragraphs[2:]
    if at != 1 or found.values.get("summary") or len(paragraphs) < 2:
        return paragraphs
    first = " ".join(paragraphs[0].split())
    if len(re.findall(r"[.!?。](?:\s|$)", first)) < 2 or not _running_text(paragraphs[0].split("\n")) \
            or read_dateline(first)[0] or not is_prose(paragraphs[1]):
        return paragraphs
    found.set("summary", first)
    return paragraphs[1:]


def _description_and_deck(paragraphs: list[str], found: Found) -> bool:
    """The first two paragraphs are one finished sentence (fifty words at most) and a deck (see
    _deck), running text under them, and no standfirst is known yet."""
    first = paragraphs[0].strip()
    return not found.values.get("summary") and len(paragraphs) >= 3 and _deck(paragraphs[1]) \
        and "\n" not in first and size(first) <= 50 and bool(SENTENCE_END.search(first)) \
        and len(SENTENCE_BREAK.split(first)) == 1 and is_prose(paragraphs[2])


def _caption_twice(p: str) -> tuple[str, str] | None:
    """(caption, credit) of a paragraph of two lines, the second the first again with a credit
    glued on (an image's alt text, then its caption: `Caption` / `Caption © Maxppp`); None otherwise."""
    lines = p.split("\n")
    return cap.caption_then_credited(lines[0], lines[1]) if len(lines) == 2 else None


def _credited_caption(p: str, i: int, summary: str) -> tuple[str, str] | None:
    """(caption, credit) of the paragraph `p` at index `i` when it is a photo's caption with its
    credit at the end: it says photo, or its credit names who provided it, or it is a short
    `Name/dpa` credit near the top, or it is the standfirst printed again under the photo. None
    otherwise."""
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
    if cap.says_photo(p, pair[1]) or agency_credit or repeat:
        return (summary if repeat else pair[0]), pair[1]
    return None


def _caption_under_text(p: str) -> tuple[str, str] | None:
    """(caption, agency) of the last paragraph when it is one sentence that dates its picture, with
    an agency's name in brackets after its stop (`Kwon speaks to reporters in Seoul on April 14,
    2022. (Yonhap)`): the photo's caption, which a mobile page prints under the text. An agency
    closing its own text the same way (`… for four days. (ANI)`) gives no day and year. None otherwise."""
    match = re.match(r"^(?P<caption>[^\n]{20,300}?[.!?])\s*\((?P<credit>[^()]{2,30})\)$", p.strip())
    if not match or not src.known_agency(match["credit"]) or re.search(r"[.!?]\s", match["caption"]) \
            or not cap.PHOTO_DAY.search(match["caption"]):
        return None
    return match["caption"], match["credit"]


def _agency_and_writer(tag: str) -> tuple[str, str]:
    """(outlet, writer) of a dateline's tag that names both, parted by a slash (`MONTEVIDEO (Uypress / Daniel
    Feldman) –`): the writer a name of two words or more, the outlet one word or a known outlet's name. A writer's
    name is never the source. (tag, '') otherwise."""
    parts = [p.strip() for p in re.split(r"\s/\s", tag)]
    if len(parts) != 2:
        return tag, ""
    for outlet, writer in (parts, parts[::-1]):
        named = len(writer.split()) >= 2 and by.is_name(writer) and not known_outlet(writer)
        if named and not src.known_agency(writer) \
                and (len(outlet.split()) == 1 or known_outlet(outlet) or src.known_agency(outlet)):
            return outlet, writer
    return tag, ""


def opening_dateline(paragraphs: list[str], found: Found) -> str:
    """The dateline of the first of the opening paragraphs that has one, with the agency it
    names (the source when nothing better names it) and the reporters it credits."""
    for p in [q for q in paragraphs[:6] if not cap.PHOTO_TAIL.search(q)][:3]:  # a photo's caption: its
        # dateline, agency and reporter are the photo's; the three paragraphs after the captions are read
        if src.paper_news(p):  # `新京报讯 …`: the paper's own credit
            found.sources.setdefault("dateline", src.paper_news(p))
            record_credited_day(src.paper_news_day(p), found)
        if p is paragraphs[0] and src.lead_bracket_outlet(p):  # `[충청매일] 충북도교육청이 …`
            found.sources.setdefault("bracket", src.lead_bracket_outlet(p))
        credited = read_wire_credit(p, found)
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
            agency, writer = _agency_and_writer(agency)
            found.sources.setdefault("dateline", agency)
            if writer:
                found.set("author", (writer,))
        korean = re.match(r"^[(\[][가-힣]+=[^)\]]+[)\]]\s*(?P<names>(?:[가-힣]{2,4}\s){0,3}[가-힣]{2,4})\s?기자", p)
        chinese = by.chinese_reporters(p[:80]) if re.match(r"^[\u4e00-\u9fff]", p) else ()
        found.set("author", tuple(korean["names"].split()) if korean else chinese)
        return place
    return ""


def _place_of(p: str, first: bool, found: Found) -> tuple[str, str]:
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
        when = date_line(printed, found) if printed else None
        if when is not None and when.published:
            found.set("date", when.published)  # the release's own date, in its dateline
    glued = re.search(r"(?<=[)\]）])\s?(?=[\[［])", p[:300]) if not place else None
    if glued:  # a caption glued before a Japanese agency dateline
        place, agency = read_dateline(p[glued.end():])
    when = date_line(dated_tag(p), found) if place and dated_tag(p) else None
    if when is not None and when.published:
        found.set("date", when.published)  # `LOS ANGELES (Jan. 29, 2015) —`
    return place, agency


def _dates_of(line: str, found: Found) -> tuple[str, str] | None:
    """(published, updated) of a date line, by the strict rule first, then the wide one; None for
    an event's time and place (`Zeit: … Ort: …`), whose date is the event's."""
    if event_schedule(line):
        return None
    dates = parse_date_line(line)
    if dates is not None or is_prose(line):
        return dates
    wide = date_line(line, found)
    if wide is None:
        return None
    if wide.refused:
        found.notes.append(f"date: '{line}' refused: {wide.refused}")
    if src.paper_credit(line):
        found.sources.setdefault("label", src.paper_credit(line))
    return wide.published, wide.updated


def _another_post(line: str, published: str, values: dict[str, object]) -> bool:
    """A date line among the paragraphs under the headline that is printed in the form of the day over the headline
    (`martes, 18 de septiembre de 2012`, kept as the page's day, head._date_above), with another day: a blog's or a
    list's next post's header (`miércoles, 12 de septiembre de 2012`), never the story's date."""
    page_day = values.get("page_day")
    if not isinstance(page_day, tuple) or not published:
        return False
    when, over = page_day
    return _shape(line) == _shape(over) and not published.startswith(str(when.published)[:10])


def _shape(line: str) -> str:
    """A date line's form, its words and figures blanked: `w, 0 w w w 0`."""
    return re.sub(r"[^\W\d_]+", "w", re.sub(r"\d+", "0", line.strip().casefold()))


def _record_core_date(line: str, dates: tuple[str, str], values: dict[str, object], found: Found) -> str:
    published, updated = dates
    if _another_post(line, published, values):
        found.notes.append(f"date: '{line}' is printed as the day over the headline, with another day: another "
                           "post's, not taken")
        return "date"
    labelled_date(line, published, found)
    if parse_date(line) is not None and "date" in values:
        return ""  # a second date-only line is text (a timeline, say)
    agency_before_bar(line, found)
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


def _full_byline(line: str, values: dict[str, object], found: Found) -> bool:
    """A byline line among the paragraphs in any By-word's language (`Por X – Outlet`, `Von: X`),
    when it is surely one: its names are whole names (two words or more each) or an outlet follows
    them. Records the authors and the outlet."""
    credit = by.read_byline(line) if size(line) <= 10 else None
    if not credit or not credit[0] or not (credit[1] or all(len(n.split()) >= 2 for n in credit[0])):
        return False
    values["author"] = credit[0]
    if credit[1]:
        found.sources.setdefault("byline", credit[1])
    return True


def _metadata_kind(line: str, values: dict[str, object], *, last: bool, found: Found) -> str:
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
        if _full_byline(line, values, found):
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
