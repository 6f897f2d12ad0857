"""Credits on the lines outside the headline and the text that name the outlet: a known outlet's name
(rules.outlet_names) alone or as a part of a credit line, or a site's address printed as its credit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gazette.importer.rules.caption import PHOTO_WORDS
from gazette.importer.rules.outlet_names import known_outlet, outlet_key
from gazette.importer.rules.interface import interface_label
from gazette.importer.rules.source import NAME_JOINERS, PLATFORMS, platform_host
from gazette.importer.rules.text import FULL_STOP, SITE_ADDRESS, size

#: A credit's mark or a source's label before the name: `©`, `--`, `•`, `Quelle:`; and a byline's word before a
#: site's name (`von svz.de`).
_CREDIT_LEAD = re.compile(r"^(?:[©ⓒ•▶■□◆◇▲△●○*※|>\-–—]+|\(c\)|copyright"
                          r"|(?:source|quelle|fuente|fonte|来源|來源|출처|出典|出处|出處)\s*[:：]|(?:von|by|par|por)\s)\s*",
                          re.IGNORECASE)
#: Where a credit line's parts meet: a bar, a dash or a dot between spaces, a wide gap; a slash splits a part
#: again (`Madrid / OTR Press`, not `Página/12` whole); a comma, on a line of a few words (`Name, Outlet`).
_PARTS = re.compile(r"\s+[|·–—-]\s+|[|｜]|\s{2,}")
_SLASH = re.compile(r"\s*/\s*")
_COMMA = re.compile(r",\s+")
_FEW_WORDS = 6
#: A part in brackets opening or closing the line, before a dateline's dash: `(関西テレビ)`, `[스포탈코리아] …`,
#: `… 【明報】`, `MADRID, 18 Oct. 2025 (Europa Press) -`.
_BRACKETED = re.compile(r"^[\[【(（〈]\s*(?P<first>[^\]】)）〉]{2,30}?)\s*[\]】)）〉]"
                        r"|[\[【(（〈]\s*(?P<last>[^\]】)）〉]{2,30}?)\s*[\]】)）〉]\s*(?:--|[-–—])?$")
#: A date written in figures or a clock closing a part: `羊城晚报 2018-12-28 14:14`, `聯合新聞網 14:09`.
_DATE_AFTER = re.compile(r"\s*(?:\d{4}[-./年]\d{1,2}.*|\d{1,2}[:.]\d{2}.*)$")
#: The words of a picture's or a video's credit besides a photo's (rules.caption.PHOTO_WORDS): the credit names
#: the picture's outlet, not the story's.
_PICTURE = re.compile(rf"{PHOTO_WORDS.pattern}|\b(?:image[nm]?|imágenes|immagine|credits?|crédits?|vid[eé]o|getty|imago"
                      r"|archiv[eo]?)\b|영상|動画|视频|視頻|图片|圖片", re.IGNORECASE)


def _is_sentence(line: str) -> bool:
    """A line of running text: it ends with a full stop after more words than a credit prints."""
    return bool(FULL_STOP.search(line)) and size(line) > _FEW_WORDS


def _credit_parts(line: str) -> list[str]:
    """The parts of `line` that a credit's name could be: the line, its parts between bars, dashes, slashes or
    (on a line of a few words) commas, a bracketed part opening or closing it; each after a mark or a label and
    before a date. None of a line of running text, of a picture's or a video's credit, or of a link."""
    if _is_sentence(line) or _PICTURE.search(line) or re.search(r"https?:|//\w|\bURL", line):
        return []
    line = _CREDIT_LEAD.sub("", line.strip())
    pieces = _PARTS.split(line)
    if size(line) <= _FEW_WORDS:
        pieces = [part for piece in pieces for part in _COMMA.split(piece)]
    parts = [line, *pieces, *(part for piece in pieces if "/" in piece for part in _SLASH.split(piece))]
    parts += [m["first"] or m["last"] for m in _BRACKETED.finditer(line)]
    return [_DATE_AFTER.sub("", part).strip(" .,;:") for part in parts]


def known_outlet_credit(line: str, publications: Iterable[str] = ()) -> str:
    """A known outlet that `line` credits, the line whole or one of its parts (`_credit_parts`): `-- NHK NEWS WEB`,
    `羊城晚报 2018-12-28 14:14`, `buten un binnen | regionalmagazin …`, `(関西テレビ)`; '' otherwise."""
    return next((name for part in _credit_parts(line) if (name := known_outlet(part, publications))), "")


#: A logo's alternative text, pasted as a line: `NPR logo`, `澎湃Logo`, `Logo Der Standard`, `한겨레 로고`.
_LOGO = re.compile(r"^(?:logo|ロゴ|로고)\s*[:：]?\s+(?P<after>\S.{0,40}?)$"
                   r"|^(?P<before>\S.{0,40}?)\s*(?:logo|ロゴ|로고|标志|標誌)(?:\s*(?:image|img|png|svg))?$",
                   re.IGNORECASE)
#: The social networks and video sites whose posts and videos pages embed and credit (`출처:youtube`): never an
#: outlet's names (`Band`, `Line` and `Telegram` name papers and broadcasters too, and are left out).
_SOCIAL = frozenset({"youtube", "facebook", "twitter", "x", "instagram", "tiktok", "weibo", "微博", "wechat", "微信",
                     "douyin", "抖音", "bilibili", "vimeo", "threads", "bluesky", "reddit", "linkedin", "whatsapp",
                     "kakaotalk", "snapchat", "tumblr", "pinterest", "flickr", "soundcloud", "dailymotion"})
#: The names of platforms, devices and stores whose logos pages print beside a story (share buttons, app badges):
#: the social networks' (and rules.source.PLATFORMS, by their hosts' names), the stores', the players' and the share
#: bar's.
_PLATFORM_NAMES = _SOCIAL | frozenset({host.split(".")[0] for host in PLATFORMS} | {
    "kakao", "kakaostory", "band", "qq", "flipboard", "google", "googlenews", "googleplay", "apple", "appstore",
    "applenews", "applepodcasts", "spotify", "podcast", "podcasts", "deezer", "rss", "email", "mail", "print",
    "share"})
#: The small words a logo's name may hold: rules.source.NAME_JOINERS, and a few that rule leaves out because a
#: headline's tail holds them too (`– Not-Heli im Einsatz`): `Radio y Televisión`, `Funk und Fernsehen`.
_LOGO_JOINERS = NAME_JOINERS | {"im", "y", "et", "und"}
#: Words of a logo's own variants and of a site's frame that a logo's text carries: `Menu Logo`, `Dark Logo`.
_LOGO_WORDS = frozenset({"a", "site", "company", "brand", "main", "footer", "header", "menu", "home", "close",
                         "image", "img", "icon", "svg", "png", "dark", "light", "white", "black", "color", "colour",
                         "mobile", "small", "large", "default", "alt", "partner", "sponsor", "our", "your", "new"})


def is_platform(name: str) -> bool:
    """Whether `name` is a social network's or a video site's (`youtube`, `Facebook`, `youtube.com`), which pages
    credit for a post or a video they embed: never the story's outlet."""
    return name.strip().casefold() in PLATFORMS or _compact(name) in _SOCIAL


