"""Page furniture: lines that belong to the page, not the article."""

from __future__ import annotations

from typing import Iterable

from gazette.importer.rules.text import _fold


def is_furniture(line: str, furniture: Iterable[str]) -> bool:
    key = _fold(line.rstrip(" .:…›»→>"))
    return any(key == _fold(f) for f in furniture)
