"""What follows the text (the fourth pass of `extract`): furniture after the last paragraph of
running text (short lines, links to other stories, a writer's initials), a credit behind the
last sentence (a wire's, a writer's sign-off, an outlet after a dash), a credit in brackets
closing a paragraph, a broadcaster's sign-off and a `(Reporting by ...)` trailer."""

from __future__ import annotations

import re
from datetime import date as Date

from gazette.importer.passes.found import Found, record_credited_day
from gazette.importer.rules import byline as by
from gazette.importer.rules import caption as cap
from gazette.importer.rules import source as src
from gazette.importer.rules.attribution import agency_with, attribution
from gazette.importer.rules.outlet_names import known_outlet
from gazette.importer.rules.dateline import (
    KOREAN_WIRE_TAG,
    dated_place,
    known_city,
    korean_bracket_credit,
    place_with_stop,
    read_dateline,
)
from gazette.importer.rules.dates import short_year_date
from gazette.importer.rules.furniture import appeal_box
from gazette.importer.rules.language import detect
from gazette.importer.rules.text import (
    INITIAL,
    FULL_STOP,
    LIST_ITEM,
    SENTENCE_END,
    content_units,
    is_headline_like,
    is_prose,
    is_short,
    size,
)


def trailing_furniture(paragraphs: list[str], found: Found) -> list[str]:
    """Short lines after the last paragraph of running text (share bars, contact lines,
    section links) go; a reporter's credit line anywhere goes into `author`."""
    out: list[str] = []
    kept = _without_appeals(paragraphs[:min(_other_stories_under_label(paragraphs), _next_story(paragraphs),
                                            _next_dated_item(paragraphs))])
    kept = _without_foreign_links(kept)
    signed = _signed_last(kept)
    for i, p in enumerate(kept):
        if i == signed or not _read_non_text(p, out, found):
            out.append(p)
    photographer = False
    out = out[:len(out) - _card_under_text(out)]
    listed = _announced_list(out)
    if listed == len(out):  # (a list the text announces is its own)
        out = out[:len(out) - _ranking_under_text(out)]
    while out and not (len(out) > listed and _link_stack(out[-1])) \
            and (_foot_furniture(out[-1]) or _teaser_under_text(out)):
        _read_foot_line(out[-1], found)
        photographer = photographer or cap.photographer_line(out[-1])
        _photo_item_issuer(out, found)
        out.pop()
    return _day_first_caption(out, found) if photographer else out


#: A sentence that announces the items under it (`詳細は下記のとおりです。`, `… as follows:`, `… wie folgt:`,
#: `… comme suit :`, `… los siguientes:`, `…如下:`): what follows is the text's own list.
_ANNOUNCES = re.compile(r"(?:(?:下記|以下|次)の?(?:とおり|通り)\S{0,6}|如下\S{0,2}|다음과 같다"
                        r"|as follows|wie folgt|comme suit)\s*[.:：。]?$"
                        r"|(?:the following|folgenden?|suivante?s|(?:los|las) siguientes|lo siguiente)"
                        r"(?:\s\w+)?\s*[:：]$", re.IGNORECASE)


def _announced_list(paragraphs: list[str]) -> int:
    """How many paragraphs stand down to the last that announces a list under it (its last line
    ends so: _ANNOUNCES); the blocks under it are the list's items, not a block of links. The
    paragraphs' count when none does."""
    return next((i + 1 for i in range(len(paragraphs) - 1, -1, -1)
                 if _ANNOUNCES.search(paragraphs[i].strip().split("\n")[-1])), len(paragraphs))


#: A ranking's item: its place and a headline with no stop (or a question's mark): `1. スタバ「…」が販売開始!…?`.
_RANKED_ITEM = re.compile(r"^(?P<n>\d{1,2})[.．]\s*\S[^\n]{4,120}$")


def _ranking_under_text(paragraphs: list[str]) -> int:
    """How many paragraphs at the end are a ranking of the page's other stories: three items or more numbered
    1, 2, 3… in order, each a headline (no full stop at its end) under a finished sentence of running text (the
    ranking's heading lost in the paste). A list the text announces is the text's (`_announced_list`)."""
    n = 0
    while n < len(paragraphs) and _RANKED_ITEM.match(paragraphs[len(paragraphs) - 1 - n].strip()):
        n += 1
    items = paragraphs[len(paragraphs) - n:]
    numbers = [int(_RANKED_ITEM.match(p.strip())["n"]) for p in items]  # type: ignore[index]
    above = paragraphs[len(paragraphs) - n - 1] if len(paragraphs) > n else ""
    if n < 3 or numbers != list(range(1, n + 1)) or any(FULL_STOP.search(p) for p in items) \
            or not (is_prose(above) and SENTENCE_END.search(above)):
        return 0
    return n


def _photo_item_issuer(out: list[str], found: Found) -> None:
    """A picture's issue line (`新华社发 梁子栋 摄`) under a text of one paragraph that says what its
    picture shows (`…图为6月18日,…作业。`): a photo item, its caption its story; the agency that sent it
    (a known one) is the item's source. Under a longer text it credits only a picture."""
    issuer = src.known_agency(cap.photo_issuer(out[-1]))
    if issuer and len(out) == 2 and re.search(r"图为|圖為", out[0]):
        found.sources.setdefault("line", issuer)


