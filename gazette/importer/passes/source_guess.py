"""The source when no rule names it: a model learned from the corpus picks it among the names the copy prints.

The rules read an outlet's name where its form says so (a label, a credit in brackets, an agency's tag, a copyright
notice, a known outlet's name). Most copy that defeats them still prints the name, in a place of the same kind: a
line of its own over the headline, a piece of a line between bars, a bracket opening the lead, a tail after the
text's last sentence. What carries from one site to the next is that shape, not the names.

Every piece of every line that could be a name is a candidate (`candidates`): a short line whole, the pieces a line
splits into at the marks pages set names off with (brackets, bars, slashes, dashes, colons, commas, wide gaps), their
first and last words, and the head of a piece up to a word outlets end their names with. The model (gradient-boosted
trees over the candidate's shape, the marks around it and its line's place against the headline and the text,
`FEATURES`) gives each the chance that it is the story's source; it was learned from the corpus's hand-checked
sources (`tests/importer_corpus/train_source.py`, which writes `source_model.json` and the figures it was judged by).
The likeliest candidate over the model's threshold is the source, with a doubt, so that the article waits for a
person who checks it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from gazette.importer import trees
from gazette.importer.passes.found import Found
from gazette.importer.rules.byline import is_name
from gazette.importer.rules.outlet_names import known_outlet
from gazette.importer.rules.outlets import is_platform
from gazette.importer.rules.source import known_agency
from gazette.importer.rules.text import RIGHTS_WORDS, is_prose, size

MODEL = Path(__file__).with_name("source_model.json")

#: The marks a page sets a name off with, by kind; a piece's mark before and after it is one of these, a line's edge
#: or a wide gap.
MARKS = {"bracket": "[]【】「」<>《》〈〉", "paren": "()（）", "equals": "=＝", "bar": "|｜", "slash": "/／",
         "dash": "-–—", "colon": ":：", "comma": ",，、;；", "dot": "·•", "stop": ".!?。！？"}
_KINDS = (*MARKS, "gap", "edge")
_MARK_OF = {c: kind for kind, chars in MARKS.items() for c in chars}
#: Where a line splits into pieces: a sentence's end, a spaced dash, bar or slash, a bracket, an equals sign, a
#: colon, a comma, a dot, a slash between words, a wide gap.
_SPLIT = re.compile(r"(?<=[.!?。！？])\s+|\s+[|｜/／·•\-–—]\s+|[|｜·•\[\]【】()（）「」<>《》〈〉=＝:：,，、;；]\s*"
                    r"|\s{2,}|\t|(?<=\S)[/／](?=\S)")
#: A label's words for where a text comes from (`Source:`, `来源:`), in Latin letters and in other scripts, and the
#: words a byline sets before its writer.
_LABEL_LATIN, _LABEL_OTHER, _BY_WORDS = "quelle|source|fuente|fonte", "출처|来源|來源|提供|出典", "by|von|por|par|from"
#: Words a notice, a credit or a label sets before a name, and what a notice sets after it.
_LEADING = re.compile(rf"^(?:©|\(c\)|ⓒ|(?:copyrights?|{_BY_WORDS}|de|{_LABEL_LATIN})\b|版权所有|"
                      rf"저작권자|\d{{4}}(?:\s*[-–]\s*\d{{4}})?|{_LABEL_OTHER}|[\s.,:：])+", re.IGNORECASE)
_TRAILING = re.compile(r"(?:all rights reserved|alle rechte vorbehalten|todos los derechos reservados|"
                       r"tous droits réservés|\d{4}|[\s.,:;])+$", re.IGNORECASE)
#: A label or a notice's word alone before the colon or the bracket that sets a name off (`Source: X`, `(c) X`).
_SET_BEFORE = re.compile(rf"^(?:{_LABEL_OTHER}|{_LABEL_LATIN}|via|c|copyright|©|ⓒ)$", re.IGNORECASE)
_NOTICE = re.compile(r"^(?:©|\(c\)|c|ⓒ|copyright|版权所有|저작권자)(?:\W|$)", re.IGNORECASE)
_LABEL = re.compile(rf"(?:{_LABEL_OTHER}|\b(?:{_LABEL_LATIN}|via))\s*[:：]?\s*$", re.IGNORECASE)
_BY = re.compile(rf"(?:^|\s)(?:{_BY_WORDS})\s*$", re.IGNORECASE)
#: The nouns outlets of the importer's languages end or hold their names with (a paper, a broadcaster, a site).
_OUTLET_NOUN = re.compile(
    r"(?:news|times|post|daily|herald|tribune|journal|press|gazette|radio|tv|zeitung|nachrichten|rundschau|kurier|"
    r"anzeiger|diario|peri[oó]dico|noticias|semanario|radio|cadena|presse|quotidien|hebdo|info|actu|"
    r"新聞|新闻|日报|日報|晚报|晚報|网|網|社|台|电视|電視|テレビ|放送|通信|뉴스|일보|신문|방송|타임즈|저널)",
    re.IGNORECASE)
_OUTLET_END = re.compile(r"(?:社|报|報|网|網|台|新聞|新闻|テレビ|放送|뉴스|일보|방송|신문|TV|News|NEWS)")
_DOMAIN = re.compile(r"\w\.(?:com|net|org|co|de|fr|es|jp|kr|cn|tw|hk|mx|ar|info|at|ch|be)\b", re.IGNORECASE)
_DATED = re.compile(r"\d{4}\s*[-./年]|\d{1,2}[:：]\d{2}")
_REPORTER = re.compile(r"기자|記者|记者|特派員|特派员|\b(?:by|von|por|par|reporter|redacción|rédaction)\b",
                       re.IGNORECASE)
_ADDRESS = re.compile(r"https?://|www\.|@\w")
#: What a picture's caption or credit holds: a word for a picture or a photographer, a picture agency's name.
_PICTURE = re.compile(r"foto|photo|bild|image|imagen|picture|getty|keystone|shutterstock|archiv|사진|영상|写真|撮影|"
                      r"图|圖|照片|视频|動画", re.IGNORECASE)
_CAPITALS = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)+$")
_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
LANGUAGES = ("en", "ko", "ja", "zh", "de", "fr", "es")
#: The longest name the model weighs, in characters and in words; the longest line read whole, and what is read of a
#: longer line (its first and last characters: a name stands at a line's edges).
_LONGEST_NAME, _MOST_WORDS, _LONGEST_LINE, _EDGE = 50, 7, 60, 200
#: How far into a line of running text an agency's bracketed tag may stand (`ISTANBUL, 24 janvier (Reuters) -`).
_TAGGED = 60
_REGIONS = ("above", "headline", "between", "text", "below")

SHAPE_FEATURES = ("characters", "words", "han", "hangul", "latin", "capitals", "digits", "domain", "outlet_noun",
                  "outlet_end", "known_outlet", "known_agency", "platform", "person", "author", "in_headline",
                  "dateline", "printed", "printed_in_text", "pictured", "capitals_words")
PLACE_FEATURES = ("kind", "piece", "pieces_after", "pieces", "notice", "label", "by", "cut", "line_words",
                  "line_characters", "line_place", "line_prose", "line_dated", "line_reporter", "line_rights",
                  "line_address", "line_picture", "from_text_start", "from_text_end", *(f"in_{r}" for r in _REGIONS))
FEATURES = (*SHAPE_FEATURES, *PLACE_FEATURES, *(f"before_{k}" for k in _KINDS), *(f"after_{k}" for k in _KINDS),
            *(f"language_{code}" for code in LANGUAGES))
_KIND = {"line": 0, "piece": 1, "head_words": 2, "tail_words": 3, "outlet_head": 4}


@dataclass(frozen=True)
class Candidate:
    name: str
    line: int  # the line's index among the copy's lines
    kind: str  # _KIND
    piece: int  # the piece's index in its line, and the count after it
    after: int
    before_mark: str  # _KINDS
    after_mark: str
    cut: str  # what was cut before the name (`_LEADING`: a notice's words, a label, `by`)


def _mark(split: str, before: str) -> str:
    """The kind of mark a split is: its first mark, a sentence's end before a space, or a wide gap."""
    mark = next((c for c in split if not c.isspace()), "")
    if not mark:
        return "stop" if before in MARKS["stop"] else "gap"
    return _MARK_OF.get(mark, "gap")