def _compact(name: str) -> str:
    return re.sub(r"[\s.\-]", "", name).casefold()


def outlets_menu(lines: Iterable[str]) -> bool:
    """Whether `lines` hold a menu of outlets' names, one a line (a group's or a press review's list of its papers:
    `Le Monde` / `La Croix` / `Le Courrier Cauchois` …): three or more known outlets or mastheads."""
    from gazette.importer.rules.source import masthead_name

    names = {outlet_key(line) for line in lines if len(line) <= 40 and (known_outlet(line) or masthead_name(line))}
    return len(names) >= 3


def logo_name(line: str) -> str:
    """The name a logo's alternative text gives, pasted as a line (`NPR logo`, `澎湃Logo`): a few words, each
    capitalised but the joiners, no platform's (`Facebook logo`); '' otherwise."""
    match = _LOGO.match(line.strip())
    name = (match["after"] or match["before"] or "").strip(" -–|:") if match else ""
    words = name.split()
    lower = [w for w in words if w[:1].islower() and w not in _LOGO_JOINERS]  # `Click here for our logo`
    frame = [w for w in words if w.casefold() in _LOGO_WORDS] or all(w.casefold() in _LOGO_JOINERS for w in words)
    return name if name and len(words) <= 4 and _compact(name) not in _PLATFORM_NAMES and not lower and not frame \
        and not interface_label(name) and not re.search(r"[\d@/]", name) else ""


def site_address_credit(line: str) -> str:
    """A site's address that `line` prints as a credit, the line whole or one of its parts (`_credit_parts`): `von
    svz.de`, `Viernes, 17 de agosto de 2018 | e6d.es`, `Quelle: presseportal.de`; never a notice's (`© Name -
    stock.adobe.com`: a picture library's), a mail address or a social network's; '' otherwise."""
    if re.search(r"[@©ⓒ]", line):
        return ""
    return next((part for part in _credit_parts(line) if SITE_ADDRESS.fullmatch(part) and not platform_host(part)), "")
