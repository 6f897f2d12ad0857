"""Feeds, sitemaps and the files a host needs: what a site tells readers' apps and search engines.

`plan(library, config, now)` returns render jobs, like `render.plan`, for:

* the site's feeds: Atom (`atom.xml`), RSS 2.0 (`rss.xml`) and JSON Feed 1.1 (`feed.json`);
* an Atom feed per tag and per source (`tags/<slug>/atom.xml`, `sources/<slug>/atom.xml`);
* `sitemap.xml` (every page, with `lastmod`), `news-sitemap.xml` (Google News: the
  articles of the last two days before `now`) and `robots.txt` pointing at both.

Their templates are built in (`gazette/builtins/`); a file of the same name in the
site's `templates/` folder replaces one. `extra_files(config)` gives the files that
need no template: `.nojekyll`, and `CNAME` when `domain` is set.

What a job holds is computed here, so templates only lay it out:

* **ids** are `tag:` URIs (RFC 4151) minted from the article's own identity, its
  date as written and its slug, under a fixed tagging entity: they do not change
  when the site moves to another `base_url` or `domain`, or when its title changes.
* **content** is the article's HTML with every relative link and image made absolute
  against the article's URL, since a feed reader has no page to resolve them from;
  `feed_full_content = false` leaves only the summary.
* drafts and articles dated after `now` are in no feed or sitemap, even in a build
  that shows them (`--drafts`, `--future`).
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html.parser import HTMLParser
from itertools import islice
from typing import Callable, Iterable, Mapping
from urllib.parse import quote, urljoin

from gazette import render, urls
from gazette.config import SiteConfig
from gazette.content import Article, is_future
from gazette.library import Figure, Library, TermLink, TermRef
from gazette.render import Output, RenderJob

# A tagging entity of RFC 4151 (`authority,date`). It names no domain of the site on
# purpose: ids minted under it survive a move to another base_url or domain.
DEFAULT_TAGGING_ENTITY = "gazette,2025"

SITEMAP_LIMIT = 50_000  # URLs one sitemap file may list (sitemaps.org)
# Past this many pages the sitemap is an index of parts by kind (README, "Feeds, sitemaps
# and page metadata"); WordPress's Yoast SEO, which splits by kind too, caps a part at 1,000.
SITEMAP_SPLIT = 1_000
NEWS_WINDOW = timedelta(days=2)  # Google News sitemaps list articles of the last two days
NEWS_LIMIT = 1_000  # URLs one news sitemap may list (Google); the newest are kept
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)  # `updated` of a feed with no entries

# Characters XML 1.0 does not allow, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


# --- what the templates get --------------------------------------------------------


@dataclass(frozen=True)
class FeedSite:
    """What every entry's values depend on besides its article (one per build)."""

    base_url: str
    tagging_entity: str
    full_content: bool


@dataclass(frozen=True)
class _ArticleShown:
    """An article in a feed or a sitemap. What is shown is read from the article when
    rendered, not copied when the site is planned (so that a live preview can put an
    edited article in its place, incremental.py)."""

    article: Article

    @property
    def title(self) -> str:
        return xml_text(self.article.title)

    @property
    def published(self) -> datetime:
        return self.article.date


