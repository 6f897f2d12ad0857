"""Sources: which publication the copy comes from, and the title line's own suffix."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from gazette.importer.rules.interface import without_glued_label
from gazette.importer.rules.outlet_names import known_outlet
from gazette.importer.rules.text import REDISTRIBUTION, SITE_ADDRESS, _fold, is_prose, no_space_share, size

#: Words of outlets' names that no person's name has: `Ouest France`, `Radio Bremen`, `Diario Sur` (not
#: `France`, which `Marie-France` has). A byline's words after its By-word that have one name an outlet
#: (`rules.byline`), and so does a headline's tail after a dash (`dashed_tail`).
OUTLET_WORDS = frozenset({"Ouest", "Presse", "Zeitung", "Diario", "Noticias", "Radio", "Info", "Actu",
                          "Nouvelles", "Journal", "Tribune", "News", "TV", "Nachrichten", "Rundschau", "Kurier",
                          "Periódico", "Agence", "Agencia", "Agentur", "Télévision", "Televisión", "Fernsehen"})
#: And the words of mastheads in English, some of which a person's name has too (`Sun`, `Star`, `Post`).
_MASTHEAD_WORDS = OUTLET_WORDS | frozenset(
    [
        "Times", "Herald", "Post", "Gazette", "Guardian", "Telegraph", "Chronicle", "Observer", "Independent",
        "Standard", "Express", "Mail", "Mirror", "Star", "Sun", "Globe", "Review", "Daily", "Weekly", "Press", "Wire",
        "Record", "Examiner", "Inquirer", "Courier", "Bulletin", "Register", "Dispatch", "Monitor", "Economist",
        "Insider", "Reporter", "Magazine", "Today", "Agency", "Online", "Media", "Television", "Broadcasting",
        "Reuters", "Bloomberg", "AFP", "AP", "Yonhap", "Xinhua", "Kyodo", "BBC", "CNN", "NPR", "PBS", "Politico",
        "Axios", "Nikkei", "Spiegel", "Zeit", "Shimbun", "Ilbo", "Sinmun", "Hankyoreh", "JoongAng", "Chosun", "Asahi",
        "Mainichi", "Yomiuri",
    ]
)
#: The small words of outlets' names, never capitalised (`The Times of India`, `Journal de Montréal`).
NAME_JOINERS = frozenset({"of", "the", "and", "&", "de", "la", "le", "du", "des", "del", "der", "die", "for", "on",
                          "am"})


def is_title_case_name(text: str) -> bool:
    """A short name such as `The Korea Herald`, `Reuters`, `The Times of India`."""
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 50 or text[-1] in ".?!,;:":
        return False
    for i, word in enumerate(words):
        if i > 0 and word.lower() in NAME_JOINERS:
            continue
        if not re.fullmatch(r"[\w.&'’-]+", word) or not (word[0].isupper() or word[0].isdigit()):
            return False
    return any(w[0].isalpha() for w in words)



@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Countries' and territories' names in the languages the importer reads, from Babel's data."""
    from babel import Locale

    return frozenset(name.casefold() for tag in ("en", "de", "fr", "es", "it", "pt", "nl", "ja", "ko", "zh")
                     for code, name in Locale.parse(tag).territories.items() if not code.isdigit())


def is_place_name(name: str) -> bool:
    """A country's or territory's name (`España`, `Deutschland`, `日本`): a page's section, no outlet."""
    return name.strip().casefold() in _place_names()


#: A browser title's tail after a bar that closes with a name in lenticular brackets, as Japanese and
#: Chinese sites print their name after their motto: `政治・選挙プラットフォーム【政治山】`.
_BRACKETED_NAME = re.compile(r"[^【】|]{0,30}【(?P<name>[^【】\s]{2,12})】")


#: A label in lenticular brackets that names a kind of item, no site: `【速報】`, `【動画】`, `【公式】`, `【PR】`.
_BRACKET_LABEL = re.compile(r"^(?:速報|動画|写真|公式|特集|PR|広告|号外|独自|解説|詳報|更新|追記|中継|LIVE|ライブ)$",
                            re.IGNORECASE)


#: The longest an outlet's name runs to, in characters (the names' lists and the site's publications hold none longer).
_LONGEST_NAME = 100


def split_title(line: str, publications: Iterable[str] = ()) -> tuple[str, str]:
    """(title, source) from a title line; source is '' when the line names none, or a country's
    name (a section's tag after a bar: `… en Málaga | España`)."""
    known = {_fold(p) for p in publications}
    for match in reversed(list(re.finditer(r"(:| \| | - | – | — )", line))):
        title, name = line[: match.start()].strip(), line[match.end():].strip()
        if len(name) > _LONGEST_NAME:
            break  # (no outlet's name runs so long, nor any tail longer than this one: each would be read whole)
        if not title or not name or (_fold(name) not in known and is_place_name(name)):
            continue
        if _fold(name) in known:
            return title, name
        bracketed = _BRACKETED_NAME.fullmatch(name)
        if bracketed and match.group(1) == " | " and not _BRACKET_LABEL.match(bracketed["name"]):
            return title, bracketed["name"]  # `… | 政治・選挙プラットフォーム【政治山】`: the site's motto and name
        if not is_title_case_name(name):
            continue
        if match.group(1) != ":" or any(w.strip(".") in _MASTHEAD_WORDS for w in name.split()):
            return title, name
    return line, ""


def dashed_tail(line: str, title: str, name: str, publications: Iterable[str] = ()) -> bool:
    """Whether `split_title` read `name` from `line`'s tail after a dash, where nothing shows it an
    outlet's: not a listed publication, no agency, no masthead's word (`Herald`), no site's address
    (`Atlantico.fr`). A dash also opens a headline's second part (`Containerschiff kollidiert mit
    Fähre - Totalschaden`), and in German every noun is written as a name is."""
    dashed = line.strip()[len(title):].lstrip()[:1] in ("-", "–", "—")
    confirmed = _fold(name) in {_fold(p) for p in publications} or known_agency(name) \
        or any(w.strip(".") in _MASTHEAD_WORDS for w in name.split()) or re.search(r"\.[a-z]{2,4}$", name)
    return dashed and not confirmed


# --- sources in real copy ------------------------------------------------------------

#: News agencies (and the names they sign with), recognised wherever copy credits them.
AGENCIES = (
    "AP", "AFP", "Reuters", "Yonhap", "dpa", "EFE", "ANSA", "Kyodo", "Xinhua", "Bloomberg", "UPI", "PA", "Jiji", "KNA",
    "epd", "APA", "SDA", "Belga", "ANP", "TASS", "Interfax", "Bernama", "Antara", "PTI", "IANS", "ANI", "CNA", "AAP",
    "Newsis", "News1", "Europa Press", "Agencia EFE", "Associated Press", "Agence France-Presse",
    "Deutsche Presse-Agentur", "Yonhap News Agency", "Kyodo News", "Brand Republic", "연합뉴스", "뉴시스", "뉴스1",
    "共同通信", "共同", "時事通信", "時事", "ロイター", "新华社", "新華社", "中新社", "中新网", "中新網",
    "中评社", "中評社", "中央社", "路透社", "美联社", "法新社",
    # the wires that carry press releases, as releases credit them
    "PR Newswire", "PRNewswire", "Business Wire", "GlobeNewswire", "Globe Newswire", "ACCESSWIRE", "Newswire",
    "Agência Brasil", "Agência Lusa", "Lusa", "Adnkronos", "askanews", "AGI", "LaPresse",
    "The Canadian Press", "Canadian Press",
    "awp",  # AWP Finanznachrichten, the Swiss financial news agency (`(awp/mc/ab)` closing its copy)
    # national agencies of other countries, as their clients credit them (Prensa Latina signs its copy `PL`)
    "Télam", "Notimex", "Prensa Latina", "PL", "Andina", "Colprensa", "Agência Estado", "Servimedia", "ATS",
    "Keystone-ATS",
    "Keystone-SDA", "AZERTAC", "Anadolu", "Anadolu Agency", "Sputnik", "RIA Novosti", "Ukrinform", "Agerpres",
    "Ritzau", "KCNA", "KUNA", "MENA", "VNA", "Vietnam News Agency", "Jiji Press", "Xinhua News Agency", "PA Media",
    "Press Association", "dpa-AFX", "共同通信社", "時事通信社", "中央通訊社", "中央通讯社", "韩联社", "韓聯社",
)


