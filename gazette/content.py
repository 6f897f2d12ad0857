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
import stat
import tempfile
from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, NamedTuple, Sequence
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


GENRES = ("news", "opinion", "analysis", "review", "correction", "press release")


@dataclass(frozen=True)
class Correction:
    """A dated note of a correction made to an article (the `corrections` key)."""

    date: datetime
    date_is_day: bool
    text: str


# --- the article schema ----------------------------------------------------------
#
# Every field of an Article is declared once, here. A frontmatter key is a field made
# with `key()`: its kind (how the validator reads it), whether it is required, its one
# line of help (the README's table is checked against it), and whether it is only shown
# (`shown=True`: pages show it, but nothing the site's structure is made of reads it, so
# that an edit of it alone can be patched into the last build). Fields made with
# `derived()` are computed while parsing. `FIELDS` (the keys, for the validator, the
# importer and the docs) and `SHOWN_ONLY` (for incremental patches) come from here.


def key(kind: str, help: str, *, required: bool = False, shown: bool = False, default: Any = MISSING) -> Any:
    """A frontmatter key. `kind` is one of text, date, tags, authors, bool, url, slug,
    slugs, language, genre (the converters in `_CONVERT`), and date and corrections
    (read with the site's timezone, in `_convert`)."""
    return field(default=default, metadata={"key": kind, "required": required, "shown": shown, "help": help})


def derived(*, shown: bool = False, default: Any = MISSING) -> Any:
    """A field computed while parsing, not written in the frontmatter."""
    return field(default=default, metadata={"shown": shown})


@dataclass(frozen=True, kw_only=True)
class Article:
    source_path: str = derived()  # site-relative path of the content file: content/2025/x.md
    digest: str = derived(shown=True)  # of the file's bytes
    url: str = derived()  # site path of the article page, e.g. 2025/01/deepseek-upends-ai/
    title: str = key("text", "Headline.", required=True, shown=True)
    # Aware, in the site's timezone unless the file gave an offset.
    date: datetime = key("date", "Publication date: `2025-01-31`, or a time too: `2025-01-31 09:30` "
                                 "(the site's timezone) or `2025-01-31T09:30:00+09:00`.", required=True)
    date_is_day: bool = derived()  # the file gave a date without a time
    source: str = key("text", "The publication the article comes from.", required=True)
    body_html: str = derived(shown=True)
    tags: tuple[str, ...] = key("tags", "List of tags: `[AI, Investment]`. Case and spacing do not make a new tag.",
                                default=())
    author: tuple[str, ...] = key("authors", "Byline: a name, or a list of names.", shown=True, default=())
    dateline: str = key("text", "Place the story was filed from, e.g. `SEOUL`.", shown=True, default="")
    # The frontmatter's summary, or the first paragraph shortened.
    summary: str = key("text", "Standfirst shown under the headline and in lists (default: the first paragraph).",
                       shown=True, default="")
    has_summary: bool = derived(shown=True, default=False)  # summary came from the frontmatter (a standfirst)
    image: str = key("text", "Lead photo: a file in `static/images/` (e.g. `deepseek.jpg`) or an http(s) URL.",
                     default="")
    image_alt: str = key("text", "Text alternative for the photo (default: the caption).", shown=True, default="")
    image_caption: str = key("text", "Caption under the photo.", shown=True, default="")
    image_credit: str = key("text", "Photo credit, e.g. `AFP`.", shown=True, default="")
    source_url: str = key("url", "Address of the original article.", default="")
    updated: datetime | None = key("date", "Date of the last substantive update, same forms as `date`.",
                                   default=None)
    updated_is_day: bool = derived(default=False)
    slug: str = key("slug", "Last part of the address (default: the file name).")
    draft: bool = key("bool", "`true` keeps the article out of the site unless built with `--drafts`.",
                      default=False)
    rewrite_of: str = key("slug", "Slug of the article this one rewrites; both link to each other.", default="")
    genre: str = key("genre", "Kind of article: " + ", ".join(f"`{g}`" for g in GENRES) + " (default `news`).",
                     default="news")
    corrections: tuple[Correction, ...] = key(
        "corrections", "Corrections, each with a date and a text: "
                       "`[{date: 2025-02-01, text: \"The toll was 12, not 21.\"}]`.", default=())
    language: str = key("language", "Language tag of the article when it is not the site's, e.g. `ko`.",
                        default="")
    related: tuple[str, ...] = key("slugs", "Slugs of other coverage of the same story: `[harbour-reopens]`; "
                                            "listed first under More on this story.", default=())
    key_lines: tuple[tuple[str, int], ...] = derived(default=())  # (frontmatter key, its line in the file)

    def line_of(self, key: str) -> int:
        return dict(self.key_lines).get(key, 1)

    def __reduce__(self):
        # Pickled as a plain tuple of its fields: loading 10,000 cached articles is then
        # about five times faster than through the dataclass's generic state.
        values = [self.__dict__[name] for name in _ARTICLE_FIELDS]
        if type(values[_BODY]) is not str:
            values[_BODY] = values[_BODY].text()
        return (_restore_article, (tuple(values),))

    @property
    def modified(self) -> datetime:
        """When the article last changed, as pages, feeds and sitemaps say: `updated`, its
        latest correction, or its date (never earlier than the date)."""
        return max([self.date, *([self.updated] if self.updated else []), *(c.date for c in self.corrections)])

    @property
    def sort_key(self) -> tuple:
        """Newest first; ties broken by source path so the order never depends on the file system."""
        return (-self.date.timestamp(), self.source_path)


