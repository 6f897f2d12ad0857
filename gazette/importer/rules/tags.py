"""Tags: a labelled line anywhere, or a last line that lists short phrases."""

from __future__ import annotations

import re

from gazette.importer.rules.text import _fold

_TAGS_LABEL = re.compile(r"^(?:tags|keywords|topics|标签|標籤|タグ|태그|etiquetas|schlagwörter|mots-clés)\s*[:：]\s*"
                         r"(?P<tags>.*)$", re.IGNORECASE)


def _split_tags(text: str) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for item in re.split(r"[,;]", text):
        tag = " ".join(item.split()).lstrip("#")
        if tag and _fold(tag) not in seen:
            seen.add(_fold(tag))
            out.append(tag)
    return tuple(out)


def parse_tags_line(line: str, *, last: bool) -> tuple[str, ...] | None:
    """Tags from `Tags: a, b` anywhere, or (when `last`) from a line such as `AI, Investment`."""
    labelled = _TAGS_LABEL.match(line)
    if labelled:
        return _split_tags(labelled.group("tags"))
    if not last or line[-1:] in ".!?:;":
        return None
    items = [i.strip() for i in line.split(",")]
    if not 2 <= len(items) <= 12:
        return None
    for item in items:
        if not item or len(item) > 32 or len(item.split()) > 4:
            return None
        if not (item[0].isupper() or item[0].isdigit()) or re.search(r"[.!?:;\"“”()\[\]]$|[!?:;\"“”]", item):
            return None
    return _split_tags(line)

