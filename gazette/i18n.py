"""The theme's words and dates in the page's language.

Words come from gettext message catalogues, `gazette/locale/<lang>/LC_MESSAGES/gazette.po`
(English is the msgids themselves), compiled in memory with Babel when first needed
and handed to Jinja2's i18n extension (`{% trans %}`, `_()`). Dates, month names and
lists of names come from the CLDR data Babel ships, for any language it knows:
a page in a language without a catalogue still gets its dates right.

A page's language is its article's `language`, else the site's; a tag such as
`ko-KR` uses the `ko` catalogue and the Korean-in-Korea CLDR data.
"""

from __future__ import annotations

import functools
import io
from datetime import date, datetime
from pathlib import Path
from typing import Sequence

LOCALES = Path(__file__).with_name("locale")
DOMAIN = "gazette"


@functools.lru_cache(maxsize=64)
def locale(tag: str):
    """The Babel Locale of a language tag; English when Babel does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(tag.split("-")[0])
        except (UnknownLocaleError, ValueError):
            return Locale.parse("en")


def catalogue_path(language: str) -> Path:
    return LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def available() -> list[str]:
    """The languages with a catalogue (English needs none)."""
    return sorted(p.name for p in LOCALES.iterdir() if catalogue_path(p.name).is_file())


@functools.lru_cache(maxsize=64)
def translations(tag: str):
    """A gettext translations object for a language tag (NullTranslations for English or
    a language without a catalogue)."""
    import gettext

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    loc = locale(tag)
    for name in (str(loc), loc.language):
        path = catalogue_path(name)
        if path.is_file():
            with path.open("rb") as po:
                catalog = read_po(po, locale=loc, domain=DOMAIN)
            buffer = io.BytesIO()
            write_mo(buffer, catalog)
            buffer.seek(0)
            return Translations(buffer, domain=DOMAIN)
    return gettext.NullTranslations()


class Dates:
    """Dates and names for one page: in the site's timezone and the page's language."""

    def __init__(self, tz, tag: str):
        self.tz = tz
        self.locale = locale(tag)
        # Babel takes some 50 microseconds a date; a site shows each day's date on many
        # pages, so each (form, day) is formatted once per process.
        self._memo: dict[tuple, str] = {}

    def _day(self, form: str, day: date) -> str:
        key = (form, day)
        text = self._memo.get(key)
        if text is None:
            from babel.dates import format_date

            text = self._memo[key] = format_date(day, form, locale=self.locale)
        return text

    def local(self, moment: datetime, is_day: bool = False) -> datetime:
        return moment if is_day else moment.astimezone(self.tz)

    def longdate(self, moment: datetime, is_day: bool = False) -> str:
        local = self.local(moment, is_day)
        text = self._day("long", local.date())
        if not is_day:  # a 24-hour time, written the same way in every language the theme has
            text = f"{text}, {local:%H:%M} {local.tzname() or ''}".rstrip()
        return text

    def shortdate(self, moment: datetime, is_day: bool = False) -> str:
        return self._day("medium", self.local(moment, is_day).date())

    def month_year(self, year: int, month: int) -> str:
        from babel.dates import format_skeleton

        return format_skeleton("yMMMM", date(year, month, 1), locale=self.locale)

    def month_name(self, month: int) -> str:
        from babel.dates import get_month_names

        return get_month_names("wide", "stand-alone", locale=self.locale)[month]

    def month_abbr(self, month: int) -> str:
        from babel.dates import get_month_names

        return get_month_names("abbreviated", "stand-alone", locale=self.locale)[month]

    def names(self, names: Sequence[str]) -> str:
        if len(names) <= 1:
            return "".join(names)
        key = ("names", tuple(names))
        text = self._memo.get(key)
        if text is None:
            from babel.lists import format_list

            text = self._memo[key] = format_list(list(names), locale=self.locale)
        return text

    def number(self, value: int) -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, locale=self.locale)
