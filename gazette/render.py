"""Render: the Library becomes a list of `RenderJob`s, one per page, and each job an `Output`.

A job holds everything its page shows (plain frozen data), so a job can be rendered
anywhere, in any order, in another process, or skipped when its inputs are unchanged.
Templates come from the site's `templates/` folder, then Gazette's built-ins
(feeds, sitemaps), so a site can override any of them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import traceback
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Generator, Iterable, Sequence

from gazette import i18n, urls, workers
from gazette.config import SiteConfig
from gazette.content import Article
from gazette.images import Photo
from gazette.library import Figure, Library, Month, Term, TermLink, TermRef, Year
from gazette.problems import Problem, ProblemError

BUILTINS = Path(__file__).with_name("builtins")


@dataclass(frozen=True)
class Pagination:
    """Where a page stands in a paginated list, numbered from the oldest (README,
    "Pagination"): the list's first page, at the list's own address (number 0), shows
    the newest articles, between one and two pages' worth; page k, at `page/k/`, holds
    the k-th `per_page` articles counted from the oldest, and keeps them as articles
    are added. A page holds only what it shows (its neighbours, not the number of
    pages), so adding an article changes the first page and, once in `per_page` adds,
    the page that is filled and its older neighbour."""

    number: int  # 0: the list's first page; k >= 1: page/k/, 1 the oldest
    base: str  # site path of the list's first page
    newer: int | None  # the number of the page of newer articles (0: the first page); None on the first page
    older: int | None  # the number of the page of older articles; None on the oldest

    def page_url(self, number: int) -> str:
        return urls.paged(self.base, number)

    @property
    def url(self) -> str:
        return self.page_url(self.number)

    @property
    def first(self) -> str:
        return self.base

    @property
    def prev(self) -> str | None:
        """The page of newer articles."""
        return None if self.newer is None else self.page_url(self.newer)

    @property
    def next(self) -> str | None:
        """The page of older articles."""
        return None if self.older is None else self.page_url(self.older)


@dataclass(frozen=True)
class RenderJob:
    path: str  # site path of the page
    template: str
    context: dict[str, Any] = field(hash=False, compare=False)
    relative: bool = True  # links relative to the page (False: from the base path, for 404.html)


@dataclass(frozen=True)
class Output:
    path: str  # file path relative to the output folder
    data: bytes


# --- planning -------------------------------------------------------------------


def paginate(items: Sequence, per_page: int, base: str) -> list[tuple[Sequence, Pagination]]:
    """`items` (newest first) in pages numbered from the oldest: the first page, then
    page 1 (the oldest) up to the newest numbered page. Every numbered page holds
    exactly `per_page` items; the first page the rest (per_page to 2 * per_page - 1,
    or all of them when there are fewer)."""
    count = len(items)
    numbered = max(0, count // per_page - 1)
    front = count - numbered * per_page
    pages = [(items[:front], Pagination(0, base, None, numbered or None))]
    for k in range(1, numbered + 1):
        end = count - (k - 1) * per_page
        newer = k + 1 if k < numbered else 0
        pages.append((items[end - per_page: end], Pagination(k, base, newer, k - 1 or None)))
    return pages


LEAD_SECONDARY = 4  # stories with a thumbnail under the lead on the front page
SECTION_SIZE = 4  # stories in each front-page section block
MONTH_PAGE_FACTOR = 3  # a month's compact list shows three times per_page
YEAR_PAGE_HEADLINES = 10  # a year page shows each month's newest ten, and links to the rest


@dataclass(frozen=True)
class Teaser:
    """What a story list shows of an article besides the article: its photo and its
    section (first tag). A page gets these for the articles it lists, so it changes
    when one of those photos does."""

    photo: Photo | None
    section: TermLink | None


@dataclass(frozen=True)
class Section:
    """A block of the front page: a tag from `front_sections` and its newest stories."""

    term: TermLink
    articles: tuple[Article, ...]


class _Shown:
    """Photos and sections of articles, for the contexts of the pages showing them."""

    def __init__(self, library: Library, photos: dict[str, Photo]):
        self.library = library
        self.photos = photos
        self._teasers: dict[str, Teaser] = {}  # one per article, shared by every page listing it

    def photo(self, article: Article) -> Photo | None:
        figure = self.library.figures.get(article.url)
        if figure is None:
            return None
        return self.photos.get(figure.src) or Photo(figure.src)

    def teaser(self, article: Article) -> Teaser:
        found = self._teasers.get(article.url)
        if found is None:
            section = (self.library.tags_of.get(article.url) or (None,))[0]
            found = self._teasers[article.url] = Teaser(self.photo(article), section)
        return found

    def teasers(self, articles: Iterable[Article]) -> dict[str, Teaser]:
        teaser = self.teaser
        return {a.url: teaser(a) for a in articles}


def term_page(ref: TermRef, chunk: Sequence[Article], pagination: Pagination, teasers: dict[str, Teaser]) -> RenderJob:
    """A page of a tag's or source's list. A numbered page does not show the count (which
    changes with every article added)."""
    term = ref if pagination.number == 0 else ref.link
    return RenderJob(pagination.url, "term.html", {"term": term, "articles": chunk, "pagination": pagination,
                                                     "teasers": teasers})


def _term_jobs(terms: Iterable[Term], per_page: int, shown: _Shown) -> Iterable[RenderJob]:
    for term in terms:
        ref = term.ref
        for chunk, pagination in paginate(term.articles, per_page, ref.url):
            yield term_page(ref, chunk, pagination, shown.teasers(chunk))


def front_page(chunk: Sequence[Article], pagination: Pagination, sections: tuple[Section, ...],
               teasers: dict[str, Teaser]) -> RenderJob:
    """A page of the front page's list; its first page has the sections' blocks too."""
    return RenderJob(pagination.url, "index.html", {
        "articles": chunk, "pagination": pagination, "sections": sections if pagination.number == 0 else (),
        "teasers": teasers})


def front_listed(chunk: Sequence[Article], pagination: Pagination, sections: tuple[Section, ...]) -> list[Article]:
    """The articles a front page lists, whose teasers it gets."""
    return list(chunk) + [a for s in sections for a in s.articles] if pagination.number == 0 else list(chunk)


def _sections(library: Library, config: SiteConfig) -> tuple[Section, ...]:
    by_name = {urls.fold(t.name): t for t in library.tags}
    found = (by_name.get(urls.fold(name)) for name in config.front_sections)
    return tuple(Section(t.link, t.articles[:SECTION_SIZE]) for t in found if t is not None)


@dataclass(frozen=True)
class MonthCount:
    """A month as the archive's pages show it: how many articles, and which. The archive's
    index shows none (so that an article's edit does not make it show it: a build patched
    after an edit reads only the jobs that show the article, kept.py); a year page shows
    the newest few (YEAR_PAGE_HEADLINES), which lead to the month's own pages for the rest:
    a year page that listed every story would grow with the site (1,300 headlines at
    10,000 articles) and be rendered again on every edit of any of them."""

    year: int
    month: int
    count: int
    articles: tuple[Article, ...] = ()  # newest first

    @property
    def url(self) -> str:
        return urls.archive_path(self.year, self.month)


@dataclass(frozen=True)
class YearCount:
    year: int
    count: int
    months: tuple[MonthCount, ...]  # newest first

    @property
    def url(self) -> str:
        return urls.archive_path(self.year)


def year_counts(year: Year, headlines: int = 0) -> YearCount:
    """A year's months by their counts, each with its newest `headlines` articles."""
    return YearCount(year.year, year.count, tuple(
        MonthCount(m.year, m.month, len(m.articles), m.articles[:headlines]) for m in year.months))


