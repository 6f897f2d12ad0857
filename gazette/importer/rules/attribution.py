"""Attribution notices: the words with which a page says where its story came from, in the languages read.

Written from what sites print when they carry another outlet's story or an agency's copy, not from the corpus:
a syndication trailer (`This story was originally published by ProPublica`, `Article original publié sur
BFMTV.com`, `Dieser Artikel erschien zuerst bei Zeit Online`, `Publicado originalmente en El País`,
`本文转载自澎湃新闻`, `この記事は東洋経済オンラインから転載`), a credit for the information (`Con información de
El Financiero`, `Mit Material von dpa`), or an outlet that wrote it with an agency (`Orange avec AFP`). Each names
the outlet the story is credited to, which is the source when no surer evidence names one.
"""

from __future__ import annotations

import re

#: The name after a notice's words: a few words of a name or a site's address (no sentence), then an optional
#: day (`… on May 3, 2021`, `… le 12 mars 2024`) and a full stop.
_NAME = r"[«“\"„'‘]?(?P<name>[^\s«“\"„'‘][^.!?。,;:]{0,44}?(?:\.[a-z]{2,6})?)[»”\"“'’]?"
_DAY = (r"(?:,?\s(?:on|am|le|el|the)?\s?(?P<day>[^\W\d_]{3,}\.? \d{1,2}, \d{4}|\d{1,2}\.? (?:de )?[^\W\d_]{3,}\.?"
        r"(?: de)? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}))?")
_END = r"\s*[)\]]?\s*[.。]?\s*$"

#: What a notice may say after the name: its licence, its permission, a link's label (The Conversation's `This article
#: is republished from The Conversation under a Creative Commons license. Read the original article.`).
_TAIL = (r"(?:\s(?:under a creative commons licen[cs]e|and (?:is )?republished (?:here )?with (?:its )?permission"
         r"|with (?:its )?permission)\.?(?:\s+read the original article\.?)?)?")

#: Notices whose name comes after their words, in English, French, German and Spanish.
_AFTER = re.compile(
    r"^[(\[]?\s*(?:[-–—*]\s*)?(?:"
    # English
    r"(?:this |the )?(?:article|story|report|piece|post|column|item)\s(?:was\s|has been\s|is\s)?"
    r"(?:first|originally)\s(?:published|appeared|posted|ran)\s(?:in|on|at|by)"
    r"|(?:originally|first)\s(?:published|appeared|posted|ran)\s(?:in|on|at|by)"
    r"|(?:republished|reprinted|reproduced)\s(?:with\s(?:kind\s)?permission\s)?(?:from|of|by)"
    r"|(?:this (?:article|story) is\s)?(?:syndicated|republished)\sfrom"
    r"|read (?:the|this) (?:original|full) (?:article|story) (?:on|at|in)"
    r"|with (?:information|files|material) from"
    # French
    r"|article original (?:publié|paru) (?:sur|dans|par)"
    r"|(?:cet |l['’])?article (?:a été |est )?(?:initialement |originellement |d['’]abord |originalement )?"
    r"(?:publié|paru) (?:initialement |originellement |d['’]abord )?(?:sur|dans|par)"
    r"|(?:publié|paru) (?:initialement|originellement|d['’]abord) (?:sur|dans|par)"
    r"|lire l['’]article original (?:sur|dans)"
    # German
    r"|(?:dieser |der )?(?:artikel|beitrag|text) (?:ist |erschien |wurde )?(?:zuerst|ursprünglich|erstmals)"
    r" (?:erschienen |veröffentlicht )?(?:auf|bei|in|im)"
    r"|(?:zuerst|ursprünglich|erstmals) (?:erschienen|veröffentlicht) (?:auf|bei|in|im)"
    r"|mit (?:material|informationen|agenturmaterial) (?:von|der|des)"
    # Spanish
    r"|con (?:información|informaci[oó]n|datos) (?:de|del)"
    r"|con información\s?[:：]"
    r"|(?:(?:este|el) )?(?:artículo|texto|reportaje|nota) (?:fue )?(?:publicad[oa] )?originalmente (?:publicad[oa] )?en"
    r"|publicad[oa] originalmente (?:en|por)"
    r")\s+(?:el sitio |la web |the website )?" + _NAME + _DAY + _TAIL + _END,
    re.IGNORECASE)

