"""Assemble and build the sample site with real photos (tests/sites/photos plus the repo's
theme: templates/ and static/), for Lighthouse runs, screenshots and image figures.

    python bench/photo_site.py OUT_FOLDER     # prints the site folder and the build's summary
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SAMPLE = REPO / "tests" / "sites" / "photos"


def assemble(folder: Path) -> Path:
    """A copy of the sample site with the repo's theme, in `folder`/site."""
    site = Path(folder) / "site"
    if site.exists():
        shutil.rmtree(site)
    shutil.copytree(SAMPLE, site)
    shutil.copytree(REPO / "templates", site / "templates")
    shutil.copytree(REPO / "static", site / "static", dirs_exist_ok=True)
    return site


def build(folder: Path, out: Path, *extra: str) -> int:
    from gazette.cli import main

    site = assemble(folder)
    return main(["build", "--site", str(site), "--out", str(out), *extra])


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/gazette-photo-site")
    target.mkdir(parents=True, exist_ok=True)
    sys.exit(build(target, target / "out"))
