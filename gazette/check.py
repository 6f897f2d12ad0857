"""`gazette check`: what a desk editor wants to know before the site goes out.

It reads the built site (the output folder) and the articles it was built from, and
returns `Problem`s pointing at the content file and line where it can:

- every internal `href`/`src` that does not lead to a file of the site, or to an
  element with that `id` for a `#fragment` (errors);
- photos that are missing from `static/images/` or have no text alternative (errors);
- two articles with the same headline (errors);
- what a desk editor would rather fix (warnings): no summary, a headline too long
  for search results and feed readers, no tags, a photo without a credit;
- with `external=True`, links to other sites that fail (warnings; see linkcheck.py).

A link that comes from an article's Markdown is reported at the line of the content
file that holds it; one that comes from a template is reported once, at the first
page it appears on, with the number of other pages that have it.
"""

from __future__ import annotations

import html
import posixpath
import sys
from collections import defaultdict
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import unquote, urlsplit

from gazette import urls
from gazette.config import SiteConfig
from gazette.content import Article
from gazette.problems import Problem, warning

HEADLINE_MAX = 110  # characters: what search results and most feed readers show in full
# Elements and attributes that load or lead to another address.
LINK_ATTRIBUTES = {
    "a": ("href",), "area": ("href",), "link": ("href",), "img": ("src", "srcset"),
    "source": ("src", "srcset"), "script": ("src",), "iframe": ("src",),
    "video": ("src", "poster"), "audio": ("src",), "track": ("src",), "embed": ("src",),
}
NOT_FETCHED = ("mailto:", "tel:", "data:", "javascript:", "sms:", "geo:")


@dataclass(frozen=True)
class Link:
    page: str  # output file holding it, relative to the output folder
    value: str  # as written in the page
    line: int  # line in the page


@dataclass(frozen=True)
class Page:
    path: str  # relative to the output folder: 2025/01/slug/index.html
    ids: frozenset[str]
    links: tuple[Link, ...]


# --- reading the built site -------------------------------------------------------


def output_files(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}


def _srcset(value: str) -> list[str]:
    return [part.split()[0] for part in value.split(",") if part.strip()]


class _PageParser(HTMLParser):
    """The ids and the link-like attributes of one HTML page, with their lines (the
    standard library's parser: Gazette needs no HTML library at run time)."""

    def __init__(self, path: str):
        super().__init__(convert_charrefs=True)
        self.path = path
        self.ids: set[str] = set()
        self.links: list[Link] = []
        self.images: list[tuple[str, str | None, int]] = []  # (src, alt, line)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        line = self.getpos()[0]
        for name in ("id", "name") if tag == "a" else ("id",):
            value = found.get(name)
            if value:
                self.ids.add(value)
        if tag == "img":
            self.images.append((found.get("src") or "", found.get("alt"), line))
        for attribute in LINK_ATTRIBUTES.get(tag, ()):
            value = found.get(attribute)
            if value is not None:
                values = _srcset(value) if attribute == "srcset" else [value.strip()]
                self.links.extend(Link(self.path, v, line) for v in values)

    handle_startendtag = handle_starttag


def parse_html(text: str, path: str = "") -> _PageParser:
    parser = _PageParser(path)
    parser.feed(text)
    parser.close()
    return parser


def read_page(out: Path, path: str) -> Page:
    parsed = parse_html((out / path).read_text(encoding="utf-8", errors="replace"), path)
    return Page(path, frozenset(parsed.ids), tuple(parsed.links))


def _read_chunk(payload, start: int, end: int) -> list[Page]:
    out, paths = payload
    return [read_page(out, path) for path in paths[start:end]]


def read_pages(out: Path, files: Iterable[str]) -> dict[str, Page]:
    """Every HTML page of the site, read over worker processes when there are many."""
    from gazette import workers

    paths = sorted(path for path in files if path.endswith(".html"))
    processes = workers.default_workers(len(paths), threshold=500)
    chunks = workers.map_chunks(_read_chunk, (out, paths), len(paths), processes, chunk=100)
    return {page.path: page for chunk in chunks for page in chunk}


# --- internal links ---------------------------------------------------------------


def target_of(page: str, value: str, base_url: str) -> tuple[str, str] | str | None:
    """Where a link in `page` leads inside the site: (site path, fragment); None for a
    link outside the site (another host, mailto:, ...); a message when it cannot lead
    anywhere in the site."""
    if not value or value.lower().startswith(NOT_FETCHED):
        return None
    if value.startswith(base_url):
        value = "/" + urlsplit(base_url).path.lstrip("/") + value[len(base_url):]
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    joined = _joined(page, path, urlsplit(base_url).path or "/")
    if joined is None:
        return f"leads outside the site's address {urlsplit(base_url).path or '/'}"
    normal = posixpath.normpath(joined) if joined else "."
    if normal == ".." or normal.startswith("../"):
        return "leads above the site's root folder"
    site_path = "" if normal == "." else normal
    if path.endswith("/") and site_path:
        site_path += "/"
    return site_path, parts.fragment