def year_page(year: Year) -> RenderJob:
    """A year's archive page: its months' counts and newest headlines."""
    return RenderJob(year.url, "archive_year.html", {"year": year_counts(year, YEAR_PAGE_HEADLINES)})


def archive_counts(years: Iterable[Year]) -> tuple[YearCount, ...]:
    return tuple(year_counts(y) for y in years)


def _archive_jobs(library: Library, config: SiteConfig, shown: _Shown) -> Iterable[RenderJob]:
    yield RenderJob(urls.archive_path(), "archive.html", {"years": archive_counts(library.years)})
    months: list[Month] = [m for year in library.years for m in year.months]  # newest first
    for year in library.years:
        yield year_page(year)
    for i, month in enumerate(months):
        newer = months[i - 1] if i > 0 else None
        older = months[i + 1] if i + 1 < len(months) else None
        near = {"newer": (newer.year, newer.month, newer.url) if newer else None,
                "older": (older.year, older.month, older.url) if older else None}
        for chunk, pagination in paginate(month.articles, config.per_page * MONTH_PAGE_FACTOR, month.url):
            yield month_page((month.year, month.month, len(month.articles)), chunk, pagination,
                             shown.teasers(chunk), near)


def month_page(month: tuple[int, int, int], chunk: Sequence[Article], pagination: Pagination,
               teasers: dict[str, Teaser], near: dict[str, Any]) -> RenderJob:
    """A page of a month's archive: (year, month, count), its newer and older months."""
    return RenderJob(pagination.url, "archive_month.html", {
        "month": month, "articles": chunk, "pagination": pagination, "teasers": teasers, **near})


