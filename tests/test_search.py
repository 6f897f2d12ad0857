"""Site search (gazette/search.py, Pagefind) in a real browser, on a site of real news copy
(tests/related_pairs/) built for https://user.github.io/repo/ and served under /repo/ as
GitHub Pages would; and the index kept, remade and deferred as the builds go."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

import lxml.html
import pytest

from checkers import serve_directory
from conftest import REPO, assert_same_site, build, snapshot
from gazette import pipeline, search
from gazette.config import load_config
from test_incremental import age, contents, edit

PAIRS = Path(__file__).resolve().parent / "related_pairs"
NOW = "1767225600"  # 2026-01-01: every article of the real copy is in the past


def real_copy_site(tmp_path: Path, *settings: str) -> Path:
    """The real copy of tests/related_pairs/ as a site, with the repo's theme."""
    site = tmp_path / "site"
    shutil.copytree(PAIRS / "content", site / "content")
    shutil.copytree(REPO / "templates", site / "templates")
    shutil.copytree(REPO / "static", site / "static")
    (site / "site.toml").write_text("\n".join([
        'title = "Real Copy"', 'language = "en"', 'timezone = "Asia/Seoul"',
        'base_url = "https://user.github.io/repo/"', *settings]) + "\n", encoding="utf-8")
    return site


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SOURCE_DATE_EPOCH", NOW)
        tmp = tmp_path_factory.mktemp("search")
        site = real_copy_site(tmp)
        out = tmp / "out"
        run = build(site, out)
        assert run.status == 0, run.err
        yield out


@pytest.fixture
def served(built):
    with serve_directory(built, "/repo/", built / "404.html") as base:
        yield base


def results(page, done: str) -> list[tuple[str, str]]:
    """The results shown once the search for `done` (the page's query string) has finished."""
    page.wait_for_function(f"document.getElementById('search-status').dataset.done === {done!r}",
                           timeout=20_000)
    return [(a.inner_text(), a.get_attribute("href")) for a in page.locator("#search-results h2 a").all()]


def test_a_query_typed_in_the_header_finds_the_article_and_its_link_opens(page, served):
    page.goto(served + "2024/12/martial-law-ajunews/")
    page.fill("#search-box-q", "Homendy")  # the NTSB's chair, named in two of the Key Bridge reports
    page.press("#search-box-q", "Enter")
    page.wait_for_url(re.compile(r"/repo/search/\?q=Homendy$"))
    found = results(page, "q=Homendy")
    titles = [title for title, _ in found]
    assert "NTSB investigates cargo ship collision with Baltimore bridge" in titles, titles
    assert "Key Bridge Collapse Probe Expected to Examine Cargo Ship's Reported Loss of Power" in titles, titles
    assert len(found) == 2, titles
    first = page.locator("#search-results .search-result").first
    assert re.search(r"\d{4}", first.locator("time").inner_text())  # the date
    assert first.locator(".search-meta").inner_text().split(" · ")[-1] in ("inkl", "Hamodia")  # the source
    assert "homendy" in first.locator(".search-excerpt mark").first.inner_text().lower()  # the excerpt
    page.click("#search-results h2 a >> text=NTSB investigates cargo ship collision with Baltimore bridge")
    page.wait_for_url(served + "2024/03/keybridge-probe-inkl/")
    assert page.locator("h1").inner_text() == "NTSB investigates cargo ship collision with Baltimore bridge"


def test_filters_narrow_the_results(page, served):
    page.goto(served + "search/?q=Nvidia")
    everything = results(page, "q=Nvidia")
    assert len(everything) >= 5, everything  # the sell-off, the results, the distillation claim
    page.select_option("#search-source", "Newser")
    page.wait_for_url(re.compile(r"source=Newser"))
    assert [title for title, _ in results(page, "q=Nvidia&source=Newser")] == [
        "Nvidia Is Suffering Biggest Market Rout in History"]
    page.select_option("#search-source", "")
    page.select_option("#search-year", "2024")
    assert results(page, "q=Nvidia&year=2024") == []  # no Nvidia story from 2024 in this copy
    page.select_option("#search-year", "2025")
    narrowed = results(page, "q=Nvidia&year=2025")
    assert 0 < len(narrowed) <= len(everything)
    page.select_option("#search-tag", "Transport")
    assert results(page, "q=Nvidia&tag=Transport&year=2025") == []