def _without_appeals(paragraphs: list[str]) -> list[str]:
    """The paragraphs without an outlet's appeal box set amid the text (rules.furniture.appeal_box): a
    pitch and its paragraph with running text above them, and under them (or nothing: the appeal at
    the foot). The paragraph above printed again right under the box goes too, as a repeat."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        if 0 < i < len(paragraphs) - 1 and appeal_box(paragraphs[i], paragraphs[i + 1]) \
                and SENTENCE_END.search(paragraphs[i - 1]) \
                and (i + 2 >= len(paragraphs) or SENTENCE_END.search(paragraphs[i + 2])):
            i += 3 if i + 2 < len(paragraphs) and paragraphs[i + 2] == paragraphs[i - 1] else 2  # (printed again)
            continue
        out.append(paragraphs[i])
        i += 1
    return out


def _read_foot_line(line: str, found: Found) -> None:
    """What a furniture line under the text still says: an agency or an outlet alone, a photo's
    credit, a Korean reporter's name or sign-off."""
    if src.known_agency(line) or src.produced_by(line):  # an agency alone under the text: `共同通信`,
        found.sources.setdefault("line", src.known_agency(line) or src.produced_by(line))  # `新华社…制作`
    bracketed = re.fullmatch(r"[\[【［](?P<name>[^\]】］]{2,20})[\]】］]", line.strip())
    if bracketed and (src.looks_like_outlet(bracketed["name"]) or bracketed["name"].lower().endswith("news")):
        found.sources.setdefault("line", bracketed["name"])  # the outlet in brackets under the text: `[テレ朝news]`
    _foot_credit_line(line, found)
    _attributed_line(line, found)
    named = _closing_name_of(line, found)
    if named and named.start() == 0:  # a Chinese or Japanese writer's name in brackets: `(堤  哲)`
        found.set("author", (" ".join(named["name"].split()),))
    if by.korean_name(line):  # a Korean reporter's bare name under the text: `김정우` (not `취재부`)
        found.set("author", (line.strip(),))
    if by.korean_sign_off(line):  # or the name and the address: `김원상 story@…`
        found.set("author", (by.korean_sign_off(line),))


def _attributed_line(line: str, found: Found) -> None:
    """A notice naming the outlet the text is credited to, and the day (`This report by The Canadian Press was
    first published June 8, 2023.`, `Con información de El Financiero`, rules.attribution; or an agency the outlet
    wrote it with, `jop avec ats`): the source, and the date when the copy shows no other."""
    outlet, day = attribution(line)
    outlet = outlet or agency_with(line)
    if outlet:
        found.sources.setdefault("line", outlet)
    record_credited_day(day, found)


def _day_first_caption(paragraphs: list[str], found: Found) -> list[str]:
    """With a photographer's credit under the text (`新华社记者 X 摄`) and no caption read yet, a first
    paragraph that is a Chinese news photo's caption (the day first, one short sentence: `9月4日,
    …积水严重。`) over the text is that photo's caption, out of the body."""
    if len(paragraphs) >= 2 and not found.values.get("image_caption") \
            and cap.DAY_FIRST_CAPTION.match(paragraphs[0].strip()):
        found.set("image_caption", paragraphs[0].strip())
        return paragraphs[1:]
    return paragraphs


def _foot_credit_line(line: str, found: Found) -> None:
    """A credit line under the text: the photo's (`Foto: Berliner Feuerwehr`), except a copyright
    line (`© AFP`) in a text that shows no picture, which is the text's own notice: an agency's names
    the source, any other holder nothing."""
    credit = cap.credit_line(line)
    if not credit:
        return
    if line.strip().startswith("©") and not (found.values.get("image") or found.values.get("image_caption")):
        if src.known_agency(credit):
            found.sources.setdefault("copyright", src.known_agency(credit))
        return
    found.set("image_credit", credit)


def _credit_paragraph(p: str, out: list[str], found: Found) -> bool:
    """A reporter's credit line, or an agency's credit after a dash under a finished sentence
    (`--Associated Press`): read; True when `p` is one."""
    if out and src.dashed_agency(p) and SENTENCE_END.search(out[-1]):
        found.sources.setdefault("line", src.dashed_agency(p))
        return True
    reporter = by.reporter_line(p)
    if reporter:
        found.set("author", reporter)
        if src.reporter_outlet(p):  # the paper its reporter writes for: `(CNB=최원석 기자)`
            found.sources.setdefault("byline", src.reporter_outlet(p))
    return bool(reporter)


