"""The sample site's output equals the committed golden tree, byte for byte
(regenerate it with `python tests/golden_site.py` after an intended change)."""

from __future__ import annotations

import difflib

from golden_site import GOLDEN, build_sample, files


def test_the_sample_site_builds_to_the_golden_tree(tmp_path):
    out = tmp_path / "out"
    build_sample(out, tmp_path)
    built, expected = files(out), files(GOLDEN)
    assert expected, "tests/golden/basic is empty: run python tests/golden_site.py"
    assert sorted(built) == sorted(expected), "files differ: run python tests/golden_site.py if intended"
    changed = [name for name in expected if built[name] != expected[name]]
    diff = []
    for name in changed[:3]:
        diff += difflib.unified_diff(expected[name].decode(errors="replace").splitlines(),
                                     built[name].decode(errors="replace").splitlines(),
                                     f"golden/{name}", f"built/{name}", lineterm="", n=1)
    assert not changed, f"{len(changed)} files differ from tests/golden/basic:\n" + "\n".join(diff[:60])
