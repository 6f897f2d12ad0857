"""Bylines: who wrote the article."""

from __future__ import annotations

import re

from gazette.importer.rules.caption import PHOTO_WORDS
from gazette.importer.rules.interface import interface_label
from gazette.importer.rules.outlet_names import known_outlet
from gazette.importer.rules.text import KOREAN_END, columns

_PARTICLES = {"de", "da", "das", "del", "della", "der", "den", "di", "do", "dos", "du", "la", "le", "van", "von",
              "ter", "ten", "bin", "binti", "al", "el", "y", "zu", "af"}


def is_name(text: str) -> bool:
    """Whether `text` has a person's name's shape in Latin letters: one to five capitalised words (particles
    such as `de`, `van` between them)."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 5:
        return False
    for i, token in enumerate(tokens):
        if not re.fullmatch(r"[^\W\d_][\w.'’-]*", token):
            return False
        if not token[0].isupper() and not (0 < i < len(tokens) - 1 and token.lower() in _PARTICLES):
            return False
    return True


#: Reporters' names in brackets closing a Japanese paragraph after its last sentence, as Mainichi signs
#: (`…隠せなかった。【金子淳、円谷美晶】`): each name of three to five kanji. A rubric in such brackets is shorter
#: (`【動画】`, `【詳報】`, `【独自】`) or one of the interface's labels (`【写真特集】`, `【関連記事】`).
_CLOSING_NAMES = re.compile(r"(?<=[。」])\s*【(?P<names>[\u4e00-\u9fff]{3,5}(?:、[\u4e00-\u9fff]{3,5}){0,4})】$")


#: How a rubric, a place or a desk ends, where a person's name does not: `速報版`, `更新中`, `編集部`, `札幌市`,
#: `北海道`, `最新情報`, `随時更新`, `全文掲載`, `一問一答`, `時系列`.
_NO_NAME_END = re.compile(r"(?:[版中部報市町村県道府都区局社所会党]|通信|情報|更新|掲載|一答|系列|入手|投稿)$")


def closing_names(paragraph: str) -> tuple[str, ...]:
    """The reporters a Japanese paragraph's closing brackets name (see _CLOSING_NAMES), else ()."""
    match = _CLOSING_NAMES.search(paragraph.strip())
    names = tuple(match["names"].split("、")) if match else ()
    return () if any(interface_label(name) or _NO_NAME_END.search(name) or known_outlet(name) for name in names) \
        else names


def parse_byline(line: str) -> tuple[str, ...] | None:
    """Authors from `By A`, `By A and B`, `By A, B and C` (Oxford comma or `&` too), else None."""
    match = re.match(r"^(?:by|BY|By)\s+(.+)$", line)
    if not match:
        return None
    rest = match.group(1).strip().rstrip(".")
    head, sep, last = rest, "", ""
    found = re.match(r"^(.*?),?\s+(?:and|&)\s+(.+)$", rest) or _joined_abroad(rest)
    if found:
        head, last = found.group(1), found.group(2)
        sep = "and"
    names = [n.strip() for n in head.split(",")] + ([last.strip()] if sep else [])
    if len(names) > 1 and not sep:
        return None  # "By Jane Doe, Staff Reporter" is not two authors
    if not all(is_name(n) for n in names):
        return None
    return tuple(names)



#: `and` in the other languages of bylines: `Ana Ruiz y Luis Gil`, `Erika Muster und Max Muster`.
_AND_ABROAD = re.compile(r"^(.*?),?\s+(?:y|e|et|und|i|og|och|en)\s+(.+)$")


def _joined_abroad(rest: str) -> re.Match[str] | None:
    """Two or more names joined by another language's `and`, when the names on both sides are whole
    (two words or more: `José Ortega y Gasset` is one name with its particle)."""
    found = _AND_ABROAD.match(rest)
    if not found or any(len(n.split()) < 2 for n in [*found.group(1).split(","), found.group(2)]):
        return None
    return found


