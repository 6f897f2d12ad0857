"""What the passes of `extract` have read so far (`Found`), the blocks the body is cut into, and
the readers that every part of the text applies and that record into `Found`: date lines (with
the credits a date line also names) and a wire's credit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gazette.importer.rules import byline as by
from gazette.importer.rules import source as src
from gazette.importer.rules.dateline import place_before_date, wire_credit
from gazette.importer.rules.dates import event_schedule, publication_label, read_date_line, without_reading_time


class Gap(str):
    """A line of text that page furniture followed (a share bar, an ad label, a reading time):
    the head of a page often ends there, after a standfirst."""


@dataclass
class Block:
    kind: str  # "para" or a metadata kind: "date", "byline", "image", "tags"
    lines: list[str] = field(default_factory=list)


@dataclass
class Found:
    """What the passes have read so far (first value found wins, except where a rule says)."""

    date_order: str = ""
    language: str = ""
    title: str = ""
    values: dict[str, object] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # kind of evidence -> name
    notes: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)  # `field: why` for a value a person must check
    page_above: bool = False  # the headline is printed twice over the text: every line above it is the page's

    def set(self, key: str, value: object) -> None:
        if value and not self.values.get(key):
            self.values[key] = value


#: A page's clock, which says it is today's day (`Hoy es martes, 23 de abril de 2024`, `Today is Monday, …`,
#: `오늘은 …`, `今天是…`): the day the page was read, never a story's date.
_TODAY = re.compile(r"^\W*(?:hoy es|today is|aujourd['’]hui(?:,| nous sommes| c['’]est)?|heute ist|oggi è|hoje é"
                    r"|오늘은|今日は|今天是|今天|今日)\s*", re.IGNORECASE)


def todays_clock(line: str) -> bool:
    """Whether `line` is the page's clock (`_TODAY`): a date line, the story's never."""
    return bool(_TODAY.match(line))


def date_line(line: str, found: Found):
    if event_schedule(line):
        return None  # an event's time and place: `Zeit: 06.12.2019, 11:45 Uhr Ort: …`

    when = read_date_line(line, date_order=found.date_order, language=found.language)
    outlet, rest = src.bracket_prefix(line.strip()) if when is None and "]" in line else ("", "")
    if outlet:  # an outlet in brackets before the date line: `[STN] 최초 작성일 : 2019-05-24 09:28:54 | …`
        return read_date_line(rest, date_order=found.date_order, language=found.language)
    if when is None and _BYLINE_OPENING.match(line):  # a byline and its date: `Ein Interview von A und B, 09.02.2022`
        split = _byline_and_date(line, found)
        return split[1] if split else None
    if when is None and _NOTICE_BEHIND.search(line):
        return read_date_line(_NOTICE_BEHIND.sub("", line), date_order=found.date_order, language=found.language)
    return when if when is not None or " | " not in line else _barred_date(line, found)


#: A copyright sign and its holder behind a date line, as Korean sites print the last edit's label with the
#: page's notice (`기사입력: 2022/04/11 [19:21]  최종편집: ⓒ 브레이크뉴스 새만금`): the date line is read without
#: it, the holder named by `dated_holder`.
_NOTICE_BEHIND = re.compile(r"\s+(?:최종편집\s*[:：]\s*)?[ⓒ©]\s*(?P<name>[^\d\s|:ⓒ©][^|:ⓒ©]{1,30})$")


def dated_holder(line: str) -> str:
    """The holder of a copyright notice behind a date line (`_NOTICE_BEHIND`), when its name reads as an
    outlet's; else ''."""
    match = _NOTICE_BEHIND.search(line)
    return match["name"].strip() if match and src.looks_like_outlet(match["name"].strip()) else ""


def _barred_date(line: str, found: Found):
    """The date of a line whose parts between bars are a date and bylines, a page's header of labelled
    parts: `Autor: Redacción / Noventa Grados | Fecha: 2 de Enero de 2026 a las 12:35:53`; None otherwise."""
    parts = [p.strip() for p in line.split(" | ") if p.strip()]
    dates = [w for w in (read_date_line(p, date_order=found.date_order, language=found.language) for p in parts) if w]
    if len(dates) == 1 and sum(1 for p in parts if by.read_byline(p)) == len(parts) - 1:
        return dates[0]
    return None