def _pieces(line: str) -> list[tuple[str, str, str]]:
    """The pieces of `line` between the marks that set names off, each with the kind of mark before and after it."""
    if len(line) > 2 * _EDGE:  # a long line: its edges only (a name stands there; the rest is running text)
        return _pieces(line[:_EDGE])[:-1] + _pieces(line[-_EDGE:])[1:]
    pieces, at, before = [], 0, "edge"
    for split in _SPLIT.finditer(line):
        mark = _mark(split[0], line[split.start() - 1] if split.start() else "")
        pieces.append((line[at:split.start()], before, mark))
        at, before = split.end(), mark
    pieces.append((line[at:], before, "edge"))
    return [(text.strip(), b, a) for text, b, a in pieces if text.strip()]


def _names(piece: str) -> list[tuple[str, str, str]]:
    """(name, kind, cut) for the names a piece may be: itself without a notice's or a label's words, its first and
    last words, its head up to an outlet's noun."""
    cut = _LEADING.match(piece)
    name = _TRAILING.sub("", piece[cut.end():] if cut else piece).strip()
    found = [(name, "piece", cut[0].strip() if cut else "")] if name else []
    words = name.split()
    if 2 <= len(words) <= 12:
        found += [(" ".join(words[:n]), "head_words", "") for n in (1, 2, 3) if n < len(words)]
        found += [(" ".join(words[-n:]), "tail_words", "") for n in (1, 2, 3) if n < len(words)]
    found += [(name[:m.end()], "outlet_head", "") for m in _OUTLET_END.finditer(name[:30]) if m.end() < len(name)]
    return found