def _read_non_text(p: str, out: list[str], found: Found) -> bool:
    """Read the paragraph `p` (under the paragraphs kept so far, `out`) when it is no part of the
    text: a reporter's credit, a release's issuer, another story's headline, a source label.
    True when it is one (it then goes)."""
    if _credit_paragraph(p, out, found):
        return True
    if _feed_trailer(p, found):
        return True
    if src.company_line(p) and len(out) < 3:  # a release's issuer over its text: `株式会社PR TIMES`
        found.sources.setdefault("line", src.company_line(p))
        return True
    if out and _other_headline(p):  # a link to another story set among the paragraphs
        return True
    if src.wire_issuer(p):  # a release wire's trailer: `Original-Content von: X, übermittelt durch news aktuell`
        found.sources.setdefault("label", src.wire_issuer(p))
        return True
    if src.labelled_source(p) and size(p) <= 12:  # a label line: `FUENTE: Secretaría de Estado de ...`
        if not out or SENTENCE_END.search(out[-1]) or src.labelled_source(out[-1]) or not src.credits_either(p):
            found.sources.setdefault("label", src.labelled_source(p))
        else:  # under a caption or another item's title: its credit, not the article's source
            found.notes.append(f"source: '{p}' credits the line above it, not the article: not taken")
        return True
    return False


def _feed_trailer(p: str, found: Found) -> bool:
    """An auto-posting blog's `からの記事と詳細 ( Headline - Outlet )` (read: the feed item's title and outlet), or the
    same trailer whose parts are not told apart (`( Headline - Agency (Edition) )`): no text either way."""
    headline, outlet = src.feed_trailer(p)
    if outlet:
        found.title = found.title or headline
        found.sources.setdefault("title", outlet)
    return bool(outlet) or bool(re.match(r"^からの記事と詳細\s*[(（]", p.strip()))


def _other_stories_under_label(paragraphs: list[str]) -> int:
    """Where the page's list of other stories starts under the text, headed by a section's label
    (`Fútbol Internacional` / `¿A qué hora juega …?` / `¿Candidato al Puskas? … - VIDEO`): a short
    label with no stop under a finished paragraph (no photo's credit), then two headlines or more,
    each one line of six words or more that ends as a headline does. The paragraphs' count
    when there is no such list."""
    for i in range(len(paragraphs) - 3, 0, -1):
        label, items = paragraphs[i].strip(), paragraphs[i + 1:]
        if "\n" not in label and 1 <= size(label) <= 4 and not re.search(r"[.!?。:：,;]$", label) \
                and SENTENCE_END.search(paragraphs[i - 1]) and not cap.credit_line(label) \
                and all("\n" not in p and 6 <= size(p) <= 30 and _headline_end(p) for p in items):
            return i
    return len(paragraphs)


def _without_foreign_links(paragraphs: list[str]) -> list[str]:
    """The paragraphs without links to other stories set amid the text (_foreign_link)."""
    return [p for i, p in enumerate(paragraphs) if not _foreign_link(paragraphs, i)]


def _foreign_link(paragraphs: list[str], i: int) -> bool:
    """Whether the paragraph at `i` is a link to another story set amid the text: a line of a headline's
    length (six to twenty words, no stop) between paragraphs of running text that shares no word of
    content with the text and names what the text never names (`Why many in Ukraine oppose a ‘land for
    peace’ formula to end the war` amid a lottery story; a line in title case tells no name). A subhead
    or a quote set apart speaks of the text's matter. Text in scripts without spaces, and German text
    (every noun capitalised), are left as they are: no name is told in them."""
    line = paragraphs[i].strip()
    if not 0 < i < len(paragraphs) - 1 or "\n" in line or not 6 <= size(line) <= 20 or SENTENCE_END.search(line) \
            or not (SENTENCE_END.search(paragraphs[i - 1]) and is_prose(paragraphs[i - 1])
                    and is_prose(paragraphs[i + 1])):
        return False
    text = " ".join(paragraphs[:i] + paragraphs[i + 1:])
    if detect(text) == "de":
        return False  # (German capitalises every noun: a capital tells no name)
    words = content_units(line)
    names = re.findall(r"(?<=\s)[A-ZÀ-Ý][a-zß-ÿ]{3,}\b", line)  # a name amid the line: what it is about
    longer = re.findall(r"\b[^\W\d_]{4,}", line)
    title_case = len(names) * 2 >= len(longer)  # (where every word is capitalised, none is told as a name)
    return len(words) >= 3 and not title_case and not words & content_units(text) \
        and any(name not in text for name in names)


def _next_dated_item(paragraphs: list[str]) -> int:
    """Where a digest's next item starts: a later paragraph that opens with another place and its stop
    (rules.dateline.place_with_stop: `Clausthal-Zellerfeld. Der angekündigte Umbau …`) under a lead that
    opened with its own place read as the dateline (`Bad Bramstedt. Die Schön Klinik …`): a list page of
    items, each its own story. The paragraphs' count when there is none."""
    lead = next((i for i, p in enumerate(paragraphs[:3]) if dated_place(p, lead=True)), -1)
    opened = place_with_stop(paragraphs[lead]) if lead >= 0 else ""
    if not opened:
        return len(paragraphs)
    return next((i for i in range(lead + 2, len(paragraphs))
                 if place_with_stop(paragraphs[i]) not in ("", opened)), len(paragraphs))


