"""Dates: which line of the copy is its date line, and what it says."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache

from gazette.importer.rules.text import INITIAL

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Zone abbreviations that mean one offset only (CST and IST mean several, so they are not here).
_ZONES = {
    "z": "+00:00", "utc": "+00:00", "gmt": "+00:00", "kst": "+09:00", "jst": "+09:00", "hkt": "+08:00",
    "sgt": "+08:00", "cet": "+01:00", "cest": "+02:00", "bst": "+01:00", "eet": "+02:00", "eest": "+03:00",
    "est": "-05:00", "edt": "-04:00", "pst": "-08:00", "pdt": "-07:00", "mst": "-07:00", "mdt": "-06:00",
    "aest": "+10:00", "aedt": "+11:00",
    # Hawaii's and Alaska's (US stations' pages: `4:37 AM HST`), Western and Central Australia's, New Zealand's and
    # Moscow's: one offset each (not Western Europe's WET and WEST, which are words: `WEST PALM BEACH`, `KEY WEST`)
    "hst": "-10:00", "akst": "-09:00", "akdt": "-08:00", "awst": "+08:00", "acst": "+09:30", "acdt": "+10:30",
    "nzst": "+12:00", "nzdt": "+13:00", "msk": "+03:00",
}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DAY_FORMS = (
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # January 31, 2025 / Jan. 31 2025
    rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}",  # 31 January 2025
    r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})",  # 2025-01-31
)
_TIME = (
    r"(?:\s*(?:,|\bat\b|T|\s)\s*"
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?"
    r"\s*(?:(?P<zone>z|utc|gmt|[a-z]{3,4})?\s*(?P<offset>[+-]\d{1,2}(?::?\d{2})?)?)?)?"
)
_DATE_RES = tuple(re.compile(rf"^{form}{_TIME}$", re.IGNORECASE) for form in _DAY_FORMS)


def parse_date(text: str) -> str | None:
    """The canonical form of a text that is only a date (with or without a time), else None."""
    text = " ".join(text.split()).rstrip(".")
    for pattern in _DATE_RES:
        match = pattern.match(text)
        if match:
            return _canonical(match)
    return None


def _canonical(match: re.Match) -> str | None:
    """The date (and time, and offset) a match says, canonical; None when it is no real date."""
    g = match.groupdict()
    month = _MONTHS.get(g["month"].lower()) if g.get("month") else int(g["mnum"])
    if not month:
        return None
    try:
        day = Date(int(g["year"]), month, int(g["day"]))
    except ValueError:
        return None
    if g["hour"] is None:
        return day.isoformat()
    clock, offset = _clock_of(g), _offset_of(g)
    if clock is None or offset is None:
        return None
    return f"{day.isoformat()}T{clock}{offset}"


def _clock_of(g: Mapping[str, str | None]) -> str | None:
    """'HH:MM:SS' of a match's time; None when it is no time of day."""
    hour, minute, second = int(g["hour"] or 0), int(g["minute"] or 0), int(g["second"] or 0)
    if g["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if g["ampm"][0].lower() == "p" else 0)
    elif g["minute"] is None:
        return None  # "2025 10" is not a time; "10 am" and "10:00" are
    if hour > 23 or minute > 59 or second > 59:
        return None
    return f"{hour:02d}:{minute:02d}:{second:02d}"


def _offset_of(g: Mapping[str, str | None]) -> str | None:
    """'+09:00' from a match's zone or numeric offset, '' with neither; None when the zone is
    not known, the offset is out of range, or a zone other than UTC/GMT comes with an offset."""
    zone, given = g["zone"], g["offset"]
    offset = ""
    if zone:
        offset = _ZONES.get(zone.lower(), "")
        if not offset:
            return None
    if given:
        if zone and zone.lower() not in ("utc", "gmt"):
            return None
        sign, digits = given[0], given[1:].replace(":", "")
        hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
        if int(hours) > 14 or int(minutes) > 59:
            return None
        offset = f"{sign}{int(hours):02d}:{minutes}"
    return offset


_LABELLED_DATE = re.compile(
    r"^(?P<label>first published|published|posted|date|last updated|last modified|updated|modified)"
    r"(?:\s+on)?\s*:?\s+(?P<date>.+)$",
    re.IGNORECASE,
)


def parse_date_line(line: str) -> tuple[str, str] | None:
    """(published, updated) from a line that is only dates, each '' when absent; None otherwise.

    `January 31, 2025`, `Published: Jan. 31, 2025 10:00`,
    `Published 31 January 2025 | Updated: 1 February 2025 09:00 GMT`.
    """
    published = updated = ""
    parts = [p.strip() for p in re.split(r"\s[|·•;]\s", line)]
    for part in parts:
        bare = parse_date(part)
        if bare:
            if published:
                return None
            published = bare
            continue
        match = _LABELLED_DATE.match(part)
        value = parse_date(match.group("date")) if match else None
        if match is None or not value:
            return None
        if match.group("label").lower() in ("last updated", "last modified", "updated", "modified"):
            updated = updated or value
        else:
            published = published or value
    return published, updated



# --- date lines of real copy -------------------------------------------------------
#
# A date line is a line whose every part is a date, a time, a label (`Published`,
# `입력`, `更新`...), an agency or source credit, a view count or a relative age
# (`2 years ago`), with at most a few other words (a section name such as `Politics`).
# A date inside a sentence leaves many other words, so it is never the date.

#: Languages whose month names (from the Unicode CLDR, through Babel) are recognised.
MONTH_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Month name or abbreviation (case-folded, without its dot) -> month number, in MONTH_LANGUAGES."""
    names = {k: v for k, v in _MONTHS.items()}
    try:
        from babel import Locale
    except ImportError:  # Babel is a dependency; without it only English names are known
        return names
    for tag in MONTH_LANGUAGES:
        months = Locale.parse(tag).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    key = name.casefold().rstrip(".")
                    if len(key) >= 3 and not key.isdigit():
                        names.setdefault(key, number)
    return names


#: (One separator between the parts: `2017 - 01.13` is a year, a dash and a clock.)
_NUM_YMD = re.compile(r"(?<!\d)(?P<y>\d{4})\s*(?:(?P<sep>[-./])|[년年])\s*(?P<m>\d{1,2})\s*(?:(?P=sep)|[월月])"
                      r"\s*(?P<d>\d{1,2})"
                      r"(?:\s*[日일]|(?:\s*\.)?(?!\d))")  # (its `日` taken when a clock is glued on: `24日10:43`)
_NUM_DMY = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d)")
#: A dotted date with a two-digit year, read (day first, as dots are written, in this century) only with a
#: clock after it, as a site's header prints them: `Sa 19.11.22 | 18:11 Uhr`.
_NUM_DMY_SHORT = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})(?![\d.])"
                            r"(?=[\s,|·–-]*\d{1,2}[:.]\d{2})")
#: `03/15/2021`, and with dashes `02-11-2022` (as Indian and Dutch pages print it): either order, see _slash.
_NUM_SLASH = re.compile(r"(?<![\d/-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)")
_NAMED_DMY = re.compile(r"(?<![\w.])(?P<d>\d{1,2})(?:(?:st|nd|rd|th|er|\.)?\s+|\.)(?:de\s+)?(?P<mon>[^\W\d_]{3,}\.?)"
                        r"(?:,?\s+|(?<=\.))(?:de\s+)?,?\s*(?P<y>\d{4})(?!\d)")  # also `17 dic, 2018`, `21.dez.2018`
_NAMED_MDY = re.compile(r"(?<![\w])(?P<mon>[^\W\d_]{3,}\.?)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)")
_CLOCK = re.compile(r"(?<!\d)(?<!\d:)(?P<h>\d{1,2})(?:[:：](?P<mi>\d{2})(?::(?P<s>\d{2}))?|h(?P<mi2>\d{2})"
                    r"|\s?(?:時|시)\s?(?P<mi3>\d{1,2})\s?(?:分|분))"
                    r"(?:\s*(?P<ap>[ap])\.?\s?m\.?)?(?:\s*Uhr)?(?:\s*\(?(?P<zone>[A-Z]{2,5})"
                    r"(?P<off>[+-]\d{1,2}(?::?\d{2})?)?\)?(?![\w])|\s+(?P<bare>[+-](?:0\d|1[0-4]):?[0-5]\d)(?![\d:]))?",
                    re.IGNORECASE)
_PUBLISHED_LABELS = re.compile(
    r"\b(?:first published|published|posted|date|publié(?: le)?|publicado(?: el)?|veröffentlicht(?: am)?|stand)\b"
    r"|입력|등록|게재|승인|發佈|发布时间|发布|公開|配信|掲載", re.IGNORECASE)
_UPDATED_LABELS = re.compile(r"\b(?:last updated|updated|modified|mis à jour(?: le)?|actualizado(?: el)?|aktualisiert"
                             r"(?: am)?)\b|수정|업데이트|更新", re.IGNORECASE)
_CREDIT_PARTS = re.compile(
    r"(?:来源|來源|出处|责任编辑|責任編輯|编辑|編輯|作者|출처)\s*[:：]\s*\S+(?:\s\S{1,4}(?=\s|$))?"
    r"|\b(?:von|by|par|por)\s+\S+|https?://\S+|www\.\S+|\S+@\S+"
    r"|\b\d+\s+(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\s+ago\b"
    # a newsletter's controls on its date line: "July 20, 2020 View Online | Sign Up"
    r"|\b(?:view (?:online|in (?:your )?browser|this email in your browser)|sign up|subscribe|unsubscribe"
    r"|im browser (?:ansehen|öffnen)|voir (?:en|dans le) navigateur|ver en (?:el )?navegador)\b"
    r"|有料会員限定(?:記事)?|会員限定(?:記事)?|유료\s?기사", re.IGNORECASE)
_LEFT_WORD = re.compile(r"[^\W\d_]{2,}")
_JOINERS = {"at", "um", "à", "às", "a", "las", "on", "am", "le", "el", "de", "the", "min", "read", "uhr", "h"}
WEEKDAYS = frozenset([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes",
    "miércoles", "jueves", "viernes", "sábado", "domingo",
    *(f"{day}曜{end}" for day in "月火水木金土日" for end in ("", "日")),  # (`2018年10月15日 月曜 午後0:06`)
])
#: US zone abbreviations, read as US time only in English copy (CST is also China Standard Time).
_US_ZONES = {"est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00",
             "pst": "-08:00", "pdt": "-07:00"}
MAX_OTHER_WORDS = 3
_NO_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # a run of such letters counts a word per two


@dataclass(frozen=True)
class DateLine:
    """What a date line says: publication and update dates ('' when absent), and why a date was refused."""

    published: str = ""
    updated: str = ""
    refused: str = ""
    note: str = ""  # what was read with a reservation (a zone of several offsets left out)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    day: str  # YYYY-MM-DD, or '' when refused
    refused: str = ""


def _day(y: str, m: int, d: str) -> str:
    try:
        return Date(int(y), m, int(d)).isoformat()
    except ValueError:
        return ""


def _slash(match: re.Match, date_order: str) -> _Found:
    a, b, y = int(match["a"]), int(match["b"]), match["y"]
    if a > 12 or b > 12 or a == b:
        month, day = (b, a) if a > 12 else (a, b)
    elif date_order in ("mdy", "dmy"):
        month, day = (a, b) if date_order == "mdy" else (b, a)
    else:
        return _Found(match.start(), match.end(), "", f"'{match[0]}' could be {a}/{b} or {b}/{a} (month/day); "
                      "set date_order = \"mdy\" or \"dmy\" in site.toml")
    return _Found(match.start(), match.end(), _day(y, month, str(day)))


def short_year_date(text: str, date_order: str = "") -> str:
    """The day of a numeric date with a two-digit year (`29/09/24`, `29.09.24`) in `text`, which a
    writer's sign-off prints: read only where the day and the month cannot be mistaken (one of them
    over 12, or the site's `date_order`), the year in this century; '' otherwise."""
    match = re.search(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{2})(?![\d/.])", text)
    if not match:
        return ""
    found = _slash(match, date_order)
    return _day("20" + match["y"], int(found.day[5:7]), found.day[8:10]) if found.day else ""


def _dates_in(line: str, date_order: str, language: str = "") -> list[_Found]:
    """The dates of `line`; a numeric one ordered by `date_order`, else by the line's zone or the copy's language
    (_line_order)."""
    date_order = date_order or _line_order(line, language)
    names = month_names()
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match) -> bool:
        return all(m.end() <= s or m.start() >= e for s, e in taken)

    for pattern in (_NUM_YMD, _NUM_DMY, _NAMED_DMY, _NAMED_MDY, _NUM_SLASH, _NUM_DMY_SHORT):
        for m in pattern.finditer(line):
            if not free(m):
                continue
            if pattern is _NUM_SLASH:
                item = _slash(m, date_order)
            elif "mon" in m.groupdict():
                month = names.get(m["mon"].casefold().rstrip("."))
                if not month:
                    continue
                item = _Found(m.start(), m.end(), _day(m["y"], month, m["d"]))
            else:
                year = m["y"] if len(m["y"]) == 4 else "20" + m["y"]
                item = _Found(m.start(), m.end(), _day(year, int(m["m"]), m["d"]))
            if item.day or item.refused:
                found.append(item)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


