"""Datelines: the place a report was filed from."""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][\w.'’-]*(?:\s[\w.'’-]+){0,4}(?:,\s[\w.'’-]+(?:\s[\w.'’-]+){0,3})?)"
    r"(?:\s\([^()]{1,40}\))?\s+(?:–|—|-{1,2})\s+\S"
)


# Rubrics that open a paragraph like a dateline but name no place.
_RUBRICS = frozenset({"BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION",
                      "EDITORIAL", "LIVE", "WATCH", "CORRECTION", "NOTE", "FILE",
                      # the same rubrics in the other languages the importer reads
                      "RÉCIT", "DÉCRYPTAGE", "REPORTAGE", "ANALYSE", "ENQUÊTE", "ENTRETIEN", "TRIBUNE", "INFO",
                      "VIDÉO", "PODCAST", "EXCLUSIF", "ÉDITORIAL", "CHRONIQUE", "PORTRAIT", "DIRECT", "EILMELDUNG",
                      "KOMMENTAR", "EXKLUSIV", "ÚLTIMA HORA", "EXCLUSIVA", "ANÁLISIS", "OPINIÓN", "CRÓNICA"})


def parse_dateline(paragraph: str) -> str:
    """`SEOUL` from `SEOUL – What some...` (or `NEW YORK, Jan 31 (Reuters) -`); '' otherwise."""
    match = _DATELINE.match(paragraph)
    if not match:
        return ""
    for place in (match.group("place"), match.group("place").split(",")[0]):
        letters = [c for c in place if c.isalpha()]
        if len(letters) >= 3 and all(c.isupper() for c in letters):
            return "" if place in _RUBRICS else place
    return ""


# --- datelines of agency copy in any script --------------------------------------------

_AGENCY_TAGGED = re.compile(r"^(?P<place>[^\W\d_][\w.'’ -]{1,30}?)(?:,\s[^()]{1,20})?\s\((?P<agency>[^()=]{2,30})\)"
                            r"\s*(?:[.,]?\s*[-–—]{1,2}|\.-)\s*(?:\S|$)")  # a dateline may stand on its own line
_KOREAN = re.compile(r"^[(\[](?P<place>[가-힣]{1,10})=(?P<agency>[^()\[\]]{2,12})[)\]]")
#: `（台北中央社）`: a place and an agency whose name ends in 社, in full-width brackets.
_CJK_BRACKET = re.compile(r"^[（(](?P<place>[^\s（）()]{2,4}?)(?P<agency>[^\s（）()]{1,5}社)[）)]")
_JAPANESE = re.compile(r"^[\[［]\s*(?P<place>[^\s\]］\d]{1,10})\s+\d{1,2}日\s+(?P<agency>[^\]］]{2,12}?)"
                       r"(?:\s+[A-Z]+)?\s*[\]］]")
_CHINESE = re.compile(r"^(?P<agency>[\u4e00-\u9fff]{1,4}社|本报|本報)(?P<place>[\u4e00-\u9fff]{2,6}?)"
                      r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[电電]")


def read_dateline(paragraph: str) -> tuple[str, str]:
    """(place, agency) of a paragraph that opens with a dateline: `SEOUL, Feb. 28 (Yonhap) --`,
    `Madrid (EFE).-`, `(서울=연합뉴스)`, `[東京 8日 ロイター] -`, `新华社北京10月17日电`;
    ('', '') otherwise. `本报` ("this paper") is no agency."""
    for pattern in (_KOREAN, _JAPANESE, _CHINESE, _CJK_BRACKET):
        match = pattern.match(paragraph)
        if match:
            agency = match["agency"]
            return match["place"], "" if agency in ("本报", "本報") else agency
    place = parse_dateline(paragraph)
    match = _AGENCY_TAGGED.match(paragraph)
    if match:
        return place or match["place"].strip(), match["agency"].strip()
    return place, ""


#: A press release's dateline: `NEW YORK, Sept. 22, 2023 /PRNewswire/ --`, `BERLIN, 3. März 2024 /PRNewswire/ --`.
_RELEASE = re.compile(r"^(?P<place>[A-Z][A-Z.'’ -]{2,30}?(?:,\s[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?),\s"
                      r"(?P<date>[^/,]{3,20},?\s\d{4})\s*/\s*(?P<agency>[^/]{2,30}?)\s*/\s*(?:--|—|–|-)\s")


def release_dateline(paragraph: str) -> tuple[str, str, str]:
    """(place, the date as printed, wire) of a press release's dateline; ('', '', '') otherwise."""
    match = _RELEASE.match(paragraph)
    if not match:
        return "", "", ""
    return match["place"].split(",")[0].strip(), match["date"], match["agency"]
