"""`gazette check`: each planted fault of tests/sites/check_faults is found at its file and
line, a clean site passes, warnings and --strict, links from templates, and --external
against a server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import contextlib
import http.server
import threading
import time
from pathlib import Path

import pytest
from conftest import make_site, run_cli

from gazette import check, linkcheck


def line_of(path: Path, text: str) -> int:
    """The line of a file holding `text` (found in the file, so the test follows the file)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = [n for n, line in enumerate(lines, 1) if text in line]
    assert len(found) == 1, (text, found)
    return found[0]


def problems(run) -> list[str]:
    return [line for line in run.err_lines if not line.startswith(".gazette-cache/")]


def test_check_finds_each_planted_fault_at_its_file_and_line(tmp_path):
    site = make_site(tmp_path, "check_faults")
    run = run_cli("check", "--site", str(site), "--out", str(tmp_path / "out"))
    assert run.status == 1
    ferry = site / "content/2025/ferry-timetable.md"
    harbour = site / "content/2025/harbour-reopens.md"
    again = site / "content/2025/harbour-reopens-again.md"
    expected = {
        # a bad fragment: the page exists, the id does not
        f"content/2025/ferry-timetable.md:{line_of(ferry, '#no-such-section')}":
            "2025/01/harbour-reopens/index.html has no element with id 'no-such-section'",
        # a broken internal link
        f"content/2025/ferry-timetable.md:{line_of(ferry, 'old-timetable')}":
            "leads nowhere: the site has no 2025/01/old-timetable/",
        # a missing photo
        f"content/2025/harbour-reopens.md:{line_of(harbour, 'image:')}":
            "photo 'harbour-missing.jpg' is missing: there is no static/images/harbour-missing.jpg",
        # a duplicate headline (case and spacing do not make another headline), on both articles
        f"content/2025/harbour-reopens.md:{line_of(harbour, 'title:')}":
            "is also the headline of content/2025/harbour-reopens-again.md",
        f"content/2025/harbour-reopens-again.md:{line_of(again, 'title:')}":
            "is also the headline of content/2025/harbour-reopens.md",
    }
    found = problems(run)
    assert len(found) == len(expected), run.err
    for where, message in expected.items():
        assert any(line.startswith(where + ": ") and message in line for line in found), (where, run.err)
    # What resolves is not reported: the good fragment, the photo in the text, the lead photo.
    assert "#the-storm" not in run.err and "harbour.png" not in run.err
    pages = len(list((tmp_path / "out").rglob("*.html")))
    assert pages > 10 and run.out.strip() == f"Checked {pages} pages: 5 errors, 0 warnings"


def test_check_passes_a_clean_site_and_reads_the_last_build(tmp_path):
    site = tmp_path / "site"
    assert run_cli("new", "site", str(site), "--title", "Clean Times").status == 0
    run = run_cli("check", "--site", str(site))
    assert (run.status, run.err) == (0, "")
    assert run.out.startswith("Checked ") and run.out.endswith(": 0 errors, 0 warnings\n")
    again = run_cli("check", "--site", str(site), "--no-build")
    assert (again.status, again.err, again.out) == (0, "", run.out)


def test_no_build_without_a_build_says_so(tmp_path):
    site = tmp_path / "site"
    assert run_cli("new", "site", str(site)).status == 0
    run = run_cli("check", "--site", str(site), "--no-build")
    assert run.status == 1 and "no built site" in run.err


def test_desk_warnings_pass_unless_strict(tmp_path):
    site = tmp_path / "site"
    assert run_cli("new", "site", str(site)).status == 0
    article = site / "content/2025/plain.md"
    article.parent.mkdir(exist_ok=True)
    long_title = "A headline that goes on " + "and on " * 14 + "until readers stop"
    article.write_text(f"---\ntitle: {long_title}\ndate: 2025-05-01\nsource: Wire\n---\n\nText.\n",
                       encoding="utf-8")
    run = run_cli("check", "--site", str(site))
    assert run.status == 0, run.err
    assert run.err_lines == [
        "content/2025/plain.md:1: warning: no summary: lists and feeds show the first paragraph cut short; "
        "add 'summary: ...' (a sentence that makes one want to read on)",
        "content/2025/plain.md:1: warning: no tags: the article is on no tag page; add 'tags: [...]'",
        f"content/2025/plain.md:2: warning: headline is {len(long_title)} characters long; search results "
        f"and feed readers cut it after about {check.HEADLINE_MAX}",
    ]
    strict = run_cli("check", "--site", str(site), "--strict")
    assert strict.status == 1 and "(--strict: warnings count as errors)" in strict.out


def test_a_photo_in_the_text_without_alt_and_a_lead_photo_without_any_text(tmp_path):
    site = make_site(tmp_path, "check_faults")
    ferry = site / "content/2025/ferry-timetable.md"
    text = ferry.read_text(encoding="utf-8")
    text = text.replace("image_alt: The ferry at the harbour wall.\n", "")
    text = text.replace("![The ferry pier at dawn]", "![]")
    ferry.write_text(text, encoding="utf-8")
    run = run_cli("check", "--site", str(site), "--out", str(tmp_path / "out"))
    assert f"content/2025/ferry-timetable.md:{line_of(ferry, 'image:')}: photo has no text alternative" in run.err
    assert f"content/2025/ferry-timetable.md:{line_of(ferry, '![]')}: photo '../../../images/harbour.png' " \
           "has no text alternative" in run.err


