"""Sample sites of many small articles, made in a test's temporary folder (the
hardening tests build, kill and rebuild them)."""

from __future__ import annotations

from pathlib import Path

from conftest import make_site

TAGS = ["Economy", "Politics", "Science", "Sport", "Culture", "World", "Technology", "Health"]


def article_text(i: int, edition: int = 0) -> str:
    tags = ", ".join(TAGS[(i + k) % len(TAGS)] for k in range(2))
    day = f"{2020 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    return (f"---\ntitle: Story number {i} (edition {edition})\ndate: {day}\n"
            f"source: Wire {i % 7}\ntags: [{tags}]\n---\n\nParagraph one of story {i}, edition {edition}.\n\n"
            f"Paragraph two says more about item {i}.\n")


def many_articles(tmp_path: Path, count: int, edition: int = 0) -> Path:
    """A copy of the seed site with `count` more articles."""
    site = make_site(tmp_path)
    write_articles(site, count, edition)
    return site


def write_articles(site: Path, count: int, edition: int) -> None:
    folder = site / "content" / "many"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"story-{i:05d}.md").write_text(article_text(i, edition), encoding="utf-8")
