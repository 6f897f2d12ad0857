"""The build, top to bottom:

    SiteConfig -> [SourceFile] -> [Article] -> Library -> [RenderJob] -> [Output] -> write

Each stage is a function over frozen data. Problems in user content are collected
across every stage that can run, and the output folder is touched only when there
are none (warnings do not stop a build).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from gazette import content, feeds, library, render, writer
from gazette.config import SiteConfig
from gazette.problems import Problem, ProblemError, errors


@dataclass
class BuildResult:
    articles: int
    pages: int
    files: int
    seconds: float
    held_back_drafts: int = 0
    held_back_future: int = 0
    warnings: list[Problem] = field(default_factory=list)
    written: int = 0
    unchanged: int = 0
    changed_files: tuple[str, ...] = ()  # output files whose bytes changed in this build


def select(articles: list[content.Article], config: SiteConfig, now: datetime):
    """Leave out drafts and articles dated after `now` unless the build asks for them."""
    kept, drafts, future = [], 0, 0
    for article in articles:
        if article.draft and not config.drafts:
            drafts += 1
        elif content.is_future(article, now) and not config.future:
            future += 1
        else:
            kept.append(article)
    return kept, drafts, future


def build(config: SiteConfig, out: Path, now: datetime | None = None) -> BuildResult:
    started = time.perf_counter()
    now = now or content.utc_now()
    problems: list[Problem] = []

    sources, found = content.read_sources(config)
    problems += found
    articles = []
    for source in sources:
        article, found = content.parse_article(source, config)
        problems += found
        if article:
            articles.append(article)

    published, drafts, future = select(articles, config, now)
    static = writer.find_static(config.static_path)
    lib, found = library.build_library(
        published, config,
        static_files=frozenset(s.path for s in static),
        all_slugs={a.slug for a in articles},
    )
    problems += found
    if errors(problems):
        raise ProblemError(problems)

    jobs = render.plan(lib, config) + feeds.plan(lib, config, now)
    outputs = render.Renderer(config).render_all(jobs) + feeds.extra_files(config)
    stats = writer.write_site(out, outputs, static, protected=[
        config.root, config.content_path, config.templates_path, config.static_path,
    ])
    return BuildResult(
        articles=len(lib.articles), pages=len(jobs), files=len(outputs) + len(static) + 1,
        seconds=time.perf_counter() - started, held_back_drafts=drafts, held_back_future=future,
        warnings=[p for p in problems if p.warning], written=stats.written, unchanged=stats.unchanged,
        changed_files=tuple(stats.changed),
    )


class Builder:
    """Builds one site again and again (for `serve` and `build --watch`).

    `build(changed)` takes the paths that changed since the last call (None: unknown,
    rebuild everything) and returns the BuildResult, or raises ProblemError leaving
    the last good site in place. The result's `changed_files` names the output files
    whose bytes changed, so a caller can tell a stylesheet-only change from the rest.
    `overrides` are the command line's options (drafts, future, base_url), applied
    again whenever site.toml is read anew.
    """

    def __init__(self, root: Path, out: Path | None, overrides: dict | None = None):
        self.root = Path(root)
        self.out = out
        self.overrides = dict(overrides or {})
        self.config: SiteConfig | None = None

    def load(self) -> SiteConfig:
        from gazette.config import load_config

        self.config = load_config(self.root).with_options(**self.overrides)
        return self.config

    @property
    def output(self) -> Path:
        assert self.config is not None
        return Path(self.out) if self.out is not None else self.config.output_path

    def build(self, changed: set[Path] | None = None) -> BuildResult:
        if self.config is None or changed is None or any(p.name == "site.toml" for p in changed):
            self.load()
        return build(self.config, self.output)