@dataclass(frozen=True)
class FeedEntry(_ArticleShown):
    """One article as every feed shows it (made once per build, shared by feeds).

    Its fields are what it is made of; everything a feed shows is derived from them
    on demand, so a job's fingerprint stays cheap and the costly part, the content
    with absolute links, is computed only for the feeds actually rendered."""

    figure: Figure | None
    tags: tuple[TermLink, ...]
    source: TermLink | None
    based_on_url: str  # the article this one rewrites, on this site, or ""
    site: FeedSite

    @property
    def id(self) -> str:
        """tag: URI, stable across site moves."""
        return _entry_id(self.article, self.site.tagging_entity)

    @property
    def url(self) -> str:
        """Absolute URL of the article page."""
        return urls.absolute_url(self.site.base_url, self.article.url)

    @property
    def summary(self) -> str:
        """Plain text."""
        return xml_text(self.article.summary)

    @property
    def updated(self) -> datetime:
        return self.article.modified

    @property
    def authors(self) -> tuple[str, ...]:
        """The byline; empty: the feed's author stands for it."""
        return tuple(xml_text(a) for a in self.article.author)

    @property
    def image_url(self) -> str:
        """Absolute, or ""."""
        return urls.absolute_url(self.site.base_url, self.figure.src) if self.figure else ""

    @property
    def via_url(self) -> str:
        """The original article elsewhere (source_url), or ""."""
        return self.article.source_url

    @functools.cached_property
    def content_html(self) -> str:
        """Full HTML with absolute links; "" when feeds carry summaries only."""
        if not self.site.full_content:
            return ""
        content = absolute_links(self.article.body_html, self.url)
        figure = self.figure
        if figure:
            caption = html.escape(figure.caption)
            if figure.credit:
                caption += f" <small>Photo: {html.escape(figure.credit)}</small>"
            content = (f'<figure><img src="{html.escape(self.image_url)}" alt="{html.escape(figure.alt)}">'
                       + (f"<figcaption>{caption.strip()}</figcaption>" if caption.strip() else "")
                       + "</figure>\n" + content)
        return xml_text(content)

    @property
    def summary_html(self) -> str:
        """The summary as HTML (RSS `description` is HTML)."""
        return html.escape(self.summary, quote=False)

    @property
    def published_rfc822(self) -> str:
        return format_datetime(self.published)

    @property
    def updated_rfc822(self) -> str:
        return format_datetime(self.updated)


@dataclass(frozen=True)
class Feed:
    kind: str  # "site", "tag" or "source"
    id: str
    title: str
    subtitle: str
    home: str  # site path of the page the feed follows
    author: str  # stands for entries without a byline
    term: TermRef | None
    updated: datetime
    full_content: bool
    entries: tuple[FeedEntry, ...]

    @property
    def updated_rfc822(self) -> str:
        return format_datetime(self.updated)


@dataclass(frozen=True)
class SitemapPage:
    path: str  # site path
    lastmod: datetime | None
    part: str = ""  # of a split sitemap, the kind of part the page goes in (in the index: the part is of)


@dataclass(frozen=True)
class NewsEntry(_ArticleShown):
    """An article in the news sitemap."""

    @property
    def path(self) -> str:
        return self.article.url


# --- ids ---------------------------------------------------------------------------


def feed_site(config: SiteConfig) -> FeedSite:
    return FeedSite(config.base_url, tagging_entity(config), config.feed_full_content)


def tagging_entity(config: SiteConfig) -> str:
    """`authority,date` of the site's tag: URIs: `id_authority` when the settings have
    it (a domain or email the site's owner controls, with a date), else the default."""
    return config.id_authority or DEFAULT_TAGGING_ENTITY


def _specific(text: str) -> str:
    # RFC 4151 allows URI pchars and / ? in the specific part; anything else is %-encoded.
    return quote(text, safe="/?:@!$&'()*+,;=-._~")


def entry_id(article: Article, config: SiteConfig) -> str:
    """`tag:gazette,2025:2025-01-31:deepseek-upends-ai`: the date as the file gives it
    (so a change of timezone setting does not move it) and the slug; both already
    make the article's address, so no two articles of a site share an id."""
    return _entry_id(article, tagging_entity(config))


def _entry_id(article: Article, entity: str) -> str:
    return f"tag:{entity}:{article.date.date().isoformat()}:{_specific(article.slug)}"


def feed_id(config: SiteConfig, kind: str = "site", slug: str = "") -> str:
    specific = "feed" if kind == "site" else f"feed/{kind}/{_specific(slug)}"
    return f"tag:{tagging_entity(config)}:{specific}"


# --- absolute links in content -----------------------------------------------------

