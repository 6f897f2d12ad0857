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

from gazette import content, library, render, writer
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

    jobs = render.plan(lib, config)
    outputs = render.Renderer(config).render_all(jobs)
    stats = writer.write_site(out, outputs, static, protected=[
        config.root, config.content_path, config.templates_path, config.static_path,
    ])
    return BuildResult(
        articles=len(lib.articles), pages=len(jobs), files=len(outputs) + len(static) + 1,
        seconds=time.perf_counter() - started, held_back_drafts=drafts, held_back_future=future,
        warnings=[p for p in problems if p.warning], written=stats.written, unchanged=stats.unchanged,
    )