#: An agency's credit alone on its line after a dash, under the text it supplied: `--Associated Press`,
#: `— AFP`, `– dpa`.
_DASHED_AGENCY = re.compile(r"^\s*(?:--|[-–—])\s*(?P<name>\S.{1,40}?)\s*$")
#: An agency's tag closing the text, the agency first and the desk's and editor's initials after
#: slashes, as German-language services sign their copy: `… verloren. (awp/mc/ab)`, `(dpa/lno)`, `(sda/awp)`.
CLOSING_TAG = re.compile(r"(?<=[.!?”\"])\s*\((?P<name>[A-Za-z][\w-]{1,10})(?:/[A-Za-z][\w-]{0,9}){1,3}\)$")


#: An agency's name alone in brackets closing the text, as papers credit the wire copy they print:
#: `… ante el Real Madrid. (Télam)`, `… de l'accident. (ats)` (read when the name is a known agency's).
CLOSING_AGENCY = re.compile(r"(?<=[.!?。”\"»])\s*[(（]\s*(?P<name>[^()（）/]{2,25}?)\s*[)）]$")


def dashed_agency(line: str) -> str:
    """`Associated Press` from a line `--Associated Press` that is only a dash and a known agency; else ''."""
    match = _DASHED_AGENCY.match(line)
    return known_agency(match["name"]) if match else ""
_AGENCY_KEYS = {unicodedata.normalize("NFKC", a).casefold(): a for a in AGENCIES}
#: (`来源` may open a bracket, as Chinese papers close a text: `(来源:半岛网-半岛都市报) [编辑: 郭新举]`, the name then
#: ending at the bracket's close; the other labels in brackets credit pictures: `(Source: AP Photo/X)`.)
_LABELLED = re.compile(r"(?:(?:^|\s)(?:来源|來源|출처|Source|SOURCE|Quelle|QUELLE|Fuente|FUENTE|Fonte|FONTE"
                       r"|リリース発行企業|配信元)"
                       r"|(?:(?<=[\d\u4e00-\u9fff])(?<!图像|图片|圖片|圖像|照片|视频|視頻)|(?:^|\s|(?<=[(（]))(?:新闻|新聞|消息)?)"
                       r"(?:来源|來源))\s*[:：]\s*"
                       r"(?P<name>[^\s|,;:]{2,40}(?: (?:(?:de|del|la|of|für|des|du) )?[A-Z][^\s|,;:]{1,20}){0,4})")


def _names_none(name: str) -> bool:
    """A copying site's word for no source (`原创`, `本站原创`: its own), this paper's own, or a person's: a forum
    user's handle or a mail address (`来源:kakacc@kakacc`; an account's `@北京大兴` names its owner)."""
    return name in _NO_SOURCE or name.startswith(("本站", "本网", "本網", "本报", "本報")) \
        or name.endswith(("原创", "原創")) or bool(re.match(r"[^\s@]+@\S", name.strip()))


#: A picture's giver or taker named after `来源` (`受访者供图`, `视觉中国图片`, `记者X摄`): a picture's credit.
_PICTURE_GIVER = re.compile(r"(?:供图|供圖|图片|圖片|照片|摄|攝|视觉中国|視覺中國)$")
#: A Chinese credit's label glued to the labelled source's name (`来源:新华网编辑:王了`): the name ends before it.
_GLUED_LABEL = re.compile(r"(?<=\S)(?:责任编辑|責任編輯|编辑|編輯|作者|记者|記者|撰稿|时间|時間|发布时间|發布時間)$")
#: A mirror's reading aids after Han characters (`來(lái)源`, `中國(guó)`): pinyin in brackets, no part of the text.
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
#: A date glued to a labelled source's name, with no space between them (`人民日报2025-07-14`).
_GLUED_DATE = re.compile(r"(?<=\D)(?:19|20)\d{2}(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?)?$")
#: What a copying site prints as its "source" when it names none ("original", "the web"), and this
#: paper's, station's, agency's or site's own word (`本报讯`, `本台记者`, `本网`): no outlet's name.
_NO_SOURCE = frozenset({"原创", "原創", "本站", "本网", "本網", "网络", "網路", "网友", "網友", "综合", "綜合",
                        "互联网", "互聯網", "未知", "佚名", "本报", "本報", "本台", "本社", "本刊"})
#: An aggregator's credit line: "donga - 25 days ago", "Reuters - 2 hours ago".
_AGED_OUTLET = re.compile(r"^(?P<name>[^\W\d][\w.&' ]{1,30}?)\s[-–·]\s\d+\s(?:seconds?|minutes?|mins?|hours?|hrs?|days?"
                          r"|weeks?|months?)\sago$", re.IGNORECASE)
_BRACKET_PREFIX = re.compile(r"^[\[【]\s*(?P<name>[^\]】]{2,20})\s*[\]】]\s*(?P<rest>.+)$")
_COPYRIGHT = re.compile(r"^[※*]?\s*[(\[]?(?:<\s*)?(?:Copyright\s*(?:\d{4}\s*)?(?:[©ⓒⒸ]|\(c\))?|[©ⓒⒸ]|\(c\)"
                        r"|저작권자\s*[©ⓒⒸ(c)]*)\s*"
                        r"(?:\d{4}\s*)?"
                        r"(?:by\s+)?(?P<name>[^,<>|©ⓒⒸ()/]{2,40}?(?:,\s(?:Inc|Ltd|LLC|Corp|GmbH)\.?)?)"
                        # (the site's address in brackets after the holder: `© 경기일보(www.kyeonggi.com)`)
                        r"(?:\s*[(（](?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?[)）])?"
                        r"(?:\s*[,./]?\s*(?:All rights reserved|무단\s*전재|\d{4}).*)?\s*[>)\]]?$", re.IGNORECASE)
_REDISTRIBUTION = re.compile(REDISTRIBUTION, re.IGNORECASE)


#: An outlet's credit for copy from agencies: `RTVE.es / AGENCIAS`, `Le Parisien avec AFP` is not this.
_WITH_AGENCIES = re.compile(r"^(?P<outlet>[^/|]{2,30}?)\s*/\s*(?:agencias|agences|agencies|agenturen|agenzie)$",
                            re.IGNORECASE)


def outlet_with_agencies(line: str) -> str:
    """`RTVE.es` from a credit line `RTVE.es / AGENCIAS`; '' otherwise."""
    match = _WITH_AGENCIES.match(line.strip())
    return match["outlet"] if match else ""


#: The provider in a syndication credit: `TBS NEWS DIG Powered by JNN`, `企業リリース Powered by PR TIMES`.
_POWERED_BY = re.compile(r"^\S.{1,30}?\s+Powered by\s+(?P<name>\S.{1,30})$", re.IGNORECASE)
#: A Japanese release's issuer alone on its line: `株式会社PR TIMES`, `ソニー株式会社`.
_COMPANY = re.compile(r"^(?:(?:株式会社|有限会社|合同会社)\s?\S.{0,30}|\S.{0,30}?(?:株式会社|有限会社|合同会社))$")


