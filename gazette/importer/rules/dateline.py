"""Datelines: the place a report was filed from."""

from __future__ import annotations

import re
from functools import lru_cache

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
                      "KOMMENTAR", "EXKLUSIV", "ÚLTIMA HORA", "EXCLUSIVA", "ANÁLISIS", "OPINIÓN", "CRÓNICA",
                      # a live page's or a video's label before its headline: `EN DIRECT - Météo : ...`
                      "EN DIRECT", "EN DIRECTO", "DIRECTO", "EN VIVO", "EN IMAGES", "EN IMÁGENES", "VIDEO", "VÍDEO",
                      "LIVEBLOG", "LIVE-BLOG", "LIVETICKER", "LIVE-TICKER", "TICKER", "PHOTOS", "FOTOS"})


#: What an agency prints where the place goes when a story has none (a roundup from many places):
#: AP's `UNDATED (AP) —`. The tag still names the agency; no place is the dateline.
_NO_PLACE = frozenset({"UNDATED"})


def _placed(place: str) -> str:
    """`place`, or '' for an agency's placeholder that names no place (`UNDATED`)."""
    return "" if place.strip().upper() in _NO_PLACE else place


def is_rubric(word: str) -> bool:
    """Whether `word` (in capitals) is a rubric (`BREAKING`, `EXCLUSIVA`), not a place."""
    return word.upper() in _RUBRICS


def parse_dateline(paragraph: str) -> str:
    """`SEOUL` from `SEOUL – What some...` (or `NEW YORK, Jan 31 (Reuters) -`); '' otherwise."""
    match = _DATELINE.match(paragraph)
    if not match:
        return ""
    for place in (match.group("place"), match.group("place").split(",")[0]):
        letters = [c for c in place if c.isalpha()]
        if len(letters) >= 3 and all(c.isupper() for c in letters):
            return "" if place in _RUBRICS else _placed(place)
    return ""


# --- datelines of agency copy in any script --------------------------------------------

#: (The place may be followed by its region or country and the day: `Oporto, Portugal, 27 de octubre (Télam).-`.)
_AGENCY_TAGGED = re.compile(r"^(?P<place>[^\W\d_][\w.'’ -]{1,30}?(?:/[^\W\d_][\w.'’ -]{1,30}?)?)(?:,\s[^()]{1,30})?"
                            r"\s\((?P<agency>[^()=]{2,30})\)"
                            r"\s*(?:[.,]?\s*[-–—]{1,2}|\.-)\s*(?:\S|$)")  # a dateline may stand on its own line
#: A known agency's dateline with the place's region in brackets, as EFE prints it (`Fuensalida (Toledo), 17 sep
#: (EFE).-`), or a comma before the tag where the day was left out (`SHANGHAI, (Reuters) –`).
_AGENCY_TAGGED_WIDE = re.compile(r"^(?P<place>[^\W\d_][\w.'’ -]{1,30}?)(?:\s\([^()\d]{2,25}\))?(?:,\s[^()]{1,30})?,?"
                                 r"\s\((?P<agency>[^()=]{2,30})\)\s*(?:[.,]?\s*[-–—]{1,2}|\.-)\s*(?:\S|$)")
#: A Korean wire's tag, the place and the agency in brackets: `(서울=연합뉴스)`, `[도쿄=뉴시스]`.
#: (A reporter's title closing the brackets makes it a paper's credit of its reporter instead, whose parts
#: cannot be told apart for sure: `[굿모닝충청=금산 이봉규 기자]`, the outlet, then the place and the reporter.)
KOREAN_WIRE_TAG = r"[(\[](?P<place>[가-힣]{1,10})=(?P<agency>(?![^()\[\]]*(?:기자|특파원)[)\]])[^()\[\]]{2,12})[)\]]"
_KOREAN = re.compile("^" + KOREAN_WIRE_TAG)
#: `（台北中央社）`: a place and an agency whose name ends in 社, in full-width brackets.
_CJK_BRACKET = re.compile(r"^[（(](?P<place>[^\s（）()]{2,4}?)(?P<agency>[^\s（）()]{1,5}社)[）)]")
_JAPANESE = re.compile(r"^[\[［]\s*(?P<place>[^\s\]］\d]{1,10})\s+\d{1,2}日\s+(?P<agency>[^\]］]{2,12}?)"
                       r"(?:\s+[A-Z]+)?\s*[\]］]")