#: Zone abbreviations of several offsets (IST: India, Ireland, Israel; CST outside US English: China,
#: Cuba): the clock is kept as printed, local time, without an offset, as a clock printed with no zone.
_SEVERAL_OFFSETS = re.compile(r"(?<![\w])(?:IST|CST)(?![\w])")


#: Zones whose every country writes the day before the month (IST: India, Ireland, Israel; BST: the UK;
#: CET and EET: continental Europe; AEST: Australia; SGT, HKT): a numeric date on a line with one of them
#: is read day first, as the copy writes it.
_DAY_FIRST_ZONES = frozenset({"IST", "BST", "CET", "CEST", "EET", "EEST", "AEST", "AEDT", "AWST", "ACST", "ACDT",
                              "NZST", "NZDT", "MSK", "SGT", "HKT"})


#: Languages whose copy writes a numeric date day first (`09/06/2019` is 9 June in French copy); not English (US
#: copy writes the month first) nor the languages that write the year first (Korean, Japanese, Chinese, Hungarian).
_DAY_FIRST_LANGUAGES = frozenset({"fr", "de", "es", "it", "pt", "nl", "ca", "pl", "cs", "da", "sv", "nb", "fi",
                                  "ru", "uk", "tr", "el", "ro", "id", "vi"})
