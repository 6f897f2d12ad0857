"""Photos: width variants of every local photo, in its own format and in WebP.

    [StaticFile] -> prepare() -> {site path of a photo: Photo}, [StaticFile of each variant]

Every raster file under `static/images/` gets copies at the widths of `WIDTHS`
narrower than itself, each as a file of its own format and as WebP (plus a WebP at
its full width), so that a browser picks from `srcset` the smallest file that fills
its slot. A `Photo` says what was made (sizes included), and pages get it in their
render job's context: an edited photo changes exactly the pages that show it.

The variants are made in the worker processes (Pillow releases nothing to share,
each photo is one task) and kept in the build cache, `.gazette-cache/images/`,
under the digest of the photo's bytes: a photo whose file did not change (same
size and modification time, or the same bytes) is never decoded again. Pillow's
encoders are deterministic for the same input and settings, so a cold build writes
the same bytes as a cached one (a test checks it). Without the cache (`--no-cache`)
the variants are made in `.NAME.images` beside the output folder (as the writer
stages in `.NAME.new`), removed after the build.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from gazette import cache, workers
from gazette.problems import Problem, warning
from gazette.writer import StaticFile

WIDTHS = (320, 640, 960, 1200, 1600)  # 320: a phone's thumbnail ... 1600: a 2x screen's 800 px column
OG_WIDTH = 1200  # what social networks ask for in og:image
FOLDER = "images/"  # photos live in static/images/
VARIANTS = "images/_variants/"  # where the made copies go in the site
TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}
QUALITY = {"JPEG": 82, "WEBP": 78}
MANIFEST = "manifest.bin"
RECIPE = f"widths={WIDTHS};quality={sorted(QUALITY.items())};v3"  # a change makes every variant again


@dataclass(frozen=True)
class Variant:
    path: str  # site path
    width: int
    height: int


@dataclass(frozen=True)
class Photo:
    """A photo as pages show it: the original and what was made of it."""

    src: str  # site path of the original, or an external URL
    width: int = 0  # 0: not known (an external photo)
    height: int = 0
    type: str = ""  # MIME type of the original
    variants: tuple[Variant, ...] = ()  # in the original's format, narrowest first, the original last
    webp: tuple[Variant, ...] = ()  # the same widths as WebP

    @property
    def og(self) -> str:
        """The copy for og:image: 1200 px wide when the photo is at least that wide."""
        for variant in self.variants:
            if variant.width == OG_WIDTH:
                return variant.path
        return self.src


def is_photo(path: str) -> bool:
    """Is this static file (path relative to static/) a photo that gets variants?"""
    return path.startswith(FOLDER) and not path.startswith(VARIANTS) and Path(path).suffix.lower() in TYPES


def widths_for(width: int) -> list[int]:
    return [w for w in WIDTHS if w < width]


def _variant_path(src: str, width: int, ext: str) -> str:
    stem = src[len(FOLDER):].rsplit(".", 1)[0].replace(",", "-").replace(" ", "-")  # srcset splits on them
    return f"{VARIANTS}{stem}-{width}w{ext}"


# --- making the variants (in a worker) ---------------------------------------------


def _encode(image, fmt: str) -> bytes:
    import io

    out = io.BytesIO()
    if fmt == "JPEG":
        image.convert("RGB").save(out, "JPEG", quality=QUALITY["JPEG"], optimize=True, progressive=True)
    elif fmt == "WEBP":
        image.save(out, "WEBP", quality=QUALITY["WEBP"], method=4)
    else:
        image.save(out, fmt, optimize=True)
    return out.getvalue()


def make_variants(source: Path, digest: str, folder: Path) -> tuple[int, int, list[tuple[int, int, str, str]]]:
    """Decode one photo, write its variants into `folder` (named by the photo's digest),
    return its size and (width, height, extension, file name) of each variant."""
    from PIL import Image, ImageOps

    with Image.open(source) as opened:
        fmt = opened.format or "PNG"
        image = ImageOps.exif_transpose(opened)  # phones store rotation in EXIF; browsers apply it
        image.load()
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if "transparency" in image.info or image.mode == "P" else "RGB")
    width, height = image.size
    ext = ".jpg" if fmt == "JPEG" else "." + fmt.lower()
    made = []
    for w in widths_for(width) + [width]:
        h = max(1, round(height * w / width))
        # reducing_gap: a fast box reduction first, then Lanczos over the last factor of 3
        # (several times faster on a large photo, the same to the eye).
        scaled = image if w == width else image.resize((w, h), Image.Resampling.LANCZOS, reducing_gap=3.0)
        if w == width:  # the original itself serves its format; a WebP of it only up to the widest slot's size
            kinds = [(".webp", "WEBP")] if width <= WIDTHS[-1] else []
        else:
            kinds = [(ext, fmt), (".webp", "WEBP")]
        if fmt == "WEBP":
            kinds = [(".webp", "WEBP")] if w != width else []
        for kind_ext, kind in kinds:
            name = f"{digest}-{w}{kind_ext}"
            target = folder / name
            if not target.exists():
                data = _encode(scaled, kind)
                temp = target.with_name(f".{name}.{os.getpid()}")
                temp.write_bytes(data)
                os.replace(temp, target)
            made.append((w, h, kind_ext, name))
    return width, height, made


def _make_chunk(payload, start: int, end: int):
    todo, folder = payload
    return [(src, digest, *_make_or_nothing(path, digest, folder)) for src, path, digest in todo[start:end]]


def _make_or_nothing(path: Path, digest: str, folder: Path):
    """make_variants, or (0, 0, []) for a file Pillow cannot read (it is copied as it is)."""
    from PIL import Image, UnidentifiedImageError

    try:
        return make_variants(path, digest, folder)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, SyntaxError):
        return 0, 0, []


# --- the stage ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Known:
    size: int
    mtime_ns: int
    digest: str
    width: int
    height: int
    made: tuple[tuple[int, int, str, str], ...]


class Photos:
    """The image stage of one build: `prepare` it, read `photos` and `files`, `close` it."""

    def __init__(self, root: Path, use_cache: bool, out: Path):
        self.use_cache = use_cache
        if use_cache:
            self.folder = Path(root) / cache.FOLDER / "images"
        else:
            self.folder = Path(out).with_name(f".{Path(out).name}.images")
            shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.photos: dict[str, Photo] = {}
        self.files: list[StaticFile] = []
        self.problems: list[Problem] = []  # warnings: photos that could not be read

    def _manifest(self) -> dict[str, _Known]:
        try:
            recipe, known = pickle.loads((self.folder / MANIFEST).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            return {}
        return known if recipe == RECIPE else {}

    def _save(self, known: dict[str, _Known]) -> None:
        if not self.use_cache:
            return
        temp = self.folder / f".{MANIFEST}.{os.getpid()}"
        temp.write_bytes(pickle.dumps((RECIPE, known)))
        os.replace(temp, self.folder / MANIFEST)

    def prepare(self, static: Iterable[StaticFile], processes: int | None = None) -> "Photos":
        previous = self._manifest()
        by_digest = {k.digest: k for k in previous.values()}
        known: dict[str, _Known] = {}
        todo: list[tuple[str, Path, str]] = []
        for item in static:
            if not is_photo(item.path):
                continue
            entry = previous.get(item.path)
            if entry and (entry.size, entry.mtime_ns) == (item.size, item.mtime_ns) and self._has(entry):
                known[item.path] = entry
                continue
            digest = hashlib.blake2b(item.source.read_bytes(), digest_size=16).hexdigest()
            same = by_digest.get(digest)
            if same and self._has(same):  # touched, or copied under another name: same bytes
                known[item.path] = _Known(item.size, item.mtime_ns, digest, same.width, same.height, same.made)
            else:
                todo.append((item.path, item.source, digest))
        sizes = {item.path: (item.size, item.mtime_ns) for item in static}
        if processes is None:
            processes = workers.default_workers(len(todo), threshold=4)
        for chunk in workers.map_chunks(_make_chunk, (todo, self.folder), len(todo), processes, chunk=1):
            for src, digest, width, height, made in chunk:
                known[src] = _Known(*sizes[src], digest, width, height, tuple(made))
        self._save(known)
        for src in sorted(known):
            self._add(src, known[src])
        return self

    def _has(self, entry: _Known) -> bool:
        return all((self.folder / name).is_file() for *_, name in entry.made)

    def _add(self, src: str, entry: _Known) -> None:
        if not entry.width:
            self.problems.append(warning(f"static/{src}", 0, "cannot read this photo; it is copied as it is, "
                                                           "without smaller copies"))
            return
        ext = Path(src).suffix.lower()
        variants: list[Variant] = []
        webp: list[Variant] = []
        for w, h, kind_ext, name in entry.made:
            path = _variant_path(src, w, kind_ext)
            target = webp if kind_ext == ".webp" else variants
            target.append(Variant(path, w, h))
            st = (self.folder / name).stat()
            self.files.append(StaticFile(path, self.folder / name, st.st_size, st.st_mtime_ns))
        variants.append(Variant(src, entry.width, entry.height))
        if ext == ".webp":  # a WebP original: its copies are the one list
            variants, webp = webp + variants, []
        self.photos[src] = Photo(src, entry.width, entry.height, TYPES[ext], tuple(variants), tuple(webp))

    def close(self) -> None:
        if not self.use_cache:
            shutil.rmtree(self.folder, ignore_errors=True)