#: A clock of hours and minutes anywhere on a line (`16:34`, `17時21分`, `18h30`, `19시 05분`): one a date line shows
#: that no date read from it has was printed in a form the date rules do not read.
_ANY_CLOCK = re.compile(r"(?<![\d:.])(?!00:00)(?:[01]?\d|2[0-3])(?:[:：]|\s?[時시]\s?|h)[0-5]\d(?![\d.])")


def _clock_unread(when, line: str, found: Found) -> None:
    """A doubt when the day found came from a line that also shows a clock no date of it took (a form the
    date rules do not read, glued or bracketed): the time is likely the publication's."""
    if found.values.get("date") == when.published and len(when.published) == 10 and "T" not in when.updated \
            and not when.refused and _ANY_CLOCK.search(line):
        found.doubts.append(f"date: the date line {line.strip()[:80]!r} shows a time that the date found, "
                            f"{when.published}, lacks: check the time")


def record_credited_day(day: str, found: Found) -> None:
    """The day a credit prints (a notice's `… first published June 8, 2023.`, a lead's bracketed
    `【新唐人北京时间2021年08月09日讯】`): the date, when the copy gave none yet."""
    when = date_line(day, found) if day and not found.values.get("date") else None
    if when is not None and when.published:
        record_date(when, day, found)


def record_date(when, line: str, found: Found) -> None:
    if todays_clock(line):
        found.notes.append(f"date: '{line}' is the page's clock, the day it was read: not the story's")
        return
    if when.refused:
        found.notes.append(f"date: '{line}' refused: {when.refused}")
    if when.note:
        found.notes.append(f"date: '{line}': {when.note}")
    published, updated = when.published, when.updated
    if updated and not published and not found.values.get("date"):
        published, updated = updated, ""  # a lone update is the only date the copy shows
    labelled_date(line, published, found)
    if published.startswith(str(found.values.get("date") or "-")) and len(published) > 10:
        found.values.pop("date")  # the same day again with its time: the time refines the day
    found.set("date", published)
    found.set("updated", updated)
    _clock_unread(when, line, found)
    _credits_on_date_line(line, found)


def _credits_on_date_line(line: str, found: Found) -> None:
    """The source and author a date line also names: a label, a paper's print credit, an outlet
    after the time, a byline run into the date, a reporter's title before it, an agency's line."""
    label = src.labelled_source(line) or src.paper_credit(line) or src.dated_outlet(line) or src.bracket_prefix(line)[0]
    if label:
        found.sources.setdefault("label", label)
    holder = dated_holder(line)
    if holder:
        found.sources.setdefault("copyright", holder)
    credit = by.read_byline(line.split("|")[0]) or by.dated_byline(line) or _byline_before_date(line, found) \
        or _named_before_reading_time(line)
    if credit and credit[1]:
        found.sources.setdefault("byline", credit[1])
    if credit and credit[0]:  # a byline run into its date: `por X publicado 16/02/2022 14h45`
        found.set("author", credit[0])
    _paper_reporters_before_bar(line, found)
    signed = _DATED_REPORTER.match(line.strip())
    if signed:  # `정슬기 아나운서 2024. 11. 1. 07:25`, `문일석 발행인 | 기사입력 2022/09/30`
        found.set("author", (signed["name"],))
    agency_before_bar(line, found)


def _paper_reporters_before_bar(line: str, found: Found) -> None:
    """A Korean paper's credit of its reporters before a bar and the date (`머니투데이 류준영 기자 | 2019.12.26
    13:33`): the outlet the source, the reporters the authors, read as the credit alone on its line is."""
    credit = line.split("|")[0].strip() if "|" in line else ""
    outlet = src.reporter_outlet(credit) if credit else ""
    if outlet and src.KOREAN_PAPER_REPORTERS.match(credit):
        found.sources.setdefault("byline", outlet)
        found.set("author", by.reporter_line(credit))


def _byline_before_date(line: str, found: Found) -> tuple[tuple[str, ...], str] | None:
    """(authors, outlet) of a byline the line's date follows: `By Helen Branswell, The Canadian Press
    May 29, 2013 4:40 PM` (the longest byline whose rest is a date line alone); None otherwise."""
    split = _byline_and_date(line, found)
    return split[0] if split else None