def powered_by(line: str) -> str:
    """`JNN` from `TBS NEWS DIG Powered by JNN`; '' otherwise."""
    match = _POWERED_BY.match(line.strip())
    return match["name"].strip() if match else ""


def company_line(line: str) -> str:
    """`株式会社PR TIMES` from a line that is only a company's name; '' otherwise."""
    text = line.strip()
    return text if _COMPANY.match(text) and not re.search(r"[。、,.:：]", text) else ""


def portal_provider(line: str) -> str:
    """`MBC` from a Korean portal's pointer to the outlet that provided the story, `MBC에서 직접
    확인하세요. 해당 언론사로 이동합니다.`; '' otherwise."""
    match = re.match(r"^(?P<name>\S.{0,19}?)에서 직접 확인하세요\.?(?: 해당 언론사로 이동합니다\.?)?$", line.strip())
    return match["name"] if match else ""


#: A production credit under the text: `新华社音视频部制作` (made by Xinhua's audio-video department).
_PRODUCED_BY = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?(?:社|网|網|台))"
                          r"(?:[\u4e00-\u9fff]{0,8}?(?:部|中心|室|组|組))?\s*(?:制作|製作|出品)$")


def produced_by(line: str) -> str:
    """`新华社` from a production credit `新华社音视频部制作`, when it names an agency; '' otherwise."""
    match = _PRODUCED_BY.match(line.strip())
    return known_agency(match["name"]) if match else ""


#: An agency's name with its edition in brackets: a country's code or a language (`PR Newswire (US)`).
_AGENCY_EDITION = re.compile(r"^(?P<name>[^()]{2,40}?)\s*\((?:[A-Z]{2}|UK|USA|English|Deutsch|Français|Español"
                             r"|Italiano|Português)\)$")


def known_agency(name: str) -> str:
    """`name` when it is a news agency's name (as the copy spells it), else ''."""
    edition = _AGENCY_EDITION.match(name.strip())
    if edition and _fold(edition["name"]) in _AGENCY_KEYS:
        return edition["name"]  # `PR Newswire (US)`: the wire's edition for a country or a language
    name = name.strip(" .,;:()[]")
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:] and _fold(name[:half]) in _AGENCY_KEYS:
        return name[:half]  # the name printed twice, run together: `AAPAAP`
    return name if _fold(name) in _AGENCY_KEYS else ""


def is_rubric(name: str) -> bool:
    """A bracketed word that names a kind of story (`속보`, `Video`, `Exclusive`), not an outlet."""
    return bool(_RUBRICS.match(name.strip()))


#: A label's value that is the story's address: `Source: http://www.dawn.com/news/…` names its site.
_LABELLED_ADDRESS = re.compile(r"(?:^|\s)(?:Source|SOURCE|Quelle|Fuente|Fonte|来源|來源|출처)\s*[:：]\s*"
                               r"(?:https?://)?(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:/\S*)?$")
#: A feed's `Section – Site` after the label: `Source : 社会 – 朝日新聞デジタル` names the site.
_SECTION_THEN_SITE = re.compile(r"^\s[–—-]\s(?P<site>[^\s|,;:–—-][^|,;:–—]{1,40})$")


#: Social networks, video and file hosts: an address there names whoever posted, not an outlet.
PLATFORMS = frozenset({
    "twitter.com", "x.com", "t.co", "facebook.com", "fb.com", "instagram.com", "youtube.com", "youtu.be",
    "tiktok.com", "t.me", "telegram.me", "weibo.com", "weibo.cn", "linkedin.com", "threads.net", "bsky.app",
    "reddit.com", "vk.com", "line.me", "douyin.com", "bilibili.com", "vimeo.com", "flickr.com", "pinterest.com",
    "mastodon.social", "naver.me", "drive.google.com", "dropbox.com", "wa.me", "whatsapp.com",
})


def platform_host(host: str) -> bool:
    """Whether `host` (or a host under it: `m.facebook.com`) is a social network's or a video host's."""
    host = host.lower().removeprefix("www.")
    return any(host == p or host.endswith("." + p) for p in PLATFORMS)


#: A breadcrumb's first item that is the site's own address: `1. come-on.de`, `tagesschau.de › Inland`.
_CRUMB_SITE = re.compile(r"^(?:1\.\s+)?(?P<host>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6})"
                         r"(?:\s*[›>»/|]\s*\S.*)?$")


def crumb_site(line: str) -> str:
    """`come-on.de` from the breadcrumb's first item `1. come-on.de` (a site's address alone on its
    line, or first in a breadcrumb, above the headline names the site); '' otherwise, also for a
    social network's or a video host's address."""
    match = _CRUMB_SITE.match(line.strip())
    if not match or platform_host(match["host"]):
        return ""
    return match["host"].removeprefix("www.")


def labelled_source(line: str) -> str:
    """`新华社` from `... 来源:新华社 ...`, `Reuters` from `Source: Reuters`, `dawn.com` from `Source:
    http://www.dawn.com/news/…`, `Site` from `Source : Section – Site`; '' otherwise, also for an
    address on a social network or a video host (`Source: https://twitter.com/…` names no outlet)."""
    address = _LABELLED_ADDRESS.search(line.strip())
    if address:
        return "" if platform_host(address["host"]) else address["host"]
    line = _PINYIN.sub("", line)
    match = _LABELLED.search(line)
    if not match or _names_none(match["name"]) or not re.search(r"[^\W\d_]", match["name"]):
        return ""  # (an empty label before the day, `来源: 2022-12-22`, names none)
    site = _SECTION_THEN_SITE.match(line[match.end():].rstrip())
    if site and size(match["name"]) <= 2:
        return site["site"].strip()
    name = match["name"]
    if match.start() and line[match.start() - 1] in "(（":  # `(来源:半岛网-半岛都市报) [编辑: X]`, closed by a bracket
        name = re.split(r"[)）]", name)[0]
        if line[:match.start() - 1].strip() or _names_none(name) or _PICTURE_GIVER.search(name):
            return ""  # closing a caption or a chart's title, the picture's or the data's; `(来源:网络)`, none
    name = without_glued_label(_GLUED_LABEL.sub("", name))  # `来源:新华网编辑:王了`, `来源:东南网我来说两句`
    return _GLUED_DATE.sub("", name) or name  # `来源:人民日报2025-07-14 09:36:42`


def credits_either(line: str) -> bool:
    """A source label that pages also put under photos (`Quelle:`, `Fuente:`, `Source:`, `출처`), as
    against `来源:`, which Chinese pages give only for the article (and a release's `リリース発行企業:`)."""
    match = _LABELLED.search(line)
    return match is not None and not re.search(r"(?:来源|來源|リリース発行企業|配信元)\s*[:：]", match[0])


_TRAILING_LABEL = re.compile(r"^(?P<head>.{10,}?)\.?\s+(?:Fuente|Quelle|Source|Fonte)\s*:\s*(?P<name>[^.:]{2,40})$")


def trailing_label(line: str) -> tuple[str, str]:
    """(`Headline`, `La Vanguardia`) from `Headline. Fuente: La Vanguardia`; ('', '') otherwise."""
    match = _TRAILING_LABEL.match(line.strip())
    return (match["head"].strip(), match["name"].strip()) if match else ("", "")


