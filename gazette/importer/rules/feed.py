"""A news feed read as text: an RSS channel's head and its first item run together on one line, as a
browser shows a feed's XML without its markup."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: An RSS date (RFC 822): `Wed, 24 Sep 2025 07:42:11 +0000`, seconds optional, a zone's offset or name.
_RFC822 = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} " \
          r"\d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC?|[A-Z]{3})"
#: The channel (title, address, a description, build time, language, a WordPress feed's update period and
#: frequency, its generator), then the item (title, address, comments' address, publication time, id) and
#: the item's text: `Channel https://… Wed, 24 Sep 2025 07:42:46 +0000 ja
#: hourly 1 Title https://…/ Wed, 24 Sep 2025 07:42:11 +0000 https://…?p=55138  Text…`.
_FEED_LINE = re.compile(
    rf"^(?P<channel>\S.{{0,120}}?)\s+https?://\S+(?:\s+\S.{{0,200}}?)?\s+{_RFC822}\s+"
    rf"(?:[a-z]{{2,3}}(?:-[A-Za-z]{{2,4}})?\s+)?(?:hourly|daily|weekly|monthly|yearly)\s+\d{{1,3}}(?:\s+https?://\S+)?"
    rf"\s+(?P<title>\S.{{0,200}}?)\s+https?://\S+(?:\s+https?://\S+)*\s+(?P<date>{_RFC822})(?:\s+https?://\S+)?"
    rf"\s+(?P<text>\S.*)$")


@dataclass(frozen=True)
class FeedItem:
    channel: str
    title: str
    date: str
    text: str


def feed_item(line: str) -> FeedItem | None:
    """The first item of a feed read as text (see `_FEED_LINE`), the channel's name without the section
    before its ` - ` (`ニュース - サイト名` gives `サイト名`); None for any other line."""
    match = _FEED_LINE.match(line.strip())
    if not match:
        return None
    channel = match["channel"].rsplit(" - ", 1)[-1].strip()
    return FeedItem(channel, match["title"].strip(), match["date"], match["text"].strip())
