"""The core build on the sample site tests/sites/basic: assertions on the parsed output."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urljoin

import lxml.html
import pytest

from conftest import build, make_site, snapshot

NOW = "1767225600"  # 2026-01-01T00:00:00Z: fixes "now" so the future article stays in the future


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("basic")
    site = make_site(tmp, "basic")
    out = tmp / "out"
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", NOW)
    try:
        run = build(site, out)
    finally:
        mp.undo()
    assert run.status == 0, run.err
    return site, out, run


def page(out: Path, path: str):
    file = out / path / "index.html" if not path.endswith(".html") else out / path
    assert file.is_file(), f"missing page {path}"
    return lxml.html.fromstring(file.read_bytes())


def text(node) -> str:
    return " ".join(node.text_content().split())


def resolve(out: Path, page_path: str, href: str) -> Path:
    """The file a relative link on a page points at."""
    url = urljoin("http://x/" + page_path, href)
    path = unquote(url[len("http://x/"):]).split("#")[0]
    target = out / path
    return target / "index.html" if path.endswith("/") or path == "" else target


def test_summary_line_counts_and_held_back(built):
    _, _, run = built
    assert run.out.strip().splitlines()[-1].startswith("Built 5 articles, ")
    assert "held back 2: 1 draft (--drafts), 1 dated in the future (--future)" in run.out


def test_article_page_has_every_part(built):
    _, out, _ = built
    doc = page(out, "2025/03/harbour-reopens/")
    assert text(doc.cssselect("h1")[0]) == "Harbour reopens after storm"
    assert text(doc.cssselect(".standfirst")[0]) == "Ferries run again after three days."
    assert text(doc.cssselect(".byline")[0]) == "By Ann Lee, Bo Park and Cy Diaz"
    assert text(doc.cssselect(".dateline")[0]) == "PORTSMOUTH"
    times = doc.cssselect("time")
    assert times[0].get("datetime") == "2025-03-04T09:30:00+00:00"  # Europe/London, winter
    assert times[1].get("datetime") == "2025-03-05T08:00:00+00:00"
    source = doc.cssselect(".source a")[0]
    assert source.get("href") == "https://courier.example.com/harbour-reopens"
    img = doc.cssselect("figure img")[0]
    assert img.get("alt") == "Boats moored in the harbour at dawn"
    assert resolve(out, "2025/03/harbour-reopens/", img.get("src")).is_file()
    assert "The harbour on Tuesday morning." in text(doc.cssselect("figcaption")[0])
    assert "Ann Lee" in text(doc.cssselect("figcaption .credit")[0])
    assert [text(h) for h in doc.cssselect(".story-body h2")] == ["What changed"]
    assert [text(a) for a in doc.cssselect(".tag-list a")] == ["Shipping", "Weather", "인공지능"]


def test_every_internal_link_on_an_article_resolves(built):
    _, out, _ = built
    doc = page(out, "2025/03/harbour-reopens/")
    hrefs = [a.get("href") for a in doc.iter("a")] + [link.get("href") for link in doc.iter("link")]
    internal = [h for h in hrefs if h and not h.startswith(("http:", "https:", "#"))]
    assert internal
    for href in internal:
        assert resolve(out, "2025/03/harbour-reopens/", href).is_file(), href


def test_rewrites_link_both_ways_and_neighbours(built):
    _, out, _ = built
    original = page(out, "2025/03/harbour-reopens/")
    rewrite = page(out, "2025/03/harbour-rewrite/")
    assert [text(a) for a in original.cssselect(".more-on-story a")][:1] == ["Ferries sail again"]
    assert [text(a) for a in rewrite.cssselect(".more-on-story a")][:1] == ["Harbour reopens after storm"]
    here = "2025/03/harbour-reopens/"
    newer = original.cssselect(".story-nav a[rel=next]")[0]
    older = original.cssselect(".story-nav a[rel=prev]")[0]
    assert resolve(out, here, newer.get("href")) == out / "2025/03/harbour-rewrite/index.html"
    assert resolve(out, here, older.get("href")) == out / "2025/02/escaping/index.html"
    assert "Ferries sail again" in text(newer) and "Tags <script>" in text(older)


def test_frontmatter_text_is_escaped_everywhere(built):
    _, out, _ = built
    doc = page(out, "2025/02/escaping/")
    assert text(doc.cssselect("h1")[0]) == 'Tags <script>alert(1)</script> & "quotes"'
    assert doc.findtext(".//title").startswith('Tags <script>alert(1)</script> & "quotes"')
    assert not doc.cssselect("body script"), "a frontmatter value became markup"
    assert text(doc.cssselect(".standfirst")[0]) == "Summary with <b>markup</b> & ampersands"
    assert doc.cssselect('meta[name="description"]')[0].get("content") == "Summary with <b>markup</b> & ampersands"
    assert text(doc.cssselect(".story-body strong")[0]) == "bold"  # the body is Markdown
    front = page(out, "")
    assert 'Tags <script>alert(1)</script> & "quotes"' in [text(a) for a in front.cssselect(".card-title a")]


def test_tags_fold_case_and_spacing_and_take_the_common_spelling(built):
    _, out, _ = built
    index = page(out, "tags/")
    entries = {text(li.cssselect("a")[0]): text(li.cssselect(".count")[0]) for li in index.cssselect(".term-list li")}
    assert entries == {"Shipping": "3 articles", "Weather": "3 articles", "인공지능": "1 article"}
    shipping = page(out, "tags/shipping/")
    # Three articles at two a page: all on the tag's first page (numbered pages hold exactly two).
    assert [text(a) for a in shipping.cssselect(".card-title a")] == [
        "Ferries sail again", "Harbour reopens after storm", 'Tags <script>alert(1)</script> & "quotes"']
    assert not (out / "tags/shipping/page").exists()


def test_unicode_tag_slug_is_readable_and_links_are_percent_encoded(built):
    _, out, _ = built
    assert (out / "tags" / "인공지능" / "index.html").is_file()
    doc = page(out, "2025/03/harbour-reopens/")
    link = [a.get("href") for a in doc.cssselect(".tag-list a") if text(a) == "인공지능"][0]
    assert link == "../../../tags/%EC%9D%B8%EA%B3%B5%EC%A7%80%EB%8A%A5/"
    assert resolve(out, "2025/03/harbour-reopens/", link).is_file()


def test_front_page_is_newest_first_and_paginated_from_the_oldest(built):
    """Five articles at two a page: page 1 holds the oldest two, and keeps them as
    articles are added; the front page the three newest (README, "Pagination")."""
    _, out, _ = built
    front, oldest = page(out, ""), page(out, "page/1/")
    assert [text(a) for a in front.cssselect(".card-title a")] == [
        "Ferries sail again", "Harbour reopens after storm", 'Tags <script>alert(1)</script> & "quotes"']
    assert [text(a) for a in oldest.cssselect(".card-title a")] == ["Missing photo story", "Old news from last year"]
    assert sorted(p.name for p in (out / "page").iterdir()) == ["1"]
    nav = front.cssselect(".pagination")[0]
    assert not nav.cssselect("a[rel=prev]") and nav.cssselect("a[rel=next]")[0].get("href") == "page/1/"
    nav = oldest.cssselect(".pagination")[0]
    assert nav.cssselect("a[rel=prev]")[0].get("href") == "../../"
    assert not nav.cssselect("a[rel=next]") and text(nav.cssselect(".page-count")[0]) == "Page 1"


def test_sources_and_archive(built):
    _, out, _ = built
    sources = page(out, "sources/")
    assert [text(a) for a in sources.cssselect(".term-list a")] == [
        "coast courier weekly", "Fish & Chips <Daily>", "The Coast Courier"]
    courier = page(out, "sources/the-coast-courier/")
    assert len(courier.cssselect(".card-title a")) == 3  # all on its first page: under two pages' worth
    archive = page(out, "archive/")
    assert [text(h) for h in archive.cssselect("h2 a")] == ["2025", "2024"]
    # A grid of each year's twelve months, in calendar order, linking the months that have articles.
    assert [text(a) for a in archive.cssselect(".month-grid a .month-name")] == [
        "January", "February", "March", "December"]
    assert [a.get("href") for a in archive.cssselect(".month-grid a")] == [
        "../archive/2025/01/", "../archive/2025/02/", "../archive/2025/03/", "../archive/2024/12/"]
    assert len(archive.cssselect(".month-grid li")) == 24
    march = page(out, "archive/2025/03/")
    assert [text(a) for a in march.cssselect(".card-title a")] == ["Ferries sail again", "Harbour reopens after storm"]
    year = page(out, "archive/2024/")
    assert [text(a) for a in year.cssselect(".headline-list a")] == ["Old news from last year"]


def test_a_year_page_shows_each_months_newest_ten_and_links_to_the_rest(tmp_path):
    site = make_site(tmp_path, "basic")
    for day in range(1, 14):  # thirteen stories in May 2025, one a day
        (site / "content" / "2025" / f"may-{day:02d}.md").write_text(
            f"---\ntitle: May story {day}\ndate: 2025-05-{day:02d}\nsource: The Coast Courier\n---\n\nText {day}.\n",
            encoding="utf-8")
    out = tmp_path / "out"
    assert build(site, out).status == 0
    year = page(out, "archive/2025/")
    may = [m for m in year.cssselect(".archive-month") if "May 2025" in text(m.cssselect("h2")[0])][0]
    assert text(may.cssselect("h2 .count")[0]) == "13 articles"
    assert [text(a) for a in may.cssselect(".headline-list a")] == [f"May story {d}" for d in range(13, 3, -1)]
    more = may.cssselect(".more-link a")[0]
    assert text(more) == "All 13 articles of May 2025 →"
    month_page = resolve(out, "archive/2025/", more.get("href"))
    assert month_page == out / "archive/2025/05/index.html"
    listed, at, visited = [], "archive/2025/05/", 0
    while at and visited < 20:  # the month's own pages, newest to oldest, list every story
        doc = page(out, at)
        listed += [text(a) for a in doc.cssselect(".card-title a")]
        older = doc.cssselect(".pagination a[rel=next]")
        at = str(resolve(out, at, older[0].get("href")).parent.relative_to(out)) + "/" if older else ""
        visited += 1
    assert listed == [f"May story {d}" for d in range(13, 0, -1)]
    # A month that fits is listed whole, with no link to the rest.
    march = [m for m in year.cssselect(".archive-month") if "March 2025" in text(m.cssselect("h2")[0])][0]
    assert len(march.cssselect(".headline-list a")) == 2 and not march.cssselect(".more-link")


def test_drafts_and_future_articles_are_left_out(built):
    _, out, _ = built
    assert not (out / "2025" / "03" / "draft-story").exists()
    assert not (out / "2099").exists()
    assert "Unfinished draft" not in (out / "archive" / "2025" / "index.html").read_text()


def test_drafts_and_future_are_built_when_asked(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = make_site(tmp_path, "basic")
    run = build(site, tmp_path / "out", "--drafts", "--future")
    assert run.status == 0, run.err
    assert (tmp_path / "out" / "2025" / "03" / "draft-story" / "index.html").is_file()
    assert (tmp_path / "out" / "2099" / "01" / "from-the-future" / "index.html").is_file()
    assert "held back" not in run.out


def test_missing_photo_is_a_warning_and_no_broken_image(built):
    _, out, run = built
    assert ("content/2025/missing-photo.md:5: warning: image 'not-there.jpg' is not in static/images/; "
            "the article is shown without its photo") in run.err_lines
    doc = page(out, "2025/01/missing-photo/")
    assert not doc.cssselect("img") and not doc.cssselect("figure")


def test_static_files_are_copied_as_is(built):
    site, out, _ = built
    for src in (site / "static").rglob("*"):
        if src.is_file():
            assert (out / src.relative_to(site / "static")).read_bytes() == src.read_bytes()


def test_not_found_page_links_from_the_base_path(built):
    _, out, _ = built
    doc = page(out, "404.html")
    stylesheets = doc.cssselect("link[rel=stylesheet]")
    hrefs = {a.get("href") for a in doc.iter("a")} | {link.get("href") for link in stylesheets}
    assert "/news/" in hrefs and "/news/css/style.css" in hrefs
    assert all(h.startswith(("/news/", "#")) for h in hrefs), hrefs


def test_base_url_from_the_command_line_wins(tmp_path):
    site = make_site(tmp_path, "basic")
    run = build(site, tmp_path / "out", "--base-url", "https://user.github.io/repo")
    assert run.status == 0, run.err
    doc = page(tmp_path / "out", "2025/03/harbour-rewrite/")
    assert doc.cssselect("link[rel=canonical]")[0].get("href") == "https://user.github.io/repo/2025/03/harbour-rewrite/"
    assert "/repo/" in {a.get("href") for a in page(tmp_path / "out", "404.html").iter("a")}


def test_rebuild_keeps_unchanged_files_untouched(tmp_path):
    site = make_site(tmp_path, "basic")
    out = tmp_path / "out"
    assert build(site, out).status == 0
    before = snapshot(out)
    assert build(site, out).status == 0
    assert snapshot(out) == before


def test_only_files_inside_the_output_folder_are_written(tmp_path):
    site = make_site(tmp_path, "basic")
    evil = site / "content" / "2025" / "evil.md"
    evil.write_text("---\ntitle: Evil\ndate: 2025-03-02\nsource: ../../../escape\n"
                    "tags: ['../../x', '/etc/passwd', 'a/b\\\\c']\n---\nText.\n", encoding="utf-8")
    out = tmp_path / "out"
    cache = site / ".gazette-cache"  # the build cache, and the output's lock and manifest beside it, are the
    beside = {tmp_path / ".out.lock", tmp_path / ".out.manifest"}  # other things a build writes

    def outside():
        return {p for p in tmp_path.rglob("*") if p != out and out not in p.parents
                and p != cache and cache not in p.parents and p not in beside}

    before = outside()
    run = build(site, out)
    assert run.status == 0, run.err
    assert outside() == before
    assert (out / "tags" / "x" / "index.html").is_file()
    assert (out / "sources" / "escape" / "index.html").is_file()