def _next_story(paragraphs: list[str]) -> int:
    """Where the next story of a page's list starts under the text's own end mark: an agency's
    sign-off after a dash under a finished sentence (`--Associated Press`), then another headline
    (one line, no stop) with text under it, as a blog's page of wire items runs on. The
    paragraphs' count when there is none."""
    for i in range(1, len(paragraphs) - 2):
        after = paragraphs[i + 1].strip()
        if src.dashed_agency(paragraphs[i]) and SENTENCE_END.search(paragraphs[i - 1]) and "\n" not in after \
                and is_headline_like(after) and not SENTENCE_END.search(after):
            return i + 1
    return len(paragraphs)


def _headline_end(line: str) -> bool:
    """A line that ends as a headline does: no stop, or a question mark (`¿A qué hora juega …?`)."""
    return not SENTENCE_END.search(line.strip()) or line.strip().endswith(("?", "？"))


def _foot_furniture(paragraph: str) -> bool:
    """A paragraph at the end of the text that is furniture: a short line with no sentence,
    a writer's initials, a block of links, a link to another story. A sentence signed by its agency (`… mundial.
    EFE`) is text."""
    return bool(not SENTENCE_END.search(paragraph) and is_short(paragraph) and not _printed_address(paragraph)
                and not _agency_signed(paragraph)
                or _INITIALS.match(paragraph) or _link_stack(paragraph) or _story_link(paragraph)
                or _item_cards(paragraph) or _LOST_LINKS.match(paragraph) or _OFFICERS_SIGNATURE.match(paragraph)
                or src.continued_on(paragraph) or _app_box(paragraph) or bool(attribution(paragraph)[0]))


#: A prompt to install the outlet's app or to put its page on the phone's home screen, in the languages read.
_APP_PROMPT = re.compile(r"\binstall (?:our|the)\b.{0,40}\bapp\b|\badd to (?:your )?home screen\b"
                         r"|zum home-bildschirm hinzufügen|(?:sur|à) l['’]écran d['’]accueil|a la pantalla de inicio"
                         r"|ホーム画面に追加|홈\s?화면에\s?추가|添加到主屏幕|添加到主畫面", re.IGNORECASE)


def _app_box(paragraph: str) -> bool:
    """A box of short lines under the text (twelve words a line at most) that asks the reader to install the
    outlet's app (`Get the news faster.` / `Tap to install our app.` / … / `2. Tap to Add to Home Screen.`)."""
    lines = [ln for ln in paragraph.split("\n") if ln.strip()]
    return len(lines) >= 2 and any(_APP_PROMPT.search(ln) for ln in lines) and all(size(ln) <= 12 for ln in lines)


#: A press officer's signature under a release, the name and the rank with the office (`Sündram,
#: Polizeihauptmeister Autobahn- und Verkehrspolizeirevier …`, `Müller, Pressesprecherin`): no sentence.
_OFFICERS_SIGNATURE = re.compile(r"^[A-ZÄÖÜ][\w'’-]+(?:\s[A-ZÄÖÜ][\w'’-]+)?,\s(?:\S+\s)?"
                                 r"\S*(?:(?:meister|kommissar|sprecher|direktor)(?:in)?|(?:polizei|ober)r(?:at|ätin)"
                                 r"|pressestelle)\b[^.!?\n]{0,100}$", re.IGNORECASE)


#: A line that announces links or files under it and ends the copy with its colon, what it announced
#: lost in the paste: `Links to the films are available below:`, `Die Dokumente finden Sie hier:`.
_LOST_LINKS = re.compile(r"^(?=[^.!?]{0,120}$)[^\n]*\b(?:below|here|following|ci-dessous|ci-après|ici|unten|hier"
                         r"|folgenden?|a continuación|abajo|aquí)\s*:$", re.IGNORECASE)


#: A label and the web address it points to, written out (`Alle Unternehmensgeschichten: www.sei.berlin.de/25`,
#: `More information: https://example.org/plan`).
_PRINTED_ADDRESS = re.compile(r"^[^\W\d_][\w'’ -]{1,40}:\s*(?:https?://|www\.)\S+$")


#: A label that invites a reader to share, follow or comment: the page's buttons, whatever address they print.
_SHARE_LABEL = re.compile(r"^(?:share|follow|subscribe|comment|tweet|like|teilen|folgen|partager|suivre|compartir"
                          r"|seguir|condividi|segui|compartilhar|delen|volgen)\b", re.IGNORECASE)


def _printed_address(paragraph: str) -> bool:
    """A line that prints a label and the web address it points to (see _PRINTED_ADDRESS): the text's own
    pointer for readers, as a release closes with it, not a link's label (a copied link prints no address);
    a share or follow button's (`Share this article: https://…`) is the page's."""
    text = paragraph.strip()
    return bool(_PRINTED_ADDRESS.match(text)) and not _SHARE_LABEL.match(text)