# --- bylines in real copy ----------------------------------------------------------

#: Words of a collective credit: "Reuters Staff", "Newser Editors and Wire Services" name no person.
COLLECTIVE = frozenset([
    "staff", "editors", "editor", "wire", "services", "service", "desk", "team", "reporters", "reporter", "agencies",
    "agency", "agencias", "agences", "agenturen", "newsroom", "redaktion", "rédaction", "redacción", "news",
    "archive", "writers", "writer",
    "correspondent",
])
_KOREAN_REPORTER = re.compile(r"(?P<name>[가-힣]{2,4})\s?(?:기자|특파원|전문기자|선임기자|논설위원|객원기자)")
_CHINESE_REPORTER = re.compile(r"(?:记者|記者)(?![会會站证證节節团團证])\s*[:：]?\s*(?P<names>[\u4e00-\u9fff]{2,4}"
                               r"(?:[、,，\s]+[\u4e00-\u9fff]{2,4})*)(?=$|[\s)）、,，。]|报道|報道|摄|攝)")
#: A Chinese paper's intern, credited right after its reporters as a writer of the story: `实习生 唐迎家`.
_INTERN = re.compile(r"\s*(?:实习生|實習生)\s*[:：]?\s*")
_INTERN_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4}){0,2}(?=$|[\s)）。])")
#: A Chinese paper's correspondent (a local stringer), credited after its reporters: `通讯员 田志波`.
_CORRESPONDENT = re.compile(r"\s*(?:通讯员|通訊員)")
_AFTER_WIRE = re.compile(r"日[电電]\s*[(（](?!记者|記者)"
                         r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,3})[)）]")
_REPORTING_BY = re.compile(r"(?:^|\s*\()(?:Reporting|Reported|Writing) by (?P<names>[^;)]+)(?:;[^)]*)?\)?\s*$",
                           re.IGNORECASE)


def title_case_caps(name: str) -> str:
    """`Jane Doe` from `JANE DOE` (names printed in capitals); other names as they are."""
    def word(w: str) -> str:
        if len(w) < 2 or any(c.islower() for c in w) or not any(c.isalpha() for c in w):
            return w
        return "-".join(p[:1] + p[1:].lower() for p in w.split("-"))

    return " ".join(word(w) for w in name.split())


def is_collective(name: str) -> bool:
    """A name holding a collective credit's word (`Reuters Staff`), alone or closing a compound of three letters
    more (`K8 Newsdesk`, `Sportredaktion`; a surname such as `Dwire` is a person's)."""
    words = [w.casefold().strip(".,") for w in name.split()]
    return any(w == c or w.endswith(c) and len(w) >= len(c) + 3 for w in words for c in COLLECTIVE)


def _outlet(credit: str) -> str:
    """`Associated Press` from `Associated Press Writers`, `AP` from `AP Golf Writer`."""
    from gazette.importer.rules.source import known_agency

    words = credit.split()
    for cut in range(len(words), 0, -1):
        if known_agency(" ".join(words[:cut])):
            return " ".join(words[:cut])
    return credit


#: A byline run on after a date line's clock time, as a site's own article header prints its time and
#: writer: `14 juin 2022 à 11h39 par Camille Delia`, `March 3, 2021 10:00 AM by Jane Doe`. (A day without
#: its time before `par` is how an aggregator credits the outlet it copies: `mercredi 30 janvier 2019 par
#: Jeune Afrique`, which a person's name cannot be told from.)
_AFTER_TIME = re.compile(r"\d{1,2}\s?[:hH]\s?\d{2}(?:\s?[ap]\.?m\.?|\s?Uhr)?\s*[,|·-]?\s+"
                         r"(?P<credit>(?:by|von|par|por|di)\s+[^\W\d_].*)$", re.IGNORECASE)


