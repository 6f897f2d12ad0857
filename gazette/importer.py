"""Import: plain-text news copy in, `content/<yyyy>/<slug>.md` out.

`python build.py import PATH... [--date YYYY-MM-DD] [--source NAME] [--tag TAG]...
[--dry-run] [--force]`

The work is three pure steps and one that touches files:

1. `decode`: bytes to text (UTF-8, with or without a BOM, LF or CRLF line ends);
   anything else is an `ImportFailure` naming the line.
2. `extract`: text to an `Extracted` article, by the rules below, each a small
   function of the text (see README, "Importing articles").
3. `to_markdown`: an `Extracted` article to the content file's text, with
   Markdown-significant characters escaped so that the body renders as it reads.
4. `run`: for each input, the three steps above, rewrite detection against the
   site's articles (`gazette.similarity`), validation with the build's own
   `check_text`, and the write.

Rules, in the order `extract` applies them:

- paragraphs: split on blank lines, or on every line break when the text has no
  blank line; inside a block between blank lines, lines that each end a sentence
  are paragraphs too, while hard-wrapped lines (a line ending mid-sentence) stay
  together; lines are stripped of surrounding spaces;
- page furniture: a line equal to one of `site.toml`'s `furniture` (case and
  trailing punctuation ignored) is dropped;
- title: the first line; a trailing ` | Name`, ` - Name`, ` – Name`, ` — Name` is
  the source when Name is a publication listed in `site.toml` or a short
  title-case name; after `: ` only a listed publication or a title-case name with
  a masthead word (Times, Herald, News, Reuters, ...) counts, so a real title with
  a colon stays whole;
- tags: a `Tags:` (or `Keywords:`, `Topics:`) line anywhere, or a last line that
  is a list of two or more short capitalised phrases separated by commas;
- date: the first line that is only a date, and every `Published:`/`Updated:`
  line (several may share a line, separated by `|`); `Updated:` gives `updated`
  when there is also a publication date;
- byline: the first line `By A`, `By A and B` or `By A, B and C` gives `author`;
- image: the first line that is only an image file name, or an http(s) URL that
  ends in an image extension or is followed by a credit paragraph; the next
  paragraph, when it ends in `PHOTO: X`, `Photo: X`, `Credit: X` (also
  `Photograph`, `Picture`, `Image`, `Photo credit`), gives `image_caption` and
  `image_credit`;
- summary: a single paragraph standing before a date or image line (the first
  such line with any paragraph before it decides; bylines and an earlier date
  may stand around it), when body paragraphs follow;
- dateline: the first body paragraph opening with a place name in capitals and a
  dash (`SEOUL – ...`, `NEW YORK, Jan 31 (Reuters) - ...`) gives `dateline: SEOUL`;
  the paragraph keeps its text; rubrics such as `BREAKING –` are not places.

An article needs a date, a source and at least one body paragraph; options
`--date` and `--source` supply the first two.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date as Date
from pathlib import Path
from typing import Iterable

from gazette.config import DEFAULT_FURNITURE
from gazette.similarity import THRESHOLD, Match, SimilarityIndex

IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "webp", "avif", "svg")
MAX_SLUG = 80


class ImportFailure(Exception):
    """A problem with one input that stops it from being imported (message without the path)."""


# --- 1. decoding -------------------------------------------------------------------


def decode(data: bytes) -> str:
    """UTF-8 text with LF line ends, from UTF-8 bytes with or without BOM, LF or CRLF."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailure("is UTF-16 text; save it as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFailure(f"line {line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8") from None
    text = text.replace("\r\n", "\n")
    for number, line in enumerate(text.split("\n"), 1):
        if "\r" in line:
            raise ImportFailure(f"line {number}: a carriage return without a line feed; use LF or CRLF line ends")
        for ch in line:
            if ch != "\t" and unicodedata.category(ch) == "Cc":
                what = "a NUL byte: this is not a text file" if ch == "\0" else f"control character U+{ord(ch):04X}"
                raise ImportFailure(f"line {number}: {what}")
    return text


# --- 2. extraction -------------------------------------------------------------------


