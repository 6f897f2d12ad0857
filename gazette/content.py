"""Content: source files, their frontmatter schema, and validation into `Article`s.

`read_sources` finds `content/**/*.md`; `parse_article` turns one `SourceFile` into
an `Article` plus the problems found in it. Every frontmatter key is declared in
`FIELDS`; a key that is not there is an error with a suggestion, never dropped.
Frontmatter values are plain text (templates escape them); only the body is Markdown.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Sequence
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from gazette import markdown, urls
from gazette.config import SiteConfig
from gazette.problems import Problem, did_you_mean, warning


@dataclass(frozen=True)
class SourceFile:
    rel: str  # path relative to the site folder, with forward slashes: content/2025/x.md
    text: str
    digest: str

    @property
    def stem(self) -> str:
        return self.rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]


@dataclass(frozen=True)
class Article:
    source_path: str
    digest: str
    slug: str
    url: str  # site path of the article page, e.g. 2025/01/deepseek-upends-ai/
    title: str
    date: datetime  # aware, in the site's timezone unless the file gave an offset
    date_is_day: bool  # the file gave a date without a time
    source: str
    body_html: str
    summary: str  # the frontmatter's summary, or the first paragraph shortened
    has_summary: bool  # summary came from the frontmatter (a standfirst)
    tags: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    dateline: str = ""
    image: str = ""
    image_alt: str = ""
    image_caption: str = ""
    image_credit: str = ""
    source_url: str = ""
    updated: datetime | None = None
    updated_is_day: bool = False
    draft: bool = False
    rewrite_of: str = ""
    genre: str = "news"
    corrections: tuple["Correction", ...] = ()
    language: str = ""
    key_lines: tuple[tuple[str, int], ...] = ()

    def line_of(self, key: str) -> int:
        return dict(self.key_lines).get(key, 1)

    def __reduce__(self):
        # Pickled as a plain tuple of its fields: loading 10,000 cached articles is then
        # about five times faster than through the dataclass's generic state.
        return (_restore_article, (tuple(self.__dict__[name] for name in _ARTICLE_FIELDS),))

    @property
    def sort_key(self) -> tuple:
        """Newest first; ties broken by source path so the order never depends on the file system."""
        return (-self.date.timestamp(), self.source_path)


_ARTICLE_FIELDS = tuple(Article.__dataclass_fields__)


def _restore_article(values: tuple) -> Article:
    article = object.__new__(Article)
    article.__dict__.update(zip(_ARTICLE_FIELDS, values))
    return article


# --- reading -------------------------------------------------------------------


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def read_source(root: Path, path: Path) -> tuple[SourceFile | None, list[Problem]]:
    rel = path.relative_to(root).as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(rel, 0, f"cannot read: {exc.strerror}")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(rel, line, "not UTF-8 text; save the file as UTF-8")]
    return SourceFile(rel, text.replace("\r\n", "\n"), _digest(data)), []


def find_sources(config: SiteConfig, as_text: bool = False) -> list:
    """Every `*.md` under the content folder, skipping hidden files and folders, sorted."""
    found: list[str] = []
    for folder, dirs, files in os.walk(str(config.content_path)):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        found.extend(os.path.join(folder, f) for f in sorted(files) if f.endswith(".md") and not f.startswith("."))
    return found if as_text else [Path(f) for f in found]


def read_sources(config: SiteConfig) -> tuple[list[SourceFile], list[Problem]]:
    sources: list[SourceFile] = []
    problems: list[Problem] = []
    if not config.content_path.is_dir():
        return [], [Problem(config.content_dir, 0, "content folder not found")]
    for path in find_sources(config):
        source, found = read_source(config.root, path)
        problems.extend(found)
        if source:
            sources.append(source)
    return sources, problems


# --- the frontmatter schema ------------------------------------------------------


GENRES = ("news", "opinion", "analysis", "review", "correction", "press release")


@dataclass(frozen=True)
class Correction:
    date: datetime
    date_is_day: bool
    text: str


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # text, date, tags, authors, bool, url, slug
    required: bool
    help: str


FIELDS: tuple[Field, ...] = (
    Field("title", "text", True, "Headline."),
    Field("date", "date", True,
          "Publication date: `2025-01-31`, or a time too: `2025-01-31 09:30` (the site's timezone) "
          "or `2025-01-31T09:30:00+09:00`."),
    Field("source", "text", True, "The publication the article comes from."),
    Field("tags", "tags", False, "List of tags: `[AI, Investment]`. Case and spacing do not make a new tag."),
    Field("summary", "text", False, "Standfirst shown under the headline and in lists (default: the first paragraph)."),
    Field("author", "authors", False, "Byline: a name, or a list of names."),
    Field("dateline", "text", False, "Place the story was filed from, e.g. `SEOUL`."),
    Field("image", "text", False,
          "Lead photo: a file in `static/images/` (e.g. `deepseek.jpg`) or an http(s) URL."),
    Field("image_alt", "text", False, "Text alternative for the photo (default: the caption)."),
    Field("image_caption", "text", False, "Caption under the photo."),
    Field("image_credit", "text", False, "Photo credit, e.g. `AFP`."),
    Field("source_url", "url", False, "Address of the original article."),
    Field("updated", "date", False, "Date of the last substantive update, same forms as `date`."),
    Field("slug", "slug", False, "Last part of the address (default: the file name)."),
    Field("draft", "bool", False, "`true` keeps the article out of the site unless built with `--drafts`."),
    Field("rewrite_of", "slug", False, "Slug of the article this one rewrites; both link to each other."),
    Field("genre", "genre", False, "Kind of article: " + ", ".join(f"`{g}`" for g in GENRES) + " (default `news`)."),
    Field("corrections", "corrections", False,
          "Corrections, each with a date and a text: `[{date: 2025-02-01, text: \"The toll was 12, not 21.\"}]`."),
    Field("language", "text", False, "Language tag of the article when not the site's, e.g. `ko`."),
)
FIELD_BY_NAME = {f.name: f for f in FIELDS}

_TYPE_WORDS = {
    "text": "text",
    "date": "a date such as 2025-01-31",
    "tags": "a list of text such as [AI, Investment]",
    "authors": "a name or a list of names",
    "bool": "true or false",
    "url": "an http(s) URL",
    "slug": "a slug such as my-article",
}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    if isinstance(value, (date, datetime)):
        return f"the date {value.isoformat()}"
    return repr(value)


class _Invalid(Exception):
    pass


def _text(value: Any, name: str) -> str:
    if isinstance(value, str):
        return value.strip()
    # \x00 stands for the value as written in the file; parse_article fills it in.
    quoted = "" if isinstance(value, (list, dict)) or value is None else f'; put it in quotes: {name}: "\x00"'
    raise _Invalid(f"'{name}' must be text, not {_describe(value)}{quoted}")


def to_datetime(value: Any, tz: ZoneInfo) -> tuple[datetime, bool]:
    """A frontmatter date as an aware datetime, and whether only a day was given."""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=tz)), False
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=tz), True
    if isinstance(value, str):
        text = value.strip()
        try:
            day = date.fromisoformat(text)
        except ValueError:
            pass
        else:
            if len(text) == 10:
                return datetime(day.year, day.month, day.day, tzinfo=tz), True
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise _Invalid(
                f"cannot read the date '{text}'; write 2025-01-31, 2025-01-31 09:30 or 2025-01-31T09:30:00+09:00"
            ) from None
        return (moment if moment.tzinfo else moment.replace(tzinfo=tz)), False
    raise _Invalid(f"must be a date such as 2025-01-31, not {_describe(value)}")


def _tags(value: Any, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        raise _Invalid(f"'{name}' must be a list: write {name}: [{value}]")
    if not isinstance(value, list):
        raise _Invalid(f"'{name}' must be {_TYPE_WORDS['tags']}, not {_describe(value)}")
    out: list[str] = []
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise _Invalid(f"'{name}' item {i + 1} must be text, not {_describe(item)}; put it in quotes")
        if item.strip():
            out.append(" ".join(item.split()))
    return tuple(out)


def _authors(value: Any, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else ()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v.strip() for v in value if v.strip())
    raise _Invalid(f"'{name}' must be {_TYPE_WORDS['authors']}, not {_describe(value)}")


def _url(value: Any, name: str) -> str:
    text = _text(value, name)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise _Invalid(f"'{name}' must be an http(s) URL, not '{text}'")
    return text


def _slug(value: Any, name: str) -> str:
    text = _text(value, name)
    slug = urls.slugify(text)
    if not slug:
        raise _Invalid(f"'{name}' has no letters or digits: '{text}'")
    if slug != text:
        raise _Invalid(f"'{name}' must be a slug (lowercase letters, digits, hyphens): write {name}: {slug}")
    return slug


def _bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"'{name}' must be true or false, not {_describe(value)}")
    return value


def _genre(value: Any, name: str) -> str:
    text = " ".join(_text(value, name).lower().split())
    if text not in GENRES:
        raise _Invalid(f"'{name}' must be one of {', '.join(GENRES)}, not '{text}'{did_you_mean(text, GENRES)}")
    return text


def _corrections(value: Any, name: str, tz: ZoneInfo) -> tuple[Correction, ...]:
    if not isinstance(value, list):
        raise _Invalid(f"'{name}' must be a list of {{date: ..., text: ...}} entries, not {_describe(value)}")
    out = []
    for i, item in enumerate(value, 1):
        if not isinstance(item, dict) or set(item) != {"date", "text"}:
            raise _Invalid(f"'{name}' entry {i} must have a date and a text and nothing else: "
                           f"{{date: 2025-02-01, text: ...}}")
        try:
            moment, is_day = to_datetime(item["date"], tz)
        except _Invalid as exc:
            raise _Invalid(f"'{name}' entry {i}: {exc}") from None
        text = _text(item["text"], f"{name}' entry {i} 'text")
        if not text:
            raise _Invalid(f"'{name}' entry {i} has an empty text")
        out.append(Correction(moment, is_day, text))
    return tuple(sorted(out, key=lambda c: c.date))


_CONVERT: dict[str, Callable[[Any, str], Any]] = {
    "genre": _genre,
    "text": _text,
    "tags": _tags,
    "authors": _authors,
    "url": _url,
    "slug": _slug,
    "bool": _bool,
}


# --- parsing ---------------------------------------------------------------------

_BOUNDARY = re.compile(r"^-{3,}[ \t]*$", re.MULTILINE)
_TOP_KEY = re.compile(r"^([^\s#:'\"-][^:]*?|\"[^\"]+\"|'[^']+')[ \t]*:(?:[ \t]|$)", re.MULTILINE)


def split_frontmatter(text: str) -> tuple[str, str, int] | None:
    """(frontmatter, body, file line of the frontmatter's first character) or None without frontmatter.

    Uses python-frontmatter's YAML handler for the split, as every tool built on it does.
    """
    import frontmatter

    handler = frontmatter.YAMLHandler()
    if not handler.detect(text):
        return None
    try:
        fm, body = handler.split(text)
    except ValueError:
        return None
    first_line = text.count("\n", 0, text.find(fm)) + 1 if fm else 2
    return fm, body, first_line


def key_lines(fm: str, first_line: int) -> dict[str, tuple[int, str]]:
    """(file line, raw value text) of each top-level key of a frontmatter block."""
    lines: dict[str, tuple[int, str]] = {}
    for match in _TOP_KEY.finditer(fm):
        key = match.group(1).strip("'\"")
        end = fm.find("\n", match.end())
        raw = fm[match.end(): end if end >= 0 else len(fm)].strip()
        lines.setdefault(key, (first_line + fm.count("\n", 0, match.start()), raw))
    return lines


_LOADER = None


def _load_yaml(fm: str) -> Any:
    """YAML with the C safe loader where available; timestamps stay text so that
    `to_datetime` reads every date one way (and reports a bad one instead of crashing)."""
    global _LOADER
    import yaml

    if _LOADER is None:
        base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        _LOADER = type("FrontmatterLoader", (base,), {})
        _LOADER.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
    return yaml.load(fm, Loader=_LOADER)  # noqa: S506 - a safe loader


def parse_article(source: SourceFile, config: SiteConfig) -> tuple[Article | None, list[Problem]]:
    """Validate one source file and build its Article; every problem is reported at its line."""
    import yaml

    rel = source.rel
    split = split_frontmatter(source.text)
    if split is None:
        return None, [Problem(rel, 1, "no frontmatter: an article starts with a '---' line, "
                                      "its fields (title, date, source, ...), and another '---' line")]
    fm, body, first_line = split
    try:
        data = _load_yaml(fm)
    except yaml.YAMLError as exc:
        # An unterminated quote or bracket is reported where it starts, not at the end of the block.
        context = getattr(exc, "context", None) or ""
        mark = getattr(exc, "problem_mark", None)
        if "scanning" in context and getattr(exc, "context_mark", None):
            mark = exc.context_mark
        line = first_line + mark.line if mark else 1
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "scanning" in context:
            reason += f" {context}"
        return None, [Problem(rel, line, f"frontmatter is not valid YAML: {reason}")]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, [Problem(rel, 2, "frontmatter must be a set of 'key: value' lines")]

    found = key_lines(fm, first_line)
    lines = {key: number for key, (number, _) in found.items()}
    problems: list[Problem] = []
    values: dict[str, Any] = {}

    def line(key: str) -> int:
        return lines.get(key, 1)

    for key, value in data.items():
        key_text = str(key)
        field = FIELD_BY_NAME.get(key_text)
        if field is None:
            hint = did_you_mean(key_text, FIELD_BY_NAME) or "; known keys: " + ", ".join(FIELD_BY_NAME)
            problems.append(Problem(rel, line(key_text), f"unknown key '{key_text}'{hint}"))
            continue
        try:
            if field.kind == "date":
                values[key_text] = to_datetime(value, config.tz)
            elif field.kind == "corrections":
                values[key_text] = _corrections(value, key_text, config.tz)
            else:
                values[key_text] = _CONVERT[field.kind](value, key_text)
        except _Invalid as exc:
            message = str(exc).replace("\x00", found.get(key_text, (0, ""))[1].strip("'\""))
            if field.kind == "date":
                message = f"'{key_text}' {message}" if message.startswith("must") else message
            problems.append(Problem(rel, line(key_text), message))
    for field in FIELDS:
        if field.required and field.name not in data:
            problems.append(Problem(rel, 1, f"missing required key '{field.name}' ({field.help})"))
        elif field.required and field.name in values and values[field.name] in ("", ()):
            problems.append(Problem(rel, line(field.name), f"'{field.name}' is empty"))
    if problems:
        return None, problems

    slug = values.get("slug") or urls.slugify(source.stem)
    if not slug:
        return None, [Problem(rel, 1, f"cannot make a slug from the file name '{source.stem}'; add 'slug: ...'")]
    moment, is_day = values["date"]
    updated, updated_is_day = values.get("updated", (None, False))
    if updated is not None and updated < moment:
        problems.append(warning(rel, line("updated"), "'updated' is earlier than 'date'"))
    local = moment.astimezone(config.tz) if not is_day else moment
    body_html = markdown.render(body)
    summary = values.get("summary", "")
    article = Article(
        source_path=rel,
        digest=source.digest,
        slug=slug,
        url=urls.article_path(local, slug),
        title=values["title"],
        date=moment,
        date_is_day=is_day,
        source=" ".join(values["source"].split()),
        body_html=body_html,
        summary=summary or markdown.shorten(markdown.first_paragraph(body_html)),
        has_summary=bool(summary),
        tags=values.get("tags", ()),
        author=values.get("author", ()),
        dateline=values.get("dateline", ""),
        image=values.get("image", ""),
        image_alt=values.get("image_alt", ""),
        image_caption=values.get("image_caption", ""),
        image_credit=values.get("image_credit", ""),
        source_url=values.get("source_url", ""),
        updated=updated,
        updated_is_day=updated_is_day,
        draft=values.get("draft", False),
        rewrite_of=values.get("rewrite_of", ""),
        genre=values.get("genre", "news"),
        corrections=values.get("corrections", ()),
        language=values.get("language", ""),
        key_lines=tuple(sorted(lines.items())),
    )
    return article, problems


def check_text(text: str, rel_path: str, config: SiteConfig) -> list[Problem]:
    """Validate one content file's text as a build would, minus checks across articles."""
    source = SourceFile(rel_path, text.lstrip("\ufeff").replace("\r\n", "\n"), _digest(text.encode()))
    return parse_article(source, config)[1]


def is_future(article: Article, now: datetime) -> bool:
    return article.date > now


def utc_now() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds and tests)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(timezone.utc)


