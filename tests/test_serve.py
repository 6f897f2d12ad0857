"""`python build.py serve` and `build --watch` without a browser: safe serving over real
HTTP (raw paths through http.client), the event stream, the watcher's filters and
debounce, failures that never stop the server, and the served site after a run of
edits being byte-identical to a fresh build of the same files."""

from __future__ import annotations

import argparse
import hashlib
import http.client
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import REPO, assert_same_site, make_site, run_cli
from gazette import serve
from gazette.pipeline import Builder
from gazette.problems import Problem, ProblemError
from test_incremental import age

ARTICLE = "content/2025/deepseek-upends-ai.md"
ARTICLE_URL = "/2025/01/deepseek-upends-ai/"
CLIP = bytes(range(256)) * 400 + b"end"  # 102,403 bytes, each position's byte known


# --- helpers ------------------------------------------------------------------------------------


class Recorder:
    """Collects the server's build outcomes so a test can wait for the one its edit caused."""

    def __init__(self):
        self.outcomes: list[serve.Outcome] = []

    def __call__(self, outcome):
        self.outcomes.append(outcome)


@contextmanager
def serving(site: Path, out: Path, overrides: dict | None = None):
    recorder = Recorder()
    server = serve.Server(Builder(site, out, overrides or {}), "127.0.0.1", 0, report=recorder)
    server.start()
    server.recorder = recorder
    try:
        yield server
    finally:
        server.stop()


def edit(server, path: Path, change, timeout: float = 10.0) -> serve.Outcome:
    """Make a change to `path` (a callable doing it) and wait until the server has built it."""
    real = Path(os.path.realpath(path))
    seen = len(server.recorder.outcomes)
    change()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for outcome in server.recorder.outcomes[seen:]:
            if any(p == real or real in p.parents or p in real.parents for p in outcome.changed):
                if not server.live.busy:
                    return outcome
        time.sleep(0.02)
    raise AssertionError(f"no build for a change to {path} within {timeout} s")


def request(server, method: str, raw_path: str, **headers: str) -> tuple[int, dict, bytes]:
    """A request with the path sent exactly as given (no normalising, no quoting), and
    `headers` (Range="bytes=0-9" sends `Range: bytes=0-9`)."""
    host, port = server.httpd.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.putrequest(method, raw_path, skip_accept_encoding=True)
        for name, value in headers.items():
            conn.putheader(name.replace("_", "-"), value)
        conn.endheaders()
        response = conn.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        conn.close()


def read_events(server, since: str, count: int, timeout: float = 10.0) -> list[tuple[str, str, str]]:
    """The first `count` events (id, event, data) of the event stream, connected with `since`."""
    host, port = server.httpd.server_address[:2]
    sock = socket.create_connection((host, port), timeout=timeout)
    events: list[tuple[str, str, str]] = []
    try:
        sock.sendall(f"GET /__gazette__/events?since={since} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        buffer = b""
        deadline = time.monotonic() + timeout
        while len(events) < count and time.monotonic() < deadline:
            chunk = sock.recv(65536)
            if not chunk:
                break
            buffer += chunk
            while b"\n\n" in buffer and len(events) < count:
                block, buffer = buffer.split(b"\n\n", 1)
                fields = dict(line.split(": ", 1) for line in block.decode().splitlines()
                              if ": " in line and not line.startswith(":"))
                if "event" in fields:
                    events.append((fields.get("id", ""), fields["event"], fields.get("data", "")))
    finally:
        sock.close()
    return events


def page_version(body: bytes) -> str:
    marker = b'data-version="'
    start = body.index(marker) + len(marker)
    return body[start:body.index(b'"', start)].decode()


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- pure functions -----------------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("/", ([], True)),
    ("/2025/01/a/", (["2025", "01", "a"], True)),
    ("/css/style.css", (["css", "style.css"], False)),
    ("/a%20b.txt", (["a b.txt"], False)),
    ("//double//slash", (["double", "slash"], False)),
    ("/../etc/passwd", None),
    ("/a/../../etc/passwd", None),
    ("/%2e%2e/etc/passwd", None),
    ("/%2E%2E/etc/passwd", None),
    ("/..%2fetc%2fpasswd", None),
    ("/css%2Fstyle.css", None),
    ("/..\\etc\\passwd", None),
    ("/%5c..%5cetc", None),
    ("/a%00.html", None),
    ("/./index.html", None),
    ("/%ff", None),
])
def test_url_segments_refuse_every_way_out(raw, expected):
    assert serve.url_segments(raw) == expected