#: An outlet that wrote the story with an agency's copy: `Orange avec AFP`, `La rédaction avec AFP`, `jop avec
#: ats`, `Redaktion mit dpa`: the agency is named.
_WITH_AGENCY = re.compile(r"^[(\[]?(?:(?P<who>\S.{0,30}?)\s)?(?:avec|mit)\s(?:l['’]agence\s)?"
                          r"(?P<name>[A-Za-z][\w-]{1,15})"
                          r"\b(?:[)\],\s].{0,60})?$", re.IGNORECASE)
#: Who writes with the agency: the outlet's name (capitalised words), its newsroom, or a writer's initials (`jop`).
_WHO = re.compile(r"^(?:(?:[Ll]a |[Ll]e |[Ll]['’]|[Dd]ie |[Dd]er )?(?:[Rr]édaction|[Rr]edaktion|[Rr]edacción)"
                  r"|[a-z]{2,3}|(?:[A-ZÀ-Ý0-9][\w'’.-]*)(?:\s[A-ZÀ-Ý0-9][\w'’.-]*){0,3})$")

#: Notices in Korean, Japanese and Chinese, the name before or after their words.
_CJK = re.compile(
    r"^[(（\[【※*]?\s*(?:"
    r"(?:덧붙이는\s?글\s*)?(?:본문|본\s?기사|이\s?기사)(?:는|은)\s?(?P<ko>[^\s,.]{2,20}?)(?:에도|에)\s?(?:실렸|게재|보도|동시\s?게재)[가-힣]{0,6}"
    r"|(?:기사\s?제공|기사\s?출처)\s*[:：=]?\s*(?P<ko2>[^\s,.)\]]{2,20})"
    r"|(?:この記事は|本記事は)\s*(?P<ja>[^\s、。]{2,20}?)(?:から|より|に掲載された記事を)?(?:の)?(?:転載|提供)"
    r"(?:しています|です|でお送りします)?"
    r"|(?P<ja2>[^\s、。()（）]{2,20}?)\s?より転載"
    r"|(?:転載元|記事提供|配信元|引用元)\s*[:：]\s*(?P<ja3>[^\s、。)）]{2,20})"
    r"|(?:本文(?:来自|來自)|(?:本文)?(?:转载自|轉載自|转自|轉自|原载于|原載於|原文刊于|原文刊於))\s*[:：]?\s*"
    r"(?:(?:微信)?(?:公众号|公眾號)\s*[:：「“]?\s*)?(?P<zh>[^\s,，。()（）「」“”:：]{2,20}?)[」”]?"
    r"(?:的?(?:微信)?公众号|的?(?:微信)?公眾號)?"
    r"|(?:稿源|文章来源|文章來源|信息来源|資料來源|消息来源|消息來源)\s*[:：]\s*(?P<zh2>[^\s,，。()（）]{2,20})"
    r")\s*[)）\]】]?\s*[.。]?\s*$")


def attribution(line: str) -> tuple[str, str]:
    """(outlet, the day as printed) that an attribution notice on `line` credits the story to: `This report by The
    Canadian Press was first published June 8, 2023.`, `Article original publié sur BFMTV.com`, `Con información de
    El Financiero`, `Orange avec AFP`, `本文转载自澎湃新闻`; ('', '') otherwise."""
    text = line.strip()
    if len(text) > 160 or "\n" in text:
        return "", ""
    first = _first_published(text)
    if first[0]:
        return first
    match = _AFTER.match(text)
    if match and _outlet_of(match["name"]):
        return _outlet_of(match["name"]), match["day"] or ""
    cjk = _CJK.match(text)
    if cjk:
        name = next(v for k, v in cjk.groupdict().items() if v)
        return name.strip(), ""
    return "", ""


def agency_with(line: str) -> str:
    """The agency an outlet wrote the story with, as its byline says: `AFP` from `Orange avec AFP, publié le …`
    or `jop avec ats`; '' otherwise (a known agency only)."""
    from gazette.importer.rules.source import known_agency

    if len(line) > 120:
        return ""
    match = _WITH_AGENCY.match(line.strip())
    if not match or match["who"] and not _who(match["who"]):
        return ""
    return known_agency(match["name"])


