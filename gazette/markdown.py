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
    """`text` as Python-Markdown renders it with EXTENSIONS, byte for byte.

    Plain paragraphs (most of a news story) skip Python-Markdown's inline patterns:
    each is replaced by a one-word placeholder paragraph, which Python-Markdown places
    as it would place the paragraph (the block structure is the same: a plain
    paragraph starts no block syntax and continues none), and the placeholder's
    `<p>` is then replaced by the paragraph's text, which Python-Markdown would have
    left as it is. When a placeholder does not come out as its own paragraph (inside
    fenced code, raw HTML, a definition's term...), the text is rendered whole.
    tests/test_markdown_fast.py compares the two on generated and real text."""
    prepared = _placeholders(text)
    if prepared is not None:
        source, plain = prepared
        done = _restore(_convert(source), plain)
        if done is not None:
            return done
    return _convert(text)


def _convert(text: str) -> str:
    md = _renderer()
    try:
        return md.reset().convert(text)
    finally:
        md.reset()


# A paragraph is plain when Python-Markdown's inline patterns (with EXTENSIONS) find
# nothing in it and no line of it starts or continues block syntax: none of these
# characters anywhere (code, escapes, emphasis, links, footnotes, raw HTML, entities,
# tables, attribute lists, fences), no control character or other line separator...
_NOT_PLAIN = re.compile(r"[\\`*_\[\]<>&|{}~\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029]")
# ...and no line that starts with what starts a block (headings, lists, quotes,
# definitions, rules, setext underlines, indented code) or ends with white space
# (two spaces make a line break; Python-Markdown strips some).
_BLOCK_START = re.compile(r"^(?:[#\-+=:>%]|\d+\.)", re.M)
_PLACEHOLDER = "GZPLAIN"
_SEPARATOR = re.compile(r"(^\n+|\n(?:[ \t]*\n)+|\n+\Z)")  # blank lines, and the text's first and last newlines


def _is_plain(block: str) -> bool:
    if not block or _NOT_PLAIN.search(block) or _BLOCK_START.search(block):
        return False
    return all(line and not line[0].isspace() and not line[-1].isspace() for line in block.split("\n"))


def _placeholders(text: str) -> tuple[str, list[str]] | None:
    """The text with each run of plain paragraphs replaced by one placeholder, and the
    HTML of each run; None when there is nothing to gain or the text may define
    abbreviations (which apply to every paragraph)."""
    if "*[" in text or _PLACEHOLDER in text or "\r" in text:
        return None
    parts = _SEPARATOR.split(text)
    runs: list[str] = []
    out: list[str] = []
    run: list[str] = []
    for i, part in enumerate(parts):
        if i % 2 == 0 and _is_plain(part):  # even: blocks; odd: the blank lines between them
            if not run:
                out.append(f"{_PLACEHOLDER}{len(runs):06d}Q")
                runs.append("")
            run.append(part)
            continue
        if run and i % 2 == 1 and i + 1 < len(parts) and _is_plain(parts[i + 1]):
            continue  # the blank lines inside a run
        if run:
            runs[-1] = "\n".join(f"<p>{paragraph}</p>" for paragraph in run)
            run = []
        out.append(part)
    if run:
        runs[-1] = "\n".join(f"<p>{paragraph}</p>" for paragraph in run)
    if not runs:
        return None
    return "".join(out), runs


_PLACEHOLDER_P = re.compile(r"<p>" + _PLACEHOLDER + r"(\d{6})Q</p>")


def _restore(html_text: str, plain: list[str]) -> str | None:
    if html_text.count(_PLACEHOLDER) != len(plain):
        return None
    found = 0

    def paragraph(match: re.Match) -> str:
        nonlocal found
        found += 1
        return plain[int(match.group(1))]

    done = _PLACEHOLDER_P.sub(paragraph, html_text)
    return done if found == len(plain) else None


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
