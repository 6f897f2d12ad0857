"""serve and --watch patch an edit of article text into the last build (gazette/incremental.py):
the result is always the bytes a cold build writes, and anything beyond article text goes
to the full build."""

from __future__ import annotations

import gc
import os
import shutil
from dataclasses import fields, is_dataclass, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import make_site
from gazette import incremental, pipeline
from gazette.config import load_config
from gazette.problems import ProblemError
from test_incremental import NOW, C, age, article, contents, edit

HARBOUR = C + "harbour-reopens.md"


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = make_site(tmp_path, "basic")
    age(site)
    return site


def cold(site: Path, tmp_path: Path) -> dict[str, bytes]:
    out = tmp_path / "cold"
    shutil.rmtree(out, ignore_errors=True)
    pipeline.build(load_config(site), out, use_cache=False)
    return contents(out)


def started(site: Path, tmp_path: Path) -> pipeline.Builder:
    builder = pipeline.Builder(site, tmp_path / "out", {})
    builder.build()
    assert builder.session is not None
    return builder


# Each changes only what article pages, lists and feeds show of an article, not what the
# site is made of: patched.
TEXT_EDITS = {
    "body": ("*lifted* the ban", "*lifted* the ban at noon"),
    "first paragraph (no summary: lists show it)": ("Body of Added story.", "Body of the added story, longer."),
    "summary": ("summary: Ferries run again after three days.", "summary: Ferries run again, at last."),
    "author": ("author: [Ann Lee, Bo Park, Cy Diaz]", "author: [Ann Lee, Bo Park]"),
    "dateline": ("dateline: PORTSMOUTH", "dateline: SOUTHSEA"),
    "title (the headline)": ("title: Harbour reopens after storm", "title: Harbour reopens after the storm"),
    "photo caption": ("The harbour on Tuesday morning.", "The harbour at dawn on Tuesday."),
    "photo credit": ("image_credit: Ann Lee", "image_credit: Bo Park"),
}


@pytest.mark.parametrize("what", TEXT_EDITS)
def test_an_edit_of_article_text_is_patched_and_equals_a_cold_build(site, tmp_path, what):
    added = article(site, "added", "Added story", "2025-03-10")
    age(site)
    builder = started(site, tmp_path)
    old, new = TEXT_EDITS[what]
    path = added if old.startswith("Body of") else site / HARBOUR
    edit(path, old, new)
    result = builder.build({path})
    assert result.patched, what
    assert result.parsed == 1
    assert 0 < result.rendered < result.pages / 2
    assert contents(tmp_path / "out") == cold(site, tmp_path)
    assert result.changed_files and all(f in contents(tmp_path / "out") for f in result.changed_files)


def test_a_headline_edit_reaches_the_news_sitemap_and_the_photos_text(site, tmp_path):
    """A new headline shows wherever the article's title does, including the news sitemap
    (the article is two days old at most) and its photo's alt text (it has no other)."""
    fresh = site / C / "breaking.md"
    fresh.write_text("---\ntitle: Storm hits the coast\ndate: 2025-12-31 18:00\nsource: The Coast Courier\n"
                     "image: harbour.png\ntags: [Weather]\n---\n\nWaves broke over the wall.\n", encoding="utf-8")
    age(site)
    builder = started(site, tmp_path)
    edit(fresh, "title: Storm hits the coast", "title: Storm batters the coast")
    result = builder.build({fresh})
    assert result.patched
    out = contents(tmp_path / "out")
    assert out == cold(site, tmp_path)
    assert b"<news:title>Storm batters the coast</news:title>" in out["news-sitemap.xml"]
    assert b'alt="Storm batters the coast"' in out["2025/12/breaking/index.html"]
    assert {"news-sitemap.xml", "2025/12/breaking/index.html", "index.html"} <= set(result.changed_files)