_ARTICLE_FIELDS = tuple(Article.__dataclass_fields__)
_BODY = _ARTICLE_FIELDS.index("body_html")


# --- bodies kept out of the way -----------------------------------------------------
#
# A full build holds every article's HTML body (about 400 MB at 100,000 articles) while
# its render workers, forked from the main process, read them. A body held as its own
# string is written to by each worker that reads it (its reference count), so the page
# it starts on becomes that worker's private copy: at 100,000 articles that was about
# 500 MB of copies across the two workers. `pack_bodies` moves the bodies out of the
# process's objects: into an unlinked file in the build cache's folder (read back with
# pread: the kernel's page cache holds them, which it may write out and drop, and no
# process of the build counts them), or without the cache into a few large blocks of
# UTF-8 bytes that nothing writes to. An article then holds where its body lies
# (`_Body`), and `article.body_html` reads it from there, a new string each time (a
# copy of a few kB, freed once the page is rendered). To every reader, equality,
# hashing and pickling, `body_html` is the same string.


class _Spill:
    """An unlinked file holding bodies, appended to and read back at offsets. Forked
    workers share its descriptor (pread does not move a shared position)."""

    __slots__ = ("fd", "size")

    def __init__(self, folder: Path):
        self.fd, self.size = -1, 0
        fd, name = tempfile.mkstemp(prefix=".bodies-", dir=folder)
        try:
            os.unlink(name)
        except OSError:
            os.close(fd)
            raise
        self.fd = fd

    def append(self, data: bytes) -> int:
        at = self.size
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]
        self.size += len(data)
        return at

    def read(self, start: int, end: int) -> bytes:
        return os.pread(self.fd, end - start, start)

    def __del__(self):
        if self.fd >= 0:
            try:
                os.close(self.fd)
            except OSError:
                pass


class _Body:
    """Where an article's body lies: a block of bytes or a spill file, start and end."""

    __slots__ = ("block", "start", "end")

    def __init__(self, block: bytes | _Spill, start: int, end: int):
        self.block = block
        self.start = start
        self.end = end

    def text(self) -> str:
        block = self.block
        if isinstance(block, bytes):
            return str(memoryview(block)[self.start:self.end], "utf-8")
        return block.read(self.start, self.end).decode("utf-8")


def _get_body_html(article: Article) -> str:
    value = article.__dict__["body_html"]
    return value if type(value) is str else value.text()


def _set_body_html(article: Article, value: str) -> None:
    article.__dict__["body_html"] = value


# The field's value goes through these (the dataclass's __init__, __eq__, __hash__ and
# __repr__ included); set on the class after the dataclass is made (a type
# checker knows the field as a str, which is what reading it gives).
Article.body_html = property(_get_body_html, _set_body_html)  # type: ignore[assignment]

BODY_BLOCK = 1 << 23  # bytes of bodies written (or joined) at once: 8 MiB


def pack_bodies(articles: Iterable[Article], folder: Path | None = None, block_size: int = BODY_BLOCK) -> None:
    """Keep the bodies of `articles` in a spill file in `folder` (the build cache's), or
    without one (or when it cannot be written) in shared blocks of bytes, not each in
    its own string (see above). What `body_html` reads does not change."""
    spill = _open_spill(folder)
    pending: list[tuple[dict, int, int]] = []
    parts: list[bytes] = []
    size = 0
    for article in articles:
        values = article.__dict__
        body = values["body_html"]
        if type(body) is not str:
            continue  # packed already
        data = body.encode("utf-8")
        pending.append((values, size, size + len(data)))
        parts.append(data)
        size += len(data)
        if size >= block_size:
            spill = _fill_block(parts, pending, spill)
            size = 0
    _fill_block(parts, pending, spill)