#: The zones a date line's abbreviation is read as (upper case, as printed).
_KNOWN_ZONES = _DAY_FIRST_ZONES | {z.upper() for z in (*_ZONES, *_US_ZONES)}
#: The US shorthand for a zone (`5:47 PM ET`): month first, whatever the copy's language.
_US_SHORT_ZONE = re.compile(r"(?<![\w])(?:ET|CT|MT|PT)(?![\w])")


def _line_order(text: str, language: str) -> str:
    """How a numeric date on a date line is read when the site's `date_order` does not say: day first when the
    zones the line names are all zones of day-first countries; as the site says (or refused) when it names
    another (a US zone); else day first in copy of a language that writes it so (`_DAY_FIRST_LANGUAGES`)."""
    if _US_SHORT_ZONE.search(text):
        return ""
    zones = set(re.findall(r"(?<![\w])[A-Z]{3,4}(?![\w])", text)) & _KNOWN_ZONES
    if zones:
        return "dmy" if zones <= _DAY_FIRST_ZONES else ""
    return "dmy" if language.split("-")[0].casefold() in _DAY_FIRST_LANGUAGES else ""


def several_offsets(name: str, language: str) -> bool:
    """Whether the zone abbreviation `name` means several offsets in copy of `language`."""
    return name.upper() == "IST" or (name.upper() == "CST" and language != "en")


