"""The Library: every published article, and the indexes the pages are made of.

Built once per build in linear time (one pass to group, one sort per group):
tags and sources with their articles, the dated archive, neighbours, and the links
between an article and its rewrites. Problems found here concern several files at
once: two articles at one address, two tags that would share a page, a
`rewrite_of` that names no article.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable

from gazette import urls
from gazette.content import Article
from gazette.problems import Problem, did_you_mean, warning


@dataclass(frozen=True)
class TermLink:
    """What an article page shows of its tags and source: name and address.

    No count: an article page must not change (nor be rendered again) when another
    article gets the same tag."""

    kind: str  # "tag" or "source"
    name: str
    slug: str

    @property
    def url(self) -> str:
        return self.page_url(0)

    def page_url(self, page: int) -> str:
        return urls.tag_path(self.slug, page) if self.kind == "tag" else urls.source_path(self.slug, page)


@dataclass(frozen=True)
class TermRef(TermLink):
    """What a list of tags or a tag's own page shows of it: name, address, count.

    Pages get these rather than whole Terms so that a page depends only on what it
    shows."""

    count: int

    @property
    def link(self) -> TermLink:
        return TermLink(self.kind, self.name, self.slug)


@dataclass(frozen=True)
class Term:
    """A tag or a source: its shown name, its slug and its articles, newest first."""

    kind: str  # "tag" or "source"
    name: str
    slug: str
    articles: tuple[Article, ...]

    @property
    def ref(self) -> TermRef:
        return TermRef(self.kind, self.name, self.slug, len(self.articles))

    @property
    def link(self) -> TermLink:
        return TermLink(self.kind, self.name, self.slug)

    @property
    def url(self) -> str:
        return self.ref.url

    def page_url(self, page: int) -> str:
        return self.ref.page_url(page)


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    articles: tuple[Article, ...]

    @property
    def url(self) -> str:
        return urls.archive_path(self.year, self.month)

    @property
    def start(self) -> datetime:
        return datetime(self.year, self.month, 1)


@dataclass(frozen=True)
class Year:
    year: int
    months: tuple[Month, ...]  # newest first

    @property
    def url(self) -> str:
        return urls.archive_path(self.year)

    @property
    def count(self) -> int:
        return sum(len(m.articles) for m in self.months)


@dataclass(frozen=True)
class Figure:
    """An article's photo: where it is, and its text, which comes from the article's own
    fields as it is shown (so that editing a caption or a headline changes no plan)."""

    src: str  # site path under images/ or an external URL
    article: Article

    @property
    def alt(self) -> str:
        article = self.article
        return article.image_alt or article.image_caption or article.title

    @property
    def caption(self) -> str:
        return self.article.image_caption

    @property
    def credit(self) -> str:
        return self.article.image_credit


@dataclass(frozen=True)
class Library:
    articles: tuple[Article, ...]  # newest first
    tags: tuple[Term, ...]  # sorted by name
    sources: tuple[Term, ...]
    years: tuple[Year, ...]  # newest first
    tags_of: dict[str, tuple[TermLink, ...]] = field(repr=False)  # article url -> its tags
    source_of: dict[str, TermLink] = field(repr=False)
    related: dict[str, tuple[Article, ...]] = field(repr=False)  # rewrites, both directions
    older: dict[str, Article | None] = field(repr=False)
    newer: dict[str, Article | None] = field(repr=False)
    figures: dict[str, Figure | None] = field(repr=False)
    # More on this story (related.py): rewrites and `related` links first, then the closest
    # articles by content; and each article's story thread, oldest first.
    more: dict[str, tuple[Article, ...]] = field(default_factory=dict, repr=False)
    thread: dict[str, tuple[Article, ...]] = field(default_factory=dict, repr=False)


def _terms(
    kind: str, articles: tuple[Article, ...], names_of, problems: list[Problem]
) -> tuple[tuple[Term, ...], dict[str, list[TermLink]]]:
    """Group articles by folded name. The shown name is the most common spelling."""
    folded: dict[str, str] = {}

    def fold(name: str) -> str:
        key = folded.get(name)
        if key is None:
            key = folded[name] = urls.fold(name)
        return key

    spellings: dict[str, Counter] = defaultdict(Counter)
    members: dict[str, list[Article]] = defaultdict(list)
    first_seen: dict[str, Article] = {}
    for article in articles:
        seen: set[str] = set()
        for name in names_of(article):
            key = fold(name)
            spellings[key][name] += 1
            first_seen.setdefault(key, article)
            if key not in seen:
                seen.add(key)
                members[key].append(article)
    by_slug: dict[str, str] = {}
    terms: list[Term] = []
    for key, counter in spellings.items():
        # Most common spelling; ties go to the one that sorts first, so the choice is stable.
        name = min(counter.items(), key=lambda item: (-item[1], item[0]))[0]
        slug = urls.slugify(name)
        article = first_seen[key]
        field_name = "tags" if kind == "tag" else "source"
        if not slug:
            problems.append(Problem(article.source_path, article.line_of(field_name),
                                    f"{kind} '{name}' has no letters or digits to make an address from"))
            continue
        if slug in by_slug:
            other = by_slug[slug]
            problems.append(Problem(article.source_path, article.line_of(field_name),
                                    f"{kind} '{name}' and {kind} '{other}' would share the page "
                                    f"/{urls.tag_path(slug) if kind == 'tag' else urls.source_path(slug)}; "
                                    f"rename one of them"))
            continue
        by_slug[slug] = name
        terms.append(Term(kind, name, slug, tuple(members[key])))
    terms.sort(key=lambda t: (urls.fold(t.name), t.slug))
    of: dict[str, list[TermLink]] = defaultdict(list)
    by_key = {urls.fold(t.name): t.link for t in terms}
    for article in articles:
        seen_terms: set[str] = set()
        for name in names_of(article):
            term = by_key.get(fold(name))
            if term and term.slug not in seen_terms:
                seen_terms.add(term.slug)
                of[article.url].append(term)
    return tuple(terms), of


def _years(articles: tuple[Article, ...], tz) -> tuple[Year, ...]:
    by_month: dict[tuple[int, int], list[Article]] = defaultdict(list)
    for article in articles:
        by_month[month_of(article, tz)].append(article)
    years: dict[int, list[Month]] = defaultdict(list)
    for (year, month) in sorted(by_month, reverse=True):
        years[year].append(Month(year, month, tuple(by_month[(year, month)])))
    return tuple(Year(y, tuple(ms)) for y, ms in years.items())


def month_of(article: Article, tz) -> tuple[int, int]:
    """The (year, month) of the archive an article is in: its date in the site's zone."""
    local = article.date if article.date_is_day else article.date.astimezone(tz)
    return local.year, local.month


