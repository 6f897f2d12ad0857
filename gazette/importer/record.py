"""The one record every reader produces: an article as read from its input, in plain text."""

from __future__ import annotations

from dataclasses import dataclass


class ImportFailure(Exception):
    """A problem with one input that stops it from being imported (message without the path)."""


@dataclass(frozen=True)
class Extracted:
    """An article as read from plain text. Values are plain text, not Markdown."""

    title: str
    source: str = ""
    date: str = ""  # 2025-01-31, or 2025-01-31T10:00:00 with an optional +09:00
    updated: str = ""
    author: tuple[str, ...] = ()  # the byline's names
    dateline: str = ""
    summary: str = ""
    image: str = ""
    image_caption: str = ""
    image_credit: str = ""
    tags: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()  # lines of a paragraph joined by "\n"
    language: str = ""  # BCP 47 tag of the text, "" when not told
    notes: tuple[str, ...] = ()  # what a rule looked at and refused, for the run's summary
    doubts: tuple[str, ...] = ()  # `field: why` for a value kept that a person must check (importer.doubts)
    given: tuple[str, ...] = ()  # fields a person gave on the command line: no check applies to their values

    def text(self) -> str:
        """What rewrite detection compares: title, summary and body."""
        return "\n\n".join([self.title, self.summary, *self.paragraphs])