def _joined(page: str, path: str, base_path: str) -> str | None:
    """A link's path, joined to the page it is on, relative to the site's root; None for
    an absolute path outside the site's base path."""
    if path.startswith("/"):
        return path[len(base_path):] if (path + "/").startswith(base_path) else None
    return posixpath.join(posixpath.dirname(page), path) if path else page


def file_for(site_path: str, files: set[str]) -> str | None:
    """The output file a site path is served from, as GitHub Pages serves it."""
    candidates = [site_path + "index.html"] if site_path.endswith("/") or not site_path else [
        site_path, site_path + "/index.html", site_path + ".html"]
    return next((c for c in candidates if c in files), None)


def link_problem(link: Link, pages: dict[str, Page], files: set[str], base_url: str) -> str | None:
    """What is wrong with where one link of a page leads (the words after "link 'X'"), or None."""
    target = target_of(link.page, link.value, base_url)
    if target is None or isinstance(target, str):
        return target
    site_path, fragment = target
    found = file_for(site_path, files)
    if found is None:
        return f"leads nowhere: the site has no {site_path or 'index.html'}"
    fragment = unquote(fragment)
    if not fragment or fragment.lower() == "top" or found not in pages:
        return None
    if fragment not in pages[found].ids:
        return f"leads to a missing place: {found} has no element with id '{fragment}'"
    return None


# --- finding a link's line in the content file ----------------------------------------


def body_line(source: str, value: str) -> int:
    """The line of a content file that holds a link as the page shows it, or 0."""
    forms = {value, html.unescape(value), unquote(value)}
    for number, line in enumerate(source.splitlines(), 1):
        if any(form and form in line for form in forms):
            return number
    return 0


@dataclass
class Where:
    """Maps output pages to the articles they show, and reads content files once."""

    root: Path
    by_page: dict[str, Article]
    _texts: dict[str, str]

    @classmethod
    def of(cls, root: Path, articles: Iterable[Article]) -> "Where":
        return cls(root, {urls.output_file(a.url): a for a in articles}, {})

    def text(self, article: Article) -> str:
        if article.source_path not in self._texts:
            try:
                self._texts[article.source_path] = (self.root / article.source_path).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                self._texts[article.source_path] = ""
        return self._texts[article.source_path]

    def content_line(self, link: Link) -> tuple[str, int] | None:
        article = self.by_page.get(link.page)
        if article is None:
            return None
        line = body_line(self.text(article), link.value)
        return (article.source_path, line) if line else None


def internal_link_problems(pages: dict[str, Page], files: set[str], config: SiteConfig, where: Where,
                           out_name: str) -> list[Problem]:
    found: list[Problem] = []
    from_templates: dict[str, list[Link]] = defaultdict(list)
    for page in pages.values():
        for link in page.links:
            message = link_problem(link, pages, files, config.base_url)
            if message is None:
                continue
            at = where.content_line(link)
            if at:
                found.append(Problem(at[0], at[1], f"link '{link.value}' {message}"))
            else:
                from_templates[message].append(link)
    for message, links in from_templates.items():
        first, others = links[0], len({link.page for link in links}) - 1
        more = f" (and on {others} other page{'s' * (others != 1)})" if others else ""
        found.append(Problem(f"{out_name}/{first.page}", first.line, f"link '{first.value}' {message}{more}"))
    return found


# --- articles -----------------------------------------------------------------------


def photo_problems(article: Article, config: SiteConfig) -> list[Problem]:
    if not article.image:
        return []
    line = article.line_of("image")
    found = []
    if not urls.is_external(article.image):
        site_path = urls.image_path(article.image)
        if not (config.static_path / site_path).is_file():
            found.append(Problem(article.source_path, line,
                                 f"photo '{article.image}' is missing: there is no {config.static_dir}/{site_path}"))
    if not (article.image_alt or article.image_caption):
        found.append(Problem(article.source_path, line,
                             "photo has no text alternative: add image_alt (what the photo shows) or image_caption"))
    if not article.image_credit:
        found.append(warning(article.source_path, line, "photo has no credit: add image_credit"))
    return found


def body_image_problems(article: Article, where: Where) -> list[Problem]:
    """Photos in an article's text with no alt text."""
    if "<img" not in article.body_html:
        return []
    found = []
    for src, alt, _ in parse_html(article.body_html).images:
        if not (alt or "").strip():
            line = body_line(where.text(article), src) or 1
            found.append(Problem(article.source_path, line,
                                 f"photo '{src}' has no text alternative: write what it shows in ![...]"))
    return found


def duplicate_headlines(articles: Iterable[Article]) -> list[Problem]:
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        groups[urls.fold(article.title)].append(article)
    found = []
    for group in groups.values():
        for article in group:
            others = ", ".join(a.source_path for a in group if a is not article)
            if others:
                found.append(Problem(article.source_path, article.line_of("title"),
                                     f"headline '{article.title}' is also the headline of {others}"))
    return found


