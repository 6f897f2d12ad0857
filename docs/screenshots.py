"""Screenshots of each page kind of the sample site with real photos (tests/sites/photos),
on a desktop and a phone, light and dark, into docs/screenshots/ (the README shows them).

    python docs/screenshots.py

Uses Debian's Chromium through Playwright (never a downloaded browser). The Korean page
needs CJK fonts on the machine to be legible (Debian: `apt-get install fonts-noto-cjk`).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "bench")]

from checkers import CHROMIUM, CHROMIUM_ARGS, serve_directory  # noqa: E402
from photo_site import build  # noqa: E402

PAGES = {
    "front": "",
    "article": "2026/11/hubble-deep-field/",
    "article-ko": "2026/11/astronaut-ko/",
    "opinion": "2026/11/astronaut-profile/",
    "tag": "tags/space/",
    "archive": "archive/",
    "month": "archive/2026/11/",
    "page": "about/",
}
DEVICES = {"desktop": {"viewport": {"width": 1280, "height": 900}},
           "phone": {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True}}
OUT = REPO / "docs" / "screenshots"


def main() -> None:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        if build(Path(tmp), out, "--no-cache") != 0:
            raise SystemExit("the sample site did not build")
        with serve_directory(out, "/", out / "404.html") as base, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for device, options in DEVICES.items():
                for scheme in ("light", "dark"):
                    context = browser.new_context(color_scheme=scheme, **options)
                    page = context.new_page()
                    for name, path in PAGES.items():
                        page.goto(base + path, wait_until="networkidle")
                        target = OUT / f"{name}-{device}-{scheme}.png"
                        page.screenshot(path=str(target), full_page=False)
                        print(target.relative_to(REPO))
                    context.close()
            browser.close()


if __name__ == "__main__":
    main()