def parse_fingerprint(config: SiteConfig, code: str) -> str:
    """What a parsed Article depends on besides its file: the code, and the settings parsing reads."""
    return f"{code}|tz={config.timezone}"


def _read_and_parse_chunk(payload, start: int, end: int):
    items, root, config = payload
    results = []
    for path, known_digest in items[start:end]:
        source, problems = read_source(root, path)
        if source is None:
            results.append(("", None, problems))
        elif source.digest == known_digest:
            results.append((source.digest, None, None))  # touched, not changed: keep what was parsed
        else:
            results.append((source.digest, *parse_article(source, config)))
    return results


def read_and_parse_many(items: Sequence[tuple[Path, str | None]], config: SiteConfig,
                        processes: int | None = None, progress=None):
    """Read and parse many files, in parallel when there are many; results in order.

    `items` are (path, digest of the file's bytes when last parsed, or None). Each
    result is (digest, Article or None, problems), or (digest, None, None) when the
    file's bytes have that digest still, or ("", None, problems) when it cannot be
    read. The workers read the files themselves, so reading overlaps parsing."""
    from gazette import workers

    if processes is None:
        processes = workers.default_workers(len(items), threshold=200)
    results: list = []
    for chunk in workers.map_chunks(_read_and_parse_chunk, (items, config.root, config), len(items),
                                    processes, chunk=50):
        results.extend(chunk)
        if progress:
            progress("parse", len(results), len(items))
    return results
