"""A crash at any moment leaves the old site or the new one: builds of 1,000 articles
killed (GAZETTE_FAULT, gazette/faults.py) before, inside and after the move-in, or
stopped there by a full disk; the next build finishes what was left half done."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from sitegen import many_articles
from test_harden_lock import BUILD, env, files

STATIC = 1000  # static files rewritten by the new edition: a move-in of more than 1,000 files


def write_static(site: Path, edition: int) -> None:
    folder = site / "static" / "many"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(STATIC):
        (folder / f"file-{i:04d}.txt").write_text(f"static file {i}, edition {edition}\n" + "x" * edition)


def run(site: Path, **fault: str) -> subprocess.CompletedProcess:
    return subprocess.run([*BUILD, "build", "--site", str(site)], env=env(**fault), capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    """A site of 1,000 articles built once (the old site), then changed: ten articles
    edited, every static file rewritten, 20 of them deleted. Returns the folder to
    restore the changed site from, and the old and new sites' files."""
    tmp = tmp_path_factory.mktemp("crash")
    site = many_articles(tmp, 1000)
    write_static(site, 0)
    assert run(site).returncode == 0
    old = files(site / "_site")
    for i in range(10):
        path = site / "content" / "many" / f"story-{i:05d}.md"
        path.write_text(path.read_text().replace("says more", "says much more"))
    write_static(site, 1)
    for i in range(20):
        (site / "static" / "many" / f"file-{i:04d}.txt").unlink()
    base = tmp / "base"
    shutil.copytree(site, base, symlinks=True)
    done = run(site)
    assert done.returncode == 0, done.stderr
    new = files(site / "_site")
    outside_index = [{path for path in site_files if not path.startswith("pagefind/")} for site_files in (old, new)]
    assert old != new and len(outside_index[1]) == len(outside_index[0]) - 20  # (edits go to a fresh index)
    return site, base, old, new


def restore(site: Path, base: Path) -> None:
    shutil.rmtree(site)
    shutil.copytree(base, site, symlinks=True)  # same path, same file times: the build cache stays valid


def check_after_crash(site: Path, old: dict, new: dict) -> bool:
    """The folder holds the old site or the new one, unless a journal says a move-in is
    under way. True when there is such a journal."""
    journal = site / "._site.journal"
    if journal.exists():
        return True
    assert files(site / "_site") in (old, new), "a crash left a mixed site with no journal to finish it"
    return False


def check_next_build_finishes(site: Path, new: dict, journaled: bool) -> None:
    after = run(site)
    assert after.returncode == 0, after.stderr
    assert ("finishing the move-in of an interrupted build" in after.stderr) == journaled
    assert files(site / "_site") == new
    assert not (site / "._site.new").exists() and not (site / "._site.journal").exists()


@pytest.mark.parametrize("point", ["render:3", "journal", "movein:400", "remove:20"])
def test_a_kill_at_any_point_leaves_the_old_site_or_a_move_in_the_next_build_finishes(editions, point):
    site, base, old, new = editions
    restore(site, base)
    killed = run(site, GAZETTE_FAULT=point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    journaled = check_after_crash(site, old, new)
    assert journaled == (not point.startswith("render")), "inside the move-in, a journal is left"
    if point.startswith("render"):
        assert files(site / "_site") == old
    check_next_build_finishes(site, new, journaled)


def test_a_kill_while_finishing_a_move_in_is_finished_by_the_next_build(editions):
    site, base, old, new = editions
    restore(site, base)
    assert run(site, GAZETTE_FAULT="movein:300").returncode == -signal.SIGKILL
    assert run(site, GAZETTE_FAULT="recover:500").returncode == -signal.SIGKILL
    check_next_build_finishes(site, new, True)


@pytest.mark.parametrize("action", ["enospc"])  # "erofs" (a read-only file system) takes the same path
def test_a_full_disk_or_read_only_folder_inside_the_move_in_is_finished_later(editions, action):
    site, base, old, new = editions
    restore(site, base)
    failed = run(site, GAZETTE_FAULT=f"movein:500:{action}")
    assert failed.returncode == 1
    reason = os.strerror(28 if action == "enospc" else 30)
    assert f"error: {reason} (GAZETTE_FAULT=movein:500:{action}): the move-in into {site / '_site'} stopped " \
           f"half-way; the next build or serve finishes it" in failed.stderr.splitlines()
    assert "Traceback" not in failed.stderr
    check_next_build_finishes(site, new, True)


def test_kills_at_random_instants(editions):
    site, base, old, new = editions
    rng = random.Random(15)
    for _ in range(2):
        restore(site, base)
        build = subprocess.Popen([*BUILD, "build", "--site", str(site)], env=env(), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 2.5))
        build.kill()
        build.wait(timeout=60)
        journaled = check_after_crash(site, old, new)
        check_next_build_finishes(site, new, journaled)


def test_a_first_build_killed_before_its_folder_is_in_place_leaves_none(tmp_path):
    site = many_articles(tmp_path, 3)
    assert run(site, GAZETTE_FAULT="fresh").returncode == -signal.SIGKILL
    assert not (site / "_site").exists() and (site / "._site.new").is_dir()
    assert run(site).returncode == 0
    assert (site / "_site" / "index.html").is_file() and not (site / "._site.new").exists()


def _processes_mentioning(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def test_workers_die_with_a_killed_build(tmp_path):
    site = many_articles(tmp_path, 1000)
    build = subprocess.Popen([*BUILD, "build", "--site", str(site)], env=env(), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    stage = site / "._site.new"
    deadline = time.monotonic() + 120
    while not (stage.is_dir() and sum(1 for _ in stage.rglob("*.html")) >= 5):  # the workers are rendering
        assert build.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    build.kill()
    assert build.wait(timeout=60) == -signal.SIGKILL
    deadline = time.monotonic() + 0.5
    while _processes_mentioning(str(site)) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = _processes_mentioning(str(site))
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, f"workers outlived their killed parent: {left}"


def test_a_read_only_output_folder_is_found_before_anything_moves(tmp_path):
    # As root every folder is writable: the rebuild runs without root's rights in a user
    # namespace (unshare), where the folder's owner bits apply.
    if shutil.which("unshare") is None or subprocess.run(["unshare", "--user", "true"]).returncode:
        pytest.fail("needs unshare --user (util-linux) to run a build without root's rights")
    site = many_articles(tmp_path, 3)
    out = tmp_path / "out"
    assert subprocess.run([*BUILD, "--site", str(site), "--out", str(out)], env=env()).returncode == 0
    old = files(out)
    story = site / "content" / "many" / "story-00001.md"
    story.write_text(story.read_text().replace("Story number 1", "Story number one"))
    out.chmod(0o555)  # the front page cannot be replaced; the article's own folder could
    try:
        run = subprocess.run(["unshare", "--user", *BUILD, "--site", str(site), "--out", str(out)], env=env(),
                             capture_output=True, text=True, timeout=120)
    finally:
        out.chmod(0o755)
    assert run.returncode == 1
    assert f"{out}: cannot write into this folder (read-only?); the site was left as it was" \
        in run.stderr.splitlines()
    assert files(out) == old
    assert subprocess.run([*BUILD, "--site", str(site), "--out", str(out)], env=env()).returncode == 0
    assert "Story number one" in (out / "index.html").read_text()
