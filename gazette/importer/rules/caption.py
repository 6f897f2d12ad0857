"""Images, captions and credits."""

from __future__ import annotations

import re

IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "webp", "avif", "svg")

_IMAGE_NAME = re.compile(rf"^(?![./])[\w.\-/]+\.(?:{'|'.join(IMAGE_EXTENSIONS)})$", re.IGNORECASE)
_IMAGE_URL = re.compile(rf"^https?://\S+?\.(?:{'|'.join(IMAGE_EXTENSIONS)})(?:[?#]\S*)?$", re.IGNORECASE)
_URL = re.compile(r"^https?://[^\s/?#]+\S*$", re.IGNORECASE)
_CREDIT = re.compile(
    r"^(?P<caption>.*?)[\s(\[]*\b(?:PHOTO CREDIT|Photo credit|PHOTOGRAPH|Photograph|PHOTO|Photo|PICTURE|Picture"
    r"|IMAGE|Image|CREDIT|Credit)\s*:\s*(?P<credit>[^()\[\]:]{1,60}?)[)\]]?$"
)


def is_image_line(line: str) -> bool:
    return bool(_IMAGE_NAME.match(line) and ".." not in line.split("/")) or bool(_IMAGE_URL.match(line))


def parse_credit(paragraph: str) -> tuple[str, str] | None:
    """(caption, credit) from a paragraph ending in `PHOTO: X`, `Credit: X`, ...; else None."""
    match = _CREDIT.match(" ".join(paragraph.split()))
    if not match:
        return None
    caption, credit = match.group("caption").strip(), match.group("credit").strip()
    if not credit or ". " in credit or (caption and not caption.endswith((".", "!", "?", ")", "”", '"', "’"))):
        return None
    return caption, credit

