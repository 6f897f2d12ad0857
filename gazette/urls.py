"""Every permalink and output-path rule of the site, in one place.

Pages are addressed by *site paths*: relative to the site's root, no leading slash,
ending in `/` for a page (`2025/01/deepseek-upends-ai/`) or naming a file
(`404.html`, `css/style.css`). Templates never build URLs by hand: they ask
`Linker.href(path)` for a link relative to the page being rendered (so the site
works at a domain root, under `/repo/`, and opened from disk) and `Linker.absolute`
for the absolute URL under `base_url` (canonical links, feeds, sitemaps).
"""

from __future__ import annotations

import posixpath
import re
import sys
import unicodedata
from datetime import datetime
from urllib.parse import quote, urlsplit

# --- slugs -----------------------------------------------------------------


def slugify(text: str) -> str:
    """A readable slug that keeps non-Latin letters: NFKC, case folded, runs of
    anything but letters, marks and digits become one hyphen.

    >>> slugify("Artificial  Intelligence"), slugify("인공지능"), slugify("C++ / Rust")
    ('artificial-intelligence', '인공지능', 'c-rust')
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    out: list[str] = []
    pending_hyphen = False
    for ch in text:
        if unicodedata.category(ch)[0] in "LMN":
            if pending_hyphen and out:
                out.append("-")
            pending_hyphen = False
            out.append(ch)
        else:
            pending_hyphen = True
    return "".join(out)


def fold(text: str) -> str:
    """The identity of a tag or source name: case and spacing do not count."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


# --- site paths of pages ----------------------------------------------------


def paged(path: str, page: int) -> str:
    """Page `page` of a paginated list whose first page is at `path` (0: that first
    page; 1: the oldest articles, render.paginate)."""
    return path if page == 0 else f"{path}page/{page}/"


_PAGED = re.compile(r"page/\d+/\Z")


def unpaged(path: str) -> str:
    """The first page of the list a page of `paged` belongs to."""
    return _PAGED.sub("", path)


def article_path(date: datetime, slug: str) -> str:
    return f"{date.year:04d}/{date.month:02d}/{slug}/"


def article_year(path: str) -> str:
    """The year an article's address (`article_path`) files it under."""
    return path[:4]


def index_path(page: int = 0) -> str:
    return paged("", page)


def tags_index_path() -> str:
    return "tags/"


def tag_path(slug: str, page: int = 0) -> str:
    return paged(f"tags/{slug}/", page)


def sources_index_path() -> str:
    return "sources/"


def source_path(slug: str, page: int = 0) -> str:
    return paged(f"sources/{slug}/", page)


def archive_path(year: int | None = None, month: int | None = None) -> str:
    if year is None:
        return "archive/"
    if month is None:
        return f"archive/{year:04d}/"
    return f"archive/{year:04d}/{month:02d}/"


NOT_FOUND_PATH = "404.html"
STYLESHEET_PATH = "css/style.css"
SEARCH_PATH = "search/"  # the search page (search.py); its index lives under pagefind/
SEARCH_STYLESHEET_PATH = "css/search.css"  # what the search box, search page and related lists look like


def image_path(image: str) -> str:
    """Where an article's `image` lives in the site: images sit in `static/images/`."""
    return "images/" + image.lstrip("/")


def is_external(url: str) -> bool:
    if ":" not in url or url[:1] == "/":  # no scheme: a site path (15,000 urlsplits a sitemap)
        return False
    return urlsplit(url).scheme in ("http", "https")


# --- output files ------------------------------------------------------------


class UnsafePath(ValueError):
    pass


def output_file(site_path: str) -> str:
    """The file (relative to the output folder) that serves a site path.

    Refuses anything that could land outside the output folder or collide with the
    folder structure: absolute paths, `..`, `.`, empty segments, backslashes, NUL.
    """
    if not site_path or site_path.endswith("/"):
        site_path += "index.html"
    parts = site_path.split("/")
    if (
        site_path.startswith("/")
        or "\\" in site_path
        or "\x00" in site_path
        or any(part in ("", ".", "..") for part in parts)
    ):
        raise UnsafePath(f"refusing to write outside the output folder: {site_path!r}")
    return site_path


# --- links -------------------------------------------------------------------