def _item_cards(paragraph: str) -> bool:
    """A block of three lines or more that opens and closes with a title (a headline-like line of three
    words or more with no stop): cards for other items under the text, a video's title, its
    blurb and caption, the next one's title; its lines each open a sentence, and one between ends one.
    The text's last section closes with a sentence, and a hard-wrapped paragraph goes on in lower case."""
    lines = [ln.strip() for ln in paragraph.split("\n") if ln.strip()]
    return len(lines) >= 3 and all(is_headline_like(ln) and size(ln) >= 3 and not SENTENCE_END.search(ln)
                                   for ln in (lines[0], lines[-1])) \
        and any(SENTENCE_END.search(ln) for ln in lines[1:-1]) and not any(ln[:1].islower() for ln in lines)


def _card_under_text(paragraphs: list[str]) -> int:
    """How many of the last paragraphs are another item's card under the text (its headline, its
    picture's caption or blurb): two or more that close the copy, each one line and none a sentence
    (five words or more, no stop, a capital first), right under a paragraph of running text that ends
    with a stop, the first of them a headline's form. 0 when there is none. A list closing the text
    has its bullets, or a colon above it."""
    run = 0
    for p in reversed(paragraphs):
        line = p.strip()
        if "\n" in line or SENTENCE_END.search(line) or size(line) < 5 or not line[:1].isupper() \
                or LIST_ITEM.match(line) or not is_headline_like(line):  # (a card's lines are short)
            break
        if line.endswith((":", "：")):
            return 0  # a list's lead-in: what is under it is its items
        run += 1
    above = paragraphs[-run - 1] if 2 <= run < len(paragraphs) else ""
    card = bool(above) and is_prose(above) and bool(re.search(r"[.!?。]['\"’”»]?\s*$", above)) \
        and is_headline_like(paragraphs[-run].strip())
    return run if card else 0


def _teaser_under_text(paragraphs: list[str]) -> bool:
    """The last paragraph, a story's opening with a dateline broken off unfinished, under a text
    that opened with its own dateline and ends its sentences: a teaser linking to a story
    (`本报北京8月16日电(记者X)针对近期少数西方政客和媒体称,中国经`), not the text. (A paste broken
    off in the text's own lead keeps it: no dateline above it.)"""
    last = paragraphs[-1].strip()
    return len(paragraphs) >= 2 and "\n" not in last and bool(read_dateline(last)[0]) \
        and not SENTENCE_END.search(last) and any(SENTENCE_END.search(p) for p in paragraphs[:-1]) \
        and any(read_dateline(p)[0] for p in paragraphs[:-1])


def _other_headline(paragraph: str) -> bool:
    """Another story's headline with its kicker, set among the paragraphs as a link: a line that
    ends with no stop after a sentence that does (`"Temos um quadro raro." Risco de ...`, `A
    estrada que ... infância. Em Seia, as chamas ainda são um trauma`). Running text ends with a
    stop; a subhead has no sentence in it."""
    return "\n" not in paragraph and 6 <= size(paragraph) <= 30 and not SENTENCE_END.search(paragraph) \
        and not _FOOT_SIGNED.search(paragraph) \
        and not re.search(r"[.!?…:：,;\"'“”’»)\]]$", paragraph.rstrip()) \
        and bool(re.search(r"\w[.!?][\"”’»]?\s+[\"“«]?[A-ZÀ-Ý]", paragraph))


def _story_link(paragraph: str) -> bool:
    """A list item after the text that is no sentence: a link to another story (`- 한미 "…‥"`)."""
    return bool(LIST_ITEM.match(paragraph)) and "\n" not in paragraph and not FULL_STOP.search(paragraph)


def _link_stack(paragraph: str) -> bool:
    """Three or more short lines, none a sentence: a block of links (`YTN 유튜브`, `YTN 페이스북`, ...)."""
    lines = paragraph.split("\n")
    return len(lines) >= 3 and all(len(ln.split()) <= 4 and not SENTENCE_END.search(ln) for ln in lines)


#: A writer's initials signing off a local story (`O.P.`, `(nh)`, `[nh]`): no name, and not text.
_INITIALS = re.compile(rf"^(?:(?:{INITIAL}\s?){{1,3}}|[(\[][a-z]{{1,4}}[)\]])$")
#: A wire credit at the end of the text (older agency copy prints it there): `… 말했다. (서울=연합뉴스) 김종우
#: 기자 jongwoo@yna.co.kr`; an outlet after a dash behind the last sentence: `… north and south. - GMA Network`.
_FOOT_WIRE = re.compile(r"\s*" + KOREAN_WIRE_TAG + r"\s*"
                        r"(?P<names>(?:[가-힣]{2,4}\s){0,3}[가-힣]{2,4})\s?(?:기자|특파원)(?:\s+\S+@\S+)?\s*$")
#: A writer's sign-off with a publication label glued behind the last sentence:
#: `… originó el fuego. Susana Espósito - Publicada el Domingo 29/09/24 - 1268 caracteres |`.
_FOOT_SIGNED = re.compile(r"(?<=[.!?”\"])\s+(?P<name>[A-ZÀ-Ý][\w'’.-]+(?:\s[A-ZÀ-Ý][\w'’.-]+){1,3})\s*[-–|]\s*"
                          r"(?:Publicad[ao]|Published|Publié|Publiée|Veröffentlicht|Pubblicato)\b(?P<when>.{0,60})$")
