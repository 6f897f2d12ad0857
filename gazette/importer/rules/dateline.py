"""Datelines: the place a report was filed from."""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][\w.'’-]*(?:\s[\w.'’-]+){0,4}(?:,\s[\w.'’-]+(?:\s[\w.'’-]+){0,3})?)"
    r"(?:\s\([^()]{1,40}\))?\s+(?:–|—|-{1,2})\s+\S"
)


# Rubrics that open a paragraph like a dateline but name no place.
_RUBRICS = frozenset({"BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION",
                      "EDITORIAL", "LIVE", "WATCH", "CORRECTION", "NOTE", "FILE"})


def parse_dateline(paragraph: str) -> str:
    """`SEOUL` from `SEOUL – What some...` (or `NEW YORK, Jan 31 (Reuters) -`); '' otherwise."""
    match = _DATELINE.match(paragraph)
    if not match:
        return ""
    for place in (match.group("place"), match.group("place").split(",")[0]):
        letters = [c for c in place if c.isalpha()]
        if len(letters) >= 3 and all(c.isupper() for c in letters):
            return "" if place in _RUBRICS else place
    return ""