class Linker:
    """Links as seen from one page.

    `relative=True` (every ordinary page) gives links relative to the page, which
    work at any mount point; the 404 page, served by GitHub Pages for missing paths
    at any depth, links from the base path (`/repo/...`) instead. `index_files=True`
    (`build --local`) spells out the `index.html` of a page's folder, as a browser
    opening the files from disk needs: a folder there is a directory listing.
    """

    __slots__ = ("base_url", "base_path", "page", "_up", "relative", "index_files")

    def __init__(self, base_url: str, page: str, relative: bool = True, index_files: bool = False):
        self.base_url = base_url
        self.base_path = urlsplit(base_url).path or "/"
        self.page = page
        self.relative = relative
        self.index_files = index_files
        depth = page.count("/")
        self._up = "../" * depth

    def href(self, target: str) -> str:
        quoted = _quoted(target)
        if quoted is None:
            return target
        target = quoted
        if not self.relative:
            return self.base_path + target
        link = self._up + target
        if self.index_files:
            return with_index_file(link)
        return link or "./"

    def absolute(self, target: str = "") -> str:
        return absolute_url(self.base_url, target)

    def current(self) -> str:
        return self.absolute(self.page)


def with_index_file(link: str) -> str:
    """A relative link to a page's folder, with the folder's `index.html` spelled out:
    `../2025/01/x/#top` -> `../2025/01/x/index.html#top`, `` -> `index.html`."""
    cut = min((i for i in (link.find("?"), link.find("#")) if i >= 0), default=len(link))
    path = link[:cut]
    if path == "" or path.endswith("/"):
        path += "index.html"
    return path + link[cut:]


def absolute_url(base_url: str, target: str = "") -> str:
    """The absolute URL of a site path (an external URL stays as it is)."""
    quoted = _quoted(target)
    return target if quoted is None else base_url + quoted


_QUOTED: dict[str, str | None] = {}


def _quoted(target: str) -> str | None:
    """A site path %-encoded for a link, or None for an external URL. Remembered: a
    site links the same paths from many pages (each article from a dozen list pages,
    the stylesheet from all), and urlsplit and quote cost more than the rest of a link."""
    found = _QUOTED.get(target, "")
    if found == "":
        if len(_QUOTED) > 200_000:  # a long-running server: forget rather than grow
            _QUOTED.clear()
        found = _QUOTED[target] = None if is_external(target) else quote(target, safe="/#?=&%")
    return found


def relative_to(page: str, target: str) -> str:
    """A relative link between two site paths (used where a Linker is not at hand)."""
    start = posixpath.dirname(page) or "."
    rel = posixpath.relpath(target or ".", start)
    return rel + "/" if target.endswith("/") and not rel.endswith("/") else rel


# --- feeds, sitemaps and host files (publish) ------------------------------------
# Added by the publish work (gazette/feeds.py). Site paths like the ones above.

FEED_ATOM_PATH = "atom.xml"
FEED_RSS_PATH = "rss.xml"
FEED_JSON_PATH = "feed.json"
SITEMAP_PATH = "sitemap.xml"
NEWS_SITEMAP_PATH = "news-sitemap.xml"
ROBOTS_PATH = "robots.txt"
NOJEKYLL_PATH = ".nojekyll"
CNAME_PATH = "CNAME"

# The media type each feed is announced with in `<link rel="alternate" type=...>`.
ATOM_TYPE = "application/atom+xml"
RSS_TYPE = "application/rss+xml"
JSON_FEED_TYPE = "application/feed+json"


def term_feed_path(kind: str, slug: str) -> str:
    """The Atom feed of a tag or a source, beside its first page: `tags/ai/atom.xml`."""
    page = tag_path(slug) if kind == "tag" else source_path(slug)
    return page + FEED_ATOM_PATH


SITEMAP_LISTS = "lists"  # the kinds of part of a split sitemap (sitemap_part)
SITEMAP_OLDER = "older-pages"
SITEMAP_ARTICLES = "articles-"  # and the year


def sitemap_part(article_page: str | None, older: bool) -> str:
    """The part of a split sitemap a page goes in, by how often it changes: an article
    page in its year's (`articles-2025`, from its address), an older numbered page of a
    list (fixed once full, as pages are numbered from the oldest) in `older-pages`, every
    other page (first pages of lists, indexes) in `lists`, which each addition changes."""
    if article_page is not None:  # (one string a year: pickled once in a plan of 15,000 pages)
        return sys.intern(SITEMAP_ARTICLES + article_year(article_page))
    return SITEMAP_OLDER if older else SITEMAP_LISTS


def sitemap_part_path(kind: str, number: int) -> str:
    """One file of a split sitemap (`sitemap.xml` is then the index of the parts), at the
    site's root: a sitemap may list only the addresses under its own folder (sitemaps.org,
    "Sitemap file location"). A part past the 50,000 pages one file may list continues in
    `-2`, `-3`, ..."""
    return f"sitemap-{kind}.xml" if number == 1 else f"sitemap-{kind}-{number}.xml"