_CHINESE = re.compile(r"^(?P<agency>[\u4e00-\u9fff]{1,6}(?:社|网|網|日报|日報)|本报|本報)"  # (`齐齐哈尔新闻网北京…电`)
                      r"(?P<place>[\u4e00-\u9fff]{2,6}?)"
                      r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[电電]")


#: A Chinese agency's wire credit opening the lead without a place or a day: `新华社电 广东省气象台消息,…`
#: The credit stands apart from the lead (a space, a bracket): `合作社电商…` ("a co-op's e-commerce") is a word.
_CHINESE_WIRE = re.compile(r"^(?P<agency>[\u4e00-\u9fff]{1,4}社)(?P<place>)[电電](?:\s+|(?=[(（]))(?=\S)")


#: A paper's app as the credit of its dateline: `中國青年報客戶端北京9月15日電` (the paper's app, the place, the day).
_CHINESE_APP = re.compile(r"^(?P<agency>[\u4e00-\u9fff]{2,8}?(?:报|報|社|网|網|台)(?:客户端|客戶端))"
                          r"(?P<place>[\u4e00-\u9fff]{2,6}?)\d{1,2}月\d{1,2}日[电電]")


#: A release's dateline from news aktuell's original text service: `Hamburg (ots)`, `Berlin (ots) -`. The
#: service carries the issuer's own text, so it names no agency (the issuer is the source).
_OTS = re.compile(r"^(?P<place>[^\W\d_][\w.'’ -]{1,30}?)\s\((?:ots|OTS)\)(?P<agency>)\s*(?:[-–—]|$)")
#: A Chinese-language paper's dateline with the day and `讯` (news): `(新加坡8日讯)`, `（吉隆坡28日訊）`.
_DAY_NEWS = re.compile(r"^[（(](?P<place>[\u4e00-\u9fff]{2,6}?)\d{1,2}日(?:讯|訊)(?P<agency>)[）)]")
#: A release wire's dateline between double dashes: `SEOUL--(BUSINESS WIRE)--`, `서울--(뉴스와이어)--`.
_WIRE_DASHES = re.compile(r"^(?P<place>[^\W\d_][\w.'’ ]{1,30}?)(?:,\s[\w.' ]{2,20})?\s?--\s?"
                          r"\((?P<agency>[^()]{2,30})\)\s?--")
#: A release wire's credit without its place, run into the lead: `(BUSINESS WIRE)--Target today announced`.
_WIRE_NO_PLACE = re.compile(r"^(?P<place>)\((?P<agency>[A-Z][A-Za-z ]{1,28})\)\s?--\s?(?=\S)")
#: An agency's short tag and the place after a slash, run into the lead: `EP/MADRID La Dirección …`.
_TAG_SLASH_PLACE = re.compile(r"^(?P<agency>EP|EFE|AFP|ANSA|dpa|DPA|AP|Xinhua)\s?/\s?"
                              r"(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,20}(?: [A-ZÀ-Ý][A-ZÀ-Ý'’-]{1,20}){0,2})"
                              r"\s+(?=[A-ZÀ-Ý][a-zà-ÿ])")
#: An agency's dateline with the day only, alone on its line (the lead's first, or over it): `MADRID, 17 (EUROPA
#: PRESS)`.
_DAY_TAGGED = re.compile(r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{2,30}),\s\d{1,2}\s\((?P<agency>[^()]{2,30})\)"
                         r"[ \t]*(?:$|\n)")


#: A known agency's dateline with its day and month, the tag run into the lead without a dash, as Prensa Latina and
#: EFE's clients print it: `México, 6 sep (PL) El Servicio …`, `Lima, 3 de marzo (EFE) La …`.
_DAY_TAG_RUN_IN = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w.'’ -]{1,30}?)(?:\s\([^()\d]{2,25}\))?"
                             r",\s\d{1,2}\s(?:de\s)?[^\W\d_]{3,10}\.?"
                             r"\s\((?P<agency>[^()=\d]{2,30})\)\.?\s+(?=[A-ZÀ-Ý¿¡\"“«])")


#: An agency's name alone in brackets opening the lead, no place before it: `(Belga) La manifestation …`.
_AGENCY_ONLY = re.compile(r"^\((?P<agency>[^()]{2,30})\)\s*(?:[-–—]+\s*)?(?=[^\W\d_])")


#: A dateline whose dash a broken encoding turned into `?`: `INDIANAPOLIS (AP) ? Andrew Luck …` (the place
#: in capitals, an agency's tag, the lead opening with a capital).
_MANGLED_DASH = re.compile(r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{1,30}?)(?:,\s[^()]{1,20})?\s\((?P<agency>[^()]{2,30})\)"
                           r"\s\?\s(?=[A-ZÀ-Ý])")