def desk_warnings(article: Article) -> list[Problem]:
    rel = article.source_path
    found = []
    if not article.has_summary:
        found.append(warning(rel, 1, "no summary: lists and feeds show the first paragraph cut short; "
                                     "add 'summary: ...' (a sentence that makes one want to read on)"))
    if len(article.title) > HEADLINE_MAX:
        found.append(warning(rel, article.line_of("title"),
                             f"headline is {len(article.title)} characters long; search results and feed "
                             f"readers cut it after about {HEADLINE_MAX}"))
    if not article.tags:
        found.append(warning(rel, 1, "no tags: the article is on no tag page; add 'tags: [...]'"))
    return found


def article_problems(articles: Iterable[Article], config: SiteConfig, where: Where) -> list[Problem]:
    articles = list(articles)
    found = duplicate_headlines(articles)
    for article in articles:
        found += photo_problems(article, config)
        found += body_image_problems(article, where)
        found += desk_warnings(article)
    return found


# --- external links -----------------------------------------------------------------


def external_links(pages: dict[str, Page], base_url: str) -> dict[str, list[Link]]:
    found: dict[str, list[Link]] = defaultdict(list)
    for page in pages.values():
        for link in page.links:
            if urls.is_external(link.value) and not link.value.startswith(base_url):
                found[link.value.split("#", 1)[0]].append(link)
    return found


def external_problems(pages: dict[str, Page], config: SiteConfig, where: Where, out_name: str,
                      **options) -> list[Problem]:
    from gazette import linkcheck

    links = external_links(pages, config.base_url)
    failures = linkcheck.check_urls(sorted(links), **options)
    found = []
    for url, reason in sorted(failures.items()):
        first = links[url][0]
        at = next((where.content_line(link) for link in links[url] if where.content_line(link)), None)
        path, line = at or (f"{out_name}/{first.page}", first.line)
        found.append(warning(path, line, f"link '{url}' fails: {reason}"))
    return found


# --- the whole check ----------------------------------------------------------------


def check_site(config: SiteConfig, out: Path, articles: Iterable[Article], *, external: dict | None = None
               ) -> tuple[list[Problem], int]:
    """Every problem found in the site built into `out` from `articles` (the published
    ones), and the number of pages read. `external`: options for linkcheck.check_urls,
    or None not to check links to other sites."""
    articles = list(articles)
    files = output_files(out)
    pages = read_pages(out, files)
    where = Where.of(config.root, articles)
    try:
        out_name = out.resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        out_name = str(out)
    found = internal_link_problems(pages, files, config, where, out_name)
    found += article_problems(articles, config, where)
    if external is not None:
        found += external_problems(pages, config, where, out_name, **external)
    return sorted(set(found)), len(pages)


def published(config: SiteConfig) -> Iterator[Article]:
    """The articles a build with these settings publishes (content problems were the build's to report)."""
    from gazette import cache, content, pipeline

    # Through the build cache, as a build reads them: right after a build, nothing is parsed again.
    inputs = pipeline.look_at_inputs(config, config.output_path, cache.BuildCache(config.root))
    read = pipeline.read_articles(config, inputs, None, None)
    yield from pipeline.select(read.articles, config, content.utc_now()).published


def add_arguments(parser) -> None:
    parser.add_argument("--out", metavar="DIR", type=Path, help="output folder (default: output_dir in site.toml)")
    parser.add_argument("--no-build", action="store_true", help="check the last build as it is, without building")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors (exit status 1)")
    parser.add_argument("--external", action="store_true", help="also check links to other sites")
    parser.add_argument("--concurrency", type=int, default=8, metavar="N",
                        help="with --external: addresses asked for at once (default: 8)")
    parser.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                        help="with --external: seconds to wait for each address (default: 10)")


def run(args, builder) -> int:
    """`gazette check`: build (unless --no-build), check, print every problem; exit status."""
    from gazette import cache
    from gazette.report import print_problems

    build_warnings: list[Problem] = []
    if args.no_build:
        config = builder.load()
        if not (builder.output / "index.html").is_file():
            print(f"error: no built site in {builder.output}; run a build first, or leave out --no-build",
                  file=sys.stderr)
            return 1
    else:
        build_warnings = list(builder.build().warnings)
        config = builder.config
    external = None
    if args.external:
        external = {"concurrency": args.concurrency, "timeout": args.timeout,
                    "cache_path": config.root / cache.FOLDER / "links.json"}
    found, pages = check_site(config, builder.output, published(config), external=external)
    at = {(p.path, p.line) for p in found}
    found = sorted(found + [p for p in build_warnings if (p.path, p.line) not in at])
    failing = [p for p in found if args.strict or not p.warning]
    print_problems(failing if args.quiet else found)
    if not args.quiet:
        print(_summary(found, pages, args.strict))
    return 1 if failing else 0


def _summary(found: list[Problem], pages: int, strict: bool) -> str:
    warnings = sum(p.warning for p in found)
    errors = len(found) - warnings
    return (f"Checked {pages} page{'s' * (pages != 1)}: {errors} error{'s' * (errors != 1)}, "
            f"{warnings} warning{'s' * (warnings != 1)}"
            + (" (--strict: warnings count as errors)" if strict and warnings else ""))
