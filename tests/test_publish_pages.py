"""Deploying to GitHub Pages: the workflow (linted by actionlint, and its build step run as
Pages would run it), .nojekyll and CNAME, built-in templates a site overrides, and a crawl of
a `--base-url .../repo/` build served like GitHub Pages through every link, feed and sitemap."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urldefrag, urljoin

import feedparser
import lxml.etree
import lxml.html
import pytest
import yaml

from checkers import actionlint, crawl, serve_directory
from conftest import REPO, SITES, build, make_site
from golden_site import files
from test_publish_site import NOW, build_at, make_publish_site

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


# --- the workflow --------------------------------------------------------------------


def test_pages_workflow_passes_actionlint():
    assert actionlint([WORKFLOW]) == []


def load_workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def uses(step: dict) -> str:
    return step.get("uses", "").split("@")[0]


def test_pages_workflow_is_built_from_githubs_own_actions():
    flow = load_workflow()
    assert flow["on"]["push"]["branches"] == ["main"] and "workflow_dispatch" in flow["on"]
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert flow["concurrency"]["group"] == "pages" and flow["concurrency"]["cancel-in-progress"] is False
    build_steps = flow["jobs"]["build"]["steps"]
    assert [uses(s) for s in build_steps if "uses" in s] == [
        "actions/checkout", "actions/setup-python", "actions/configure-pages", "actions/cache/restore",
        "actions/cache/save", "actions/upload-pages-artifact"]
    python = next(s for s in build_steps if uses(s) == "actions/setup-python")
    assert python["with"]["cache"] == "pip"
    assert (REPO / python["with"]["cache-dependency-path"]).is_file()
    configure = next(s for s in build_steps if uses(s) == "actions/configure-pages")
    build_step = next(s for s in build_steps if "gazette build" in s.get("run", ""))
    assert "${{ steps.%s.outputs.base_url }}" % configure["id"] in build_step["env"].values()
    assert [s["name"] for s in build_steps].index(build_step["name"]) > build_steps.index(configure)
    upload = next(s for s in build_steps if uses(s) == "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "_site"
    deploy = flow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert [uses(s) for s in deploy["steps"]] == ["actions/deploy-pages"]
    assert deploy["environment"]["url"] == "${{ steps.%s.outputs.page_url }}" % deploy["steps"][0]["id"]


def test_the_workflow_keeps_the_build_cache_and_runs_on_a_schedule():
    flow = load_workflow()
    assert flow["on"]["schedule"] == [{"cron": "*/15 * * * *"}]
    steps = flow["jobs"]["build"]["steps"]
    names = [s["name"] for s in steps]
    restore = next(s for s in steps if uses(s) == "actions/cache/restore")
    save = next(s for s in steps if uses(s) == "actions/cache/save")
    build_step = next(s for s in steps if "gazette build" in s.get("run", ""))
    compare = next(s for s in steps if s.get("id") == "compare")
    upload = next(s for s in steps if uses(s) == "actions/upload-pages-artifact")
    assert "--no-cache" not in build_step["run"]
    assert names.index(restore["name"]) < names.index(build_step["name"]) < names.index(compare["name"])
    assert names.index(compare["name"]) < names.index(save["name"]) < names.index(upload["name"])
    # The cache, the site and the record of which of its files are Gazette's (beside it),
    # under a key that changes with Gazette's code, its dependencies and the settings.
    assert restore["with"]["path"].split() == save["with"]["path"].split() == [
        ".gazette-cache", "_site", "._site.manifest"]
    key = "gazette-${{ runner.os }}-${{ hashFiles('gazette/**', 'pyproject.toml', 'requirements.txt', 'site.toml') }}-"
    assert restore["with"]["key"] == key + "${{ github.run_id }}" and restore["with"]["restore-keys"] == key
    assert save["with"]["key"] == "${{ steps.%s.outputs.cache-primary-key }}" % restore["id"]
    # Nothing new: no upload, no cache saved, no deploy.
    changed = "steps.compare.outputs.changed == 'true'"
    assert save["if"] == upload["if"] == changed
    assert flow["jobs"]["build"]["outputs"]["changed"] == "${{ steps.compare.outputs.changed }}"
    assert flow["jobs"]["deploy"]["if"] == "needs.build.outputs.changed == 'true'"


def test_the_workflows_build_step_builds_for_the_pages_address(tmp_path):
    """Run the workflow's own build command, with the environment it gets on GitHub:
    configure-pages' base_url (no final slash) for a project site."""
    flow = load_workflow()
    step = next(s for s in flow["jobs"]["build"]["steps"] if "gazette build" in s.get("run", ""))
    upload = next(s for s in flow["jobs"]["build"]["steps"] if uses(s) == "actions/upload-pages-artifact")
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    shutil.copy(REPO / "build.py", checkout / "build.py")
    shutil.copytree(SITES / "seed", checkout, dirs_exist_ok=True)
    for name in ("templates", "static"):
        shutil.copytree(REPO / name, checkout / name)
    # `python` on PATH is this interpreter, started for real: a symlink to a virtualenv's
    # interpreter from another folder would lose the virtualenv's site-packages.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "python"
    wrapper.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} "$@"\n')
    wrapper.chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
               PYTHONPATH=str(REPO), BASE_URL="https://octo.github.io/gazette")
    env.update({k: v for k, v in step.get("env", {}).items() if not v.startswith("${{")})
    proc = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=checkout, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    # Run from the checkout with no --site, the build must find the checkout's articles.
    assert proc.stdout.startswith("Built ") and not proc.stdout.startswith("Built 0 "), proc.stdout
    site = checkout / upload["with"]["path"]
    front = lxml.html.fromstring((site / "index.html").read_bytes())
    assert front.xpath('//link[@rel="canonical"]/@href') == ["https://octo.github.io/gazette/"]
    feed = feedparser.parse((site / "atom.xml").read_bytes())
    assert not feed.bozo and feed.entries
    assert all(e.link.startswith("https://octo.github.io/gazette/20") for e in feed.entries)
    assert (site / ".nojekyll").is_file()
    not_found = lxml.html.fromstring((site / "404.html").read_bytes())
    assert "/gazette/css/style.css" in not_found.xpath('//link[@rel="stylesheet"]/@href')