def figure_of(article: Article, static_files: frozenset[str], problems: list[Problem]) -> Figure | None:
    if not article.image:
        return None
    if urls.is_external(article.image):
        src = article.image
    else:
        src = urls.image_path(article.image)
        if src not in static_files:
            problems.append(warning(article.source_path, article.line_of("image"),
                                    f"image '{article.image}' is not in static/{src.rsplit('/', 1)[0]}/; "
                                    f"the article is shown without its photo"))
            return None
    return Figure(src, article)


def _mutual_rewrites(articles: tuple[Article, ...]) -> list[Problem]:
    """Two articles that name each other in `rewrite_of`: one problem, on the earlier one
    (the later is the rewrite)."""
    by_slug: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_slug[article.slug].append(article)
    problems = []
    for article in articles:
        others = by_slug.get(article.rewrite_of, ())
        if len(others) != 1 or others[0] is article or others[0].rewrite_of != article.slug:
            continue
        other = others[0]
        if (article.date, article.source_path) < (other.date, other.source_path):
            problems.append(Problem(
                article.source_path, article.line_of("rewrite_of"),
                f"this article and {other.source_path} name each other in rewrite_of; the later one is the "
                f"rewrite: remove rewrite_of from this one"))
    return problems


def build_library(
    articles: Iterable[Article],
    config,
    static_files: frozenset[str] = frozenset(),
    everyone: Iterable[Article] = (),
) -> tuple[Library, list[Problem]]:
    """Index the published articles. `everyone` are all the articles parsed, held-back
    ones (drafts, future) too: a `rewrite_of` may name one of those without being an
    error, and two articles naming each other is an error whether or not both show."""
    problems: list[Problem] = []
    ordered = _one_per_address(tuple(sorted(articles, key=lambda a: a.sort_key)), problems)
    tags, tags_of = _terms("tag", ordered, lambda a: a.tags, problems)
    sources, source_of = _terms("source", ordered, lambda a: (a.source,), problems)
    related = _rewrite_links(ordered, tuple(everyone) or ordered, problems)
    problems += _related_problems(ordered, tuple(everyone) or ordered)
    older, newer = _neighbours(ordered)
    figures = {a.url: figure_of(a, static_files, problems) for a in ordered}
    library = Library(
        articles=ordered,
        tags=tags,
        sources=sources,
        years=_years(ordered, config.tz),
        tags_of={url: tuple(ts) for url, ts in tags_of.items()},
        source_of={url: ts[0] for url, ts in source_of.items()},
        related={url: tuple(sorted({a.url: a for a in rs}.values(), key=lambda a: a.sort_key))
                 for url, rs in related.items()},
        older=older,
        newer=newer,
        figures=figures,
    )
    return library, problems


