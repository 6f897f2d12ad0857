"""The golden site: tests/sites/basic built with the repository's theme, committed
under tests/golden/basic/ as the expected output, byte for byte.

Any change to what Gazette writes shows up in review as a diff of that tree. After an
intended change, regenerate it and commit the result with the change:

    python tests/golden_site.py

(test_golden.py fails, with the files that differ, until you do.)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SAMPLE = HERE / "sites" / "basic"
GOLDEN = HERE / "golden" / "basic"
# The moment the golden site is built at: feeds, the news sitemap and held-back future
# articles depend on "now".
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)


def build_sample(out: Path, work: Path) -> None:
    """Build the sample site, with the repository's templates and static files, into `out`."""
    sys.path.insert(0, str(REPO))
    from gazette import pipeline
    from gazette.config import load_config

    site = work / "site"
    shutil.copytree(SAMPLE, site)
    if not (site / "templates").exists():
        shutil.copytree(REPO / "templates", site / "templates")
    shutil.copytree(REPO / "static", site / "static", dirs_exist_ok=True)
    pipeline.build(load_config(site), out, now=NOW, use_cache=False, processes=1)


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        build_sample(out, Path(tmp))
        if GOLDEN.exists():
            shutil.rmtree(GOLDEN)
        shutil.copytree(out, GOLDEN)
    print(f"wrote {len(files(GOLDEN))} files to {GOLDEN.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