def dated_byline(line: str) -> tuple[tuple[str, ...], str] | None:
    """(authors, outlet) of a byline run on after a date line's clock time; None when there is none,
    or when it names a person by one word only (`par TD`: a writer's initials, which name nobody)."""
    match = _AFTER_TIME.search(line.strip())
    credit = read_byline(match["credit"]) if match else None
    if credit and any(len(name.split()) < 2 for name in credit[0]):
        return None
    return credit


#: The verb a byline's label may put before its `by`: `Posted By: X`, `Written by X`, `Escrito por X`; or the
#: piece's kind.
_BY_VERB = r"(?:posted|written|reported|geschrieben|écrit|rédigé|escrito|redactado|publicado|scritto" \
           r"|(?:an?|ein|eine)\s+(?:interview|analysis|commentary|column|essay|kommentar|analyse|gastbeitrag" \
           r"|reportage|kolumne))"  # (or the piece's kind: `Ein Interview von A und B`, `An analysis by X`)


#: A byline's label that names the authors outright: `Autor: X`, `Authors: A, B and C`, `Auteur : X`.
_AUTHORS_WORD = r"(?:authors?|autor(?:a|es|as)?|auteure?s?|autore|autori|autrice)"


def read_byline(line: str) -> tuple[tuple[str, ...], str] | None:
    """(authors, outlet) from a byline in any of the forms copy prints them: `By A`, `BY A AND B`,
    `By By A`, `By A, Associated Press Writer`, `By A / Outlet`, `Von dpa`, `Autor: A`; None when it is none."""
    from gazette.importer.rules.source import known_agency

    match = re.match(rf"^(?:(?:{_BY_VERB}\s+)?(?:by|von|par|por|a cura di|di)(?:\s*:\s*|\s+)|{_AUTHORS_WORD}\s*:\s*)+"
                     r"(?P<rest>.+)$", line.strip(), re.IGNORECASE)
    if not match:
        return None
    rest = _DATE_LABEL_TAIL.sub("", match["rest"]).strip().rstrip(".")
    staff = _STAFF.match(rest)
    if staff and not known_agency(staff["outlet"]) and _outlet_name(staff["outlet"]):
        return (), staff["outlet"]  # `By News-Argus Staff`: the paper's staff, no person
    newsroom = _newsroom_outlet(rest)
    if newsroom:
        return (), newsroom  # `Por Redacción Tiempo de San Juan`: the paper's newsroom
    rest, outlet = _split_outlet(rest)
    if _credited_outlet(rest):
        return (), _credited_outlet(rest)
    parts = [p.strip() for p in rest.split(",")]
    if len(parts) == 2 and parts[0].casefold() == parts[1].casefold():
        rest = parts[0]  # a name printed twice
    names = parse_byline("By " + title_case_caps(rest))
    if names is None or any(is_collective(n) for n in names):
        return ((), outlet) if outlet else None  # `Autor: Redacción / Noventa Grados`: the newsroom, no person
    return tuple(dict.fromkeys(names)), outlet


def _split_outlet(rest: str) -> tuple[str, str]:
    """(the names, the outlet) of a byline's words after its By-word: the outlet after a comma
    (`Jane Doe, Associated Press Writer`, `Jane Doe, AP`), a slash or a bar (`Jane Doe / CNN`), or a
    spaced dash (`Jordi Fàbrega – Cadena SER`); '' when there is none."""
    tail = re.search(r",\s*(?P<credit>[^,]+?)\s+(?:Writers?|Correspondents?|Reporters?)$", rest) \
        or _comma_agency(rest)
    slash = re.match(r"^(?P<names>.+?)\s+[/|]\s+(?P<outlet>[^/|]+)$", rest) or _dashed_outlet(rest)
    if tail:  # (`Jane Doe, Staff Writer`: a staff title names no outlet)
        return rest[: tail.start()], ("" if is_collective(tail["credit"]) else _outlet(tail["credit"]))
    if slash:
        return slash["names"], slash["outlet"].strip()
    return rest, ""