def _zone(name: str, language: str) -> tuple[str, str]:
    """(offset, refusal) of a zone abbreviation in copy of `language`; ('', '') for one of several
    offsets (see _SEVERAL_OFFSETS): the date and clock hold, the offset is not guessed."""
    key = name.lower()
    if several_offsets(name, language):
        return "", ""
    if key in _US_ZONES:
        return (_US_ZONES[key], "") if language in ("en", "") else ("", f"zone {name} outside US English copy")
    return _ZONES.get(key, ""), ""


def _clock_near(line: str, when: _Found, spans: list[tuple[int, int]], language: str) -> tuple[str, str, tuple]:
    """(time 'THH:MM:SS+zz:zz', refusal, span) of the clock next to a date, or ('', '', ())."""
    for m in _CLOCK.finditer(line):
        if any(s <= m.start() < e for s, e in spans):
            continue
        gap = line[when.end:m.start()] if m.start() >= when.end else line[m.end():when.start]
        if not re.fullmatch(r"[\s,|/·(\[@–-]*(?:at|um|à|às|a las|,|\s:)?[\s,|/·(\[@–-]*", gap, re.IGNORECASE) \
                and not _weekday_gap(gap):
            continue
        clock = _hour_minute(m)
        if clock is None:
            continue
        offset, refused = _clock_offset(m, language)
        if refused:
            return "", refused, (m.start(), m.end())
        return f"T{clock[0]:02d}:{clock[1]:02d}:{int(m['s'] or 0):02d}{offset}", "", (m.start(), m.end())
    return "", "", ()