@dataclass(frozen=True)
class Extracted:
    """An article as read from plain text. Values are plain text, not Markdown."""

    title: str
    source: str = ""
    date: str = ""  # 2025-01-31, or 2025-01-31T10:00:00 with an optional +09:00
    updated: str = ""
    authors: tuple[str, ...] = ()
    dateline: str = ""
    summary: str = ""
    image: str = ""
    image_caption: str = ""
    image_credit: str = ""
    tags: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()  # lines of a paragraph joined by "\n"

    def text(self) -> str:
        """What rewrite detection compares: title, summary and body."""
        return "\n\n".join([self.title, self.summary, *self.paragraphs])


# --- dates

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Zone abbreviations that mean one offset only (CST and IST mean several, so they are not here).
_ZONES = {
    "z": "+00:00", "utc": "+00:00", "gmt": "+00:00", "kst": "+09:00", "jst": "+09:00", "hkt": "+08:00",
    "sgt": "+08:00", "cet": "+01:00", "cest": "+02:00", "bst": "+01:00", "eet": "+02:00", "eest": "+03:00",
    "est": "-05:00", "edt": "-04:00", "pst": "-08:00", "pdt": "-07:00", "mst": "-07:00", "mdt": "-06:00",
    "aest": "+10:00", "aedt": "+11:00",
}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DAY_FORMS = (
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # January 31, 2025 / Jan. 31 2025
    rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}",  # 31 January 2025
    r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})",  # 2025-01-31
)
_TIME = (
    r"(?:\s*(?:,|\bat\b|T|\s)\s*"
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?"
    r"\s*(?:(?P<zone>z|utc|gmt|[a-z]{3,4})?\s*(?P<offset>[+-]\d{1,2}(?::?\d{2})?)?)?)?"
)
_DATE_RES = tuple(re.compile(rf"^{form}{_TIME}$", re.IGNORECASE) for form in _DAY_FORMS)


def parse_date(text: str) -> str | None:
    """The canonical form of a text that is only a date (with or without a time), else None."""
    text = " ".join(text.split()).rstrip(".")
    for pattern in _DATE_RES:
        match = pattern.match(text)
        if match:
            return _canonical(match)
    return None