def _comma_agency(rest: str) -> re.Match[str] | None:
    """`Jane Doe, Associated Press`: a name, a comma and an agency's name."""
    from gazette.importer.rules.source import known_agency

    match = re.search(r",\s*(?P<credit>[^,]+)$", rest)
    return match if match and known_agency(match["credit"].strip()) == match["credit"].strip() else None


def _dashed_outlet(rest: str) -> re.Match[str] | None:
    """`Jordi Fàbrega – Cadena SER`: a name, a spaced dash, an outlet's name (a staff title such as
    `Staff Writer` is none)."""
    match = re.match(r"^(?P<names>.+?)\s+[-–—]\s+(?P<outlet>[^-–—]+)$", rest)
    if not match or _DAY_AFTER.match(match["outlet"].strip()):
        return None  # `By Jane Doe - Nov 3`: a day, no outlet
    return match if _outlet_name(match["outlet"].strip()) else None


#: A day after a byline's dash: a number within its first three words (`Nov. 3`, `Monday, Nov. 3`, `3 de
#: junio`); an outlet whose name has a number that early (`France 24`) is given up with it.
_DAY_AFTER = re.compile(r"^(?:[^\W\d_]{3,10}\.?,?\s+)?(?:[^\W\d_]{3,10}\.?\s+)?\d|^\d")


def _credited_outlet(rest: str) -> str:
    """The outlet a byline names instead of a person (an agency, `par Le Monde`, `By The Associated
    Press`, `par Ouest France`), or ''."""
    from gazette.importer.rules.source import OUTLET_WORDS, known_agency

    if known_agency(rest):
        return known_agency(rest)
    if re.match(r"^(?:The|Le|La|Les|L['’]|El|Los|Die|Der|Das)\s?[A-Z]\S*(?:\s[A-Z]\S*){0,3}$", rest) \
            or (len(rest.split()) <= 4 and any({w, w.capitalize()} & OUTLET_WORDS for w in re.split(r"[\s-]+", rest))):
        return rest
    return ""


#: A date's label run on after a byline, with the date: `por Adriana Fradique publicado 16/02/2022 14h45, ...`.
_DATE_LABEL_TAIL = re.compile(r"\s+(?:\|\s*)?(?:publicado|published|posted|pubblicato|publié|veröffentlicht|updated"
                              r"|atualizado|actualizado|aggiornato|fecha|datum)\b.*$"  # (after a bar: `… | Fecha: …`)
                              # or a numeric date alone: `Von Franziska Ellrich 19.12.2017, 21:00`, `…, 09.02.2022`
                              r"|,?\s+\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?$",
                              re.IGNORECASE)
#: A staff credit: the outlet's name before `Staff`, `Staff Reports`, `Staff Writer`, `Newsroom`.
_STAFF = re.compile(r"^(?P<outlet>.{2,40}?)\s+(?:Staff(?:\s+(?:Reports?|Writers?))?|Newsroom|News Desk|Desk)$")
#: A newsroom's credit before its paper's name, as Spanish, French, German, Italian and Portuguese papers sign
#: (`Por Redacción Tiempo de San Juan`, `Par la rédaction de Ouest-France`, `Por Redacción de La Nación`, `Par la
#: rédaction du Monde`): the paper, when it is a known outlet's name (a desk's, `Redacción Policiales`, is none).
_NEWSROOM = re.compile(r"^(?:la\s+)?(?:Redacci[óo]n|R[ée]daction|Redaktion|Redazione|Reda[çc][ãa]o)\s+"
                       r"(?:(?P<of>de|del|du|des|der|di|da|do)\s+)?(?P<outlet>\S.{1,40})$", re.IGNORECASE)