def _known_agency(name: str) -> str:
    from gazette.importer.rules.source import known_agency

    return known_agency(name)


def read_dateline(paragraph: str) -> tuple[str, str]:
    """(place, agency) of a paragraph that opens with a dateline: `SEOUL, Feb. 28 (Yonhap) --`,
    `Madrid (EFE).-`, `(서울=연합뉴스)`, `[東京 8日 ロイター] -`, `新华社北京10月17日电`, `EP/MADRID`,
    `(BUSINESS WIRE)--` (no place);
    ('', '') otherwise. `本报` ("this paper") is no agency."""
    for pattern in (_OTS, _KOREAN, _JAPANESE, _CHINESE, _CHINESE_WIRE, _CHINESE_APP, _DAY_NEWS, _CJK_BRACKET,
                    _WIRE_DASHES, _DAY_TAGGED, _COUNTRY_TAGGED, _WIRE_NO_PLACE, _TAG_SLASH_PLACE):
        match = pattern.match(paragraph)
        if match:
            agency = match["agency"]
            return _placed(match["place"]), "" if agency in ("本报", "本報") else agency
    mangled = _MANGLED_DASH.match(paragraph)
    if mangled and _known_agency(mangled["agency"]):  # `INDIANAPOLIS (AP) ? Andrew Luck …`
        return mangled["place"].strip(), mangled["agency"]
    for pattern in (_DAY_TAG_RUN_IN, _AGENCY_TAGGED_WIDE):  # (forms a party's or a caption's brackets share)
        wide = pattern.match(paragraph)
        if wide and _known_agency(wide["agency"]) and not _AGENCY_TAGGED.match(paragraph):
            return _placed(wide["place"].strip()), _known_agency(wide["agency"])
    tag = _AGENCY_ONLY.match(paragraph)
    if tag and _known_agency(tag["agency"]):  # `(Belga) La manifestation …`: an agency, no place
        return "", _known_agency(tag["agency"])
    place = parse_dateline(paragraph)
    match = _AGENCY_TAGGED.match(paragraph)
    if match:  # the place without a day and month printed after it: `MADRID 20 Oct. (EUROPA PRESS) -`
        place = place or re.sub(r"\s\d{1,2}\s[^\W\d_]{3,}\.?$", "", match["place"].strip())
        return _placed(place), "" if dated_tag(paragraph) else match["agency"].strip()
    return _placed(place), ""


#: A pinyin reading in brackets after a Han character (`中新網(wǎng)`), a mirror site's reading aid: one
#: syllable in Latin letters with its tone mark; no part of the text it glosses.
_PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
                           r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
#: A Chinese wire's credit over a feature's headline on one line: `中新網安康旬陽9月27日電 題:親歷…` (the
#: agency, the place, the day, then `題:`, "title:").
_WIRED_HEADLINE = re.compile(r"^(?P<credit>[^\s:：]{4,30}?日[电電])\s*[题題]\s*[:：]\s*(?P<headline>\S.{3,})$")


def wired_headline(line: str) -> tuple[str, str, str]:
    """(headline, place, agency) of a line that opens with a Chinese wire's credit and `題:`
    (`中新網(wǎng)安康旬陽9月27日電 題:X`, a mirror's pinyin glosses dropped); ('', '', '') otherwise."""
    line = _PINYIN_GLOSS.sub("", line.strip())
    wired = _WIRED_HEADLINE.match(line)
    place, agency = read_dateline(wired["credit"]) if wired else ("", "")
    return (wired["headline"], place, agency) if wired and agency else ("", "", "")


def dateline_alone(paragraph: str) -> bool:
    """A dateline alone on its line, the text under it: `Hamburg (ots)`, `MADRID, 17 (EUROPA PRESS)`."""
    text = paragraph.strip()
    return bool(re.fullmatch(r"[^\W\d_][\w.'’ -]{1,30}?\s\((?:ots|OTS)\)", text) or _DAY_TAGGED.fullmatch(text))


def run_in_dateline(paragraph: str) -> bool:
    """A wire's dateline alone on its line, closed by the dash that runs it into the lead under it:
    `SANTANDER, 21 Oct. (EUROPA PRESS) -`, `TOKYO (AP) —`, `SEOUL, Feb. 28 (Yonhap) --`."""
    text = paragraph.strip()
    return "\n" not in text and bool(_AGENCY_TAGGED.match(text)) and bool(re.search(r"(?:[-–—]{1,2}|\.-)$", text))