#: Rubrics printed in brackets before a headline: they name the kind of story, not its source.
_RUBRICS = re.compile(r"^(?:속보|단독|종합|\d보|긴급|포토|영상|사진|기획|연재|速報|独自|特集|快讯|快訊|独家|獨家"
                      r"|特辑|特輯|视频|視頻|图|圖"
                      r"|breaking|exclusive|update|updated|live|video|photos?|opinion|analysis|exclusiva|última hora"
                      r"|eilmeldung|exklusiv|exclusif|direct|special|feature)$", re.IGNORECASE)


#: How the name of a paper, agency, broadcaster or site ends, in the languages the importer reads.
_OUTLET_END = re.compile(r"(?:新聞|新闻|日报|日報|晚报|晚報|時報|时报|通信|通訊|通讯|社|报|報|网|網|台|電視|电视"
                         r"|放送|テレビ|ニュース|オンライン|スポーツ|뉴스|일보|매일|신문|방송|통신|통신사|경제|투데이|스포츠|MBC|KBS|SBS|CBS"
                         r"|TV|News|NEWS|Times|Post|Press|Daily|Online"
                         r"|\.com|\.\w{2})$")  # (`투데이`: `머니투데이`, `아시아투데이`, `이투데이`)




def names_outlet(name: str) -> bool:
    """Whether a name in CJK script read off a credit (a bracket, a reporter's line, a `X讯` lead, a
    line of its own) is an outlet's: an agency's, or one that ends as outlets' names end with two
    characters or more before that ending (`충청매일`, `常德日报`, `新华社`); never this paper's own word
    (`本网`, `本台`), a non-source (`原创`), or a bare ending, which is a section's label (`경제`, `뉴스`,
    `新闻`, `ニュース`)."""
    if not name or name in _NO_SOURCE:
        return False
    if known_agency(name):
        return True
    end = _OUTLET_END.search(name)
    return end is not None and end.start() >= 2


#: An outlet's name alone between marks, as reposting blogs head the item they copy: `***NHK***`, `◆共同◆`.
_MARKED_OUTLET = re.compile(r"^(?:[*＊]{2,}|[◆■◇□]{1,3})\s*(?P<name>[^*＊◆■◇□\s][^*＊◆■◇□]{0,20}?)\s*"
                            r"(?:[*＊]{2,}|[◆■◇□]{1,3})$")


def marked_outlet(line: str) -> str:
    """`NHK` from `***NHK***`; '' otherwise (also for a name that does not read as an outlet's)."""
    match = _MARKED_OUTLET.match(line.strip())
    return match["name"] if match and looks_like_outlet(match["name"]) and not is_rubric(match["name"]) else ""


#: A site's name before its skip links, as a page's first line prints it: `연합뉴스 본문 바로가기 메뉴 바로가기`,
#: `The Daily News Skip to main content`.
_SKIP_LINKS_SITE = re.compile(r"^(?P<name>\S.{0,30}?)\s+(?:(?:본문|주\s?메뉴|메뉴|콘텐츠|컨텐츠)\s?"
                              r"(?:바로가기|건너뛰기)|Skip to (?:the )?(?:main )?(?:content|navigation|article))\b",
                              re.IGNORECASE)


def skip_links_site(line: str) -> str:
    """The site named before a line of skip links, when the name reads as an outlet's; '' otherwise."""
    match = _SKIP_LINKS_SITE.match(line.strip())
    return match["name"] if match and looks_like_outlet(match["name"]) and not is_rubric(match["name"]) else ""


#: A Chinese report credit alone on its line: the outlet, the month and day, `报道` ("reports"):
#: `TNW中文站 10月14日报道`.
_REPORTED = re.compile(r"^(?P<name>[A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff]{1,11}?)\s*\d{1,2}月\d{1,2}日\s*"
                       r"(?:报道|報導|報道)$")


def reported_by(line: str) -> str:
    """The outlet of a Chinese report credit (`TNW中文站 10月14日报道`); '' otherwise, also for this
    paper's or this site's own (`本报`, `本站`) and a reporter's (`记者…`)."""
    match = _REPORTED.match(line.strip())
    name = match["name"] if match else ""
    return "" if not name or name in _NO_SOURCE or re.search(r"记者|記者", name) else name


#: A Chinese paper's name before its reporter's credit: `□常德日报记者 黄媛媛`, `新华社记者 崔静` (a box or
#: bullet before it, as print pages mark the credit line).
_REPORTER_OUTLET = re.compile(r"^[□■◆◇●○▲△★☆\s]*(?P<name>[\u4e00-\u9fff]{2,8}?)(?:记者|記者)")


def lead_bracket_outlet(paragraph: str) -> str:
    """The outlet of a lead that opens with its paper's name alone in brackets (`[충청매일] 충북도교육청이 …`),
    when the name ends as outlets' names end, is an agency's or a known outlet's (`[스포탈코리아]`); '' otherwise
    (a rubric, `[속보]`, or a league's or topic's tag, `【MLB】`, is no outlet)."""
    name, rest = bracket_prefix(paragraph)
    return name if name and is_prose(rest) and (names_outlet(name) or known_outlet(name)) else ""


#: A paper's name in Hangul, kana or Han characters alone on a line: `중앙일보`, `東京新聞`, `人民日报`.
_CJK_NAME_ALONE = re.compile(r"[가-힣\u3040-\u30ff\u4e00-\u9fff]{2,10}(?:MBC|KBS|SBS|CBS)?")
#: What a name that ends as outlets' names end may be instead: a phrase with a possessive (`広域のニュース`,
#: `新聞社のニュース`), or a kind of report (`ニュース速報`, `语音播报`, `天気予報`), no outlet.
_NO_OUTLET_ALONE = re.compile(r"[の的]|(?:速報|速报|播报|播報|快报|快報|情報|情报|预报|予報|警報|警报|通報|通报"
                              r"|简报|簡報)$")


def cjk_outlet_alone(line: str) -> str:
    """The line when it is only a name in Korean, Japanese or Chinese script that ends as outlets'
    names end (`중앙일보`, `東京新聞`, `목포MBC`): the paper's name, as a page prints it as its logo or under
    the headline among its date's labels; '' otherwise (`지면보기`, a label, ends as no outlet's name does;
    `ニュース速報` is a kind of report)."""
    name = line.strip()
    return name if _CJK_NAME_ALONE.fullmatch(name) and names_outlet(name) and not _NO_OUTLET_ALONE.search(name) else ""


#: A Korean paper's credit of its own reporter in one pair of brackets, alone on its line (at the foot or under
#: the headline): what stands before `=` (the outlet, `CNB`, or the place the reporter filed from, `부산`), the
#: reporter's name and title after it: `(CNB=최원석 기자)`, `[부산=김철수 기자]`. (An agency's tag, `(서울=연합뉴스)`,
#: closes its bracket before the reporter.)
KOREAN_OUTLET_REPORTER = re.compile(r"[(\[](?P<before>[^=()\[\]\s]{2,12})\s?=\s?(?P<name>[가-힣]{2,4})\s?"
                                    r"(?:기자|특파원|전문기자|선임기자|객원기자)[)\]]")


#: A Korean paper's credit line of its reporters, the outlet first: `CBS 노컷뉴스 김기현·김세준·이충현 기자`.
KOREAN_PAPER_REPORTERS = re.compile(r"^(?P<outlet>(?:[A-Z]{2,6}\s)?[^\s=()\[\]]{2,12})\s"
                                    r"(?P<names>[가-힣]{2,4}(?:\s?[·,]\s?[가-힣]{2,4}){0,5})\s?(?:기자|특파원)$")