class Runner:
    """Runs the workflow's own build and compare steps in a checkout, as the runner would:
    `python` on PATH is this interpreter, GITHUB_OUTPUT a file read back after each run."""

    def __init__(self, tmp_path: Path):
        flow = load_workflow()
        steps = flow["jobs"]["build"]["steps"]
        self.build_step = next(s for s in steps if "gazette build" in s.get("run", ""))
        self.compare_step = next(s for s in steps if s.get("id") == "compare")
        self.tmp = tmp_path
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir()
        wrapper = bin_dir / "python"
        wrapper.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} "$@"\n')
        wrapper.chmod(0o755)
        self.path = f"{bin_dir}{os.pathsep}{os.environ['PATH']}"

    def run(self, checkout: Path, event: str, now: int) -> bool:
        """The two steps; whether the site is to be deployed."""
        output = self.tmp / "github_output"
        output.write_text("")
        env = dict(os.environ, PATH=self.path, PYTHONPATH=str(REPO), BASE_URL="https://octo.github.io/gazette",
                   EVENT=event, GITHUB_OUTPUT=str(output), SOURCE_DATE_EPOCH=str(now))
        for step in (self.build_step, self.compare_step):
            proc = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=checkout, env=env,
                                  capture_output=True, text=True, timeout=300)
            assert proc.returncode == 0, (step["name"], proc.stderr)
        outputs = dict(line.split("=", 1) for line in output.read_text().split())
        return outputs["changed"] == "true"


def fresh_checkout(repo: Path, previous: Path | None, tmp_path: Path, name: str) -> Path:
    """A new checkout of `repo` (every file dated now), with the cache folder and the site
    of the previous run restored (dates kept, as actions/cache's tar keeps them)."""
    checkout = tmp_path / name
    shutil.copytree(repo, checkout, copy_function=shutil.copyfile)
    if previous is not None:
        for folder in (".gazette-cache", "_site"):
            shutil.copytree(previous / folder, checkout / folder)
        shutil.copy2(previous / "._site.manifest", checkout / "._site.manifest")
    return checkout


