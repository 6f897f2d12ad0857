"""Where the story runs among the paragraphs the rules kept: a model learned from the corpus.

The rules cut what they know as furniture, line by line. What they keep at a text's edges is still often the page's:
a comment form's prompts, a list of other stories' teasers, a promotion, a caption over the lead. No list of lines
carries from one site to the next, but the shape does: short lines or lines of no sentence, away from the longest
run of running text, after a comment heading. A small model (gradient-boosted trees over each paragraph's shape and
its neighbours', `FEATURES`) was learned from the corpus's hand-checked starts and ends
(`tests/importer_corpus/train_span.py`, which writes `span_model.json` and the figures it was judged by).

The model gives each paragraph the chance that it is the story's. Paragraphs at the start below the model's
`start` threshold are cut, then paragraphs at the end below its `end` threshold, one at a time from each edge,
never the last one left, and never from a paragraph that opens with a dateline on;
what is cut is named in a doubt, so that the article waits for a person who sees it.
The model sees only the paragraphs' text, never a site's name, and it runs after every rule. A text under `SHORTEST`
words is not cut, nor a saved page's (its markup bounds its text).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from gazette.importer import trees
from gazette.importer.passes.edges import announces_list, named
from gazette.importer.passes.found import Found
from gazette.importer.rules.dateline import dated_place, read_dateline
from gazette.importer.rules.furniture import comment_heading, is_label, is_menu_line, is_page_furniture
from gazette.importer.rules.interface import other_stories_heading
from gazette.importer.rules.text import RIGHTS_WORDS, SENTENCE_END, is_prose, size

MODEL = Path(__file__).with_name("span_model.json")

#: What the model reads of one paragraph (the first of three groups: the paragraph, the one before, the one after).
PARAGRAPH_FEATURES = ("words", "characters", "lines", "ends_sentence", "prose", "menu", "label", "furniture_line",
                      "digits", "capitals", "address", "opening_mark", "unfinished_lines", "sentences", "rights",
                      "heading_above", "dateline")
#: What it reads of the paragraph's place among the others.
PLACE_FEATURES = ("position", "from_start", "from_end", "first", "last", "words_over_median", "in_longest_run",
                  "before_longest_run", "after_longest_run", "paragraphs", "repeats_title", "characters_before",
                  "heading_before", "heading_after", "printed_twice", "prose_before", "prose_after")
#: What it reads of the paragraphs two places before and after.
FAR_FEATURES = PARAGRAPH_FEATURES[:5]
FEATURES = (*PARAGRAPH_FEATURES, *(f"previous_{f}" for f in PARAGRAPH_FEATURES),
            *(f"next_{f}" for f in PARAGRAPH_FEATURES), *PLACE_FEATURES,
            *(f"second_previous_{f}" for f in FAR_FEATURES), *(f"second_next_{f}" for f in FAR_FEATURES))
_WORDS, _ENDS, _PROSE, _HEADING = (PARAGRAPH_FEATURES.index(f) for f in ("words", "ends_sentence", "prose",
                                                                        "heading_above"))

_ADDRESS = re.compile(r"https?://|www\.|\.com\b|@\w")
_DIGIT = re.compile(r"\d")
_SENTENCE_BREAK = re.compile(r"[.!?。！？](?:\s|$)")
_LONGEST_LEAD = 5  # paragraphs counted from an edge: past five, the place says no more
#: Words under which a text is too short for its edges to be told by their shape (the model learned from articles;
#: over the corpus, cutting texts this short gains nothing).
SHORTEST = 50


def _paragraph(paragraph: str) -> list[float]:
    """One paragraph's values, in the order of PARAGRAPH_FEATURES."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()] or [""]
    flat = " ".join(lines)
    chars = max(len(flat), 1)
    return [math.log1p(size(flat)), math.log1p(len(flat)), float(len(lines)), float(bool(SENTENCE_END.search(flat))),
            float(is_prose(flat)), float(any(is_menu_line(line) for line in lines)),
            float(any(is_label(line) for line in lines)), float(any(is_page_furniture(line) for line in lines)),
            len(_DIGIT.findall(flat)) / chars, sum(c.isupper() for c in flat) / chars,
            float(bool(_ADDRESS.search(flat))),
            float(not (flat[:1].isalnum() or flat[:1] in "\"'“‘«「『(")),
            sum(not SENTENCE_END.search(line) for line in lines) / len(lines),
            float(len(_SENTENCE_BREAK.findall(flat))), float(bool(RIGHTS_WORDS.search(flat))),
            float(any(comment_heading(line) or other_stories_heading(line) for line in lines)),
            float(_opens_story(flat))]


def _opens_story(paragraph: str) -> bool:
    """A paragraph that opens with a dateline (`Berlin (Reuters) -`, `新华社北京10月17日电`): the story's first."""
    return any(read_dateline(paragraph)) or bool(dated_place(paragraph, lead=True))