def test_a_korean_query_finds_the_korean_article(page, served):
    page.goto(served + "search/")
    page.wait_for_selector("#search-app[data-ready]", state="attached")  # the index is open: searches here
    page.fill("#search-q", "계엄사령관")  # in one report of the night of martial law only
    page.press("#search-q", "Enter")
    found = results(page, "q=%EA%B3%84%EC%97%84%EC%82%AC%EB%A0%B9%EA%B4%80")
    assert [title for title, _ in found] == ["尹, '비상 계엄' 기습 선포...여야, 2시간 30여분 만에 해제 의결"], found
    page.click("#search-results h2 a")
    page.wait_for_url(served + "2024/12/martial-law-ajunews/")


def test_the_search_box_is_a_plain_form_that_works_without_javascript(browser, served):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(served)
        page.fill("#search-box-q", "harbour")
        page.press("#search-box-q", "Enter")
        page.wait_for_url(served + "search/?q=harbour")
        assert "Search needs JavaScript" in page.locator("main").inner_text()
        assert page.locator("main a", has_text="the archive").get_attribute("href") == "../archive/"
    finally:
        context.close()


# --- the index as builds go -------------------------------------------------------------


def index_files(out: Path) -> dict:
    return {path: value for path, value in snapshot(out).items() if path.startswith("pagefind/")}