def _weekday_gap(gap: str) -> bool:
    """Whether a clock printed before its date stands apart from it by the day's name only, as a
    site's header prints them: `5:07pm Monday, September 24, 2012`, `11h30 lundi 3 mai 2021`."""
    words = re.findall(r"[^\W\d_]+", gap)
    return len(words) == 1 and words[0].casefold().rstrip(".") in WEEKDAYS \
        and re.fullmatch(r"[\s,|·–-]*[^\W\d_]+\.?[\s,|·–-]*", gap) is not None


def _hour_minute(m: re.Match) -> tuple[int, int] | None:
    """The clock's hour (a 12-hour one made 24-hour) and minute; None when out of range."""
    hour, minute = int(m["h"]), int(m["mi"] or m["mi2"] or m["mi3"])
    if m["ap"] and 13 <= hour <= 23 and m["ap"].lower() == "p":
        return hour, minute  # a 24-hour clock with its half of the day too: `20:45 PM`
    if m["ap"]:
        if not 0 <= hour <= 12:  # (`午後0:06`, `0:06 pm`: a Japanese clock's noon hour is 0)
            return None
        hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
    return None if hour > 23 or minute > 59 else (hour, minute)


def _clock_offset(m: re.Match, language: str) -> tuple[str, str]:
    """(UTC offset, refusal) of the clock's zone: `(UTC-5)`, `GMT+9`, an offset alone (`+0800`), or
    an abbreviation read in the convention of the copy's language; ('', '') without a zone."""
    if m["bare"]:  # an offset alone after the clock, as a feed's or blog's stamp prints it: `18:23 +0800`
        digits = m["bare"][1:].replace(":", "")
        return f"{m['bare'][0]}{digits[:2]}:{digits[2:]}", ""
    if m["off"] and m["zone"].upper() in ("UTC", "GMT"):  # "(UTC-5)", "GMT+9"
        sign, digits = m["off"][0], m["off"][1:].replace(":", "")
        hours, mins = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
        return f"{sign}{int(hours):02d}:{mins}", ""
    if not m["zone"] or m["zone"].lower() == "uhr":
        return "", ""
    offset, refused = _zone(m["zone"], language)
    if not offset and not refused and m["zone"].upper() == m["zone"] and len(m["zone"]) >= 3 \
            and not several_offsets(m["zone"], language):
        refused = f"zone {m['zone']} is not known"
    return offset, refused


#: A reading time glued after a date line, as pages print it: `Lecture : 3 minutes.`, `3 min read`,
#: `Lesezeit: 4 Min.`, `Tiempo de lectura: 2 min`, `· 5 min de lecture` (its stop is no sentence's).
_READING_LABEL = (r"(?:Lecture|Temps de lecture|Lesezeit|Lesedauer|Tiempo de lectura|Lectura|Reading time|"
                  r"Read time|Leestijd|Tempo di lettura)")
READING_TIME = (rf"(?:{_READING_LABEL}\s*:?\s*\d{{1,3}}\s*(?:minutes?|minuten|minutos|minuti|min|mn)\.?|"
                r"\d{1,3}\s*(?:minutes?|minuten|minutos|minuti|min|mn)\.?\s*(?:read|de lecture|de lectura|lectura|"
                r"leitura|lettura|di lettura|Lesezeit|Lesedauer|leestijd)\.?)")
#: (Also the label alone, its value drawn by a script the paste lost: `… à 05:00 - Temps de lecture :`.)
_READING_TIME = re.compile(rf"(?<!\s)\s*[·|•–—-]?\s*(?:{READING_TIME}|{_READING_LABEL}\s*:)\s*$", re.IGNORECASE)


def without_reading_time(line: str) -> str:
    """`line` without a reading time glued after it (`Publié le 16 août 2024 Lecture : 3 minutes.`); the
    line itself when it has none, or when nothing stands before the reading time."""
    bare = _READING_TIME.sub("", line)
    return bare if bare.strip() else line


#: The longest a date line runs to, in characters, its labels, clock, zone and credits included.
_LONGEST_DATE_LINE = 400