def dated_tag(paragraph: str) -> str:
    """`Jan. 29, 2015` from `LOS ANGELES (Jan. 29, 2015) —`: a date with a year where the agency
    would stand, which is the story's date and no agency; '' otherwise."""
    match = _AGENCY_TAGGED.match(paragraph)
    return match["agency"].strip() if match and re.search(r"\b\d{4}\b", match["agency"]) else ""


#: A press release's dateline: `NEW YORK, Sept. 22, 2023 /PRNewswire/ --`, `BERLIN, 3. März 2024 /PRNewswire/ --`.
_RELEASE = re.compile(r"^(?P<place>[A-Z][A-Z.'’ -]{2,30}?(?:,\s[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?),\s"
                      r"(?P<date>[^/,]{3,20},?\s\d{4})\s*/\s*(?P<agency>[^/]{2,30}?)\s*/\s*(?:--|—|–|-)\s")


#: An issuer's own release, sent without a wire, or a report dated in its dateline, as French, Spanish and German
#: releases and papers print it: `Los Angeles, Calif., August 26, 2016– Operation USA, …`, `Tahiti, le 19 décembre
#: 2019 - Dans …`, `Sevilla, 3 de marzo de 2021.- El …`, `Berlin, den 3. März 2021 – Die …` (the date read as a date
#: line's, so a month's name in any language the date rules know).
_OWN_RELEASE = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w.'’-]+(?: [A-ZÀ-Ý][\w.'’-]+){0,2}"
                          r"(?:,\s[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?),\s"
                          r"(?:(?:le|el|den|am)\s)?"
                          r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},\s\d{4}"
                          r"|\d{1,2}(?:er|º|\.)?\s(?:de\s)?[^\W\d_]{3,}\.?\s(?:de\s)?\d{4})"
                          r"\s?(?:--|—|–|\.?-)\s?(?=[A-ZÀ-Ý«“\"])(?P<agency>)")


def release_dateline(paragraph: str) -> tuple[str, str, str]:
    """(place, the date as printed, wire) of a press release's dateline (the wire '' for an issuer's
    own release); ('', '', '') otherwise."""
    match = _RELEASE.match(paragraph) or _OWN_RELEASE.match(paragraph)
    if not match:
        return "", "", ""
    return match["place"].split(",")[0].strip(), match["date"], match["agency"]


#: A place and a day and month without a year opening the text, the way papers date a report:
#: `Roma, 9 set. “...`, `ISLAMABAD June 25: ...`, `Madrid, 20 oct. –`.
_DATED_PLACE = (
    re.compile(r"^(?P<place>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}),\s(?P<d>\d{1,2})\s(?P<mon>[^\W\d_]{3,}\.?)"
               r"\s*(?:[-–—:]\s|\.?\s[“\"«]|\s(?=[A-ZÀ-Ý]))"),
    re.compile(r"^(?P<place>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,}){0,2})\s(?P<mon>[A-Z][a-z]{2,}\.?)\s"
               r"(?P<d>\d{1,2}):\s"),
)
#: A place and a day and month without a year alone on a line above the text, as papers print an
#: agency's credit: `New Delhi, June 27`, `Roma, 9 settembre`.
#: (An agency's name may close it, as Kyodo and AZERTAC print their datelines: `NEW YORK, Nov. 22, Kyodo`,
#: `Baku, 19. September, AZERTAC`.)
_PLACE_DAY_ALONE = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,2}),\s(?:(?P<mon>[^\W\d_]{3,}\.?)\s"
                              r"(?P<d>\d{1,2})|(?P<d2>\d{1,2})\.?\s(?P<mon2>[^\W\d_]{3,}\.?))"
                              r"(?:,\s(?P<agency>[^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*){0,2}))?$")


def place_day_alone(line: str) -> tuple[str, str]:
    """(place, agency) of a line `New Delhi, June 27` or `NEW YORK, Nov. 22, Kyodo` (no year: the date is
    not read; the agency a known one or a name in capitals, `AZERTAC`); ('', '') otherwise."""
    from gazette.importer.rules.dates import month_names

    match = _PLACE_DAY_ALONE.match(line.strip())
    if not match:
        return "", ""
    month, day = (match["mon"], match["d"]) if match["mon"] else (match["mon2"], match["d2"])
    if month.casefold().rstrip(".") not in month_names() or not 1 <= int(day) <= 31:
        return "", ""
    agency = match["agency"] or ""
    agency = _known_agency(agency) or (agency if re.fullmatch(r"[A-Z]{3,10}", agency) else "")
    if match["place"].upper() in _RUBRICS or match["agency"] and not agency:
        return "", ""
    return match["place"], agency


