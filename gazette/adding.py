"""A new article, the newest of the site, patched into the last build's plan.

This is what a newsroom does most: publish the latest story. The full build would plan
every page again to find the few an addition changes; here they are planned from the
pages the last build planned (incremental.Session: a builder's, or the one a one-off
build makes from the kept plan, kept.py). Pages are numbered from the oldest
(render.paginate), so the newest article changes only:

- its own page, and the page of the article before it (its "Newer" link);
- the first page of every list it joins (the front page, its tags, its source, its
  month), and, once in `per_page` additions, the numbered page that the first page's
  older half becomes, with its older neighbour's "Newer" link;
- the counts of the tag and source indexes, the archive's index and its year's page;
- the feeds it enters, the sitemap, the news sitemap and the search records;
- More on this story of the articles whose nearest articles it joins (related.py);
- for a tag or source the site did not have: its first page and feed, in the index;
- for the first article of a month (or year): its page, and the "Newer" link of every
  page of the month before.

Each of those pages is made by the planner's own functions (render.article_page,
term_page, front_page, month_page, feeds.term_feed, feeds.sitemap_page, search.record).
Anything else goes to the full build, which is never wrong: an article that is not the
newest (it would move numbered pages), a draft or future article, another
spelling of a known tag or source, a new tag with a front-page block waiting for it, a
local photo (its variants are made by the full build), links between articles
(`rewrite_of`, `related`, or a slug that one of them names), an address that a page
has, or a problem in the file. The tests build the same site both ways and compare
every file.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Sequence

from gazette import feeds, i18n, library, related, render, search, urls
from gazette.content import Article
from gazette.images import Photo
from gazette.library import TermRef
from gazette.render import RenderJob

_TERM_INDEX = {"tag": urls.tags_index_path(), "source": urls.sources_index_path()}


@dataclass
class Added:
    """What an addition changes: the jobs (the session's, changed and appended), the
    indexes of the jobs to render, and what the session keeps besides."""

    article: Article
    jobs: Any  # list[RenderJob], or kept.KeptJobs
    touched: set[int] = field(default_factory=set)
    before: dict[int, RenderJob] = field(default_factory=dict)  # the jobs changed, as they were
    places: dict[str, int] = field(default_factory=dict)  # each job's index by its path, the new ones too
    new_jobs: int = 0
    search_records: list | None = None
    valid_until: float = float("inf")


class _GiveUp(Exception):
    """The addition takes the full build."""


def plan(session, article: Article, now: datetime) -> Added | None:
    """The pages the newest article changes, planned from the session's; None when the
    addition takes a full build (the session is left as it was, but for More on this
    story's lists, which are then dropped)."""
    planner = _Planner(session, article, now)
    try:
        return planner.run()
    except _GiveUp:
        if planner.lists_changed:  # the lists have the article now: a full build makes them again
            session.related_lists = session.related_index = None
        return None


class _Planner:
    def __init__(self, session, article: Article, now: datetime):
        self.session = session
        self.config = session.config
        self.article = article
        self.now = now
        self.added = Added(article, session.jobs.copy(), places=dict(session.job_places()))
        self.at = self.added.places  # with the new jobs' places
        self.planned = len(session.jobs)  # the last build's jobs
        self.lists_changed = False
        self.teasers: dict[str, render.Teaser] = {}  # by url: each listed article's, as its lists show it
        self.before: dict[str, str] = {}  # a new page's path -> the path of the page the sitemap lists after it

    # --- the jobs --------------------------------------------------------------

    def job(self, path: str) -> RenderJob:
        number = self.at.get(path)
        if number is None:
            raise _GiveUp(path)
        return self.added.jobs[number]

    def put(self, job: RenderJob) -> None:
        number = self.at.get(job.path)
        if number is None:
            number = self.at[job.path] = len(self.added.jobs)
            self.added.jobs.append(job)
            self.added.new_jobs += 1
        else:
            if number < self.planned:  # (a job of the last build, not one made here)
                self.added.before.setdefault(number, self.added.jobs[number])
            self.added.jobs[number] = job
        self.added.touched.add(number)

    def change(self, path: str, **values: Any) -> None:
        old = self.job(path)
        self.put(replace(old, context={**old.context, **values}))

    # --- the whole ---------------------------------------------------------------

    def run(self) -> Added:
        article = self.article
        front, newest = self._newest()
        tags = self._terms("tag", article.tags)
        source = self._terms("source", (article.source,))[0]
        problems: list = []
        figure = library.figure_of(article, frozenset(), problems)
        if problems or (figure is not None and not urls.is_external(figure.src)):
            raise _GiveUp("a local photo")
        photo = Photo(figure.src) if figure is not None else None
        self.teasers[article.url] = render.Teaser(photo, tags[0].link if tags else None)
        more = self._related()
        self.put(render.article_page(article, figure, photo, tuple(t.link for t in tags), source.link, (),
                                     more.get(article.url, ()), (), newest, None))
        self.change(newest.url, newer=article)
        for url, chosen in more.items():
            if url != article.url:
                self.change(url, more=chosen)
        self._lists(front, newest, tags, source)
        self._feeds(tags, source, figure)
        self._sitemaps()
        self._search(tags, source)
        return self.added

    def _newest(self) -> tuple[RenderJob, Article]:
        """The front page and the article that was the newest: the new one must be newer,
        published now, and neither name nor be named by another."""
        article = self.article
        if (article.draft or not feeds.is_public(article, self.now) or article.rewrite_of or article.related
                or article.url in self.at or article.slug in self.session.link_names()[1]):
            raise _GiveUp("not a plain new article")
        front = self.job(urls.index_path())
        newest = front.context["articles"][0] if front.context["articles"] else None
        if newest is None or not article.sort_key < newest.sort_key:
            raise _GiveUp("not the newest")
        return front, newest

    def _terms(self, kind: str, names: Sequence[str]) -> list[TermRef]:
        """The tags (or source) of the article, as the site's terms are now (a new one with
        no article yet: count 0). A known term must come by its very name (another
        spelling may change the name the site shows); a new one must have a slug of its
        own and, for a tag, no block on the front page waiting for it."""
        refs = self.job(_TERM_INDEX[kind]).context["terms"]
        known = {ref.name: ref for ref in refs}
        folded = {urls.fold(ref.name) for ref in refs}
        slugs = {ref.slug for ref in refs}
        sections = {urls.fold(name) for name in self.config.front_sections} if kind == "tag" else set()
        if len({urls.fold(name) for name in names}) != len(names):
            raise _GiveUp(f"a {kind} twice")
        found = []
        for name in names:
            if name in known:
                found.append(known[name])
                continue
            slug = urls.slugify(name)
            if urls.fold(name) in folded or not slug or slug in slugs or urls.fold(name) in sections:
                raise _GiveUp(f"a {kind} spelt anew, without an address (or sharing one), or with a front-page block")
            slugs.add(slug)  # (two new ones sharing an address: the full build reports it)
            found.append(TermRef(kind, name, slug, 0))
        return found

    # --- More on this story --------------------------------------------------------

    def _related(self) -> dict[str, tuple[Article, ...]]:
        """The new lists of More on this story (the article's own, and those of the
        articles whose nearest articles it joins), by url."""
        session, article = self.session, self.article
        lists = session.related_lists
        if lists is None or article.url in lists.vectors:
            raise _GiveUp("no lists of More on this story")
        doc = related.documents([article])[article.url]
        self.lists_changed = True
        # A copy of the lists (what they hold is not changed, only which): the build cache
        # may hold the lists it read as they are, for the next build to take.
        before = lists.nearest
        lists = session.related_lists = related.Lists(dict(lists.vectors), dict(lists.nearest), lists.token)
        changed, session.related_index = related.add(lists, session.related_index, article.url, doc)
        session.related_added.update(key for key, found in lists.nearest.items() if before.get(key) is not found)
        linked = session.link_names()[0]
        chains: defaultdict[str, object] = defaultdict(object)  # no article in a rewrite chain: one each
        found = {}
        for url in sorted(changed | {article.url}):
            nearest = lists.nearest.get(url, ())
            self._check_related(url, [other for other, _ in nearest], linked)
            this = article if url == article.url else session.article_at(url)
            by_url = {other: article if other == article.url else session.article_at(other) for other, _ in nearest}
            chosen = related.more_of(this, [], by_url, nearest, chains, (this,))
            if this is article or [a.url for a in chosen] != [a.url for a in self.job(url).context["more"]]:
                found[url] = chosen
        return found

    def _check_related(self, url: str, nearest: list[str], linked) -> None:
        """Give up when a list to make names an article linked to another (`rewrite_of`,
        `related`: the full build places those), or one this site does not publish (lists
        a `--drafts` build beside it left in the cache)."""
        if url in linked or any(other in linked for other in nearest):
            raise _GiveUp("More on this story with links between articles")
        published = self.session.published()
        if any(other != self.article.url and other not in published for other in (url, *nearest)):
            raise _GiveUp("More on this story names an article this site does not publish")

    # --- lists -----------------------------------------------------------------

    def _lists(self, front: RenderJob, newest: Article, tags: list[TermRef], source: TermRef) -> None:
        article, config = self.article, self.config
        for ref in (*tags, source):
            if ref.count:
                self._grow(self.job(ref.url), ref.count + 1, config.per_page,
                           lambda chunk, p, ref=ref: render.term_page(replace(ref, count=ref.count + 1), chunk, p,
                                                                      self._teasers_of(chunk)))
            else:  # a new term: its first page
                self.put(render.term_page(replace(ref, count=1), *render.paginate((article,), 1, ref.url)[0],
                                          self._teasers_of((article,))))
            self._count(ref)
        self._front(front)
        self._month(newest)

    def _month(self, newest: Article) -> None:
        """The article's month's pages, and the counts of its year and the archive. The first
        article of a month makes the month's first page (and a year's), and every page of
        the month before links it as the newer month."""
        article, config = self.article, self.config
        year, month = library.month_of(article, config.tz)
        before = library.month_of(newest, config.tz)
        size = config.per_page * render.MONTH_PAGE_FACTOR
        if (year, month) == before:
            first = self.job(urls.archive_path(year, month))
            count = first.context["month"][2] + 1
            near = {"newer": first.context["newer"], "older": first.context["older"]}
            self._grow(first, count, size, lambda chunk, p: render.month_page(
                (year, month, count), chunk, p, self._teasers_of(chunk), near))
            self._archive(year, month, new_month=False)
            return
        url = urls.archive_path(year, month)
        near = {"newer": None, "older": (*before, urls.archive_path(*before))}
        self.put(render.month_page((year, month, 1), *render.paginate((article,), size, url)[0],
                                   self._teasers_of((article,)), near))
        self.before[url] = urls.archive_path(*before)  # (the sitemap lists months newest first)
        older = self.job(urls.archive_path(*before)).context["pagination"]
        for number in range((older.older or 0) + 1):
            self.change(older.page_url(number), newer=(year, month, url))
        self._archive(year, month, new_month=True)

    def _count(self, ref: TermRef) -> None:
        """The index of tags (or sources) with the term's count one more (a new term in its
        place: by name, case and spacing aside, then by slug, as library.py sorts them)."""
        terms = self.job(_TERM_INDEX[ref.kind]).context["terms"]
        if ref.count:
            terms = tuple(replace(t, count=t.count + 1) if t == ref else t for t in terms)
        else:
            terms = tuple(sorted((*terms, replace(ref, count=1)), key=lambda t: (urls.fold(t.name), t.slug)))
        self.change(_TERM_INDEX[ref.kind], terms=terms)

    def _front(self, front: RenderJob) -> None:
        article, sections = self.article, front.context["sections"]
        folded = {urls.fold(name) for name in article.tags}
        sections = tuple(replace(s, articles=(article, *s.articles[:render.SECTION_SIZE - 1]))
                         if urls.fold(s.term.name) in folded else s for s in sections)
        count = self.session.summary["articles"] + 1
        self._grow(front, count, self.config.per_page, lambda chunk, p: render.front_page(
            chunk, p, sections, self._teasers_of(render.front_listed(chunk, p, sections))))

    def _grow(self, first: RenderJob, count: int, per_page: int, make) -> None:
        """A list's pages after the article is put first (`count` articles now): its first
        page; when that would hold two pages' worth, the numbered page its older half
        becomes, and the "Newer" link of that page's older neighbour."""
        self.teasers.update(first.context["teasers"])
        chunk = first.context["articles"]
        items = (self.article, *chunk) + (None,) * (count - 1 - len(chunk))  # the older ones: not read
        pages = render.paginate(items, per_page, first.path)
        self.put(make(*pages[0]))
        grown = len(pages) - 1
        if grown == (first.context["pagination"].older or 0):
            return
        self.put(make(*pages[grown]))
        if grown > 1:
            self.change(pages[grown - 1][1].url, pagination=pages[grown - 1][1])

    def _teasers_of(self, chunk: Sequence[Article]) -> dict[str, render.Teaser]:
        return {a.url: self.teasers[a.url] for a in chunk}

    def _archive(self, year: int, month: int, *, new_month: bool) -> None:
        """The year page's and the archive's counts with the article; a new year's page."""
        article = self.article
        years = self.job(urls.archive_path()).context["years"]
        if years[0].year == year:
            old = self.job(urls.archive_path(year)).context["year"]
            self.change(old.url, year=_counted(old, article, render.YEAR_PAGE_HEADLINES, new_month, month))
            years = (_counted(years[0], article, 0, new_month, month), *years[1:])
        else:
            made = library.Year(year, (library.Month(year, month, (article,)),))
            self.put(render.year_page(made))
            self.before[made.url] = years[0].url  # (the sitemap lists years newest first)
            years = (render.year_counts(made), *years)
        self.change(urls.archive_path(), years=years)

    # --- feeds, sitemaps, search -----------------------------------------------------

    def _feeds(self, tags: list[TermRef], source: TermRef, figure) -> None:
        article, config = self.article, self.config
        entry = feeds.FeedEntry(article, figure, tuple(t.link for t in tags), source.link, "", feeds.feed_site(config))
        site = _fed(self.job(urls.FEED_ATOM_PATH).context["feed"], entry, config.feed_size, None)
        for path in (urls.FEED_ATOM_PATH, urls.FEED_RSS_PATH, urls.FEED_JSON_PATH):
            self.change(path, feed=site)
        for ref in (*tags, source):
            path = urls.term_feed_path(ref.kind, ref.slug)
            term = replace(ref, count=ref.count + 1)
            if ref.count:
                self.change(path, feed=_fed(self.job(path).context["feed"], entry, config.feed_size, term))
            else:
                self.put(feeds.term_feed(config, lambda _: entry, (article,), term))

    def _sitemaps(self) -> None:
        """The sitemap with the pages the addition changed. Of a split sitemap, only the
        parts of the kinds it changes are read and made again (an older year's stay)."""
        article = self.article
        touched = self._sitemap_entries()
        index = self.job(urls.SITEMAP_PATH)
        kinds = {urls.SITEMAP_LISTS} | {entry.part for _, entry in touched} if feeds.is_split(index) else None
        pages = self._sitemap_pages(index, kinds)
        shown = self.session.jobs_showing_articles()
        for i, page in enumerate(pages):  # a page showing no article: the whole site's newest date
            if self.at[page.path] not in shown:
                pages[i] = replace(page, lastmod=max(page.lastmod or article.modified, article.modified))
        where = {page.path: i for i, page in enumerate(pages)}
        for job, entry in touched:
            if job.path in where:
                pages[where[job.path]] = entry
            else:
                self._insert(pages, where, job, entry)
        if kinds is None:
            self._put_changed(feeds.sitemap_jobs(pages))
        else:
            self._put_parts(index, kinds, feeds.sitemap_parts(pages))
        self._news()

    def _sitemap_entries(self) -> list[tuple[RenderJob, feeds.SitemapPage]]:
        """The sitemap entries of the pages the addition made or changed that show articles
        (an article page of the last build keeps its date)."""
        touched = []
        for number in sorted(self.added.touched):
            job = self.added.jobs[number]
            listed = feeds.shown_articles(job)
            if listed is None or (number < self.planned and job.template == "article.html"):
                continue
            changed = {a.url: a.modified for a in listed if feeds.is_public(a, self.now)}
            entry = feeds.sitemap_page(job, changed, None)
            if entry is not None:  # (None: an article page the sitemap leaves out)
                touched.append((job, entry))
        return touched

    def _sitemap_pages(self, index: RenderJob, kinds: set[str] | None) -> list:
        """The pages the sitemap lists: all of them (one file), or those of these kinds."""
        if kinds is None:
            return list(index.context["pages"])
        return [page for part in index.context["sitemaps"] if part.part in kinds
                for page in self.job(part.path).context["pages"]]

    def _put_parts(self, index: RenderJob, kinds: set[str], parts: list) -> None:
        """The parts made again, and the index with their entries where the old ones were.
        A kind the sitemap had not is the new article's year: the newest, listed first."""
        fresh: dict[str, list] = {}
        for entry, _ in parts:
            fresh.setdefault(entry.part, []).append(entry)
        had = {old.part for old in index.context["sitemaps"]}
        entries = [entry for kind, made in fresh.items() if kind not in had for entry in made]
        if any(not e.part.startswith(urls.SITEMAP_ARTICLES) for e in entries):
            # (older pages, when a site of more than SITEMAP_SPLIT pages had no numbered
            # page: its place among the parts is the plan's, not worked out here)
            raise _GiveUp("a new kind of sitemap part")
        for old in index.context["sitemaps"]:
            if old.part not in kinds:
                entries.append(old)
            elif old.part in fresh:
                entries += fresh.pop(old.part)
        self._put_changed([job for _, job in parts] + [feeds.sitemap_index(entries)])

    def _put_changed(self, jobs: list[RenderJob]) -> None:
        """The jobs that differ from the last build's (a split sitemap's older years stay)."""
        for job in jobs:
            place = self.at.get(job.path)
            old = None if place is None else self.added.jobs[place]
            if old is None or old.template != job.template or old.context != job.context:
                self.put(job)

    def _insert(self, pages: list, where: dict[str, int], job: RenderJob, page) -> None:
        """A new page's place in the sitemap, as the plan orders pages: the newest article
        first, a list's new numbered page after its older neighbour (or its first page)."""
        if job.template == "article.html":
            pages.insert(0, page)
        elif job.path in self.before:  # a new month's or year's page
            pages.insert(where[self.before[job.path]], page)
        elif job.context["pagination"].number == 0:  # a new term's page: before the next term's (or index)
            pages.insert(where[self._after_term(job.context["term"], where)], page)
        elif job.context["pagination"].older is None and feeds.is_split(self.job(urls.SITEMAP_PATH)):
            pages.insert(_first_older_page_after(pages, where, job.context["pagination"].base), page)
        else:
            pagination = job.context["pagination"]
            pages.insert(where[pagination.page_url(pagination.older or 0)] + 1, page)
        where.clear()
        where.update({p.path: i for i, p in enumerate(pages)})

    def _after_term(self, ref: TermRef, where: dict[str, int]) -> str:
        """The path of the page the plan puts after a term's pages: the next term's first
        page, or after the last tag the index of sources, after the last source the archive."""
        terms = self.job(_TERM_INDEX[ref.kind]).context["terms"]  # (with the new terms)
        later = [t.url for t in terms if (urls.fold(t.name), t.slug) > (urls.fold(ref.name), ref.slug)]
        placed = [url for url in later if url in where]  # (another new term may not be placed yet)
        if placed:
            return placed[0]
        return urls.sources_index_path() if ref.kind == "tag" else urls.archive_path()

    def _news(self) -> None:
        article, now = self.article, self.now
        old = self.job(urls.NEWS_SITEMAP_PATH).context["entries"]
        if not feeds.is_canonical(article) or article.date < now - feeds.NEWS_WINDOW:
            return
        entries = (feeds.NewsEntry(article), *old[:feeds.NEWS_LIMIT - 1])
        self.change(urls.NEWS_SITEMAP_PATH, entries=entries)
        self.added.valid_until = (min(e.article.date for e in entries) + feeds.NEWS_WINDOW).timestamp()

    def _search(self, tags: list[TermRef], source: TermRef) -> None:
        records = self.session.search_records
        if records is None:
            return
        config = self.config
        fmt = i18n.Dates(config.tz, config.language)
        made = search.record(self.article, tuple(t.link for t in tags), source.link, search.language(config), fmt)
        self.added.search_records = [made, *records]


def _first_older_page_after(pages: list, where: dict[str, int], base: str) -> int:
    """Where a list's first numbered page goes in a split sitemap (its first page being in
    another part): before the numbered pages of the lists that the plan puts after it, in
    the order of their first pages, which the lists' part keeps; else after the last."""
    rank = where[base]
    last = len(pages)
    for i, page in enumerate(pages):
        if page.part == urls.SITEMAP_OLDER:
            if where[urls.unpaged(page.path)] > rank:
                return i
            last = i + 1
    return last


def _counted(year: render.YearCount, article: Article, headlines: int, new_month: bool,
             number: int) -> render.YearCount:
    """A year's counts (the archive's, or a year page's with its months' newest
    `headlines`) with the article added to its newest month, or to a new month `number`."""
    if new_month:
        made = render.MonthCount(year.year, number, 1, (article,) if headlines else ())
        return replace(year, count=year.count + 1, months=(made, *year.months))
    month, *rest = year.months
    grown = replace(month, count=month.count + 1, articles=(article, *month.articles)[:headlines] if headlines else ())
    return replace(year, count=year.count + 1, months=(grown, *rest))


def _fed(feed: feeds.Feed, entry: feeds.FeedEntry, size: int, term: TermRef | None) -> feeds.Feed:
    """A feed with the newest entry first (and its term's new count)."""
    entries = (entry, *feed.entries)[:size]
    return replace(feed, entries=entries, updated=max(e.updated for e in entries),
                   term=term if term is not None else feed.term)


def link_names(articles) -> tuple[frozenset[str], frozenset[str]]:
    """The addresses of the articles linked to others (rewrite_of, related, both ways),
    and the slugs those links name: More on this story of these is not patched."""
    named = set()
    linked = set()
    for article in articles:
        if article.rewrite_of or article.related:
            linked.add(article.url)
            named.update(article.related)
            if article.rewrite_of:
                named.add(article.rewrite_of)
    linked.update(a.url for a in articles if a.slug in named)
    return frozenset(linked), frozenset(named)