def candidates(lines: list[str]) -> list[Candidate]:
    """Every name the copy's lines may print as its source, once each (at its first place)."""
    return places(lines)[0]


def places(lines: list[str], text_start: int = -1, text_end: int = -2) -> tuple[list[Candidate], Counter, Counter]:
    """`candidates`, with how many places of the lines print each name, and how many of them lie between the lines
    `text_start` and `text_end` (the text's)."""
    out: dict[str, Candidate] = {}
    printed: Counter = Counter()
    printed_in_text: Counter = Counter()
    for i, line in enumerate(lines):
        for candidate in _line_candidates(i, line):
            printed[candidate.name] += 1
            printed_in_text[candidate.name] += text_start <= i <= text_end
            out.setdefault(candidate.name, candidate)
    return list(out.values()), printed, printed_in_text


def _line_candidates(i: int, line: str) -> Iterator[Candidate]:
    """The names line `i` may print as the source: itself when short, and its pieces' (`_names`)."""
    if not line:
        return
    if len(line) <= _LONGEST_LINE:
        yield Candidate(line, i, "line", 0, 0, "edge", "edge", "")
    pieces = _pieces(line)
    prose = is_prose(line)
    for k, (piece, before, after) in enumerate(pieces):
        if prose and before == after == "paren" and k < len(pieces) - 1 and line.find(piece) > _TAGGED:
            continue  # (an aside in brackets, `… Arlen Specter (PA) — voted`: an agency's tag stands in the dateline)
        # (a label or a notice's word split off at its colon or bracket: `Source: Reuters`, `(c) 2024 Herald`)
        label = pieces[k - 1][0] if k and before in ("colon", "paren") and _SET_BEFORE.match(pieces[k - 1][0]) else ""
        for name, kind, cut in _names(piece):
            if len(name) <= _LONGEST_NAME and len(name.split()) <= _MOST_WORDS and not name.isdigit():
                yield Candidate(name, i, kind, k, len(pieces) - 1 - k, before, after, f"{label} {cut}".strip())


@dataclass(frozen=True)
class Copy:
    """What the rules made of the copy, as the model reads a candidate's place: the lines, the headline's and the
    text's first and last line among them, and the values a source is not."""
    lines: list[str]
    headline: int
    text_start: int
    text_end: int
    title: str
    authors: tuple[str, ...]
    dateline: str
    language: str
    pictured: str  # the picture's caption and credit the rules read


def read_copy(text: str, title: str, paragraphs: list[str], authors: tuple[str, ...], dateline: str,
              language: str, pictured: str = "") -> Copy:
    """The Copy of `text` as the rules read it: the headline's line, and the lines of the text's first and last
    (the first line that holds the text's first, the last that holds its last; -1 when none does)."""
    lines = [line.strip() for line in text.splitlines()]
    body = [line.strip() for p in paragraphs for line in p.split("\n") if line.strip()]
    index = {line: i for i, line in reversed(list(enumerate(lines)))}
    headline = index.get(title.strip(), -1) if title else -1
    start = index.get(body[0], -1) if body else -1
    end = max((i for i, line in enumerate(lines) if body and line == body[-1]), default=-1)
    return Copy(lines, headline, start, end, title, authors, dateline, language, pictured)


def _region(copy: Copy, i: int) -> str:
    """Where line `i` stands (_REGIONS): above the headline (or the text, with none), the headline, between the
    headline and the text, in the text, below it."""
    if i == copy.headline:
        return "headline"
    if copy.text_start >= 0 and copy.text_start <= i <= copy.text_end:
        return "text"
    if copy.text_end >= 0 and i > copy.text_end:
        return "below"
    top = copy.headline if copy.headline >= 0 else copy.text_start
    return "above" if i < top else "between"