#: A place in capitals and a colon (or a bar, as the taz prints it: `DRESDEN | Mit der …`) opening the
#: text: `NEW YORK: Les migrations ...`; in the lead
#: also a place in title case before a colon, a spaced hyphen or a bar, as Indian, South African and
#: German papers print it: `New Delhi: After the rumours ...`, `Johannesburg - Johannesburg will ...`.
_PLACE_COLON = re.compile(r"^(?P<place>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,}){0,2}):\s(?=[A-ZÀ-Ý])")
_PLACE_BAR = re.compile(r"^(?P<place>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,}){0,2}) \|\s(?=[A-ZÀ-Ý])")
_TITLE_PLACE = re.compile(r"^(?P<place>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,}(?: [A-ZÀ-Ý][a-zà-ÿ'’-]{2,}){0,2})(?::| -| \|| l)"
                          r"\s(?=[A-ZÀ-Ý\d])")  # (or a bar, which some German papers print as `l`: `Magdeburg l Wer …`)
#: A lead that opens with its place in title case and its full stop, the lead set off from it as the page
#: prints the place in an element of its own: by two spaces (`Mühlacker.  Der Auftrag …`) or by none before
#: an opening quote (`Wiesbaden.„Wenn …`). One space after it is a sentence's (`Stille. Dann …`).
_STOPPED_PLACE = re.compile(r"^(?P<place>[A-ZÀ-Ý][a-zà-ÿß'’-]{2,}(?:[ -][A-ZÀ-Ý][a-zà-ÿß'’-]{2,}){0,2})\."
                            r"(?: {2,}(?=[A-ZÀ-Ý\d„\"“»])|(?=[„\"“»]))")
#: A place of two or three words in title case with its stop and one space, named again in the lead
#: under it (`Bad Bramstedt. Die Schön Klinik Bad Bramstedt hat …`, `Altenburger Land. Die Auszählung im
#: Altenburger Land …`): the lead's place, as German papers print it. Two capitalised words that make a
#: sentence of their own are not named again (`Großes Kino. Der Film …`).
_NAMED_AGAIN_PLACE = re.compile(r"^(?P<place>[A-ZÀ-Ý][a-zà-ÿß'’-]{2,}(?:[ -][A-ZÀ-Ý][a-zà-ÿß'’-]{2,}){1,2})\."
                                r" (?=[A-ZÀ-Ý\d„\"“»])")
#: A place in capitals with its stop and one space (`BLANKENESE. Bei der Kollision …`): a word in capitals is
#: no sentence of its own. A city in title case with its stop and one space (`Berlin. Der FC Bayern …`), when
#: the time zone database names it and the copy is German.
_CAPS_STOPPED_PLACE = re.compile(r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-ÝẞÄÖÜ'’-]{2,}(?:[ -][A-ZÀ-Ý][A-ZÀ-ÝẞÄÖÜ'’-]{2,}){0,2})\."
                                 r" (?=[A-ZÀ-Ý„\"“»])")
_CITY_STOPPED = re.compile(r"^(?P<place>[A-ZÀ-Ý][a-zà-ÿß'’-]{2,})\. (?=[A-ZÀ-Ý„\"“»])")
#: The forms German papers print, read in German copy only (or for a known city): see _german_or_city.
_GERMAN_FORMS = (_PLACE_BAR, _STOPPED_PLACE, _NAMED_AGAIN_PLACE, _CAPS_STOPPED_PLACE)
#: A lead that opens with its place in title case and a spaced dash, as German papers date a report:
#: `Lüdenscheid - Auf dieser Basis …`, `Köln – Was die Trainer …` (no colon: `Fazit: …` is a label).
_DASHED_PLACE = re.compile(r"^(?P<place>[A-ZÀ-Ý][a-zà-ÿß'’-]{2,}(?: [A-ZÀ-Ý][a-zà-ÿß'’-]{2,}){0,2}) [-–—] "
                           r"(?=[A-ZÀ-Ý\d„\"])")