#: The article a preposition holds, put back before the paper's name: `du Monde` is `Le Monde`, `del País` `El País`.
_HELD_ARTICLE = {"du": "Le ", "des": "Les ", "del": "El ", "do": "O ", "da": "A "}


def _newsroom_outlet(rest: str) -> str:
    """The known paper a newsroom's credit names (_NEWSROOM), its article put back where a preposition held it."""
    match = _NEWSROOM.match(rest)
    if not match:
        return ""
    held = _HELD_ARTICLE.get((match["of"] or "").casefold(), "")
    return _known_name(match["outlet"]) or (_known_name(held + match["outlet"]) if held else "")


def _known_name(name: str) -> str:
    """`name` as a known outlet's or agency's, else ''."""
    from gazette.importer.rules.outlet_names import known_outlet
    from gazette.importer.rules.source import known_agency

    return known_outlet(name) or known_agency(name)


def _outlet_name(name: str) -> bool:
    """A name that reads as an outlet's (capitalised words, no person's name alone)."""
    from gazette.importer.rules.source import is_title_case_name

    return is_title_case_name(name) and not is_collective(name)


#: A name printed twice, then the writer's handle: `Abhay Parashar Abhay Parashar @@abhayparashar`.
_DOUBLED_NAME = re.compile(r"^(?P<name>\S+(?:\s\S+){1,3})\s+(?P=name)(?:\s+@{1,2}\w{2,30})?$")


def doubled_name(line: str) -> str:
    """`Abhay Parashar` from a line that prints a writer's name twice (a picture's alt text and
    the name), with the handle after it; '' otherwise."""
    match = _DOUBLED_NAME.match(" ".join(line.split()))
    if not match or not is_name(match["name"]) or is_collective(match["name"]):
        return ""
    return match["name"]


def korean_reporter(text: str) -> str:
    """`임미나` from `임미나 기자`, `(서울=연합뉴스) 임미나 기자 =`, `[한국방송/박기문기자]`; '' otherwise."""
    match = _KOREAN_REPORTER.search(text)
    return match["name"] if match else ""


def chinese_reporters(text: str) -> tuple[str, ...]:
    """(`崔静`, `韩洁`) from `新华社记者 崔静、韩洁` or `(记者 朱方芳 官逸伦)`; () otherwise. A
    correspondent credited after the reporters (`记者 黄媛媛 通讯员 田志波`, a local stringer) is not read
    as one of them: the names stop at `通讯员`. Nor is the place the reporters filed from, written
    after them and glued to `报道` ("reports"): `记者 林士杰 王子谦 骆云飞 海南琼海报道`. An intern credited right
    after them is (`记者任弯湾 实习生唐迎家`: an intern writes with the reporter)."""
    text = _CORRESPONDENT.split(text, maxsplit=1)[0]
    text, *after = _INTERN.split(text, maxsplit=1)  # `记者任弯湾 实习生唐迎家`: the intern wrote it with them
    reporters = _reporters_named(text)
    interns = _INTERN_NAMES.match(after[0]) if after and reporters else None
    return (*reporters, *(n for n in re.split(r"[、\s]+", interns[0]) if chinese_person(n))) if interns else reporters


def _reporters_named(text: str) -> tuple[str, ...]:
    single = re.search(r"(?:记者|記者)([\u4e00-\u9fff]{2,3})(?:报道|報道)", text)
    if single:
        return (single.group(1),)
    after_wire = _AFTER_WIRE.search(text)  # `中新网漳州7月22日电(郑雅婷)`: the reporters, named in brackets
    if after_wire:
        return tuple(re.split(r"[、\s]+", after_wire["names"]))
    match = _CHINESE_REPORTER.search(text)
    if not match:
        return ()
    names = re.sub(r"(?:报道|報道|摄|攝)$", "", match["names"])
    found = [n for n in re.split(r"[、,，\s]+", names) if 2 <= len(n) <= 4]
    reports = re.search(r"\S(?:报道|報道)$", match["names"]) or re.match(r"(?:报道|報道)", text[match.end():])
    if len(found) > 1 and reports:
        found.pop()  # the place they filed from, glued to `报道`: `记者 张三 北京报道`, `… 海南琼海报道`
    return tuple(found)