def article_page(article: Article, figure: Figure | None, photo: Photo | None, tags: tuple[TermLink, ...],
                 source: TermLink | None, rewrites: tuple[Article, ...], more: tuple[Article, ...],
                 thread: tuple[Article, ...], older: Article | None, newer: Article | None) -> RenderJob:
    """An article's page: its photo, tags and source, its rewrites (`related`), More on
    this story, its story's thread, and its neighbours by date."""
    return RenderJob(article.url, "article.html", {
        "article": article, "figure": figure, "photo": photo, "tags": tags, "source": source, "related": rewrites,
        "more": more, "thread": thread, "older": older, "newer": newer,
    })


def plan(library: Library, config: SiteConfig, photos: dict[str, Photo] | None = None,
         pages: Sequence[RenderJob] = ()) -> list[RenderJob]:
    """Every page of the site, in a stable order. `photos` are the local photos with
    their variants (images.py), `pages` the standalone pages (pages.py)."""
    shown = _Shown(library, photos or {})
    jobs: list[RenderJob] = []
    for article in library.articles:
        url = article.url
        jobs.append(article_page(article, library.figures.get(url), shown.photo(article), library.tags_of.get(url, ()),
                                 library.source_of.get(url), library.related.get(url, ()), library.more.get(url, ()),
                                 library.thread.get(url, ()), library.older.get(url), library.newer.get(url)))
    sections = _sections(library, config)
    for chunk, pagination in paginate(library.articles, config.per_page, urls.index_path()):
        jobs.append(front_page(chunk, pagination, sections, shown.teasers(front_listed(chunk, pagination, sections))))
    jobs.append(RenderJob(urls.tags_index_path(), "terms.html",
                          {"kind": "tag", "terms": tuple(t.ref for t in library.tags)}))
    jobs.extend(_term_jobs(library.tags, config.per_page, shown))
    jobs.append(RenderJob(urls.sources_index_path(), "terms.html",
                          {"kind": "source", "terms": tuple(t.ref for t in library.sources)}))
    jobs.extend(_term_jobs(library.sources, config.per_page, shown))
    jobs.extend(_archive_jobs(library, config, shown))
    jobs.extend(pages)
    jobs.append(RenderJob(urls.NOT_FOUND_PATH, "404.html", {}, relative=False))
    return jobs


# --- fingerprints ----------------------------------------------------------------


def templates_fingerprint(config: SiteConfig) -> str:
    """Digest of every template a page can use: the site's and the built-ins."""
    digest = hashlib.blake2b(digest_size=16)
    for folder in (config.templates_path, BUILTINS, i18n.LOCALES):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
        digest.update(b"\1")
    return digest.hexdigest()


class Fingerprinter:
    """The fingerprint of a job: everything its page can show, and nothing else.

    An Article counts as its source path and the digest of its file's bytes (all it
    shows comes from those, the settings and the code, which `base` covers). Other
    values of a context (TermRef, Pagination, Month...) count by their fields;
    each object is digested once per build. A value of an unknown kind is an error,
    so a new kind of context can never be silently left out of a fingerprint.

    Every value becomes one string (`repr` of plain values, so that no two different
    values read the same); objects are memoized by identity, and kept alive here so
    that an identity is never reused during the build.
    """

    def __init__(self, base: str):
        self.base = base
        self._memo: dict[int, tuple[Any, str]] = {}
        self._fields: dict[type, tuple[str, ...]] = {}

    def job(self, job: RenderJob) -> str:
        # Contexts are built by plan() in a fixed key order, so items() needs no sorting.
        value = self.value
        parts = [self.base, job.template, job.path, "r" if job.relative else "a"]
        for key, item in job.context.items():
            parts.append(key)
            parts.append(value(item))
        return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16).hexdigest()

    def value(self, value: Any) -> str:
        # One dispatch on the kind of value, ordered by how often each kind comes (plain
        # values first); it runs for every value of every page of a build (about 300,000
        # at 10,000 articles), so the common kinds stay in this one function.
        kind = type(value)
        if kind is str or kind is int or kind is bool or kind is float or value is None:
            return repr(value)
        if kind is tuple or kind is list:
            value_of = self.value
            return "(" + ",".join([value_of(v) for v in value]) + ")"
        memo = self._memo.get(id(value))
        if memo is not None:
            return memo[1]
        names = self._fields.get(kind)  # a dataclass met before: no is_dataclass (a third of the time)
        if kind is Article:
            text = f"A{value.source_path!r}{value.digest}"
        elif kind is dict:
            text = "{" + ",".join([f"{k!r}:{self.value(v)}" for k, v in sorted(value.items())]) + "}"
        elif names is None and isinstance(value, (datetime, date)):
            text = value.isoformat()
        else:
            text = self._fields_text(value, kind, names)
        self._memo[id(value)] = (value, text)
        return text

    def _fields_text(self, value: Any, kind: type, names: tuple[str, ...] | None) -> str:
        """A dataclass's value by its fields (`names`, when its kind was met before)."""
        if names is None:
            if not dataclasses.is_dataclass(value) or isinstance(value, type):
                raise TypeError(f"cannot fingerprint a {kind.__name__} in a render job's context")
            names = self._fields[kind] = tuple(f.name for f in dataclasses.fields(value))
        inner = ",".join([self.value(getattr(value, name)) for name in names])
        if len(inner) > 64:  # a long value, likely shown on many pages: keep it short
            inner = "#" + hashlib.blake2b(inner.encode(), digest_size=16).hexdigest()
        return f"{kind.__name__}({inner})"


