"""`gazette new site` and `gazette new article`: a fresh site builds into a valid site with
no warnings (vnu, a crawl, `check`), its settings file lists every setting, its Pages
workflow is the repository's (linted, and its steps run from a checkout of the new site),
and a new article is published at the address its date and headline give. Also
`build --local`: a site opened from disk in Chromium, clicked through."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import lxml.html
import pytest
import yaml
from checkers import actionlint, crawl, serve_directory, vnu_errors
from conftest import REPO, build, run_cli
from packaging.requirements import Requirement

from gazette.config import OPTIONS, SiteConfig, parse_config
from gazette.content import FIELDS

WORKFLOW = Path(".github/workflows/pages.yml")
# 2025-03-04 23:30 UTC is already 5 March in Seoul (08:30).
EPOCH = "1741131000"


@pytest.fixture
def new_site(tmp_path) -> Path:
    site = tmp_path / "paper"
    run = run_cli("new", "site", str(site), "--title", "Harbour Herald", "--language", "ko",
                  "--base-url", "https://news.example.org")
    assert run.status == 0, run.err
    return site


def test_a_fresh_site_builds_straight_away_into_a_valid_site_with_no_warnings(new_site, tmp_path):
    out = new_site / "_site"
    run = build(new_site, out)
    assert run.status == 0 and run.err == "", run.err
    assert run.out.startswith("Built 1 article, ")
    assert vnu_errors([out]) == []
    with serve_directory(out, "/", out / "404.html") as base:
        result = crawl(base)
    assert result["broken"] == [] and result["missing_fragments"] == []
    assert len(result["ok"]) > 10
    front = lxml.html.fromstring((out / "index.html").read_bytes())
    assert front.get("lang") == "ko" and "Harbour Herald" in front.findtext(".//title")
    assert front.xpath('//link[@rel="canonical"]/@href') == ["https://news.example.org/"]
    check = run_cli("check", "--site", str(new_site), "--no-build")
    assert (check.status, check.err) == (0, "")


def test_the_new_sites_files(new_site):
    names = sorted(p.relative_to(new_site).as_posix() for p in new_site.rglob("*")
                   if p.is_file() and not p.relative_to(new_site).as_posix().startswith(("templates/", "static/")))
    assert names == [".github/workflows/pages.yml", ".gitignore", "content/" + names[2].split("/", 1)[1],
                     "requirements.txt", "site.toml"]
    assert re.fullmatch(r"content/\d{4}/welcome\.md", names[2])
    # The theme is a copy of the repository's, file for file.
    for name in ("templates", "static"):
        ours = sorted(p.relative_to(REPO / name) for p in (REPO / name).rglob("*") if p.is_file())
        assert ours and ours == sorted(p.relative_to(new_site / name) for p in (new_site / name).rglob("*")
                                       if p.is_file())
    assert (new_site / WORKFLOW).read_bytes() == (REPO / WORKFLOW).read_bytes()
    ignored = (new_site / ".gitignore").read_text(encoding="utf-8").split()
    assert "/_site/" in ignored and "/.gazette-cache/" in ignored
    requirement = [line for line in (new_site / "requirements.txt").read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith("#")]
    assert len(requirement) == 1 and Requirement(requirement[0]).name == "gazette"
    assert Requirement(requirement[0]).url.startswith("git+https://")


def test_site_toml_lists_every_setting_and_its_commented_defaults_are_the_defaults(new_site):
    text = (new_site / "site.toml").read_text(encoding="utf-8")
    assert tomllib.loads(text) == {"title": "Harbour Herald", "language": "ko",
                                   "base_url": "https://news.example.org"}
    for option in OPTIONS:
        assert f"# {option.help}" in text, option.name
    # Every commented setting, un-commented, is that setting's default.
    uncommented = re.sub(r"(?m)^# ([a-z_]+ = )", r"\1", text)
    assert set(tomllib.loads(uncommented)) == {option.name for option in OPTIONS}
    read = parse_config(uncommented, new_site)  # as site.toml is read: TOML lists become tuples
    defaults = SiteConfig(root=new_site)
    for option in OPTIONS:
        if option.name not in ("title", "language", "base_url"):
            assert getattr(read, option.name) == getattr(defaults, option.name), option.name


def test_new_site_refuses_a_non_empty_folder_and_a_bad_option(tmp_path):
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    run = run_cli("new", "site", str(folder))
    assert run.status == 1 and "not empty" in run.err
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    bad = run_cli("new", "site", str(tmp_path / "fresh"), "--base-url", "news.example.org")
    assert bad.status == 1 and "base_url must be an absolute http(s) URL" in bad.err
    assert not (tmp_path / "fresh").exists()


def test_new_article_then_build_publishes_it_at_its_address(new_site, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    settings = new_site / "site.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace('# timezone = "UTC"',
                                                                     'timezone = "Asia/Seoul"'), encoding="utf-8")
    run = run_cli("new", "article", "서울 지하철 요금 인상", "--site", str(new_site))
    assert run.status == 0, run.err
    path = Path(run.out.strip())
    assert path == new_site / "content/2025/서울-지하철-요금-인상.md"
    text = path.read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front == {"title": "서울 지하철 요금 인상", "date": "2025-03-05 08:30", "source": "Harbour Herald"}
    commented = re.findall(r"(?m)^# ([a-z_]+):", text)
    assert commented == [f.name for f in FIELDS if not f.required]
    out = new_site / "_site"
    assert build(new_site, out).status == 0
    page = out / "2025/03/서울-지하철-요금-인상/index.html"
    assert lxml.html.fromstring(page.read_bytes()).findtext(".//h1").strip() == "서울 지하철 요금 인상"
    # The front page links to it percent-encoded; check follows that link to the file.
    front = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="2025/03/%EC%84%9C%EC%9A%B8-' in front
    assert run_cli("check", "--site", str(new_site), "--no-build", "--strict").status == 1  # no summary, tags
    assert run_cli("check", "--site", str(new_site), "--no-build").status == 0
    again = run_cli("new", "article", "서울 지하철 요금 인상", "--site", str(new_site))
    assert again.status == 1 and "exists already" in again.err
    assert path.read_text(encoding="utf-8") == text


def test_new_article_draft_is_held_back(new_site, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    run = run_cli("new", "article", "Budget leak", "--site", str(new_site), "--draft")
    path = Path(run.out.strip())
    assert "\ndraft: true\n" in path.read_text(encoding="utf-8")
    out = new_site / "_site"
    assert "1 draft (--drafts)" in build(new_site, out).out
    assert not (out / "2025/03/budget-leak").exists()
    assert build(new_site, out, "--drafts").status == 0 and (out / "2025/03/budget-leak/index.html").is_file()


def test_new_article_outside_a_site_says_so(tmp_path):
    run = run_cli("new", "article", "Anything", "--site", str(tmp_path))
    assert run.status == 1 and "no site.toml" in run.err


# --- the Pages workflow of a new site ------------------------------------------------------


def test_the_new_sites_workflow_passes_actionlint(new_site):
    assert actionlint([new_site / WORKFLOW]) == []


def test_the_new_sites_workflow_steps_run_from_a_checkout(new_site, tmp_path):
    """Every `run` step but the install (Gazette comes from PYTHONPATH here), in order, from a
    checkout of the new site, with configure-pages' address for a project site."""
    flow = yaml.safe_load((new_site / WORKFLOW).read_text(encoding="utf-8"))
    steps = [s for s in flow["jobs"]["build"]["steps"] if "run" in s]
    assert [s["name"] for s in steps] == ["Install Gazette", "Build the site", "Check the site",
                                          "Compare with the last deployment", "Leave out the build marker"]
    assert steps[0]["run"] == "python -m pip install -r requirements.txt"
    checkout = tmp_path / "checkout"
    shutil.copytree(new_site, checkout)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "python"  # this interpreter, started for real (a symlink loses a virtualenv)
    wrapper.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} "$@"\n')
    wrapper.chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", PYTHONPATH=str(REPO),
               BASE_URL="https://octo.github.io/paper", EVENT="push", GITHUB_OUTPUT=str(tmp_path / "github_output"))
    outputs = []
    for step in steps[1:]:
        proc = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=checkout, env=env, capture_output=True,
                              text=True, timeout=300)
        assert proc.returncode == 0, (step["name"], proc.stderr)
        outputs.append(proc.stdout)
    assert outputs[0].startswith("Built 1 article")
    assert outputs[1].endswith(": 0 errors, 0 warnings\n")
    assert (tmp_path / "github_output").read_text() == "changed=true\n"  # a push always deploys
    site = checkout / "_site"
    assert (site / "index.html").is_file() and (site / ".nojekyll").is_file()
    assert not (site / ".gazette").exists()  # the marker is not uploaded
    front = lxml.html.fromstring((site / "index.html").read_bytes())
    assert front.xpath('//link[@rel="canonical"]/@href') == ["https://octo.github.io/paper/"]