def _open_spill(folder: Path | None) -> _Spill | None:
    if folder is None or not hasattr(os, "pread"):
        return None
    try:
        return _Spill(folder)
    except OSError:
        return None  # (a read-only site folder): blocks in memory


def _fill_block(parts: list[bytes], pending: list[tuple[dict, int, int]], spill: _Spill | None) -> _Spill | None:
    """Place one block's bodies; the spill to use for the next (None once writing failed)."""
    if not parts:
        return spill
    data = b"".join(parts)
    block: bytes | _Spill = data
    base = 0
    if spill is not None:
        try:
            base, block = spill.append(data), spill
        except OSError:  # the disk is full: this block and the next stay in memory
            spill = None
    for values, start, end in pending:
        values["body_html"] = _Body(block, base + start, base + end)
    parts.clear()
    pending.clear()
    return spill


# The fields whose values many articles share (the frontmatter's layout, tags, bylines,
# the publication...): one object for each value among the articles unpickled (from the
# parse workers, the build cache, the kept plan), instead of a copy in each. At 100,000
# articles the copies were about 100 MB, which every render worker also touches.
_SHARED_FIELDS = tuple(_ARTICLE_FIELDS.index(name) for name in (
    "key_lines", "tags", "author", "source", "genre", "language", "dateline"))
_SHARED_LIMIT = 200_000  # distinct values kept for sharing; past it the table starts again
_shared: dict[Any, Any] = {}


def _restore_article(values: tuple) -> Article:
    article = object.__new__(Article)
    fields = list(values)
    shared = _shared
    if len(shared) > _SHARED_LIMIT:
        shared.clear()
    for i in _SHARED_FIELDS:
        value = fields[i]
        fields[i] = shared.setdefault(value, value)
    article.__dict__.update(zip(_ARTICLE_FIELDS, fields))
    return article


@dataclass(frozen=True)
class Field:
    """A frontmatter key, as `key()` declared it on Article."""

    name: str
    kind: str  # text, date, tags, authors, bool, url, slug
    required: bool
    help: str


FIELDS: tuple[Field, ...] = tuple(
    Field(f.name, f.metadata["key"], f.metadata["required"], f.metadata["help"])
    for f in fields(Article) if "key" in f.metadata
)
FIELD_BY_NAME = {f.name: f for f in FIELDS}
# What pages show of an article but no stage before rendering reads (see incremental.py).
SHOWN_ONLY = frozenset(f.name for f in fields(Article) if f.metadata.get("shown"))


# --- reading -------------------------------------------------------------------


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def file_digest(path: Path) -> str:
    """The digest a content file's bytes are known by (SourceFile.digest)."""
    return _digest(path.read_bytes())


NOT_REGULAR = "not a regular file (a pipe, socket or device named like an article); it is not read"
# C0 control characters but tab and line ends, and DEL: not text, and not allowed in XML feeds.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_source(root: Path, path: Path) -> tuple[SourceFile | None, list[Problem]]:
    rel = path.relative_to(root).as_posix()
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None, [Problem(rel, 0, NOT_REGULAR)]  # never opened: reading a FIFO would hang
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(rel, 0, f"cannot read: {exc.strerror}")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(rel, line, "not UTF-8 text; save the file as UTF-8")]
    control = _CONTROL.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        return None, [Problem(rel, line, f"control character U+{ord(control.group()):04X} in the text "
                                         f"(a NUL byte, say, left by a broken copy); remove it")]
    return SourceFile(rel, text.replace("\r\n", "\n"), _digest(data)), []


def find_sources(config: SiteConfig, as_text: bool = False, problems: list[Problem] | None = None) -> list:
    """Every `*.md` under the content folder, skipping hidden files and folders, sorted.
    Symbolic links to folders are followed; a folder that cannot be read, or a link
    that leads back into a folder being read (a loop) or to one read already, is a
    problem added to `problems`."""
    found: list[str] = []
    root = str(config.content_path)
    cut = len(str(config.root)) + 1
    seen: dict[tuple[int, int], str] = {}

    def unreadable(exc: OSError) -> None:
        if problems is not None:
            problems.append(Problem(str(exc.filename)[cut:].replace(os.sep, "/"), 0,
                                    f"cannot read this folder: {exc.strerror}; its articles are left out"))

    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=True):
        if _seen_before(folder, seen, cut, problems):
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        found.extend(os.path.join(folder, f) for f in sorted(files) if f.endswith(".md") and not f.startswith("."))
    return found if as_text else [Path(f) for f in found]