#: A line opening as a byline does, its label within its first three words (`By`, `Ein Interview von`).
_BYLINE_OPENING = re.compile(r"^\W*(?:\w+\s+){0,2}(?:by|von|par|por)\s", re.IGNORECASE)


#: The most words a byline and its date run to on one line (`Ein Interview von Anna Schmidt und Peter Lutz, 09.02.2022,
#: 14:30 Uhr`: 11).
_BYLINE_AND_DATE_WORDS = 30


def _byline_and_date(line: str, found: Found):
    """(credit, date line) of a line that is a byline and its date (`_byline_before_date`), or None. A byline and its
    date run to a few words: a longer line, which each split would read whole, is none (a line of thousands of words
    opening `Por …` took minutes)."""
    words = line.split()
    if len(words) > _BYLINE_AND_DATE_WORDS:
        return None
    for k in range(len(words) - 2, 1, -1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        credit = by.read_byline(head.rstrip(","))
        when = read_date_line(rest, date_order=found.date_order, language=found.language) if credit else None
        if credit and when is not None:
            return credit, when
    return None


def _named_before_reading_time(line: str) -> tuple[tuple[str, ...], str] | None:
    """(authors, outlet) of the writer a date line with its reading time names before a dash, as the Ebra
    group's papers print it: `Damien Valette - 01 sept. 2016 à 05:00 - Temps de lecture :`; None otherwise."""
    head, dash, _ = line.strip().partition(" - ")
    if not dash or without_reading_time(line) == line or not 2 <= len(head.split()) <= 5:
        return None
    return by.read_byline(f"By {head}")


def agency_before_bar(line: str, found: Found) -> None:
    """What a date line names before a bar, a bullet, a comma or a dash: an agency, its credit line
    (`Europa Press | 17 dic, 2018`, `Reuters | Ankara | …`, `Reuters, 22 December 2016`, `時事通信 / 2019年10月18日
    5時37分`); or a city, the place the report was filed from (`Madrid | 5 de junio de 2025`)."""
    before = re.split(r"\s*[|•·,]\s*|\s[-–—/]\s", line.strip(), maxsplit=1)[0]
    if before != line.strip() and src.known_agency(before):  # (also `Reuters, 22 December 2016`, `AFP • 24/01`)
        found.sources.setdefault("byline", src.known_agency(before))
    found.set("dateline", place_before_date(line))


#: A Korean date line that opens with the writer and the writer's role, as portals and papers print it.
_DATED_REPORTER = re.compile(r"^(?P<name>[가-힣]{2,4})\s?(?:기자|특파원|아나운서|앵커|발행인|논설위원|선임기자|전문기자"
                             r"|대기자|편집국장|칼럼니스트)\s*(?:[|·ㅣ]\s*)?(?=.*\d)")


def dated_reporter(line: str) -> str:
    """The writer a Korean date line opens with (`문일석 발행인 | 기사입력 2022/09/30`); '' otherwise."""
    signed = _DATED_REPORTER.match(line.strip())
    return signed["name"] if signed else ""


def read_wire_credit(paragraph: str, found: Found) -> str | None:
    """The place of a CNA or bracketed reporter's credit opening the paragraph (its agency is the
    source, its reporter the author); None when the paragraph opens with neither."""
    agency, reporter, place, credit = wire_credit(paragraph)
    if not credit:
        return None
    if agency:
        found.sources.setdefault("dateline", agency)
    if reporter:
        _lead_reporter(reporter, found)
    return place


def _lead_reporter(name: str, found: Found) -> None:
    """The reporter a lead's own credit names (`[뉴스토마토 김미애기자] …`) is the author; when a byline
    read before it names others only (a page's `인기 기자`, "popular reporters", over the headline),
    a person checks which is the story's."""
    authors = found.values.get("author")
    if isinstance(authors, tuple) and authors and name not in authors:
        found.doubts.append(f"author: the lead's own credit names {name!r}, the byline found {', '.join(authors)!r}:"
                            " check the byline")
    found.set("author", (name,))


def labelled_date(line: str, published: str, found: Found) -> None:
    """A date labelled as the publication's (`发布时间:`, `Published`) wins over an unlabelled date
    line read before it (a masthead's today above the headline)."""
    if not published or not publication_label(line):
        return
    if found.values.get("date") and not found.values.get("date_labelled"):
        found.values.pop("date")
        found.values.pop("updated", None)
    found.values["date_labelled"] = True