_URL_ATTRS = frozenset({"href", "src", "poster", "cite", "action", "formaction", "longdesc", "background"})
# A tag with a link attribute whose value does not start with a scheme, or with a
# srcset: worth parsing. Searched in the lowercased body; anchored on "<" to be fast.
_MAYBE_RELATIVE = re.compile(
    r"""<[a-z](?:[^>"']|"[^"]*"|'[^']*')*?\s(?:"""
    r"""(?:href|src|poster|cite|action|formaction|longdesc|background)\s*=\s*["']?+(?![a-z][a-z0-9+.-]*:)"""
    r"""|srcset\s*=)""")


def _absolute_srcset(value: str, base: str) -> str:
    parts = []
    for candidate in value.split(","):
        words = candidate.split()
        if words:
            parts.append(" ".join([urljoin(base, words[0]), *words[1:]]))
    return ", ".join(parts)


class _Absolutizer(HTMLParser):
    """Copies HTML as it is, except link attributes, which are resolved against `base`."""

    def __init__(self, base: str):
        super().__init__(convert_charrefs=False)
        self.base = base
        self.out: list[str] = []

    def _tag(self, tag, attrs, closed: bool):
        changed = False
        fixed: list[tuple[str, str | None]] = []
        for name, value in attrs:
            if value is not None and name in _URL_ATTRS:
                new = urljoin(self.base, value.strip())
            elif value is not None and name == "srcset":
                new = _absolute_srcset(value, self.base)
            else:
                new = value
            changed |= new != value
            fixed.append((name, new))
        if not changed:
            self.out.append(self.get_starttag_text() or "")
            return
        text = "".join(f" {n}" if v is None else f' {n}="{html.escape(v, quote=True)}"' for n, v in fixed)
        self.out.append(f"<{tag}{text}{' /' if closed else ''}>")

    def handle_starttag(self, tag, attrs):
        self._tag(tag, attrs, closed=False)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag, attrs, closed=True)

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")

    def handle_data(self, data):
        self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


def absolute_links(body_html: str, base: str) -> str:
    """`body_html` with every relative `href`, `src`, `srcset`... resolved against `base`
    (the article's absolute URL), as the article page itself resolves them."""
    if not _MAYBE_RELATIVE.search(body_html.lower()):  # most bodies: only absolute links, or none
        return body_html
    parser = _Absolutizer(base)
    parser.feed(body_html)
    parser.close()
    return "".join(parser.out)


# --- entries -----------------------------------------------------------------------


def is_public(article: Article, now: datetime) -> bool:
    return not article.draft and not is_future(article, now)


def is_canonical(article: Article) -> bool:
    """False for a copy of an article published elsewhere (`source_url`): its page names
    the original as canonical, so sitemaps, which list canonical URLs only, leave it out."""
    return not article.source_url


class _Entries:
    """FeedEntry of each article, made once per build whatever the number of feeds."""

    def __init__(self, library: Library, config: SiteConfig):
        self.library = library
        self.site = feed_site(config)
        self._made: dict[str, FeedEntry] = {}

    def __call__(self, article: Article) -> FeedEntry:
        entry = self._made.get(article.url)
        if entry is None:
            entry = self._made[article.url] = self._make(article)
        return entry

    def _make(self, article: Article) -> FeedEntry:
        library = self.library
        original = ""
        if article.rewrite_of:
            for other in library.related.get(article.url, ()):
                if other.slug == article.rewrite_of:
                    original = urls.absolute_url(self.site.base_url, other.url)
        return FeedEntry(
            article=article,
            figure=library.figures.get(article.url),
            tags=library.tags_of.get(article.url, ()),
            source=library.source_of.get(article.url),
            based_on_url=original,
            site=self.site,
        )


# --- planning ----------------------------------------------------------------------


def _feed(config, entries: Callable[[Article], FeedEntry], articles: Iterable[Article], *, kind: str, title: str,
          subtitle: str, home: str, term: TermRef | None = None) -> Feed:
    chosen = tuple(entries(a) for a in islice(articles, config.feed_size))
    return Feed(
        kind=kind,
        id=feed_id(config, kind, term.slug if term else ""),
        title=xml_text(title),
        subtitle=xml_text(subtitle),
        home=home,
        author=xml_text(config.author or config.publisher_name),
        term=term,
        updated=max((e.updated for e in chosen), default=EPOCH),
        full_content=config.feed_full_content,
        entries=chosen,
    )


