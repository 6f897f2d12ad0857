"""User mistakes: collected, printed as path:line: message, exit status 1, last good site kept."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REPO, SITES, build, make_site, run_cli, snapshot

INVALID = sorted(p.name for p in SITES.iterdir() if p.name.startswith("invalid_"))


@pytest.mark.parametrize("name", INVALID)
def test_invalid_site_reports_every_problem_and_writes_nothing(tmp_path, name):
    site = make_site(tmp_path, name)
    out = tmp_path / "out"
    run = build(site, out)
    expected = (SITES / name / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert run.status == 1
    problems = [line for line in run.err_lines if not line.startswith("Build failed")]
    assert problems == expected
    assert run.err_lines[-1] == (f"Build failed: {len(expected)} problem{'s' * (len(expected) != 1)}; "
                                 "nothing was written.")
    assert not out.exists()
    assert "Traceback" not in run.err


def test_a_failed_build_leaves_the_last_good_site_byte_identical(tmp_path):
    site = make_site(tmp_path, "basic")
    out = tmp_path / "_site"
    assert build(site, out).status == 0
    before = snapshot(out)
    article = site / "content" / "2025" / "harbour-rewrite.md"
    article.write_text(article.read_text(encoding="utf-8").replace("title:", "titel:"), encoding="utf-8")
    (site / "content" / "2025" / "new.md").write_text("---\ntitle: New\ndate: 2025-03-09\nsource: X\n---\nNew.\n")
    run = build(site, out)
    assert run.status == 1
    assert "content/2025/harbour-rewrite.md:2: unknown key 'titel'; did you mean 'title'?" in run.err_lines
    assert snapshot(out) == before
    assert {p.name for p in tmp_path.glob("._site.*")} == {"._site.lock", "._site.manifest"}, \
        "the staging folder was left behind"


def test_a_template_error_names_the_template_line_and_keeps_the_site(tmp_path):
    site = make_site(tmp_path, "basic")
    out = tmp_path / "out"
    assert build(site, out).status == 0
    before = snapshot(out)
    template = site / "templates" / "term.html"
    lines = template.read_text().splitlines()
    at = next(i for i, line in enumerate(lines) if "{% block main %}" in line) + 1
    lines.insert(at, "{{ no_such_variable }}")
    template.write_text("\n".join(lines) + "\n")
    run = build(site, out)
    assert run.status == 1
    assert f"templates/term.html:{at + 1}: template error: 'no_such_variable' is undefined" in run.err_lines
    assert snapshot(out) == before
    template.write_text("{% block main %}{% if %}{% endblock %}\n")
    run = build(site, out)
    assert run.err_lines[0].startswith("templates/term.html:1: template error: ")


def test_bad_content_encoding_is_a_problem(tmp_path):
    site = make_site(tmp_path, "basic")
    (site / "content" / "latin1.md").write_bytes("---\ntitle: Caf\xe9\n---\n".encode("latin-1"))
    run = build(site, tmp_path / "out")
    assert run.status == 1
    assert "content/latin1.md:2: not UTF-8 text; save the file as UTF-8" in run.err_lines


def test_missing_settings_file_is_a_clear_message(tmp_path):
    run = build(tmp_path, tmp_path / "out")
    assert run.status == 1
    assert run.err_lines[0] == f"site.toml: no site.toml in {tmp_path}; is this a Gazette site folder?"


def test_output_folder_that_gazette_did_not_build_is_never_replaced(tmp_path):
    site = make_site(tmp_path, "basic")
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work")
    run = build(site, precious)
    assert run.status == 1
    assert "was not built by Gazette" in run.err
    assert (precious / "thesis.txt").read_text() == "years of work"
    for inside in (site, site / "content", site / "static" / "css"):
        run = build(site, inside)
        assert run.status == 1 and "refusing to build into" in run.err
    assert (site / "content" / "2025" / "harbour-reopens.md").is_file()


def test_bad_command_line_and_base_url(tmp_path):
    site = make_site(tmp_path, "basic")
    assert run_cli("build", "--no-such-option").status == 2
    run = build(site, tmp_path / "out", "--base-url", "example.org/news")
    assert run.status == 1
    assert run.err_lines[0].startswith("--base-url: base_url must be an absolute http(s) URL")


def test_build_py_and_gazette_command_are_the_same_cli(tmp_path):
    site = make_site(tmp_path, "basic")
    for command in ([sys.executable, str(REPO / "build.py")], [sys.executable, "-m", "gazette"]):
        out = tmp_path / ("out-" + command[-1].replace("/", "_"))
        done = subprocess.run([*command, "--site", str(site), "--out", str(out), "-q"],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert done.stdout == "" and done.stderr == ""
        assert (out / "index.html").is_file()
    help_text = subprocess.run([sys.executable, str(REPO / "build.py"), "--help"],
                               capture_output=True, text=True, timeout=60).stdout
    assert "build" in help_text and "serve" in help_text and "import" in help_text