def reporting_trailer(paragraph: str) -> tuple[str, tuple[str, ...]]:
    """(paragraph without it, reporters) for a paragraph ending `(Reporting by X; Editing by Y)`;
    X wrote the story, Y edited it. (paragraph, ()) when there is no such trailer."""
    match = _REPORTING_BY.search(paragraph)
    if not match:
        return paragraph, ()
    names = tuple(n.strip() for n in re.split(r",| and |\bwriting by\b", match["names"], flags=re.IGNORECASE)
                  if n.strip())
    return paragraph[: match.start()].rstrip(), names


#: Korean family names (the hundred or so that nearly every Korean bears), as a name's first syllable.
_KOREAN_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽"
                             "성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반"
                             "왕금옥육인맹제모탁국어은편용예경봉사")


def chinese_person(word: str) -> bool:
    """A word in Han characters that can be a Chinese person's name: a family name first (`崔静`; `手记`,
    "notes", is none)."""
    return bool(word) and word[0] in _CHINESE_SURNAMES


def korean_person(word: str) -> bool:
    """A word that can be a Korean person's name: two to four syllables, a family name first, not
    a desk's name (`편집부`, `사회팀`, `보도국`)."""
    return bool(re.fullmatch(r"[가-힣]{2,4}", word)) and word[0] in _KOREAN_SURNAMES and word[-1] not in "부팀국"


#: A Korean reporter's sign-off under the text: the name and the address, without `기자` (`김원상
#: story@example.co.kr`), an icon's one-word label glued before it (`home 김원상 …`).
_KOREAN_SIGN_OFF = re.compile(r"^(?:[A-Za-z]{1,8}\s+)?(?P<name>[가-힣]{2,4})\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def korean_sign_off(line: str) -> str:
    """The reporter of a Korean sign-off line (a name and an e-mail address); '' otherwise."""
    match = _KOREAN_SIGN_OFF.match(line.strip())
    return match["name"] if match and korean_person(match["name"]) else ""


def korean_name(line: str) -> bool:
    """A Korean person's name alone on a line (three syllables, a family name first): `김정우`, not
    a desk's name (`취재부`)."""
    text = line.strip()
    return bool(re.fullmatch(r"[가-힣]{3}", text)) and text[0] in _KOREAN_SURNAMES


#: A column's label before its byline: `L’éditorial du Figaro, par X.`, `A commentary, by X`, `La chronique, de X`.
_RUBRIC_BYLINE = re.compile(r"^(?P<label>[^\W\d_][^,.!?;:]{2,50}),\s(?:par|by|von|por|di|de)\s"
                            r"(?P<name>[^,.!?;:]{4,60})\.?$")


def rubric_byline(line: str) -> str:
    """The writer of a line that is a column's label and its byline (`L’éditorial du Figaro, par
    Vincent Trémolet de Villers.`): the name after `par`/`by`/`von`… must read as a person's
    (two to five capitalised words); '' for any other line."""
    match = _RUBRIC_BYLINE.match(" ".join(line.split()))
    if not match or len(match["label"].split()) > 6 or len(match["name"].split()) < 2 \
            or not is_name(match["name"]) or is_collective(match["name"]):
        return ""
    return match["name"]


#: A byline with no name in it, as a page prints an empty credit: `By  |`.
EMPTY_BYLINE = re.compile(r"^(?:By|BY|Por|Par|Von|Di)\s*[|,]?\s*$")


def name_and_outlet(line: str) -> tuple[str, str] | None:
    """(`Vincent Trémolet de Villers`, `Le Figaro`) from a signature line `Name. Outlet`."""
    from gazette.importer.rules.source import is_title_case_name

    match = re.match(r"^(?P<name>[^.]{4,50})\.\s(?P<outlet>[^.]{2,40})$", line.strip())
    if not match or not is_name(match["name"]) or len(match["name"].split()) < 2:
        return None
    return (match["name"], match["outlet"]) if is_title_case_name(match["outlet"]) else None


#: Chinese family names (the commonest, in simplified and traditional forms), as a name's first character.
_CHINESE_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
                              "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史"
                              "陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤洪翁卓柯施詹游涂甘温欧黎庄童康连"
                              "張劉陳楊黃趙吳鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閆龔萬錢嚴湯顧賀龍羅溫歐莊連")