def _canonical(match: re.Match) -> str | None:
    g = match.groupdict()
    month = _MONTHS.get(g["month"].lower()) if g.get("month") else int(g["mnum"])
    if not month:
        return None
    try:
        day = Date(int(g["year"]), month, int(g["day"]))
    except ValueError:
        return None
    if g["hour"] is None:
        return day.isoformat()
    hour, minute, second = int(g["hour"]), int(g["minute"] or 0), int(g["second"] or 0)
    if g["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if g["ampm"][0].lower() == "p" else 0)
    elif g["minute"] is None:
        return None  # "2025 10" is not a time; "10 am" and "10:00" are
    if hour > 23 or minute > 59 or second > 59:
        return None
    offset = ""
    if g["zone"]:
        offset = _ZONES.get(g["zone"].lower(), "")
        if not offset:
            return None
    if g["offset"]:
        if g["zone"] and g["zone"].lower() not in ("utc", "gmt"):
            return None
        sign, digits = g["offset"][0], g["offset"][1:].replace(":", "")
        hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
        if int(hours) > 14 or int(minutes) > 59:
            return None
        offset = f"{sign}{int(hours):02d}:{minutes}"
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{offset}"


_LABELLED_DATE = re.compile(
    r"^(?P<label>first published|published|posted|date|last updated|last modified|updated|modified)"
    r"(?:\s+on)?\s*:?\s+(?P<date>.+)$",
    re.IGNORECASE,
)


def parse_date_line(line: str) -> tuple[str, str] | None:
    """(published, updated) from a line that is only dates, each '' when absent; None otherwise.

    `January 31, 2025`, `Published: Jan. 31, 2025 10:00`,
    `Published 31 January 2025 | Updated: 1 February 2025 09:00 GMT`.
    """
    published = updated = ""
    parts = [p.strip() for p in re.split(r"\s[|·•;]\s", line)]
    for part in parts:
        bare = parse_date(part)
        if bare:
            if published:
                return None
            published = bare
            continue
        match = _LABELLED_DATE.match(part)
        value = parse_date(match.group("date")) if match else None
        if not value:
            return None
        if match.group("label").lower() in ("last updated", "last modified", "updated", "modified"):
            updated = updated or value
        else:
            published = published or value
    return published, updated


# --- bylines

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


# --- titles and sources

_MASTHEAD_WORDS = frozenset(
    """Times Herald Post News Journal Tribune Gazette Guardian Telegraph Chronicle Observer Independent
    Standard Express Mail Mirror Star Sun Globe Review Daily Weekly Press Wire Record Examiner Inquirer
    Courier Bulletin Register Dispatch Monitor Economist Insider Reporter Magazine Today Agency Online
    Media Radio Television TV Broadcasting Reuters Bloomberg AFP AP Yonhap Xinhua Kyodo BBC CNN NPR PBS
    Politico Axios Nikkei Spiegel Zeit Shimbun Ilbo Sinmun Hankyoreh JoongAng Chosun Asahi Mainichi Yomiuri""".split()
)
_NAME_JOINERS = {"of", "the", "and", "&", "de", "la", "le", "du", "des", "del", "der", "die", "for", "on", "am"}


def is_title_case_name(text: str) -> bool:
    """A short name such as `The Korea Herald`, `Reuters`, `The Times of India`."""
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 50 or text[-1] in ".?!,;:":
        return False
    for i, word in enumerate(words):
        if i > 0 and word.lower() in _NAME_JOINERS:
            continue
        if not re.fullmatch(r"[\w.&'’-]+", word) or not (word[0].isupper() or word[0].isdigit()):
            return False
    return any(w[0].isalpha() for w in words)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def split_title(line: str, publications: Iterable[str] = ()) -> tuple[str, str]:
    """(title, source) from a title line; source is '' when the line names none."""
    known = {_fold(p) for p in publications}
    for match in reversed(list(re.finditer(r"(:| \| | - | – | — )", line))):
        title, name = line[: match.start()].strip(), line[match.end():].strip()
        if not title or not name:
            continue
        if _fold(name) in known:
            return title, name
        if not is_title_case_name(name):
            continue
        if match.group(1) != ":" or any(w.strip(".") in _MASTHEAD_WORDS for w in name.split()):
            return title, name
    return line, ""


# --- images and credits

_IMAGE_NAME = re.compile(rf"^(?![./])[\w.\-/]+\.(?:{'|'.join(IMAGE_EXTENSIONS)})$", re.IGNORECASE)
_IMAGE_URL = re.compile(rf"^https?://\S+?\.(?:{'|'.join(IMAGE_EXTENSIONS)})(?:[?#]\S*)?$", re.IGNORECASE)
_URL = re.compile(r"^https?://[^\s/?#]+\S*$", re.IGNORECASE)
_CREDIT = re.compile(
    r"^(?P<caption>.*?)[\s(\[]*\b(?:PHOTO CREDIT|Photo credit|PHOTOGRAPH|Photograph|PHOTO|Photo|PICTURE|Picture"
    r"|IMAGE|Image|CREDIT|Credit)\s*:\s*(?P<credit>[^()\[\]:]{1,60}?)[)\]]?$"
)


def is_image_line(line: str) -> bool:
    return bool(_IMAGE_NAME.match(line) and ".." not in line.split("/")) or bool(_IMAGE_URL.match(line))


def parse_credit(paragraph: str) -> tuple[str, str] | None:
    """(caption, credit) from a paragraph ending in `PHOTO: X`, `Credit: X`, ...; else None."""
    match = _CREDIT.match(" ".join(paragraph.split()))
    if not match:
        return None
    caption, credit = match.group("caption").strip(), match.group("credit").strip()
    if not credit or ". " in credit or (caption and not caption.endswith((".", "!", "?", ")", "”", '"', "’"))):
        return None
    return caption, credit


# --- tags, furniture, datelines

_TAGS_LABEL = re.compile(r"^(?:tags|keywords|topics)\s*:\s*(?P<tags>.*)$", re.IGNORECASE)


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


def is_furniture(line: str, furniture: Iterable[str]) -> bool:
    key = _fold(line.rstrip(" .:…›»→>"))
    return any(key == _fold(f) for f in furniture)


_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][\w.'’-]*(?:\s[\w.'’-]+){0,4}(?:,\s[\w.'’-]+(?:\s[\w.'’-]+){0,3})?)"
    r"(?:\s\([^()]{1,40}\))?\s+(?:–|—|-{1,2})\s+\S"
)


# Rubrics that open a paragraph like a dateline but name no place.
_RUBRICS = frozenset({"BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION",
                      "EDITORIAL", "LIVE", "WATCH", "CORRECTION", "NOTE", "FILE"})


