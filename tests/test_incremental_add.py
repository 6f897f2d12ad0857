"""Publishing the newest article is patched into the last build (gazette/adding.py), by a
one-off `python build.py` (the kept plan) and by `serve` (its session): the pages it
changes are planned from the last build's, and the result is always the bytes a cold
build writes. What an addition cannot be patched for gets the full build."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import assert_same_site
from gazette import feeds, pipeline
from gazette.config import load_config
from gazette.problems import ProblemError
from sitegen import TAGS, many_articles
from test_incremental import NOW, age, contents
from test_incremental_patch import cold

NOW_AT = datetime.fromtimestamp(int(NOW), timezone.utc)
# per_page 3: a list's first page holds 3 to 5 articles, so every third addition
# fills it and makes a numbered page; four articles per feed; Economy's front block.
SETTINGS = 'per_page = 3\nfeed_size = 4\nfront_sections = ["Economy", "Weather"]\nsearch = false\n'


def news_site(tmp_path: Path, count: int = 40) -> Path:
    site = many_articles(tmp_path, count)
    toml = site / "site.toml"
    kept = [line for line in toml.read_text(encoding="utf-8").splitlines()
            if not line.startswith(("per_page", "feed_size", "front_sections", "search"))]
    toml.write_text("\n".join(kept) + "\n" + SETTINGS, encoding="utf-8")
    age(site)
    return site


def publish(site: Path, n: int, tags: list[str], *, hours_ago: float, source: str = "Wire 1",
            extra: str = "", name: str | None = None) -> Path:
    """A new article, dated `hours_ago` before the tests' now."""
    when = (NOW_AT - timedelta(hours=hours_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")
    path = site / "content" / "latest" / f"{name or f'latest-{n}'}.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text(f"---\ntitle: Latest story {n}\ndate: {when}\nsource: {source}\ntags: [{', '.join(tags)}]\n"
                    f"{extra}---\n\nStory {n} reports on item {n} and more about the economy today.\n\n"
                    f"Paragraph two of latest story {n}.\n", encoding="utf-8")
    return path


def one_off(site: Path, out: Path) -> pipeline.BuildResult:
    return pipeline.build(load_config(site), out)


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    return news_site(tmp_path)


def test_publishing_the_newest_articles_one_by_one_is_patched(site, tmp_path):
    """Seven additions in a row (the first opens a month; some fill the first pages and
    make numbered pages): each renders a few pages, not the site."""
    out = tmp_path / "out"
    first = one_off(site, out)
    for n in range(7):
        publish(site, n, [TAGS[1 + n % 3], "Economy"] if n % 2 else [TAGS[n % 3]], hours_ago=30 - n)
        result = one_off(site, out)
        assert result.patched, n
        assert result.parsed == 1 and 0 < result.rendered < first.rendered / 4
        assert contents(out) == cold(site, tmp_path), n
    again = one_off(site, out)  # nothing changed (the file just added is looked at by its bytes)
    assert again.parsed == 0 and again.rendered == 0 and again.written == 0


def test_an_addition_after_a_fresh_checkout_and_then_an_edit(site, tmp_path):
    out = tmp_path / "out"
    publish(site, 0, ["Economy"], hours_ago=30)
    one_off(site, out)
    publish(site, 1, ["Science"], hours_ago=25)
    assert one_off(site, out).patched
    latest = site / "content" / "latest" / "latest-1.md"
    latest.write_text(latest.read_text(encoding="utf-8").replace("Paragraph two", "A second paragraph"),
                      encoding="utf-8")
    assert one_off(site, out).patched  # an edit of the article just added: the plan has it
    assert contents(out) == cold(site, tmp_path)


@pytest.mark.parametrize("case", ["older", "draft", "rewrite", "future", "respelt tag", "same address",
                                  "new tag with a front-page block", "two new tags at one address"])
def test_what_an_addition_cannot_be_patched_for_gets_a_full_build(site, tmp_path, case):
    """(The tests' now is 2026-01-01 00:00 UTC, 09:00 in the site's zone, Asia/Seoul.)"""
    out = tmp_path / "out"
    publish(site, 0, ["Economy"], hours_ago=30)
    one_off(site, out)
    options = {
        "older": dict(hours_ago=35),
        "draft": dict(extra="draft: true\n"),
        "rewrite": dict(extra="rewrite_of: latest-0\n"),
        "future": dict(hours_ago=-5),
        "new tag with a front-page block": dict(tags=["Weather"]),  # (SETTINGS: front_sections)
        "respelt tag": dict(tags=["economy"]),
        "same address": dict(extra="slug: latest-0\n"),
        "two new tags at one address": dict(tags=["Red Sox", "Red-Sox"]),
    }[case]
    publish(site, 1, **{"tags": ["Science"], "hours_ago": 25, **options})
    if case in ("same address", "two new tags at one address"):  # the full build reports it, and
        before = contents(out)  # leaves the site as it was
        with pytest.raises(ProblemError, match="same address|would share the page"):
            one_off(site, out)
        assert contents(out) == before
        return
    result = one_off(site, out)
    assert not result.patched
    assert contents(out) == cold(site, tmp_path)


@pytest.mark.parametrize("search", [False, True])
def test_serve_patches_an_addition_into_its_session(site, tmp_path, search):
    if search:
        toml = site / "site.toml"
        toml.write_text(toml.read_text(encoding="utf-8").replace("search = false", "search = true"), encoding="utf-8")
    builder = pipeline.Builder(site, tmp_path / "out", {})
    builder.load()
    publish(site, 0, ["Economy"], hours_ago=30)
    builder.build(None)
    builder.settle()

    def same_as_cold() -> None:
        cold_out = tmp_path / "cold"
        shutil.rmtree(cold_out, ignore_errors=True)
        pipeline.build(load_config(site), cold_out, use_cache=False)
        assert_same_site(tmp_path / "out", cold_out)  # (the search index: the same pages found)

    for n in range(1, 4):
        path = publish(site, n, [TAGS[n], "A New Topic"] if n == 2 else [TAGS[n]], hours_ago=30 - n)
        result = builder.build({path})
        assert result.patched, n
        builder.settle()  # (the search index follows when the builder settles)
        same_as_cold()
    edited = site / "content" / "latest" / "latest-2.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("more about", "much more about"), encoding="utf-8")
    assert builder.build({edited}).patched
    builder.settle()
    same_as_cold()
    builder.finish()
    again = one_off(site, tmp_path / "out")
    assert again.parsed == 0 and again.rendered == 0 and again.written == 0


def test_the_first_article_of_a_month_and_of_a_year_is_patched_in(site, tmp_path):
    """The tests' now is 2026-01-01 09:00 in the site's zone (Asia/Seoul): articles of the
    last days of December, then the year's first (a new month and a new year), then more."""
    out = tmp_path / "out"
    publish(site, 0, ["Economy"], hours_ago=60)
    one_off(site, out)
    for n, hours in enumerate((40, 30, 8, 7, 6, 5, 4), 1):  # (Seoul: 29, 30 Dec, then 1 Jan)
        publish(site, n, [TAGS[n % 4]], hours_ago=hours)
        assert one_off(site, out).patched, hours
        assert contents(out) == cold(site, tmp_path), hours
    assert (out / "archive" / "2026" / "01" / "index.html").is_file()


def test_new_tags_and_sources_are_patched_in(site, tmp_path):
    """A story bringing a tag and a source the site does not have (sorted first, last and
    between the others in their indexes), then another with them."""
    out = tmp_path / "out"
    publish(site, 0, ["Economy"], hours_ago=30)
    one_off(site, out)
    cases = [(["Aardvark Affairs", "Economy"], "A1 Wire"), (["Zebra Crossings"], "Zulu Times"),
             (["Middle Matters", "Aardvark Affairs"], "Wire 1"), (["인공지능", "Science"], "Mid Wire"),
             (["Ba New", "Bb New"], "Wire 2"), (["Cd New", "Cc New"], "Wire 2")]  # (new ones side by side)
    for n, (tags, source) in enumerate(cases, 1):
        publish(site, n, tags, hours_ago=30 - n, source=source)
        assert one_off(site, out).patched, tags
        assert contents(out) == cold(site, tmp_path), tags


def sitemap_files(out: Path) -> set[str]:
    return {p for p in contents(out) if p.startswith("sitemap-")}


@pytest.mark.parametrize("limit", [50_000, 5])
def test_a_sitemap_split_by_kind_takes_additions_and_leaves_older_years_alone(site, tmp_path, monkeypatch, limit):
    """Past SITEMAP_SPLIT pages (here 20) the sitemap is an index of parts by kind: an
    addition rewrites its year's part, the lists' parts and the index, never an older
    year's; the first article of a year opens its part. With 5 pages a part (sitemaps.org's
    50,000 scaled down) a part that fills continues in a new file.
    (The tests' now is 2026-01-01 09:00 in the site's zone.)"""
    monkeypatch.setattr(feeds, "SITEMAP_SPLIT", 20)
    monkeypatch.setattr(feeds, "SITEMAP_LIMIT", limit)
    out = tmp_path / "out"
    publish(site, 0, ["Economy"], hours_ago=30)
    one_off(site, out)
    before = sitemap_files(out)
    older = {p for p in before if p.startswith("sitemap-articles-") and "2025" not in p}
    assert older and "sitemap-lists.xml" in before and "sitemap-older-pages.xml" in before
    for n, hours_ago in enumerate([29, 28, 27, 26, 25, 8, 7, 6, 5], 1):
        publish(site, n, [TAGS[n % 4]], hours_ago=hours_ago)
        result = one_off(site, out)
        assert result.patched, n
        assert not older & set(result.changed_files), n
        assert contents(out) == cold(site, tmp_path), n
    after = sitemap_files(out)
    assert "sitemap-articles-2026.xml" in after and before < after
    assert (limit < 50_000) == any("-2.xml" in p for p in after - before)


@pytest.mark.parametrize("tag", ["Fresh tag", "Zulu tag"])
def test_a_lists_first_numbered_page_takes_its_place_in_a_split_sitemap(site, tmp_path, monkeypatch, tag):
    """A new tag's first numbered page comes after its first page in the plan, but goes in
    another part of a split sitemap: before the numbered pages of the lists after it."""
    monkeypatch.setattr(feeds, "SITEMAP_SPLIT", 20)
    out = tmp_path / "out"
    one_off(site, out)
    for n in range(7):  # per_page 3: the sixth article of a list makes its first numbered page
        publish(site, n, [tag], hours_ago=30 - n)
        assert one_off(site, out).patched, n
        assert contents(out) == cold(site, tmp_path), n
    assert f"tags/{tag.lower().replace(' ', '-')}/page/1/index.html" in contents(out)


EXTRAS = {  # what else a new article may have
    "": "",
    "photo": "image: https://photos.example.org/latest.jpg\nimage_caption: A caption\n",
    "copy": "source_url: https://wire.example.org/original-story\n",  # a copy: its canonical page is elsewhere
    "updated": "updated: 2026-01-01T08:00:00+09:00\n",
    "summary": "summary: What the story is about, in a line.\n",
}
adds = st.lists(st.tuples(st.lists(st.sampled_from([*TAGS[:4], "New Topic", "Another New"]), min_size=1, max_size=2,
                                   unique=True),
                          st.sampled_from(["Wire 1", "Wire 2", "A New Wire"]), st.integers(1, 5),
                          st.sampled_from(sorted(EXTRAS))),
                min_size=1, max_size=6)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(additions=adds, search=st.booleans())
def test_any_sequence_of_additions_leaves_what_a_cold_build_writes(tmp_path_factory, additions, search):
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SOURCE_DATE_EPOCH", NOW)
        tmp_path = tmp_path_factory.mktemp("add")
        site = news_site(tmp_path, 12)
        if search:
            toml = site / "site.toml"
            toml.write_text(toml.read_text(encoding="utf-8").replace("search = false", "search = true"),
                            encoding="utf-8")
        out = tmp_path / "out"
        publish(site, 0, ["Economy"], hours_ago=40)
        one_off(site, out)
        hours = 40.0
        for n, (tags, source, step, extra) in enumerate(additions, 1):
            hours -= step
            publish(site, n, tags, hours_ago=hours, source=source, extra=EXTRAS[extra])
            assert one_off(site, out).patched
            cold_out = tmp_path / "cold"
            shutil.rmtree(cold_out, ignore_errors=True)
            pipeline.build(load_config(site), cold_out, use_cache=False)
            assert_same_site(out, cold_out)  # (the search index: the same pages found, search.py)
        shutil.rmtree(out)
