"""Dates: which line of the copy is its date line, and what it says."""

from __future__ import annotations

import re
from datetime import date as Date

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
    hour, minute, second = int(g["hour"]), int(g["minute"] or 0), int(g["second"] or 0)
    if g["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if g["ampm"][0].lower() == "p" else 0)
    elif g["minute"] is None:
        return None  # "2025 10" is not a time; "10 am" and "10:00" are
    if hour > 23 or minute > 59 or second > 59:
        return None
    offset = ""
    if g["zone"]:
        offset = _ZONES.get(g["zone"].lower(), "")
        if not offset:
            return None
    if g["offset"]:
        if g["zone"] and g["zone"].lower() not in ("utc", "gmt"):
            return None
        sign, digits = g["offset"][0], g["offset"][1:].replace(":", "")
        hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
        if int(hours) > 14 or int(minutes) > 59:
            return None
        offset = f"{sign}{int(hours):02d}:{minutes}"
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{offset}"


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
        if not value:
            return None
        if match.group("label").lower() in ("last updated", "last modified", "updated", "modified"):
            updated = updated or value
        else:
            published = published or value
    return published, updated