def parse_dateline(paragraph: str) -> str:
    """`SEOUL` from `SEOUL – What some...` (or `NEW YORK, Jan 31 (Reuters) -`); '' otherwise."""
    match = _DATELINE.match(paragraph)
    if not match:
        return ""
    for place in (match.group("place"), match.group("place").split(",")[0]):
        letters = [c for c in place if c.isalpha()]
        if len(letters) >= 3 and all(c.isupper() for c in letters):
            return "" if place in _RUBRICS else place
    return ""


# --- the whole text

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@dataclass
class _Block:
    kind: str  # "para" or a metadata kind: "date", "byline", "image", "tags"
    lines: list[str] = field(default_factory=list)


def paragraphs_of(text: str) -> list[list[str]]:
    """Paragraphs as lists of stripped lines: split on blank lines, or on every line
    break when the text (from its first to its last line) has no blank line."""
    lines = [line.strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if "" not in lines:
        return [[line] for line in lines]
    out: list[list[str]] = [[]]
    for line in lines:
        if line:
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return out


def extract(text: str, publications: Iterable[str] = (), furniture: Iterable[str] = DEFAULT_FURNITURE) -> Extracted:
    """Read an article out of plain text by the module's rules. Raises ImportFailure for an empty text."""
    furniture = tuple(furniture)
    paragraphs = [[ln for ln in p if not is_furniture(ln, furniture)] for p in paragraphs_of(text)]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise ImportFailure("has no text")
    title_line = paragraphs[0].pop(0)
    if not paragraphs[0]:
        paragraphs.pop(0)
    title, source = split_title(title_line, publications)

    # Metadata lines stand alone; they split the paragraph they sit in.
    values: dict[str, object] = {}
    blocks: list[_Block] = []
    last_line = (len(paragraphs) - 1, len(paragraphs[-1]) - 1) if paragraphs else (-1, -1)
    for p_index, paragraph in enumerate(paragraphs):
        blocks.append(_Block("para"))
        for l_index, line in enumerate(paragraph):
            kind = _metadata_kind(line, values, last=(p_index, l_index) == last_line)
            if kind:
                blocks.append(_Block(kind, [line]))
                blocks.append(_Block("para"))
            else:
                blocks[-1].lines.append(line)
        blocks.append(_Block("para"))
    blocks = [b for b in blocks if b.lines]

    # Inside a block, lines that each end a sentence are paragraphs of their own;
    # hard-wrapped lines, which break mid-sentence, stay one paragraph.
    split: list[_Block] = []
    for block in blocks:
        if block.kind == "para" and all(_SENTENCE_END.search(line) for line in block.lines[:-1]):
            split.extend(_Block("para", [line]) for line in block.lines)
        else:
            split.append(block)
    blocks = split

    # The image's caption: the paragraph right after the image line, when it carries a credit.
    for i, block in enumerate(blocks):
        if block.kind == "image":
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            credit = parse_credit(" ".join(after.lines)) if after and after.kind == "para" else None
            if credit:
                values["image_caption"], values["image_credit"] = credit
                after.kind = "caption"
            elif not is_image_line(str(values["image"])):
                # A bare URL that is neither an image file nor captioned is text after all.
                block.kind = "para"
                del values["image"]
            break

    # The standfirst: the one paragraph before a date or image line (the first such
    # line that has any paragraph before it decides), when body paragraphs follow.
    for i, marker in enumerate(blocks):
        if marker.kind not in ("date", "image"):
            continue
        before = [j for j, b in enumerate(blocks[:i]) if b.kind == "para"]
        if not before:
            continue
        if len(before) == 1 and any(b.kind == "para" for b in blocks[i:]):
            blocks[before[0]].kind = "summary"
            values["summary"] = " ".join(blocks[before[0]].lines)
        break

    body = [b for b in blocks if b.kind == "para"]
    dateline = parse_dateline(body[0].lines[0]) if body else ""
    return Extracted(
        title=title,
        source=source,
        date=str(values.get("date", "")),
        updated=str(values.get("updated", "")) if values.get("date") else "",
        authors=tuple(values.get("authors", ())),  # type: ignore[arg-type]
        dateline=dateline,
        summary=str(values.get("summary", "")),
        image=str(values.get("image", "")),
        image_caption=str(values.get("image_caption", "")),
        image_credit=str(values.get("image_credit", "")),
        tags=tuple(values.get("tags", ())),  # type: ignore[arg-type]
        paragraphs=tuple("\n".join(b.lines) for b in body),
    )


def _metadata_kind(line: str, values: dict[str, object], *, last: bool) -> str:
    """The kind of metadata `line` carries (recording its value), or '' for text."""
    if _TAGS_LABEL.match(line) and "tags" not in values:
        values["tags"] = parse_tags_line(line, last=last)
        return "tags"
    dates = parse_date_line(line)
    if dates is not None:
        published, updated = dates
        bare = parse_date(line) is not None
        if bare and "date" in values:
            return ""  # a second date-only line is text (a timeline, say)
        if published and "date" not in values:
            values["date"] = published
        if updated and "updated" not in values:
            values["updated"] = updated
        if not values.get("date") and updated:
            values["date"] = values.pop("updated")
        return "date"
    if "authors" not in values:
        authors = parse_byline(line)
        if authors:
            values["authors"] = authors
            return "byline"
    if "image" not in values and (is_image_line(line) or _URL.match(line)):
        values["image"] = line
        return "image"
    if last and "tags" not in values:
        tags = parse_tags_line(line, last=True)
        if tags:
            values["tags"] = tags
            return "tags"
    return ""


# --- 3. Markdown ---------------------------------------------------------------------

# `&name;` and any `&#` (Python-Markdown completes `&#1` to `&#1;`) would be read as character references.
_ENTITY = re.compile(r"&(?:#|[A-Za-z0-9]+;)")
_INLINE_ESCAPES = {"\\": "\\\\", "*": "\\*", "_": "\\_", "`": "\\`", "[": "\\[", "]": "\\]", "{": "\\{", "}": "\\}"}
_LINE_START = {"#": "\\#", ">": "\\>", "-": "\\-", "+": "\\+", "=": "&#61;", "~": "&#126;", ":": "&#58;",
               "|": "&#124;", "!": "\\!"}


def escape_line(line: str) -> str:
    """One line of plain text as Markdown that renders as the same text (with the
    core's Python-Markdown extensions), escaping only what could be read as markup."""
    out: list[str] = []
    for i, ch in enumerate(line):
        if ch in _INLINE_ESCAPES:
            out.append(_INLINE_ESCAPES[ch])
        elif ch == "<" and line[i + 1: i + 2] != " ":
            # Markup or an autolink unless a space follows: `<b>`, `<a@b>`, and `<` at the end of
            # a line, which the next line may close (`<` + newline + `@x>` is an e-mail link).
            out.append("&lt;")
        elif ch == "&" and _ENTITY.match(line, i):
            out.append("&amp;")
        else:
            out.append(ch)
    if line[:1] in _LINE_START:
        out[0] = _LINE_START[line[0]]
    number = re.match(r"^\d+([.)])", line)
    if number:
        out[number.end() - 1] = "\\" + number.group(1)
    return "".join(out)


def escape_paragraph(paragraph: str) -> str:
    return "\n".join(escape_line(line) for line in paragraph.split("\n"))


class _Timestamp(str):
    """A date written as a bare YAML timestamp (`date: 2025-01-31`), never quoted."""


class _Prose(str):
    """A sentence-like value (summary, caption), always in double quotes, so that an
    editor can add a colon or a quote mark to it without breaking the YAML."""


def _yaml_dumper():
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    Dumper.add_representer(
        list, lambda dumper, value: dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)
    )
    Dumper.add_representer(
        _Prose, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style='"')
    )
    Dumper.add_representer(
        _Timestamp, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:timestamp", str(value))
    )
    return Dumper