#: A reporter's line under a Chinese headline: the name (or names) and `报道`, "reports": `刘安远 报道`.
_NAME_REPORTS = re.compile(r"^(?P<names>[\u4e00-\u9fff]{2,3}(?:[、\s][\u4e00-\u9fff]{2,3}){0,3})\s*(?:报道|報道)$")


def reported_by(line: str) -> tuple[str, ...]:
    """(`刘安远`,) from a line `刘安远 报道`: every name must open with a family name (`综合报道`,
    "combined reports", and `本报报道` name no one); () otherwise."""
    match = _NAME_REPORTS.match(line.strip())
    names = tuple(re.split(r"[、\s]+", match["names"])) if match else ()
    return names if names and all(chinese_person(n) for n in names) else ()


def reporter_line(line: str) -> tuple[str, ...]:
    """Authors from a line that is only a reporter's credit: `안주영 전문기자`, `新华社记者 崔静、韩洁`."""
    from gazette.importer.rules.caption import credit_line

    # (the writer's address before or after the name: `fnkhy@fnnews.com 김호연 기자`)
    if re.fullmatch(r"(?:\S+@\S+\s+)?[가-힣]{2,4}\s?(?:기자|특파원|전문기자|선임기자|논설위원)"
                    r"(?:\s*\(?\s*\S+@\S+\)?|\s*\()?", line):
        name = korean_reporter(line)  # (a person's name: `워싱턴 특파원`, `올해의 기자` name a place, a year)
        return (name,) if korean_person(name) else ()
    if re.fullmatch(r"\S{0,6}(?:记者|記者)\s*[:：]?\s*[\u4e00-\u9fff、,，\s]{2,40}", line) \
            and not credit_line(line):
        return chinese_reporters(line)  # (`…记者 X 摄` is a photographer's credit, not the writer's)
    from gazette.importer.rules.source import KOREAN_OUTLET_REPORTER, KOREAN_PAPER_REPORTERS, names_outlet

    tagged = KOREAN_OUTLET_REPORTER.fullmatch(line.strip())  # `(CNB=최원석 기자)`: the outlet and its reporter
    if tagged and korean_person(tagged["name"]):
        return (tagged["name"],)
    paper = KOREAN_PAPER_REPORTERS.match(line.strip())  # `CBS 노컷뉴스 김기현·김세준 기자`: the outlet, its reporters
    names = tuple(re.split(r"\s?[·,]\s?", paper["names"])) if paper and names_outlet(paper["outlet"]) else ()
    if names and all(korean_person(n) for n in names):
        return names
    labelled = _AUTHOR_LABEL.fullmatch(line.strip())  # `作者 冽瑋 程成`: "author", then the names
    if labelled:
        return tuple(re.split(r"[、,，\s]+", labelled["names"]))
    crew = re.fullmatch(r"취재기자\s*[:：]\s*(?P<name>[가-힣]{2,4})", line.strip())  # a broadcast's reporter
    edited = _REPORTED_EDITED.fullmatch(line.strip())  # `(记者李劲风报导/责任编辑:李泉)`: the reporter, then the editor
    if edited and chinese_person(edited["name"]):  # (`记者综合报导`, "combined reports", names no one)
        return (edited["name"],)
    return (crew["name"],) if crew else reported_by(line)