# --- template helpers ------------------------------------------------------------


def _dates_filter(name: str):
    """A filter that formats with the page's `dates` (i18n.Dates, in the page's language)."""
    import jinja2

    @jinja2.pass_context
    def apply(context, value, *args):
        return getattr(context["dates"], name)(value, *args)

    return apply


def isodate(moment: datetime, is_day: bool = False, tz=None) -> str:
    local = moment if is_day or tz is None else moment.astimezone(tz)
    return local.date().isoformat() if is_day else local.isoformat(timespec="seconds")


# --- rendering -------------------------------------------------------------------


def _template_problem(exc: BaseException, config: SiteConfig, fallback: str) -> Problem:
    """Point at the template line that failed, from Jinja's rewritten traceback."""
    import jinja2

    templates = str(config.templates_path)
    if isinstance(exc, jinja2.TemplateSyntaxError):
        name = exc.filename or exc.name or fallback
        return Problem(_rel(name, config), exc.lineno or 0, f"template error: {exc.message}")
    if isinstance(exc, jinja2.TemplateNotFound):
        return Problem(f"{config.templates_dir}/{exc.name}", 0, "template not found")
    for frame, lineno in reversed(list(traceback.walk_tb(exc.__traceback__))):
        filename = frame.f_code.co_filename
        if filename.startswith(templates) or filename.startswith(str(BUILTINS)):
            return Problem(_rel(filename, config), lineno, f"template error: {exc}")
    return Problem(f"{config.templates_dir}/{fallback}", 0, f"template error: {type(exc).__name__}: {exc}")


def _rel(name: str, config: SiteConfig) -> str:
    try:
        return Path(name).resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        return name