def read_date_line(line: str, *, date_order: str = "", language: str = "") -> DateLine | None:
    """What `line` says as a date line, or None when it is not one (no date with a year,
    or a date inside other text). Labels decide publication against update; without
    labels the first date is the publication and a second the update."""
    text = _INITIALS_FIRST.sub("", _readable(line))  # the writer's initials before a dash: `Y.C. – 16 juillet 2020`
    if len(text) > _LONGEST_DATE_LINE:
        return None  # (a paragraph: its dates are inside text; a line of thousands of dates, a table's, would be
        # read date by date against every clock of the line)
    dates = _dates_in(text, date_order, language)
    if not dates or (len(dates) > 3 and not _one_day_in_forms(dates)):
        return None
    values, spans, refused = _clocked(text, dates, language)
    if _too_many_other_words(text, spans):  # (a reading time after the date is no text: `… - Temps de lecture :`)
        bare = without_reading_time(line)
        return read_date_line(bare, date_order=date_order, language=language) if bare != line else None
    published, updated = _by_label(text, values)
    several = next((z for z in _SEVERAL_OFFSETS.findall(text) if several_offsets(z, language)), "") \
        if "T" in published + updated else ""
    note = f"zone {several} means several offsets: the clock is kept as printed, without one" if several else ""
    return DateLine(published, updated, refused, note)


def _clocked(text: str, dates: list[_Found], language: str) -> tuple[list[tuple[_Found, str]], list, str]:
    """(each date with its value, the day and the clock beside it; the spans of the dates and clocks;
    the first refusal). One day printed in several forms is one date, with the clock beside one form."""
    spans = [(d.start, d.end) for d in dates]
    values: list[tuple[_Found, str]] = []
    refused = ""
    for when in dates:
        clock, why, span = _clock_near(text, when, spans, language)
        if span:
            spans.append(span)
        refused = refused or when.refused or why
        values.append((when, f"{when.day}{clock}" if when.day and not why else ""))
    if _one_day_in_forms(dates):
        values = [max(values, key=lambda v: len(v[1]))]
    return values, spans, refused


def _one_day_in_forms(dates: list[_Found]) -> bool:
    """Whether four dates or more on one line all name one day: a page's template printing its date
    in several forms (`Tuesday, August 21 2018 Aug 21, 2018 August 21, 2018 3:43 PM`), one date."""
    return len(dates) > 3 and bool(dates[0].day) and all(d.day == dates[0].day for d in dates)


#: How long ago a page says it was published, before its date: `1 hour 42 minutes ago`, `vor 3 Stunden`,
#: `il y a 2 heures`, `hace 5 minutos`: no words of a sentence.
_AGE = re.compile(r"(?:\b(?:vor|il y a|hace|há)\s+)?(?:\b\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?"
                  r"|Sekunden|Minuten|Stunden|Tagen|secondes?|heures?|jours?|segundos?|minutos?|horas?|días?|dias?)"
                  r"\b\s*){1,3}(?:ago\b)?", re.IGNORECASE)


def _readable(line: str) -> str:
    """`line` in the forms the date and clock rules read (widths, era years, halves of the day,
    weekdays between date and clock, spelled and ISO clocks)."""
    return _spelled_clock(_cjk_weekday(_half_day(_western_year(unicodedata.normalize("NFKC", line)))))


def stamped(text: str, language: str = "") -> bool:
    """Whether `text`, whatever else it says, holds a date with its year and a clock beside it, as a
    page's date line does (`Fecha: 2 de Enero de 2026 a las 12:35:53`); running text seldom names
    the minute of a day with its year."""
    text = _readable(text)
    dates = [d for d in _dates_in(text, "") if d.day]
    spans = [(d.start, d.end) for d in dates]
    return any(_clock_near(text, d, spans, language)[0] for d in dates)


#: A writer's initials (letters with their dots, a hyphen between two of a first name) and a dash
#: before a date line: `Y.C. – 16 juillet 2020, 12h03`, `J.-M. D. - …`.
_INITIALS_FIRST = re.compile(rf"^\s*(?:{INITIAL}\s?){{1,4}}\s*[-–—]\s+(?=\S)")