def test_the_index_is_left_untouched_when_no_article_changed_and_remade_when_one_did(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = real_copy_site(tmp_path)
    age(site)
    out = tmp_path / "out"
    assert build(site, out).status == 0
    first = index_files(out)
    # One index per year of the articles' dates, and the manifest naming them.
    assert {p.split("/")[1] for p in first} == {"2023", "2024", "2025", "gazette.json"}
    assert "pagefind/2024/pagefind.js" in first and any(p.startswith("pagefind/2024/fragment/") for p in first)
    assert json.loads(first["pagefind/gazette.json"][0]) == {
        "bundles": ["2025/", "2024/", "2023/"], "stale": {}, "minus": {}}
    (site / "templates" / "base.html").write_text(  # every page changes, no article: the same index
        (site / "templates" / "base.html").read_text(encoding="utf-8").replace("Skip to content", "Skip"),
        encoding="utf-8")
    assert build(site, out).status == 0
    assert index_files(out) == first  # same bytes, same modification times
    edit(site / "content" / "deepseek-newser.md", "biggest single-day", "largest single-day")
    assert build(site, out).status == 0
    after = index_files(out)
    # The years' indexes stay as they are; the edited article goes into the fresh index, and
    # the manifest lists its 2025 copy as stale.
    assert {p: v for p, v in after.items() if p.startswith(("pagefind/202",))} == \
        {p: v for p, v in first.items() if p.startswith(("pagefind/202",))}
    manifest = json.loads(after["pagefind/gazette.json"][0])
    assert manifest["bundles"] == ["2025/", "2024/", "2023/", "fresh/"]
    assert list(manifest["stale"].values()) == ["2025/01/deepseek-newser/"]
    assert manifest["minus"]["year"] == {"2025": 1}
    fresh = [json.loads(gzip.decompress(data)[len(search.SIGNATURE):]) for p, (data, _) in after.items()
             if p.startswith("pagefind/fresh/fragment/")]
    assert [f["url"] for f in fresh] == ["2025/01/deepseek-newser/"] and "largest single-day" in fresh[0]["content"]
    cold = tmp_path / "cold"
    assert build(site, cold, "--no-cache").status == 0
    assert_same_site(out, cold)
    (site / "content" / "martial-law-newsworks.md").unlink()  # a removed article: its copy is stale too
    (site / "content" / "bok-rate-trenue.md").unlink()  # 2023's only article: its year's index goes
    assert build(site, out).status == 0
    manifest = json.loads((out / "pagefind/gazette.json").read_bytes())
    assert sorted(manifest["stale"].values()) == ["2024/12/martial-law-newsworks/", "2025/01/deepseek-newser/"]
    assert manifest["bundles"] == ["2025/", "2024/", "fresh/"] and not (out / "pagefind/2023").exists()
    shutil.rmtree(cold)
    assert build(site, cold, "--no-cache").status == 0
    assert_same_site(out, cold)


def test_another_parse_code_makes_every_year_anew_and_the_next_edit_goes_to_the_fresh_index(tmp_path, monkeypatch):
    """A record's key stands for its text under one parse code: under another (here, an
    upgrade of Python-Markdown), the text may differ with the same key, so the years are
    made anew, and what they hold is kept for the builds after."""
    from gazette import cache

    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = real_copy_site(tmp_path)
    age(site)
    out = tmp_path / "out"
    pipeline.build(load_config(site), out)
    first = index_files(out)
    versions = cache._library_versions()
    monkeypatch.setattr(cache, "_library_versions", lambda: versions.replace("markdown=", "markdown=0.0+"))
    pipeline.build(load_config(site), out)
    remade = index_files(out)
    assert remade.keys() == first.keys()
    edit(site / "content" / "deepseek-newser.md", "biggest single-day", "largest single-day")
    pipeline.build(load_config(site), out)
    after = index_files(out)
    assert json.loads(after["pagefind/gazette.json"][0])["bundles"] == ["2025/", "2024/", "2023/", "fresh/"]
    assert {p: v for p, v in after.items() if p.startswith("pagefind/202")} == \
        {p: v for p, v in remade.items() if p.startswith("pagefind/202")}


def test_another_parse_code_remakes_each_output_folders_years(tmp_path, monkeypatch):
    """The years' marks are signed by the parse version too: the record of what each year
    holds is one cache file per site, so a second output folder built after the first
    must not find its old years' marks there (found by review: its index kept the text
    of the old parse code)."""
    from gazette import cache, markdown

    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = real_copy_site(tmp_path)
    age(site)
    first, second, cold = tmp_path / "first", tmp_path / "second", tmp_path / "cold"
    for out in (first, second):
        pipeline.build(load_config(site), out)
    versions = cache._library_versions()
    monkeypatch.setattr(cache, "_library_versions", lambda: versions.replace("markdown=", "markdown=0.0+"))
    render = markdown.render
    monkeypatch.setattr(markdown, "render", lambda text: render(text) + "<p>Zqxmarker</p>")
    for out in (first, second):
        pipeline.build(load_config(site), out)
    pipeline.build(load_config(site), cold, use_cache=False)
    assert search.live_pages(second) == search.live_pages(cold)
    assert all("Zqxmarker" in page["content"] for page in search.live_pages(second).values())


def test_a_year_with_many_changes_gets_its_index_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    monkeypatch.setattr(search, "SHARD_LIMIT", 1)
    site = real_copy_site(tmp_path)
    age(site)
    out, cold = tmp_path / "out", tmp_path / "cold"
    pipeline.build(load_config(site), out)
    first = index_files(out)
    edit(site / "content" / "deepseek-newser.md", "biggest single-day", "largest single-day")
    edit(site / "content" / "deepseek-econotimes.md", "DeepSeek", "DeepSeek AI")
    pipeline.build(load_config(site), out)
    after = index_files(out)
    assert json.loads(after["pagefind/gazette.json"][0])["stale"] == {}  # two changes: 2025's index made anew
    assert not any(p.startswith("pagefind/fresh/") for p in after)
    assert {p for p in after if p.startswith("pagefind/2025/fragment/")} != \
        {p for p in first if p.startswith("pagefind/2025/fragment/")}
    pipeline.build(load_config(site), cold, use_cache=False)
    assert contents(out) == contents(cold)  # a year made anew is what a cold build makes of it


def test_the_fresh_index_is_held_to_its_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    monkeypatch.setattr(search, "FRESH_LIMIT", 1)
    site = real_copy_site(tmp_path)
    age(site)
    out, cold = tmp_path / "out", tmp_path / "cold"
    pipeline.build(load_config(site), out)
    edit(site / "content" / "deepseek-newser.md", "biggest single-day", "largest single-day")  # 2025
    edit(site / "content" / "keybridge-probe-inkl.md", "black box", "black box recorder")  # 2024
    edit(site / "content" / "martial-law-sbs.md", "\n\n", "\n\nAn added line.\n\n")  # 2024
    pipeline.build(load_config(site), out)
    manifest = json.loads((out / "pagefind/gazette.json").read_bytes())
    assert list(manifest["stale"].values()) == ["2025/01/deepseek-newser/"]  # 2024, with two, made anew
    pipeline.build(load_config(site), cold, use_cache=False)
    assert_same_site(out, cold)


def test_a_search_after_an_edit_finds_the_new_text_not_the_old(tmp_path, monkeypatch, page):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = real_copy_site(tmp_path)
    age(site)
    out = tmp_path / "out"
    assert build(site, out).status == 0
    edit(site / "content" / "keybridge-probe-inkl.md", "Homendy", "Zyxwquorble")  # every mention
    path = site / "content" / "keybridge-probe-inkl.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Homendy", "Zyxwquorble"), encoding="utf-8")
    assert build(site, out).status == 0
    assert json.loads((out / "pagefind/gazette.json").read_bytes())["stale"]
    with serve_directory(out, "/repo/", out / "404.html") as base:
        page.goto(base + "search/?q=Zyxwquorble")
        assert [t for t, _ in results(page, "q=Zyxwquorble")] == [
            "NTSB investigates cargo ship collision with Baltimore bridge"]
        page.goto(base + "search/?q=Homendy")  # the year's index still has the old text: not shown
        assert [t for t, _ in results(page, "q=Homendy")] == [
            "Key Bridge Collapse Probe Expected to Examine Cargo Ship's Reported Loss of Power"]
        page.goto(base + "search/?year=2024")
        shown = page.locator("#search-year option[value='2024']").inner_text()
    cold = tmp_path / "cold"
    assert build(site, cold, "--no-cache").status == 0
    with serve_directory(cold, "/repo/", cold / "404.html") as base:
        page.goto(base + "search/?year=2024")
        page.wait_for_selector("#search-app[data-ready]", state="attached")
        assert page.locator("#search-year option[value='2024']").inner_text() == shown  # the same count