def _shape(name: str, copy: Copy, printed: int, printed_in_text: int) -> list[float]:
    letters = max(sum(c.isalpha() for c in name), 1)
    return [math.log1p(len(name)), float(size(name)), len(_HAN.findall(name)) / letters,
            len(_HANGUL.findall(name)) / letters, len(_LATIN.findall(name)) / letters,
            sum(c.isupper() for c in name) / letters, sum(c.isdigit() for c in name) / max(len(name), 1),
            float(bool(_DOMAIN.search(name))), float(bool(_OUTLET_NOUN.search(name))),
            float(bool(_OUTLET_NOUN.search(name[-4:]))), float(bool(known_outlet(name))),
            float(bool(known_agency(name))), float(is_platform(name)), float(is_name(name)),
            float(name in copy.authors), float(bool(copy.title) and name in copy.title),
            float(bool(copy.dateline) and name in copy.dateline), math.log1p(printed), math.log1p(printed_in_text),
            float(bool(copy.pictured) and name in copy.pictured),
            float(bool(_CAPITALS.match(name)))]


def _place(c: Candidate) -> list[float]:
    """The candidate's place in its line: its kind, its piece's index, what was cut before it."""
    return [float(_KIND[c.kind]), float(min(c.piece, 5)), float(min(c.after, 5)), float(min(c.piece + c.after, 10)),
            float(bool(_NOTICE.match(c.cut))), float(bool(_LABEL.search(c.cut))), float(bool(_BY.search(c.cut))),
            float(bool(c.cut))]


def _line(copy: Copy, i: int) -> list[float]:
    """Line `i`'s shape and its place against the headline and the text (read once a line)."""
    line = copy.lines[i]
    region = _region(copy, i)
    return [math.log1p(size(line)), math.log1p(len(line)), i / max(len(copy.lines), 1), float(is_prose(line)),
            float(bool(_DATED.search(line))), float(bool(_REPORTER.search(line))),
            float(bool(RIGHTS_WORDS.search(line) or "©" in line)), float(bool(_ADDRESS.search(line))),
            float(bool(_PICTURE.search(line))),
            _clip(i - copy.text_start if copy.text_start >= 0 else -99),
            _clip(i - copy.text_end if copy.text_end >= 0 else 99),
            *(float(region == r) for r in _REGIONS)]


def _clip(lines: int) -> float:
    return float(max(-10, min(10, lines)))


def read(copy: Copy) -> tuple[list[Candidate], list[list[float]]]:
    """The copy's candidates and each one's values, in the order of FEATURES (linear in the copy's lines: how often
    a name is printed is counted over the places candidates are read from, not searched for in the whole text)."""
    found, printed, printed_in_text = places(copy.lines, copy.text_start, copy.text_end)
    language = [float(copy.language == code) for code in LANGUAGES]
    lines = {i: _line(copy, i) for i in {c.line for c in found}}
    return found, [[*_shape(c.name, copy, printed[c.name], printed_in_text[c.name]), *_place(c), *lines[c.line],
                    *(float(c.before_mark == k) for k in _KINDS), *(float(c.after_mark == k) for k in _KINDS),
                    *language] for c in found]


@lru_cache(maxsize=1)
def _model() -> dict:
    return trees.load(MODEL, FEATURES, "train_source.py")


def _tail(name: str) -> re.Pattern:
    return re.compile(r"[|｜:：\-–—/(\[（【]\s*" + re.escape(name) + r"\s*[)\]）】]?\s*$")


def refused(name: str, copy: Copy) -> str:
    """Why `name` is never the source, whatever its chance: '' when it may be."""
    if copy.title and name in copy.title and not _tail(name).search(copy.title):
        return "headline"  # (the story's subject; an outlet's name ends a headline, after a bar or in brackets)
    if name in copy.authors:
        return "author"
    if copy.pictured and name in copy.pictured:
        return "picture"  # (who took the picture, not who wrote the story)
    if is_platform(name):
        return "platform"  # (a social network or a video host, credited for what a page embeds)
    return ""


def best(found: list[Candidate], chance: list[float], threshold: float, copy: Copy) -> Candidate | None:
    """The likeliest candidate that may be the source, when its chance is at the threshold or over it."""
    ranked = max(((p, i) for i, p in enumerate(chance) if not refused(found[i].name, copy)), default=None)
    return found[ranked[1]] if ranked and ranked[0] >= threshold else None


def guess_source(copy: Copy, found: Found) -> str:
    """The source the model reads in the copy, with a doubt naming the line it was read from; '' when no candidate
    is likely enough."""
    named, rows = read(copy)
    if not named:
        return ""
    model = _model()
    guess = best(named, trees.chances(rows, model), model["threshold"], copy)
    if guess is None:
        return ""
    found.doubts.append(f"source: {guess.name!r} read by the learned model from the line "
                        f"{copy.lines[guess.line][:120]!r}, where no rule named the outlet: check that it is the "
                        "story's source")
    return guess.name