def test_the_workflows_steps_deploy_only_what_is_new(tmp_path):
    """Push, then scheduled runs on fresh checkouts with the cache restored: nothing new
    is not deployed; an article coming due and the news sitemap's window moving are; and
    the restored cache always gives the bytes of a build from scratch."""
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copy(REPO / "build.py", repo / "build.py")
    shutil.copytree(SITES / "seed", repo, dirs_exist_ok=True)
    for name in ("templates", "static"):
        shutil.copytree(REPO / name, repo / name)
    due = 1767225600  # 2026-01-01 00:00 UTC
    (repo / "content" / "2025").mkdir(parents=True, exist_ok=True)
    (repo / "content" / "2025" / "new-year.md").write_text(
        "---\ntitle: New year, new port\ndate: 2026-01-01T00:00:00Z\nsource: The Coast Courier\n---\n\n"
        "The harbour opened its new quay at midnight.\n", encoding="utf-8")
    runner = Runner(tmp_path)
    hour = 3600

    first = fresh_checkout(repo, None, tmp_path, "push")
    assert runner.run(first, "push", due - hour)  # a push always deploys
    assert not (first / "_site/2026/01/new-year").exists()  # not due yet

    quiet = fresh_checkout(repo, first, tmp_path, "quiet")
    assert not runner.run(quiet, "schedule", due - hour + 900)  # 15 minutes on, nothing new
    assert_same_as_a_cold_build(quiet, due - hour + 900, tmp_path)

    came_due = fresh_checkout(repo, quiet, tmp_path, "due")
    assert runner.run(came_due, "schedule", due + 60)
    assert (came_due / "_site/2026/01/new-year/index.html").is_file()
    assert b"new-year" in (came_due / "_site/news-sitemap.xml").read_bytes()
    assert_same_as_a_cold_build(came_due, due + 60, tmp_path)

    window = fresh_checkout(repo, came_due, tmp_path, "window")
    assert runner.run(window, "schedule", due + 3 * 24 * hour)  # the news sitemap's two days are over
    assert b"new-year" not in (window / "_site/news-sitemap.xml").read_bytes()
    assert_same_as_a_cold_build(window, due + 3 * 24 * hour, tmp_path)

    edited = fresh_checkout(repo, window, tmp_path, "edited")
    story = edited / "content" / "2025" / "new-year.md"
    story.write_text(story.read_text(encoding="utf-8").replace("at midnight", "at one minute past midnight"))
    assert runner.run(edited, "schedule", due + 3 * 24 * hour + 900)
    assert_same_as_a_cold_build(edited, due + 3 * 24 * hour + 900, tmp_path)


def assert_same_as_a_cold_build(checkout: Path, now: int, tmp_path: Path) -> None:
    cold = tmp_path / "cold"
    shutil.rmtree(cold, ignore_errors=True)
    build_at(checkout, cold, datetime.fromtimestamp(now, timezone.utc), "--no-cache",
             "--base-url", "https://octo.github.io/gazette", "-q")
    assert files(checkout / "_site") == files(cold)


# --- files for the host ----------------------------------------------------------------


def test_nojekyll_always_and_cname_only_with_a_domain(tmp_path):
    site = make_site(tmp_path, "basic")
    out = tmp_path / "out"
    assert build(site, out).status == 0
    assert (out / ".nojekyll").is_file() and (out / ".nojekyll").stat().st_size == 0
    assert not (out / "CNAME").exists()
    settings = site / "site.toml"
    original = settings.read_text(encoding="utf-8")
    settings.write_text(original + '\ndomain = "news.example.org"\n', encoding="utf-8")
    assert build(site, out).status == 0
    assert (out / "CNAME").read_text(encoding="ascii") == "news.example.org\n"
    assert (out / ".nojekyll").is_file()
    settings.write_text(original, encoding="utf-8")  # the domain removed: so is CNAME
    assert build(site, out).status == 0
    assert not (out / "CNAME").exists()


def test_a_site_overrides_the_built_in_templates(tmp_path):
    site = make_publish_site(tmp_path)
    (site / "templates" / "robots.txt").write_text(
        "User-agent: *\nDisallow: /drafts/\n\nSitemap: {{ absolute(urls.SITEMAP_PATH) }}\n", encoding="utf-8")
    (site / "templates" / "feed.json").write_text(
        '{"version": "https://jsonfeed.org/version/1.1", "title": {{ ("Only " ~ feed.title)|tojson }}, '
        '"items": [{% for e in feed.entries[:1] %}{"id": {{ e.id|tojson }}, '
        '"content_text": {{ e.summary|tojson }}}{% endfor %}]}\n', encoding="utf-8")
    out = tmp_path / "out"
    build_at(site, out, NOW)
    assert (out / "robots.txt").read_text(encoding="utf-8") == (
        "User-agent: *\nDisallow: /drafts/\n\nSitemap: https://example.org/news/sitemap.xml\n")
    data = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    assert data["title"] == "Only The Test Times" and len(data["items"]) == 1
    assert not feedparser.parse((out / "atom.xml").read_bytes()).bozo  # the others stay built in