def term_feed(config: SiteConfig, entries: Callable[[Article], FeedEntry], public: Iterable[Article],
              ref: TermRef) -> RenderJob:
    """A tag's or source's feed (Atom) of its public articles, newest first."""
    what = "Articles tagged {}" if ref.kind == "tag" else "Articles from {}"
    feed = _feed(config, entries, public, kind=ref.kind, title=f"{config.title}: {ref.name}",
                 subtitle=what.format(ref.name), home=ref.url, term=ref)
    return RenderJob(urls.term_feed_path(ref.kind, ref.slug), "atom.xml", {"feed": feed})


def shown_articles(job: RenderJob) -> Iterable[Article] | None:
    """The articles a page shows, whose dates make its `lastmod` (None: the whole site's)."""
    context = job.context
    if "article" in context:
        return (context["article"],)
    if "articles" in context:
        return context["articles"]
    if "month" in context:
        return context["month"].articles
    if "year" in context:
        return (a for month in context["year"].months for a in month.articles)
    return None  # indexes of tags, sources, years


def sitemap_pages(library: Library, config: SiteConfig, now: datetime,
                  pages: Iterable[RenderJob] | None = None) -> list[SitemapPage]:
    """Every public page of the site (as `render.plan` makes them), with its `lastmod`:
    the newest date (published or updated) among the public articles it shows. Left
    out: the 404 page, the pages of drafts and future articles, and copies whose
    canonical URL is the original elsewhere (a sitemap lists canonical URLs only)."""
    changed = {a.url: a.modified for a in library.articles if is_public(a, now)}
    newest = max(changed.values(), default=None)
    listed = []
    for job in render.plan(library, config) if pages is None else pages:
        page = sitemap_page(job, changed, newest)
        if page is not None:
            listed.append(page)
    return listed


def sitemap_page(job: RenderJob, changed: Mapping[str, datetime], newest: datetime | None) -> SitemapPage | None:
    """A page's sitemap entry, None when the sitemap leaves it out. `changed`: when each
    public article last changed, by its address; `newest`: the latest of those."""
    if job.path == urls.NOT_FOUND_PATH:
        return None
    article = job.context.get("article")
    if article is not None and (article.url not in changed or not is_canonical(article)):
        return None
    shown = shown_articles(job)
    lastmod = newest if shown is None else max((changed[a.url] for a in shown if a.url in changed), default=None)
    pagination = job.context.get("pagination")
    older = pagination is not None and pagination.number > 0
    return SitemapPage(job.path, lastmod, urls.sitemap_part(job.path if article is not None else None, older))


def news_language(language: str) -> str:
    """Google News wants an ISO 639 code (`en`), except `zh-cn` and `zh-tw`."""
    parts = language.lower().split("-")
    if parts[0] == "zh" and len(parts) > 1:
        if parts[1] in ("tw", "hk", "mo", "hant"):
            return "zh-tw"
        return "zh-cn"
    return parts[0]


def news_articles(library: Library, now: datetime) -> list[Article]:
    """Public articles published in the two days before `now`, newest first (copies
    of articles published elsewhere left out, as in sitemap.xml)."""
    start = now - NEWS_WINDOW
    return [a for a in library.articles
            if is_public(a, now) and is_canonical(a) and a.date >= start][:NEWS_LIMIT]


def valid_until(library: Library, now: datetime) -> datetime | None:
    """When the news sitemap of a build made at `now` goes stale: the moment its oldest
    article leaves the two-day window (the pipeline rebuilds after that)."""
    window = news_articles(library, now)
    if not window:
        return None
    return min(a.date for a in window) + NEWS_WINDOW


