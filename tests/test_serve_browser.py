"""Live reload in real Chromium (Debian's /usr/bin/chromium through playwright, see conftest):
an article edit shows up without touching the page, a stylesheet edit is swapped in
without a reload, and a broken article shows an overlay naming the file and line that
goes away when it is fixed."""

from __future__ import annotations

import time

import pytest

from conftest import make_site
from test_serve import ARTICLE, ARTICLE_URL, serving

@pytest.fixture
def live(tmp_path, page):
    site = make_site(tmp_path)
    with serving(site, tmp_path / "out") as server:
        server.site = site
        page.goto(server.url.rstrip("/") + ARTICLE_URL)
        # The event stream is open once the client script ran and connected.
        page.wait_for_function("window.__gazetteLiveReload === true", timeout=5000)
        assert server.live.wait_for_listeners(1, timeout=5)  # its event stream is open
        yield server


def test_article_edit_appears_without_a_manual_reload(live, page):
    article = live.site / ARTICLE
    article.write_text(article.read_text().replace("SEOUL – What", "SEOUL – Breaking: what"))
    started = time.monotonic()
    page.wait_for_function("document.body.innerText.includes('SEOUL – Breaking: what')", timeout=2000)
    assert time.monotonic() - started < 2.0


def test_stylesheet_edit_is_swapped_in_without_a_reload(live, page):
    page.evaluate("window.__kept = 'still the same page'")
    before = page.evaluate("getComputedStyle(document.querySelector('h1')).color")
    css = live.site / "static/css/style.css"
    css.write_text(css.read_text() + "\nh1 { color: rgb(1, 2, 3) !important; }\n")
    page.wait_for_function("getComputedStyle(document.querySelector('h1')).color === 'rgb(1, 2, 3)'",
                           timeout=2000)
    assert before != "rgb(1, 2, 3)"
    assert page.evaluate("window.__kept") == "still the same page"  # no full reload
    assert page.locator('link[rel="stylesheet"][href*="css/style.css"]').count() == 1  # the old one was removed


def test_broken_frontmatter_shows_an_overlay_that_a_fix_removes(live, page):
    article = live.site / ARTICLE
    good = article.read_text()
    article.write_text(good.replace("dateline: SEOUL\n", "dateline: SEOUL: x\n"))  # line 5
    overlay = page.locator("#gazette-overlay")
    overlay.wait_for(state="visible", timeout=3000)
    problems = page.locator("#gazette-overlay .gazette-problem").all_inner_texts()
    assert any(p.startswith(f"{ARTICLE}:5: frontmatter is not valid YAML") for p in problems), problems
    # Still the last good page underneath.
    assert "DeepSeek upends AI" in page.locator("h1").inner_text()

    page.evaluate("window.__before_fix = true")
    article.write_text(good.replace("SEOUL – What", "SEOUL – Fixed: what"))
    page.wait_for_function("!document.getElementById('gazette-overlay') && "
                           "document.body.innerText.includes('SEOUL – Fixed: what')", timeout=3000)
    assert page.evaluate("window.__before_fix === undefined")  # the fix reloaded the page


def test_a_page_opened_while_broken_shows_the_overlay(live, page):
    article = live.site / ARTICLE
    article.write_text(article.read_text().replace("dateline: SEOUL\n", "dateline: SEOUL: x\n"))
    page.locator("#gazette-overlay").wait_for(state="visible", timeout=3000)
    page.goto(live.url)  # another page, loaded while the build is still broken
    page.locator("#gazette-overlay").wait_for(state="visible", timeout=3000)
    assert f"{ARTICLE}:5:" in page.locator("#gazette-overlay").inner_text()
