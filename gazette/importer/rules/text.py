"""Small text helpers the rules share."""

from __future__ import annotations

import re
import unicodedata

def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())



_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")