def test_a_builder_patches_the_page_first_and_remakes_the_index_when_it_settles(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = real_copy_site(tmp_path)
    age(site)
    builder = pipeline.Builder(site, tmp_path / "out", {})
    builder.build()
    builder.settle()
    before = index_files(tmp_path / "out")
    assert before
    path = site / "content" / "keybridge-probe-inkl.md"
    edit(path, "black box", "black box recorder")
    result = builder.build({path})
    assert result.patched and not any(f.startswith("pagefind/") for f in result.changed_files)
    assert index_files(tmp_path / "out") == before  # the page first: the index is not waited for
    builder.settle()
    assert any(p.startswith("pagefind/fresh/") for p in index_files(tmp_path / "out"))
    cold = tmp_path / "cold"
    pipeline.build(load_config(site), cold, use_cache=False)
    assert_same_site(tmp_path / "out", cold)
    # What the builder kept of the years' indexes went into the build cache: a one-off build
    # after another edit of 2024 keeps that year's index too.
    years = {p: v for p, v in index_files(tmp_path / "out").items() if p.startswith("pagefind/2024/")}
    edit(path, "black box recorder", "flight recorder")
    assert build(site, tmp_path / "out").status == 0
    assert {p: v for p, v in index_files(tmp_path / "out").items() if p.startswith("pagefind/2024/")} == years
    shutil.rmtree(cold)
    pipeline.build(load_config(site), cold, use_cache=False)
    assert_same_site(tmp_path / "out", cold)


def test_search_false_leaves_out_the_index_the_page_and_the_box(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = real_copy_site(tmp_path, "search = false")
    out = tmp_path / "out"
    assert build(site, out).status == 0
    assert not (out / "pagefind").exists() and not (out / "search").exists()
    assert 'role="search"' not in (out / "index.html").read_text(encoding="utf-8")


def test_search_works_at_a_domain_root_too(page, built):
    with serve_directory(built, "/", built / "404.html") as base:
        page.goto(base + "search/?q=Homendy")
        assert len(results(page, "q=Homendy")) == 2
        page.click("#search-results h2 a >> text=NTSB investigates cargo ship collision with Baltimore bridge")
        page.wait_for_url(base + "2024/03/keybridge-probe-inkl/")


def test_one_off_builds_patch_the_kept_plan_with_search_and_related_lists(tmp_path, monkeypatch):
    """`python build.py` after an edit patches the plan the last build kept (kept.py): with
    search on, the fresh index follows; an edit that changes a More on this story list is
    given up for the full build. Both leave what a cold build makes."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = real_copy_site(tmp_path)
    age(site)
    out, cold = tmp_path / "out", tmp_path / "cold"
    assert not pipeline.build(load_config(site), out).patched
    edit(site / "content" / "keybridge-probe-inkl.md", "black box", "black box recorder")
    result = pipeline.build(load_config(site), out)
    assert result.patched and result.parsed == 1
    assert (out / "pagefind/fresh/pagefind-entry.json").is_file()  # the search index followed
    pipeline.build(load_config(site), cold, use_cache=False)
    assert_same_site(out, cold)
    shutil.copy(out / "2024/03/keybridge-probe-inkl/index.html", tmp_path / "before.html")
    # The Key Bridge reports' shared words gone from one of them: its list changes.
    path = site / "content" / "keybridge-probe-hamodia.md"
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    path.write_text(head + "\n---\n\nA short note on the weather in Jerusalem, sunny and warm all week.\n",
                    encoding="utf-8")
    result = pipeline.build(load_config(site), out)
    assert not result.patched and result.parsed == 1
    shutil.rmtree(cold)
    pipeline.build(load_config(site), cold, use_cache=False)
    assert_same_site(out, cold)
    page = lxml.html.fromstring((out / "2024/03/keybridge-probe-inkl/index.html").read_bytes())
    more = [a.get("href") for a in page.cssselect("section.more-on-story a")]
    assert more and not any("keybridge-probe-hamodia" in href for href in more)
    before = lxml.html.fromstring((tmp_path / "before.html").read_bytes())
    assert any("keybridge-probe-hamodia" in a.get("href") for a in before.cssselect("section.more-on-story a"))


def test_one_off_edits_after_an_add_are_patched_and_the_fresh_index_keeps_every_change(tmp_path, monkeypatch):
    """The fresh index is made anew from every article in it: after an added article (a
    full build) or an earlier patched edit, the next one-off edit reads their text from
    the kept plan and is patched, not given up for a full build."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = real_copy_site(tmp_path)
    age(site)
    out, cold = tmp_path / "out", tmp_path / "cold"
    pipeline.build(load_config(site), out)
    (site / "content" / "added-story.md").write_text(
        "---\ntitle: Harbour cranes return to the port\ndate: 2025-06-02\nsource: The Coast Courier\n---\n\n"
        "Three gantry cranes were lifted back onto the quay on Monday.\n", encoding="utf-8")
    assert not pipeline.build(load_config(site), out).patched  # an add: the full build
    age(site)
    edit(site / "content" / "keybridge-probe-inkl.md", "black box", "black box recorder")
    assert pipeline.build(load_config(site), out).patched
    age(site)
    edit(site / "content" / "deepseek-newser.md", "biggest single-day", "largest single-day")
    assert pipeline.build(load_config(site), out).patched
    fresh = [json.loads(gzip.decompress(data)[len(search.SIGNATURE):]) for p, (data, _) in index_files(out).items()
             if p.startswith("pagefind/fresh/fragment/")]
    assert sorted(f["url"] for f in fresh) == [
        "2024/03/keybridge-probe-inkl/", "2025/01/deepseek-newser/", "2025/06/added-story/"]
    assert "gantry cranes" in " ".join(f["content"] for f in fresh)
    pipeline.build(load_config(site), cold, use_cache=False)
    assert_same_site(out, cold)


def test_pagefind_is_found_where_its_own_python_api_finds_it(monkeypatch, tmp_path):
    from pagefind.service import get_executable

    assert search._executable() == get_executable() is not None
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "pagefind"))
    assert search._executable() == get_executable() == tmp_path / "pagefind"