def dashed_place(paragraph: str) -> str:
    """`Köln` from `Köln - Was die Trainer …` (see _DASHED_PLACE); '' otherwise."""
    match = _DASHED_PLACE.match(paragraph)
    return match["place"] if match and match["place"].upper() not in _RUBRICS else ""


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """The cities the time zone database names (`Madrid`, `Nueva York`, `東京`), in the languages the
    importer reads, case-folded: CLDR's exemplar cities, through Babel. Empty without time zone data."""
    try:
        import zoneinfo

        from babel.dates import get_timezone_location
    except ImportError:  # pragma: no cover - Babel is a dependency; zoneinfo is in the standard library
        return frozenset()
    zones = [z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/"))]
    names = set()
    for tag in ("en", "de", "fr", "es", "it", "pt", "nl", "ja", "ko", "zh"):
        for zone in zones:
            try:
                names.add(get_timezone_location(zone, locale=tag, return_city=True).casefold())
            except (LookupError, ValueError):
                continue
    return frozenset(names)


def known_city(name: str) -> bool:
    """Whether `name` is a city the time zone database names (see _city_names)."""
    return name.strip().casefold() in _city_names()


def place_before_date(line: str) -> str:
    """`Madrid` from a date line that opens with its place before a bar (`Madrid | 5 de junio de 2025`),
    where the place is a city the time zone database names; '' otherwise (a section's name, a
    country's as sites name their sections, an agency's or a writer's before the bar is no place)."""
    head = line.split("|")[0].strip() if "|" in line else ""
    if not head or not re.fullmatch(r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2}", head):
        return ""
    return head if known_city(head) else ""


#: An Indian agency's dateline with the country in brackets: `New Delhi [India], Mar 2 (ANI):`.
_COUNTRY_TAGGED = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,2})\s\[[^\]]{2,30}\],\s"
                             r"[^\W\d_]{3,}\.?\s\d{1,2}\s\((?P<agency>[^()]{2,20})\)\s*[:–—-]\s")


def dated_place(paragraph: str, *, lead: bool = False) -> str:
    """`Roma` from `Roma, 9 set. “...`, `ISLAMABAD` from `ISLAMABAD June 25: ...`; '' otherwise.
    Only the place is read: a date without a year is never the date. With `lead` (the text's first
    paragraph, running text), also `NEW YORK: Les migrations ...`."""
    from gazette.importer.rules.dates import month_names

    for pattern in _DATED_PLACE:
        match = pattern.match(paragraph)
        if match and match["mon"].casefold().rstrip(".") in month_names() and 1 <= int(match["d"]) <= 31:
            place = match["place"]
            return "" if place.upper() in _RUBRICS else place
    match = (_PLACE_COLON.match(paragraph) or _PLACE_BAR.match(paragraph) or _TITLE_PLACE.match(paragraph)
             or _stopped_place(paragraph)) if lead else None
    if match and match.re in _GERMAN_FORMS and not _german_or_city(match["place"], paragraph[match.end():]):
        return ""
    return match["place"] if match and match["place"].upper() not in _RUBRICS else ""


def place_with_stop(paragraph: str) -> str:
    """The place a paragraph opens with in a German paper's shape with its stop (_STOPPED_PLACE, or two or
    three words and one space as _NAMED_AGAIN_PLACE, named again or not: `Clausthal-Zellerfeld. Der …`),
    the shape each item of a digest opens with; '' otherwise."""
    match = _STOPPED_PLACE.match(paragraph) or _NAMED_AGAIN_PLACE.match(paragraph)
    return match["place"] if match else ""


def _german_or_city(place: str, rest: str) -> bool:
    """Whether a place set off by a bar or by its stop (German papers' conventions: `DRESDEN | Mit …`,
    `Mühlacker.  Der …`) opens German copy, or is a city the time zone database names; in other copy
    the same shapes are a rubric's (`EXPLAINER | …`) or a word's (`Overnight.  The storm …`)."""
    from gazette.importer.rules.language import detect

    return known_city(place) or detect(rest) == "de"


def _stopped_place(paragraph: str) -> re.Match[str] | None:
    """The match of a lead opening with its place and a full stop set off from the lead (see
    _STOPPED_PLACE) or named again in it (_NAMED_AGAIN_PLACE), when a sentence of eight words or more
    follows it (`Hell.  Freundlich.` is none)."""
    from gazette.importer.rules.language import detect

    match = _STOPPED_PLACE.match(paragraph) or _CAPS_STOPPED_PLACE.match(paragraph)
    again = _NAMED_AGAIN_PLACE.match(paragraph) if not match else None
    if again and re.search(rf"(?<!\w){re.escape(again['place'])}(?!\w)", paragraph[again.end():]):
        match = again
    city = _CITY_STOPPED.match(paragraph) if not match else None
    if city and known_city(city["place"]) and detect(paragraph[city.end():]) == "de":
        match = city
    sentence = re.split(r"(?<=[.!?“\"])\s", paragraph[match.end():].strip(), maxsplit=1)[0] if match else ""
    return match if match and len(sentence.split()) >= 8 else None