def reporter_outlet(line: str) -> str:
    """The outlet a Chinese reporter's credit line names before `记者` (`常德日报` from
    `□常德日报记者 黄媛媛`), or a Korean one before `=` (`CNB` from `(CNB=최원석 기자)`), when it
    reads as an outlet's name; '' otherwise, also for this paper's own (`本报记者`) and a line that is
    no reporter's credit."""
    tagged = KOREAN_OUTLET_REPORTER.fullmatch(line.strip())
    if tagged:  # `(CNB=최원석 기자)`, `[STN스포츠=…]`: an outlet before `=`; a place (`부산`) names none
        before = tagged["before"]
        return before if re.match(r"[A-Z][A-Z0-9&]{1,9}(?![a-z])", before) or names_outlet(before) else ""
    match = _REPORTER_OUTLET.match(line.strip()) or KOREAN_PAPER_REPORTERS.match(line.strip())
    name = (match.groupdict().get("name") or match.groupdict().get("outlet") or "") if match else ""
    return name if names_outlet(name) else ""


#: A broadcaster's tip-off box that opens with its own name: `연합뉴스TV 기사문의 및 제보 : …`,
#: `MBC 뉴스는 24시간 여러분의 제보를 기다립니다.`
_TIPLINE = re.compile(r"^(?P<name>\S.{1,11}?)(?:\s*(?:기사\s?문의|제보)(?:\s?및\s?제보)?\s*[:：]"
                      r"|(?:는|은)\s.{0,12}제보를 기다립니다)")


def tipline_outlet(line: str) -> str:
    """The outlet whose own tip-off box the line is, when its name reads as an outlet's; '' otherwise."""
    match = _TIPLINE.match(line.strip())
    return match["name"].strip() if match and looks_like_outlet(match["name"]) else ""


def looks_like_outlet(name: str) -> bool:
    """Whether a bracketed name can be an outlet's: an agency, a known outlet (rules.outlet_names: `[스포탈코리아]`),
    a name ending the way outlets' names end (`東京新聞`, `연합뉴스`, `Nikkei Online`), or a short capitalised
    Latin name."""
    name = name.strip()
    if name in _NO_SOURCE:
        return False
    return bool(known_agency(name) or known_outlet(name) or _OUTLET_END.search(name)
                or (is_title_case_name(name) and " " not in name and not _CAPITALISED_WORD.fullmatch(name)))


#: A word of six letters or more in capitals: a section's label (`[ SOCIETE ]`, `[POLITIK]`), no outlet's
#: initials (`CNN`, `NHK`, `ANSA`), which are shorter; the agencies whose names are longer are known ones.
_CAPITALISED_WORD = re.compile(r"[^\W\d_a-zà-ÿ]{6,}")


def bracket_prefix(line: str) -> tuple[str, str]:
    """(`東京新聞`, rest) from `[東京新聞] rest`; ('', line) otherwise, also for a rubric (`[속보]`,
    `[단독]`, `[이 시각 세계]`, `【記者解説中継】`: a kind of story or a programme's segment, not an
    outlet's name), which stays in the headline."""
    match = _BRACKET_PREFIX.match(line)
    if not match or _RUBRICS.match(match["name"].strip()) or not looks_like_outlet(match["name"]):
        return "", line
    return match["name"].strip(), match["rest"].strip()


def copyright_holder(line: str) -> str:
    """The holder named by a copyright line (`© 2021 The Korea Herald`), or by the bracketed notice
    that closes a credit line (`☞공감언론 뉴시스 … <저작권자ⓒ 공감언론 뉴시스통신사. …>`), else ''."""
    text = line.strip()
    notice = re.search(r"<[^<>]{4,100}>$", text)
    match = _COPYRIGHT.match(notice[0] if notice and not _COPYRIGHT.match(text) else text)
    if not match:  # a notice closing a longer line: `기사제보 … tbs3@naver.com copyrightⓒ tbs. 무단전재 & 재배포 금지`
        match = _CLOSING_NOTICE.search(text)
    return match["name"].strip() if match and (len(line) < 120 or _REDISTRIBUTION.search(line)) else ""


#: A copyright notice with its holder closing a longer line, the notice's own words after the name:
#: `… copyrightⓒ tbs. 무단전재 & 재배포 금지`, `… Copyright © Example News. All rights reserved.`
_CLOSING_NOTICE = re.compile(r"(?:^|\s)(?:copyright\s*|저작권자\s*)[ⓒ©]\s*(?P<name>[^\s,.<>|©ⓒ()]{2,20}"
                             r"(?: [^\s,.<>|©ⓒ()]{2,20})?)\.?\s+(?:무단\s*전재|All rights reserved).{0,30}$",
                             re.IGNORECASE)


def outlet_holder(line: str) -> str:
    """The outlet a copyright line names: an agency, or, in the notice Korean, Japanese and Chinese
    outlets print under each article (`<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>`), a name ending as
    outlets' names end, and in a Korean notice that bans copying any name in Hangul (`펜앤드마이크`, `KG뉴스코리아`). A
    site's own notice at the page's foot (`© 2024 Yahoo News`) names none."""
    holder = copyright_holder(line)
    per_article = re.search(r"저작권자|무단\s*전재|転載|不得转载|不得轉載|未经授权|未經授權", line) \
        or _REDISTRIBUTION.search(line)
    agency = known_agency(re.sub(r"^The\s+", "", holder))  # (`The Associated Press`)
    short_mark = bool(re.fullmatch(r"[A-Za-z]{2,6}", holder))  # `copyrightⓒ tbs. 무단전재 …`: a broadcaster's initials
    outlet = _OUTLET_END.search(holder) or any(w in _MASTHEAD_WORDS for w in re.split(r"[\s,]+", holder))
    # In a Korean notice that bans copying, a name in Hangul, with the initials it may open with (`KG뉴스코리아`).
    korean = re.search(r"무단\s*전재|재배포\s*금지", line) and re.fullmatch(r"[A-Za-z0-9]{0,6}[가-힣]{2,12}", holder)
    return holder if holder and (agency or korean or per_article and (outlet or short_mark)) else ""


#: A company's legal form at the end of its name: `SingTao Ltd`, `Example Media GmbH`, `株式会社X`.
_COMPANY_FORM = re.compile(r"(?:\b(?:Ltd|Limited|Inc|Corp|Corporation|GmbH|AG|S\.A|SA|plc|PLC|LLC|Co)\.?"
                           r"|有限公司|株式会社|주식회사|\(주\))$|^(?:株式会社|주식회사|\(주\))")


def head_notice_holder(line: str) -> str:
    """The holder of a full copyright notice (`Copyright © 2026 SingTao Ltd. All rights reserved.`)
    printed before the text, when it reads as an outlet's or a company's name: the page's publisher
    (a notice at the foot is as often an aggregator's own); and of a bare mark there naming a company
    by its legal form (`©株式会社レスキューナウ`, `© Example Media GmbH`), a provider's mark over its copy
    on an aggregator (a photographer's `© Jane Doe` names no company); '' otherwise."""
    holder = copyright_holder(line)
    if not re.search(r"\bcopyright\b.*all rights reserved", line, re.IGNORECASE):
        return holder if re.fullmatch(r"\s*[©ⓒ]\s*[^\d\s].*", line) and _COMPANY_FORM.search(holder) else ""
    return holder if holder and (_COMPANY_FORM.search(holder) or _OUTLET_END.search(holder)
                                 or known_agency(re.sub(r"^The\s+", "", holder))) else ""


#: A label that says the text is a press release, on a line of its own over the headline.
_RELEASE_LABEL = re.compile(r"^(?:news|press|media)\s+release$|^pressemitteilung$|^communiqué(?:\s+de\s+presse)?$"
                            r"|^nota\s+de\s+prensa$|^comunicado(?:\s+de\s+prensa)?$|^보도\s?자료$|^プレスリリース$"
                            r"|^新闻稿$|^新聞稿$", re.IGNORECASE)


