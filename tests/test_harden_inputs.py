"""Inputs that once escaped the problem list: each gives `path:line: message` and exit
status 1 (or a documented, tested behaviour), never a traceback or a hang."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import REPO, build, make_site
from sitegen import article_text

HEAD = "---\ntitle: A\ndate: 2025-01-01\nsource: X\n"


def failing(tmp_path, text: str, name: str = "x.md") -> list[str]:
    """The problem lines of a build of the seed site with one more content file."""
    site = make_site(tmp_path)
    (site / "content" / name).write_text(text, encoding="utf-8")
    run = build(site, tmp_path / "out")
    assert run.status == 1, run.err
    assert "Traceback" not in run.err
    return [line for line in run.err_lines if line.startswith(f"content/{name}")]


@pytest.mark.parametrize("key, value", [
    ("date", "9999-12-31T23:59:59-12:00"), ("date", "0001-01-01T00:00:00+14:00"), ("date", "0001-01-01"),
    ("date", "1899-12-31"), ("date", "9999-01-01"), ("updated", "9999-12-31T23:59:59-12:00"),
])
def test_dates_out_of_range_are_problems_at_their_line(tmp_path, key, value):
    text = f"---\ntitle: A\nsource: X\ndate: {'2025-01-01' if key == 'updated' else value}\n"
    text += f"updated: {value}\n---\nBody.\n" if key == "updated" else "---\nBody.\n"
    line = 5 if key == "updated" else 4
    assert failing(tmp_path, text) == [f"content/x.md:{line}: '{key}' must be a date in the years 1900 to 9998, "
                                       f"not '{value}'"]


def test_the_first_and_last_dates_accepted_build(tmp_path):
    site = make_site(tmp_path)
    toml = site / "site.toml"
    toml.write_text(toml.read_text().replace('timezone = "', 'timezone = "UTC" #'))
    (site / "content" / "old.md").write_text("---\ntitle: Old\ndate: 1900-01-01\nsource: X\n---\nOld.\n")
    (site / "content" / "late.md").write_text("---\ntitle: Late\ndate: 9998-12-31T23:59:59+14:00\nsource: X\n"
                                              "---\nLate.\n")
    run = build(site, tmp_path / "out", "--future")
    assert run.status == 0, run.err
    assert (tmp_path / "out" / "1900" / "01" / "old" / "index.html").is_file()


def test_a_time_when_the_sites_timezone_had_no_whole_minute_offset_is_a_problem(tmp_path):
    site = make_site(tmp_path)
    toml = site / "site.toml"
    toml.write_text(toml.read_text().replace('timezone = "', 'timezone = "Asia/Seoul" #'))
    (site / "content" / "x.md").write_text("---\ntitle: A\ndate: 1905-01-01T09:00:00+09:00\nsource: X\n---\nB.\n")
    run = build(site, tmp_path / "out")
    assert run.status == 1
    assert "content/x.md:3: 'date' must be at a time when the timezone had an offset from UTC in whole minutes " \
           "(LMT was 8:27:52 then, which feeds and sitemaps cannot state)" in run.err_lines


def test_a_slug_longer_than_a_file_name_may_be_is_a_problem_at_its_line(tmp_path):
    slug = "가" * 90  # 90 letters, 270 bytes in UTF-8
    lines = failing(tmp_path, HEAD + f"slug: {slug}\n---\nBody.\n")
    assert lines == [f"content/x.md:5: 'slug' makes the folder name '{slug[:40]}...', 270 bytes long in UTF-8; "
                     "file systems allow 255: make it shorter"]


def test_a_tag_longer_than_a_file_name_may_be_is_a_problem_at_its_line(tmp_path):
    lines = failing(tmp_path, HEAD + f"tags: [AI, {'x' * 300}]\n---\nBody.\n")
    assert lines == [f"content/x.md:5: 'tags' item 2 makes the folder name '{'x' * 40}...', 300 bytes long in "
                     "UTF-8; file systems allow 255: make it shorter"]


def test_an_empty_tag_is_a_problem_at_its_line(tmp_path):
    assert failing(tmp_path, HEAD + 'tags: [AI, ""]\n---\nBody.\n') == [
        "content/x.md:5: 'tags' item 2 has no letters or digits (''); remove it"]


def test_a_nul_byte_in_a_body_is_a_problem_at_its_line(tmp_path):
    assert failing(tmp_path, HEAD + "---\nFirst line.\nSecond \x00 line.\n") == [
        "content/x.md:7: control character U+0000 in the text (a NUL byte, say, left by a broken copy); remove it"]


@pytest.mark.parametrize("text, expected", [
    (HEAD.replace("title: A", "title: Breaking: storm hits") + "---\nBody.\n",
     "content/x.md:2: frontmatter is not valid YAML: mapping values are not allowed in this context; the value "
     'has a colon in it: put the value in quotes, title: "Breaking: storm hits"'),
    (HEAD + "\nBody.\n",
     "content/x.md:1: the frontmatter that starts here has no closing '---' line: add one after the last field"),
    (HEAD + "tags:\n\t- AI\n---\nBody.\n",
     "content/x.md:6: frontmatter is not valid YAML: found character that cannot start any token while scanning "
     "for the next token; YAML does not allow tabs here: indent with spaces"),
    (HEAD.replace("title: A", 'title: "A storm') + "---\nBody.\n",
     "content/x.md:2: frontmatter is not valid YAML: found unexpected end of stream while scanning a quoted "
     "scalar; a quote opened on this line is never closed: end the value with the same quote mark"),
    (HEAD.replace("title: A", 'title: "Yes" she said') + "---\nBody.\n",
     "content/x.md:2: frontmatter is not valid YAML: did not find expected key; text follows the closing quote: "
     "put the whole value in the other quotes, title: '\"Yes\" she said'"),
])
def test_yaml_mistakes_come_with_a_hint(tmp_path, text, expected):
    assert failing(tmp_path, text) == [expected]


def test_a_fifo_named_like_an_article_is_a_problem_and_never_read(tmp_path):
    site = make_site(tmp_path)
    os.mkfifo(site / "content" / "x.md")
    run = subprocess.run([sys.executable, str(REPO / "build.py"), "--site", str(site)], capture_output=True,
                         text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert run.returncode == 1
    assert "content/x.md: not a regular file (a pipe, socket or device named like an article); it is not read" \
        in run.stderr.splitlines()


def test_a_symbolic_link_to_nothing_is_a_problem(tmp_path):
    site = make_site(tmp_path)
    (site / "content" / "x.md").symlink_to(tmp_path / "gone.md")
    run = build(site, tmp_path / "out")
    assert run.status == 1
    assert "content/x.md: a symbolic link to nothing readable (No such file or directory); fix or remove it" \
        in run.err_lines


def test_a_symlinked_folder_of_articles_is_followed(tmp_path):
    site = make_site(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "linked.md").write_text(article_text(1))
    (site / "content" / "linked").symlink_to(elsewhere, target_is_directory=True)
    run = build(site, tmp_path / "out")
    assert run.status == 0, run.err
    assert (tmp_path / "out" / "2021" / "02" / "linked" / "index.html").is_file()


def test_a_symlink_loop_is_reported_and_a_second_route_read_once(tmp_path):
    site = make_site(tmp_path)
    folder = site / "content" / "a"
    folder.mkdir()
    (folder / "story.md").write_text(article_text(1))
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (site / "content" / "b").symlink_to(folder, target_is_directory=True)
    run = build(site, tmp_path / "out")
    assert run.status == 1
    assert "content/a/loop: symbolic link loop: this is the folder content/a again; remove the link" in run.err_lines
    assert "content/b: warning: this is the folder content/a again (a symbolic link); its articles are read " \
           "once, from content/a" in run.err_lines
    (folder / "loop").unlink()
    assert build(site, tmp_path / "out").status == 0


def test_an_unreadable_folder_of_articles_is_a_problem(tmp_path):
    # As root every folder is readable: the build runs as nobody in a user namespace (unshare).
    if shutil.which("unshare") is None or subprocess.run(["unshare", "--user", "true"]).returncode:
        pytest.fail("needs unshare --user (util-linux) to run a build without root's rights")
    shared = Path(tempfile.mkdtemp())
    try:
        shared.chmod(0o777)
        site = make_site(shared)
        (site / "content" / "locked").mkdir()
        (site / "content" / "locked" / "x.md").write_text(article_text(1))
        for folder, dirs, names in os.walk(shared):
            for name in dirs + names:
                os.chmod(os.path.join(folder, name), 0o777)
        (site / "content" / "locked").chmod(0)
        run = subprocess.run(["unshare", "--user", sys.executable, str(REPO / "build.py"), "--site", str(site)],
                             capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)})
        assert run.returncode == 1, run.stderr
        assert "content/locked: cannot read this folder: Permission denied; its articles are left out" \
            in run.stderr.splitlines()
    finally:
        (shared / "site" / "content" / "locked").chmod(0o755)
        shutil.rmtree(shared)


def test_quiet_prints_errors_only_on_a_failed_build(tmp_path):
    site = make_site(tmp_path)  # the seed site has a warning: a photo missing from static/images/
    (site / "content" / "x.md").write_text(HEAD + "sorce: Y\n---\nBody.\n")
    run = build(site, tmp_path / "out", "-q")
    assert run.status == 1
    assert run.err_lines == ["content/x.md:5: unknown key 'sorce'; did you mean 'source'?",
                             "Build failed: 1 problem; nothing was written."]
    assert "warning" in build(site, tmp_path / "out").err
