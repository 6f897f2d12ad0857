"""The browser's side of live reload: `livereload.js` (a file of this package), and the
one `<script>` tag that loads it, added to HTML pages as they are served (never to the
files in the output folder)."""

from __future__ import annotations

from importlib import resources

from gazette.serve.live import SCRIPT_PATH

CLIENT_JS: bytes = resources.files(__package__).joinpath("livereload.js").read_bytes()

NOT_FOUND = (b"<!DOCTYPE html>\n<html lang=\"en\"><meta charset=\"utf-8\"><title>Not found</title>"
             b"<h1>Not found</h1><p>The site has no page here (and no 404.html).</p></html>\n")


def inject(page: bytes, version: str) -> bytes:
    """The page with the live-reload client added before its last </body> (or at its end)."""
    tag = f'<script src="{SCRIPT_PATH}" data-version="{version}"></script>'.encode()
    at = page.lower().rfind(b"</body>")
    if at < 0:
        return page + tag
    return page[:at] + tag + page[at:]
