"""The output folder checked against its record: hand edits are put right, files that
are not Gazette's are left alone by cached and --no-cache builds alike."""

from __future__ import annotations

import os
import shutil

from conftest import build, make_site


def site_files(out):
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_a_file_deleted_by_hand_is_put_back_by_the_next_build(tmp_path):
    site, out = make_site(tmp_path, "basic"), tmp_path / "out"
    assert build(site, out).status == 0
    before = site_files(out)
    (out / "index.html").unlink()
    shutil.rmtree(out / "tags")
    run = build(site, out, "-v")
    assert run.status == 0
    assert "Nothing changed" not in run.out
    assert site_files(out) == before


def test_a_file_edited_by_hand_is_put_right_by_the_next_build(tmp_path):
    site, out = make_site(tmp_path, "basic"), tmp_path / "out"
    assert build(site, out).status == 0
    before = site_files(out)
    page = out / "index.html"
    page.write_bytes(page.read_bytes() + b"<!-- hand edit -->")
    same_size = out / "atom.xml"
    same_size.write_bytes(same_size.read_bytes().replace(b"<feed", b"<FEED", 1))
    assert build(site, out).status == 0
    assert site_files(out) == before
    assert build(site, out, "-v").out.startswith("Nothing changed since the last build.")


def add_foreign(out):
    (out / "google1234.html").write_text("google-site-verification: google1234.html")
    (out / "extra").mkdir()
    (out / "extra" / "notes.txt").write_text("mine")
    (out / ".git").mkdir()
    (out / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    (out / "2025" / "keep.txt").write_text("beside the pages")


FOREIGN = {"google1234.html", "extra/notes.txt", ".git/HEAD", "2025/keep.txt"}


def test_files_gazette_did_not_write_are_kept_by_cached_and_no_cache_builds_alike(tmp_path):
    site, out = make_site(tmp_path, "basic"), tmp_path / "out"
    assert build(site, out).status == 0
    add_foreign(out)
    pages = sorted(p.parent.name for p in (out / "2025" / "03").glob("*/index.html"))
    for options in ((), ("--no-cache",)):
        gone = pages.pop()
        next((site / "content").rglob(f"{gone}.md")).unlink()  # a page the site no longer has
        assert build(site, out, *options).status == 0
        assert FOREIGN <= set(site_files(out)), options
        assert not (out / "2025" / "03" / gone).exists(), options
    clean = tmp_path / "clean"
    assert build(site, clean, "--no-cache").status == 0
    assert set(site_files(out)) - set(site_files(clean)) == FOREIGN


def test_dot_folders_at_the_top_are_never_touched_even_without_a_record(tmp_path):
    site, out = make_site(tmp_path, "basic"), tmp_path / "out"
    (out / ".git").mkdir(parents=True)  # a git worktree: not empty, not built by Gazette, still accepted
    (out / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    assert build(site, out).status == 0
    os.unlink(tmp_path / ".out.manifest")
    shutil.rmtree(site / ".gazette-cache")
    assert build(site, out, "--no-cache").status == 0
    assert (out / ".git" / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    assert (out / "index.html").is_file()