#: A wire's tag after a date opening the text: `February 18, 2011 - TAP - Prime Minister ...`.
_DATED_AGENCY = re.compile(r"^[^\W\d_]{3,}\.? \d{1,2},? \d{4}\s[-–—]\s(?P<agency>[A-Z]{2,6})\s[-–—]\s")


def dated_agency(paragraph: str) -> str:
    """`TAP` from `February 18, 2011 - TAP - ...`; '' otherwise."""
    match = _DATED_AGENCY.match(paragraph)
    return match["agency"] if match else ""


#: Central News Agency's credit, `(中央社記者盧太城台東縣27日電)` or `中央社 記者汪淑芬台北24日電`: the reporter's
#: name runs into the place without a break, so the two are told apart only where the place is one
#: this list knows (Taiwan's cities and counties, and the cities CNA reports from most).
_CNA = re.compile(r"^[（(]?\s*(?P<agency>中央社)\s*(?:記者|记者)\s*(?P<rest>[\u4e00-\u9fff]{3,14}?)\s*\d{1,2}日[電电]"
                  r"[）)]?")
_CNA_PLACE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<place>(?:台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆"
                        r"|新竹|嘉義|苗栗|彰化|南投|雲林|屏東|宜蘭|花蓮|台東|臺東|澎湖|金門|馬祖|連江)(?:縣|市)?"
                        r"|東京|北京|上海|香港|華盛頓|紐約|倫敦|巴黎|柏林|首爾)")
#: A Taiwanese paper's bracketed credit: `【記者姚宜君/台北】`, `【記者X／台北報導】`, `〔記者X/高雄報導〕`.
_BRACKET_REPORTER = re.compile(r"^[【〔]\s*(?:記者|记者)\s*(?P<name>[\u4e00-\u9fff]{2,4})\s*[/／]\s*"
                               r"(?P<place>[\u4e00-\u9fff]{2,6}?)\s*(?:報導|报道)?\s*[】〕]")


def wire_credit(paragraph: str) -> tuple[str, str, str, str]:
    """(agency, reporter, place, credit) of a paragraph that opens with a CNA credit or a bracketed
    reporter's credit; the place (and reporter) stay '' where they cannot be told apart for sure."""
    match = _CNA.match(paragraph)
    if match:
        split = _CNA_PLACE.fullmatch(match["rest"])
        return match["agency"], split["name"] if split else "", split["place"] if split else "", match[0]
    match = _BRACKET_REPORTER.match(paragraph)
    if match:
        return "", match["name"], match["place"], match[0]
    match = _AGENCY_SLASH.match(paragraph)
    if match:
        return match["agency"], "", match["place"], match[0]
    return korean_bracket_credit(paragraph)


#: A Korean paper's bracketed credit opening the lead: the outlet and the reporter (in either order),
#: a place and `=` before them when the reporter filed from away: `[데일리한국 김언한 기자]`,
#: `[카디프(영국)=이건 스포츠조선닷컴 기자]`; a bar between them may be the Hangul letter ㅣ (`[더팩트ㅣ임영무 기자]`).
#: An outlet printed first may carry its initials in Latin capitals after its name: `[문화뉴스 MHN 박지희 기자]`.
_KOREAN_BRACKET = re.compile(r"^\[(?:(?P<place>[^=\[\]]{1,30})=)?\s*(?P<a>[^\s=\[\]/|ㅣ│]{2,12}(?: [A-Z]{2,6})?)"
                             r"(?:\s|\s?[|ㅣ│]\s?)"
                             r"(?P<b>[^\s=\[\]/|ㅣ│]{2,12})\s?(?:기자|특파원|전문기자|선임기자|객원기자)\s*\]")


#: The outlet first, then the place its reporter filed from and `=`: `[머니투데이 세종=문영재 기자]`.
_KOREAN_OUTLET_PLACE = re.compile(r"^\[(?P<outlet>[^\s=\[\]]{2,12})\s(?P<place>[^\s=\[\]]{1,10})=\s?"
                                  r"(?P<name>[가-힣]{2,4})\s?(?:기자|특파원)\s*\]")


