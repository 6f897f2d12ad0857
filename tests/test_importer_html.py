"""`python build.py import page.html`: a page saved from a browser, read through trafilatura
(the optional `html` extra) and the page's own metadata."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO, run_cli

from gazette.importer.read_html import INSTALL_HINT, page_metadata

PAGES = Path(__file__).resolve().parent / "importer_corpus" / "pages"


def site_at(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "site.toml").write_text((REPO / "site.toml").read_text(encoding="utf-8"), encoding="utf-8")
    return site


def test_a_saved_page_becomes_an_article_with_the_pages_own_metadata(tmp_path):
    site = site_at(tmp_path)
    run = run_cli("import", "--site", str(site), "--publish", str(PAGES / "en-joongang-yeo.html"))
    assert run.status == 0, run.err
    path = Path(run.out.split(" <- ")[0])
    assert path == site / "content/2025/top-office-names-technocrat-as-chief-trade-negotiator.md"
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    head += "\n"
    assert "\ndate: 2025-06-10T18:58:00+09:00\n" in head  # JSON-LD datePublished, with its offset
    assert "\nupdated: 2025-06-10T19:38:00+09:00\n" in head
    assert "\nsource: Korea JoongAng Daily\n" in head and "\nauthor: Sarah Kim\n" in head
    assert "\nimage_credit: KIM HYUN-DONG\n" in head and "language" not in head  # an English page
    assert body.lstrip().startswith("In the latest round of appointments")
    for furniture in ("Related Articles", "Copyright", "Facebook", "Home"):
        assert furniture not in body


def test_metadata_sources_in_their_order_of_trust():
    from lxml import html

    tree = html.fromstring(
        '<html lang="ko-KR"><head>'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H1", '
        '"datePublished": "2021-03-15T06:30:00Z", "author": {"name": "JANE DOE"}}</script>'
        '<meta property="og:title" content="H2"><meta property="og:site_name" content="Outlet">'
        '<meta property="article:published_time" content="2020-01-01"></head>'
        '<body><time datetime="2019-01-01">x</time></body></html>')
    meta = page_metadata(tree)
    assert meta["title"] == "H1" and meta["date"] == "2021-03-15T06:30:00+00:00"
    assert meta["source"] == "Outlet" and meta["authors"] == ("Jane Doe",) and meta["language"] == "ko"
    bare = page_metadata(html.fromstring('<html><body><time datetime="2019-01-02T10:00">x</time></body></html>'))
    assert bare["date"] == "2019-01-02T10:00:00" and "source" not in bare


def test_without_the_extra_the_command_says_how_to_install_it(tmp_path):
    """In a Python where trafilatura cannot be imported (a stand-in module that fails as a missing one
    does), importing a page is a one-line message naming the extra, not a traceback."""
    blocker = tmp_path / "blocked"
    blocker.mkdir()
    (blocker / "trafilatura.py").write_text("raise ImportError('No module named trafilatura')\n", encoding="utf-8")
    site = site_at(tmp_path)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(blocker), str(REPO)])}
    run = subprocess.run([sys.executable, str(REPO / "build.py"), "import", "--site", str(site),
                          str(PAGES / "de-noz-dpa-scholz.html")], capture_output=True, text=True, env=env,
                         timeout=120, check=False)
    assert run.returncode == 1
    assert run.stderr.strip() == f"{PAGES / 'de-noz-dpa-scholz.html'}: {INSTALL_HINT}"
    assert "pip install 'gazette[html]'" in run.stderr
    assert not (site / "content").exists()


def test_what_a_site_glues_on_is_no_part_of_the_headline():
    from gazette.importer.read_html import page_title

    sites = {"dwcom", "日本経済新聞電子版", "新华网"}
    assert page_title("Berlin confronts its past | DW | 19.01.2020", sites) == "Berlin confronts its past"
    assert page_title("米朝首脳直通電話　成否　（写真＝ロイター）　：日本経済新聞", sites) == "米朝首脳直通電話　成否"
    assert page_title("短缺药品保供稳价-新华网", sites) == "短缺药品保供稳价"
    # A tail that is not the site's own stays: it may be part of the headline.
    assert page_title("Scholz: Wir handeln", sites) == "Scholz: Wir handeln"
    assert page_title("DW", sites) == "DW"


def test_the_publisher_named_as_author_and_an_update_time_are_not_taken():
    from lxml import html

    tree = html.fromstring(
        '<html><head><meta name="author" content="Süddeutsche.de GmbH, Munich, Germany">'
        '<meta property="og:site_name" content="Outlet"></head><body>'
        '<li>Mis à jour le <time datetime="2013-04-06T10:37:32+02:00">06/04</time></li>'
        '<li>Publié le <time datetime="2013-04-05T17:08:23+02:00">05/04</time></li></body></html>')
    meta = page_metadata(tree)
    assert "authors" not in meta and meta["date"] == "2013-04-05T17:08:23+02:00"
    for author in ('{"@type": "Organization", "name": "日本経済新聞社"}', '"lefigaro.fr"', '"Outlet"'):
        page = html.fromstring('<html><head><meta property="og:site_name" content="Outlet">'
                               '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
                               f'{author}}}</script></head><body></body></html>')
        from gazette.importer.read_html import _people
        found = page_metadata(page)
        assert not _people(tuple(found.get("authors") or ()), found), author
    person = page_metadata(html.fromstring('<html><head><meta name="author" content="Jill Serjeant"></head></html>'))
    assert person["authors"] == ("Jill Serjeant",)


def test_a_figure_credit_keeps_its_name_and_drops_its_label():
    from lxml import html

    from gazette.importer.read_html import _figure

    for caption, want in [
        ("Arnaud Montebourg, ministre Crédits photo : Jean-Christophe MARMARA/Le Figaro",
         ("Arnaud Montebourg, ministre", "Jean-Christophe MARMARA/Le Figaro")),
        ("Flixtrain setzt auf Reisende, denen die Bahn zu teuer ist. (Foto: Christian Charisius/dpa)",
         ("Flixtrain setzt auf Reisende, denen die Bahn zu teuer ist.", "Christian Charisius/dpa")),
    ]:
        tree = html.fromstring(f'<html><body><figure><img src="a.jpg"><figcaption>{caption}</figcaption>'
                               '</figure></body></html>')
        assert _figure(tree) == ("a.jpg", *want)