STRUCTURAL = {
    "date": lambda s: edit(s / HARBOUR, "date: 2025-03-04 09:30", "date: 2025-02-04 09:30"),
    "the date's offset": lambda s: edit(s / C / "escaping.md", "2025-02-10T12:00:00+09:00",
                                        "2025-02-10T03:00:00+00:00"),
    "updated": lambda s: edit(s / HARBOUR, "updated: 2025-03-05T08:00:00+00:00", "updated: 2025-03-06"),
    "tags": lambda s: edit(s / HARBOUR, "tags: [Shipping, Weather, 인공지능]", "tags: [Shipping, Ports]"),
    "source": lambda s: edit(s / HARBOUR, "source: The Coast Courier", "source: Harbour Weekly"),
    "source_url": lambda s: edit(s / HARBOUR, "source_url: https://courier.example.com/harbour-reopens\n", ""),
    "slug": lambda s: edit(s / C / "escaping.md", "tags:", "slug: fish-and-chips\ntags:"),
    "image": lambda s: edit(s / HARBOUR, "image: harbour.png", "image: https://example.org/harbour.png"),
    "draft": lambda s: edit(s / HARBOUR, "dateline:", "draft: true\ndateline:"),
    "a draft made public": lambda s: edit(s / C / "draft-story.md", "draft: true", "draft: false"),
    # (the newest article is patched in: test_incremental_add.py)
    "a new article not the newest": lambda s: article(s, "added", "Added story", "2025-02-01"),
    "a deleted article": lambda s: (s / C / "escaping.md").unlink(),
    "a template": lambda s: edit(s / "templates/article.html", "Previous article", "Earlier article"),
    "a new static file": lambda s: (s / "static/images/not-there.jpg").write_bytes(b"\xff\xd8\xff"),
    "the settings": lambda s: edit(s / "site.toml", "per_page = 2", "per_page = 3"),
}
CHANGED = {
    "the date's offset": C + "escaping.md",
    "slug": C + "escaping.md",
    "a draft made public": C + "draft-story.md", "a new article not the newest": C + "added.md",
    "a deleted article": C + "escaping.md", "a template": "templates/article.html",
    "a new static file": "static/images/not-there.jpg", "the settings": "site.toml",
}


@pytest.mark.parametrize("what", STRUCTURAL)
def test_a_change_to_what_the_site_is_made_of_gets_a_full_build(site, tmp_path, what):
    builder = started(site, tmp_path)
    STRUCTURAL[what](site)
    result = builder.build({site / CHANGED.get(what, HARBOUR)})
    assert not result.patched, what
    assert contents(tmp_path / "out") == cold(site, tmp_path), what
    assert builder.session is not None  # refilled by the full build: the next text edit is patched
    other = site / C / ("harbour-rewrite.md" if what == "a deleted article" else "escaping.md")
    with open(other, "a", encoding="utf-8") as f:
        f.write("\nOne more line.\n")
    again = builder.build({other})
    assert again.patched, what
    assert contents(tmp_path / "out") == cold(site, tmp_path), what


def test_a_stylesheet_edit_copies_that_file_alone(site, tmp_path):
    builder = started(site, tmp_path)
    before = contents(tmp_path / "out")
    edit(site / "static/css/style.css", "--accent: #9b1c1c;", "--accent: #8a1515;")
    result = builder.build({site / "static/css/style.css"})
    assert result.patched and result.rendered == 0
    assert result.changed_files == ("css/style.css",)
    after = contents(tmp_path / "out")
    assert {p for p in after if after[p] != before.get(p)} == {"css/style.css"}
    assert after == cold(site, tmp_path)


def test_an_editors_temporary_files_change_nothing(site, tmp_path):
    builder = started(site, tmp_path)
    before = contents(tmp_path / "out")
    (site / C / ".harbour-reopens.md.swp").write_bytes(b"b0VIM")
    result = builder.build({site / C / ".harbour-reopens.md.swp", site / C / "gone-already.md.tmp"})
    assert result.patched and result.rendered == 0 and result.changed_files == ()
    assert contents(tmp_path / "out") == before


def test_a_deleted_folder_of_articles_gets_a_full_build(site, tmp_path):
    builder = started(site, tmp_path)
    shutil.rmtree(site / "content/2024")
    result = builder.build({site / "content/2024"})
    assert not result.patched
    assert contents(tmp_path / "out") == cold(site, tmp_path)