def _one_per_address(ordered: tuple[Article, ...], problems: list[Problem]) -> tuple[Article, ...]:
    """Two articles at one address: a problem naming both files; the first one stays."""
    by_url: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        by_url[article.url].append(article)
    for url, group in by_url.items():
        if len(group) > 1:
            group = sorted(group, key=lambda a: a.source_path)
            for article in group:
                others = ", ".join(a.source_path for a in group if a is not article)
                problems.append(Problem(article.source_path, article.line_of("slug") if article.key_lines else 1,
                                        f"same address /{url} as {others}; give one of them another 'slug'"))
    return tuple(a for a in ordered if by_url[a.url][0] is a)


def _rewrite_links(ordered: tuple[Article, ...], everyone: tuple[Article, ...],
                   problems: list[Problem]) -> dict[str, list[Article]]:
    """Rewrites: rewrite_of names a slug; linked both ways among published articles."""
    by_slug: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        by_slug[article.slug].append(article)
    known = {a.slug for a in everyone} | set(by_slug)
    problems += _mutual_rewrites(everyone)
    related: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        if not article.rewrite_of:
            continue
        problem = _rewrite_problem(article, by_slug, known)
        if problem:
            problems.append(problem)
        elif article.rewrite_of in by_slug and by_slug[article.rewrite_of][0].rewrite_of != article.slug:
            original = by_slug[article.rewrite_of][0]  # (two naming each other: _mutual_rewrites reports it)
            related[article.url].append(original)
            related[original.url].append(article)
    return related


def _related_problems(ordered: tuple[Article, ...], everyone: tuple[Article, ...]) -> list[Problem]:
    """`related` names slugs of other articles (held-back ones too, as rewrite_of may)."""
    known = {a.slug for a in everyone} | {a.slug for a in ordered}
    problems = []
    for article in ordered:
        for slug in article.related:
            if slug == article.slug:
                problems.append(Problem(article.source_path, article.line_of("related"),
                                        "an article cannot be related to itself"))
            elif slug not in known:
                problems.append(Problem(article.source_path, article.line_of("related"),
                                        f"related names no article: '{slug}'{did_you_mean(slug, known)}"))
    return problems


def _rewrite_problem(article: Article, by_slug: dict[str, list[Article]], known: set[str]) -> Problem | None:
    target, line = article.rewrite_of, article.line_of("rewrite_of")
    if target == article.slug:
        return Problem(article.source_path, line, "an article cannot be a rewrite of itself")
    if target not in known:
        hint = did_you_mean(target, known)
        return Problem(article.source_path, line, f"rewrite_of names no article: '{target}'{hint}")
    if len(by_slug.get(target, ())) > 1:
        where = ", ".join(a.source_path for a in by_slug[target])
        return Problem(article.source_path, line, f"rewrite_of '{target}' is ambiguous: {where} all have that slug")
    return None


def _neighbours(ordered: tuple[Article, ...]) -> tuple[dict[str, Article | None], dict[str, Article | None]]:
    """Each article's older and newer neighbour by date (by url)."""
    older: dict[str, Article | None] = {}
    newer: dict[str, Article | None] = {}
    for i, article in enumerate(ordered):
        newer[article.url] = ordered[i - 1] if i > 0 else None
        older[article.url] = ordered[i + 1] if i + 1 < len(ordered) else None
    return older, newer
