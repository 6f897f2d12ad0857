"""One writer at a time: real processes building into one output folder at once."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPO
from sitegen import many_articles, write_articles

BUILD = [sys.executable, str(REPO / "build.py")]


def env(**extra: str) -> dict:
    return {**os.environ, "PYTHONPATH": str(REPO), "SOURCE_DATE_EPOCH": "1767225600", **extra}


def start(site: Path, *args: str, **extra: str) -> subprocess.Popen:
    return subprocess.Popen([*BUILD, "build", "--site", str(site), *args], env=env(**extra), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def wait_until(check, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def locked_by_other(out: Path) -> bool:
    path = out.with_name(f".{out.name}.lock")
    if not path.exists():
        return False
    with open(path, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def test_two_builds_at_once_both_succeed_and_leave_a_clean_build(tmp_path):
    site = many_articles(tmp_path, 300)
    out = site / "_site"
    assert start(site).wait(timeout=300) == 0
    write_articles(site, 300, edition=1)  # every page changes
    # Dated a while back: a file changed within a clock tick of the build's record is
    # checked again by the next build (racy), and that is not what this test is about.
    back = time.time() - 10
    for path in (site / "content").rglob("*.md"):
        os.utime(path, (back, back))
    first = start(site)
    wait_until(lambda: (site / "._site.new").exists())  # the first is rendering into its staging folder
    second = start(site)
    results = [first.communicate(timeout=300), second.communicate(timeout=300)]
    assert (first.returncode, second.returncode) == (0, 0), results
    assert f"waiting for the build in process {first.pid} to finish writing {out}" in results[1][1]
    clean = subprocess.run([*BUILD, "--site", str(site), "--out", str(tmp_path / "clean"), "--no-cache"],
                           env=env(), capture_output=True, text=True, timeout=300)
    assert clean.returncode == 0, clean.stderr
    assert files(out) == files(tmp_path / "clean")
    again = subprocess.run([*BUILD, "--site", str(site), "-v"], env=env(), capture_output=True, text=True)
    assert "Nothing changed since the last build." in again.stdout


def test_two_builds_into_a_new_folder_miss_no_file(tmp_path):
    site = many_articles(tmp_path, 200)
    out = tmp_path / "new-out"
    builds = [start(site, "--out", str(out)) for _ in range(2)]
    results = [b.communicate(timeout=300) for b in builds]
    assert [b.returncode for b in builds] == [0, 0], results
    clean = subprocess.run([*BUILD, "--site", str(site), "--out", str(tmp_path / "clean"), "--no-cache"],
                           env=env(), capture_output=True, text=True, timeout=300)
    assert clean.returncode == 0, clean.stderr
    assert files(out) == files(tmp_path / "clean")


def test_no_wait_exits_1_while_another_build_writes(tmp_path):
    site = many_articles(tmp_path, 200)
    out = site / "_site"
    first = start(site)
    wait_until(lambda: locked_by_other(out))
    began = time.monotonic()
    second = subprocess.run([*BUILD, "--site", str(site), "--no-wait"], env=env(), capture_output=True, text=True)
    assert second.returncode == 1
    assert time.monotonic() - began < 10
    assert f"{out}: the build in process {first.pid} is writing this folder; not waiting (--no-wait)" \
        in second.stderr.splitlines()
    first.communicate(timeout=300)
    assert first.returncode == 0


def test_a_lock_left_by_a_killed_build_is_taken_over(tmp_path):
    site = many_articles(tmp_path, 200)
    killed = start(site, GAZETTE_FAULT="render:3")
    killed.communicate(timeout=300)
    assert killed.returncode == -9
    assert (site / "._site.lock").read_text().strip() == str(killed.pid)  # it held the lock when it died
    began = time.monotonic()
    after = subprocess.run([*BUILD, "--site", str(site), "--no-wait"], env=env(), capture_output=True, text=True,
                           timeout=300)
    assert after.returncode == 0, after.stderr
    assert "waiting" not in after.stderr
    assert time.monotonic() - began < 120


def test_watch_waits_for_the_process_holding_the_lock(tmp_path):
    site = many_articles(tmp_path, 20)
    out = site / "_site"
    lock = site / "._site.lock"
    with open(lock, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        watch = start(site, "--watch")
        try:
            line = watch.stderr.readline()
            assert line.strip() == f"waiting for the build in process {os.getpid()} to finish writing {out}..."
            time.sleep(0.5)
            assert not out.exists(), "--watch wrote while another process held the lock"
            fcntl.flock(handle, fcntl.LOCK_UN)
            wait_until(lambda: (out / "index.html").exists(), timeout=120)
        finally:
            watch.terminate()
            watch.communicate(timeout=30)