def test_a_mistake_keeps_the_last_site_and_the_fix_is_built_in_full(site, tmp_path):
    builder = started(site, tmp_path)
    good = contents(tmp_path / "out")
    text = (site / HARBOUR).read_text(encoding="utf-8")
    (site / HARBOUR).write_text(text.replace("title:", "titel:"), encoding="utf-8")
    with pytest.raises(ProblemError) as failed:
        builder.build({site / HARBOUR})
    assert any("titel" in str(p) for p in failed.value.problems)
    assert contents(tmp_path / "out") == good
    (site / HARBOUR).write_text(text.replace("*lifted*", "*lifted at last*"), encoding="utf-8")
    fixed = builder.build({site / HARBOUR})
    assert not fixed.patched
    assert contents(tmp_path / "out") == cold(site, tmp_path)
    (site / HARBOUR).write_text(text.replace("*lifted*", "*lifted at noon*"), encoding="utf-8")
    assert builder.build({site / HARBOUR}).patched
    assert contents(tmp_path / "out") == cold(site, tmp_path)


def test_a_deleted_output_folder_gets_a_full_build(site, tmp_path):
    builder = started(site, tmp_path)
    shutil.rmtree(tmp_path / "out")
    edit(site / "static/css/style.css", "--accent: #9b1c1c;", "--accent: #8a1515;")
    result = builder.build({site / "static/css/style.css"})
    assert not result.patched
    assert contents(tmp_path / "out") == cold(site, tmp_path)


def test_another_build_into_the_folder_is_noticed_even_without_the_cache(site, tmp_path):
    builder = started(site, tmp_path)
    pipeline.build(load_config(site).with_options(drafts=True), tmp_path / "out", use_cache=False)
    edit(site / HARBOUR, "*lifted* the ban", "*lifted* the ban at noon")
    result = builder.build({site / HARBOUR})
    assert not result.patched
    assert contents(tmp_path / "out") == cold(site, tmp_path)  # the draft's page is gone again


@pytest.mark.parametrize("spelling", ["./content/", "content//"])
def test_a_content_folder_named_loosely_is_patched_and_a_moved_folder_noticed(site, tmp_path, spelling):
    with open(site / "site.toml", "a", encoding="utf-8") as f:
        f.write(f'content_dir = "{spelling}"\n')
    builder = started(site, tmp_path)
    edit(site / HARBOUR, "*lifted* the ban", "*lifted* the ban at noon")
    assert builder.build({site / HARBOUR}).patched
    (site / "content/2024").rename(tmp_path / "moved-away")
    assert not builder.build({site / "content/2024"}).patched
    assert contents(tmp_path / "out") == cold(site, tmp_path)


def test_a_site_with_linked_files_gets_full_builds(site, tmp_path):
    (site / C / "escaping-copy.md").symlink_to("escaping.md")
    (site / "static/css/alias.css").symlink_to("style.css")
    builder = started(site, tmp_path)
    edit(site / C / "escaping.md", "Body with **bold** text.", "Body with **bolder** text.")
    assert not builder.build({site / C / "escaping.md"}).patched
    edit(site / "static/css/style.css", "--accent: #9b1c1c;", "--accent: #8a1515;")
    assert not builder.build({site / "static/css/style.css"}).patched
    assert contents(tmp_path / "out") == cold(site, tmp_path)
    assert b"bolder" in contents(tmp_path / "out")["2025/02/escaping-copy/index.html"]


def test_a_patch_cut_short_leaves_only_full_builds_to_trust(site, tmp_path, monkeypatch):
    from gazette import writer

    builder = started(site, tmp_path)
    commit = writer.SiteWriter.commit

    def half_commit(self):
        for safe in self.staged[:1]:  # one page swapped in, then the disk fails
            os.replace(self.stage / safe, self.out / safe)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.SiteWriter, "commit", half_commit)
    edit(site / HARBOUR, "*lifted* the ban", "*lifted* the ban at noon")
    with pytest.raises(OSError):
        builder.build({site / HARBOUR})
    assert builder.session is None
    monkeypatch.setattr(writer.SiteWriter, "commit", commit)
    edit(site / C / "escaping.md", "Body with **bold** text.", "Body with **bolder** text.")
    result = builder.build({site / C / "escaping.md"})
    assert not result.patched
    assert contents(tmp_path / "out") == cold(site, tmp_path)


