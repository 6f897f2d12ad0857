"""More on this story (gazette/related.py): on a site built from real copy (tests/related_pairs/),
each article lists the other reports of its event and not the different stories on the same
topic; the threshold's table; lists recomputed only where they can change, equal to a cold
computation; explicit links, story threads and their structured data."""

from __future__ import annotations

import itertools
import json
import random
import tomllib
from pathlib import Path

import lxml.html
import pytest

from conftest import build, make_site
from gazette import related
from test_incremental import age, article, edit
from test_search import NOW, PAIRS, real_copy_site

GROUPS = tomllib.loads((PAIRS / "pairs.toml").read_text(encoding="utf-8"))
SAME = {frozenset(pair) for group in GROUPS["same_event"].values() for pair in itertools.combinations(group, 2)}
DIFFERENT = {frozenset(pair) for pair in GROUPS["different"]["pairs"]}


@pytest.fixture(scope="module")
def site_pages(tmp_path_factory) -> dict[str, lxml.html.HtmlElement]:
    """Each article page of the real copy, by slug (its file's name)."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SOURCE_DATE_EPOCH", NOW)
        tmp = tmp_path_factory.mktemp("related")
        site = real_copy_site(tmp, "search = false")
        run = build(site, tmp / "out")
        assert run.status == 0, run.err
        pages = {}
        for path in (tmp / "out").glob("*/*/*/index.html"):
            if path.relative_to(tmp / "out").parts[0].isdigit():  # 2024/12/slug/, not archive/2024/12/
                pages[path.parent.name] = lxml.html.fromstring(path.read_bytes())
        return pages


def listed(page: lxml.html.HtmlElement) -> list[str]:
    return [href.rstrip("/").rsplit("/", 1)[-1] for href in page.xpath("//section[@class='more-on-story']//a/@href")]


def test_the_real_copy_is_all_there(site_pages):
    stems = {p.stem for p in (PAIRS / "content").glob("*.md")}
    assert set(site_pages) == stems
    assert {name for pair in SAME | DIFFERENT for name in pair} <= stems


def test_each_report_lists_the_other_reports_of_its_event(site_pages):
    for pair in SAME:
        a, b = sorted(pair)
        assert b in listed(site_pages[a]), (a, listed(site_pages[a]))
        assert a in listed(site_pages[b]), (b, listed(site_pages[b]))


def test_no_report_lists_a_different_story_on_the_same_topic(site_pages):
    for pair in DIFFERENT:
        a, b = sorted(pair)
        assert b not in listed(site_pages[a]) and a not in listed(site_pages[b]), pair


def test_the_lists_carry_relatedlink_in_structured_data(site_pages):
    page = site_pages["deepseek-newser"]
    data = json.loads(page.xpath("//script[@type='application/ld+json']/text()")[0])
    links = data["mainEntityOfPage"]["relatedLink"]
    assert [link.rstrip("/").rsplit("/", 1)[-1] for link in links] == listed(page)
    assert all(link.startswith("https://user.github.io/repo/") for link in links)


def texts() -> dict[str, tuple[str, float]]:
    """Text and date (in days) of each article of the real copy, as the build reads them."""
    from gazette import markdown
    from gazette.content import _load_yaml, split_frontmatter, to_datetime
    from zoneinfo import ZoneInfo

    found = {}
    for path in sorted((PAIRS / "content").glob("*.md")):
        fm, body, _ = split_frontmatter(path.read_text(encoding="utf-8"))
        data = _load_yaml(fm)
        html = markdown.render(body)
        summary = markdown.shorten(markdown.first_paragraph(html))
        day = to_datetime(data["date"], ZoneInfo("Asia/Seoul"))[0].timestamp() / 86400
        found[path.stem] = (related.text_of(data["title"], summary, html), day)
    return found


def test_the_threshold_separates_same_event_pairs_from_different_stories():
    """The table the threshold was set from (see related.py): every labelled pair's score."""
    docs = texts()
    score = {pair: related.similarity(docs[min(pair)][0], docs[max(pair)][0], docs[min(pair)][1] - docs[max(pair)][1])
             for pair in SAME | DIFFERENT}
    same = sorted(score[p] for p in SAME)
    different = sorted(score[p] for p in DIFFERENT)
    assert same[0] >= related.THRESHOLD + 0.03, same
    assert different[-1] <= related.THRESHOLD - 0.03, different
    # Without the dates, rate decisions a year apart score above two same-event pairs.
    assert related.similarity(docs["bok-rate-newdaily"][0], docs["bok-rate-trenue"][0]) > same[1]


