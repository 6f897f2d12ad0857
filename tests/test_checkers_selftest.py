"""Self-tests for tests/checkers.py: each checker must find a planted fault
and stay quiet on a clean fixture, so a green suite means something."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from checkers import (
    actionlint,
    axe_violations,
    crawl,
    news_sitemap_xsd,
    serve_directory,
    sitemap_schema_errors,
    sitemap_xsd,
    vnu_errors,
)

VALID_HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Clean page</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header><p>The Gazette</p></header>
<nav aria-label="Main"><a href="#content">Skip</a></nav>
<main id="content"><h1>Headline</h1>
<p>Body text with an <img src="pic.png" alt="A picture"> inline.</p></main>
<footer><p>Footer</p></footer>
</body>
</html>
"""

BROKEN_HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Broken</title></head>
<body><p><div>unclosed</p><blink>old</blink><img src="x.png"></body>
</html>
"""

_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str) -> tuple[int, str, bytes]:
    """(status, final url, body) without raising on 4xx."""
    try:
        with _opener.open(url, timeout=5) as r:
            return r.status, r.geturl(), r.read()
    except urllib.error.HTTPError as e:
        with e:
            return e.code, e.geturl(), e.read()


def page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="stylesheet" href="/repo/style.css"></head><body><main>{body}</main></body></html>')


# ---------------------------------------------------------------- vnu

def test_vnu_flags_broken_html_and_passes_valid(tmp_path: Path):
    (tmp_path / "good.html").write_text(VALID_HTML)
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "bad.html").write_text(BROKEN_HTML)
    (tmp_path / "feed.xml").write_text("<rss/>")  # non-HTML: skipped

    assert vnu_errors([tmp_path / "good.html"]) == []
    errors = vnu_errors([tmp_path])  # a directory is checked recursively
    assert errors, "vnu found nothing in a broken document"
    assert all("bad.html:" in e for e in errors), errors
    assert any("blink" in e for e in errors), errors
    assert any("alt" in e for e in errors), errors
    assert errors[0].split(":")[1].isdigit()  # file:line:col: message


# ---------------------------------------------------------------- actionlint

def test_actionlint_flags_bad_workflow(tmp_path: Path):
    good = tmp_path / "ok.yml"
    good.write_text("name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
                    "    steps:\n      - uses: actions/checkout@v4\n      - run: bash .ci/run\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text("on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
                   "    steps:\n      - run: echo ${{ github.nope }}\n        colour: red\n")
    assert actionlint([good]) == []
    problems = actionlint([tmp_path])
    assert len(problems) == 2, problems
    assert all("bad.yaml:" in p for p in problems)
    assert any('"colour"' in p and "[syntax-check]" in p for p in problems), problems


# ---------------------------------------------------------------- sitemap schema

def test_sitemap_schema_loads_offline_and_validates(tmp_path: Path):
    from lxml import etree

    xsd = sitemap_xsd()
    assert xsd.name == "sitemap.xsd" and xsd.is_file()
    etree.XMLSchema(etree.parse(str(xsd)))  # no network imports needed
    assert news_sitemap_xsd() is None or news_sitemap_xsd().is_file()

    good = tmp_path / "sitemap.xml"
    good.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        "<url><loc>https://example.org/a/</loc><lastmod>2024-05-01T10:00:00+00:00</lastmod>"
        "<news:news><news:title>A</news:title></news:news></url></urlset>")
    assert sitemap_schema_errors(good) == []
    assert sitemap_schema_errors(good, strip_foreign=False)  # strict wildcard

    bad = tmp_path / "bad.xml"
    bad.write_text('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   "<url><lastmod>yesterday</lastmod></url></urlset>")
    errors = sitemap_schema_errors(bad)
    assert errors and any("lastmod" in e for e in errors), errors


# ---------------------------------------------------------------- server + crawler

@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "articles" / "one").mkdir(parents=True)
    (root / "img").mkdir()
    (root / "index.html").write_text(page("Home", (
        '<a href="articles/one/">One</a> <a href="articles/one/#para">One, para</a> '
        '<a href="/repo/articles/one/index.html">One again</a> '
        '<a href="articles/missing/">Missing</a> <a href="https://example.org/x">External</a> '
        '<a href="mailto:desk@example.org">Mail</a> <a href="/elsewhere/">Out of scope</a> '
        '<img src="img/a.png" srcset="img/a.png 1x, img/a2.png 2x" alt="a">')))
    (root / "articles" / "one" / "index.html").write_text(page("One", (
        '<p id="para">Para</p><a href="../../">Home</a> <a href="#nowhere">Bad anchor</a>'
        '<script src="../../app.js"></script>')))
    (root / "style.css").write_text("body{background:url(img/bg.png)}")
    (root / "img" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "img" / "a2.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "app.js").write_text("void 0;\n")
    (root / "404.html").write_text(page("Not found", "<h1>Page not found</h1>"))
    return root


def test_serve_directory_behaves_like_pages(site: Path):
    with serve_directory(site, prefix="/repo/", not_found=site / "404.html") as base:
        assert base.startswith("http://127.0.0.1:") and base.endswith("/repo/")
        origin = base[: -len("repo/")]

        status, final, body = fetch(base)
        assert status == 200 and b"<title>Home" in body

        status, final, body = fetch(base + "articles/one")  # no slash: 301 then index
        assert (status, final) == (200, base + "articles/one/")
        assert b"<title>One" in body

        status, final, _ = fetch(origin + "repo")
        assert (status, final) == (200, base)

        for missing in ("articles/nope/", "nope.html", "../etc/passwd", "%2e%2e/%2e%2e/x"):
            status, _, body = fetch(base + missing)
            assert status == 404 and b"Page not found" in body, missing
        status, _, body = fetch(origin + "elsewhere/")  # outside the prefix
        assert status == 404

        status, _, body = fetch(base + "style.css")
        assert status == 200 and body.startswith(b"body{")

    with pytest.raises(OSError):  # the server is gone after the block
        fetch(base)


def test_404_without_custom_page(site: Path):
    with serve_directory(site) as base:
        assert base.endswith("/") and base.count("/") == 3  # mounted at the root
        status, _, body = fetch(base + "nope")
        assert status == 404 and b"Page not found" not in body


def test_crawl_finds_broken_links_and_404_status(site: Path):
    with serve_directory(site, prefix="/repo/", not_found=site / "404.html") as base:
        result = crawl(base, extra_urls=["404.html"])

    broken = {url.removeprefix(base): (status, ref) for url, status, ref in result["broken"]}
    assert set(broken) == {"articles/missing/", "img/bg.png"}, result["broken"]
    assert broken["articles/missing/"] == (404, base)
    assert broken["img/bg.png"] == (404, base + "style.css")  # found via CSS url()

    ok = {u.removeprefix(base) for u in result["ok"]}
    assert {"", "articles/one/", "articles/one/index.html", "style.css", "img/a.png",
            "img/a2.png", "app.js", "404.html"} <= ok
    assert not any("example.org" in u or "elsewhere" in u or "mailto" in u for u in result["ok"])
    assert all(n == 1 for n in result["fetches"].values()), result["fetches"]
    assert base + "articles/one/" in result["fetches"]  # fetched once despite #para

    # the page is reachable under two URLs; each copy's bad in-page link is reported
    assert sorted(result["missing_fragments"]) == [
        (base + "articles/one/#nowhere", base + "articles/one/"),
        (base + "articles/one/index.html#nowhere", base + "articles/one/index.html"),
    ]


def test_crawl_clean_site_is_clean(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(page("Home", '<a href="a">A</a>'))  # 301 to a/
    (tmp_path / "a" / "index.html").write_text(page("A", '<a href="../">Home</a><a href="b.html">B</a>'))
    (tmp_path / "a" / "b.html").write_text(page("B", '<a href="./">A</a>'))  # relative to a/
    (tmp_path / "style.css").write_text("p{}")
    with serve_directory(tmp_path, "/repo") as base:
        result = crawl(base)
    assert result["broken"] == [] and result["missing_fragments"] == []
    assert base + "a/b.html" in result["ok"]


def test_crawl_refuses_non_loopback_and_is_bounded(site: Path):
    with pytest.raises(ValueError):
        crawl("http://example.org/")
    with serve_directory(site, "/repo/") as base:
        with pytest.raises(RuntimeError):
            crawl(base, max_pages=3)


# ---------------------------------------------------------------- axe in Chromium

@pytest.fixture
def chromium(browser):
    """pytest-playwright's browser (Debian's Chromium, see conftest.py): a second
    sync_playwright() in the same worker fails once that one is running."""
    return browser


def test_axe_finds_missing_alt_and_passes_clean_page(chromium, tmp_path: Path):
    (tmp_path / "index.html").write_text(VALID_HTML)
    (tmp_path / "bad.html").write_text(VALID_HTML.replace(' alt="A picture"', "").replace(' lang="en"', ""))
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with serve_directory(tmp_path, "/repo/") as base:
        pg = chromium.new_page()
        try:
            pg.goto(base)
            assert axe_violations(pg) == []
            pg.goto(base + "bad.html")
            found = axe_violations(pg)
        finally:
            pg.close()
    ids = sorted(v.split(":")[0] for v in found)
    assert ids == ["html-has-lang", "image-alt"], found
    assert any(v.startswith("image-alt: Images must have alternative text (1 nodes)") for v in found)
