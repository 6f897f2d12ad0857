"""Reader for plain text: bytes to lines (UTF-8 only, LF or CRLF), and lines to paragraphs."""

from __future__ import annotations

import unicodedata

from gazette.importer.record import ImportFailure


def decode(data: bytes) -> str:
    """UTF-8 text with LF line ends, from UTF-8 bytes with or without BOM, LF or CRLF."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailure("is UTF-16 text; save it as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        number = data[: exc.start].count(b"\n") + 1
        raise ImportFailure(f"line {number}: not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8") from None
    text = text.replace("\r\n", "\n")
    for number, line in enumerate(text.split("\n"), 1):
        if "\r" in line:
            raise ImportFailure(f"line {number}: a carriage return without a line feed; use LF or CRLF line ends")
        for ch in line:
            if ch != "\t" and unicodedata.category(ch) == "Cc":
                what = "a NUL byte: this is not a text file" if ch == "\0" else f"control character U+{ord(ch):04X}"
                raise ImportFailure(f"line {number}: {what}")
    return text


def paragraphs_of(text: str) -> list[list[str]]:
    """Paragraphs as lists of stripped lines: split on blank lines, or on every line
    break when the text (from its first to its last line) has no blank line."""
    lines = [line.strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if "" not in lines:
        return [[line] for line in lines]
    out: list[list[str]] = [[]]
    for line in lines:
        if line:
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return out