class Renderer:
    def __init__(self, config: SiteConfig, compiled: Path | None = None):
        """`compiled`: a folder where compiled templates are kept between builds (in the
        build cache, one folder per version of Gazette's code, as the compiled form depends
        on the environment made here); Jinja2 checks each against its template's source."""
        import jinja2

        self.config = config
        self.env = jinja2.Environment(
            bytecode_cache=_bytecode_cache(compiled) if compiled is not None else None,
            loader=jinja2.ChoiceLoader([
                jinja2.FileSystemLoader(str(config.templates_path)),
                jinja2.FileSystemLoader(str(BUILTINS)),
            ]),
            autoescape=jinja2.select_autoescape(["html", "xml", "htm"], default_for_string=True),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # one Renderer per build: no stat of every template on every page
        )
        tz = config.tz
        self.env.add_extension("jinja2.ext.i18n")
        self.env.install_null_translations(newstyle=False)  # type: ignore[attr-defined]  # added by ext.i18n; each page gets its language's in render()
        self.env.filters.update({name: _dates_filter(name) for name in (
            "longdate", "shortdate", "names", "month_name", "month_abbr", "month_year", "number")})
        self.env.filters["isodate"] = lambda moment, is_day=False: isodate(moment, is_day, tz)
        self.env.globals.update(site=config, urls=urls)
        self._templates: dict[str, Any] = {}
        self._languages: dict[str, dict[str, Any]] = {}

    def language(self, tag: str) -> dict[str, Any]:
        """What a page in this language gets: its words and its dates."""
        found = self._languages.get(tag)
        if found is None:
            words = i18n.translations(tag)
            found = self._languages[tag] = {"lang": tag, "dates": i18n.Dates(self.config.tz, tag),
                                            "gettext": words.gettext, "ngettext": words.ngettext,
                                            "_": words.gettext}
        return found

    def template(self, name: str):
        template = self._templates.get(name)
        if template is None:
            template = self._templates[name] = self.env.get_template(name)
        return template

    def compile_ahead(self, name: str) -> None:
        """Compile a template before its first use (a long-running builder does it while
        nobody waits). One that fails to compile is left for that first use, which
        reports the problem."""
        import jinja2

        try:
            self.template(name)
        except jinja2.TemplateError:
            pass

    def render(self, job: RenderJob) -> Output:
        linker = urls.Linker(self.config.base_url, job.path, relative=job.relative,
                             index_files=self.config.local_links)
        article = job.context.get("article") or job.context.get("page")
        language = self.language(getattr(article, "language", "") or self.config.language)
        text = self.template(job.template).render(
            job.context, page_path=job.path, href=linker.href, absolute=linker.absolute, **language,
        )
        return Output(urls.output_file(job.path), text.encode("utf-8"))

    def render_range(self, jobs: Sequence[RenderJob], start: int, end: int,
                     task: Callable[[RenderJob, "Renderer"], Any] | None = None) -> tuple[list, list[Problem]]:
        """Render jobs[start:end]: (index, Output) pairs, or (index, task(job, self)),
        and the template problems met."""
        done: list[tuple[int, Any]] = []
        problems: list[Problem] = []
        for i in range(start, end):
            job = jobs[i]
            try:
                done.append((i, task(job, self) if task else self.render(job)))
            except Exception as exc:  # noqa: BLE001 - every template mistake becomes a Problem
                if not is_template_error(exc):
                    raise
                problems.append(_template_problem(exc, self.config, job.template))
        return done, problems

    def render_many(self, jobs: Sequence[RenderJob], processes: int | None = None,
                    progress=None, task: Callable[[RenderJob, "Renderer"], Any] | None = None
                    ) -> Generator[tuple[int, Any], None, None]:
        """Render every job, in parallel when there are many; yields (index, Output) in order.

        With a `task`, each job goes to `task(job, renderer)` where it is handled (in a
        worker process) and what the task returns comes back instead of the Output:
        the pipeline checks each page's fingerprint, renders it only when it changed
        and writes it, all in the workers, so only small results travel between
        processes. Template problems are collected (once per template line) and
        raised together at the end, after every job was tried."""
        if processes is None:
            processes = workers.default_workers(len(jobs), threshold=400)
        problems: dict[tuple, Problem] = {}
        done_count = 0
        with _frozen_heap():
            for done, found in workers.map_chunks(_render_chunk, (self, jobs, task), len(jobs), processes,
                                                  chunk=100):
                for problem in found:
                    problems.setdefault((problem.path, problem.line, problem.message), problem)
                yield from done
                done_count += len(done) + len(found)
                if progress:
                    progress("render", done_count, len(jobs))
        if problems:
            raise ProblemError(problems.values())


def _bytecode_cache(folder: Path):
    import jinja2

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # no cache: templates are compiled each time
    return jinja2.FileSystemBytecodeCache(str(folder))


@contextlib.contextmanager
def _frozen_heap():
    """Leave what exists before the render out of the garbage collector's sight (gc.freeze).

    Rendering makes millions of short-lived objects, so the collector runs often, and
    each full collection walks everything alive: the library, the plan, the parsed
    articles (hundreds of thousands of objects at 10,000 articles, all of it kept until
    the build ends). Frozen, they are not walked: a render in one process (a small site,
    `serve`) at 10,000 articles took about half the CPU time (bench/render_stage.py).
    Forked workers inherit the frozen heap (no measurable change in their CPU time, but
    their collections leave the inherited pages unwritten). Garbage made before the
    render is collected after it, when unfrozen."""
    if not gc.isenabled():  # someone else manages the collector (or froze already)
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _render_chunk(payload, start: int, end: int):
    renderer, jobs, task = payload
    return renderer.render_range(jobs, start, end, task)


def is_template_error(exc: BaseException) -> bool:
    import jinja2

    if isinstance(exc, jinja2.TemplateError):
        return True
    # Errors raised by template code itself (a bad filter argument, a division by zero...).
    templates_frames = [f for f, _ in traceback.walk_tb(exc.__traceback__)
                        if f.f_code.co_filename.endswith((".html", ".xml", ".json", ".txt"))]
    return bool(templates_frames)

