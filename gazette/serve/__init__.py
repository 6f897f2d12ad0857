"""Live preview: `python build.py serve` and `python build.py build --watch`.

Small parts, each usable (and tested) alone, one module each:

* `watcher.Watcher` watches the site's sources with watchdog (content, templates,
  static and site.toml; never the output folder, its staging siblings, the build cache
  or editors' temporary files) and hands out the changed paths in debounced batches.
* `rebuild.Rebuilder` runs the builds and turns each outcome into what the browser is
  told; `rebuild.rebuild_loop` builds every batch the watcher hands out.
* `live.LiveState` is the live-reload channel that the watcher, the builds and the
  requests share: requests wait while a change is pending or being built, so nobody
  sees a half-built site; each open page's event stream waits for news.
* `httpd.HTTPServer` and `handler.Handler` serve the output folder over HTTP (stdlib
  only): a deep listen backlog, a bounded pool of handler threads, files streamed with
  single byte ranges, slow clients timed out, and only files inside the output folder
  (`files`), resolved afresh on every request because builds replace files by renames.
  Served HTML pages get one `<script>` tag that loads `livereload.js` (`client`); files
  on disk never do.
* `server.Server` puts them together; `commands` holds the two commands (`run`, `watch`).
"""

from gazette.serve.client import CLIENT_JS, inject
from gazette.serve.commands import run, watch
from gazette.serve.files import CONTENT_TYPES, content_type, url_segments
from gazette.serve.httpd import NothingToServe, ServeError
from gazette.serve.live import EVENTS_PATH, SCRIPT_PATH, LiveState
from gazette.serve.rebuild import Outcome, Rebuilder, browser_action
from gazette.serve.server import Server
from gazette.serve.watcher import Watcher

__all__ = ["CLIENT_JS", "CONTENT_TYPES", "EVENTS_PATH", "SCRIPT_PATH", "LiveState", "NothingToServe", "Outcome",
           "Rebuilder", "ServeError", "Server", "Watcher", "browser_action", "content_type", "inject", "run",
           "url_segments", "watch"]
