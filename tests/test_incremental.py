"""Cached and incremental builds are byte-identical to a cold build of the same files."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from conftest import build, make_site, snapshot
from gazette import cache, pipeline
from gazette.config import load_config

NOW = "1767225600"  # 2026-01-01


def contents(folder: Path) -> dict[str, bytes]:
    return {path: data for path, (data, _) in snapshot(folder).items()}


def age(site: Path, seconds: float = 60) -> None:
    """Date every source file (or the one file) in the past, as files edited earlier are:
    nothing is 'racy'."""
    past = time.time() - seconds
    for path in [site] if site.is_file() else site.rglob("*"):
        if path.is_file() and ".gazette-cache" not in path.parts:
            os.utime(path, (past, past))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def article(site: Path, name: str, title: str, date: str, tags: str = "[Weather]") -> Path:
    path = site / "content" / "2025" / f"{name}.md"
    path.write_text(f"---\ntitle: {title}\ndate: {date}\nsource: The Coast Courier\ntags: {tags}\n---\n\n"
                    f"Body of {title}.\n", encoding="utf-8")
    return path


C = "content/2025/"
STEPS = [
    ("edit a body", lambda s: edit(s / C / "harbour-reopens.md", "Ferries ran again", "Ferries sailed again")),
    ("edit a title", lambda s: edit(s / C / "escaping.md", "Tags <script>", "Flags <script>")),
    ("add an article", lambda s: article(s, "added", "Added story", "2025-03-10")),
    ("add an older article", lambda s: article(s, "older", "Older story", "2024-06-01", "[Shipping, 인공지능]")),
    ("delete an article", lambda s: (s / C / "missing-photo.md").unlink()),
    ("rename an article", lambda s: (s / C / "added.md").rename(s / C / "renamed.md")),
    ("respell a tag by majority",
     lambda s: (edit(s / C / "added.md" if (s / C / "added.md").exists() else s / C / "renamed.md",
                     "[Weather]", "[WEATHER]"),
                edit(s / C / "harbour-reopens.md", "Weather,", "WEATHER,"),
                edit(s / "content/2024/old-news.md", "[Weather]", "[WEATHER]"))),
    ("draft an article",
     lambda s: edit(s / C / "harbour-rewrite.md", "author: Dee Roe", "author: Dee Roe\ndraft: true")),
    ("edit a template", lambda s: edit(s / "templates/article.html", "Previous article", "Earlier article")),
    ("edit the stylesheet", lambda s: edit(s / "static/css/style.css", "--accent: #9b1c1c;", "--accent: #8a1515;")),
    ("add a static file", lambda s: (s / "static/robots-extra.txt").write_text("hello\n")),
    ("delete a static file", lambda s: (s / "static/robots-extra.txt").unlink()),
    ("edit the settings", lambda s: edit(s / "site.toml", 'per_page = 2', 'per_page = 3')),
    ("change the timezone", lambda s: edit(s / "site.toml", 'timezone = "Europe/London"', 'timezone = "Asia/Seoul"')),
    ("put the missing photo in place", lambda s: shutil.copy(s / "static/images/harbour.png",
                                                             s / "static/images/not-there.jpg")),
]


@pytest.fixture
def fixed_now(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)


def test_every_kind_of_change_gives_the_same_bytes_as_a_cold_build(tmp_path, fixed_now):
    site = make_site(tmp_path, "basic")
    out = tmp_path / "out"
    assert build(site, out).status == 0
    for number, (what, change) in enumerate(STEPS):
        change(site)
        warm = build(site, out, "-v")
        assert warm.status == 0, (what, warm.err)
        cold_out = tmp_path / f"cold{number}"
        cold = build(site, cold_out, "--no-cache")
        assert cold.status == 0, (what, cold.err)
        assert contents(out) == contents(cold_out), what
        assert warm.out.splitlines()[-1].split(" in ")[0] == cold.out.splitlines()[-1].split(" in ")[0], what
        shutil.rmtree(cold_out)


def test_an_edit_renders_and_writes_only_what_it_touches(tmp_path, fixed_now):
    site = make_site(tmp_path, "basic")
    out = tmp_path / "out"
    config = load_config(site)
    age(site)
    first = pipeline.build(config, out)
    before = snapshot(out)
    # Not the first paragraph: with a summary in its frontmatter, lists show that instead.
    edit(site / C / "harbour-reopens.md", "*lifted* the ban", "*lifted* the ban at noon")
    result = pipeline.build(config, out)
    assert result.parsed == 1
    assert 0 < result.rendered < first.rendered / 2  # its page, neighbours, and lists it is on
    after = snapshot(out)
    changed = {p for p in after if after[p] != before.get(p)}
    pages = {p for p in changed if p.endswith(".html")}
    assert pages == {"2025/03/harbour-reopens/index.html"}  # neighbours and lists show no body text
    assert all(p.endswith((".xml", ".json")) for p in changed - pages)  # feeds carry whole articles
    assert set(result.changed_files) == changed


def test_nothing_changed_is_noticed_from_file_dates_alone(tmp_path, fixed_now):
    site = make_site(tmp_path, "basic")
    out = tmp_path / "out"
    config = load_config(site)
    age(site)
    pipeline.build(config, out)
    before = snapshot(out)
    again = pipeline.build(config, out)
    assert again.up_to_date and again.parsed == 0 and again.rendered == 0
    assert again.articles == 5 and again.held_back_future == 1
    assert [str(w) for w in again.warnings] == [
        "content/2025/missing-photo.md:5: warning: image 'not-there.jpg' is not in static/images/; "
        "the article is shown without its photo"]
    assert snapshot(out) == before


def test_the_command_says_when_nothing_changed(tmp_path, fixed_now):
    site = make_site(tmp_path, "basic")
    out = tmp_path / "out"
    age(site)
    assert build(site, out).status == 0
    again = build(site, out, "-v")
    assert again.status == 0, again.err
    assert "Nothing changed since the last build." in again.out


def test_a_future_article_comes_due_without_any_file_changing(tmp_path, monkeypatch):
    site = make_site(tmp_path, "basic")
    out = tmp_path / "out"
    age(site)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    assert build(site, out).status == 0
    assert not (out / "2099").exists()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(4102444800 + 3600))  # 2100-01-01
    run = build(site, out)
    assert run.status == 0
    assert (out / "2099/01/from-the-future/index.html").is_file()


def test_a_hand_edited_output_file_is_put_right(tmp_path, fixed_now):
    site = make_site(tmp_path, "basic")
    out = tmp_path / "out"
    config = load_config(site)
    age(site)
    pipeline.build(config, out)
    page = out / "tags/shipping/index.html"
    good = page.read_bytes()
    page.write_bytes(b"vandalised")
    (out / "archive/index.html").unlink()
    edit(site / C / "harbour-reopens.md", "Ferries ran again", "Ferries ran once more")
    pipeline.build(config, out)
    assert page.read_bytes() == good
    assert (out / "archive/index.html").is_file()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "foreign"])
def test_a_damaged_or_foreign_cache_is_ignored_with_a_warning(tmp_path, fixed_now, damage):
    site = make_site(tmp_path, "basic")
    out = tmp_path / "out"
    assert build(site, out).status == 0
    shard = f"articles-{cache.BuildCache.shard_of(C + 'harbour-reopens.md'):02d}.bin"
    articles = site / cache.FOLDER / shard
    if damage == "truncate":
        articles.write_bytes(articles.read_bytes()[:-100])
        message = "ignoring a damaged or foreign build cache: checksum mismatch (a damaged file)"
    elif damage == "garbage":
        articles.write_bytes(b"\x80\x04not a cache at all")
        message = "ignoring a damaged or foreign build cache: not a Gazette cache file"
    else:
        other = make_site(tmp_path / "other", "basic")
        assert build(other, tmp_path / "other-out").status == 0
        shutil.copy(other / cache.FOLDER / shard, articles)
        message = "ignoring a build cache made for another site folder"
    edit(site / C / "harbour-reopens.md", "Ferries ran again", "Ferries ran again, at last")
    run = build(site, out)
    assert run.status == 0
    assert run.err_lines.count(f".gazette-cache/{shard}: warning: {message}") == 1, run.err
    cold = tmp_path / "cold"
    assert build(site, cold, "--no-cache").status == 0
    assert contents(out) == contents(cold)


def test_parallel_and_serial_builds_write_the_same_bytes(tmp_path, fixed_now):
    site = make_site(tmp_path, "basic")
    for i in range(260):
        article(site, f"many-{i:03d}", f"Story number {i}", f"2025-0{1 + i % 3}-{1 + i % 28:02d}",
                f"[Tag{i % 7}, Weather]")
    config = load_config(site)
    serial = pipeline.build(config, tmp_path / "serial", use_cache=False, processes=1)
    parallel = pipeline.build(config, tmp_path / "parallel", use_cache=False, processes=2)
    assert serial.pages == parallel.pages > 300
    assert contents(tmp_path / "serial") == contents(tmp_path / "parallel")


def test_a_long_running_builder_does_not_read_back_the_cache_it_wrote(tmp_path, monkeypatch):
    """serve and --watch keep the cache files they read or wrote in memory, trusted as long
    as each file keeps its size, modification time and checksum line; a changed file is
    read again."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW)
    site = make_site(tmp_path, "basic")
    age(site)
    builder = pipeline.Builder(site, tmp_path / "out", {})
    builder.build()
    shard = site / cache.FOLDER / f"articles-{cache.BuildCache.shard_of(C + 'harbour-reopens.md'):02d}.bin"
    st = shard.stat()
    data = shard.read_bytes()
    head = len(cache.MAGIC) + 16  # magic, format and checksum lines, which memory compares
    shard.write_bytes(data[:head] + b"\0" * (len(data) - head))  # damaged, same size and mtime
    os.utime(shard, ns=(st.st_atime_ns, st.st_mtime_ns))
    edit(site / C / "escaping.md", "tags: [Shipping]", "tags: [Shipping, Ports]")  # a full build, not a patch
    age(site)
    result = builder.build({site / C / "escaping.md"})
    assert result.parsed == 1
    assert not [w for w in result.warnings if cache.FOLDER in w.path], result.warnings

    shard.write_bytes(b"\0" * (st.st_size + 1))  # another size: read again, found damaged
    edit(site / C / "escaping.md", "tags: [Shipping, Ports]", "tags: [Shipping]")
    age(site)
    result = builder.build({site / C / "escaping.md"})
    assert [w.message for w in result.warnings if w.path.endswith(shard.name)] == [
        "ignoring a damaged or foreign build cache: not a Gazette cache file"]