def test_lists_are_recomputed_only_where_they_can_change_and_equal_a_cold_computation():
    docs = {key: related.Document(str(i), day, text) for i, (key, (text, day)) in enumerate(texts().items())}
    rng = random.Random(7)
    kept, _ = related.update(None, docs)
    for step in range(12):
        key = rng.choice(sorted(docs))
        text, day = docs[key].text, docs[key].day
        if step % 3 == 2:  # a new article: another outlet's copy of this one
            key, text = f"{key}-copy{step}", text + " Reported by another outlet."
        else:  # an edit
            text = text + f" An added sentence about Baltimore number {step}."
        before = kept.vectors.get(key, (None, None, None))[2]
        docs = {**docs, key: related.Document(f"edit{step}", day, text)}
        kept, redone = related.update(kept, docs)
        cold, _ = related.update(None, docs)
        assert kept.nearest == cold.nearest, step
        assert len(redone) < len(docs), (step, len(redone))
        # Its own list is recomputed when its vector changed (the heaviest terms may stay the same).
        assert (key in redone) == (kept.vectors[key][2] != before), step


def test_an_unrelated_edit_recomputes_no_other_list():
    docs = {key: related.Document(str(i), day, text) for i, (key, (text, day)) in enumerate(texts().items())}
    kept, _ = related.update(None, docs)
    same = docs["brooklyn-bridge-newsusahub"]
    docs["brooklyn-bridge-newsusahub"] = related.Document("x", same.day, same.text)
    again, redone = related.update(kept, docs)
    assert redone == set() and again.nearest == kept.nearest  # the same text: the same vector, nothing to do


# --- explicit links and story threads, on the sample site ----------------------------------------