#: A Chinese-language paper's credit in brackets under its text, its reporter and its editor after a slash, as the
#: Epoch Times' and NTD's pages print it: `(记者李劲风报导/责任编辑:李泉)`,
#: `（大紀元記者李平綜合報導／責任編輯：林妍）`.
_REPORTED_EDITED = re.compile(r"[(（]\s*(?:[\u4e00-\u9fff]{2,4}?)?(?:记者|記者)\s*(?P<name>[\u4e00-\u9fff]{2,4}?)\s*"
                              r"(?:综合|綜合)?(?:报导|報導|报道|報道)\s*[/／]\s*(?:责任编辑|責任編輯)\s*[:：]\s*"
                              r"[\u4e00-\u9fff]{2,4}\s*[)）]")


#: A Chinese `作者` ("author") label over its names, two to four characters each (no desk's: `本报评论员`).
_AUTHOR_LABEL = re.compile(r"作者\s*[:：]?\s*(?P<names>[\u4e00-\u9fff]{2,4}(?<![员員部组組社报報网網台者])"
                           r"(?:[、,，\s]+[\u4e00-\u9fff]{2,4}(?<![员員部组組社报報网網台者])){0,3})")


#: `聯合報／ 記者李人岳／台北報導`: the paper, its reporters and the place they filed from.
CJK_OUTLET_BYLINE = re.compile(r"^(?P<outlet>[\u4e00-\u9fff]{2,8})\s*[／/]\s*(?:記者|记者)\s*"
                                r"(?P<names>[\u4e00-\u9fff、，,\s]{2,20}?)\s*[／/]\s*(?P<place>[\u4e00-\u9fff]{2,4}?)(?:即時)?(?:報導|报道)$")


#: A reporter's credit inside a line of the page's head, with whatever the page prints beside it (a date, the
#: outlet's name, a bullet, an address, a desk): in Korean `2018-06-14     이순금 기자`, `OSEN 조인식 기자`, `• 오종탁
#: 기자 (amos@…)`, `기사입력  2022/01/18 [09:51]   임창용 기자` (not a broadcast's hand-over, `… 기자입니다`, which the
#: foot reads); in Chinese `記者/陸姿羽`, `(记者 刘忠俊 制作 乐小敏 …)`, `社會中心/張雅筑報導`.
_HAN = r"[\u4e00-\u9fff]"
_CREDITS = {"ko": re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})\s?(?:기자|특파원|아나운서)(?![가-힣])"),
            "zh": re.compile(rf"(?:记者|記者)\s*[/／:：]?\s*(?P<name>{_HAN}{{2,3}})(?!{_HAN})"
                             rf"|(?:中心|组|組|部)\s*[/／]\s*(?P<desk>{_HAN}{{2,3}})\s*(?:报道|報導|報道)")}
#: The longest line a credit among the page's furniture sits on (two columns a wide character); running text's
#: lines are longer.
_CREDIT_COLUMNS = 80


def credited_reporter(lines: list[str], language: str) -> tuple[str, ...]:
    """The one reporter that short lines of Korean or Chinese copy credit (`_CREDITS`), outside sentences (a line
    ending as a Korean sentence does) and photographs' credits (`[사진] 창원=이대선 기자`, `…記者X翻攝`); () when none
    or more than one is, or for another language."""
    credit = _CREDITS.get(language)
    if credit is None:
        return ()
    names = {m["name"] or m["desk"] for line in lines if columns(line) <= _CREDIT_COLUMNS
             and not KOREAN_END.search(line.rstrip(".。")) and "摄" not in line and "攝" not in line
             and not PHOTO_WORDS.search(line)
             for m in credit.finditer(line)}
    names = {n for n in names if korean_person(n) or chinese_person(n)}
    return tuple(names) if len(names) == 1 else ()
