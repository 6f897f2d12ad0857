"""Bylines: who wrote the article."""

from __future__ import annotations

import re

_PARTICLES = {"de", "da", "das", "del", "della", "der", "den", "di", "do", "dos", "du", "la", "le", "van", "von",
              "ter", "ten", "bin", "binti", "al", "el", "y", "zu", "af"}


def _is_name(text: str) -> bool:
    tokens = text.split()
    if not 1 <= len(tokens) <= 5:
        return False
    for i, token in enumerate(tokens):
        if not re.fullmatch(r"[^\W\d_][\w.'’-]*", token):
            return False
        if not token[0].isupper() and not (0 < i < len(tokens) - 1 and token.lower() in _PARTICLES):
            return False
    return True


def parse_byline(line: str) -> tuple[str, ...] | None:
    """Authors from `By A`, `By A and B`, `By A, B and C` (Oxford comma or `&` too), else None."""
    match = re.match(r"^(?:by|BY|By)\s+(.+)$", line)
    if not match:
        return None
    rest = match.group(1).strip().rstrip(".")
    head, sep, last = rest, "", ""
    found = re.match(r"^(.*?),?\s+(?:and|&)\s+(.+)$", rest)
    if found:
        head, last = found.group(1), found.group(2)
        sep = "and"
    names = [n.strip() for n in head.split(",")] + ([last.strip()] if sep else [])
    if len(names) > 1 and not sep:
        return None  # "By Jane Doe, Staff Reporter" is not two authors
    if not all(_is_name(n) for n in names):
        return None
    return tuple(names)