def release_label(line: str) -> bool:
    """`News Release`, `Pressemitteilung`, `보도자료`: a line saying the text is a press release."""
    return bool(_RELEASE_LABEL.match(line.strip()))


#: An organisation's name with its initials in brackets: `American Association for the Advancement of Science (AAAS)`.
_INITIALLED = re.compile(r"^(?P<name>[^()]{6,90}?)\s\((?P<abbr>[A-Z][A-Za-z&]{1,9})\)$")


def initialled_name(line: str) -> str:
    """The line, when it is only an organisation's name followed by its initials in brackets and the
    initials are those of the name's capitalised words (`… Science (AAAS)`); '' otherwise."""
    text = " ".join(line.split())
    match = _INITIALLED.match(text)
    if not match or len(match["name"].split()) > 12 or re.search(r"[.!?,;:]", match["name"]):
        return ""
    initials = "".join(w[0] for w in re.split(r"[\s-]+", match["name"]) if w[:1].isupper())
    return text if len(initials) >= 2 and initials.upper() == match["abbr"].upper().replace("&", "") else ""


#: A newsroom's collective credit names the outlet: `La rédaction de France-Soir`, `Redacción El País`.
_NEWSROOM = re.compile(r"^(?:la\s+)?(?:rédaction|redacción|redação|redazione|redaktion)\s+(?:de\s+|d['’]|del?\s+|von\s+"
                       r"|der\s+|des\s+|di\s+|da\s+)?(?P<outlet>\S.{1,40})$", re.IGNORECASE)


def newsroom(line: str) -> str:
    """`France-Soir` from `La rédaction de France-Soir`; '' otherwise."""
    match = _NEWSROOM.match(line.strip())
    return match["outlet"].strip() if match and not re.search(r"[.!?]$", match["outlet"]) else ""


#: The issuer a press release wire names under the release: `Original-Content von: Polizei Hamburg,
#: übermittelt durch news aktuell`.
_WIRE_ISSUER = re.compile(r"^(?:Original-Content von|Original content of|Contenu original de)\s*:\s*"
                          r"(?P<name>[^,]{2,60}),\s*(?:übermittelt durch|transmitted by|transmis par)\s+.{2,30}$",
                          re.IGNORECASE)


#: An outlet named after the time on a date line: `2019年10月19日 9時56分  NHKニュース`, `… 14:05 Kyodo News`,
#: also after a dash or a bar that parts it from the time: `16-03-2026 - 16:25 - Ouest-France.fr`.
_DATED_OUTLET = re.compile(r"(?:\d{1,2}[:：]\d{2}(?:\s?(?:Uhr|[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?|\d{1,2}時\d{1,2}分"
                           r"|\d{1,2}日\s*(?:星期|周|週)[一二三四五六日天])"
                           r"\s+(?:[-–—|·]\s+)?"  # (the clock with its `Uhr` or zone: `28.08.2019, 00:49 Uhr | dpa`)
                           r"(?P<name>[^\d\s\-–—|·][^\d]{0,20}?)\s*$")  # (also `2013年12月20日 星期五 新京报`)
#: A Chinese paper's own credit opening the lead: `新京报讯 …`, `中新网讯 …` (`本报讯`, "this paper's", names none),
#: or with the day, `讯` or `消息` ("news"): `半岛都市报12月25日讯(记者 X)`, `海口网9月6日消息(见习记者 X)`,
#: `春城晚报1月2日消息,`, two names joined by a slash, `青島日報社/觀海新聞10月20日訊`, or `消息` before a colon,
#: `北方网消息:今天…` (the name must end as outlets' names end: `北京12月25日讯` is a place's day).
#: Or between lenticular brackets, with the day or as `消息`, as overseas Chinese papers open
#: theirs: `【大纪元10月15日讯】`, `【人民报消息】`.
_PAPER_NEWS = re.compile(r"^(?:[【\[]?(?P<name>[\u4e00-\u9fff]{2,6}?)(?:讯|訊)[】\]]?(?=\s|[(（【]|记者|記者)"
                         r"|(?P<daily>[\u4e00-\u9fff]{2,8}?(?:/[\u4e00-\u9fff]{2,8}?)?)"
                         r"(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:讯|訊|消息)(?=\s|[(（【:：,，]|记者|記者)|消息(?=[:：]))"
                         r"|【(?P<bracketed>[\u4e00-\u9fff]{2,6}?)\s*(?:[\u4e00-\u9fff]{2}(?:时间|時間)\s*)?"
                         r"(?P<day>(?P<year>\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:讯|訊|消息)】)")


#: Endings of names that end as outlets' do and are none: a site's own (`市公安局官网`), a grid, a platform, an
#: observatory (`中央气象台`), a body's (`国家电网`).
_NOT_OUTLET_END = re.compile(r"(?:官网|官網|电网|電網|平台|气象台|氣象台|天文台|地震台|局|委|厅|廳|院|所)$")


def paper_news_day(paragraph: str) -> str:
    """The day with its year that a lead's bracketed credit prints, as the Epoch Times' and NTD's pages do
    (`【新唐人北京时间2021年08月09日讯】`: `2021年08月09日`), when the credit names an outlet; '' otherwise."""
    match = _PAPER_NEWS.match(paragraph.strip())
    return re.sub(r"\s+", "", match["day"]) if match and match["year"] and paper_news(paragraph) else ""


def _year_credit_name(name: str) -> bool:
    """Whether the name of a bracketed credit with a year reads as an outlet's: a known outlet's or one ending as
    outlets' names end, never a time zone's (`北京时间`) nor an outlet run into a place (`新华网北京`)."""
    from gazette.importer.rules.outlet_names import known_outlet

    return not re.search(r"(?:时间|時間)$", name) and bool(known_outlet(name) or _OUTLET_END.search(name))


def paper_news(paragraph: str) -> str:
    """The outlet of a lead that opens with its paper's `X讯` credit, when X reads as an outlet's (or,
    bracketed with its day, reads as no place: `【大纪元10月15日讯】`, `【新唐人北京时间2021年08月09日讯】`, not
    `【北京10月15日讯】`); '' otherwise."""
    match = _PAPER_NEWS.match(paragraph.strip())
    if match and match["daily"]:
        parts = match["daily"].split("/")
        outlet = all(names_outlet(part) and not _NOT_OUTLET_END.search(part) for part in parts)
        return match["daily"] if outlet and not re.search(r"据|據|综合|綜合|转自|轉自", match["daily"]) else ""
    name = (match["name"] or match["bracketed"]) if match else ""
    if match and match["year"] and not _year_credit_name(name):
        return ""
    dated = bool(match and match["day"]) and len(name) >= 3 and name not in _NO_SOURCE and not is_place_name(name) \
        and not re.search(r"[市省县縣区區州]$", name)  # (a city's name is two characters or ends as a place's)
    return name if names_outlet(name) or dated else ""


def dated_outlet(line: str) -> str:
    """The outlet named after a date line's time, when the name reads as an outlet's; '' otherwise."""
    match = _DATED_OUTLET.search(line.strip())
    name = match["name"] if match else ""
    return name if known_agency(name) or _OUTLET_END.search(name) else ""  # (not `Uhr`, `IST`: no outlet's)


def wire_issuer(line: str) -> str:
    """`Polizei Hamburg` from a release wire's trailer naming the issuer; '' otherwise."""
    match = _WIRE_ISSUER.match(line.strip())
    return match["name"].strip() if match else ""


