"""The default site, as a reader and a validator see it: W3C Nu checker, axe in Chromium,
and a crawl of a subpath build served like GitHub Pages."""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urljoin

import lxml.html
import pytest

from checkers import axe_violations, crawl, serve_directory, vnu_errors
from conftest import build, make_site


@pytest.fixture(scope="module")
def default_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("default")
    site = make_site(tmp)
    out = tmp / "out"
    run = build(site, out)
    assert run.status == 0, run.err
    return site, out


def html_pages(out):
    return sorted(p for p in out.rglob("*.html"))


def test_seed_site_has_the_promised_pages(default_site):
    _, out = default_site
    for path in ("index.html", "2025/01/deepseek-upends-ai/index.html",
                 "2026/11/deepseek-disrupts-ai-landscape/index.html",
                 "tags/ai/index.html", "tags/investment/index.html", "tags/innovation/index.html",
                 "archive/index.html", "archive/2025/01/index.html", "sources/the-korea-herald/index.html",
                 "404.html"):
        assert (out / path).is_file(), path


def test_every_page_passes_the_nu_html_checker(default_site):
    _, out = default_site
    assert len(html_pages(out)) >= 15
    assert vnu_errors([out]) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_has_no_axe_violations_light_and_dark(default_site, browser, scheme):
    _, out = default_site
    with serve_directory(out, "/", out / "404.html") as base:
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        try:
            for file in html_pages(out):
                rel = file.relative_to(out).as_posix()
                url = base + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
                page.goto(url)
                assert axe_violations(page) == [], f"{scheme}: {rel}"
        finally:
            context.close()


def test_subpath_build_crawls_clean_under_repo(tmp_path):
    """Built with --base-url .../repo/ and served under /repo/ like GitHub Pages: from the
    front page, every link, stylesheet and image resolves, and the 404 page works deep down."""
    site = make_site(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with serve_directory(out, "/repo/", out / "404.html") as base:
        assert build(site, out, "--base-url", base).status == 0
        result = crawl(base)
        # A missing page deep down gets the 404 page, whose links all resolve from there.
        deep = base + "no/such/page/"
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(deep, timeout=10)
        assert caught.value.code == 404
        doc = lxml.html.fromstring(caught.value.read())
        links = [urljoin(deep, e.get("href")) for e in doc.xpath("//a[@href] | //link[@rel='stylesheet']")
                 if not e.get("href").startswith("#")]
        assert base in links and base + "css/style.css" in links
        for link in links:
            with urllib.request.urlopen(link, timeout=10) as response:
                assert response.status == 200, link
    assert result["broken"] == []
    assert base + "2025/01/deepseek-upends-ai/" in result["ok"]
    assert base + "tags/innovation/" in result["ok"]
    assert base + "css/style.css" in result["ok"]


def test_pages_work_without_javascript_and_make_no_outside_requests(default_site, browser):
    _, out = default_site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith("http://127.0.0.1") else None)
    try:
        with serve_directory(out, "/", out / "404.html") as base:
            page.goto(base + "2025/01/deepseek-upends-ai/")
            assert "DeepSeek upends AI" in page.inner_text("h1")
            assert page.locator(".story-body p").count() == 11
            page.goto(base)
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.className") == "skip-link"
            assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    finally:
        context.close()
    assert outside == []