def _longest_run(shapes: list[list[float]]) -> tuple[int, int]:
    """(first, last) index of the longest run of paragraphs of running text."""
    best, run, first = (0, -1, -1), 0, 0
    for i, shape in enumerate(shapes):
        if shape[_PROSE] or (shape[_ENDS] and shape[_WORDS] > 2.5):  # prose, or a finished sentence of 12 words or more
            first, run = (i, 1) if run == 0 else (first, run + 1)
            best = max(best, (run, first, i), key=lambda b: b[0])
        else:
            run = 0
    return best[1], best[2]


def features(paragraphs: list[str], title: str = "") -> list[list[float]]:
    """Each paragraph's values, in the order of FEATURES (linear in the paragraphs' count: what stands before and
    after a paragraph is counted by running sums)."""
    shapes = [_paragraph(p) for p in paragraphs]
    count = len(paragraphs)
    median = sorted(s[_WORDS] for s in shapes)[count // 2] if count else 0.0
    first, last = _longest_run(shapes)
    before = _running([float(len(p)) for p in paragraphs])
    headings = _running([s[_HEADING] for s in shapes])
    prose = _running([s[_PROSE] for s in shapes])
    printed = Counter(p.strip() for p in paragraphs)
    none = [0.0] * len(PARAGRAPH_FEATURES)
    far_none = none[:len(FAR_FEATURES)]
    rows = []
    for i, shape in enumerate(shapes):
        after = count - 1 - i
        place = [i / max(count - 1, 1), float(min(i, _LONGEST_LEAD)), float(min(after, _LONGEST_LEAD)),
                 float(i == 0), float(i == count - 1), shape[_WORDS] - median, float(first <= i <= last),
                 float(i < first), float(i > last), math.log1p(count),
                 float(bool(title) and title[:30] in paragraphs[i]), before[i] / max(before[-1], 1),
                 float(headings[i] > 0), float(headings[-1] - headings[i + 1] > 0),
                 float(printed[paragraphs[i].strip()] > 1),
                 prose[i] / i if i else 0.0, (prose[-1] - prose[i + 1]) / after if after else 0.0]
        near = [*(shapes[i - 1] if i else none), *(shapes[i + 1] if i + 1 < count else none)]
        far = [*(shapes[i - 2][:len(FAR_FEATURES)] if i >= 2 else far_none),
               *(shapes[i + 2][:len(FAR_FEATURES)] if i + 2 < count else far_none)]
        rows.append([*shape, *near, *place, *far])
    return rows


def _running(values: list[float]) -> list[float]:
    """Running sums: item i is the sum of the values before index i (one more item than the values)."""
    sums = [0.0]
    for value in values:
        sums.append(sums[-1] + value)
    return sums


@lru_cache(maxsize=1)
def _model() -> dict:
    return trees.load(MODEL, FEATURES, "train_span.py")


def chances(rows: list[list[float]], model: dict | None = None) -> list[float]:
    """The chance that each paragraph is the story's (trees.chances), by the shipped model or `model`."""
    return trees.chances(rows, model or _model())


def bounds(paragraphs: list[str], chance: list[float], start_below: float, end_below: float) -> tuple[int, int]:
    """(first, past the last) paragraph of the story: paragraphs are cut from the start while their chance is
    under `start_below`, up to one that opens with a dateline, then from the end while under `end_below`, unless
    a list announced by a colon is among them; one paragraph at least is kept."""
    start, end = 0, len(paragraphs)
    while start < end - 1 and chance[start] < start_below and not _opens_story(paragraphs[start]):
        start += 1
    while end > start + 1 and chance[end - 1] < end_below:
        end -= 1
    return start, (len(paragraphs) if announces_list(paragraphs[end - 1:]) else end)


def _named(paragraphs: list[str]) -> str:
    """The paragraphs cut at one edge as the doubt names them (passes.edges.named): the first three, each whole on
    one line, its lines joined by ` / `."""
    return named([" / ".join(line.strip() for line in p.split("\n") if line.strip()) for p in paragraphs], 3, ", ")


def story_span(paragraphs: list[str], title: str, found: Found) -> list[str]:
    """`paragraphs` without those at the edges that the model takes for the page's; what is cut is named in a
    doubt about the text."""
    if len(paragraphs) < 2 or sum(size(p) for p in paragraphs) < SHORTEST:
        return paragraphs
    model = _model()
    start, end = bounds(paragraphs, chances(features(paragraphs, title), model), model["start"], model["end"])
    cut = [f"{where} {_named(part)}" for where, part in (("before it", paragraphs[:start]),
                                                         ("after it", paragraphs[end:])) if part]
    if cut:
        why = f"left out at the text's edges as the page's, by the learned span: {'; '.join(cut)}"
        other = next((i for i, d in enumerate(found.doubts) if d.startswith("text: ")), None)
        if other is None:
            found.doubts.append(f"text: {why}: check that none of it is the text's")
        else:  # one doubt a field: the rules' own, and this one after it
            found.doubts[other] += f"; and {why}"
    return paragraphs[start:end]