@pytest.mark.parametrize("shown", ["future", "drafts"])
def test_an_article_shown_before_its_date_is_noticed_when_the_date_comes(site, tmp_path, monkeypatch, shown):
    """With --future (or a future draft with --drafts) an article dated 2099 is shown, but
    only enters the feeds and sitemaps on its date: an edit after that is no patch."""
    if shown == "drafts":
        edit(site / C / "from-the-future.md", "title:", "draft: true\ntitle:")
    builder = pipeline.Builder(site, tmp_path / "out", {shown: True})
    builder.build()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(4102444800 + 3600))  # 2100-01-01
    edit(site / HARBOUR, "*lifted* the ban", "*lifted* the ban at noon")
    result = builder.build({site / HARBOUR})
    assert not result.patched
    cold_out = tmp_path / "cold"
    pipeline.build(load_config(site).with_options(**{shown: True}), cold_out, use_cache=False)
    assert contents(tmp_path / "out") == contents(cold_out)
    assert "2099/01/from-the-future/index.html" in contents(tmp_path / "out")


def test_another_build_before_the_cache_is_written_keeps_its_record(site, tmp_path):
    builder = started(site, tmp_path)
    edit(site / HARBOUR, "*lifted* the ban", "*lifted* the ban at noon")
    assert builder.build({site / HARBOUR}).patched
    pipeline.build(load_config(site).with_options(drafts=True), tmp_path / "out")  # writes the draft's page
    builder.settle()  # does not write over the other build's record of the folder
    assert builder.session is None
    edit(site / HARBOUR, "title: Harbour reopens after storm", "title: Harbour reopens")
    assert not builder.build({site / HARBOUR}).patched
    assert contents(tmp_path / "out") == cold(site, tmp_path)  # the draft's page is gone again


def test_a_file_replaced_by_a_link_to_an_unread_folder_gets_a_full_build(site, tmp_path):
    builder = started(site, tmp_path)
    builder.settle()  # prepared (no links then)
    (site / "content/_drafts").mkdir()
    copy = site / "content/_drafts/harbour.md"
    copy.write_text((site / HARBOUR).read_text(encoding="utf-8").replace("*lifted*", "*lifted at last*"),
                    encoding="utf-8")
    (site / HARBOUR).unlink()
    (site / HARBOUR).symlink_to(copy)
    assert not builder.build({site / HARBOUR}).patched
    assert contents(tmp_path / "out") == cold(site, tmp_path)
    edit(copy, "*lifted at last*", "*lifted at noon*")  # the watcher names the file the link points to
    builder.build({copy})
    assert contents(tmp_path / "out") == cold(site, tmp_path)


