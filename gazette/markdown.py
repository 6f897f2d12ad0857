"""Article bodies: Markdown to HTML with Python-Markdown.

One `Markdown` instance per process, reset between documents (building one costs
far more than converting a short article).
"""

from __future__ import annotations

import html
import re

EXTENSIONS = ["tables", "fenced_code", "footnotes", "attr_list", "def_list", "abbr", "sane_lists"]

_md = None


def _renderer():
    global _md
    if _md is None:
        import markdown as _markdown  # imported lazily: a no-change rebuild never needs it

        _md = _markdown.Markdown(extensions=EXTENSIONS, output_format="html")
    return _md


def render(text: str) -> str:
    md = _renderer()
    try:
        return md.reset().convert(text)
    finally:
        md.reset()


_TAG = re.compile(r"<[^>]+>")
_FIRST_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)


def plain_text(fragment: str) -> str:
    """Visible text of an HTML fragment, whitespace folded."""
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def first_paragraph(body_html: str) -> str:
    match = _FIRST_PARAGRAPH.search(body_html)
    return plain_text(match.group(1)) if match else plain_text(body_html)


def shorten(text: str, limit: int = 300) -> str:
    """Cut at a word boundary, with an ellipsis when anything was cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"