#: A blog's date in a Chinese locale, the month's name between dashes (`2017-6月-02`), and a weekday
#: between the date and the clock (`2017-06-02 周五 18:23`, `2018年09月06日(木)17時21分`).
_LOCALE_MONTH = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})月-(?P<d>\d{1,2})\b")
_CJK_WEEKDAY = re.compile(r"(?<=\d)\s+(?:周|週|星期|禮拜|礼拜)[一二三四五六日天]\s+(?=\d)"
                          # or in brackets, as Japanese and Korean pages print it: `2018年09月06日(木)17時21分`
                          r"|(?<=[\d日])\s*[(（](?:[月火水木金土日]|[월화수목금토일])[)）]\s*(?=\d)")


#: An ISO 8601 stamp printed as it is (`2021-03-15T14:05:00+09:00`, `…Z`), and a clock with a dot
#: before its zone or half of the day (`14.05 GMT`, `2.05pm BST`, as British papers print it) or the
#: hours' `hs` (`01.13.hs`, as Argentine papers print it).
_ISO_STAMP = re.compile(r"\b(?P<day>\d{4}-\d{2}-\d{2})T(?P<clock>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?"
                        r"(?:(?P<z>Z)|(?P<off>[+-]\d{2}:?\d{2}))?(?![\w:])")
_DOT_CLOCK = re.compile(r"(?<![\d.])(?P<h>\d{1,2})\.(?P<m>[0-5]\d)(?=\s?(?:[ap]\.?m\b|Uhr\b|\.?\s?hs\b"
                        r"|(?:GMT|UTC|BST|IST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|KST|HKT|SGT|AEST|AEDT)\b))")


def _spelled_clock(text: str) -> str:
    """`2021-03-15 14:05:00 +09:00` for an ISO stamp (`Z`: UTC), `14:05 GMT` for `14.05 GMT`: the
    clock in the form the clock rules read; other text as it is."""
    def iso(m: re.Match) -> str:
        zone = " UTC" if m["z"] else (f" {m['off']}" if m["off"] else "")
        return f"{m['day']} {m['clock']}{zone}"

    return _DOT_CLOCK.sub(r"\g<h>:\g<m>", _ISO_STAMP.sub(iso, text))