def test_a_mistake_in_an_overriding_feed_template_is_reported_with_its_line(tmp_path):
    site = make_publish_site(tmp_path)
    (site / "templates" / "atom.xml").write_text('<?xml version="1.0"?>\n<feed>{{ feed.nope }}</feed>\n',
                                                 encoding="utf-8")
    run = build(site, tmp_path / "out")
    assert run.status == 1
    assert any(line.startswith("templates/atom.xml:2:") and "nope" in line for line in run.err_lines), run.err


# --- served like GitHub Pages, under /repo/ ------------------------------------------------


def feed_links(path: Path) -> list[str]:
    """Every link a feed gives: the feed's own, and each entry's."""
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        return [data["home_page_url"], data["feed_url"]] + [i["url"] for i in data["items"]]
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, path
    links = [link.href for link in feed.feed.get("links", [])] + [feed.feed.get("link", "")]
    for entry in feed.entries:
        links += [link.href for link in entry.links]
        content = entry.get("content", [{}])[0].get("value", "")
        if content:
            frag = lxml.html.fragment_fromstring(content, create_parent="div")
            links += frag.xpath("//a/@href | //img/@src")
    return [link for link in links if link]


def test_subpath_build_served_like_github_pages_has_nothing_broken(tmp_path):
    site = make_publish_site(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with serve_directory(out, "/repo/", out / "404.html") as base:
        assert base.endswith("/repo/")
        build_at(site, out, NOW, "--base-url", base)
        sitemap = [loc.text for name in ("sitemap.xml", "news-sitemap.xml")
                   for loc in lxml.etree.parse(str(out / name)).iter(SM + "loc")]
        feeds = [out / "atom.xml", out / "rss.xml", out / "feed.json",
                 *sorted(out.glob("tags/*/atom.xml")), *sorted(out.glob("sources/*/atom.xml"))]
        from_feeds = [link for path in feeds for link in feed_links(path)]
        robots = (out / "robots.txt").read_text(encoding="utf-8")
        robots_sitemaps = [line.split(": ", 1)[1] for line in robots.splitlines() if line.startswith("Sitemap: ")]
        ours = [u for u in sitemap + from_feeds + robots_sitemaps if u.startswith(base)]
        outside = {u for u in sitemap + from_feeds if not u.startswith(base)}
        result = crawl(base, extra_urls=ours + [base + "robots.txt"])

        # A missing page deep down answers 404 with the 404 page, whose links and feeds resolve.
        deep = base + "2025/03/no-such-story/"
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(deep, timeout=10)
        assert caught.value.code == 404
        doc = lxml.html.fromstring(caught.value.read())
        links = [urljoin(deep, h) for h in doc.xpath("//a/@href | //link[@rel='stylesheet' or @rel='alternate']/@href")
                 if not h.startswith("#")]
        assert base + "atom.xml" in links and base + "css/style.css" in links
        for link in links:
            with urllib.request.urlopen(link, timeout=10) as response:
                assert response.status == 200, link

    assert result["broken"] == []
    assert result["missing_fragments"] == []
    assert len(sitemap) > 20 and set(sitemap) <= result["ok"]
    assert {base + "atom.xml", base + "rss.xml", base + "feed.json", base + "tags/weather/atom.xml",
            base + "sitemap.xml", base + "news-sitemap.xml", base + "robots.txt"} <= result["ok"]
    # The crawl reached the feeds from the pages' own links, not only from the extra list.
    assert result["fetches"][base + "tags/weather/atom.xml"] == 1
    assert {urldefrag(u).url for u in from_feeds} - outside <= result["ok"]
    # Only the originals of copies and the links their authors wrote lead elsewhere.
    assert outside == {"https://courier.example.com/harbour-reopens", "https://radio.example.net/late-copy",
                       "https://courier.example.com/notice", "https://courier.example.com/notice?a=1&b=2"}
