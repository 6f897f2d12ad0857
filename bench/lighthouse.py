"""Lighthouse scores of the sample site with real photos (tests/sites/photos): the front
page, an article with a photo and a tag page, on the phone and the desktop profile.

    python bench/lighthouse.py            # prints a Markdown table of the four categories

Needs `npm ci` (lighthouse is a devDependency) and Chromium at /usr/bin/chromium
(CHROME_PATH). The site is served on 127.0.0.1 only, for the length of the run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "bench")]

from checkers import CHROMIUM, serve_directory  # noqa: E402
from photo_site import build  # noqa: E402

PAGES = {"front": "", "article": "2026/11/hubble-deep-field/", "tag": "tags/space/"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LIGHTHOUSE = REPO / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")


def run(url: str, form: str) -> dict:
    args = [str(LIGHTHOUSE), url, "--output=json", "--quiet", f"--chrome-flags={CHROME_FLAGS}",
            "--only-categories=" + ",".join(CATEGORIES)]
    if form == "desktop":
        args.append("--preset=desktop")
    done = subprocess.run(args, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "CHROME_PATH": CHROMIUM})
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    report = json.loads(done.stdout)
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    failed = [a["id"] for a in report["audits"].values()
              if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") in ("binary", "numeric")]
    cls = report["audits"]["cumulative-layout-shift"]["numericValue"]
    lcp = report["audits"]["largest-contentful-paint"]["numericValue"]
    return {**scores, "cls": cls, "lcp_ms": lcp, "failed": failed, "load": os.getloadavg()[0]}


def main() -> dict:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        if build(Path(tmp), out) != 0:
            raise SystemExit("the sample site did not build")
        with serve_directory(out, "/", out / "404.html") as base:
            for name, path in PAGES.items():
                for form in ("mobile", "desktop"):
                    results[(name, form)] = run(base + path, form)
    # The machine's 1-minute load average as each run ended: performance (TBT above all)
    # drops when other work keeps the cores busy.
    print("| page | profile | performance | accessibility | best practices | SEO | LCP ms | CLS | load |")
    print("|---|---|---|---|---|---|---|---|---|")
    for (name, form), r in results.items():
        print(f"| {name} | {form} | {r['performance']} | {r['accessibility']} | {r['best-practices']} | "
              f"{r['seo']} | {r['lcp_ms']:.0f} | {r['cls']:.3f} | {r['load']:.2f} |")
    for (name, form), r in results.items():
        if r["failed"]:
            print(f"{name} {form}: audits below full marks: {', '.join(r['failed'])}")
    return results


if __name__ == "__main__":
    main()