def test_adding_the_newest_article_leaves_the_numbered_pages_as_they_are(tmp_path, fixed_now):
    """Pagination numbered from the oldest (README, "Pagination"): a page's address keeps its
    articles, so publishing the newest story rewrites the lists' first pages and, once in
    per_page additions, one new numbered page and its older neighbour, not every page."""
    site = make_site(tmp_path, "basic")
    for i in range(5):
        article(site, f"more-{i}", f"More news {i}", f"2025-04-0{i + 1} 09:00")
    age(site)
    out = tmp_path / "out"
    assert build(site, out).status == 0
    before = snapshot(out)
    numbered = sorted(p for p in before if p.startswith("page/"))
    assert numbered == [f"page/{k}/index.html" for k in (1, 2, 3, 4)]  # 10 articles, 2 a page: 2 on the first
    article(site, "newest", "The newest story", "2025-04-20 09:00")
    assert build(site, out).status == 0
    after = snapshot(out)
    assert {p: after[p] for p in numbered} == {p: before[p] for p in numbered}  # same bytes, same dates
    assert "page/5/index.html" not in after  # 11 articles: the first page holds three
    article(site, "newer-still", "A newer story still", "2025-04-21 09:00")
    assert build(site, out).status == 0
    again = snapshot(out)
    assert {p: again[p] for p in numbered[:3]} == {p: before[p] for p in numbered[:3]}  # the oldest three kept
    assert "page/5/index.html" in again and again["page/4/index.html"] != before["page/4/index.html"]
    cold = tmp_path / "cold"
    assert build(site, cold, "--no-cache").status == 0
    assert contents(out) == contents(cold)