def _cjk_weekday(text: str) -> str:
    """`2017-06-02 18:23` from `2017-6月-02 周五 18:23`; other text as it is."""
    return _CJK_WEEKDAY.sub(" ", _LOCALE_MONTH.sub(lambda m: f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}", text))


#: A year in the Japanese imperial era, as offices, police and local papers date their notices
#: (`平成29年9月12日`, `令和元年5月1日`, `昭和64年1月7日`): each era's year 1 in the Western count.
_ERA_YEAR = re.compile(r"(?P<era>令和|平成|昭和)\s*(?P<n>\d{1,2}|元)\s*年(?=\s*\d{1,2}\s*月)")
_ERA_START = {"令和": 2019, "平成": 1989, "昭和": 1926}


def _western_year(text: str) -> str:
    """`2017年9月12日` for `平成29年9月12日` (a year in a Japanese era, before its month); other text as it is."""
    return _ERA_YEAR.sub(lambda m: f"{_ERA_START[m['era']] + (0 if m['n'] == '元' else int(m['n']) - 1)}年", text)


#: Korean, Japanese and Chinese say the half of the day before the clock: `오전 11:33`, `午後3:05`, `下午 2:30`.
_HALF_DAY = re.compile(r"(?P<half>오전|오후|午前|午後|上午|下午)\s*(?P<clock>\d{1,2}:\d{2})")


#: Greenwich time named in Chinese before the clock, as BBC Chinese prints it: `格林尼治标准时间10:41`.
_GREENWICH = re.compile(r"(?:格林尼治|格林威治)(?:标准|標準)?(?:时间|時間)\s*(?P<clock>\d{1,2}:\d{2})")


def _half_day(text: str) -> str:
    """`11:33 am` for `오전 11:33` (and the like), as the clock rules read a 12-hour time; `10:41 GMT` for
    `格林尼治标准时间10:41`, as they read a zone after the clock."""
    text = _GREENWICH.sub(lambda m: f"{m['clock']} GMT", text)
    return _HALF_DAY.sub(lambda m: f"{m['clock']} {'am' if m['half'] in ('오전', '午前', '上午') else 'pm'}", text)


#: An event's time and place, as an invitation or a release announces them: `Zeit: 06.12.2019, 11:45 Uhr Ort: …`.
_EVENT_SCHEDULE = re.compile(
    r"^(?:zeit|termin|wann|datum|when|time|date|heure|quand|fecha|cuándo|hora|日時|일시|时间|時間)\s*[:：]"
    r".{0,80}?(?:\bort|\bwo|\bwhere|\bvenue|\blieu|\boù|\blugar|\bdónde|場所|장소|会場|地点|地點)\s*[:：]",
    re.IGNORECASE)


def event_schedule(line: str) -> bool:
    """An event's time and place (see _EVENT_SCHEDULE): its date is the event's, never the article's."""
    return bool(_EVENT_SCHEDULE.match(line.strip()))


def publication_label(line: str) -> bool:
    """Whether `line` labels a publication date outright (`Published`, `发布时间`, `입력`, ...)."""
    return bool(_PUBLISHED_LABELS.search(unicodedata.normalize("NFKC", line)))


def _too_many_other_words(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether what is left of `text` without its dates, times, labels and credits is more
    than a few words, or runs on past a sentence's end: then the date is inside text."""
    rest = text
    for s, e in sorted(spans, reverse=True):
        rest = rest[:s] + " " + rest[e:]
    rest = _CREDIT_PARTS.sub(" ", _UPDATED_LABELS.sub(" ", _PUBLISHED_LABELS.sub(" ", _AGE.sub(" ", rest))))
    others = [w for w in _LEFT_WORD.findall(rest) if w.casefold() not in _JOINERS | WEEKDAYS]
    count = sum(max(1, len(w) // 2) if _NO_SPACES.match(w) else 1 for w in others)
    return count > MAX_OTHER_WORDS or bool(re.search(r"[.!?。]\s+\S", rest))


def _by_label(text: str, values: list[tuple[_Found, str]]) -> tuple[str, str]:
    """(published, updated): a date after an update label is the update; otherwise the first
    date is the publication and a later one the update."""
    published = updated = ""
    for when, value in values:
        before = text[:when.start][-24:]
        label = _UPDATED_LABELS.search(before)
        if (label and not _PUBLISHED_LABELS.search(before[label.end():])) or published:
            updated = updated or value
        else:
            published = value
    return published, updated


#: A note at the story's foot that says when it was updated, in brackets: `[Notícia atualizada às
#: 15h34 de 7 de agosto de 2025 para acrescentar mais detalhes]`, `(Story updated at 3:34 pm, Aug. 7, 2025)`.
_UPDATE_NOTE = re.compile(
    r"^[\[(]\s*(?:notícia|artigo|texto|notizia|articolo|noticia|artículo|nota|article|story|this (?:story|article)"
    r"|artikel|meldung)\s+(?:foi\s+|was\s+|è stat[oa]\s+|wurde\s+)?(?:atualizad[ao]|actualizad[ao]|aggiornat[ao]"
    r"|updated|mis à jour|modifié|aktualisiert)\b(?P<when>[^\])]*?\d{4}(?:,?\s*(?:às|alle|at|a las|à|um)?\s*"
    r"\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?m\.?)?)?)(?:[\s,;]+[^\])]*)?[\])]\.?$", re.IGNORECASE)


def update_note(line: str, *, date_order: str = "", language: str = "") -> DateLine | None:
    """The update date of a bracketed note saying when the story was updated (its date, even
    inside the note's sentence, is the story's); None for any other line."""
    match = _UPDATE_NOTE.match(" ".join(line.split()))
    if not match:
        return None
    when = read_date_line(match["when"].strip(" ,"), date_order=date_order, language=language)
    if when is None or not (when.published or when.refused):
        return None
    return DateLine("", when.published, when.refused)


#: A labelled note of what an update changed, in brackets (`(Update: Confirmed cases to 19; emergency declared)`,
#: `[Actualización: …]`, `(Mise à jour : …)`): the page's note on the story's versions, no part of it.
_UPDATE_LABEL = re.compile(r"^[\[(]\s*(?:update[sd]?|actualización|actualizado|mise à jour|aktualisierung|aktualisiert"
                           r"|atualização|aggiornamento|editor['’]s note)\s*(?:\d{1,2})?\s*[:：-]\s*\S.*[\])]\.?$",
                           re.IGNORECASE)


def update_label(line: str) -> bool:
    """Whether `line` is a bracketed, labelled note of what an update changed (see _UPDATE_LABEL)."""
    return bool(_UPDATE_LABEL.match(line.strip()))