def test_related_names_a_slug_with_a_suggestion_when_it_is_unknown(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = make_site(tmp_path, "basic")
    path = article(site, "follow-up", "Ferry timetable restored", "2025-03-08")
    edit(path, "tags: [Weather]", "tags: [Weather]\nrelated: [harbour-reopen]")
    run = build(site, tmp_path / "out")
    assert run.status == 1
    assert any("follow-up.md:6: related names no article: 'harbour-reopen'; did you mean 'harbour-reopens'?" in line
               for line in run.err_lines), run.err


def test_related_links_join_a_story_shown_in_date_order(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = make_site(tmp_path, "basic")
    path = article(site, "follow-up", "Ferry timetable restored", "2025-03-08")
    edit(path, "tags: [Weather]", "tags: [Weather]\nrelated: [harbour-rewrite]")
    age(site)
    out = tmp_path / "out"
    run = build(site, out)
    assert run.status == 0, run.err
    page = lxml.html.fromstring((out / "2025/03/follow-up/index.html").read_bytes())
    thread = page.xpath("//section[@class='story-thread']//li")
    # harbour-reopens (4 March) <- rewritten by harbour-rewrite (6 March) <- related: follow-up (8 March)
    assert [li.text_content().split(":")[0].strip() for li in thread[:2]] == ["Earlier", "Earlier"]
    assert [a.get("href") for a in page.xpath("//section[@class='story-thread']//a")] == [
        "../../../2025/03/harbour-reopens/", "../../../2025/03/harbour-rewrite/"]
    assert thread[2].get("aria-current") == "page"
    assert listed(page)[0] == "harbour-rewrite"  # the explicit link first
    original = lxml.html.fromstring((out / "2025/03/harbour-reopens/index.html").read_bytes())
    later = original.xpath("//section[@class='story-thread']//li")[1:]
    assert [li.text_content().split(":")[0].strip() for li in later] == ["Later", "Later"]
    rewrite = lxml.html.fromstring((out / "2025/03/harbour-rewrite/index.html").read_bytes())
    data = json.loads(rewrite.xpath("//script[@type='application/ld+json']/text()")[0])
    assert data["isBasedOn"] == "https://example.org/news/2025/03/harbour-reopens/"
    assert "follow-up" in listed(rewrite)  # named by the follow-up's `related`: listed both ways


def shown_links(out: Path) -> dict[str, list]:
    """What each article page shows of other articles: its lists' and its neighbours' links."""
    found = {}
    for path in out.glob("*/*/*/index.html"):
        if path.relative_to(out).parts[0].isdigit():
            page = lxml.html.fromstring(path.read_bytes())
            found[path.parent.name] = page.xpath("//section[@class='more-on-story']//a/@href"
                                                 " | //nav[@class='story-nav']//a/@href")
    return found


def written_articles(result) -> set[str]:
    return {f.split("/")[2] for f in result.changed_files if f[:4].isdigit() and f.endswith("/index.html")}


def test_an_edit_rewrites_only_the_pages_whose_list_changed(tmp_path, monkeypatch):
    """A new sentence in one report, a new report of an event: besides the article's own
    page, exactly the pages whose More on this story list (or neighbour) changed."""
    from gazette import pipeline
    from gazette.config import load_config

    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = real_copy_site(tmp_path, "search = false")
    age(site)
    out = tmp_path / "out"
    pipeline.build(load_config(site), out)
    before = shown_links(out)
    edit(site / "content" / "deepseek-newser.md", "rout in history", "rout in history, by far")
    result = pipeline.build(load_config(site), out)
    after = shown_links(out)
    changed = {name for name in after if after[name] != before[name]}
    assert written_articles(result) == {"deepseek-newser"} | changed, result.changed_files
    assert len(changed) < 4, changed

    copy = (site / "content" / "keybridge-probe-inkl.md").read_text(encoding="utf-8")
    (site / "content" / "keybridge-probe-wire.md").write_text(
        copy.replace("source: inkl", "source: Wire").replace("date: 2024-03-27 15:00", "date: 2024-03-27 18:00"),
        encoding="utf-8")
    result = pipeline.build(load_config(site), out)
    before, after = after, shown_links(out)
    changed = {name for name in after if after.get(name) != before.get(name)}
    assert written_articles(result) == changed, result.changed_files
    assert {"keybridge-probe-nytimespost", "keybridge-probe-hamodia", "keybridge-probe-inkl"} < changed
    assert len(changed) < 8, changed  # the event's reports and the new one's neighbours, no more


def test_additions_are_journalled_beside_the_lists_and_read_back_with_them(tmp_path):
    """An addition keeps only what it changed (related.save_added); reading gives the lists
    as they are in memory; saving them whole starts a new journal, and the old one is not
    applied to the new file."""
    from gazette import cache

    store = cache.BuildCache(tmp_path)
    texts = {f"k{i}": f"harbour ferry storm council bridge number {i} " * 5 for i in range(6)}
    docs = {key: related.Document(f"d{key}", 100.0 + i, text) for i, (key, text) in enumerate(texts.items())}
    lists, _ = related.update(None, docs)
    related.save(store, lists)
    index = related.index_of(lists, lazy=True)
    before = lists.nearest
    grown = related.Lists(dict(lists.vectors), dict(lists.nearest), lists.token)
    new = related.Document("dnew", 107.0, "harbour ferry storm council bridge reopens " * 5)
    changed, _ = related.add(grown, index, "knew", new)
    assert "knew" in changed
    related.save_added(store, grown, {key for key, found in grown.nearest.items() if before.get(key) is not found})
    loaded, journalled = related.load(store)
    assert journalled and loaded == grown
    related.save(store, related.Lists(dict(lists.vectors), dict(lists.nearest)))
    loaded, journalled = related.load(store)
    assert not journalled and loaded.vectors.keys() == lists.vectors.keys()
