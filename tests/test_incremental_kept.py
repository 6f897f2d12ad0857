"""A one-off `python build.py` after an edit patches the plan the last build kept on disk
(gazette/kept.py), as `serve` patches the plan it keeps in memory: the result is always
the bytes a cold build writes, also when the build cache was restored on a fresh checkout
(every source file dated anew), as the Pages workflow does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import make_site
from gazette import cache, kept, pipeline
from gazette.config import load_config
from gazette.problems import ProblemError
from test_incremental import NOW, C, age, contents, edit
from test_incremental_patch import ARTICLES, HARBOUR, KINDS, OPERATIONS, cold


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = make_site(tmp_path, "basic")
    age(site)
    return site


def one_off(site: Path, out: Path) -> pipeline.BuildResult:
    """What `python build.py` does: a fresh process, nothing kept in memory."""
    return pipeline.build(load_config(site), out)


def test_an_edit_is_patched_into_the_kept_plan(site, tmp_path):
    out = tmp_path / "out"
    first = one_off(site, out)
    assert not first.patched
    edit(site / HARBOUR, "*lifted* the ban", "*lifted* the ban at noon")
    result = one_off(site, out)
    assert result.patched and result.parsed == 1
    assert 0 < result.rendered < first.rendered / 2  # its page, neighbours, lists and feeds
    assert contents(out) == cold(site, tmp_path)
    edit(site / HARBOUR, "title: Harbour reopens after storm", "title: Harbour reopens after the storm")
    again = one_off(site, out)  # the plan as the last patch left it
    assert again.patched and again.parsed == 1
    assert contents(out) == cold(site, tmp_path)
    third = one_off(site, out)  # nothing changed (the file just edited is looked at by its bytes)
    assert third.parsed == 0 and third.rendered == 0 and third.written == 0


def test_what_the_plan_cannot_vouch_for_gets_a_full_build(site, tmp_path):
    out = tmp_path / "out"
    one_off(site, out)
    edit(site / HARBOUR, "tags: [", "tags: [Ferries, ")  # what the site is made of
    assert not one_off(site, out).patched
    assert contents(out) == cold(site, tmp_path)
    # Another build wrote the folder without the cache: its record is gone, and with it the plan's worth.
    pipeline.build(load_config(site), out, use_cache=False)
    edit(site / HARBOUR, "*lifted* the ban", "*lifted* the ban at noon")
    assert not one_off(site, out).patched
    assert contents(out) == cold(site, tmp_path)


@pytest.mark.parametrize("name", ["draft-story", "from-the-future"])
def test_an_edit_of_an_article_no_page_shows_is_patched(site, tmp_path, name):
    """A draft's or a future article's text is kept in the pack too: an edit of one (a
    newsroom's usual work before publishing) is a patch that writes nothing."""
    out = tmp_path / "out"
    one_off(site, out)
    path = site / "content" / "2025" / f"{name}.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    result = one_off(site, out)
    assert result.patched and result.written == 0
    assert contents(out) == cold(site, tmp_path)


@pytest.mark.parametrize("change", ["add the newest article", "edit the draft"])
def test_a_drafts_preview_beside_the_site_does_not_lend_its_lists_to_a_patch(site, tmp_path, change):
    """More on this story's lists are one cache file per site: after a `--drafts` build into
    another folder, they measure the draft too, and a patch of the site's own folder must not
    take them for its own (found by review: a KeyError, and pages that differed from cold)."""
    words = "Zebras quokkas narwhals pangolins axolotls capybaras wombats okapis tapirs. " * 3
    draft = site / "content" / "2025" / "draft-story.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("Not ready.", words), encoding="utf-8")
    age(site)
    public, preview = tmp_path / "public", tmp_path / "preview"
    with_drafts = load_config(site).with_options(drafts=True)
    if change == "edit the draft":  # the preview's plan kept, then the site's lists written last
        pipeline.build(with_drafts, preview)
        one_off(site, public)
        harbour = (site / HARBOUR).read_text(encoding="utf-8").split("---\n", 2)[2]
        draft.write_text(draft.read_text(encoding="utf-8").replace(words, harbour * 3), encoding="utf-8")
        pipeline.build(with_drafts, preview)  # the draft now reads as the harbour story: their lists change
        cold_preview = tmp_path / "cold-preview"
        pipeline.build(with_drafts, cold_preview, use_cache=False)
        assert contents(preview) == contents(cold_preview)
    else:  # the site's plan kept, then the preview's lists (with the draft) written last
        one_off(site, public)
        pipeline.build(with_drafts, preview)
        (site / "content" / "2025" / "added.md").write_text(
            "---\ntitle: Added story\ndate: 2025-03-10\nsource: The Coast Courier\ntags: [Weather]\n---\n\n"
            + words, encoding="utf-8")
        one_off(site, public)
        assert contents(public) == cold(site, tmp_path)


@pytest.mark.parametrize("damage", ["index", "pack"])
def test_a_damaged_plan_gives_a_full_build(site, tmp_path, damage):
    out = tmp_path / "out"
    one_off(site, out)
    name = cache.BuildCache(site).site_file(out).name.replace("site-", "plan-")
    path = site / cache.FOLDER / (name if damage == "index" else name.replace(".bin", ".pack"))
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    edit(site / HARBOUR, "*lifted* the ban", "*lifted* the ban at noon")
    result = one_off(site, out)
    assert not result.patched or damage == "pack"  # a flipped byte may fall in a record no patch reads
    assert contents(out) == cold(site, tmp_path)


def fresh_checkout(site: Path, out: Path, tmp_path: Path, *, restore_output: bool) -> None:
    """What a CI run sees: the repository checked out anew (the same bytes, every file
    dated now), the cache folder (and the last output) restored with their own dates."""
    checkout = tmp_path / "checkout"
    shutil.copytree(site, checkout, ignore=shutil.ignore_patterns(cache.FOLDER), copy_function=shutil.copyfile)
    shutil.copytree(site / cache.FOLDER, checkout / cache.FOLDER)  # copy2: dates kept, as tar keeps them
    shutil.rmtree(site)
    checkout.rename(site)
    if not restore_output:
        shutil.rmtree(out)


@pytest.mark.parametrize("restore_output", [True, False])
def test_a_cache_restored_on_a_fresh_checkout_gives_the_same_bytes(site, tmp_path, restore_output):
    out = tmp_path / "out"
    first = one_off(site, out)
    fresh_checkout(site, out, tmp_path, restore_output=restore_output)
    edit(site / HARBOUR, "*lifted* the ban", "*lifted* the ban at noon")
    result = one_off(site, out)
    assert result.parsed == 1  # every other file is known by its bytes
    if restore_output:
        assert result.patched and result.rendered < first.rendered / 2
    else:
        assert not result.patched and result.rendered == first.rendered
    assert contents(out) == cold(site, tmp_path)
    fresh_checkout(site, out, tmp_path, restore_output=True)
    again = one_off(site, out)  # nothing changed but the dates
    assert again.parsed == 0 and again.rendered == 0
    assert set(again.changed_files) <= {"css/style.css", "images/harbour.png"}  # static files go by their dates
    assert contents(out) == cold(site, tmp_path)


def test_many_changed_files_get_a_full_build(site, tmp_path, monkeypatch):
    out = tmp_path / "out"
    one_off(site, out)
    monkeypatch.setattr(kept, "MAX_CHANGED", 1)
    edit(site / HARBOUR, "*lifted* the ban", "*lifted* the ban at noon")
    edit(site / C / "escaping.md", "Body", "The body")
    result = one_off(site, out)
    assert not result.patched and result.parsed == 2
    assert contents(out) == cold(site, tmp_path)


steps = st.lists(st.tuples(st.sampled_from(KINDS), st.sampled_from(ARTICLES)), min_size=1, max_size=2)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(steps, min_size=1, max_size=6), checkout_after=st.integers(0, 6))
@example(batches=[[("text", HARBOUR)], [("title", HARBOUR)], [("tags", HARBOUR)], [("text", C + "escaping.md")]],
         checkout_after=1)
def test_any_sequence_of_one_off_builds_leaves_what_a_cold_build_writes(tmp_path_factory, batches, checkout_after):
    """Batches of edits, a one-off build after each (patched or full, whichever it takes),
    a fresh checkout with the cache restored at some point: always a cold build's bytes."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SOURCE_DATE_EPOCH", NOW)
        tmp_path = tmp_path_factory.mktemp("kept")
        site = make_site(tmp_path, "basic")
        age(site)
        out = tmp_path / "out"
        one_off(site, out)
        for number, batch in enumerate(batches):
            if number == checkout_after:
                fresh_checkout(site, out, tmp_path, restore_output=True)
            _edit(site, batch, number)
            try:
                one_off(site, out)
            except ProblemError:
                with pytest.raises(ProblemError):
                    cold(site, tmp_path)
                continue
            assert contents(out) == cold(site, tmp_path), batches[: number + 1]


def _edit(site: Path, batch, number: int) -> None:
    for step, (name, rel) in enumerate(batch):
        if name == "add" or (site / rel).exists():
            OPERATIONS[name](site, rel, number * 10 + step)