def _seen_before(folder: str, seen: dict[tuple[int, int], str], cut: int, problems: list[Problem] | None) -> bool:
    """Has the walk been in this folder already (through a symbolic link)? Says so in `problems`."""
    try:
        st = os.stat(folder)
    except OSError:
        return True
    rel = folder[cut:].replace(os.sep, "/")
    first = seen.setdefault((st.st_dev, st.st_ino), rel)
    if first == rel:
        return False
    if problems is not None:
        if rel.startswith(first + "/"):
            problems.append(Problem(rel, 0, f"symbolic link loop: this is the folder {first} again; remove the link"))
        else:
            problems.append(warning(rel, 0, f"this is the folder {first} again (a symbolic link); "
                                            f"its articles are read once, from {first}"))
    return True


def read_sources(config: SiteConfig) -> tuple[list[SourceFile], list[Problem]]:
    sources: list[SourceFile] = []
    problems: list[Problem] = []
    if not config.content_path.is_dir():
        return [], [Problem(config.content_dir, 0, "content folder not found")]
    for path in find_sources(config, problems=problems):
        source, found = read_source(config.root, path)
        problems.extend(found)
        if source:
            sources.append(source)
    return sources, problems


# --- reading frontmatter values ------------------------------------------------------

_TYPE_WORDS = {
    "text": "text",
    "date": "a date such as 2025-01-31",
    "tags": "a list of text such as [AI, Investment]",
    "authors": "a name or a list of names",
    "bool": "true or false",
    "url": "an http(s) URL",
    "slug": "a slug such as my-article",
    "slugs": "a list of slugs such as [my-article, other-article]",
    "language": "a language tag such as ko or pt-BR",
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


FIRST_YEAR, LAST_YEAR = 1900, 9998  # dates outside them are refused (README: "Rules worth knowing")


def to_datetime(value: Any, tz: ZoneInfo) -> tuple[datetime, bool]:
    """A frontmatter date as an aware datetime, and whether only a day was given; a
    date that the site could not show (out of range, or at a time when its timezone
    had no offset in whole minutes) is refused."""
    moment, is_day = _to_datetime(value, tz)
    try:
        local = moment.astimezone(tz)
        moment.astimezone(timezone.utc)
        in_range = all(FIRST_YEAR <= m.year <= LAST_YEAR for m in (moment, local))
    except OverflowError:  # before year 1 or after 9999 once converted
        in_range = False
    if not in_range:
        raise _Invalid(f"must be a date in the years {FIRST_YEAR} to {LAST_YEAR}, not {_plain(value)}")
    for m in (moment, local):
        offset = m.utcoffset()
        if offset is not None and offset.seconds % 60:
            raise _Invalid(f"must be at a time when the timezone had an offset from UTC in whole minutes "
                           f"({m.tzname()} was {offset} then, which feeds and sitemaps cannot state)")
    return moment, is_day


def _plain(value: Any) -> str:
    return f"'{value.strip()}'" if isinstance(value, str) else _describe(value)


def _to_datetime(value: Any, tz: ZoneInfo) -> tuple[datetime, bool]:
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
        if not urls.slugify(item):
            raise _Invalid(f"'{name}' item {i + 1} has no letters or digits ({item!r}); remove it")
        _check_name_length(urls.slugify(item), f"'{name}' item {i + 1}")
        out.append(" ".join(item.split()))
    return tuple(out)


NAME_BYTES = 255  # the longest file name common file systems allow, in bytes (UTF-8 here)


def _check_name_length(slug: str, what: str) -> None:
    """A slug names a folder of the output: it must fit in one file name."""
    size = len(slug.encode("utf-8"))
    if size > NAME_BYTES:
        raise _Invalid(f"{what} makes the folder name '{slug[:40]}...', {size} bytes long in UTF-8; "
                       f"file systems allow {NAME_BYTES}: make it shorter")


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
    _check_name_length(slug, f"'{name}'")
    return slug


def _slugs(value: Any, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        raise _Invalid(f"'{name}' must be a list: write {name}: [{value}]")
    if not isinstance(value, list):
        raise _Invalid(f"'{name}' must be {_TYPE_WORDS['slugs']}, not {_describe(value)}")
    return tuple(dict.fromkeys(_slug(item, f"{name} item {i + 1}") for i, item in enumerate(value)))


_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def _language(value: Any, name: str) -> str:
    text = _text(value, name)
    if text and not _LANGUAGE.match(text):
        raise _Invalid(f"'{name}' must be {_TYPE_WORDS['language']}, not '{text}'")
    return text


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
    "slugs": _slugs,
    "language": _language,
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
        _LOADER.add_constructor(  # type: ignore[attr-defined]
            "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
    return yaml.load(fm, Loader=_LOADER)  # noqa: S506 - a safe loader


@dataclass(frozen=True)
class Frontmatter:
    """A content file's frontmatter, loaded: its values and where each key stands."""

    data: dict
    body: str
    found: dict[str, tuple[int, str]]  # key -> (file line, raw value text)

    def line(self, name: str) -> int:
        return self.found.get(name, (1, ""))[0]


def _yaml_problem(rel: str, exc: Exception, first_line: int, fm: str) -> Problem:
    # An unterminated quote or bracket is reported where it starts, not at the end of the block.
    context = getattr(exc, "context", None) or ""
    mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    if "scanning" in context and context_mark:
        mark = context_mark
    line = first_line + mark.line if mark else 1
    reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if "scanning" in context:
        reason += f" {context}"
    text = fm.split("\n")[mark.line] if mark and mark.line < fm.count("\n") + 1 else ""
    return Problem(rel, line, f"frontmatter is not valid YAML: {reason}{_yaml_hint(reason, text)}")


def _yaml_hint(reason: str, text: str) -> str:
    """What to do about the commonest mistakes, from YAML's reason and the line's text."""
    key, colon, value = text.partition(":")
    value = value.strip()
    if "\t" in text and ("cannot start any token" in reason or "found a tab" in reason):
        return "; YAML does not allow tabs here: indent with spaces"
    if "quoted scalar" in reason and "end of stream" in reason:
        return "; a quote opened on this line is never closed: end the value with the same quote mark"
    if colon and value[:1] in "\"'" and value and "expected key" in reason:
        other = "'" if value[0] == '"' else '"'
        return (f"; text follows the closing quote: put the whole value in the other quotes, "
                f"{key.strip()}: {other}{value}{other}")
    if colon and value and "mapping values are not allowed" in reason:
        quoted = value.replace('"', '\\"')
        return f'; the value has a colon in it: put the value in quotes, {key.strip()}: "{quoted}"'
    return ""


def load_frontmatter(source: SourceFile) -> Frontmatter | Problem:
    """The frontmatter of a content file, or the problem that stops it being read."""
    import yaml

    split = split_frontmatter(source.text)
    if split is None and _BOUNDARY.match(source.text):
        return Problem(source.rel, 1, "the frontmatter that starts here has no closing '---' line: "
                                      "add one after the last field")
    if split is None:
        return Problem(source.rel, 1, "no frontmatter: an article starts with a '---' line, "
                                      "its fields (title, date, source, ...), and another '---' line")
    fm, body, first_line = split
    try:
        data = _load_yaml(fm)
    except yaml.YAMLError as exc:
        return _yaml_problem(source.rel, exc, first_line, fm)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return Problem(source.rel, 2, "frontmatter must be a set of 'key: value' lines")
    return Frontmatter(data, body, key_lines(fm, first_line))


def _convert(spec: Field, value: Any, config: SiteConfig) -> Any:
    if spec.kind == "date":
        return to_datetime(value, config.tz)
    if spec.kind == "corrections":
        return _corrections(value, spec.name, config.tz)
    return _CONVERT[spec.kind](value, spec.name)


def _invalid_message(spec: Field, exc: _Invalid, raw: str) -> str:
    message = str(exc).replace("\x00", raw.strip("'\""))
    if spec.kind == "date" and message.startswith("must"):
        message = f"'{spec.name}' {message}"
    return message


def read_values(rel: str, fm: Frontmatter, config: SiteConfig) -> tuple[dict[str, Any], list[Problem]]:
    """Every frontmatter value converted to its field's kind, and every problem with them:
    unknown keys (with a suggestion), values of the wrong kind, missing or empty required keys."""
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for name, value in fm.data.items():
        name = str(name)
        spec = FIELD_BY_NAME.get(name)
        if spec is None:
            hint = did_you_mean(name, FIELD_BY_NAME) or "; known keys: " + ", ".join(FIELD_BY_NAME)
            problems.append(Problem(rel, fm.line(name), f"unknown key '{name}'{hint}"))
            continue
        try:
            values[name] = _convert(spec, value, config)
        except _Invalid as exc:
            problems.append(Problem(rel, fm.line(name), _invalid_message(spec, exc, fm.found.get(name, (0, ""))[1])))
    for spec in FIELDS:
        if spec.required and spec.name not in fm.data:
            problems.append(Problem(rel, 1, f"missing required key '{spec.name}' ({spec.help})"))
        elif spec.required and values.get(spec.name, None) in ("", ()):
            problems.append(Problem(rel, fm.line(spec.name), f"'{spec.name}' is empty"))
    return values, problems


def parse_article(source: SourceFile, config: SiteConfig) -> tuple[Article | None, list[Problem]]:
    """Validate one source file and build its Article; every problem is reported at its line."""
    fm = load_frontmatter(source)
    if isinstance(fm, Problem):
        return None, [fm]
    values, problems = read_values(source.rel, fm, config)
    if problems:
        return None, problems
    slug = values.get("slug") or urls.slugify(source.stem)
    if not slug:
        return None, [Problem(source.rel, 1, f"cannot make a slug from the file name '{source.stem}'; "
                                             f"add 'slug: ...'")]
    try:
        _check_name_length(slug, "the file name")
        _check_name_length(urls.slugify(values["source"]), "'source'")
    except _Invalid as exc:
        line = fm.line("source") if "'source'" in str(exc) else 1
        return None, [Problem(source.rel, line, f"{exc}; or add 'slug: ...'" if line == 1 else str(exc))]
    return _article(source, fm, values, slug, config)


def _article(source: SourceFile, fm: Frontmatter, values: dict[str, Any], slug: str,
             config: SiteConfig) -> tuple[Article, list[Problem]]:
    problems: list[Problem] = []
    moment, is_day = values.pop("date")
    updated, updated_is_day = values.pop("updated", (None, False))
    if updated is not None and updated < moment:
        problems.append(warning(source.rel, fm.line("updated"), "'updated' is earlier than 'date'"))
    local = moment.astimezone(config.tz) if not is_day else moment
    body_html = markdown.render(fm.body)
    summary = values.pop("summary", "")
    values.update(
        source_path=source.rel, digest=source.digest, url=urls.article_path(local, slug), slug=slug,
        date=moment, date_is_day=is_day, updated=updated, updated_is_day=updated_is_day,
        source=" ".join(values["source"].split()), body_html=body_html,
        summary=summary or markdown.shorten(markdown.first_paragraph(body_html)), has_summary=bool(summary),
        key_lines=tuple(sorted((name, line) for name, (line, _) in fm.found.items())),
    )
    return Article(**values), problems


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


class Parsed(NamedTuple):
    """What reading and parsing one content file gave."""

    digest: str  # of the file's bytes; "" when it could not be read
    article: Article | None  # None when unreadable, invalid, or unchanged
    problems: list[Problem]
    unchanged: bool = False  # its bytes have the digest they were parsed with: not parsed again

    @property
    def readable(self) -> bool:
        return bool(self.digest)


def read_and_parse(root: Path, path: Path, known_digest: str | None, config: SiteConfig) -> Parsed:
    source, problems = read_source(root, path)
    if source is None:
        return Parsed("", None, problems)
    if source.digest == known_digest:
        return Parsed(source.digest, None, [], unchanged=True)  # touched, not changed: keep what was parsed
    return Parsed(source.digest, *parse_article(source, config))


def _read_and_parse_chunk(payload, start: int, end: int) -> list[Parsed]:
    items, root, config = payload
    return [read_and_parse(root, path, known, config) for path, known in items[start:end]]


def read_and_parse_many(items: Sequence[tuple[Path, str | None]], config: SiteConfig,
                        processes: int | None = None, progress=None) -> list[Parsed]:
    """Read and parse many files, in parallel when there are many; results in order.
    `items` are (path, digest of the file's bytes when last parsed, or None). The
    workers read the files themselves, so reading overlaps parsing."""
    from gazette import workers

    if processes is None:
        processes = workers.default_workers(len(items), threshold=200)
    results: list[Parsed] = []
    for chunk in workers.map_chunks(_read_and_parse_chunk, (items, config.root, config), len(items),
                                    processes, chunk=50):
        results.extend(chunk)
        if progress:
            progress("parse", len(results), len(items))
    return results
