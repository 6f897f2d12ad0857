"""Site settings: `site.toml`, declared once as a typed schema and validated like content.

Every setting is an `Option` below (name, type, default, one line of help); the
README's settings reference is kept in step with this table by a test. An unknown
key, a wrong type or a bad value is a `Problem` with the line it stands on, and all
of them are reported together.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from gazette.problems import Problem, ProblemError, did_you_mean

CONFIG_FILE = "site.toml"

DEFAULT_FURNITURE = (
    "scroll to top",
    "back to top",
    "Advertisement",
    "Read more",
    "Share this article",
)


DEFAULT_MENU = (("Latest", ""), ("Tags", "tags/"), ("Sources", "sources/"), ("Archive", "archive/"))


@dataclass(frozen=True)
class Option:
    name: str
    kind: type
    default: Any
    help: str
    check: Callable[[Any], str | None] | None = None  # returns an error message or None


def _check_timezone(value: str) -> str | None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return f"unknown timezone '{value}'; use an IANA name such as 'UTC' or 'Asia/Seoul'"
    return None


def _check_base_url(value: str) -> str | None:
    if not re.match(r"^https?://[^/\s?#]+(/[^\s?#]*)?$", value):
        return f"base_url must be an absolute http(s) URL such as 'https://user.github.io/repo/', not '{value}'"
    return None


def _check_language(value: str) -> str | None:
    if not re.match(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", value):
        return f"language must be a language tag such as 'en' or 'ko-KR', not '{value}'"
    return None


def _check_positive(value: int) -> str | None:
    return None if value >= 1 else "must be 1 or more"


def _check_relative_dir(value: str) -> str | None:
    parts = Path(value).parts
    if not value or Path(value).is_absolute() or ".." in parts:
        return f"must be a folder inside the site folder, not '{value}'"
    return None


def _check_domain(value: str) -> str | None:
    if value and not re.match(r"^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$", value, re.I):
        return f"'{value}' is not a domain name such as 'news.example.org'"
    return None


def _check_id_authority(value: str) -> str | None:
    # RFC 4151: taggingEntity = authorityName "," date; authorityName = DNSname / emailAddress.
    if value and not re.match(r"^(?:[^@\s,]+@)?[a-z0-9-]+(\.[a-z0-9-]+)*,\d{4}(-\d{2}(-\d{2})?)?$", value, re.I):
        return (f"'{value}' is not a tagging entity such as 'news.example.org,2025' "
                f"(a domain or email address you control, a comma, and a date you controlled it on)")
    return None


def setting(default: Any, help: str, check: Callable[[Any], str | None] | None = None) -> Any:
    """A field of SiteConfig that `site.toml` may set: its default, one line of help
    (the README's table is checked against it) and a check of its value. A list in
    TOML is kept as a tuple."""
    stored = tuple(default) if isinstance(default, list) else default
    return field(default=stored, metadata={"setting": Option("", type(default), default, help, check)})


@dataclass(frozen=True)
class SiteConfig:
    """The site's settings, each declared once here with `setting()`; `OPTIONS`, the
    validator and the README's settings table come from these declarations."""

    root: Path
    title: str = setting("Gazette", "The site's name, shown in the masthead and in feeds.")
    description: str = setting("", "One sentence about the site, for the front page and search engines.")
    language: str = setting("en", "Language tag of the site (`lang` of every page, feeds).", _check_language)
    timezone: str = setting("UTC", "IANA timezone for dates written without a UTC offset.", _check_timezone)
    base_url: str = setting(
        "http://localhost:8000/",
        "Absolute URL the site is published at; a path such as `/repo/` is honoured in every link.", _check_base_url)
    per_page: int = setting(10, "Articles per page on the front page and on tag and source pages.",
                            _check_positive)
    author: str = setting("", "The site's editor, named in feeds and page metadata.")
    publisher: str = setting("", "The organisation publishing the site (defaults to `title`).")
    output_dir: str = setting("_site", "Folder the site is built into (`--out` overrides).", _check_relative_dir)
    content_dir: str = setting("content", "Folder holding the articles (`*.md`, any depth).", _check_relative_dir)
    templates_dir: str = setting("templates", "Folder holding the Jinja2 templates.", _check_relative_dir)
    static_dir: str = setting("static", "Folder copied as is into the site (images under `static/images/`).",
                              _check_relative_dir)
    publications: tuple[str, ...] = setting(
        [], "Publication names the importer recognises as the source: after a title, or on a credit line "
        "outside the text, as it does the outlets of its own list.")
    date_order: str = setting(
        "", "How the importer reads a numeric date such as 04/05/2025: `mdy`, `dmy`, or empty to read it day "
        "first in copy whose language writes it so (French, German, Spanish...) and refuse it otherwise (English, "
        "Korean, Japanese, Chinese copy, or a line with a US zone).",
        lambda v: None if v in ("", "mdy", "dmy") else f"date_order must be 'mdy', 'dmy' or empty, not '{v}'")
    furniture: tuple[str, ...] = setting(list(DEFAULT_FURNITURE),
                                         "Lines of page furniture the importer drops (case-insensitive, whole line).")
    feed_full_content: bool = setting(True, "Feeds carry whole articles (`false`: summaries only).")
    feed_size: int = setting(20, "Articles in each feed.", _check_positive)
    search: bool = setting(True, "Build the site search (Pagefind): a search box in the header, a search page "
                                 "and its index under `pagefind/`.")
    domain: str = setting("", "Custom domain for GitHub Pages; written to `CNAME` when set.", _check_domain)
    id_authority: str = setting(
        "", "Owner part of the feeds' `tag:` ids, such as `news.example.org,2025` (default `gazette,2025`); "
            "set it once, before the first feed goes out, and never change it.", _check_id_authority)
    # The theme's settings (front page, menus, pages).
    front_sections: tuple[str, ...] = setting(
        [], "Tags shown as blocks of their own on the front page, in order: `[\"AI\", \"Economy\"]`.")
    menu: tuple[tuple[str, str], ...] = setting(
        DEFAULT_MENU, "Header menu: `[label, address]` pairs, the address relative to the site or absolute "
                      "(`[[\"About\", \"about/\"]]`).")
    footer_links: tuple[tuple[str, str], ...] = setting((), "Footer links, `[label, address]` pairs like `menu`.")
    pages_dir: str = setting("pages", "Folder of standalone pages (About, Contact...) as Markdown.",
                             _check_relative_dir)
    # Not settings: build options from the command line, kept here so one frozen value describes a build.
    drafts: bool = False
    future: bool = False
    local_links: bool = False  # build --local: links name index.html, for browsing from disk

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def publisher_name(self) -> str:
        return self.publisher or self.title

    @property
    def content_path(self) -> Path:
        return self.root / self.content_dir

    @property
    def templates_path(self) -> Path:
        return self.root / self.templates_dir

    @property
    def static_path(self) -> Path:
        return self.root / self.static_dir

    @property
    def pages_path(self) -> Path:
        return self.root / self.pages_dir

    @property
    def output_path(self) -> Path:
        return self.root / self.output_dir

    def fingerprint(self) -> str:
        """A digest of every value that can change what a page looks like."""
        values = [(f.name, getattr(self, f.name)) for f in fields(self) if f.name != "root"]
        return hashlib.blake2b(repr(values).encode(), digest_size=16).hexdigest()

    def with_options(self, **changes: Any) -> "SiteConfig":
        return replace(self, **changes)


OPTIONS: tuple[Option, ...] = tuple(
    replace(f.metadata["setting"], name=f.name) for f in fields(SiteConfig) if "setting" in f.metadata
)
OPTION_BY_NAME = {o.name: o for o in OPTIONS}


def _key_line(lines: list[str], key: str) -> int:
    pattern = re.compile(rf"^\s*(\"{re.escape(key)}\"|'{re.escape(key)}'|{re.escape(key)})\s*=")
    for number, line in enumerate(lines, 1):
        if pattern.match(line):
            return number
    return 0


def _type_name(kind: type) -> str:
    return {str: "text", int: "a whole number", bool: "true or false", list: "a list of text",
            tuple: "a list of [label, address] pairs"}[kind]


def _is_pair_list(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(v, list) and len(v) == 2 and all(isinstance(x, str) for x in v) for v in value)


def _of_kind(option: Option, value: Any) -> tuple[Any, str | None]:
    """The TOML value as the setting keeps it (lists as tuples), or why it is of the wrong kind."""
    kind = option.kind
    if kind is int and isinstance(value, bool):
        return None, f"'{option.name}' must be {_type_name(kind)}, not {value!r}"
    if kind is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return None, f"'{option.name}' must be {_type_name(kind)}, e.g. [\"one\", \"two\"]"
        return tuple(value), None
    if kind is tuple:  # [label, address] pairs
        if not _is_pair_list(value):
            return None, f"'{option.name}' must be {_type_name(kind)}, e.g. [[\"About\", \"about/\"]]"
        return tuple((label, address) for label, address in value), None
    if not isinstance(value, kind):
        return None, f"'{option.name}' must be {_type_name(kind)}, not {type(value).__name__} {value!r}"
    return value, None


def _coerce(option: Option, value: Any) -> tuple[Any, str | None]:
    value, wrong = _of_kind(option, value)
    if wrong:
        return None, wrong
    if option.check:
        message = option.check(value)
        if message:
            return None, message if message.startswith(("unknown", option.name)) else f"'{option.name}' {message}"
    return value, None


def parse_config(text: str, root: Path, rel_path: str = CONFIG_FILE) -> SiteConfig:
    """Validate the text of `site.toml`; raise ProblemError with every problem found."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = int(match.group(1)) if match else 0
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ProblemError([Problem(rel_path, line, f"not valid TOML: {message}")]) from None
    lines = text.splitlines()
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        option = OPTION_BY_NAME.get(key)
        if option is None:
            hint = did_you_mean(key, OPTION_BY_NAME) or "; known settings: " + ", ".join(OPTION_BY_NAME)
            problems.append(Problem(rel_path, _key_line(lines, key), f"unknown setting '{key}'{hint}"))
            continue
        coerced, error = _coerce(option, value)
        if error:
            problems.append(Problem(rel_path, _key_line(lines, key), error))
        else:
            values[key] = coerced
    if problems:
        raise ProblemError(problems)
    if "base_url" in values and not values["base_url"].endswith("/"):
        values["base_url"] += "/"
    return SiteConfig(root=root, **values)


def load_config(root: Path) -> SiteConfig:
    """Read `root/site.toml`. A missing file is a problem, not a silent default."""
    root = Path(root).resolve()
    path = root / CONFIG_FILE
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ProblemError([Problem(CONFIG_FILE, 0,
                                    f"no {CONFIG_FILE} in {root}; is this a Gazette site folder?")]) from None
    except UnicodeDecodeError:
        raise ProblemError([Problem(CONFIG_FILE, 0, "not UTF-8 text")]) from None
    return parse_config(text, root)


def normalise_base_url(value: str) -> str:
    """Check a --base-url from the command line the way site.toml's is checked."""
    message = _check_base_url(value)
    if message:
        raise ProblemError([Problem("--base-url", 0, message)])
    return value if value.endswith("/") else value + "/"