def test_script_goes_before_the_last_body_end_tag_only():
    page = b"<html><body><p>x</p><!-- </body> --></BODY></html>"
    injected = serve.inject(page, "v.1")
    assert injected.endswith(b'<script src="/__gazette__/livereload.js" data-version="v.1"></script></BODY></html>')
    assert serve.inject(b"<p>no body</p>", "v.2").startswith(b"<p>no body</p><script")


def test_browser_is_told_css_only_when_only_stylesheets_changed():
    assert serve.browser_action(["css/style.css", ".gazette"], False) == "css"
    assert serve.browser_action(["css/style.css", "index.html"], False) == "reload"
    assert serve.browser_action([], False) is None
    assert serve.browser_action([], True) == "reload"  # a fix clears the overlay even if no file changed
    assert serve.browser_action(["css/style.css"], True) == "reload"


@pytest.mark.parametrize("name, ctype", [
    ("index.html", "text/html; charset=utf-8"), ("style.css", "text/css; charset=utf-8"),
    ("app.js", "text/javascript; charset=utf-8"), ("atom.xml", "application/xml; charset=utf-8"),
    ("feed.json", "application/json; charset=utf-8"), ("robots.txt", "text/plain; charset=utf-8"),
    ("logo.svg", "image/svg+xml; charset=utf-8"), ("photo.JPG", "image/jpeg"), ("font.woff2", "font/woff2"),
])
def test_content_types(name, ctype):
    assert serve.content_type(name) == ctype


def test_live_state_tells_a_page_what_it_missed():
    live = serve.LiveState()
    start = live.version
    live.build_finished("css")
    assert live.hello(start) == (live.version, ("css", None))
    after_css = live.version
    live.build_finished("reload")
    assert live.hello(start)[1] == ("reload", None)  # css then reload: a reload
    assert live.hello(after_css)[1] == ("reload", None)
    assert live.hello("another-run.3")[1] == ("reload", None)
    assert live.hello(live.version)[1] is None
    live.build_finished("problems", ["a.md:2: bad"])
    assert live.hello(live.version)[1] == ("problems", ["a.md:2: bad"])  # always shown on connect
    number = live.number
    live.build_finished("problems", ["a.md:2: bad"])
    assert live.number == number  # the same problems again are no news


# --- the watcher --------------------------------------------------------------------------------


def test_watcher_ignores_output_cache_and_editor_files(tmp_path):
    site = make_site(tmp_path)
    builder = Builder(site, None, {})
    builder.load()
    watcher = serve.Watcher(builder)
    watcher.sync()
    try:
        root = os.path.realpath(site)
        yes = ["content/2025/a.md", "templates/base.html", "static/css/style.css", "site.toml", "content",
               "content/2025/sedation.md", "static/sedabcdef.css"]
        no = ["_site/index.html", "._site.new/index.html", "._site.old/x", ".gazette-cache/sources",
              "content/2025/.a.md.swp", "content/2025/a.md~", "content/2025/4913", "templates/.#base.html",
              "content/#a.md#", "content/2026/sedHroSnU", "README.md", "node_modules/x.js", "other.toml"]
        assert [p for p in yes if not watcher.relevant(os.path.join(root, p))] == []
        assert [p for p in no if watcher.relevant(os.path.join(root, p))] == []
    finally:
        watcher.stop()


def test_watcher_debounces_a_save_burst_into_one_batch(tmp_path):
    site = make_site(tmp_path)
    builder = Builder(site, tmp_path / "out", {})
    builder.load()
    watcher = serve.Watcher(builder, debounce=0.15).start()
    try:
        target = site / ARTICLE
        text = target.read_text()
        for i in range(5):  # what an editor does on save: temp file, rename, rewrite, touch
            (site / "content/2025/.deepseek-upends-ai.md.swp").write_text("swap")
            target.write_text(text + f"\n{i}\n")
            time.sleep(0.03)
        (site / "content/2025/.deepseek-upends-ai.md.swp").unlink()
        batch = watcher.next_batch(timeout=5)
        assert batch == {Path(os.path.realpath(target))}
        assert watcher.next_batch(timeout=0.4) is None  # nothing left over: one rebuild for the burst
    finally:
        watcher.stop()


