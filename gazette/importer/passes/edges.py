"""The text's edges (in the fourth pass of `extract`, after the foot's rules): paragraphs at either end of
the text that no sentence could be, left by furniture the rules do not know.

A page's furniture takes many forms on outlets the rules have not met (a section's label, a share button's
caption, a counter, a link list, a promotion, a source's address), and no list of them is ever complete.
What they share is a mark of form: none holds a sentence. A text opens with a sentence and ends with one,
whatever the outlet, so the paragraphs before the first that could open a text and after the last that
could close one are left out, and named in a doubt (`# check text: …` in the draft), so that the article
waits for a person who sees them. Four forms of real text end without a stop and stay at the end: a long
line (a list's or a table's items, a sentence cut short), a line with a stop inside it (a sentence run on),
lines broken inside a sentence, and the items of a list announced by a colon (`Here are the results:`).
"""

from __future__ import annotations

import re

from gazette.importer.passes.found import Found
from gazette.importer.rules.interface import other_stories_heading
from gazette.importer.rules.text import STOP, columns, ends_sentence, holds_sentence, size

#: Columns (rules.text.columns: two for a wide character) from which a line without a stop is text, not
#: furniture: a list's or a table's items, or a sentence cut short. Furniture's lines are shorter.
_TEXT_COLUMNS = 80
#: Columns from which a line with a stop inside it (not at its end) is a sentence cut short or run on.
_RUN_ON_COLUMNS = 60
#: How many paragraphs left out a doubt names, and the characters it shows of each.
_NAMED, _SHOWN = 4, 80
#: Words from which a paragraph ending with a colon is a sentence announcing a list, not a label.
_ANNOUNCING = 4
#: A line broken inside a sentence: it ends with a word in lower case (`… dauern und`).
_WRAPPED = re.compile(r"\s[a-zà-ÿß]+,?$")


def trim_edges(paragraphs: list[str], found: Found) -> list[str]:
    """`paragraphs` without the furniture at their edges: before the first paragraph that holds a sentence,
    after the last that ends one (`_is_text` keeps what is text in another form). What is left out is named in
    a doubt, so that the article waits for a person who sees it."""
    start = next((i for i, p in enumerate(paragraphs) if holds_sentence(p)), 0)
    end = len(paragraphs)
    while end > start + 1 and not ends_sentence(paragraphs[end - 1]) and not _is_text(paragraphs[end - 1]):
        end -= 1
    if announces_list(paragraphs[end - 1:]) or not any(ends_sentence(p) for p in paragraphs[start:end]):
        end = len(paragraphs)  # a list announced by a colon, or a text of no sentence at all: kept whole
    left = [*paragraphs[:start], *paragraphs[end:]]
    if left:
        shown = named([p.split("\n")[0] for p in left], _NAMED, "; ")  # each by its first line
        found.doubts.append(f"text: left out at the text's edges, holding no sentence: {shown}: check that none of it "
                            "is the text's")
    return paragraphs[start:end]


def announces_list(paragraphs: list[str]) -> bool:
    """Whether one of `paragraphs` is a sentence that ends with a colon: what follows it is a list it announces, the
    text's own. A label with its colon (`Related stories:`, `Share this:`, `Lesen Sie auch:`, under four words,
    or a heading of other stories, `You may also like:`) announces the page's links, not the text's list."""
    return any(p.rstrip().endswith((":", "：")) and size(p) >= _ANNOUNCING and not other_stories_heading(p)
               for p in paragraphs)


def _is_text(paragraph: str) -> bool:
    """A paragraph that is text though it ends with no stop: its last line is long, or long enough with a stop
    inside it; or its lines are one sentence wrapped (a line broken after a word in lower case)."""
    lines = paragraph.rstrip().split("\n")
    width = columns(lines[-1])
    if width >= _TEXT_COLUMNS or width >= _RUN_ON_COLUMNS and bool(STOP.search(lines[-1][:-1])):
        return True
    return any(_WRAPPED.search(line) for line in lines[:-1])


def named(lines: list[str], count: int, separator: str) -> str:
    """Paragraphs left out as a doubt names them, each by one line: the first `count` lines, each cut short past
    _SHOWN characters, and how many more."""
    shown = separator.join(repr(line if len(line) <= _SHOWN else line[:_SHOWN - 1] + "…") for line in lines[:count])
    return shown + (f" and {len(lines) - count} more" if len(lines) > count else "")
