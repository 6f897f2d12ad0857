"""What a photo costs a build: the time to make its copies (images.make_variants, one
process, cold) and the bytes they add, for each photo of the sample site and for a
2,400 px wide photo (the hubble photo enlarged: the size a camera or an agency sends).
A cached build costs nothing per unchanged photo (tests/test_theme.py checks it).

    python bench/photo_cost.py
"""

from __future__ import annotations

import hashlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gazette import images  # noqa: E402

PHOTOS = REPO / "tests" / "sites" / "photos" / "static" / "images"


def measure(path: Path, folder: Path, repeat: int = 3) -> tuple[float, int, int]:
    digest = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    times = []
    for i in range(repeat):
        target = folder / str(i)
        target.mkdir()
        started = time.perf_counter()
        _, _, made = images.make_variants(path, digest, target)
        times.append(time.perf_counter() - started)
    return statistics.median(times), len(made), sum((target / m[3]).stat().st_size for m in made)


def main() -> None:
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        large = tmp / "large-2400.jpg"
        with Image.open(PHOTOS / "hubble-deep-field.jpg") as im:
            im.resize((2400, round(2400 * im.height / im.width)), Image.Resampling.LANCZOS).save(large, quality=88)
        images.make_variants(PHOTOS / "coffee.jpg", "warm", tmp)  # imports and first-call set-up
        print("| photo | size | original KB | copies | copies KB | ms (median of 3) |")
        print("|---|---|---:|---:|---:|---:|")
        rows = []
        for path in sorted(PHOTOS.glob("*.*")) + [large]:
            if not images.is_photo("images/" + path.name):
                continue
            with Image.open(path) as im:
                size = f"{im.width}x{im.height}"
            folder = tmp / ("m-" + path.name)
            folder.mkdir()
            seconds, count, data = measure(path, folder)
            rows.append(seconds)
            print(f"| {path.name} | {size} | {path.stat().st_size // 1024} | {count} | {data // 1024} "
                  f"| {seconds * 1000:.0f} |")
        print(f"median per photo: {statistics.median(rows) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