#: An outlet after a headline in brackets (`…=日本人フリー記者(時事通信)`), or after the day in
#: brackets (`…跡地(19日)産経`), as portals and the blogs that repost them print their items.
_TITLE_OUTLET = re.compile(r"\s?(?:[(（](?P<agency>[^()（）\s]{2,12})[)）]"
                           r"|[(（]\d{1,2}日[)）]\s?(?P<name>[^\s()（）]{1,10}))$")


def title_outlet(line: str) -> tuple[str, str]:
    """(headline, outlet) from a headline with its outlet in brackets behind it; (line, '') otherwise."""
    match = _TITLE_OUTLET.search(line)
    if not match or match.start() < 4:
        return line, ""
    agency = match["agency"]
    # a known outlet glued to the headline (`…炎(毎日新聞)`) or behind a Japanese, Korean or Chinese one: after a space
    # in other copy, `… Bayerischen Rundfunk (BR)`, it is an apposition
    glued = agency and (not line[: match.start() + 1][-1:].isspace() or no_space_share(line) > 0.5)
    name = match["name"] if match["name"] and (looks_like_outlet(match["name"]) or match["name"] in _JA_SHORT) \
        else (agency if agency and (known_agency(agency) or glued and known_outlet(agency)) else "")
    return (line[: match.start()].rstrip(), name) if name else (line, "")


#: The short names Japanese news lists and the blogs that copy them give the national papers and
#: broadcasters' networks (`(19日)産経`); a place (`東京`) is none of them.
_JA_SHORT = frozenset({"朝日", "毎日", "読売", "産経", "日経", "中日", "共同", "時事", "NHK", "TBS", "FNN", "ANN",
                       "JNN", "NNN"})


def aged_outlet(line: str) -> str:
    """`donga` from an aggregator's `donga - 25 days ago`; '' otherwise."""
    match = _AGED_OUTLET.match(line.strip())
    return match["name"] if match else ""


def paper_credit(line: str) -> str:
    """`人民日报` from a print credit `《 人民日报 》( 2023年08月17日 03 版)`; '' otherwise."""
    match = re.match(r"^《\s*(?P<name>[^》]{2,16}?)\s*》\s*[(（][^)）]{4,30}[)）]$", line.strip())
    return match["name"] if match else ""


#: An auto-posting blog's trailer that names where the item came from, as a news feed's item
#: title gives it (`Headline - Outlet`): `からの記事と詳細 ( 岸田首相、… - 読売新聞 )`.
_FEED_TRAILER = re.compile(r"^からの記事と詳細\s*[(（]\s*(?P<title>.{6,200}?)\s+[-–]\s+"
                           r"(?P<outlet>[^()（）\-–]{2,40}?)\s*[)）]$")


def feed_trailer(line: str) -> tuple[str, str]:
    """(headline, outlet) of an auto-posting blog's trailer (see _FEED_TRAILER); ('', '') otherwise."""
    match = _FEED_TRAILER.match(" ".join(line.split()))
    return (match["title"].strip(), match["outlet"].strip()) if match else ("", "")


#: A site's name as its logo prints it, one word with a masthead's word glued at its end (`StrettoWeb`,
#: `BFMTV`, `HuffPost`, `MeteoWeb`), or a name ending in one with a share button glued on (`ABC News Share`).
_GLUED_MASTHEAD = re.compile(r"^(?P<name>[A-Z][A-Za-z0-9]{1,20}?(?:TV|Tv|FM|Web|WEB|News|NEWS|Post|POST|Times|Press"
                             r"|Info|INFO|Online|Radio|Mag))$"
                             r"|^(?P<named>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}"
                             r" (?:News|TV|Radio|Online|Post|Times))"
                             r" (?:Share|Teilen|Partager|Compartir|Condividi|Menu|Menü)$")
#: Platforms' and devices' names that a logo's shape shares, no outlet's: `YouTube`, `WhatsApp`.
_NO_MASTHEAD = frozenset({"youtube", "whatsapp", "tiktok", "linkedin", "facebook", "instagram", "playstation",
                          "appletv", "googlenews", "yahoonews", "msnnews"})


#: Words of papers' names in French, Spanish and German that no section's label and no person's name has
#: (`Le Matin`, `El Telégrafo`, `Schwäbisches Tagblatt`): with OUTLET_WORDS and _MASTHEAD_WORDS, the words a
#: masthead's name is known by (`masthead_name`).
_PAPER_WORDS = frozenset({"Matin", "Soir", "Dépêche", "Courrier", "Républicain", "Progrès", "Écho",
                          "Provençal", "Nouvelliste", "Telégrafo", "Heraldo", "Correo", "Prensa", "Nación", "Crónica",
                          "Razón", "Informador", "Comercio", "Tagblatt", "Anzeiger", "Bote", "Blatt", "Allgemeine",
                          "Morgenpost", "Abendblatt", "Volksstimme"})
#: Words a section's, a button's or a menu's label is made of: a masthead's name has one word besides them
#: (`Gulf Courier`, `El Telégrafo`; `World News`, `Más Noticias`, `Info General` are labels).
SECTION_WORDS = frozenset(w.casefold() for w in (
    "News", "Noticias", "Infos", "Info", "Actu", "Actualité", "Actualidad", "Nachrichten", "Press", "Presse", "Media",
    "Online", "Network", "Release", "Archive", "Club", "General", "Mas", "Más", "More", "Wire", "Services", "Agency",
    "Agence", "Agencia", "Radio", "TV", "Television", "Magazine", "Daily", "Weekly", "Today", "Review", "Report",
    "Journal", "Home", "Accueil", "Inicio", "Startseite", "Portada", "Photo", "Video", "Live", "Latest", "Breaking",
    "Top", "World", "National", "Local", "Business", "Sports", "Sport", "Politics", "Science", "Tech", "Health",
    "Entertainment", "Opinion", "Monde", "Mundo", "Welt", "International", "Economy", "Economía", "Économie",
    "Wirtschaft", "Culture", "Cultura", "Kultur", "Regional", "Region", "Official", "Public", "Newsletter",
    "Podcast", "Blog", "All", "Weather", "Traffic", "Crime", "Education", "Travel", "Lifestyle", "Style", "Money",
    "Markets", "Finance", "Jobs", "Events", "Community", "Metro", "State", "Nation", "Elections", "Politik", "Motor",
    "Auto", "Food", "Arts", "Books", "Music", "Movies", "Film", "Games", "Technology", "Digital", "Global", "Foreign",
    "Special", "Features", "Exclusive", "Obituaries", "Classifieds", "Tourism", "Environment", "Climate", "Energy",
    "Campus", "Student", "Religion", "Faith", "Family",
    "the", "el", "la", "le", "les", "l", "los", "las", "die", "der", "das", "de", "del", "du", "des", "of", "and", "&"))
#: A masthead's own words, those no section's label has too (`Journal`, `News`, `Infos` name programmes and
#: sections as often: `Le Journal de l'Afrique`).
_MASTHEAD_FOLDED = frozenset(w.casefold() for w in _MASTHEAD_WORDS | _PAPER_WORDS) - SECTION_WORDS
#: Words that make a line a button's, an app's or a staff credit's, never a masthead alone (`ABC News Share`,
#: `LIVE TV App`, `Reuters Staff`).
_NOT_MASTHEAD = re.compile(r"\b(?:share|teilen|partager|compartir|app|apps|staff|editors?|author|menu|menü)\b"
                           r"|^(?:by|par|por|von|with|mit)\b", re.IGNORECASE)
#: A paper's name in one German word (`Nordkurier`, `Südkurier`, `Morgenpost`) ends with a masthead's word
#: (`Lokalnachrichten`, `Polizeipresse` are sections' and services' names).
_COMPOUND_MASTHEAD = re.compile(r"\w{3,}(?:kurier|zeitung|blatt|bote|anzeiger|post|rundschau)$", re.IGNORECASE)


