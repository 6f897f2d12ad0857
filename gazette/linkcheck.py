"""Links to other sites, for `gazette check --external`.

Each address is asked for with HEAD (GET when the server does not answer HEAD), at
most `concurrency` at a time, each given `timeout` seconds. A link that worked is
remembered in `.gazette-cache/links.json` for `CACHE_DAYS` days and not asked for
again until then, so checking every day does not knock on every outlet's door every
day; a link that failed is asked for again on every check.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

CACHE_DAYS = 7
USER_AGENT = "Gazette link checker (+https://pages.github.com/)"


def fetch_status(url: str, timeout: float) -> str | None:
    """None when the address answers with success (after redirects), else why not."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout):
                return None
        except urllib.error.HTTPError as exc:
            if method == "HEAD" and exc.code in (403, 405, 501):
                continue  # some servers refuse HEAD but serve GET
            return f"HTTP {exc.code}"
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            return "timed out" if "timed out" in str(reason) else f"cannot connect ({reason})"
    return "no answer"


def load_cache(path: Path) -> dict[str, float]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, (int, float))} if isinstance(data, dict) else {}


def save_cache(path: Path, cache: dict[str, float]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(cache, indent=0, sort_keys=True), encoding="utf-8")
        temporary.replace(path)
    except OSError:
        pass  # a cache that cannot be written costs time on the next check, nothing else


def check_urls(addresses: list[str], *, concurrency: int = 8, timeout: float = 10.0,
               cache_path: Path | None = None, now: float | None = None) -> dict[str, str]:
    """{address: why it failed} for the addresses that fail."""
    now = time.time() if now is None else now
    cache = load_cache(cache_path) if cache_path else {}
    fresh = now - CACHE_DAYS * 86400
    to_ask = [a for a in addresses if cache.get(a, 0) < fresh]
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        answers = dict(zip(to_ask, pool.map(lambda a: fetch_status(a, timeout), to_ask)))
    failures = {a: reason for a, reason in answers.items() if reason is not None}
    if cache_path:
        cache.update({a: now for a, reason in answers.items() if reason is None})
        for address in failures:
            cache.pop(address, None)
        save_cache(cache_path, cache)
    return failures
