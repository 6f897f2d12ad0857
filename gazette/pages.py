"""Standalone pages: About, Contact, a corrections policy... from `pages/*.md`.

Each file is Markdown with a small frontmatter (`title`, required; `description`,
`language`, optional) and becomes a page at `/<file name>/`: `pages/about.md` is
`/about/`. Pages are not articles: no date, no tags, no feeds. The menu and the
footer link to them through `menu` and `footer_links` in site.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gazette import markdown, urls
from gazette.config import SiteConfig
from gazette.problems import Problem, did_you_mean
from gazette.render import RenderJob
from gazette.writer import StaticFile

KEYS = ("title", "description", "language")


@dataclass(frozen=True)
class Page:
    title: str
    description: str
    body_html: str
    language: str = ""


def find(config: SiteConfig) -> list[StaticFile]:
    """The page files, with their size and date (for the build's signature)."""
    folder = config.pages_path
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.md")):
        if path.name.startswith((".", "_")):
            continue
        st = path.stat()
        found.append(StaticFile(f"{config.pages_dir}/{path.name}", path, st.st_size, st.st_mtime_ns))
    return found


def _parse(rel: str, text: str) -> tuple[Page | None, list[Problem]]:
    from gazette.content import SourceFile, load_frontmatter

    fm = load_frontmatter(SourceFile(rel, text, ""))  # a YAML mistake is reported at its line, as for articles
    if isinstance(fm, Problem):
        return None, [fm]
    data, body = fm.data, fm.body
    problems = [Problem(rel, fm.line(str(key)), f"unknown key '{key}' in a page{did_you_mean(str(key), KEYS)}")
                for key in data if key not in KEYS]
    values: dict[str, str] = {}
    for key in KEYS:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(Problem(rel, fm.line(key), f"'{key}' must be text"))
        values[key] = value.strip() if isinstance(value, str) else ""
    if not values["title"]:
        problems.append(Problem(rel, 1, "a page needs a 'title'"))
    if problems:
        return None, problems
    return Page(values["title"], values["description"], markdown.render(body), values["language"]), []


def plan(config: SiteConfig, files: list[StaticFile]) -> tuple[list[RenderJob], list[Problem]]:
    jobs: list[RenderJob] = []
    problems: list[Problem] = []
    for item in files:
        slug = urls.slugify(Path(item.path).stem)
        try:
            text = item.source.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(item.path, 0, f"cannot read: {getattr(exc, 'strerror', None) or 'not UTF-8'}"))
            continue
        page, found = _parse(item.path, text)
        problems += found
        if page is not None and slug:
            jobs.append(RenderJob(f"{slug}/", "page.html", {"page": page}))
    return jobs, problems

