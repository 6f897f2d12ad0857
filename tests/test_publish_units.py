"""The publishing rules one at a time: absolute links in feed content, tag: ids, the news
sitemap's language code, and a sitemap split into parts by kind past 1,000 pages, each
part split again past the 50,000-URL limit."""

from __future__ import annotations

import re
from html import escape
from urllib.parse import urljoin

import lxml.etree
import lxml.html
import pytest
from hypothesis import given, settings, strategies as st

from checkers import sitemap_xsd
from gazette import feeds
from gazette.config import SiteConfig
from test_publish_site import BASE, NOW, build_at, make_publish_site

ARTICLE = "https://example.org/news/2025/03/story/"


def links(html: str) -> list[tuple[str, str, str]]:
    doc = lxml.html.fragment_fromstring(html, create_parent="div")
    return [(el.tag, name, value) for el in doc.iter() for name, value in el.attrib.items()
            if name in ("href", "src", "srcset", "poster", "cite")]


@pytest.mark.parametrize("body, expected", [
    ('<p><a href="../other/">x</a></p>', [("a", "href", "https://example.org/news/2025/03/other/")]),
    ('<p><a href="#notes">x</a></p>', [("a", "href", ARTICLE + "#notes")]),
    ('<p><a href="/about/">x</a></p>', [("a", "href", "https://example.org/about/")]),
    ('<p><A HREF="pic.png">x</A></p>', [("a", "href", ARTICLE + "pic.png")]),
    ('<p><a title="a > b" href="x/">x</a></p>', [("a", "href", ARTICLE + "x/")]),
    ('<p><img src=../../../images/a.png alt=a></p>', [("img", "src", "https://example.org/news/images/a.png")]),
    ('<img srcset="a.png 1x, https://cdn.example.net/b.png 2x" src="a.png">',
     [("img", "srcset", ARTICLE + "a.png 1x, https://cdn.example.net/b.png 2x"), ("img", "src", ARTICLE + "a.png")]),
    ('<video poster="p.jpg" src="v.mp4"></video>',
     [("video", "poster", ARTICLE + "p.jpg"), ("video", "src", ARTICLE + "v.mp4")]),
    ('<blockquote cite="../src/">q</blockquote>', [("blockquote", "cite", "https://example.org/news/2025/03/src/")]),
    ('<a href="https://a.example/x?a=1&amp;b=2">x</a><a href="mailto:ed@example.org">m</a>',
     [("a", "href", "https://a.example/x?a=1&b=2"), ("a", "href", "mailto:ed@example.org")]),
])
def test_relative_links_are_resolved_against_the_article(body, expected):
    assert links(feeds.absolute_links(body, ARTICLE)) == expected


def test_everything_but_links_is_copied_as_it_is():
    body = ('<p>Fish &amp; chips &#169; &lt;b&gt; <a href="x/" class="c">x</a><br>\n'
            '<!-- a comment --><img src="a.png" alt="q&quot;uote" hidden></p>\n<pre><code>if a &lt; b:</code></pre>\n')
    out = feeds.absolute_links(body, ARTICLE)
    assert out == body.replace('href="x/"', f'href="{ARTICLE}x/"').replace('src="a.png"', f'src="{ARTICLE}a.png"')
    absolute = '<p>Only <a href="https://a.example/">absolute</a> links &amp; text.</p>'
    assert feeds.absolute_links(absolute, ARTICLE) is absolute  # not even parsed


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["../a/", "b.png", "#f", "/c", "https://x.example/d", "e?f=1&g=2", "ü/", "h i"]),
                min_size=1, max_size=5),
       st.text(alphabet="ab <>&\"'", max_size=20))
def test_every_link_comes_out_absolute_and_the_text_unchanged(targets, text):
    body = "".join(f'<p>{escape(text)}<a href="{escape(t)}">{escape(text)}</a></p>' for t in targets)
    out = feeds.absolute_links(body, ARTICLE)
    found = links(out)
    assert [v for _, _, v in found] == [urljoin(ARTICLE, t) for t in targets]
    assert all(re.match(r"https?://", v) for _, _, v in found)
    strip = lambda h: lxml.html.fragment_fromstring(h, create_parent="div").text_content()  # noqa: E731
    assert strip(out) == strip(body)


def test_ids_are_tag_uris_made_of_date_and_slug_only():
    from datetime import datetime, timezone

    from gazette.content import Article

    article = Article(source_path="content/x.md", digest="d", slug="인공지능-news", url="2025/01/x/",
                      title="T", date=datetime(2025, 1, 31, 23, 30, tzinfo=timezone.utc), date_is_day=False,
                      source="S", body_html="", summary="", has_summary=False)
    one = SiteConfig(root=None, base_url="https://a.example/", title="A", domain="a.example")
    two = SiteConfig(root=None, base_url="https://b.example/repo/", title="B", timezone="Asia/Seoul")
    assert feeds.entry_id(article, one) == feeds.entry_id(article, two) == \
        "tag:gazette,2025:2025-01-31:%EC%9D%B8%EA%B3%B5%EC%A7%80%EB%8A%A5-news"
    assert re.fullmatch(r"tag:[a-z0-9.-]+,\d{4}(-\d\d){0,2}:[A-Za-z0-9%/?:@!$&'()*+,;=._~-]+",
                        feeds.entry_id(article, one))
    assert feeds.feed_id(one) == "tag:gazette,2025:feed"
    assert feeds.feed_id(one, "tag", "ai") == "tag:gazette,2025:feed/tag/ai"
    owned = SiteConfig(root=None, id_authority="news.example.org,2025-03")
    assert feeds.entry_id(article, owned) == ("tag:news.example.org,2025-03:2025-01-31:"
                                              "%EC%9D%B8%EA%B3%B5%EC%A7%80%EB%8A%A5-news")
    assert feeds.feed_id(owned) == "tag:news.example.org,2025-03:feed"


