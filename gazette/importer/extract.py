"""Plain text to an `Extracted` article, by the rules in `gazette.importer.rules`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from gazette.config import DEFAULT_FURNITURE
from gazette.importer.read_text import paragraphs_of
from gazette.importer.record import Extracted, ImportFailure
from gazette.importer.rules.byline import parse_byline
from gazette.importer.rules.caption import _URL, is_image_line, parse_credit
from gazette.importer.rules.dateline import parse_dateline
from gazette.importer.rules.dates import parse_date, parse_date_line
from gazette.importer.rules.furniture import is_furniture
from gazette.importer.rules.source import split_title
from gazette.importer.rules.tags import _TAGS_LABEL, parse_tags_line
from gazette.importer.rules.text import _SENTENCE_END


@dataclass
class _Block:
    kind: str  # "para" or a metadata kind: "date", "byline", "image", "tags"
    lines: list[str] = field(default_factory=list)



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
