"""Language: the BCP 47 tag of the text, by script (Unicode ranges) and, for Latin text,
by whose function words it uses most (gazette.function_words, the lists the similarity
measures leave out)."""

from __future__ import annotations

import re

from gazette.function_words import language_of

_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
#: Scripts written by one language only (mostly): the script is the language. Devanagari (Hindi,
#: Marathi, Nepali) and Bengali (Bengali, Assamese) are not among them.
_ONE_LANGUAGE_SCRIPTS = tuple((tag, re.compile(f"[{ranges}]")) for tag, ranges in (
    ("el", "\u0370-\u03ff\u1f00-\u1fff"), ("he", "\u0590-\u05ff"), ("hy", "\u0530-\u058f"),
    ("ka", "\u10a0-\u10ff"), ("pa", "\u0a00-\u0a7f"), ("gu", "\u0a80-\u0aff"), ("or", "\u0b00-\u0b7f"),
    ("ta", "\u0b80-\u0bff"), ("te", "\u0c00-\u0c7f"), ("kn", "\u0c80-\u0cff"), ("ml", "\u0d00-\u0d7f"),
    ("si", "\u0d80-\u0dff"), ("lo", "\u0e80-\u0eff"), ("my", "\u1000-\u109f"), ("km", "\u1780-\u17ff"),
))

def detect(text: str) -> str:
    """`ko`, `ja`, `zh`, `th`, `ru`, `ar`, a language written in a script of its own (`el`, `te`, …),
    or a Latin-script language; '' when the text is too short to tell."""
    letters = "".join(filter(str.isalpha, text))
    if len(letters) < 20:
        return ""
    share = {tag: len(pattern.findall(letters)) / len(letters)  # (the scripts' ranges do not overlap)
             for tag, pattern in (("ko", _HANGUL), ("kana", _KANA), ("han", _HAN), ("th", _THAI), ("ru", _CYRILLIC),
                                  ("ar", _ARABIC), *_ONE_LANGUAGE_SCRIPTS)}
    if share.get("kana", 0) > 0.05:
        return "ja"
    if share.get("ko", 0) > 0.3:
        return "ko"
    if share.get("han", 0) > 0.3:
        return "zh"
    for tag in ("th", "ru", "ar", *(t for t, _ in _ONE_LANGUAGE_SCRIPTS)):
        if share.get(tag, 0) > 0.3:
            return tag
    return _latin(text)


def _latin(text: str) -> str:
    return language_of(re.findall(r"[^\W\d_]+", text.lower()), evidence=2)