def masthead_name(line: str) -> str:
    """The outlet's name when `line` is a masthead alone, as a paste of a page's logo gives it over or under the
    headline: an agency's name, a site's address, or a name of four words at most in title case or capitals with
    one of a masthead's own words (`LE MATIN`, `El Telégrafo`, `Nordkurier`, `BBC Future`; not `News` or `Journal`,
    which programmes and sections share) and one word besides the words of sections' and buttons' labels; never a
    byline, a staff credit or a button's label; '' otherwise."""
    name = line.strip().rstrip(".")
    if not name or len(name) > 40 or "  " in name or _NOT_MASTHEAD.search(name):
        return ""
    if SITE_ADDRESS.fullmatch(name) or known_agency(name) or known_agency(re.sub(r"^The\s+", "", name)):
        return known_agency(name) or name  # (`The Associated Press` as printed)
    if len(name.split()) > 4 or not (is_title_case_name(name) or name.isupper()):
        return ""
    words = [w for w in re.split(r"[\s'’]+|(?<=[a-z])(?=[A-Z])", name) if w]  # (`NewsNational`: two labels glued)
    if all(w.casefold() in SECTION_WORDS for w in words):
        return ""
    if any(w.casefold() in _MASTHEAD_FOLDED for w in words) or _COMPOUND_MASTHEAD.fullmatch(name):
        return name
    return ""


#: A site's own title as a browser or a home page prints it, its name and its motto of news: `El Comercio - Últimas
#: noticias y actualidad en Asturias`, `Las Provincias - Diario de noticias y actualidad`, `Example Times | Latest
#: news`.
_SITE_TITLE = re.compile(r"^(?P<name>[^|:–—-]{2,40}?)\s[-–—|]\s(?P<motto>.{6,90})$")
_NEWS_WORD = re.compile(r"\b(?:news|noticias|actualidad|actualités?|infos|nachrichten|notizie|notícias|últimas"
                        r"|dernières|latest)\b|뉴스|ニュース|新闻|新聞", re.IGNORECASE)


def site_title(line: str) -> str:
    """The site's name when `line` is the site's own title (`_SITE_TITLE`): a name over a motto that speaks of
    news, with no stop; else ''."""
    match = _SITE_TITLE.match(line.strip())
    if not match or not _NEWS_WORD.search(match["motto"]) or re.search(r"[.!?]$", line.strip()):
        return ""
    return match["name"].strip() if is_title_case_name(match["name"].strip()) else ""


def glued_masthead(line: str) -> str:
    """The site's name that a paste's first line prints as its logo (see `_GLUED_MASTHEAD`), else ''.
    A logo's casing shows: a capital inside the word or the word in capitals (`StrettoWeb`, `BFMTV`;
    `Sportnews` is a word), an acronym before the button form's masthead word (`ABC News Share`;
    `World News Share` is a section's)."""
    match = _GLUED_MASTHEAD.match(line.strip())
    if not match:
        return ""
    name = match["name"] or match["named"]
    head = name.split()[0] if match["named"] else name
    logo = bool(re.search(r"[a-z][A-Z]", head) or (head.isupper() and len(head) >= 3))
    return name if logo and name.replace(" ", "").casefold() not in _NO_MASTHEAD else ""


#: A release's lead naming its issuer with the stock exchange's symbol, right after the dateline:
#: `New York, NY, November 12, 2008 – Comtex News Network, Inc. (OTC BB: CMTX), a leading provider …`.
_LISTED_ISSUER = re.compile(
    r"^.{0,120}?(?:--|–|—|-)\s*(?P<name>[A-Z][\w&.'’-]*(?:,? [A-Z&][\w&.'’-]*){0,6}?),? \((?:NYSE|NASDAQ|Nasdaq"
    r"|NasdaqGS|NasdaqGM|NasdaqCM|OTC BB|OTCBB|OTC|OTCQB|OTCQX|AMEX|NYSE American|NYSE MKT|NYSE Arca|TSX|TSXV|LSE"
    r"|ASX|Euronext|XETRA|FWB|SIX)\s*:\s*[A-Z][A-Z0-9.]{0,7}\)")


#: A release's own verb in its lead: `… today announced financial results`, `… announced today that …`.
_RELEASE_VERB = re.compile(r"\btoday (?:announced|reported|released|unveiled|launched|introduced)\b"
                           r"|\b(?:announced|reported) today\b")


def listed_issuer(lead: str) -> str:
    """The company a release's lead names first, with its exchange and symbol in brackets, right after
    the dateline's dash (see `_LISTED_ISSUER`), when the lead says what it `today announced`: the
    release's issuer; '' otherwise (a story about a company says what it said, not what it announced
    today, and an agency's symbol has no exchange: `Apple Inc. (AAPL.O)`)."""
    flat = " ".join(lead.split())
    match = _LISTED_ISSUER.match(flat)
    return match["name"].strip() if match and _RELEASE_VERB.search(flat[:400]) else ""


#: A note under a copied text naming the outlet and day it was taken from: `<매일신문 2024-09-29 발췌>`,
#: `(출처: 연합뉴스 2024.09.29)`, `[Excerpted from The Times, 2024-09-29]`, `(朝日新聞 2024年9月29日より)`.
_EXCERPT_NOTE = re.compile(
    r"^[<‹〈(（\[【]\s*(?:출처\s*[:：]\s*|excerpted from\s+|source\s*[:：]\s*|quelle\s*[:：]\s*|fuente\s*[:：]\s*)?"
    r"(?P<outlet>[^<>‹›〈〉()（）\[\]【】\d,]{2,30}?)[\s,]+(?P<date>\d{4}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日))"
    r"\s*(?:발췌|인용|보도|より(?:引用|抜粋)?)?\s*[>›〉)）\]】]$", re.IGNORECASE)


def excerpt_note(line: str) -> tuple[str, str]:
    """(outlet, day as written) of a note naming where a copied text was taken from (_EXCERPT_NOTE);
    ('', '') otherwise."""
    match = _EXCERPT_NOTE.match(line.strip())
    return (match["outlet"].strip(), match["date"]) if match else ("", "")


#: An aggregator's link to the rest of the article it quotes, naming the outlet that published it:
#: `... suite de l'article sur Jeune Afrique`, `Lire la suite sur Le Monde`, `Read the full story at Reuters`,
#: `Continue reading on The Verge`, `Weiterlesen auf Spiegel Online`, `Seguir leyendo en El País`.
_CONTINUED_ON = re.compile(
    r"^(?:\.{3}|…)?\s*(?:(?:la\s+)?suite\s+de\s+l['’]article\s+sur|lire\s+la\s+suite\s+(?:de\s+l['’]article\s+)?sur"
    r"|read\s+(?:the\s+(?:full|rest\s+of\s+the)\s+(?:story|article)|more)\s+(?:at|on)|continue\s+reading\s+(?:at|on)"
    r"|weiterlesen\s+(?:auf|bei)|(?:seguir|sigue|continuar)\s+leyendo\s+en|leer\s+(?:la\s+)?(?:noticia\s+)?completa\s+en)"
    r"\s+(?P<name>[^\W\d_][^.:!?]{1,40}?)\s*(?:\.{3}|…|\.)?$", re.IGNORECASE)


def continued_on(line: str) -> str:
    """The outlet an aggregator's link to the rest of the article names (see _CONTINUED_ON), when it
    reads as a name, no address; '' otherwise."""
    match = _CONTINUED_ON.match(line.strip())
    name = match["name"].strip() if match else ""
    return name if name and not re.search(r"\.[a-z]{2,4}(?:/|$)|https?:", name) and name[0].isupper() else ""