_FOOT_OUTLET = re.compile(r"(?<=[.!?”\"])\s+[-–—]\s+(?P<name>[^\s.!?][^.!?]{1,40})$")
#: An agency after a slash behind the last sentence, a share button's label left behind it:
#: `… 마칠 계획이다. /연합뉴스 Facebook`.
_FOOT_SLASHED = re.compile(r"(?<=[.!?”\"。])\s*/\s*(?P<name>[^\s/.!?]{2,20})(?:\s+(?:Facebook|Twitter|Share|공유))*$")

#: An agency's signature behind the last sentence, as the Spanish-language agencies' clients print it: `… la actividad
#: sísmica mundial. EFE`. (With the desk's initials after a slash, `… EFE/jlr`, it reads as a picture's credit.) The
#: agencies that sign so; other agencies' names after a sentence are pictures' credits (`… on Monday. AFP`).
_FOOT_AGENCY = re.compile(r"(?<=\.|[”\"»](?<=\.[”\"»]))\s+(?P<name>[A-Za-z][\w-]{1,14}(?: [A-Z][\w-]{1,14})?)\.?$")
_SIGNING_AGENCIES = frozenset({"EFE", "Agencia EFE", "Europa Press", "Notimex", "Télam", "PL", "Prensa Latina",
                               "Andina", "Colprensa", "Servimedia"})


def _signed_last(paragraphs: list[str]) -> int:
    """Where the text's last paragraph is when its agency signs it (`… mundial. EFE`): the last paragraph so signed,
    with only furniture under it (`No hay comentarios:`); -1 when there is none. Higher up, a sentence and an
    agency's name is a picture's caption and its credit."""
    for i in range(len(paragraphs) - 1, -1, -1):
        if _agency_signed(paragraphs[i]):
            return i
        if not _foot_furniture(paragraphs[i]):
            return -1
    return -1


def _agency_signed(paragraph: str) -> bool:
    signed = _FOOT_AGENCY.search(paragraph.strip())
    return bool(signed and signed["name"] in _SIGNING_AGENCIES)


#: A copyright mark and its holder behind the last sentence: `… と語った。 (C)時事通信社`, `… said. © AFP`.
_FOOT_NOTICE = re.compile(r"(?<=[.!?”\"。」』])\s*(?:\([Cc]\)|©|ⓒ)\s*(?:\d{4}\s*)?"
                          r"(?P<name>[^\s.!?。()©ⓒ][^.!?。()©ⓒ]{1,30}?)\.?$")


def _notice_outlet(name: str) -> str:
    """The holder of a copyright mark behind the text when it is an agency (`AFP`, `時事通信社`) or a
    name in Korean, Japanese or Chinese ending as outlets' names end; '' otherwise (a photographer's)."""
    name = name.strip()
    if src.known_agency(name) or src.known_agency(re.sub(r"社$", "", name)):
        return name
    return name if re.search(r"[\u3040-\u30ff\u4e00-\u9fff가-힣]", name) and src.looks_like_outlet(name) else ""


#: A day with its year first, alone behind the last sentence (a print view's stamp): `…活動。2015/08/23`.
_FOOT_DAY = re.compile(r"(?<=[.!?”\"。！？」])\s*(?P<y>(?:19|20)\d{2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)"
                       r"(?P<d>\d{1,2})$")


def _foot_day(paragraphs: list[str], found: Found) -> list[str]:
    """A day written year first, alone right behind the text's last sentence, dates the text when
    nothing else does (a print view's stamp; year first, it cannot be misread); it leaves the text."""
    stamp = _FOOT_DAY.search(paragraphs[-1].rstrip()) if paragraphs else None
    if not stamp or found.values.get("date"):
        return paragraphs
    try:
        day = Date(int(stamp["y"]), int(stamp["m"]), int(stamp["d"])).isoformat()
    except ValueError:
        return paragraphs
    found.set("date", day)
    return paragraphs[:-1] + [paragraphs[-1].rstrip()[: stamp.start()].rstrip()]


def _closing_tag(last: str) -> re.Match[str] | None:
    """An agency's tag closing the text, its desk's and editor's initials after slashes:
    `… verloren. (awp/mc/ab)` (see rules.source.CLOSING_TAG); its `name` is the agency."""
    tag = src.CLOSING_TAG.search(last)
    return tag if tag and src.known_agency(tag["name"]) else None