def frontmatter_fields(article: Extracted, rewrite_of: str = "") -> dict[str, object]:
    """The frontmatter of `article`, in the canonical key order, empty values left out."""
    authors: object = article.authors[0] if len(article.authors) == 1 else list(article.authors)
    fields_ = {
        "title": article.title,
        "date": _Timestamp(article.date),
        "updated": _Timestamp(article.updated) if article.updated else "",
        "source": article.source,
        "author": authors,
        "dateline": article.dateline,
        "summary": _Prose(article.summary) if article.summary else "",
        "image": article.image,
        "image_caption": _Prose(article.image_caption) if article.image_caption else "",
        "image_credit": article.image_credit,
        "tags": list(article.tags),
        "rewrite_of": rewrite_of,
    }
    return {k: v for k, v in fields_.items() if v not in ("", [], None)}


def to_markdown(article: Extracted, rewrite_of: str = "") -> str:
    """The content file for `article`: YAML frontmatter between `---` lines, a blank
    line, the escaped paragraphs separated by blank lines, one final newline."""
    import yaml

    fm = yaml.dump(
        frontmatter_fields(article, rewrite_of),
        Dumper=_yaml_dumper(),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=2**31 - 1,
    )
    body = "\n\n".join(escape_paragraph(p) for p in article.paragraphs)
    return f"---\n{fm}---\n\n{body}\n" if body else f"---\n{fm}---\n"