@pytest.mark.parametrize("value, ok", [
    ("news.example.org,2025", True), ("editor@example.org,2025-01-31", True), ("gazette,2025", True),
    ("https://news.example.org", False), ("news.example.org", False), ("news example,2025", False),
    ("news.example.org,25", False),
])
def test_id_authority_must_be_a_tagging_entity(value, ok):
    from gazette.config import parse_config
    from gazette.problems import ProblemError

    text = f'id_authority = "{value}"\n'
    if ok:
        assert parse_config(text, None).id_authority == value
    else:
        with pytest.raises(ProblemError) as caught:
            parse_config(text, None)
        assert "is not a tagging entity" in str(caught.value.problems[0])


@pytest.mark.parametrize("language, code", [
    ("en", "en"), ("en-GB", "en"), ("ko-KR", "ko"), ("zh-CN", "zh-cn"), ("zh-Hans", "zh-cn"),
    ("zh-TW", "zh-tw"), ("zh-Hant-HK", "zh-tw"), ("pt-BR", "pt"), ("fil", "fil"),
])
def test_news_sitemap_language_is_the_iso_639_code_google_wants(language, code):
    assert feeds.news_language(language) == code


def test_a_sitemap_past_the_limit_becomes_an_index_of_valid_parts(tmp_path, monkeypatch):
    monkeypatch.setattr(feeds, "SITEMAP_LIMIT", 10)
    site = make_publish_site(tmp_path)
    out = tmp_path / "out"
    build_at(site, out, NOW)
    sm = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    index = lxml.etree.parse(str(out / "sitemap.xml")).getroot()
    assert index.tag == sm + "sitemapindex"
    parts = [(s.findtext(sm + "loc"), s.findtext(sm + "lastmod")) for s in index.iter(sm + "sitemap")]
    assert len(parts) >= 3 and all(loc.startswith(BASE + "sitemap-") for loc, _ in parts)
    schema = lxml.etree.XMLSchema(lxml.etree.parse(str(sitemap_xsd())))
    listed = []
    for loc, lastmod in parts:
        doc = lxml.etree.parse(str(out / loc[len(BASE):]))
        assert schema.validate(doc), list(schema.error_log)
        urls = doc.getroot().findall(sm + "url")
        assert 1 <= len(urls) <= 10
        assert lastmod == max(u.findtext(sm + "lastmod") for u in urls)
        listed += [u.findtext(sm + "loc") for u in urls]
    assert len(listed) == len(set(listed)) and BASE in listed and BASE + "2025/12/late-one/" in listed


def test_a_sitemap_past_the_split_is_an_index_of_parts_by_kind_listing_the_same_pages(tmp_path, monkeypatch):
    """Past SITEMAP_SPLIT pages (here 5) the sitemap is split by how often its pages change:
    each year's article pages, the lists' older numbered pages, every other page. The parts
    list exactly the pages and dates the one file did, each valid, each under its index date."""
    sm = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

    def entries(path):
        return [(u.findtext(sm + "loc"), u.findtext(sm + "lastmod"))
                for u in lxml.etree.parse(str(path)).iter(sm + "url")]

    whole = tmp_path / "whole"
    build_at(make_publish_site(tmp_path / "a"), whole, NOW)
    one_file = entries(whole / "sitemap.xml")
    monkeypatch.setattr(feeds, "SITEMAP_SPLIT", 5)
    out = tmp_path / "out"
    build_at(make_publish_site(tmp_path / "b"), out, NOW)
    index = lxml.etree.parse(str(out / "sitemap.xml")).getroot()
    assert index.tag == sm + "sitemapindex"
    schema = lxml.etree.XMLSchema(lxml.etree.parse(str(sitemap_xsd())))
    listed = []
    for part in index.iter(sm + "sitemap"):
        loc = part.findtext(sm + "loc")
        kind = re.fullmatch(re.escape(BASE) + r"sitemap-(articles-\d{4}|lists|older-pages)\.xml", loc)
        assert kind, loc
        assert schema.validate(lxml.etree.parse(str(out / loc[len(BASE):]))), loc
        found = entries(out / loc[len(BASE):])
        assert part.findtext(sm + "lastmod") == max(lastmod for _, lastmod in found)
        for page, _ in found:
            path = page[len(BASE):]
            if re.match(r"\d{4}/\d\d/[^/]+/$", path):
                assert kind[1] == "articles-" + path[:4], page
            else:
                assert kind[1] == ("older-pages" if "page/" in path else "lists"), page
        listed += found
    assert sorted(listed) == sorted(one_file) and len(listed) == len(set(listed))
    kinds = {re.sub(r".*/sitemap-|\.xml", "", p.findtext(sm + "loc")) for p in index.iter(sm + "sitemap")}
    assert {"lists", "older-pages"} <= kinds