def _batch_wait(watcher, change) -> tuple[set | None, float]:
    """Make a change (a callable), then the watcher's next batch and the seconds it took."""
    started = time.monotonic()
    change()
    return watcher.next_batch(timeout=5), time.monotonic() - started


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux's inotify reports a file's close")
def test_watcher_hands_out_a_closed_save_at_once_and_waits_for_a_file_still_open(tmp_path):
    """A save whose file has been closed is complete: its batch comes after the short
    quiet (`settled`), not the full debounce. A file still open for writing, which may
    get more bytes, waits the debounce out."""
    site = make_site(tmp_path)
    builder = Builder(site, tmp_path / "out", {})
    builder.load()
    watcher = serve.Watcher(builder, debounce=2.0, max_wait=5.0, settled=0.05).start()
    target = site / ARTICLE
    text = target.read_text()
    try:
        batch, took = _batch_wait(watcher, lambda: target.write_text(text + "\nclosed\n"))
        assert batch == {Path(os.path.realpath(target))}
        assert took < 1.5  # the debounce is 2 s
        handle = target.open("a")
        try:
            batch, took = _batch_wait(watcher, lambda: (handle.write("open\n"), handle.flush()))
        finally:
            handle.close()
        assert batch == {Path(os.path.realpath(target))}
        assert took >= 2.0  # not closed while the watcher waited
        assert watcher.next_batch(timeout=1) is not None  # the close, after that batch

        def by_rename():  # an editor's safe save: a new file written beside, renamed over the old
            fresh = target.with_name(target.name + ".new")
            fresh.write_text(text + "\nrenamed\n")
            os.replace(fresh, target)

        batch, took = _batch_wait(watcher, by_rename)
        assert Path(os.path.realpath(target)) in batch
        assert took < 1.5
    finally:
        watcher.stop()


# --- failures never stop anything ---------------------------------------------------------------


class FlakyBuilder:
    """A builder that fails as told, then succeeds."""

    def __init__(self, failures):
        self.failures = list(failures)
        self.calls = []

    def build(self, changed):
        self.calls.append(changed)
        if self.failures:
            raise self.failures.pop(0)

        class Result:
            changed_files = ("index.html",)
        return Result()


def test_rebuilder_turns_every_failure_into_an_overlay_and_recovers(capsys):
    live = serve.LiveState()
    seen = []
    rebuilder = serve.Rebuilder(FlakyBuilder([
        ProblemError([Problem("content/a.md", 3, "frontmatter is not valid YAML")]),
        RuntimeError("a bug"),
    ]), live, seen.append)
    first = rebuilder.build({Path("content/a.md")})
    assert first.kind == "problems" and live.problems == ["content/a.md:3: frontmatter is not valid YAML"]
    second = rebuilder.build({Path("content/a.md")})
    assert second.kind == "problems" and isinstance(second.crashed, RuntimeError)
    assert "RuntimeError: a bug" in live.problems[0]
    third = rebuilder.build({Path("content/a.md")})
    assert third.ok and third.kind == "reload" and live.problems == []
    assert [o.kind for o in seen] == ["problems", "problems", "reload"]
    assert not live.busy and live.builds == 3