def test_the_workflows_check_step_stops_a_site_with_a_broken_link(new_site, tmp_path):
    flow = yaml.safe_load((new_site / WORKFLOW).read_text(encoding="utf-8"))
    steps = {s["name"]: s["run"] for s in flow["jobs"]["build"]["steps"] if "run" in s}
    article = next((new_site / "content").rglob("welcome.md"))
    article.write_text(article.read_text(encoding="utf-8") + "\nSee [the archive](../../../no-such-page/).\n",
                       encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO), BASE_URL="https://octo.github.io/paper")
    for name in ("Build the site", "Check the site"):
        proc = subprocess.run(["bash", "-e", "-c", steps[name].replace("python ", f"{sys.executable} ", 1)],
                              cwd=new_site, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    rel = article.relative_to(new_site).as_posix()
    assert f"{rel}:{article.read_text(encoding='utf-8').count(chr(10))}: link '../../../no-such-page/'" in proc.stderr


# --- opened from disk --------------------------------------------------------------------


def test_a_local_build_opened_from_disk_is_clicked_through(new_site, page):
    out = new_site / "_site"
    assert build(new_site, out, "--local").status == 0
    page.goto((out / "index.html").as_uri())
    page.locator("main a", has_text="Welcome to Harbour Herald").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/welcome/index.html")
    assert page.locator("h1").inner_text().strip() == "Welcome to Harbour Herald"
    page.locator(".masthead-title a").click()
    page.wait_for_load_state()
    assert page.url == (out / "index.html").as_uri()
    assert run_cli("check", "--site", str(new_site), "--no-build").status == 0


@pytest.mark.parametrize("link, expected", [
    ("", "index.html"),
    ("../../", "../../index.html"),
    ("../2025/01/x/#part", "../2025/01/x/index.html#part"),
    ("tags/ai/?page=2", "tags/ai/index.html?page=2"),
    ("css/style.css", "css/style.css"),
    ("atom.xml#top", "atom.xml#top"),
])
def test_local_links_name_the_index_file(link, expected):
    from gazette.urls import with_index_file

    assert with_index_file(link) == expected


@pytest.mark.parametrize("origin, address", [
    ("https://github.com/octo/gazette.git", "https://github.com/octo/gazette.git"),
    ("git@github.com:octo/gazette.git", "https://github.com/octo/gazette.git"),
    ("/home/octo/gazette", None),  # no public address: a placeholder, and new site warns
])
def test_the_workflow_installs_the_gazette_new_site_ran_from(tmp_path, monkeypatch, origin, address):
    from gazette import scaffold

    checkout = tmp_path / "gazette"
    checkout.mkdir()

    def git(*args):
        subprocess.run(["git", "-C", str(checkout), *args], check=True, capture_output=True,
                       env=dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
                                GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org"))

    git("init", "-q")
    git("commit", "-q", "--allow-empty", "-m", "start")
    git("remote", "add", "origin", origin)
    commit = subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"], capture_output=True,
                            text=True, check=True).stdout.strip()
    monkeypatch.setattr(scaffold, "CHECKOUT", checkout)
    requirement, known = scaffold.gazette_requirement()
    if address:
        assert (requirement, known) == (f"gazette @ git+{address}@{commit}", True)
    else:
        assert (requirement, known) == (f"gazette @ git+{scaffold.PLACEHOLDER_REPO}", False)
    assert Requirement(requirement).name == "gazette"


def test_what_a_build_leaves_in_a_new_site_is_ignored_by_git(new_site):
    """The output folder, the build cache, and the lock, manifest and journal files
    beside the output folder stay out of the site's repository."""
    subprocess.run(["git", "init", "-q", str(new_site)], check=True)
    run = run_cli("build", "--site", str(new_site), "-q")
    assert run.status == 0, run.err
    assert (new_site / "_site" / "index.html").is_file() and (new_site / "._site.manifest").is_file()
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=new_site,
                            capture_output=True, text=True, check=True).stdout.split("\n")
    paths = [line[3:] for line in status if line]
    assert paths and not [p for p in paths if p.startswith(("_site", "._site", ".gazette-cache"))], paths