def _who(words: str) -> bool:
    """Whether the words before `avec`/`mit` are an outlet's name, its newsroom or a writer's initials."""
    words = words.strip(" ,-–|")
    return bool(_WHO.match(words))


#: The Canadian Press's `This report by The Canadian Press was first published June 8, 2023.`: the name before the
#: verb (the partners' `This story was originally published by ProPublica on May 3, 2021.` is one of _AFTER's).
_FIRST_PUBLISHED = re.compile(r"^This (?:report|story|article|piece) by (?P<by>[^\W\d_].{1,40}?) "
                              r"was (?:first|originally) published"
                              r"(?:\s(?:on\s)?(?P<day>[^\W\d_]{3,}\.? \d{1,2}, \d{4}|\d{1,2} [^\W\d_]{3,} \d{4}))?\.?$")


def _first_published(line: str) -> tuple[str, str]:
    match = _FIRST_PUBLISHED.match(line)
    return (match["by"].strip(), match["day"] or "") if match else ("", "")


#: Words that follow a notice's words but name no outlet: `with information from police`, `con información de la
#: policía`.
_NO_NAME = re.compile(r"^(?:the |la |le |les |el |los |las |der |die |das |un |une |a |an )?"
                      r"(?:police|polic[ií]a|authorities|autorit[eé]s|autoridades|behörden|agencies|agences|agencias"
                      r"|agenturen|wires?|staff|reporters?|r[eé]daction|redacci[oó]n|redaktion|sources?|fuentes?"
                      r"|quellen|permission|the author|l['’]auteur|el autor|dem autor|his|her|their|our|notre|nuestra"
                      r"|unserer?|files?)\b", re.IGNORECASE)


#: Two outlets credited together (`Reuters y AFP`, `dpa und AFP`): no one source. An outlet and the agencies it used
#: (`El Universal y agencias`) is the outlet.
_TWO = re.compile(r",\s|\s(?:and|y|e|et|und|&)\s", re.IGNORECASE)
_AND_AGENCIES = re.compile(r"\s(?:and|y|et|und|con|avec|mit)\s(?:the\s|les\s|las\s|den\s)?"
                           r"(?:agencies|agencias|agences|agenturen|wires|wire services)$", re.IGNORECASE)
#: What a notice's words may be followed by that is a day, not a name: a weekday, a decade, a date in figures.
_NO_DAY = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi"
                     r"|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles"
                     r"|jueves|viernes|sábado|domingo|today|yesterday|heute|gestern|hoy|ayer|aujourd['’]hui|hier"
                     r"|\d{4}s?$|\d{1,2}(?:er|e|º|ª)?\.?\s(?:de\s)?[^\W\d_]{3,}\.?\s\d{4}|\d{1,4}(?:[./-]\d{1,4}){1,2}$)",
                     re.IGNORECASE)


def _outlet_of(name: str) -> str:
    """The outlet a notice's name is: its article and a bracketed tail (a licence's, `(CC BY-ND)`) aside; none when
    it names two outlets, people or a day."""
    name = re.sub(r"\s*\([^()]*\)?$", "", name.strip())
    name = re.sub(r"^(?:the|der|die|das)\s(?=[A-ZÀ-Ý])", "", name)  # `the Associated Press`, `in der Zeit`
    name = _AND_AGENCIES.sub("", name)
    if _TWO.search(name) and not name.startswith(tuple("&")) and " & " not in name or " by " in name:
        return ""
    return name if _reads_as_name(name) and not _NO_DAY.match(name) else ""


def _reads_as_name(name: str) -> bool:
    """Whether what follows a notice's words reads as an outlet's name: a few words, the first (after an article)
    opening with a capital or a digit, or a site's address; no word that names people or the copy's own staff."""
    words = re.sub(r"^(?:the|la|le|les|el|los|las|der|die|das)\s", "", name.strip(), flags=re.IGNORECASE).split()
    from gazette.importer.rules.source import known_agency

    return 0 < len(words) <= 6 and not _NO_NAME.match(name) \
        and (words[0][:1].isupper() or words[0][:1].isdigit() or bool(known_agency(name))
             or bool(re.search(r"\.[a-z]{2,6}$", name)))