def test_a_broken_link_in_a_template_is_reported_once_at_the_built_page(tmp_path):
    site = make_site(tmp_path, "check_faults")
    base = site / "templates/base.html"
    base.write_text(base.read_text(encoding="utf-8").replace(
        "</footer>", '<a href="{{ href(\'about/\') }}">About</a></footer>'), encoding="utf-8")
    run = run_cli("check", "--site", str(site), "--out", str(tmp_path / "out"))
    found = [line for line in run.err_lines if "about/" in line]
    assert len(found) == 1, run.err
    page, line = found[0].split(":")[:2]
    assert page.startswith(str(tmp_path / "out")) or page.startswith("out/")
    built = (tmp_path / "out" / page.split("out/", 1)[1]).read_text(encoding="utf-8").splitlines()
    assert "about/" in built[int(line) - 1]
    others = len(list((tmp_path / "out").rglob("*.html"))) - 1  # every page has it (404.html too); one reports it
    assert found[0].endswith(f" (and on {others} other pages)") and "the site has no about/" in found[0]


@pytest.mark.parametrize("page, value, expected", [
    ("2025/01/x/index.html", "../y/", ("2025/01/y/", "")),
    ("2025/01/x/index.html", "../y/index.html#top", ("2025/01/y/index.html", "top")),
    ("index.html", "#main", ("index.html", "main")),
    ("index.html", "https://example.org/news/tags/ai/", ("tags/ai/", "")),
    ("index.html", "/news/css/style.css", ("css/style.css", "")),
    ("index.html", "/elsewhere/x/", "leads outside the site's address /news/"),
    ("2025/index.html", "../../x/", "leads above the site's root folder"),
    ("index.html", "https://other.example.com/", None),
    ("index.html", "mailto:desk@example.org", None),
])
def test_where_a_link_leads(page, value, expected):
    assert check.target_of(page, value, "https://example.org/news/") == expected


# --- links to other sites -------------------------------------------------------------


@contextlib.contextmanager
def link_server():
    """A server on 127.0.0.1: /ok answers, /gone is 404, /nohead refuses HEAD, /slow is late."""
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def answer(self, body: bool) -> None:
            asked.append(f"{self.command} {self.path}")
            if self.path == "/slow":
                time.sleep(1.5)
            status = {"/ok": 200, "/gone": 404, "/slow": 200}.get(self.path, 200)
            if self.path == "/nohead":
                status = 405 if self.command == "HEAD" else 200
            self.send_response(status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            if body:
                self.wfile.write(b"ok")

        def do_HEAD(self):  # noqa: N802
            self.answer(False)

        def do_GET(self):  # noqa: N802
            self.answer(True)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", asked
    finally:
        server.shutdown()
        thread.join(timeout=5)
        server.server_close()


def test_external_links_are_checked_a_few_at_a_time_with_a_timeout_and_a_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    site = make_site(tmp_path, "check_faults")
    with link_server() as (origin, asked):
        story = site / "content/2025/links.md"
        story.write_text(
            "---\ntitle: Links\ndate: 2025-03-01\nsource: Wire\nsummary: Links out.\ntags: [Web]\n---\n\n"
            f"[Working]({origin}/ok) and [refusing HEAD]({origin}/nohead).\n\n"
            f"[Gone]({origin}/gone).\n\n[Late]({origin}/slow).\n", encoding="utf-8")
        args = ["check", "--site", str(site), "--out", str(tmp_path / "out"), "--external",
                "--timeout", "0.5", "--concurrency", "2"]
        run = run_cli(*args)
        failing = [line for line in run.err_lines if origin in line]
        assert failing == [
            f"content/2025/links.md:{line_of(story, '/gone')}: warning: link '{origin}/gone' fails: HTTP 404",
            f"content/2025/links.md:{line_of(story, '/slow')}: warning: link '{origin}/slow' fails: timed out",
        ], run.err
        # GET only where HEAD is refused (not after a timeout: the server is slow, not picky).
        assert sorted(set(asked)) == ["GET /nohead", "HEAD /gone", "HEAD /nohead", "HEAD /ok", "HEAD /slow"]
        cached = linkcheck.load_cache(site / ".gazette-cache" / "links.json")
        assert set(cached) == {f"{origin}/ok", f"{origin}/nohead"}
        asked.clear()
        assert [line for line in run_cli(*args).err_lines if origin in line] == failing
        # What worked is not asked for again; what failed is.
        assert sorted(set(asked)) == ["HEAD /gone", "HEAD /slow"]
        time.sleep(1.2)  # let the late answers finish before the server stops


def test_the_concurrency_limit_holds(monkeypatch):
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    running, most = [0], [0]
    lock = threading.Lock()

    def fake(url, timeout):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        with lock:
            running[0] -= 1
        return None

    monkeypatch.setattr(linkcheck, "fetch_status", fake)
    assert linkcheck.check_urls([f"http://127.0.0.1:9/{i}" for i in range(12)], concurrency=3) == {}
    assert most[0] == 3
