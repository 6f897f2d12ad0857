"""The default theme on the sample site with real photos (tests/sites/photos): story lists,
photo variants, languages, genres and corrections, pages, archive, print; checked on the
HTML written, in Chromium, with feedparser, axe and the Nu checker."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import feedparser
import lxml.html
import pytest

from checkers import axe_violations, serve_directory, vnu_errors
from conftest import build, make_site, snapshot

ARTICLE = "2026/11/hubble-deep-field/"
KOREAN = "2026/11/astronaut-ko/"
TALL = "2026/11/astronaut-profile/"


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("photos")
    site = make_site(tmp, "photos")
    out = tmp / "out"
    run = build(site, out)
    assert run.status == 0, run.err
    return site, out


def doc(out: Path, path: str):
    return lxml.html.fromstring((out / path / "index.html").read_bytes() if path else (out / "index.html").read_bytes())


def jsonld(d) -> dict:
    return json.loads(d.xpath('//script[@type="application/ld+json"]')[0].text)


def pages_of(out: Path) -> list[str]:
    rels = [p.relative_to(out).as_posix() for p in sorted(out.rglob("*.html"))]
    return [r[: -len("index.html")] if r.endswith("index.html") else r for r in rels]


# --- story lists --------------------------------------------------------------------


def test_front_page_has_a_lead_secondary_stories_rows_and_sections(photos):
    _, out = photos
    front = doc(out, "")
    lead = front.cssselect(".story-lead")
    assert len(lead) == 1 and lead[0].cssselect("img")
    assert lead[0].cssselect(".card-title a")[0].text_content() == ("Hubble's deepest view shows galaxies "
                                                                     "from the dawn of time")
    assert len(front.cssselect(".front-second .story-second")) == 4
    assert all(s.cssselect("img") for s in front.cssselect(".front-second .story-second"))
    assert [h.text_content() for h in front.cssselect(".front-section .block-title a")] == ["Space", "Food"]
    # Labels: the genre when not plain news, else the first tag, the same on lists and articles.
    kickers = {a.cssselect(".card-title a")[0].text_content(): a.cssselect(".kicker")[0].text_content()
               for a in front.cssselect(".front-top .story-item")}
    assert kickers["Why your morning coffee costs more this winter"] == "Analysis"
    assert kickers["Falcon 9 lifts climate satellite towards the Sun"] == "Space"
    assert doc(out, "2026/11/coffee-prices/").cssselect(".story-header .kicker")[0].text_content() == "Analysis"
    assert doc(out, "2026/11/rocket-launch/").cssselect(".story-header .kicker")[0].text_content() == "Space"


def test_stories_on_a_phone_take_100_to_150_px(photos, browser):
    _, out = photos
    with serve_directory(out, "/", out / "404.html") as base:
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
        page = context.new_page()
        try:
            for path in ("", "tags/space/", "archive/2026/11/"):
                page.goto(base + path)
                heights = page.eval_on_selector_all(".story-second, .story-row",
                                                    "els => els.map(e => e.getBoundingClientRect().height)")
                assert heights, path
                assert all(90 <= h <= 160 for h in heights), (path, heights)
        finally:
            context.close()


# --- photos -------------------------------------------------------------------------


def test_every_photo_has_srcset_sizes_width_height_and_existing_candidates(photos):
    _, out = photos
    for path in ("", ARTICLE, "tags/space/", "archive/2026/11/"):
        d = doc(out, path)
        images = d.cssselect("main img")
        assert images, path
        for img in images:
            assert img.get("width") and img.get("height") and img.get("sizes"), (path, img.get("src"))
            sources = [img.get("srcset")] + [s.get("srcset") for s in img.getparent().cssselect("source")]
            for srcset in sources:
                for candidate in srcset.split(", "):
                    url, width = candidate.rsplit(" ", 1)
                    file = (out / path / url).resolve()
                    assert file.is_file(), (path, url)
                    from PIL import Image
                    with Image.open(file) as im:
                        assert im.width == int(width[:-1]), url
    webp = doc(out, ARTICLE).cssselect(".story-figure source[type='image/webp']")
    assert webp and "hubble-deep-field-640w.webp 640w" in webp[0].get("srcset")


def test_lead_photo_loads_first_and_the_others_lazily(photos):
    _, out = photos
    front = doc(out, "")
    lead = front.cssselect(".story-lead img")[0]
    assert lead.get("fetchpriority") == "high" and lead.get("loading") is None
    others = [img for img in front.cssselect("main img") if img is not lead]
    assert others and all(img.get("loading") == "lazy" and img.get("fetchpriority") is None for img in others)
    figure = doc(out, ARTICLE).cssselect(".story-figure img")[0]
    assert figure.get("fetchpriority") == "high"


def test_og_image_is_a_1200_px_copy_when_the_photo_is_wide_enough(tmp_path):
    from PIL import Image

    site = make_site(tmp_path, "photos")
    wide = Image.open(site / "static/images/hubble-deep-field.jpg").resize((2000, 1744))
    wide.save(site / "static/images/hubble-deep-field.jpg", quality=85)
    out = tmp_path / "out"
    assert build(site, out).status == 0
    d = doc(out, ARTICLE)
    og = d.xpath('//meta[@property="og:image"]/@content')[0]
    assert og.endswith("images/_variants/hubble-deep-field-1200w.jpg")
    with Image.open(out / "images/_variants/hubble-deep-field-1200w.jpg") as im:
        assert im.size == (1200, 1046)
    # Pages without a photo get the site's fallback image.
    assert doc(out, "tags/space/").xpath('//meta[@property="og:image"]/@content')[0].endswith("/og-image.png")


def test_chosen_candidate_exists_and_nothing_shifts(photos, browser):
    _, out = photos
    with serve_directory(out, "/", out / "404.html") as base:
        for viewport in ({"width": 390, "height": 844}, {"width": 1280, "height": 900}):
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            try:
                for path in ("", ARTICLE, TALL):
                    page.add_init_script("""window.__shift = 0; new PerformanceObserver(list => {
                        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
                    }).observe({type: 'layout-shift', buffered: true});""")
                    page.goto(base + path, wait_until="networkidle")
                    page.evaluate("() => Promise.all([...document.images].map(i => "
                                  "{ i.loading = 'eager'; return i.decode().catch(() => null); }))")
                    chosen = page.eval_on_selector_all("main img",
                                                       "els => els.map(e => [e.currentSrc, e.naturalWidth])")
                    assert chosen, path
                    for src, natural in chosen:
                        assert natural > 0, src
                        with urllib.request.urlopen(src, timeout=10) as response:
                            assert response.status == 200
                    assert page.evaluate("window.__shift") == 0, (path, viewport)
                # A tall photo is capped to most of the screen's height.
                page.goto(base + TALL)
                box = page.eval_on_selector(".story-figure img", "e => e.getBoundingClientRect().height")
                assert box <= 0.7 * viewport["height"] + 1
            finally:
                context.close()


def test_a_cold_build_writes_the_same_bytes_as_a_cached_one(tmp_path):
    site = make_site(tmp_path, "photos")
    assert build(site, tmp_path / "cold", "--no-cache").status == 0
    assert build(site, tmp_path / "first").status == 0
    assert build(site, tmp_path / "again").status == 0  # every photo from the cache
    cold = {k: v[0] for k, v in snapshot(tmp_path / "cold").items()}
    assert cold == {k: v[0] for k, v in snapshot(tmp_path / "first").items()}
    assert cold == {k: v[0] for k, v in snapshot(tmp_path / "again").items()}
    assert any(k.endswith(".webp") for k in cold)


def test_an_unchanged_photo_is_never_processed_again(tmp_path, monkeypatch):
    from gazette import images, pipeline
    from gazette.config import load_config

    site = make_site(tmp_path, "photos")
    config = load_config(site)
    made: list[str] = []
    original = images.make_variants

    def counting(source, digest, folder):
        made.append(Path(source).name)
        return original(source, digest, folder)

    monkeypatch.setattr(images, "make_variants", counting)
    pipeline.build(config, tmp_path / "out", processes=1)
    assert len(made) == 6
    made.clear()
    (site / "content/2026/cat-cafe.md").write_text((site / "content/2026/cat-cafe.md").read_text() + "\nMore.\n")
    (site / "static/images/chelsea.jpg").touch()  # touched, same bytes
    pipeline.build(config, tmp_path / "out", processes=1)
    pipeline.build(config, tmp_path / "other", processes=1)
    assert made == []
    from PIL import Image
    Image.open(site / "static/images/coffee.jpg").rotate(180).save(site / "static/images/coffee.jpg", quality=90)
    pipeline.build(config, tmp_path / "out", processes=1)
    assert made == ["coffee.jpg"]


# --- languages ----------------------------------------------------------------------


def test_a_korean_article_has_korean_words_and_dates(photos):
    _, out = photos
    d = doc(out, KOREAN)
    assert d.get("lang") == "ko"
    assert d.cssselect(".byline")[0].text_content() == "글 김서연"
    assert d.cssselect(".published time")[0].text_content() == "2026년 11월 15일, 11:00 KST"
    assert d.cssselect(".source")[0].text_content().split() == ["출처:", "The", "Photo", "Herald"]
    assert d.cssselect(".skip-link")[0].text_content() == "본문 바로가기"
    assert [a.text_content() for a in d.cssselect(".sections a")][0] == "최신"
    assert jsonld(d)["inLanguage"] == "ko"
    # The English pages stay English.
    assert doc(out, ARTICLE).cssselect(".byline")[0].text_content() == "By Ann Lee"


def test_korean_words_in_the_browser_keep_whole(photos, browser):
    _, out = photos
    with serve_directory(out, "/", out / "404.html") as base:
        page = browser.new_page(viewport={"width": 390, "height": 844})
        try:
            page.goto(base + KOREAN)
            assert page.eval_on_selector(".story-body p", "e => getComputedStyle(e).wordBreak") == "keep-all"
            assert page.inner_text(".story-nav span") in ("이전 기사", "다음 기사")
            assert "글 김서연" in page.inner_text(".byline")
            page.goto(base + ARTICLE)
            assert page.eval_on_selector(".story-body p", "e => getComputedStyle(e).wordBreak") == "normal"
        finally:
            page.close()


@pytest.mark.parametrize("language, words", [
    ("de", ["Archiv", "20. November 2026"]), ("fr", ["Archives", "20 novembre 2026"]),
    ("es", ["Archivo", "20 de noviembre de 2026"]), ("ja", ["アーカイブ", "2026年11月20日"]),
    ("zh", ["归档", "2026年11月20日"]), ("ko", ["지난 기사", "2026년 11월 20일"]),
])
def test_the_site_language_translates_every_page(tmp_path, language, words):
    site = make_site(tmp_path, "photos")
    toml = (site / "site.toml").read_text().replace('language = "en"', f'language = "{language}"')
    (site / "site.toml").write_text(toml)
    out = tmp_path / "out"
    assert build(site, out).status == 0
    article = (out / ARTICLE / "index.html").read_text()
    archive = (out / "archive/index.html").read_text()
    assert words[0] in archive and words[1] in article
    assert f'<html lang="{language}">' in archive


# --- genre and corrections ----------------------------------------------------------


def test_genre_gives_a_label_and_the_schema_org_type(photos):
    _, out = photos
    types = {path: jsonld(doc(out, path))["@type"] for path in (
        ARTICLE, TALL, "2026/11/coffee-prices/", "2026/11/cat-cafe/", "2026/11/press-release/")}
    assert types == {ARTICLE: "NewsArticle", TALL: "OpinionNewsArticle",
                     "2026/11/coffee-prices/": "AnalysisNewsArticle", "2026/11/cat-cafe/": "ReviewNewsArticle",
                     "2026/11/press-release/": "Article"}
    assert doc(out, "2026/11/press-release/").cssselect(".kicker")[0].text_content() == "Press release"


def test_corrections_are_shown_carried_in_json_ld_and_move_the_updated_date(photos):
    _, out = photos
    d = doc(out, ARTICLE)
    notes = d.cssselect("#corrections li")
    assert len(notes) == 1 and "combines ten" in notes[0].text_content()
    assert notes[0].cssselect("time")[0].get("datetime") == "2026-11-21"
    data = jsonld(d)
    assert data["correction"] == [{"@type": "CorrectionComment", "datePublished": "2026-11-21",
                                   "text": "An earlier version said the picture combines five years of exposures; "
                                           "it combines ten."}]
    assert data["dateModified"] == "2026-11-21T00:00:00+09:00"
    feed = feedparser.parse((out / "atom.xml").read_bytes())
    entry = [e for e in feed.entries if e.link.endswith(ARTICLE)][0]
    assert entry.updated.startswith("2026-11-21")
    sitemap = (out / "sitemap.xml").read_text()
    assert f"{ARTICLE}</loc>\n    <lastmod>2026-11-21" in sitemap or "2026-11-21" in sitemap.split(ARTICLE)[1][:120]


def test_a_bad_corrections_entry_is_reported_at_its_line(tmp_path):
    site = make_site(tmp_path, "photos")
    path = site / "content/2026/rocket-launch.md"
    path.write_text(path.read_text().replace("tags: [Space]\n", "tags: [Space]\ncorrections:\n  - text: no date\n"))
    run = build(site, tmp_path / "out")
    assert run.status == 1
    assert "content/2026/rocket-launch.md:13: 'corrections' entry 1 must have a date and a text" in run.err


# --- pages, navigation, archive, attribution, print ---------------------------------


def test_standalone_pages_menu_and_footer(photos):
    _, out = photos
    about = doc(out, "about/")
    assert about.cssselect("h1")[0].text_content() == "About The Photo Herald"
    assert [a.text_content() for a in about.cssselect(".sections a")] == ["Latest", "Space", "Food", "Archive", "About"]
    assert about.cssselect('.sections a[aria-current="page"]')[0].text_content() == "About"
    footer = [a.get("href") for a in about.cssselect(".site-footer nav a")]
    assert footer == ["../about/", "../contact/", "../corrections-policy/"]
    assert (out / "contact/index.html").is_file() and (out / "favicon.svg").is_file()
    head = doc(out, "")
    assert head.xpath('//link[@rel="apple-touch-icon"]') and head.xpath('//meta[@name="theme-color"]')


def test_month_pages_link_the_months_around_them(photos):
    _, out = photos
    november = doc(out, "archive/2026/11/")
    assert november.cssselect(".month-nav a[rel=prev]")[0].get("href") == "../../../archive/2026/10/"
    assert not november.cssselect(".month-nav a[rel=next]")
    october = doc(out, "archive/2026/10/")
    assert october.cssselect(".month-nav a[rel=next]")[0].text_content().split()[-2:] == ["November", "2026"]
    year = doc(out, "archive/2026/")
    assert [h.text_content().split()[:2] for h in year.cssselect(".archive-month h2")] == [["November", "2026"],
                                                                                        ["October", "2026"]]


def test_a_rewrite_says_what_it_is_based_on(photos):
    _, out = photos
    based = doc(out, "2026/11/market-report-rewrite/").cssselect(".story-header .based-on")[0]
    assert based.text_content() == "Based on reporting by Coast Courier"
    assert based.cssselect("a")[0].get("href") == "https://courier.example.com/bean-exporters"


def test_empty_site_speaks_to_readers(tmp_path):
    site = make_site(tmp_path, "photos")
    for md in (site / "content").rglob("*.md"):
        md.unlink()
    out = tmp_path / "out"
    assert build(site, out).status == 0
    text = doc(out, "").cssselect("main")[0].text_content()
    assert "There are no stories yet" in text and "content/" not in text


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_print_is_dark_on_white_with_addresses_and_no_furniture(photos, browser, scheme):
    _, out = photos
    with serve_directory(out, "/", out / "404.html") as base:
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        try:
            page.goto(base + ARTICLE)
            page.emulate_media(media="print", color_scheme=scheme)
            style = page.evaluate("""() => ({
                body: getComputedStyle(document.body).backgroundColor,
                title: getComputedStyle(document.querySelector('.masthead-title a')).color,
                link: getComputedStyle(document.querySelector('.source a')).color,
                nav: getComputedStyle(document.querySelector('.sections')).display,
                tags: getComputedStyle(document.querySelector('.tag-list')).display,
                feeds: getComputedStyle(document.querySelector('.feeds')).display,
                urls: getComputedStyle(document.querySelector('.print-urls')).display,
            })""")
            assert style["body"] == "rgb(255, 255, 255)"
            assert style["title"] == "rgb(0, 0, 0)" and style["link"] == "rgb(0, 0, 0)"
            assert style["nav"] == style["tags"] == style["feeds"] == "none"
            assert style["urls"] == "block"
            assert "http://127.0.0.1:8000/" + ARTICLE in page.inner_text(".print-urls")
        finally:
            context.close()


# --- validators ---------------------------------------------------------------------


def test_every_page_of_the_photo_site_passes_the_nu_html_checker(photos):
    _, out = photos
    assert vnu_errors([out]) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width, height", [(1280, 900), (390, 844)])
def test_every_page_kind_has_no_axe_violations_light_and_dark(photos, browser, scheme, width, height):
    """(One test for each scheme and screen, so that the test processes share them.)"""
    _, out = photos
    with serve_directory(out, "/", out / "404.html") as base:
        context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": height})
        page = context.new_page()
        try:
            for path in pages_of(out):
                page.goto(base + path)
                assert axe_violations(page) == [], f"{scheme} {width}: {path}"
        finally:
            context.close()


def test_a_photo_pillow_cannot_read_is_a_warning_and_copied_as_it_is(tmp_path):
    site = make_site(tmp_path, "photos")
    (site / "static/images/chelsea.jpg").write_bytes(b"not a photo")
    out = tmp_path / "out"
    run = build(site, out)
    assert run.status == 0
    assert "static/images/chelsea.jpg: warning: cannot read this photo" in run.err
    assert (out / "images/chelsea.jpg").read_bytes() == b"not a photo"
    img = doc(out, "2026/11/cat-cafe/").cssselect(".story-figure img")[0]
    assert img.get("src") == "../../../images/chelsea.jpg" and img.get("srcset") is None
