"""Publishing on a sample site built with a fixed "now": feeds (Atom, RSS, JSON Feed, per tag
and source), sitemap.xml against the sitemaps.org XSD, the Google News sitemap, robots.txt,
and each page's metadata (canonical, Open Graph, Twitter, JSON-LD). Every assertion is on
the files the build wrote, parsed with feedparser, lxml or json."""

from __future__ import annotations

import json
import os
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

import feedparser
import lxml.etree
import lxml.html
import pytest

from checkers import news_sitemap_xsd, sitemap_xsd, vnu_errors
from conftest import build, make_site

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)  # the build's "now" (SOURCE_DATE_EPOCH)
BASE = "https://example.org/news/"  # base_url of tests/sites/basic

# Articles added to tests/sites/basic for these tests, around NOW.
EXTRA_ARTICLES = {
    "content/2025/relative-links.md": """---
title: Links in the copy
date: 2025-03-10 08:00
source: The Coast Courier
author: Ann Lee
tags: [Shipping]
---

See [the harbour story](../harbour-reopens/), [the weather tag](../../../tags/weather/) and [the notes](#notes).

![Boats in the harbour](../../../images/harbour.png)

<p><img src="../../../images/harbour.png" \
srcset="../../../images/harbour.png 1x, ../../../images/harbour.png 2x" alt="Boats again"></p>

An [outside link](https://courier.example.com/notice?a=1&b=2) stays as it is.

<h2 id="notes">Notes</h2>

The end.
""",
    "content/2025/late-one.md": """---
title: Late story one
date: 2025-12-31T12:00:00+00:00
source: The Coast Courier
tags: [Weather]
---

Twelve hours before the build.
""",
    "content/2025/late-two.md": """---
title: Late story two
date: 2025-12-30T01:00:00+00:00
source: Harbour Radio
---

Forty-seven hours before the build.
""",
    "content/2025/late-three.md": """---
title: Late story three
date: 2025-12-29T23:00:00+00:00
source: Harbour Radio
---

Forty-nine hours before the build: too old for the news sitemap.
""",
    "content/2025/late-copy.md": """---
title: Late copy from elsewhere
date: 2025-12-31T06:00:00+00:00
source: Harbour Radio
source_url: https://radio.example.net/late-copy
---

A copy of an article first published by Harbour Radio.
""",
    "content/2025/late-draft.md": """---
title: Late draft
date: 2025-12-31T10:00:00+00:00
source: Harbour Radio
draft: true
---

Not ready.
""",
    "content/2026/soon.md": """---
title: Six hours from now
date: 2026-01-01T06:00:00+00:00
source: Harbour Radio
---

Not yet.
""",
}

PUBLIC_TITLES = [  # newest first
    "Late story one",
    "Late copy from elsewhere",
    "Late story two",
    "Late story three",
    "Links in the copy",
    "Ferries sail again",
    "Harbour reopens after storm",
    'Tags <script>alert(1)</script> & "quotes"',
    "Missing photo story",
    "Old news from last year",
]
HELD_BACK_TITLES = {"Unfinished draft", "Late draft", "Tomorrow's story", "Six hours from now"}
COPIES = {"2025/03/harbour-reopens/", "2025/12/late-copy/"}  # articles with source_url


def make_publish_site(tmp: Path, settings: str = "") -> Path:
    """tests/sites/basic with the theme, the articles above and extra site.toml lines."""
    site = make_site(tmp, "basic")
    for rel, text in EXTRA_ARTICLES.items():
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if settings:
        with open(site / "site.toml", "a", encoding="utf-8") as f:
            f.write("\n" + settings + "\n")
    return site


def build_at(site: Path, out: Path, now: datetime, *extra: str):
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(now.timestamp()))
    try:
        run = build(site, out, *extra)
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous
    assert run.status == 0, run.err
    return run


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("publish")
    site = make_publish_site(tmp)
    out = tmp / "out"
    build_at(site, out, NOW)
    return site, out


