"""The one writer: an `Extracted` article to the content file's text (YAML frontmatter and escaped Markdown)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from gazette import content
from gazette.importer.doubts import TEXT, doubts, settled
from gazette.importer.record import Extracted, ImportFailure
from gazette.importer.rules.tags import _split_tags
from gazette.importer.rules.text import TABLE_RULE, is_table, table_cells

MAX_SLUG = 80

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
    lines = paragraph.split("\n")
    if is_table(lines):  # a pipe table stays one, written in full (bars at both ends), each cell escaped
        width = len(table_cells(lines[0]))
        return "\n".join("| " + " | ".join(["---"] * width if TABLE_RULE.match(line)
                                           else [escape_line(c) for c in table_cells(line)]) + " |"
                         for line in lines)
    return "\n".join(escape_line(line) for line in lines)


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


#: Keys whose values are written as `_Prose` (always double-quoted).
_PROSE = frozenset({"summary", "image_caption"})


def _yaml_value(spec: content.Field, value: object) -> object:
    """`value` as its key's kind is written: a bare date, a name or a list of names, a flow list."""
    if spec.kind == "date":
        return _Timestamp(value)
    if spec.kind == "authors" and isinstance(value, tuple):
        return value[0] if len(value) == 1 else list(value)
    if isinstance(value, tuple):
        return list(value)
    return _Prose(value) if spec.name in _PROSE else value


def frontmatter_fields(article: Extracted, rewrite_of: str = "", *, language: str = "",
                       related: Iterable[str] = (), draft: bool = False) -> dict[str, object]:
    """The frontmatter of `article`: each key of the article schema (`content.FIELDS`, in its
    order) that the record or the arguments give a
    value for, empty values left out.
    `language` is written only when given (the command gives it when the text is not in
    the site's language); `draft` holds back an article that misses a required field."""
    given: dict[str, object] = {"rewrite_of": rewrite_of, "language": language, "related": tuple(related),
                                "draft": draft}
    out: dict[str, object] = {}
    for spec in content.FIELDS:
        value = given[spec.name] if spec.name in given else getattr(article, spec.name, "")
        if value not in ("", (), None, False):
            out[spec.name] = _yaml_value(spec, value)
    return out


def to_markdown(article: Extracted, rewrite_of: str = "", *, language: str = "", related: Iterable[str] = (),
                missing: Iterable[tuple[str, str]] = ()) -> str:
    """The content file for `article`: YAML frontmatter between `---` lines, a blank
    line, the escaped paragraphs separated by blank lines, one final newline. An article
    `missing` required fields is a draft, and its frontmatter opens with a comment that
    names each missing field and why it is missing."""
    import yaml

    missing = tuple(missing)
    fm = yaml.dump(
        frontmatter_fields(article, rewrite_of, language=language, related=related, draft=bool(missing)),
        Dumper=_yaml_dumper(),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=2**31 - 1,
    )
    if missing:
        notes = "".join(_draft_note(article, name, why) for name, why in missing)
        fm = (notes + "# Fill in the missing keys, check those named, delete these comments and 'draft: true', and\n"
              "# move the file into content/<year>/ (or import the input again with the values as options).\n" + fm)
    body = "\n\n".join(escape_paragraph(p) for p in article.paragraphs)
    return f"---\n{fm}---\n\n{body}\n" if body else f"---\n{fm}---\n"


def _draft_note(article: Extracted, name: str, why: str) -> str:
    """A draft's comment line: a field missing, or shown and to be checked; or why the whole input waits."""
    if name != TEXT and name not in {spec.name for spec in content.FIELDS}:
        return f"# {name}: {why}\n"
    return f"# {'check' if shown(article, name) else 'missing'} {name}: {why}\n"


def shown(article: Extracted, name: str) -> bool:
    """Whether a note on `name` is about a value the text shows, to be checked (else the value is missing):
    a field with a value, or the body's edges (`doubts.TEXT`), which every article has."""
    return name == TEXT or bool(getattr(article, name, ""))


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
    """Command-line values override what was extracted (an update older than `date` is dropped), and
    settle the doubts about what they replace."""
    given = tuple(name for name, value in (("date", date), ("source", source), ("tags", tags)) if value)
    article = replace(article, doubts=settled(article, given), given=(*article.given, *given))
    if date:
        article = replace(article, date=date, updated="" if article.updated[:10] < date else article.updated)
    if source:
        article = replace(article, source=" ".join(source.split()))
    if tags:
        article = replace(article, tags=_split_tags(",".join(tags)))
    return article


def require_complete(article: Extracted) -> None:
    if not article.date:
        raise ImportFailure("no date found (a line such as 'January 31, 2025' or 'Published: 2025-01-31'); "
                            "pass --date YYYY-MM-DD")
    if not article.source:
        raise ImportFailure("no source found (a title line ending ': The Korea Herald' or ' | Reuters'); "
                            "pass --source NAME")
    if not article.paragraphs:
        raise ImportFailure("has no body text after the title and its details")



#: Why a required field (content.FIELDS says which) is missing, as the run's summary and the draft's comment say it.
MISSING_WHY = {
    "title": "no headline line (a short line above the text, not a sentence)",
    "date": "no date line with a year (a date inside a sentence is never the date)",
    "source": "no publication named (title suffix, agency tag, byline, 'Source:' label or a line)",
}


def missing_fields(article: Extracted) -> list[tuple[str, str]]:
    """(field, why) for each required field the text does not show, and for each value shown in a way
    a person must check before it is published (`importer.doubts`); refusals a rule noted (an ambiguous
    date, say) are the reason where there is one."""
    out = []
    for name in (spec.name for spec in content.FIELDS if spec.required):
        if not getattr(article, name):
            why = next((n.split(": ", 1)[1] for n in article.notes if n.startswith(f"{name}: ")), MISSING_WHY[name])
            out.append((name, why))
    return out + doubts(article)