def slug_for(article: Extracted, fallback: str = "") -> str:
    """The slug of the title (or of `fallback`, the input's file name), at most 80 characters."""
    from gazette.urls import slugify

    slug = slugify(article.title) or slugify(fallback)
    if len(slug) > MAX_SLUG:
        cut = slug[:MAX_SLUG]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug


def apply_options(article: Extracted, *, date: str | None = None, source: str | None = None,
                  tags: Iterable[str] | None = None) -> Extracted:
    """Command-line values override what was extracted."""
    changes: dict[str, object] = {}
    if date:
        changes["date"] = date
        if article.updated and article.updated[:10] < date:
            changes["updated"] = ""
    if source:
        changes["source"] = " ".join(source.split())
    if tags:
        changes["tags"] = _split_tags(",".join(tags))
    return replace(article, **changes) if changes else article


def require_complete(article: Extracted) -> None:
    if not article.date:
        raise ImportFailure("no date found (a line such as 'January 31, 2025' or 'Published: 2025-01-31'); "
                            "pass --date YYYY-MM-DD")
    if not article.source:
        raise ImportFailure("no source found (a title line ending ': The Korea Herald' or ' | Reuters'); "
                            "pass --source NAME")
    if not article.paragraphs:
        raise ImportFailure("has no body text after the title and its details")


# --- 4. the command ------------------------------------------------------------------


def _date_option(value: str) -> str:
    try:
        if len(value) != 10:
            raise ValueError
        return Date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date in the form YYYY-MM-DD") from None