# --- HTTP ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve-http")
    site = make_site(tmp)
    (site / "static/images").mkdir(parents=True, exist_ok=True)
    (site / "static/images/mark.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    (site / "static/media").mkdir(parents=True, exist_ok=True)
    (site / "static/media/clip.mp4").write_bytes(CLIP)
    (tmp / "secret.txt").write_text("outside the output folder")
    with serving(site, tmp / "out") as running:
        running.tmp = tmp
        yield running


@pytest.mark.parametrize("raw", [
    "/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2e/%2e%2e/secret.txt",
    "/..%2fsecret.txt", "/..%2Fsecret.txt", "/css%2fstyle.css", "/..\\secret.txt", "/%5c..%5csecret.txt",
    "/index.html%00", "/css/../../secret.txt",
])
def test_paths_out_of_the_output_folder_are_404(server, raw):
    status, headers, body = request(server, "GET", raw)
    assert status == 404, raw
    assert b"outside the output folder" not in body
    assert b"Page not found" in body or b"Not found" in body


def test_symlinks_pointing_out_are_404_and_inside_ones_served(server):
    out = server.builder.output
    links = [out / "leak.txt", out / "leakdir", out / "inside.css"]
    links[0].symlink_to(server.tmp / "secret.txt")
    links[1].symlink_to(server.tmp, target_is_directory=True)
    links[2].symlink_to(out / "css/style.css")
    try:
        assert request(server, "GET", "/leak.txt")[0] == 404
        assert request(server, "GET", "/leakdir/secret.txt")[0] == 404
        assert request(server, "GET", "/leakdir/")[0] == 404
        status, headers, _ = request(server, "GET", "/inside.css")
        assert status == 200 and headers["content-type"] == "text/css; charset=utf-8"
    finally:
        for link in links:
            link.unlink()


@pytest.mark.parametrize("raw, ctype", [
    ("/", "text/html; charset=utf-8"),
    (ARTICLE_URL, "text/html; charset=utf-8"),
    ("/css/style.css", "text/css; charset=utf-8"),
    ("/atom.xml", "application/xml; charset=utf-8"),
    ("/sitemap.xml", "application/xml; charset=utf-8"),
    ("/feed.json", "application/json; charset=utf-8"),
    ("/robots.txt", "text/plain; charset=utf-8"),
    ("/images/mark.svg", "image/svg+xml; charset=utf-8"),
    ("/__gazette__/livereload.js", "text/javascript; charset=utf-8"),
])
def test_content_types_over_http(server, raw, ctype):
    status, headers, body = request(server, "GET", raw)
    assert (status, headers["content-type"]) == (200, ctype)
    assert headers["content-length"] == str(len(body))
    assert headers["x-content-type-options"] == "nosniff"


def test_only_served_html_gets_the_script_and_files_on_disk_never(server):
    out = server.builder.output
    _, _, page = request(server, "GET", ARTICLE_URL)
    on_disk = (out / ARTICLE_URL.strip("/") / "index.html").read_bytes()
    assert page.count(b"/__gazette__/livereload.js") == 1
    version = page_version(page)
    assert page.replace(f'<script src="/__gazette__/livereload.js" data-version="{version}"></script>'.encode(),
                        b"") == on_disk
    assert request(server, "GET", "/css/style.css")[2] == (out / "css/style.css").read_bytes()
    assert request(server, "GET", "/atom.xml")[2] == (out / "atom.xml").read_bytes()
    leaked = [p for p in out.rglob("*") if p.is_file() and b"__gazette__" in p.read_bytes()]
    assert leaked == []


def test_missing_page_is_the_sites_404_with_status_404(server):
    status, headers, body = request(server, "GET", "/no/such/page/")
    assert status == 404 and headers["content-type"] == "text/html; charset=utf-8"
    expected = (server.builder.output / "404.html").read_bytes()
    assert body.startswith(expected[:expected.lower().rfind(b"</body>")])
    assert b"/__gazette__/livereload.js" in body


def test_folder_without_slash_redirects_and_folder_gets_its_index(server):
    status, headers, _ = request(server, "GET", "/2025/01/deepseek-upends-ai?x=1")
    assert status == 301 and headers["location"] == "/2025/01/deepseek-upends-ai/?x=1"
    status, _, _ = request(server, "GET", "//example.com")
    assert status == 404  # never a redirect to another host
    status, _, body = request(server, "GET", "/tags/")
    assert status == 200 and b"<html" in body


def test_head_has_the_get_headers_and_no_body(server):
    for raw in ("/", "/css/style.css", "/no/such/page/"):
        get_status, get_headers, get_body = request(server, "GET", raw)
        head_status, head_headers, head_body = request(server, "HEAD", raw)
        assert head_status == get_status and head_body == b""
        assert head_headers["content-length"] == str(len(get_body))
        assert head_headers["content-type"] == get_headers["content-type"]


@pytest.mark.parametrize("asked, status, first, last", [
    ("bytes=0-99", 206, 0, 99),
    ("bytes=1000-", 206, 1000, len(CLIP) - 1),
    ("bytes=-3", 206, len(CLIP) - 3, len(CLIP) - 1),
    ("bytes=100000-999999", 206, 100000, len(CLIP) - 1),  # the end is cut to the file's
    ("bytes=5-5", 206, 5, 5),
    ("bytes=0-1, 5-6", 200, 0, len(CLIP) - 1),  # several ranges: the whole file
    ("bytes=9-5", 200, 0, len(CLIP) - 1),  # not valid: ignored
    ("lines=1-2", 200, 0, len(CLIP) - 1),
])
def test_a_single_range_is_answered_with_206_and_its_bytes(server, asked, status, first, last):
    got, headers, body = request(server, "GET", "/media/clip.mp4", Range=asked)
    assert got == status, asked
    assert body == CLIP[first:last + 1]
    assert headers["content-length"] == str(last - first + 1)
    assert headers["accept-ranges"] == "bytes" and headers["content-type"] == "video/mp4"
    if status == 206:
        assert headers["content-range"] == f"bytes {first}-{last}/{len(CLIP)}"
    else:
        assert "content-range" not in headers
    head_status, head_headers, head_body = request(server, "HEAD", "/media/clip.mp4", Range=asked)
    assert (head_status, head_body, head_headers.get("content-range")) == (got, b"", headers.get("content-range"))


@pytest.mark.parametrize("asked", ["bytes=102403-", "bytes=200000-300000", "bytes=-0"])
def test_a_range_past_the_end_is_416(server, asked):
    status, headers, body = request(server, "GET", "/media/clip.mp4", Range=asked)
    assert status == 416 and body == b""
    assert headers["content-range"] == f"bytes */{len(CLIP)}"


def test_pages_with_the_script_are_sent_whole_whatever_the_range(server):
    status, headers, body = request(server, "GET", ARTICLE_URL, Range="bytes=0-9")
    assert status == 200 and "content-range" not in headers and "accept-ranges" not in headers
    assert b"/__gazette__/livereload.js" in body
    status, headers, body = request(server, "GET", "/media/clip.mp4", Range="bytes=0-9", If_Range='"x"')
    assert status == 200 and body == CLIP  # no validator to compare If-Range with: the whole file


def test_many_connections_at_once_are_all_served_by_a_bounded_pool(server):
    """200 connections opened at once, then a request on each: every one gets its file,
    and the server did not start a thread per connection."""
    host, port = server.httpd.server_address[:2]
    expected = (server.builder.output / "robots.txt").read_bytes()
    threads_before = threading.active_count()
    socks = []
    try:
        for _ in range(200):
            socks.append(socket.create_connection((host, port), timeout=30))
        time.sleep(0.5)  # a thread-per-connection server would have started its threads by now
        threads_during = threading.active_count()
        for sock in socks:
            sock.sendall(b"GET /robots.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        answers = []
        for sock in socks:
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
            answers.append(data)
    finally:
        for sock in socks:
            sock.close()
    assert threads_during - threads_before < 5
    assert all(a.startswith(b"HTTP/1.1 200 ") and a.endswith(b"\r\n\r\n" + expected) for a in answers)


def test_a_client_that_sends_nothing_is_dropped_after_the_timeout(tmp_path):
    site = make_site(tmp_path)
    server = serve.Server(Builder(site, tmp_path / "out", {}), "127.0.0.1", 0, client_timeout=0.5).start()
    try:
        host, port = server.httpd.server_address[:2]
        with socket.create_connection((host, port), timeout=10) as idle, \
                socket.create_connection((host, port), timeout=10) as half:
            half.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # and never the blank line
            # Closed by the server (a recv still waiting after 10 s raises TimeoutError).
            assert idle.recv(1024) == b"" and half.recv(1024) == b""
        with socket.create_connection((host, port), timeout=10) as kept:
            kept.sendall(b"GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\n")  # keep-alive: HTTP/1.1's default
            answer = b""
            while chunk := kept.recv(65536):  # the answer, then the end once the connection idled out
                answer += chunk
            assert answer.startswith(b"HTTP/1.1 200 ") and answer.count(b"HTTP/1.1") == 1
        assert request(server, "GET", "/robots.txt")[0] == 200
    finally:
        server.stop()


def resident_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads memory use from Linux's /proc")
def test_a_50_mb_file_is_streamed_not_read_whole(tmp_path):
    """The real command serves a 50 MB video to four clients that wait before reading it:
    the server's memory does not grow by the file's size per client, and every client
    gets every byte."""
    site = make_site(tmp_path)
    block = bytes(range(256)) * 4096  # 1 MiB
    size = 50 * len(block)
    (site / "static/media").mkdir(parents=True)
    with open(site / "static/media/big.mp4", "wb") as f:
        for _ in range(50):
            f.write(block)
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve().parents[1] / "build.py"), "serve", "--site", str(site),
         "--out", str(tmp_path / "out"), "--port", "0", "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    socks = []
    try:
        port = _port_of(child)
        before = resident_kib(child.pid)
        for _ in range(4):
            sock = socket.create_connection(("127.0.0.1", port), timeout=30)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
            sock.sendall(b"GET /media/big.mp4 HTTP/1.1\r\nHost: x\r\n\r\n")
            socks.append(sock)
        time.sleep(1.0)  # the server is now sending to four clients that read nothing
        during = resident_kib(child.pid)
        received = [_read_response(sock, size) for sock in socks]
        status, headers, tail = _get(port, "/media/big.mp4", Range=f"bytes={size - 100}-")
    finally:
        for sock in socks:
            sock.close()
        child.terminate()
        child.wait(timeout=20)
        child.stdout.close()
        child.stderr.close()
    # Read whole, one file would add 50 MiB (four: 200). The bound leaves room for the
    # builder's own work after its first build (it settles, and writes its cache after 3 s
    # of quiet), which can fall in this window on a loaded machine: 20 MiB was once exceeded
    # with two test suites running at once.
    assert (during - before) < 40 * 1024, f"the server grew by {(during - before) // 1024} MiB"
    expected = hashlib.sha256(block * 50).hexdigest()
    for head, digest in received:
        assert head.startswith(b"HTTP/1.1 200 ") and f"Content-Length: {size}".encode() in head
        assert digest == expected
    assert status == 206 and tail == block[-100:]
    assert headers["content-range"] == f"bytes {size - 100}-{size - 1}/{size}"


def _read_response(sock: socket.socket, size: int) -> tuple[bytes, str]:
    """(head, sha256 of the body) of a response with a `size`-byte body."""
    head = b""
    while b"\r\n\r\n" not in head:
        head += sock.recv(65536)
    head, first = head.split(b"\r\n\r\n", 1)
    digest = hashlib.sha256(first)
    left = size - len(first)
    buffer = bytearray(1 << 20)
    while left > 0:
        got = sock.recv_into(buffer, min(left, len(buffer)))
        if not got:
            break
        digest.update(memoryview(buffer)[:got])
        left -= got
    return head, digest.hexdigest()


def _port_of(child: subprocess.Popen) -> int:
    """The port a `serve --port 0 -q` child listens on (it prints nothing: ask the kernel)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise AssertionError(child.stderr.read())
        ports = _listening_ports(child.pid)
        if ports:
            return ports[0]
        time.sleep(0.1)
    raise AssertionError("the server did not listen within 60 s")


def _listening_ports(pid: int) -> list[int]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    ports = []
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[3] == "0A" and fields[9] in inodes:  # LISTEN
            ports.append(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def _get(port: int, path: str, **headers: str) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={k.replace("_", "-"): v for k, v in headers.items()})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_port_in_use_is_one_clear_line_and_exit_1(tmp_path):
    site = make_site(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(serve.ServeError, match="already in use"):
            serve.Server(Builder(site, tmp_path / "out", {}), "127.0.0.1", port).start()
        result = run_cli("serve", "--site", str(site), "--out", str(tmp_path / "out"), "--port", str(port))
    assert result.status == 1
    assert result.err_lines == [f"error: port {port} on 127.0.0.1 is already in use: stop the other "
                                f"server or choose another port with --port"]
    assert not (tmp_path / "out").exists()  # nothing built when nothing can be served


# --- rebuilds through the running server --------------------------------------------------------


def test_broken_article_keeps_the_last_good_site_and_streams_the_problems(tmp_path):
    site = make_site(tmp_path)
    with serving(site, tmp_path / "out") as server:
        _, _, page = request(server, "GET", ARTICLE_URL)
        version = page_version(page)
        path = site / ARTICLE
        good = path.read_text()
        broken = good.replace("dateline: SEOUL\n", "dateline: SEOUL: x\n")  # line 5
        outcome = edit(server, path, lambda: path.write_text(broken))
        assert outcome.kind == "problems"
        status, _, still = request(server, "GET", ARTICLE_URL)
        assert status == 200 and b"DeepSeek upends AI" in still  # the last good site
        [(_, event, data)] = read_events(server, version, 1)
        assert event == "problems" and f"{ARTICLE}:5: frontmatter is not valid YAML" in data
        fixed = good.replace("SEOUL – What", "SEOUL – Fixed: what")
        outcome = edit(server, path, lambda: path.write_text(fixed))
        assert outcome.kind == "reload" and server.live.problems == []
        [(_, event, _)] = read_events(server, version, 1)
        assert event == "reload"
        assert b"Fixed: what" in request(server, "GET", ARTICLE_URL)[2]


def test_stylesheet_change_is_a_css_event(tmp_path):
    site = make_site(tmp_path)
    with serving(site, tmp_path / "out") as server:
        version = page_version(request(server, "GET", "/")[2])
        css = site / "static/css/style.css"
        outcome = edit(server, css, lambda: css.write_text(css.read_text() + "\nbody { color: red }\n"))
        assert outcome.kind == "css" and list(outcome.result.changed_files) == ["css/style.css"]
        [(_, event, _)] = read_events(server, version, 1)
        assert event == "css"
        assert request(server, "GET", "/css/style.css")[2].endswith(b"body { color: red }\n")


def test_served_site_after_edits_equals_a_fresh_build(tmp_path):
    """Article edit, add, delete, template edit, static add and edit, site.toml edit, each
    built by the running server: the output folder is then byte-identical to a fresh,
    cache-less build of the same files."""
    site = make_site(tmp_path)
    age(site)  # made just now, the files would count as changed while the server started
    out = tmp_path / "served"
    with serving(site, out) as server:
        article = site / ARTICLE
        outcome = edit(server, article, lambda: article.write_text(
            article.read_text().replace("SEOUL – What", "SEOUL – Edited: what")))
        assert outcome.result.patched  # article text: patched into the last build

        added = site / "content/2025/chips-rally.md"
        edit(server, added, lambda: added.write_text(
            "---\ntitle: Chip stocks rally\ndate: 2025-02-03\nsource: The Korea Herald\n"
            "tags: [AI, Chips]\n---\n\nChip makers recovered on Monday.\n"))
        assert (out / "tags/chips/index.html").exists()

        other = site / "content/2026/deepseek-disrupts-ai-landscape.md"
        edit(server, other, other.unlink)

        template = site / "templates/base.html"
        edit(server, template, lambda: template.write_text(
            template.read_text().replace("Skip to content", "Skip to the news")))

        icon = site / "static/images/mark.svg"
        icon.parent.mkdir(parents=True, exist_ok=True)
        edit(server, icon, lambda: icon.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>'))
        css = site / "static/css/style.css"
        outcome = edit(server, css, lambda: css.write_text(css.read_text() + "\n.masthead { outline: 0 }\n"))
        assert outcome.result.patched and outcome.result.changed_files == ("css/style.css",)

        settings = site / "site.toml"
        edit(server, settings, lambda: settings.write_text(
            settings.read_text().replace('title = "Gazette"', 'title = "The Daily Gazette"')
            .replace("per_page = 10", "per_page = 1")))
        assert server.live.problems == []
        assert b"The Daily Gazette" in request(server, "GET", "/")[2]
    served = files(out)
    fresh = tmp_path / "fresh"
    result = run_cli("build", "--site", str(site), "--out", str(fresh), "--no-cache", "-q")
    assert result.status == 0, result.err
    assert_same_site(out, fresh)
    assert b"Skip to the news" in served["index.html"] and "page/1/index.html" in served
    assert "2026/11/deepseek-disrupts-ai-landscape/index.html" not in served


def test_what_a_patch_changed_is_in_the_build_cache_once_the_server_stops(tmp_path):
    site = make_site(tmp_path)
    age(site)
    out = tmp_path / "out"
    article = site / ARTICLE

    def change():
        article.write_text(article.read_text().replace("SEOUL – What", "SEOUL – Edited: what"))
        past = time.time() - 60
        os.utime(article, (past, past))  # not "racy": the cache may trust its date

    with serving(site, out) as server:
        assert edit(server, article, change).result.patched
    again = run_cli("build", "--site", str(site), "--out", str(out), "-v")
    assert again.status == 0, again.err
    assert "Nothing changed since the last build." in again.out


def test_build_watch_rebuilds_on_change_without_a_server(tmp_path, capsys):
    site = make_site(tmp_path)
    out = tmp_path / "out"
    args = argparse.Namespace(site=site, quiet=False, verbose=False)
    stop = threading.Event()
    done: list[int] = []
    thread = threading.Thread(target=lambda: done.append(serve.watch(args, Builder(site, out, {}), until=stop)))
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while "Watching for changes" not in capsys.readouterr().out and time.monotonic() < deadline:
            time.sleep(0.05)
        page = out / ARTICLE_URL.strip("/") / "index.html"
        article = site / ARTICLE
        article.write_text(article.read_text().replace("SEOUL – What", "SEOUL – Watched: what"))
        while b"Watched: what" not in page.read_bytes() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert b"Watched: what" in page.read_bytes()
        assert b"__gazette__" not in page.read_bytes()
        article.write_text("---\ntitle: [broken\n---\n")
        while "Build failed" not in capsys.readouterr().err and time.monotonic() < deadline:
            time.sleep(0.05)
        assert b"Watched: what" in page.read_bytes()  # the last good site stays
    finally:
        stop.set()
        thread.join(timeout=10)
    assert done == [0]


def test_ctrl_c_stops_the_server_cleanly(tmp_path):
    """The real command in a child process: it prints its URL, serves, and Ctrl-C (SIGINT)
    ends it with a short message and status 0, the port free again."""
    import signal
    import subprocess
    import sys

    site = make_site(tmp_path)
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve().parents[1] / "build.py"), "serve", "--site", str(site),
         "--out", str(tmp_path / "out"), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        deadline = time.monotonic() + 30
        while "Serving" not in line and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line and child.poll() is not None:
                break
        assert "Serving" in line, child.stderr.read() if child.poll() is not None else line
        url = line.split(" at ")[1].split()[0]
        port = int(url.rstrip("/").rsplit(":", 1)[1])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/")
        assert conn.getresponse().status == 200
        conn.close()
        child.send_signal(signal.SIGINT)
        status = child.wait(timeout=15)
        err = child.stderr.read()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    assert status == 0
    assert err.strip().splitlines()[-1] == "Stopped serving."
    assert "Traceback" not in err
    with socket.socket() as again:
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as a restarted server does
        again.bind(("127.0.0.1", port))  # the port was released


# --- the command line: bad ports, folders that are not sites ------------------------------------


def run_build_py(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """`python build.py ARGS` in a child process, stopped after `timeout` seconds (a server
    that starts when it should not would otherwise run for ever)."""
    command = [sys.executable, str(Path(__file__).resolve().parents[1] / "build.py"), *args]
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"still running after {timeout} s (it should have exited): {exc.stdout!r}") from None


@pytest.mark.parametrize("port", ["99999", "65536", "-1", "eighty"])
def test_a_port_outside_0_to_65535_is_a_usage_error(tmp_path, port):
    site = make_site(tmp_path)
    result = run_build_py("serve", "--site", str(site), "--out", str(tmp_path / "out"), "--port", port, timeout=30)
    assert result.returncode == 2
    shown = repr(port) if port == "eighty" else port
    assert f"argument --port: {shown} is not a port number (0 to 65535)" in result.stderr
    assert not (tmp_path / "out").exists()


def test_the_server_refuses_a_port_it_would_wrap(tmp_path):
    site = make_site(tmp_path)
    with pytest.raises(serve.ServeError, match="99999 is not a port number"):
        serve.Server(Builder(site, tmp_path / "out", {}), "127.0.0.1", 99999).start()
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("layout", ["missing folder", "empty folder", "no content folder"])
def test_serving_what_is_not_a_site_is_an_error_not_a_last_good_site(tmp_path, layout):
    site = tmp_path / "nowhere"
    if layout != "missing folder":
        site.mkdir()
    if layout == "no content folder":
        shutil.copy(REPO / "site.toml", site / "site.toml")
    result = run_build_py("serve", "--site", str(site), "--port", "0", timeout=30)
    assert result.returncode == 1
    assert "still serving" not in result.stderr and "Serving" not in result.stdout
    expected = "content: content folder not found" if layout == "no content folder" else \
        f"site.toml: no site.toml in {site}; is this a Gazette site folder?"
    assert result.stderr.splitlines() == [
        expected, "Build failed: 1 problem; nothing to serve: the output folder holds no earlier build."]
    assert not (site / "_site").exists()
    watched = run_build_py("build", "--watch", "--site", str(site), timeout=30)
    assert watched.returncode == 1
    assert watched.stderr.splitlines() == [expected, "Build failed: 1 problem; nothing was written."]


def test_a_failed_first_build_still_serves_the_last_good_site(tmp_path):
    site = make_site(tmp_path)
    out = tmp_path / "out"
    assert run_cli("build", "--site", str(site), "--out", str(out), "-q").status == 0
    article = site / ARTICLE
    article.write_text(article.read_text().replace("dateline: SEOUL\n", "dateline: SEOUL: x\n"))
    with serving(site, out) as server:
        assert not server.first.ok
        assert server.live.problems[0].startswith(f"{ARTICLE}:5: frontmatter is not valid YAML")
        status, _, page = request(server, "GET", ARTICLE_URL)
        assert status == 200 and b"DeepSeek upends AI" in page


def test_event_streams_take_only_part_of_the_threads_and_a_closed_page_frees_its_own(tmp_path):
    """As many pages listening as the server allows: one more is refused (503) while files
    are still served; a page that goes away is noticed without waiting for a heartbeat."""
    from gazette.serve.httpd import MAX_STREAMS

    site = make_site(tmp_path)
    with serving(site, tmp_path / "out") as server:
        host, port = server.httpd.server_address[:2]
        pages = []
        try:
            for _ in range(MAX_STREAMS):
                sock = socket.create_connection((host, port), timeout=10)
                sock.sendall(b"GET /__gazette__/events HTTP/1.1\r\nHost: x\r\n\r\n")
                pages.append(sock)
            assert server.live.wait_for_listeners(MAX_STREAMS, timeout=10)
            status, headers, _ = request(server, "GET", "/__gazette__/events")
            assert status == 503 and headers["retry-after"]
            assert request(server, "GET", "/robots.txt")[0] == 200
            pages.pop().close()
            deadline = time.monotonic() + 10
            while server.live.streams >= MAX_STREAMS and time.monotonic() < deadline:
                time.sleep(0.05)
            assert server.live.streams == MAX_STREAMS - 1  # well before the 15 s heartbeat
            [(_, event, _)] = read_events(server, "another-run.1", 1)
            assert event == "reload"  # a stream is open to a new page again
        finally:
            for sock in pages:
                sock.close()


def test_serve_does_not_import_the_command_line():
    code = "import sys, gazette.serve; print('gazette.cli' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.stdout.strip() == "False", result.stderr


def test_every_file_of_the_serve_package_goes_into_an_installed_package():
    import fnmatch
    import tomllib

    settings = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert "gazette.serve" in settings["packages"]
    patterns = settings["package-data"].get("gazette.serve", [])
    data = [p.name for p in (REPO / "gazette/serve").iterdir() if p.is_file() and p.suffix not in (".py", ".pyc")]
    assert "livereload.js" in data
    assert [name for name in data if not any(fnmatch.fnmatch(name, pattern) for pattern in patterns)] == []