def parse_feed(path: Path):
    assert path.is_file(), f"missing feed {path}"
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, f"{path.name}: {feed.get('bozo_exception')!r}"
    return feed


def page_url(out: Path, file: Path) -> str:
    rel = quote(file.relative_to(out).as_posix())
    return BASE + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def html_pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def doc_of(out: Path, path: str):
    file = out / path if path.endswith(".html") else out / path / "index.html"
    assert file.is_file(), f"missing page {path}"
    return lxml.html.fromstring(file.read_bytes())


def file_of(out: Path, url: str) -> Path:
    """The output file an absolute URL under BASE is served from."""
    assert url.startswith(BASE), url
    rel = unquote(urlsplit(url).path[len(urlsplit(BASE).path):])
    return out / rel / "index.html" if rel.endswith("/") or rel == "" else out / rel


def jsonld(doc) -> dict:
    scripts = doc.xpath('//script[@type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].text)


# --- feeds ---------------------------------------------------------------------------


def test_site_atom_feed_has_every_public_article_and_nothing_held_back(built):
    _, out = built
    feed = parse_feed(out / "atom.xml")
    assert feed.version == "atom10"
    assert [e.title for e in feed.entries] == PUBLIC_TITLES
    assert not HELD_BACK_TITLES & {e.title for e in feed.entries}
    assert feed.feed.title == "The Test Times"
    assert feed.feed.id.startswith("tag:")
    links = {link.rel: link.href for link in feed.feed.links}
    assert links == {"self": BASE + "atom.xml", "alternate": BASE}
    assert feed.feed.updated == "2025-12-31T12:00:00+00:00"  # the newest entry
    assert feed.feed.author == "Test Times Ltd"  # no `author` setting: the publisher
    ids = [e.id for e in feed.entries]
    assert len(set(ids)) == len(ids) and all(i.startswith("tag:") for i in ids)


def test_atom_entry_carries_dates_authors_categories_and_links(built):
    _, out = built
    entries = {e.title: e for e in parse_feed(out / "atom.xml").entries}
    harbour = entries["Harbour reopens after storm"]
    assert harbour.link == BASE + "2025/03/harbour-reopens/"
    assert harbour.published == "2025-03-04T09:30:00+00:00"
    assert harbour.updated == "2025-03-05T08:00:00+00:00"
    assert [a.name for a in harbour.authors] == ["Ann Lee", "Bo Park", "Cy Diaz"]
    assert [t.term for t in harbour.tags] == ["Shipping", "Weather", "인공지능"]
    assert {link.rel: link.href for link in harbour.links}["via"] == "https://courier.example.com/harbour-reopens"
    assert harbour.summary == "Ferries run again after three days."
    assert "The port authority <em>lifted</em> the ban." in harbour.content[0].value
    # The lead photo travels with the full content, at its absolute address.
    photo = lxml.html.fragment_fromstring(harbour.content[0].value, create_parent="div").xpath("//img")[0]
    assert photo.get("src") == BASE + "images/harbour.png" and file_of(out, photo.get("src")).is_file()
    rewrite = entries["Ferries sail again"]
    assert {link.rel: link.href for link in rewrite.links}["related"] == BASE + "2025/03/harbour-reopens/"
    assert rewrite.updated == rewrite.published == "2025-03-06T00:00:00+00:00"
    # Text that looks like markup is text in the feed, as on the page.
    escaped = entries['Tags <script>alert(1)</script> & "quotes"']
    assert escaped.title_detail.type == "text/plain"
    assert escaped.summary == "Summary with <b>markup</b> & ampersands"


def test_relative_links_in_content_become_absolute_in_every_feed(built):
    _, out = built
    article_url = BASE + "2025/03/relative-links/"
    expected_links = {BASE + "2025/03/harbour-reopens/", BASE + "tags/weather/", article_url + "#notes",
                      "https://courier.example.com/notice?a=1&b=2"}
    image = BASE + "images/harbour.png"
    # The HTML as written (feedparser's sanitizer would drop srcset).
    A = "{http://www.w3.org/2005/Atom}"
    atom = {e.findtext(A + "title"): e.findtext(A + "content")
            for e in lxml.etree.parse(str(out / "atom.xml")).iter(A + "entry")}
    rss = {e.findtext("title"): e.findtext("{http://purl.org/rss/1.0/modules/content/}encoded")
           for e in lxml.etree.parse(str(out / "rss.xml")).iter("item")}
    items = {i["title"]: i["content_html"] for i in json.loads((out / "feed.json").read_text())["items"]}
    parsed = {e.title: e.content[0].value for e in parse_feed(out / "atom.xml").entries}
    assert atom["Links in the copy"] == items["Links in the copy"] == rss["Links in the copy"]
    assert set(lxml.html.fragment_fromstring(parsed["Links in the copy"], create_parent="div")
               .xpath("//a/@href")) == expected_links
    for name, html in (("atom", atom), ("rss", rss), ("json", items)):
        frag = lxml.html.fragment_fromstring(html["Links in the copy"], create_parent="div")
        assert set(frag.xpath("//a/@href")) == expected_links, name
        assert set(frag.xpath("//img/@src")) == {image}, name
        srcset = frag.xpath("//img/@srcset")
        assert srcset == [f"{image} 1x, {image} 2x"], name
        for url in expected_links | {image}:
            if url.startswith(BASE):
                assert file_of(out, url.split("#")[0]).is_file(), url


def test_rss_feed_matches_the_atom_feed(built):
    _, out = built
    rss = parse_feed(out / "rss.xml")
    atom = parse_feed(out / "atom.xml")
    assert rss.version == "rss20"
    assert [e.title for e in rss.entries] == PUBLIC_TITLES
    assert [e.id for e in rss.entries] == [e.id for e in atom.entries]
    assert all(e.guidislink is False for e in rss.entries)
    assert [e.link for e in rss.entries] == [e.link for e in atom.entries]
    assert [e.published_parsed for e in rss.entries] == [e.published_parsed for e in atom.entries]
    harbour = next(e for e in rss.entries if e.title == "Harbour reopens after storm")
    assert [t.term for t in harbour.tags] == ["Shipping", "Weather", "인공지능"]
    creators = [e.findall("{http://purl.org/dc/elements/1.1/}creator") for e in
                lxml.etree.parse(str(out / "rss.xml")).iter("item") if e.findtext("title") == harbour.title][0]
    assert [c.text for c in creators] == ["Ann Lee", "Bo Park", "Cy Diaz"]
    assert "<em>lifted</em>" in harbour.content[0].value
    assert rss.feed.link == BASE
    assert {link.rel: link.href for link in rss.feed.links}.get("self") == BASE + "rss.xml"


RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def check_json_feed_1_1(data: dict, location: str) -> list[str]:
    """The JSON Feed 1.1 spec's rules (https://jsonfeed.org/version/1.1), as a list of breaches."""
    bad = []
    if data.get("version") != "https://jsonfeed.org/version/1.1":
        bad.append("version must be https://jsonfeed.org/version/1.1")
    if not isinstance(data.get("title"), str) or not data["title"]:
        bad.append("title is required")
    if not isinstance(data.get("items"), list):
        bad.append("items is required and is an array")
    for key in ("home_page_url", "feed_url", "description", "language", "icon", "favicon"):
        if key in data and not isinstance(data[key], str):
            bad.append(f"{key} must be a string")
    if data.get("feed_url") != location:
        bad.append("feed_url must be the feed's own URL")
    for author in data.get("authors", []):
        if not isinstance(author, dict) or not any(isinstance(author.get(k), str) for k in ("name", "url", "avatar")):
            bad.append("an author is an object with name, url or avatar")
    ids = set()
    for n, item in enumerate(data.get("items", [])):
        if not isinstance(item.get("id"), str) or not item["id"]:
            bad.append(f"item {n}: id is required and is a string")
        elif item["id"] in ids:
            bad.append(f"item {n}: id {item['id']} is not unique")
        ids.add(item.get("id"))
        if not any(isinstance(item.get(k), str) for k in ("content_html", "content_text")):
            bad.append(f"item {n}: content_html or content_text is required")
        for key in ("url", "external_url", "title", "summary", "image", "banner_image", "language"):
            if key in item and not isinstance(item[key], str):
                bad.append(f"item {n}: {key} must be a string")
        for key in ("date_published", "date_modified"):
            if key in item and not RFC3339.match(item[key]):
                bad.append(f"item {n}: {key} must be RFC 3339")
        if "tags" in item and not all(isinstance(t, str) for t in item["tags"]):
            bad.append(f"item {n}: tags must be strings")
        for author in item.get("authors", []):
            if not isinstance(author, dict) or not isinstance(author.get("name"), str):
                bad.append(f"item {n}: authors must be objects with a name")
    return bad


def test_json_feed_follows_the_1_1_spec_and_matches_atom(built):
    _, out = built
    data = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    assert check_json_feed_1_1(data, BASE + "feed.json") == []
    assert data["home_page_url"] == BASE
    atom = parse_feed(out / "atom.xml")
    assert [i["title"] for i in data["items"]] == PUBLIC_TITLES
    assert [i["id"] for i in data["items"]] == [e.id for e in atom.entries]
    assert [i["url"] for i in data["items"]] == [e.link for e in atom.entries]
    items = {i["title"]: i for i in data["items"]}
    harbour = items["Harbour reopens after storm"]
    assert harbour["external_url"] == "https://courier.example.com/harbour-reopens"
    assert harbour["image"] == BASE + "images/harbour.png"
    assert harbour["date_published"] == "2025-03-04T09:30:00+00:00"
    assert harbour["date_modified"] == "2025-03-05T08:00:00+00:00"
    assert [a["name"] for a in harbour["authors"]] == ["Ann Lee", "Bo Park", "Cy Diaz"]
    assert harbour["tags"] == ["Shipping", "Weather", "인공지능"]


def test_every_tag_and_source_has_an_atom_feed_of_its_articles(built):
    _, out = built
    atom = parse_feed(out / "atom.xml")
    site_entries = {e.id: e for e in atom.entries}
    for kind in ("tags", "sources"):
        pages = sorted(p for p in (out / kind).iterdir() if (p / "index.html").is_file())
        assert pages, kind
        for folder in pages:
            doc = doc_of(out, f"{kind}/{folder.name}/")
            link = doc.xpath('//link[@rel="alternate"][contains(@title, ": ")]')
            assert len(link) == 1 and link[0].get("type") == "application/atom+xml"
            href = link[0].get("href")
            feed_file = (folder / unquote(href)).resolve()
            assert feed_file == (folder / "atom.xml").resolve()
            feed = parse_feed(feed_file)
            name = doc.xpath("//h1")[0].text_content().strip()
            assert feed.feed.title == f"The Test Times: {name}"
            assert {link.rel: link.href for link in feed.feed.links}["self"] == page_url(out, feed_file)
            assert feed.entries, folder
            for entry in feed.entries:
                assert entry.id in site_entries and entry.title == site_entries[entry.id].title
                if kind == "tags":
                    assert name in [t.term for t in entry.tags]
    weather = parse_feed(out / "tags/weather/atom.xml")
    assert [e.title for e in weather.entries] == [
        "Late story one", "Ferries sail again", "Harbour reopens after storm", "Old news from last year"]
    radio = parse_feed(out / "sources/harbour-radio/atom.xml")
    assert [e.title for e in radio.entries] == ["Late copy from elsewhere", "Late story two", "Late story three"]
    korean = parse_feed(out / "tags/인공지능/atom.xml")
    assert korean.feed.links[0].href == BASE + "tags/%EC%9D%B8%EA%B3%B5%EC%A7%80%EB%8A%A5/atom.xml"


def test_every_page_links_the_site_feeds_with_their_media_types(built):
    _, out = built
    for file in html_pages(out):
        doc = lxml.html.fromstring(file.read_bytes())
        found = {}
        for link in doc.xpath('//head/link[@rel="alternate"]'):
            found.setdefault(link.get("type"), []).append(link.get("href"))
        assert set(found) == {"application/atom+xml", "application/rss+xml", "application/feed+json"}, file
        rel = file.relative_to(out).as_posix()
        for href in found["application/rss+xml"] + found["application/feed+json"] + found["application/atom+xml"]:
            target = urljoin("http://h/news/" + rel, href)  # the 404 page links from /news/
            assert target.startswith("http://h/news/"), (rel, href)
            assert (out / unquote(target[len("http://h/news/"):])).is_file(), (rel, href)


def test_feed_ids_survive_a_move_to_another_address(built, tmp_path):
    site, out = built
    moved = tmp_path / "moved"
    build_at(site, moved, NOW, "--base-url", "https://news.example.com/")
    for name in ("atom.xml", "rss.xml", "tags/weather/atom.xml"):
        before, after = parse_feed(out / name), parse_feed(moved / name)
        assert before.feed.get("id") == after.feed.get("id")
        assert [e.id for e in before.entries] == [e.id for e in after.entries]
        assert [e.link for e in before.entries] != [e.link for e in after.entries]
        assert all(e.link.startswith("https://news.example.com/") for e in after.entries)
    ids = [i["id"] for i in json.loads((moved / "feed.json").read_text())["items"]]
    assert ids == [e.id for e in parse_feed(out / "atom.xml").entries]
    assert not any("example" in i for i in ids)  # nothing of the site's address is in an id


def test_summary_only_feeds_and_feed_size(tmp_path):
    site = make_publish_site(tmp_path, "feed_full_content = false\nfeed_size = 3")
    out = tmp_path / "out"
    build_at(site, out, NOW)
    atom = parse_feed(out / "atom.xml")
    assert [e.title for e in atom.entries] == PUBLIC_TITLES[:3]
    assert all("content" not in e and e.summary for e in atom.entries)
    rss = parse_feed(out / "rss.xml")
    assert [e.title for e in rss.entries] == PUBLIC_TITLES[:3]
    assert all("content" not in e and e.summary for e in rss.entries)
    data = json.loads((out / "feed.json").read_text())
    assert check_json_feed_1_1(data, BASE + "feed.json") == []
    assert all("content_html" not in i and i["content_text"] == i["summary"] for i in data["items"])
    assert len(parse_feed(out / "tags/weather/atom.xml").entries) == 3


def test_drafts_and_future_articles_stay_out_of_feeds_and_sitemaps_even_when_shown(tmp_path):
    site = make_publish_site(tmp_path)
    out = tmp_path / "out"
    build_at(site, out, NOW, "--drafts", "--future")
    assert (out / "2025/12/late-draft/index.html").is_file()  # the pages are built...
    assert (out / "2026/01/soon/index.html").is_file()
    feeds = [out / "atom.xml", out / "rss.xml", *sorted(out.glob("tags/*/atom.xml")),
             *sorted(out.glob("sources/*/atom.xml"))]
    for path in feeds:  # ...but no feed or sitemap offers them
        assert not HELD_BACK_TITLES & {e.title for e in parse_feed(path).entries}, path
    assert not HELD_BACK_TITLES & {i["title"] for i in json.loads((out / "feed.json").read_text())["items"]}
    locs = sitemap_locs(out / "sitemap.xml") | sitemap_locs(out / "news-sitemap.xml")
    for path in ("2025/12/late-draft/", "2026/01/soon/", "2025/03/draft-story/", "2099/01/from-the-future/"):
        assert BASE + path not in locs


# --- sitemaps and robots.txt ------------------------------------------------------------

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def sitemap_locs(path: Path) -> set[str]:
    return {loc.text for loc in lxml.etree.parse(str(path)).iter(SM + "loc")}


def test_sitemap_validates_against_the_sitemaps_org_schema(built):
    _, out = built
    schema = lxml.etree.XMLSchema(lxml.etree.parse(str(sitemap_xsd())))
    doc = lxml.etree.parse(str(out / "sitemap.xml"), lxml.etree.XMLParser(no_network=True))
    assert schema.validate(doc), [f"{e.line}: {e.message}" for e in schema.error_log]
    assert doc.getroot().tag == SM + "urlset"


def test_sitemap_lists_every_public_page_once_with_its_lastmod(built):
    _, out = built
    root = lxml.etree.parse(str(out / "sitemap.xml")).getroot()
    entries = [(u.findtext(SM + "loc"), u.findtext(SM + "lastmod")) for u in root.iter(SM + "url")]
    locs = [loc for loc, _ in entries]
    assert len(locs) == len(set(locs))
    expected = {page_url(out, f) for f in html_pages(out) if f.name != "404.html"}
    expected -= {BASE + path for path in COPIES}  # canonical elsewhere: not ours to list
    assert set(locs) == expected
    lastmod = dict(entries)
    assert all(value and datetime.fromisoformat(value).tzinfo for value in lastmod.values())
    assert lastmod[BASE + "2025/03/relative-links/"] == "2025-03-10T08:00:00+00:00"
    assert lastmod[BASE + "2025/03/harbour-rewrite/"] == "2025-03-06T00:00:00+00:00"
    assert lastmod[BASE] == "2025-12-31T12:00:00+00:00"  # the newest article it shows
    # A page of a list: its newest article, updates counted (harbour-reopens was updated on the 5th).
    assert lastmod[BASE + "tags/weather/page/1/"] == "2025-03-05T08:00:00+00:00"
    assert lastmod[BASE + "archive/2024/"] == "2024-12-31T00:00:00+00:00"


def test_news_sitemap_lists_exactly_the_last_two_days(built):
    _, out = built
    xsd = news_sitemap_xsd()
    doc = lxml.etree.parse(str(out / "news-sitemap.xml"), lxml.etree.XMLParser(no_network=True))
    if xsd is not None:  # no npm package ships Google's news schema today; checked by hand below
        schema = lxml.etree.XMLSchema(lxml.etree.parse(str(xsd)))
        assert schema.validate(doc), list(schema.error_log)
    root = doc.getroot()
    assert root.tag == SM + "urlset" and root.nsmap["news"] == NEWS[1:-1]
    found = {}
    for url in root.iter(SM + "url"):
        assert [c.tag for c in url] == [SM + "loc", NEWS + "news"]
        news = url.find(NEWS + "news")
        assert [c.tag for c in news] == [NEWS + "publication", NEWS + "publication_date", NEWS + "title"]
        publication = news.find(NEWS + "publication")
        assert publication.findtext(NEWS + "name") == "Test Times Ltd"
        assert publication.findtext(NEWS + "language") == "en"  # ISO 639, from en-GB
        found[url.findtext(SM + "loc")] = (news.findtext(NEWS + "publication_date"), news.findtext(NEWS + "title"))
    # Late story three is 49 hours old; the copy has its canonical elsewhere; the draft
    # and the article six hours ahead are held back.
    assert found == {
        BASE + "2025/12/late-one/": ("2025-12-31T12:00:00+00:00", "Late story one"),
        BASE + "2025/12/late-two/": ("2025-12-30T01:00:00+00:00", "Late story two"),
    }
    for loc, (published, _) in found.items():
        assert NOW - timedelta(days=2) <= datetime.fromisoformat(published) <= NOW
        assert file_of(out, loc).is_file()


def test_news_sitemap_moves_on_with_time_on_a_cached_rebuild(built, tmp_path):
    """The up-to-date shortcut must not keep a news sitemap past its window: rebuilt two
    hours later with nothing changed, late story two (now 49 hours old) has left it."""
    import shutil

    site, _ = built
    site_copy = tmp_path / "site"
    shutil.copytree(site, site_copy)
    out = tmp_path / "out"
    build_at(site_copy, out, NOW)
    assert len(sitemap_locs(out / "news-sitemap.xml")) == 2
    build_at(site_copy, out, NOW + timedelta(hours=2))
    assert sitemap_locs(out / "news-sitemap.xml") == {BASE + "2025/12/late-one/"}


def test_robots_txt_points_at_both_sitemaps(built):
    _, out = built
    lines = (out / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert "User-agent: *" in lines
    assert not any(line.startswith("Disallow: /") for line in lines)
    sitemaps = [line.split(":", 1)[1].strip() for line in lines if line.startswith("Sitemap:")]
    assert sitemaps == [BASE + "sitemap.xml", BASE + "news-sitemap.xml"]
    for url in sitemaps:
        lxml.etree.parse(str(file_of(out, url)))  # exists and is well-formed


# --- metadata on every page ---------------------------------------------------------------


def meta(doc, key: str) -> str | None:
    found = doc.xpath(f'//head/meta[@property="{key}" or @name="{key}"]/@content')
    assert len(found) <= 1, key
    return found[0] if found else None


def test_every_page_has_description_open_graph_twitter_and_json_ld(built):
    _, out = built
    for file in html_pages(out):
        doc = lxml.html.fromstring(file.read_bytes())
        rel = file.relative_to(out).as_posix()
        assert meta(doc, "description"), rel
        assert meta(doc, "og:title") and meta(doc, "og:description") == meta(doc, "description"), rel
        assert meta(doc, "og:site_name") == "The Test Times"
        assert meta(doc, "og:locale") == "en_GB"
        assert meta(doc, "twitter:card") in ("summary", "summary_large_image"), rel
        assert meta(doc, "twitter:title") == meta(doc, "og:title"), rel
        data = jsonld(doc)
        assert data["@context"] == "https://schema.org"
        canonical = doc.xpath('//head/link[@rel="canonical"]/@href')
        if rel == "404.html":
            assert canonical == [] and meta(doc, "og:url") is None
            assert data["@type"] == "WebSite"
            continue
        assert len(canonical) == 1, rel
        own = page_url(out, file)
        if rel.removesuffix("index.html") in COPIES:
            assert meta(doc, "og:type") == "article"
        else:
            assert canonical[0] == own, rel
        assert meta(doc, "og:url") == own, rel
        if rel == "index.html":
            assert data["@type"] == "WebSite" and data["url"] == BASE and data["name"] == "The Test Times"
        elif meta(doc, "og:type") == "article":
            assert data["@type"] == "NewsArticle", rel
        else:
            assert data["@type"] == "CollectionPage", rel
            assert data["url"] == own and data["isPartOf"]["url"] == BASE
            assert data["name"] == " ".join(doc.findtext(".//title").split())


def test_article_json_ld_carries_the_news_fields(built):
    _, out = built
    articles = [f for f in html_pages(out) if re.match(r"\d{4}/\d{2}/[^/]+/index.html$", f.relative_to(out).as_posix())]
    assert len(articles) == len(PUBLIC_TITLES)
    for file in articles:
        doc = lxml.html.fromstring(file.read_bytes())
        data = jsonld(doc)
        own = page_url(out, file)
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == " ".join(doc.xpath("//h1")[0].text_content().split())
        assert data["url"] == own and data["mainEntityOfPage"]["@id"] == own
        published = datetime.fromisoformat(data["datePublished"])
        shown = doc.xpath('//p[@class="published"]/time/@datetime')[0]
        assert published == (datetime.fromisoformat(shown) if "T" in shown
                             else datetime.fromisoformat(shown + "T00:00:00+00:00"))
        assert datetime.fromisoformat(data["dateModified"]) >= published
        assert data["publisher"] == {"@type": "Organization", "name": "Test Times Ltd", "url": BASE}
        byline = doc.xpath('//p[@class="byline"]')
        if byline:
            names = [a["name"] for a in data["author"]]
            assert "By " + ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1] == \
                " ".join(byline[0].text_content().split())
            assert all(a["@type"] == "Person" for a in data["author"])
        else:
            assert data["author"][0]["@type"] == "Organization"
        assert meta(doc, "og:title") == data["headline"]
        assert meta(doc, "article:published_time") == data["datePublished"]

    harbour = jsonld(doc_of(out, "2025/03/harbour-reopens/"))
    assert harbour["headline"] == "Harbour reopens after storm"
    assert harbour["datePublished"] == "2025-03-04T09:30:00+00:00"
    assert harbour["dateModified"] == "2025-03-05T08:00:00+00:00"
    assert [a["name"] for a in harbour["author"]] == ["Ann Lee", "Bo Park", "Cy Diaz"]
    assert harbour["image"] == [BASE + "images/harbour.png"] and file_of(out, harbour["image"][0]).is_file()
    assert harbour["dateline"] == "PORTSMOUTH"
    assert harbour["isBasedOn"] == "https://courier.example.com/harbour-reopens"
    assert harbour["keywords"] == ["Shipping", "Weather", "인공지능"]
    rewrite = jsonld(doc_of(out, "2025/03/harbour-rewrite/"))
    assert rewrite["isBasedOn"] == BASE + "2025/03/harbour-reopens/"
    assert rewrite["author"] == [{"@type": "Person", "name": "Dee Roe"}]
    assert "image" not in rewrite and "dateline" not in rewrite
    escaped_doc = doc_of(out, "2025/02/escaping/")
    escaped = jsonld(escaped_doc)
    assert escaped["headline"] == 'Tags <script>alert(1)</script> & "quotes"'
    assert escaped["author"] == [{"@type": "Organization", "name": "Fish & Chips <Daily>"}]
    raw = (out / "2025/02/escaping/index.html").read_text(encoding="utf-8")
    assert raw.count("</script>") == 1  # the title's own "</script>" cannot end the JSON-LD early


def test_canonical_of_a_copy_is_the_original_and_photos_make_large_cards(built):
    _, out = built
    harbour = doc_of(out, "2025/03/harbour-reopens/")
    assert harbour.xpath('//link[@rel="canonical"]/@href') == ["https://courier.example.com/harbour-reopens"]
    assert meta(harbour, "og:url") == BASE + "2025/03/harbour-reopens/"
    assert meta(harbour, "og:image") == BASE + "images/harbour.png"
    assert meta(harbour, "og:image:alt") == "Boats moored in the harbour at dawn"
    assert meta(harbour, "twitter:card") == "summary_large_image"
    assert meta(harbour, "twitter:image") == BASE + "images/harbour.png"
    assert meta(harbour, "article:modified_time") == "2025-03-05T08:00:00+00:00"
    rewrite = doc_of(out, "2025/03/harbour-rewrite/")
    assert rewrite.xpath('//link[@rel="canonical"]/@href') == [BASE + "2025/03/harbour-rewrite/"]
    # No photo: the site's fallback image (static/og-image.png), with a small card.
    assert meta(rewrite, "twitter:card") == "summary" and meta(rewrite, "og:image") == BASE + "og-image.png"
    assert doc_of(out, "2025/12/late-copy/").xpath('//link[@rel="canonical"]/@href') == [
        "https://radio.example.net/late-copy"]


def test_pages_with_metadata_pass_the_nu_html_checker(built):
    _, out = built
    assert vnu_errors([out]) == []