def _source_option(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("the source name is empty")
    return " ".join(value.split())


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the import command's options (the core adds --site)."""
    parser.add_argument("paths", nargs="+", metavar="PATH", type=Path,
                        help="plain-text articles (UTF-8); a folder means the *.txt files in it")
    parser.add_argument("--date", type=_date_option, metavar="YYYY-MM-DD",
                        help="publication date of every input (overrides a date in the text)")
    parser.add_argument("--source", type=_source_option, metavar="NAME",
                        help="publication every input comes from (overrides a source in the title)")
    parser.add_argument("--tag", action="append", metavar="TAG", dest="tags",
                        help="a tag for every input (repeat for several; replaces tags found in the text)")
    parser.add_argument("--dry-run", action="store_true",
                        help="print the Markdown that would be written, and write nothing")
    parser.add_argument("--force", action="store_true", help="overwrite content files that already exist")


def _inputs(paths: Iterable[Path]) -> list[tuple[Path, str | None]]:
    """(file, problem) pairs: folders are expanded to their *.txt files."""
    out: list[tuple[Path, str | None]] = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt" and p.is_file())
            out.extend((p, None) for p in files)
            if not files:
                out.append((path, "folder holds no .txt files"))
        elif path.exists():
            out.append((path, None))
        else:
            out.append((path, "no such file"))
    return out


def existing_articles(config, dates: dict[str, str] | None = None,
                      rewrites: dict[str, str] | None = None) -> tuple[list[tuple[str, str]], list[str]]:
    """(slug, text for comparison) of each content file, and warnings about files that
    could not be read (the build reports those in full; here they are only left out).
    `dates` and `rewrites`, when given, receive each article's date as written
    (`YYYY-MM-DD...`) and its `rewrite_of`."""
    import yaml

    from gazette.content import read_sources, split_frontmatter
    from gazette.urls import slugify

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    found: list[tuple[str, str]] = []
    warnings: list[str] = []
    if not config.content_path.is_dir():
        return found, warnings
    sources, problems = read_sources(config)
    warnings.extend(f"{p}; not compared for rewrites" for p in problems)
    for source in sources:
        split = split_frontmatter(source.text)
        try:
            meta = yaml.load(split[0], Loader=loader) if split else None  # noqa: S506 - a safe loader
        except yaml.YAMLError:
            meta = None
        if not isinstance(meta, dict):
            warnings.append(f"{source.rel}: no readable frontmatter; not compared for rewrites")
            continue
        slug = meta.get("slug") if isinstance(meta.get("slug"), str) else slugify(source.stem)
        text = "\n\n".join(str(meta.get(k) or "") for k in ("title", "summary")) + "\n\n" + split[1]
        found.append((slug, text))
        if dates is not None and meta.get("date") is not None:
            dates[slug] = str(meta["date"])
        if rewrites is not None and isinstance(meta.get("rewrite_of"), str):
            rewrites[slug] = meta["rewrite_of"]
    return found, sorted(warnings)


@dataclass(frozen=True)
class Prepared:
    """One input made ready to write: where, what, and what rewrite detection found."""

    article: Extracted
    slug: str
    rel: str  # the content file's path relative to the site folder
    text: str  # the content file
    rewrite: Match | None = None  # the article this one rewrites, when it scored over the threshold
    warnings: tuple[str, ...] = ()


def prepare(data: bytes, name: str, config, *, date: str | None = None, source: str | None = None,
            tags: Iterable[str] | None = None, index: SimilarityIndex | None = None,
            dates: dict[str, str] | None = None, rewrites: dict[str, str] | None = None) -> Prepared:
    """Everything `import` does to one input short of writing it. `name` is the input's
    file name (a fallback for the slug). `dates` and `rewrites` are the indexed
    articles' dates and `rewrite_of`s: an article dated after this one, or one that is
    itself a rewrite of this one, cannot be the original this one rewrites (re-importing
    an original must not make it a rewrite of its own rewrite). Raises ImportFailure
    when it cannot be imported."""
    from gazette.content import check_text
    from gazette.problems import errors

    article = extract(decode(data), config.publications, config.furniture)
    article = apply_options(article, date=date, source=source, tags=tags)
    require_complete(article)
    slug = slug_for(article, Path(name).stem)
    if not slug:
        raise ImportFailure("the title has no letters or digits to make a file name from")
    rel = f"{config.content_dir}/{article.date[:4]}/{slug}.md"
    day = article.date[:10]
    later = {key for key, when in (dates or {}).items() if when[:10] > day}
    its_rewrites = {key for key, original in (rewrites or {}).items() if original == slug}
    match = (index.most_similar(article.text(), exclude={slug} | later | its_rewrites)
             if index is not None else None)
    rewrite = match if match and match.score >= THRESHOLD else None
    text = to_markdown(article, rewrite.key if rewrite else "")
    problems = check_text(text, rel, config)
    if errors(problems):
        raise ImportFailure("the imported file would not be valid: " + "; ".join(p.message for p in errors(problems)))
    return Prepared(article, slug, rel, text, rewrite, tuple(p.message for p in problems))


def run(args: argparse.Namespace, config) -> int:
    """Import every input; print each file written. Exit status 1 when any input failed."""
    index = SimilarityIndex()
    dates: dict[str, str] = {}
    rewrites: dict[str, str] = {}
    existing, warnings = existing_articles(config, dates, rewrites)
    for warning_text in warnings:
        print(f"warning: {warning_text}", file=sys.stderr)
    index.add_many(existing)

    failed = 0
    planned: set[Path] = set()
    for path, problem in _inputs(args.paths):
        try:
            if problem:
                raise ImportFailure(problem)
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise ImportFailure(f"cannot read: {exc.strerror or exc}") from None
            ready = prepare(data, path.name, config, date=args.date, source=args.source, tags=args.tags,
                            index=index, dates=dates, rewrites=rewrites)
            target = config.root / ready.rel
            if (target.exists() or target in planned) and not args.force:
                raise ImportFailure(f"{target} already exists; not overwritten (use --force to replace it)")
        except ImportFailure as exc:
            failed += 1
            print(f"{path}: {exc}", file=sys.stderr)
            continue
        if ready.rewrite:
            print(f"{path} looks like a rewrite of {ready.rewrite.key} (similarity {ready.rewrite.score:.2f})",
                  file=sys.stderr)
        for message in ready.warnings:
            print(f"{path}: warning: {message}", file=sys.stderr)
        if args.dry_run:
            print(f"would write {target}", file=sys.stderr)
            sys.stdout.write(ready.text)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w" if args.force else "x", encoding="utf-8", newline="\n") as out:
                out.write(ready.text)
            print(target)
        planned.add(target)
        index.add(ready.slug, ready.article.text())
        dates[ready.slug] = ready.article.date
        if ready.rewrite:
            rewrites[ready.slug] = ready.rewrite.key
    return 1 if failed else 0
