"""The progress of long stages: nothing for quick ones, a bar on a terminal, lines otherwise."""

from __future__ import annotations

import io

import pytest

from gazette import progress


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(progress.time, "monotonic", clock)
    return clock


def run_stage(show, clock, stage: str, total: int, seconds_each: float) -> None:
    for done in range(1, total + 1):
        clock.now += seconds_each
        show(stage, done, total)


def test_a_quick_stage_shows_nothing(clock):
    out = io.StringIO()
    run_stage(progress.Progress(out), clock, "parse", 50, 0.01)
    assert out.getvalue() == ""


def test_a_long_stage_prints_a_line_every_few_seconds_and_at_the_end(clock):
    out = io.StringIO()
    run_stage(progress.Progress(out), clock, "render", 20, 1.0)
    assert out.getvalue().splitlines() == ["Rendering pages: 6/20", "Rendering pages: 11/20",
                                           "Rendering pages: 16/20", "Rendering pages: 20/20"]


def test_a_builder_that_builds_again_starts_each_stage_afresh(clock):
    """serve and --watch use one Progress for every rebuild: a quick rebuild after a
    long one shows nothing, however long ago the last one started."""
    out = io.StringIO()
    show = progress.Progress(out)
    run_stage(show, clock, "parse", 5, 0.5)
    first = out.getvalue()
    assert first.splitlines() == ["Reading articles: 5/5"]
    clock.now += 60
    run_stage(show, clock, "parse", 1, 0.01)
    run_stage(show, clock, "render", 3, 0.01)
    assert out.getvalue() == first


def test_a_terminal_gets_one_bar_that_ends_its_line(clock):
    out = Terminal()
    run_stage(progress.Progress(out), clock, "render", 4, 0.5)
    text = out.getvalue()
    assert text.endswith("\rRendering pages   [##############################] 4/4\n")
    assert text.count("\n") == 1