def plan(library: Library, config: SiteConfig, now: datetime,
         pages: Iterable[RenderJob] | None = None) -> list[RenderJob]:
    """Render jobs for the feeds, sitemaps and robots.txt (templates in gazette/builtins/).

    `pages` are the site's page jobs (`render.plan(library, config)`), which the
    sitemap lists; given by a caller that has them already, they are not planned again."""
    public = tuple(a for a in library.articles if is_public(a, now))
    entries = _Entries(library, config)
    jobs: list[RenderJob] = []

    site_feed = _feed(config, entries, public, kind="site", title=config.title,
                      subtitle=config.description, home=urls.index_path())
    jobs += [
        RenderJob(urls.FEED_ATOM_PATH, "atom.xml", {"feed": site_feed}),
        RenderJob(urls.FEED_RSS_PATH, "rss.xml", {"feed": site_feed}),
        RenderJob(urls.FEED_JSON_PATH, "feed.json", {"feed": site_feed}),
    ]
    for terms in (library.tags, library.sources):
        for term in terms:
            jobs.append(term_feed(config, entries, (a for a in term.articles if is_public(a, now)), term.ref))

    jobs += sitemap_jobs(sitemap_pages(library, config, now, pages))

    news = tuple(NewsEntry(a) for a in news_articles(library, now))
    jobs.append(RenderJob(urls.NEWS_SITEMAP_PATH, "news-sitemap.xml", {
        "entries": news,
        "publication": xml_text(config.publisher_name),
        "news_language": news_language(config.language),
    }))
    jobs.append(RenderJob(urls.ROBOTS_PATH, "robots.txt",
                          {"sitemaps": (urls.SITEMAP_PATH, urls.NEWS_SITEMAP_PATH)}))
    return jobs


def sitemap_jobs(listed: list[SitemapPage]) -> list[RenderJob]:
    """The sitemap of these pages: one file or, past SITEMAP_SPLIT pages, an index of
    parts by kind (`sitemap_parts`). An addition then changes the parts of this year's
    articles and of the lists' first pages; a crawler reads only those again."""
    if len(listed) <= min(SITEMAP_SPLIT, SITEMAP_LIMIT):
        return [RenderJob(urls.SITEMAP_PATH, "sitemap.xml", {"pages": tuple(listed)})]
    parts = sitemap_parts(listed)
    return [job for _, job in parts] + [sitemap_index([entry for entry, _ in parts])]


def sitemap_parts(listed: list[SitemapPage]) -> list[tuple[SitemapPage, RenderJob]]:
    """The parts of a split sitemap, with their entries in its index: a part for each kind
    of page (`urls.sitemap_part`), in the order their first pages come, each split again
    every SITEMAP_LIMIT pages."""
    kinds: dict[str, list[SitemapPage]] = {}
    for page in listed:
        kinds.setdefault(page.part, []).append(page)
    parts = []
    for kind, pages in kinds.items():
        for number, start in enumerate(range(0, len(pages), SITEMAP_LIMIT), 1):
            chunk = tuple(pages[start: start + SITEMAP_LIMIT])
            path = urls.sitemap_part_path(kind, number)
            entry = SitemapPage(path, max((p.lastmod for p in chunk if p.lastmod), default=None), kind)
            parts.append((entry, RenderJob(path, "sitemap.xml", {"pages": chunk})))
    return parts


def sitemap_index(parts: list[SitemapPage]) -> RenderJob:
    return RenderJob(urls.SITEMAP_PATH, "sitemap_index.xml", {"sitemaps": tuple(parts)})


def is_split(sitemap: RenderJob) -> bool:
    """Is this job of `sitemap.xml` the index of parts (`sitemap_jobs`)?"""
    return sitemap.template == "sitemap_index.xml"


def extra_files(config: SiteConfig) -> list[Output]:
    """`.nojekyll` (GitHub Pages serves files as they are, `_`-folders too), and
    `CNAME` naming the custom domain when `domain` is set."""
    files = [Output(urls.NOJEKYLL_PATH, b"")]
    if config.domain:
        files.append(Output(urls.CNAME_PATH, config.domain.strip().lower().encode("ascii") + b"\n"))
    return files