def _outlet_place_credit(paragraph: str) -> tuple[str, str, str, str]:
    """(outlet, reporter, place, credit) of a Korean tag with the outlet first and the reporter's place before
    `=` (`_KOREAN_OUTLET_PLACE`); ('', '', '', '') otherwise."""
    from gazette.importer.rules.byline import korean_person
    from gazette.importer.rules.source import looks_like_outlet

    placed = _KOREAN_OUTLET_PLACE.match(paragraph)
    if placed and looks_like_outlet(placed["outlet"]) and korean_person(placed["name"]):
        return placed["outlet"], placed["name"], placed["place"], placed[0]
    return "", "", "", ""


def korean_bracket_credit(paragraph: str) -> tuple[str, str, str, str]:
    """(outlet, reporter, place, credit) of a lead opening with a Korean paper's bracketed credit; the
    reporter is the part that is a person's name (two to four syllables, a family name first) and
    does not read as an outlet's, the outlet the other. ('', '', '', '') when neither or both could be
    the name."""
    from gazette.importer.rules.byline import korean_person
    from gazette.importer.rules.source import KOREAN_OUTLET_REPORTER, looks_like_outlet, reporter_outlet

    tagged = KOREAN_OUTLET_REPORTER.match(paragraph) if paragraph.startswith("[") else None
    outlet = reporter_outlet(tagged[0]) if tagged else ""
    if tagged and outlet:  # `[STN스포츠=이상완 기자]`: the outlet before `=`
        return outlet, tagged["name"], "", tagged[0]
    placed = _outlet_place_credit(paragraph)
    if placed[3]:
        return placed
    match = _KOREAN_BRACKET.match(paragraph)
    if not match:
        return "", "", "", ""
    for name, outlet in ((match["a"], match["b"]), (match["b"], match["a"])):
        if korean_person(name) and not looks_like_outlet(name) and not re.search(r"[시도군구]$", outlet) \
                and (looks_like_outlet(outlet) or not korean_person(outlet)):  # (`대구시`: a place, no outlet)
            return outlet, name, (match["place"] or "").strip(), match[0]
    return "", "", "", ""


#: A story's subtitle in brackets after its credit tag: `[건국·서강·숙명 등 경쟁률 상승…동국·성균관·이화 등 하락]`.
_BRACKETED_SUBTITLE = re.compile(r"\[(?P<subtitle>[^\[\]]{6,120})\]")


def credit_line_over_lead(line: str) -> tuple[str, str]:
    """(credit, subtitle) of a line that is a wire's or a Korean paper's credit tag (`wire_credit`) alone, or with
    the story's subtitle in brackets after it (`[머니투데이 세종=문영재 기자] [건국·서강·숙명 등 경쟁률 상승…]`):
    a line over the lead, never a headline; ('', '') otherwise."""
    text = line.strip()
    credit = wire_credit(text)[3]
    rest = text[len(credit):].strip() if credit else ""
    subtitle = _BRACKETED_SUBTITLE.fullmatch(rest) if rest else None
    if not credit or (rest and not subtitle):
        return "", ""
    return credit, subtitle["subtitle"].strip() if subtitle else ""


#: A paper's credit for an agency's copy, alone on a line: `中央社／ 台北22日電`.
_AGENCY_SLASH = re.compile(r"^(?P<agency>[\u4e00-\u9fff]{2,4}社)\s*[／/]\s*(?P<place>[\u4e00-\u9fff]{2,4}?)\s*"
                           r"\d{1,2}日[電电]\s*$")


#: A page's place tag: a place and its country, and nothing else (`Madrid, España`, `Hérault, France`).
_PLACE_TAG = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+){0,3}),\s(?P<country>[^,.!?]{3,40})$")


def place_tag(line: str) -> str:
    """The place of a line that is only a place and its country's name (in any language Babel
    names countries in: `Madrid, España`, `Hérault, France`), as a page tags a story's place over
    or beside the text; '' for any other line. The tag is the page's: a dateline is printed in the text."""
    from gazette.importer.rules.source import is_place_name

    match = _PLACE_TAG.match(" ".join(line.split()))
    return match["place"] if match and is_place_name(match["country"]) else ""


#: A place alone in capitals: `MADRID`, `NEW YORK`.
CAPS_PLACE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,20}(?: [A-ZÀ-Ý][A-ZÀ-Ý'’-]{1,20})?")