def test_the_output_record_reads_back_whole_and_in_its_stamps(tmp_path, fixed_now):
    """The record is kept in columns (cache.SiteState): what a no-change build checks
    (path, size, time) and what a build uses (every entry) both read back as written."""
    site, out = make_site(tmp_path, "basic"), tmp_path / "out"
    age(site)
    pipeline.build(load_config(site), out)
    store = cache.BuildCache(site)
    stamps = list(store.load_site(out).stamps())
    files = store.load_site(out).files
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} - {".gazette-output"}
    assert set(files) <= on_disk and len(files) > 20
    assert stamps == [(path, entry.size, entry.mtime_ns) for path, entry in files.items()]
    for path, size, mtime_ns in stamps:
        st = os.stat(out / path)
        assert (st.st_size, st.st_mtime_ns) == (size, mtime_ns)
    assert all(entry.fingerprint for entry in files.values())
    assert any(entry.digest for entry in files.values())


@pytest.mark.parametrize("name, module", cache.OUTPUT_LIBRARIES)
def test_library_versions_are_those_importlib_metadata_reads(name, module):
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed = version(name)
    except PackageNotFoundError:
        installed = "?"  # (one of Pagefind's two packages is enough)
    assert cache._version_of(name, module) == installed


def test_a_library_version_comes_from_its_dist_info_folder_or_is_unknown(tmp_path, monkeypatch):
    package = tmp_path / "gz_probe_lib"
    package.mkdir()
    (package / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    cache._listing.cache_clear()
    assert cache._version_of("gz_probe_lib", "gz_probe_lib") == "?"
    (tmp_path / "gz_probe_lib-2.5.1.dist-info").mkdir()
    cache._listing.cache_clear()
    assert cache._version_of("gz_probe_lib", "gz_probe_lib") == "2.5.1"


def test_a_cache_of_another_format_is_stale_not_damaged(tmp_path, fixed_now):
    """After an upgrade that keeps the cache in another form, the next build reads the
    files anew without a warning, and writes what a cold build writes."""
    site, out = make_site(tmp_path, "basic"), tmp_path / "out"
    assert build(site, out).status == 0
    for path in (site / cache.FOLDER).glob("*.bin"):
        data = path.read_bytes()
        assert data.startswith(cache.MAGIC + f"{cache.FORMAT}\n".encode())
        path.write_bytes(data.replace(f"{cache.FORMAT}\n".encode(), f"{cache.FORMAT - 1}\n".encode(), 1))
    edit(site / C / "harbour-reopens.md", "Ferries ran again", "Ferries ran again, at last")
    run = build(site, out, "-v")
    assert run.status == 0 and cache.FOLDER not in run.err, run.err  # (the site's own warnings stay)
    assert "7 articles parsed" in run.out
    cold = tmp_path / "cold"
    assert build(site, cold, "--no-cache").status == 0
    assert contents(out) == contents(cold)
