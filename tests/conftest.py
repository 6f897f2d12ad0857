"""Shared test helpers: sample sites under tests/sites/, builds into temp folders, Chromium."""

from __future__ import annotations

import contextlib
import importlib
import io
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from checkers import CHROMIUM, CHROMIUM_ARGS

REPO = Path(__file__).resolve().parents[1]
SITES = Path(__file__).resolve().parent / "sites"


@dataclass
class Run:
    status: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def run_cli(*args: str) -> Run:
    """Run the CLI in-process, as `python build.py ARGS` would, capturing its output."""
    from gazette.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(list(args))
        except SystemExit as exc:  # argparse's own exits
            status = exc.code if isinstance(exc.code, int) else 1
    return Run(status, out.getvalue(), err.getvalue())


def make_site(tmp_path: Path, name: str | None = None) -> Path:
    """A copy of tests/sites/NAME (default: `seed`, the two seed articles, a copy of the
    starter site kept under tests/ so that editing the shipped content breaks no test),
    with the repo's theme added."""
    site = tmp_path / "site"
    shutil.copytree(SITES / (name or "seed"), site)
    if not (site / "templates").exists():
        shutil.copytree(REPO / "templates", site / "templates")
    shutil.copytree(REPO / "static", site / "static", dirs_exist_ok=True)
    return site


def build(site: Path, out: Path, *extra: str) -> Run:
    return run_cli("build", "--site", str(site), "--out", str(out), *extra)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under a folder: its bytes and modification time."""
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def assert_same_site(out: Path, cold: Path) -> None:
    """`out` is what a cold build makes of the same site: the same files with the same
    bytes, but for the search index, which a cold build makes whole and a later build may
    leave as years' indexes with a fresh one beside them (search.py): there, a search
    finds the same pages with the same text, filters and meta."""
    from gazette import search

    def outside(folder: Path) -> dict[str, bytes]:
        return {path: data for path, (data, _) in snapshot(folder).items() if not path.startswith(search.BUNDLE)}

    mine, cold_files = outside(out), outside(cold)
    assert sorted(mine) == sorted(cold_files)
    assert [name for name in cold_files if mine[name] != cold_files[name]] == []
    assert (out / search.BUNDLE).exists() == (cold / search.BUNDLE).exists()
    if (cold / search.BUNDLE).exists():
        assert search.live_pages(out) == search.live_pages(cold)


@pytest.fixture
def rules_alone(monkeypatch):
    """The importer's rules without the learned passes after them (gazette/importer/passes/span.py, source_guess.py):
    for a test of one rule on a text too small or too odd for the models, which learned from real articles."""
    module = importlib.import_module("gazette.importer.extract")  # (the package's `extract` is its function)
    monkeypatch.setattr(module, "story_span", lambda paragraphs, title, found: paragraphs)
    monkeypatch.setattr(module, "guess_source", lambda copy, found: "")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright launches Debian's Chromium, never a downloaded browser."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}