def foot_credit(paragraphs: list[str], found: Found) -> tuple[list[str], str]:
    """A credit behind the last sentence of the text names its source (and, for a wire, its
    reporters and dateline); it leaves the text. Returns the paragraphs and the credit's place."""
    if not paragraphs:
        return paragraphs, ""
    last = paragraphs[-1]
    wire = _FOOT_WIRE.search(last)
    if wire and SENTENCE_END.search(last[: wire.start()]):
        found.sources.setdefault("dateline", wire["agency"])
        found.set("author", tuple(wire["names"].split()))
        return paragraphs[:-1] + [last[: wire.start()].rstrip()], wire["place"]
    signed = _FOOT_SIGNED.search(last)
    if signed and by.parse_byline("By " + signed["name"]):  # `… el fuego. Susana Espósito - Publicada el …`
        found.set("author", (signed["name"],))
        found.set("date", short_year_date(signed["when"], found.date_order))
        return paragraphs[:-1] + [last[: signed.start()].rstrip()], ""
    notice = _FOOT_NOTICE.search(last)
    if notice and _notice_outlet(notice["name"]):  # `… と語った。 (C)時事通信社`
        found.sources.setdefault("copyright", _notice_outlet(notice["name"]))
        return paragraphs[:-1] + [last[: notice.start()].rstrip()], ""
    outlet = _FOOT_OUTLET.search(last) or _closing_tag(last)
    if not (outlet and (src.is_title_case_name(outlet["name"]) or src.known_agency(outlet["name"]))):
        slashed = _FOOT_SLASHED.search(last)
        outlet = slashed if slashed and src.known_agency(slashed["name"]) else None
        outlet = outlet or (_FOOT_AGENCY.search(last) if _agency_signed(last) else None)
    if outlet:
        found.sources.setdefault("line", outlet["name"])
        return paragraphs[:-1] + [last[: outlet.start()].rstrip()], ""
    return _foot_day(paragraphs, found), ""


#: A credit in brackets closing a paragraph: an agency and its reporter, `…お伝えする。(共同通信=伊藤元輝)`,
#: `…工作。(新華社記者 黃韜銘)`, or the paper's own reporter alone, `…成果。(記者 林彬彬)`; a Japanese paper's
#: reporters and desk,
#: `…ところが…。【江畑佳明、吉井理記/統合デジタル取材センター】`.
_CLOSING_CREDITS = (
    re.compile(r"[(（](?P<outlet>[^()（）=＝\s]{2,10})[=＝](?P<names>[\u3040-\u30ff\u4e00-\u9fff]{2,6})[)）]$"),
    re.compile(r"[(（](?P<outlet>[\u4e00-\u9fff]{2,6}?)?(?:記者|记者)(?![会會站证證节節团團])\s*"
               r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，,\s]+[\u4e00-\u9fff]{2,4}){0,3})\s*[)）]$"),
    re.compile(r"【(?P<names>[\u3040-\u30ff\u4e00-\u9fff]{2,6}(?:、[\u3040-\u30ff\u4e00-\u9fff]{2,6}){0,4})[/／]"
               r"[^】]{2,20}(?:部|センター|支局|総局|局|班)】$"),
)


def closing_credit(paragraphs: list[str], found: Found) -> None:
    """A credit in brackets at the end of the standfirst, one of the first paragraphs or the last names the
    reporters (the authors) and, where it names an agency or outlet, the source. It stays in the text."""
    if paragraphs:
        _closing_outlet(paragraphs[-1], found)
    for p in [str(found.values.get("summary", "")), *paragraphs[:3], *paragraphs[-1:]]:
        text = p.strip()
        if not re.search(r"[。.]", text):
            continue  # a credit closes running text, not a line of its own
        if found.language == "ja" and by.closing_names(text):  # the names alone, as Mainichi signs
            found.set("author", by.closing_names(text))
            return
        for pattern in _CLOSING_CREDITS:
            match = pattern.search(text)
            outlet = match.groupdict().get("outlet", "") if match else ""
            if not match or (outlet and not src.looks_like_outlet(outlet)):
                continue
            if outlet:
                found.sources.setdefault("byline", outlet)
            found.set("author", tuple(n for n in re.split(r"[、，,\s]+", match["names"]) if n))
            return


#: A Korean paper's bracketed credit of its reporter behind the last sentence:
#: `… 발표한다. [비즈니스포스트 이정은 기자]`.
_CLOSING_BRACKET = re.compile(r"(?<=[.!?”\"])\s*(?P<credit>\[[^\[\]]{2,30}\])$")


def _closing_outlet(last: str, found: Found) -> None:
    """An agency's name alone in brackets closing the text (`… Real Madrid. (Télam)`, rules.source.
    CLOSING_AGENCY, a known agency) is the source; a Korean paper's credit of its reporter there is read as
    the lead's is (rules.dateline.korean_bracket_credit): the outlet the source, the reporter the author."""
    tag = src.CLOSING_AGENCY.search(last.strip())
    name = (src.known_agency(tag["name"]) or known_outlet(tag["name"])) if tag else ""  # `… (dpa)`, `… (taz)`
    if name:
        found.sources.setdefault("line", name)
        return
    bracket = _CLOSING_BRACKET.search(last.strip())
    outlet, reporter, _, _ = korean_bracket_credit(bracket["credit"]) if bracket else ("", "", "", "")
    if outlet:
        found.sources.setdefault("line", outlet)
        found.set("author", (reporter,))