def test_a_failure_while_preparing_is_not_repeated(site, tmp_path, monkeypatch):
    builder = pipeline.Builder(site, tmp_path / "out", {})
    builder.build()
    monkeypatch.setattr(incremental.Session, "prepare", lambda self, stop=None: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        builder.settle()
    assert builder.session is None
    assert builder.settle() == []


def test_the_build_cache_is_written_when_the_builder_settles(site, tmp_path):
    builder = started(site, tmp_path)
    out = tmp_path / "out"
    edit(site / HARBOUR, "*lifted* the ban", "*lifted* the ban at noon")
    age(site / HARBOUR)
    assert builder.build({site / HARBOUR}).patched
    # Until the builder settles, the cache on disk lags behind: a build is slower, never wrong.
    late = pipeline.build(load_config(site), out)
    assert not late.up_to_date and late.parsed == 1
    assert contents(out) == cold(site, tmp_path)

    edit(site / HARBOUR, "at noon", "at one")
    age(site / HARBOUR)
    patched = builder.build({site / HARBOUR})
    assert not patched.patched  # another build wrote into the output folder: the session is not trusted
    edit(site / HARBOUR, "at one", "at two")
    age(site / HARBOUR)
    assert builder.build({site / HARBOUR}).patched
    assert builder.settle() == []
    after = pipeline.build(load_config(site), out)
    assert after.up_to_date  # the cache knows the patched file: nothing to do
    assert contents(out) == cold(site, tmp_path)


def test_a_change_while_settling_puts_the_cache_off_and_stopping_writes_it(site, tmp_path):
    """The build cache is written between changes, not while the browser waits for its
    page: a change that comes first puts it off (still unsaved), and a builder that
    stops writes it whatever comes."""
    builder = started(site, tmp_path)
    out = tmp_path / "out"
    edit(site / HARBOUR, "*lifted* the ban", "*lifted* the ban at noon")
    age(site / HARBOUR)
    assert builder.build({site / HARBOUR}).patched
    assert builder.settle(stop=lambda: True) == []
    assert builder.session is not None and builder.session.unsaved
    edit(site / C / "escaping.md", "with **bold** text", "with **bold** text, edited")
    age(site / C / "escaping.md")
    assert builder.build({site / C / "escaping.md"}).patched  # the put-off save did not cost the patch
    assert builder.finish() == []
    assert not builder.session.unsaved
    after = pipeline.build(load_config(site), out)
    assert after.up_to_date  # both patched files are in the cache: nothing to parse again
    assert contents(out) == cold(site, tmp_path)


def test_a_builder_that_saves_after_a_quiet_spell_keeps_the_cache_for_its_end(site, tmp_path):
    """serve's builder writes the build cache only after SAVE_QUIET seconds without a
    build; what it has not written by its end, `finish` writes. Between full builds its
    session is out of the cyclic collector's reach, and back in it at the end."""
    builder = pipeline.Builder(site, tmp_path / "out", {}, save_after=3600)
    builder.build()
    assert gc.get_freeze_count() > 0
    edit(site / HARBOUR, "*lifted* the ban", "*lifted* the ban at noon")
    age(site / HARBOUR)
    assert builder.build({site / HARBOUR}).patched
    assert builder.settle() == []
    assert builder.session is not None and builder.session.unsaved  # not quiet for long enough
    assert builder.finish() == []
    assert not builder.session.unsaved and gc.get_freeze_count() == 0
    assert pipeline.build(load_config(site), tmp_path / "out").up_to_date


def test_every_job_that_shows_an_article_is_indexed_and_patched(site, tmp_path):
    """The index of which jobs show which article misses none: replacing an article in
    every job, indexed or not, changes exactly the indexed ones."""
    session = started(site, tmp_path).session
    jobs = session.jobs
    shown_in = incremental.index_jobs(jobs)
    seen = {a.source_path: a for job in jobs for a in _articles(job.context)}
    assert len(seen) == 5  # the published ones
    for path, old in seen.items():
        new = replace(old, digest="0" * 32)
        memo: dict = {}
        touched = {i for i, job in enumerate(jobs) if incremental.swap(job.context, old, new, memo) is not job.context}
        assert touched == set(shown_in[path]), path
        assert {jobs[i].template for i in touched} >= {"article.html", "index.html", "atom.xml", "archive_year.html"}
        assert "archive.html" not in {jobs[i].template for i in touched}  # counts only: the whole site's archive


def test_preparing_stops_when_a_change_comes_and_goes_on_later(site, tmp_path, monkeypatch):
    for i in range(30):
        article(site, f"many-{i:02d}", f"Story {i}", f"2025-01-{1 + i % 28:02d}", f"[Tag{i % 4}]")
    builder = pipeline.Builder(site, tmp_path / "out", {})
    builder.build()
    session = builder.session
    assert not session.prepare(stop=lambda: True) and session.shown_in is None  # a change is waiting
    monkeypatch.setattr(incremental._Indexer, "STEP", 7)
    calls = []
    assert not session.prepare(stop=lambda: calls.append(1) or len(calls) > 3)  # stopped part way
    assert session.shown_in is None and 0 < session._indexer.done < len(session.jobs)
    assert session.prepare()  # goes on from there
    assert session.shown_in == incremental.index_jobs(session.jobs)
    path = site / C / "many-05.md"
    # Punctuation only: thirty near-identical stories reorder their More on this story
    # lists on any new word, which a patch leaves to a full build (test_related.py).
    edit(path, "Body of Story 5.", "Body of Story 5!")
    assert builder.build({path}).patched
    assert contents(tmp_path / "out") == cold(site, tmp_path)


def _articles(value):
    from gazette.content import Article

    if type(value) is Article:
        yield value
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from _articles(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _articles(v)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _articles(getattr(value, f.name))


# --- any sequence of edits ------------------------------------------------------------------


ARTICLES = ["content/2024/old-news.md", C + "harbour-reopens.md", C + "harbour-rewrite.md", C + "escaping.md",
            C + "missing-photo.md", C + "draft-story.md"]


def _append(site: Path, rel: str, n: int) -> list[str]:
    with open(site / rel, "a", encoding="utf-8") as f:
        f.write(f"\nA further paragraph, number {n}.\n")
    return [rel]


def _frontmatter(site: Path, rel: str, key: str, value: str) -> list[str]:
    """Set a frontmatter key: on its own line when it has one (so no other key moves, as an
    editor's change would not), else on a new last line."""
    path = site / rel
    head, sep, body = path.read_text(encoding="utf-8").partition("\n---\n")
    lines = head.split("\n")
    at = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
    if at is None:
        lines.append(f"{key}: {value}")
    else:
        lines[at] = f"{key}: {value}"
    path.write_text("\n".join(lines) + sep + body, encoding="utf-8")
    return [rel]


def _delete(site: Path, rel: str) -> list[str]:
    (site / rel).unlink()
    return [rel]


def _restyle(site: Path, n: int) -> list[str]:
    css = site / "static/css/style.css"
    css.write_text(css.read_text(encoding="utf-8") + f"\n.n{n} {{ color: red }}\n", encoding="utf-8")
    return ["static/css/style.css"]


def _add(site: Path, n: int) -> list[str]:
    return [article(site, f"new-{n}", f"New story {n}", f"2025-0{1 + n % 9}-1{n % 10}").relative_to(site).as_posix()]


OPERATIONS = {  # name -> (site, an article's path, a serial number) -> the paths changed
    "text": _append,
    "summary": lambda site, rel, n: _frontmatter(site, rel, "summary", f"Summary number {n}."),
    "author": lambda site, rel, n: _frontmatter(site, rel, "author", f"Writer {n}"),
    "title": lambda site, rel, n: _frontmatter(site, rel, "title", f"Title number {n}"),
    "tags": lambda site, rel, n: _frontmatter(site, rel, "tags", f"[Weather, Topic {n % 3}]"),
    "date": lambda site, rel, n: _frontmatter(site, rel, "date", f"2025-0{1 + n % 9}-15"),
    "add": lambda site, rel, n: _add(site, n),
    "delete": lambda site, rel, n: _delete(site, rel),
    "stylesheet": lambda site, rel, n: _restyle(site, n),
}
# Mostly edits of text, which are patched, between the others, which get full builds.
KINDS = ["text"] * 3 + ["summary", "author", "title", "tags", "date", "add", "delete", "stylesheet"]
steps = st.lists(st.tuples(st.sampled_from(KINDS), st.sampled_from(ARTICLES)), min_size=1, max_size=2)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(steps, min_size=1, max_size=6))
@example(batches=[[("tags", HARBOUR)], [("text", HARBOUR)], [("summary", C + "escaping.md"), ("text", HARBOUR)]])
@example(batches=[[("text", C + "draft-story.md")], [("author", HARBOUR)], [("delete", C + "escaping.md")],
                  [("text", "content/2024/old-news.md"), ("stylesheet", HARBOUR)]])
def test_any_sequence_of_edits_leaves_what_a_cold_build_writes(tmp_path_factory, batches):
    """Batches of edits (each batch one rebuild, as a burst of saves is): whatever was
    patched and whatever was built in full, the output is a cold build's."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SOURCE_DATE_EPOCH", NOW)
        _edit_in_batches(tmp_path_factory.mktemp("sequence"), batches)


def _edit_in_batches(tmp_path: Path, batches) -> None:
    site = make_site(tmp_path, "basic")
    age(site)
    builder = started(site, tmp_path)
    n = 0
    for batch in batches:
        changed: set[Path] = set()
        for name, rel in batch:
            if name != "add" and not (site / rel).exists():
                continue
            n += 1
            changed |= {site / p for p in OPERATIONS[name](site, rel, n)}
        if not changed:
            continue
        try:
            builder.build(changed)
        except ProblemError:
            with pytest.raises(ProblemError):  # a cold build finds a problem as well
                pipeline.build(load_config(site), tmp_path / "cold", use_cache=False)
            continue
        assert contents(tmp_path / "out") == cold(site, tmp_path), batches
        # The record of Gazette's files beside the folder (a patch leaves it as it was) names them all.
        listed = set((tmp_path / ".out.manifest").read_text(encoding="utf-8").split("\n"))
        assert listed == {p.relative_to(tmp_path / "out").as_posix()
                          for p in (tmp_path / "out").rglob("*") if p.is_file()}, batches