#: A broadcaster's sign-off at the end of a report: `KBS 뉴스 장덕수입니다.`, `MBC뉴스 김지수입니다`.
_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?]\s))(?P<outlet>[A-Za-z]{2,5}|연합뉴스TV|채널A|TV조선)\s?뉴스\s?"
                       r"(?P<name>[가-힣]{2,4})입니다\.?$")  # also at the end of a script run into one line


#: An anchor handing over to the reporter: `정윤섭 특파원이 보도합니다.`, `보도에 정유신 기자입니다.`,
#: `김경인 기자.` (alone on its line, calling the reporter on air).
_HAND_OVER = re.compile(r"^(?:(?P<a>[가-힣]{2,4})\s?(?:기자|특파원|리포터)(?:가|이)\s"
                        r"(?:보도합니다|전해드립니다|전합니다)|보도에\s(?P<b>[가-힣]{2,4})\s?(?:기자|특파원)입니다|(?P<c>[가-힣]{2,4})\s(?:기자|특파원))\.?$")


def _hand_over(paragraphs: list[str]) -> str:
    """The reporter an anchor hands over to in the opening lines of a broadcast script, or ''."""
    for p in paragraphs[:12]:
        for line in p.split("\n"):
            match = _HAND_OVER.match(line.strip())
            if match:
                return match["a"] or match["b"] or match["c"]
    return ""


def sign_off(paragraphs: list[str], found: Found) -> None:
    """A broadcaster's sign-off among the last paragraphs names the reporter (the author) and the
    broadcaster (the source, as a byline names it); the spoken line stays in the text. Without one,
    the reporter an anchor hands over to is the author."""
    if not found.values.get("author") and _hand_over(paragraphs):
        found.set("author", (_hand_over(paragraphs),))
    for p in paragraphs[-6:]:
        for line in p.split("\n"):
            match = _SIGN_OFF.search(line.strip())
            if match:
                found.set("author", (match["name"],))
                found.sources.setdefault("byline", match["outlet"])
                return


def reporting(paragraphs: list[str], found: Found) -> list[str]:
    """`(Reporting by X; Editing by Y)` after the last paragraph: X wrote it."""
    if not paragraphs:
        return paragraphs
    rest, names = by.reporting_trailer(paragraphs[-1])
    if not names:
        return paragraphs
    found.set("author", names)
    return paragraphs[:-1] + ([rest] if rest else [])


#: The writer's name in brackets closing a Chinese or Japanese text, as People's Daily and many papers
#: sign a report (`…剩余工程。(李心萍)`, a line `(堤  哲)`): two to four Han characters, a space perhaps
#: between family and given name.
_CLOSING_NAME = re.compile(r"(?:^|(?<=[。！？」』”]))\s*[(（]\s*(?P<name>[\u4e00-\u9fff]{1,2}(?:\s{1,2}|\u3000)?"
                           r"[\u4e00-\u9fff]{1,3})\s*[)）]$")
#: What such brackets hold that is no name: an end mark, a picture's or an outlet's credit, a part's number.
_NO_NAME = re.compile(r"[完终終续續图圖摄攝供编編译譯报報社网網台局部院会會省市县縣区區上中下]|记者|記者")


def closing_name(paragraphs: list[str], found: Found) -> list[str]:
    """The writer's name in brackets at the end of the last paragraph, or alone as the last one,
    in Chinese or Japanese copy: the author (the name alone on its line leaves the text; after the
    last sentence it stays, as the paper prints it). Not an end mark (`(完)`), a credit or a place."""
    match = _closing_name_of(paragraphs[-1], found) if paragraphs else None
    if match is None:
        return paragraphs
    found.set("author", (" ".join(match["name"].split()),))
    return paragraphs[:-1] if match.start() == 0 else paragraphs


#: The commonest Chinese surnames (simplified and traditional forms; together they cover most of the
#: population) and the compound ones: a Chinese name in brackets with no space must open with one,
#: so that a place (`(北京)`) or a word is no writer. Japanese names are signed with a space between
#: family and given name (`(堤  哲)`).
_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖"
    "田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊"
    "秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安"
    "齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌"
    "毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農"
    "司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵"
    "閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺")
_COMPOUND_SURNAMES = ("欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟",
                      "尉遲", "公孙", "公孫", "慕容", "令狐", "宇文", "长孙", "長孫", "夏侯", "轩辕", "軒轅")


def _reads_as_name(name: str) -> bool:
    """A name in brackets that reads as a person's: spaced (a Japanese signature), or opening with a
    Chinese surname."""
    return bool(re.search(r"\s", name)) or name[0] in _SURNAMES or name.startswith(_COMPOUND_SURNAMES)


def _closing_name_of(text: str, found: Found) -> re.Match[str] | None:
    """The match of a writer's name in brackets closing `text` (see closing_name), or None."""
    if found.language not in ("zh", "ja") or found.values.get("author"):
        return None
    match = _CLOSING_NAME.search(text.strip())
    if not match or not _reads_as_name(match["name"]) or _NO_NAME.search(match["name"]) \
            or src.is_place_name(match["name"]) or known_city(match["name"]) \
            or src.looks_like_outlet(match["name"]) and not re.search(r"\s", match["name"]):
        return None
    return match
