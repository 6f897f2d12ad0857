"""Which line of a text's head is the headline (for the second pass of `extract`, in `head`):
the first headline-like line above the running text, past breadcrumbs, section labels,
kickers, a photo's caption and date lines; or a line the page prints twice, a headline its
label or credit marks, a short headline over its byline, a broadcast's headline over its date
line; or none, with a note, when two lines could be the headline."""

from __future__ import annotations

import re

from gazette.importer.passes.found import Found, date_line
from gazette.importer.rules import byline as by
from gazette.importer.rules import caption as cap
from gazette.importer.rules import source as src
from gazette.importer.rules.outlet_names import known_outlet
from gazette.importer.rules.dateline import credit_line_over_lead, is_rubric, read_dateline, wire_credit, wired_headline
from gazette.importer.rules.furniture import CRUMB_LABEL, is_label
from gazette.importer.rules.source import split_title
from gazette.importer.rules.text import (
    FULL_STOP,
    is_long_headline,
    LIST_ITEM,
    SENTENCE_BREAK,
    SENTENCE_END,
    TOLD_ENOUGH,
    content_units,
    is_headline_like,
    is_prose,
    size,
)


def find_title(flat: list[str], found: Found) -> int:
    """The headline's index (see _pick_title), unless that line is written in another script than
    the text: a Latin line over Japanese, Korean or Chinese copy is a programme's or a site's
    name (`news every. きょうコレ`, a menu `뉴스 트렌드 International edition`): the headline is then
    the first headline-like line above it when a date line is right under that (a notice printed twice,
    `CCTV.com - ERROR`, weighed more), else looked for under it, and when there is none a person gives it."""
    at = _spoken_of(flat, _pick_title(flat, found), found)
    wired = next((i for i, line in enumerate(flat[:8]) if wired_headline(line)[0]), -1)
    if wired >= 0 and not 0 <= at < wired:
        return wired  # `中新網安康旬陽9月27日電 題:X` with no headline above it: the headline is after `題:`
    if at >= 0 and found.language in ("ja", "ko", "zh") and _mostly_latin(flat[at]):
        found.notes.append(f"title: '{flat[at]}' is in another script than the text: a label, not a headline")
        above = _top_headline(flat[:at], found)[0] if at else -1
        if above >= 0 and not _mostly_latin(flat[above]) and date_line(flat[above + 1], found) is not None:
            return above  # the headline over its date line; the Latin line under them (a site's notice printed twice)
        under = _pick_title(flat[at + 1:], found) if at + 1 < len(flat) else -1
        return at + 1 + under if under >= 0 and not _mostly_latin(flat[at + 1 + under]) else -1
    return at


def _spoken_of(flat: list[str], at: int, found: Found) -> int:
    """The headline at `at`, unless it shares no word with the running text under it (forty words or
    more: rules.text.content_units) while a headline-like line between it and the text does: then that
    line (the nearest the text, if several) is the headline, and the first a site's name or motto over
    it (`Creating new perspectives since 2009`). A headline names what its text speaks of."""
    start = next((i for i in range(at + 1, len(flat)) if is_prose(flat[i]) and SENTENCE_END.search(flat[i])), -1)
    if at < 0 or start < 0:
        return at
    told = content_units(" ".join(flat[start:]))
    if size(" ".join(flat[start:])) < TOLD_ENOUGH or content_units(flat[at]) & told:
        return at
    for j in range(start - 1, at, -1):  # (the nearest the text: a section's label stands above its headline)
        if _could_head(flat[j], found) and content_units(flat[j]) & told:
            found.notes.append(f"title: '{flat[j]}' is the headline (it names what the text speaks of), "
                               f"not '{flat[at]}' above it")
            return j
    return at


def _could_head(line: str, found: Found) -> bool:
    """A line that could be the headline under another: headline-like, no stop, no date line, no
    byline, no photo's caption with its credit."""
    return is_headline_like(line) and not SENTENCE_END.search(line) and date_line(line, found) is None \
        and not by.read_byline(line) and not cap.trailing_credit(line) and not cap.doubled_caption(line)


def _mostly_latin(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return sum(c.isascii() for c in letters) > len(letters) / 2


def _pick_title(flat: list[str], found: Found) -> int:
    """Index of the headline in `flat`, or -1 when the copy shows none: the first headline-like
    line above the running text; else the first line there that is not metadata (a short
    headline); else a short sentence over the running text; else a headline printed right
    above its date line (broadcast copy)."""
    twice = _printed_twice(flat, found)
    doubled = _doubled_over_text(flat, found)
    if twice < 0 or twice == doubled:  # (printed twice in a row over the text: the lines above are the page's)
        twice = doubled if doubled >= 0 else _browser_title_again(flat)
        found.page_above = twice >= 0
    if twice >= 0:
        return twice
    at, first_label = _top_headline(flat, found)
    labelled = _rubric_headline(flat, at, found) if at >= 0 else -1
    labelled = labelled if labelled > at else _last_of_stack(flat, at, found)
    if labelled > at:
        found.notes.append(f"title: '{flat[labelled]}' is the headline (its label or credit says so), "
                           f"not '{flat[at]}' above it")
        return labelled
    if at >= 0:
        return _weighed_top(flat, at, found)
    if first_label >= 0:
        return first_label
    if _headline_over_credit(flat, found) or _headline_over_caption(flat) or _sentence_headline(flat, found) \
            or _short_headline(flat):
        return 0
    return _broadcast_headline(flat, found)


def _weighed_top(flat: list[str], at: int, found: Found) -> int:
    """The first headline-like line (at `at`) weighed against the lines under it. A copy that opens
    with it has its headline, unless a date line parts it from a weightier line under it (a site's
    name above the masthead's date, the headline below) or it is a banner in capitals; otherwise a
    rival of its weight under it leaves the headline to the date line (`_dated_rival`)."""
    opens = all(date_line(line, found) is not None or (i == 0 and (site_prompt(line, flat[1]) or _goes_on(line)))
                for i, line in enumerate(flat[:at]))  # only date lines (or the site's prompt) above it
    masthead = _dated_below(flat, at, found)
    rival = _rival_headline(flat, at, found) if not opens or masthead or _banner(flat[at]) else ""
    if rival and masthead and rival == flat[at + 2] and not _rival_headline(flat, at + 2, found):
        return at + 2  # the site's name and the masthead's date over the headline
    if rival:
        return _dated_rival(flat, at, rival, found)
    return at


#: A headline that a live page or a video prints with its label: `EN DIRECT - Météo : ...`, `VIDEO. ...`.
_RUBRIC_OPENING = re.compile(r"^(?P<label>[^\W\d_][^\W\d_ -]*(?: [^\W\d_]+)?)\s*(?:[-–—|:]|\.)\s+\S")


def _dated_rival(flat: list[str], at: int, rival: str, found: Found) -> int:
    """Of two lines that could be the headline, the one with the article's date line right under it
    when the other has none (a section's teaser above, `MINUTO POLÍTICO | …`; the headline over its
    `9 enero 2020 - 22:07 h`); else -1 with a note: the copy does not say which."""
    dated = _dated_lines(flat, at, found)
    if len(dated) == 1 and date_line(flat[at + 1], found) is None \
            and not _headline_under(flat, _past_byline(flat, dated[0]) + 1):
        return dated[0]
    found.notes.append(f"title: several lines could be the headline: '{flat[at]}', '{rival}'")
    return -1


def _past_byline(flat: list[str], i: int) -> int:
    """The index of the line under the one at `i`, past a byline between them: a headline's date line stands right
    under it or under its byline."""
    return i + 2 if i + 2 < len(flat) and by.read_byline(flat[i + 1]) else i + 1


def _headline_under(flat: list[str], at: int) -> bool:
    """Whether the line at `at` (the one under a date line) could be the headline too: a date line
    between two headline-like lines (a site's slogan over it, the headline under it) does not say
    which of them it dates."""
    return at < len(flat) and is_headline_like(flat[at]) and _has_words(flat[at]) and not is_prose(flat[at])


def _dated_lines(flat: list[str], at: int, found: Found) -> list[int]:
    """The headline-like lines under `at`, before the running text, with a date line right under them (or under
    their byline): a byline is never the headline."""
    dated = []
    for i in range(at + 1, len(flat) - 1):
        line = flat[i]
        if is_prose(line) and not is_headline_like(line) or read_dateline(line)[0]:
            break
        under = _past_byline(flat, i)
        if is_headline_like(line) and _has_words(line) and date_line(line, found) is None and not by.read_byline(line) \
                and date_line(flat[under], found) is not None and not cap.trailing_credit(f"{line} {flat[under]}"):
            dated.append(i)  # (not a caption wrapped over its day: `X, AFP | Mayor …` / `speaks … July 18, 2016`)
    return dated


def _rubric_headline(flat: list[str], at: int, found: Found) -> int:
    """The index of a headline-like line under the one at `at`, before the running text, that opens
    with a live page's or a video's label in capitals (the page's own headline, a dossier's or
    section's title above it); -1 when there is none."""
    for i in range(at + 1, min(len(flat), at + 5)):
        line = flat[i]
        if is_prose(line) and not is_headline_like(line) or read_dateline(line)[0]:
            return -1
        label = _RUBRIC_OPENING.match(line)
        if label and label["label"].isupper() and is_rubric(label["label"]) and is_headline_like(line) \
                and not _is_metadata_line(line, flat[i + 1] if i + 1 < len(flat) else "", found):
            return i
    return -1


def _last_of_stack(flat: list[str], at: int, found: Found) -> int:
    """In a stack of four or more headline-like lines from `at` (other stories' headlines listed
    above the article's), or of three of about one length, the last one when a credit or date line
    comes right under it: the article's headline. -1 otherwise."""
    end = at
    while end + 1 < len(flat) and _stacked(flat[end + 1], flat[end + 2] if end + 2 < len(flat) else "", found):
        end += 1
    if end - at < 2 or end + 1 >= len(flat) or (end - at == 2 and not (at >= 0 and _alike(flat[at:end + 1]))):
        return -1  # (three lines: only a list's headlines weigh alike; a headline's decks are longer)
    return end if _credit_line(flat[end + 1], found) else -1


def _stacked(line: str, following: str, found: Found) -> bool:
    """Whether `line` could be one of a stack of headlines: headline-like, no running text, no byline (a
    byline is never a headline), no picture's caption printed again with its credit, no metadata."""
    return is_headline_like(line) and not is_prose(line) and not by.read_byline(line) \
        and not cap.repeated_with_credit(line, following) and not _is_metadata_line(line, following, found)


def _credit_line(line: str, found: Found) -> bool:
    """A wire's credit, a date line, a byline or a reporter's or paper's credit: what stands under a headline."""
    return wire_credit(line)[3] == line.strip() or date_line(line, found) is not None \
        or bool(by.read_byline(line)) or bool(by.reporter_line(line)) or bool(by.CJK_OUTLET_BYLINE.match(line))


def _alike(lines: list[str]) -> bool:
    """Lines of about one weight (none half as long again as another): a list of headlines."""
    sizes = [len(line) for line in lines]
    return max(sizes) <= 1.5 * min(sizes)


def _printed_twice(flat: list[str], found: Found) -> int:
    """A headline-like line printed twice above the running text (a page's title bar and its
    headline): the surest headline there is; not a known outlet's name (rules.outlet_names), which a page prints
    twice as its logo's text and its masthead. -1 when there is none."""
    seen: dict[str, int] = {}
    latest = -1  # of several (a page's menu repeats its links too), the one repeated nearest the text
    for i, line in enumerate(flat):
        following = flat[i + 1] if i + 1 < len(flat) else ""
        if (is_prose(line) and size(line) >= 20 and not is_long_headline(line, following)) or read_dateline(line)[0]:
            break  # running text (a short sentence above the headline is a site's prompt)
        if line in seen and is_headline_like(line) and _has_words(line) and not known_outlet(line) \
                and not _is_metadata_line(line, flat[i + 1] if i + 1 < len(flat) else "", found):
            latest = seen[line]
        seen.setdefault(line, i)
    return latest


def _browser_title_again(flat: list[str]) -> int:
    """The headline printed again under the browser's title that opens the copy (`Headline | Site`,
    then the page's menu, then `Headline`): its index, every line above it the page's (the title's
    site is read as the source as the lines above are); -1 when there is none before the text."""
    title, suffix = split_title(flat[0]) if flat else ("", "")
    if not suffix or not is_headline_like(title):
        return -1
    for i, line in enumerate(flat[1:], start=1):
        if line.strip() == title:
            return i
        if is_prose(line) and size(line) >= 20 or read_dateline(line)[0]:
            return -1
    return -1


def _doubled_over_text(flat: list[str], found: Found) -> int:
    """A headline-like line with no stop printed twice in a row right over running text, even under
    other stories' teasers that are sentences (`Vídeo: El Grinch robó …` twice, then the text): a
    page's title bar and its headline. A caption printed twice ends with its stop or credit. Above it,
    lines of one sentence (teasers) and one paragraph of several at most (a site's blurb): two such
    paragraphs there are an article's, and a related story's link printed twice under it does not
    make it the page's. -1 when none."""
    paragraphs_above = 0
    for i, line in enumerate(flat[:-2]):
        paragraphs_above += bool(SENTENCE_BREAK.search(line) or re.search(r"。\S", line))
        if read_dateline(line)[0] or paragraphs_above > 1:
            return -1
        if line != flat[i + 1] or SENTENCE_END.search(line) or not is_headline_like(line) or not _has_words(line) \
                or _is_metadata_line(line, flat[i + 2], found) or by.read_byline(line) or cap.trailing_credit(line):
            continue
        if is_prose(flat[i + 2]) and not read_dateline(flat[i + 2])[0] or opens_body(flat[i + 2]):
            return i
    return -1


def _banner(line: str) -> bool:
    """A line in capitals (letters of a script with case, two words at least): a banner, a section's
    or a page's label over the page (`LA PORTADA DE MAÑANA`), as weighty as a headline in a paste
    but no surer one than a headline-like line in running case under it."""
    letters = [c for c in line if c.isalpha()]
    return size(line) >= 2 and len(letters) >= 6 and all(c.isupper() for c in letters)


def _dated_below(flat: list[str], at: int, found: Found) -> bool:
    """Whether a date line follows the short line at `at` (a site's name, four words at most)
    directly, and a weightier headline-like line (no sentence) under the date."""
    return size(flat[at]) <= 4 and at + 2 < len(flat) and date_line(flat[at + 1], found) is not None \
        and is_headline_like(flat[at + 2]) and size(flat[at + 2]) > size(flat[at]) \
        and not SENTENCE_END.search(flat[at + 2])


def _has_words(line: str) -> bool:
    """At least three letters: a bullet with a count (`• 0`) is no headline."""
    return sum(c.isalpha() for c in line) >= 3


def _rival_headline(flat: list[str], at: int, found: Found) -> str:
    """Another headline-like line between the chosen headline and the running text, of at least
    the headline's weight: with two candidates the copy does not say which is the headline
    (a site's banner or section line above, a photo's caption below), so none is taken.
    A short line under a longer headline (a dek, a rubric) is no rival."""
    for i in range(at + 1, len(flat)):
        line = flat[i]
        following = flat[i + 1] if i + 1 < len(flat) else ""
        if is_prose(line) or read_dateline(line)[0]:
            return ""
        if _is_metadata_line(line, following, found) or by.read_byline(line) or by.reporter_line(line) \
                or is_label(line) or not is_headline_like(line) or line == flat[at]:
            continue
        if size(line) >= size(flat[at]) and not cap.is_caption(line, following) and not _gapped_credit(line):
            return line
    return ""


def _gapped_credit(line: str) -> bool:
    """A line whose last part, after a wide gap, is a photo's credit (`鄭旭華(右)、高四明(中)在庭上  記者 楊帆 攝`),
    or a few characters after a sentence's full stop (`…在法院門口。 網上圖片`): a photo's caption with its
    credit, no headline."""
    head, _, tail = line.strip().rpartition("  ")
    stop_then_credit = re.search(r"。\s?[^\s。]{1,8}$", line.strip())
    return bool(head.strip()) and bool(cap.credit_line(tail.strip())) or bool(stop_then_credit)


#: A page's clock for a place: `Ecuador Continental: 12:34`, `Hora de Madrid: 10:05` (no headline ends with a time).
_CLOCK_SHOWN = re.compile(r"[^\W\d_][^:\d]{1,30}:\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)


def _is_metadata_line(line: str, following: str, found: Found) -> bool:
    """A line above the headline that is metadata: a date, a credit, a source, a photo's caption."""
    label = src.labelled_source(line) and not src.trailing_label(line)[0]  # `Headline. Fuente: X` is a headline
    if date_line(line, found) is not None or cap.credit_line(line) or label or _CLOCK_SHOWN.fullmatch(line.strip()) \
            or src.aged_outlet(line) or by.name_and_outlet(line) or _credit_alone(line):
        return True
    return cap.is_caption(line, following) and (not is_headline_like(line) or bool(cap.trailing_credit(line))
                                             or bool(cap.marked_caption(line)) or bool(cap.credit_line(following))
                                             or bool(cap.doubled_caption(line)))


def _credit_alone(line: str) -> bool:
    """A line that is a credit and nothing else, never a headline: a wire's credit, a paper's byline
    (`聯合報／ 記者X／台北報導`), a reporter's credit (`□常德日报记者 黄媛媛 通讯员 田志波`), a photo's
    line with its photographer and agency after dashes (`Archivo - … - Nacho Cubero - Europa Press`)."""
    return bool(credit_line_over_lead(line)[0]) or bool(by.CJK_OUTLET_BYLINE.match(line)) \
        or bool(by.reporter_line(line)) or bool(cap.dashed_photographer_credit(line))


def _is_kicker(line: str, following: str, found: Found, after: str = "") -> bool:
    """A short line right above a longer headline-like one: a kicker or a section label. A longer
    line that is a photo's caption (its credit under it) is no headline, and makes none a kicker."""
    if re.search(r"\w[:：]\s\S+\s\S+", line):
        return False  # a rubric and its headline in one line: `Coronavirus-Blog: Spahn verteidigt ...`
    return (size(line) <= 4 or _kicker_banner(line, following, after)) \
        and is_headline_like(following) and size(following) > size(line) \
        and date_line(following, found) is None and not by.read_byline(following) \
        and not (after and cap.is_caption(following, after) and bool(cap.credit_line(after)))


def _kicker_banner(line: str, following: str, after: str) -> bool:
    """A line in capitals right over a headline in running case with the text under it (no other
    headline-like line): its kicker (an antetítulo), whatever its length. Over another headline-like
    line, a banner is the page's, and the copy does not say which line is the headline."""
    return _banner(line) and not _banner(following) and not (is_headline_like(after) and not is_prose(after))


def _top_headline(flat: list[str], found: Found) -> tuple[int, int]:
    """(the first headline-like line above the running text, the first other non-metadata line
    there), each -1 when there is none."""
    # Complexity 17: one walk down the head, each kind of line it passes over (metadata, a list
    # item, the site's prompt, a kicker) or stops at (running text, a dateline) tested in turn.
    first_label = -1
    for i, full in enumerate(flat):
        following = flat[i + 1] if i + 1 < len(flat) else ""
        if _is_metadata_line(full, following, found) or _passed_over(flat, i):
            continue
        line = _without_trailing_date(full, found)  # `Headline(2023年10月5日)` weighs as the headline
        if i == 0 and is_long_headline(line, following):
            return i, first_label  # a long headline opening the copy
        if i == 0 and site_prompt(line, following):
            continue
        if is_prose(line) or read_dateline(line)[0]:
            break
        if not is_headline_like(line) or not _has_words(line):
            if first_label < 0 and _plain_headline(line):
                first_label = i
            continue
        if not _is_kicker(line, following, found, flat[i + 2] if i + 2 < len(flat) else ""):
            return i, first_label
    return -1, first_label


#: A date's label that lost its date (the page fills it in with a script): `Zuletzt aktualisiert am`,
#: `Last updated on`, `Mis à jour le`, `Publicado el`, `更新日`, `입력`.
_EMPTY_DATE_LABEL = re.compile(
    r"^(?:(?:zuletzt |last |dernière )?(?:aktualisiert|veröffentlicht|erschienen|updated|published|posted|modified"
    r"|mis à jour|mise à jour|publié|modifié|actualizado|publicado|actualización|modificado)(?: (?:am|um|on|at|le|el|à"
    r"|a las))?|更新日時?|公開日時?|配信日時?|発行日|발행일|입력|수정|등록|发布时间|更新时间|發布時間|更新時間)"
    r"\s*[:：]?$",
    re.IGNORECASE)


#: A print version's header: the page's or site's name with the version's label (`Gemeinde Waldburg
#: (Druckversion)`, `… - Druckansicht`, `… (Printer-friendly version)`, `… (version imprimable)`).
_PRINT_HEADER = re.compile(r"(?:\s[-–|]\s|\s?\()(?:Druckversion|Druckansicht|Print(?:er[- ]friendly)? version"
                           r"|Printable version|version imprimable|versión (?:para )?imprimir|versione stampabile)\)?$",
                           re.IGNORECASE)


def _passed_over(flat: list[str], i: int) -> bool:
    """A line above the text that is no headline whatever its weight: a list item (a link to another
    story), a picture's caption with its credit printed twice, a line ending with a colon (a label
    or a prompt announces what follows it: `We could not find any results for:`) or a comma (a
    phrase that goes on in the next line, a page's `このページの現在地は、` over its breadcrumb), a date's label
    without its date, or a print version's header (`Gemeinde Waldburg (Druckversion)`)."""
    return bool(LIST_ITEM.match(flat[i])) or credited_twice(flat, i) or _goes_on(flat[i]) \
        or bool(_EMPTY_DATE_LABEL.match(flat[i].strip())) or bool(_PRINT_HEADER.search(flat[i].strip())) \
        or worded_byline(flat[i]) or bool(_PLACE_LABEL.match(flat[i].strip())) or _form_fields(flat[i])


#: The labels of a page's search and sign-in form, in the importer's languages (words of a label joined by `_`).
_FORM_WORDS = frozenset("""search login log_in sign_in password username account user email e-mail go ok
suche anmelden passwort benutzername konto recherche connexion mot_de_passe identifiant compte buscar
contraseña usuario cuenta entrar 検索 ログイン パスワード ユーザー名 アカウント 검색 로그인 비밀번호 아이디 계정
检索 檢索 搜索 登录 登錄 登入 密码 密碼 帐户 帳戶 账户 賬戶 帐号 帳號 账号 用户名 用戶名""".split())


def _form_fields(line: str) -> bool:
    """A line of a search or sign-in form's labels and nothing else (`檢索: 帳戶 密碼`, `Search Login
    Password`), two at least: the page's, no headline."""
    text = re.sub(r"\b(log|sign) in\b|\bmot de passe\b", lambda m: m[0].replace(" ", "_"), line.strip().casefold())
    words = [w for w in re.split(r"[\s:：|/·•]+", text) if w]
    return len(words) >= 2 and all(w in _FORM_WORDS for w in words)


#: The label of a page's breadcrumb, "where you are" (`本頁位置:首頁新聞中心社會新聞`, `현재 위치 : 홈`), its path
#: glued on or not: the page's, never the headline.
_PLACE_LABEL = re.compile(rf"^{CRUMB_LABEL}", re.IGNORECASE)


#: The word a byline opens with, in the corpus's languages (`By`, `Von`, `Par`, `Por`, `Door`, `Di`, `Da`).
def _goes_on(line: str) -> bool:
    """A line ending with a colon or a comma: a label or a phrase that the next line completes (a
    page's `このページの現在地は、` or `You are here:` over its breadcrumb), no headline."""
    return line.rstrip().endswith((":", "：", ",", "、", "，"))


def worded_byline(line: str) -> bool:
    """A line that opens with a byline's word and reads as a byline, names and nothing else
    (`Von Dieter Keller`, `By Jane Doe`): a byline, never a headline, even where the copy shows
    no headline above it. A headline that opens with the word (`By the numbers: …`) reads as none."""
    return by.read_byline(line) is not None  # (which reads only a line that opens with a byline's word)


def credited_twice(flat: list[str], i: int) -> bool:
    """A line with a © printed twice in a row (this one and the next, or the one before): an image's
    alt text and its caption, with the photo's credit, as a paste of the picture prints them."""
    line = flat[i]
    return "©" in line and line in (flat[i + 1] if i + 1 < len(flat) else "", flat[i - 1] if i else "")


def site_prompt(line: str, following: str) -> bool:
    """A sentence of six words at most opening the copy with a full stop (a question or a cry may be a
    headline), over a longer headline-like line with no final stop: the site's prompt over its page
    (`We've got news for you.` over a sign-up form that went with the furniture), not a headline and
    not the text's start."""
    return bool(FULL_STOP.search(line)) and 2 <= size(line) <= 6 and is_headline_like(following) \
        and not SENTENCE_END.search(following) and size(following) > size(line) and _has_words(following)


def _headline_over_credit(flat: list[str], found: Found) -> bool:
    """The copy's first line, headline-like with no stop, over a photo's credit line (`Photo: IANS`)
    with the running text under the credit: the headline over its photo, when no other line above
    the text could be one. A caption over its credit ends with its stop or says it is a photo."""
    if len(flat) < 3 or not is_headline_like(flat[0]) or SENTENCE_END.search(flat[0]) or not _has_words(flat[0]) \
            or cap.PHOTO_WORDS.search(flat[0]) or cap.PICTURE_WORDS.search(flat[0]) or not cap.credit_line(flat[1]):
        return False
    under = next((ln for ln in flat[2:4] if ln != flat[1]), "")
    return opens_body(under) and is_prose(under)


def _headline_over_caption(flat: list[str]) -> bool:
    """The copy's first line, of a headline's length (six to forty words) with no stop, over a photo's
    caption with its agency's credit glued on (`… amnistía. EFE/ Mariscal`), the picture's label
    (a few words with no stop: its file's keywords) between them at most: the headline over its photo.
    A first line that ends with a stop is a sentence, a short one a section's label."""
    if len(flat) < 3 or not 6 <= size(flat[0]) <= 40 or SENTENCE_END.search(flat[0]) or SENTENCE_BREAK.search(flat[0]):
        return False
    under = 2 if size(flat[1]) <= 4 and not SENTENCE_END.search(flat[1]) else 1
    return under < len(flat) and bool(cap.trailing_credit(flat[under])) and not cap.trailing_credit(flat[0])


def _plain_headline(line: str) -> bool:
    """A line that is not headline-like above the running text that may still be the headline
    when the copy shows no other: three words or more (a word or two alone is a section label,
    never a headline), no byline or reporter's credit."""
    return _has_words(line) and size(line) >= 3 and not by.read_byline(line) and not by.reporter_line(line)


#: A date in brackets glued at a headline's end: `… 松野官房長官(2023年10月5日)`, `…津波の心配なし[2022/01/04 07:58]`
#: (a span of days, `[February 1 to February 7 2021]`, is the headline's own).
TRAILING_DATE = re.compile(r"\s*[(（\[［](?![^()（）\[\]［］]*(?:\sto\s|\sbis\s|\sal\s|[~〜–—]))"
                           r"([^()（）\[\]［］]{6,30})[)）\]］]\s*$")


def _without_trailing_date(line: str, found: Found) -> str:
    """`line` without a date in brackets at its end (TRAILING_DATE)."""
    when = TRAILING_DATE.search(line)
    return line[:when.start()] if when and date_line(when.group(1), found) is not None else line


def _sentence_headline(flat: list[str], found: Found) -> bool:
    """A headline that ends with a full stop: a short first line over much longer running text."""
    if len(flat) < 2 or not 3 <= size(flat[0]) <= 14 or "," in flat[0] or worded_byline(flat[0]):
        return False  # (`Von Dieter Keller` over the text is its byline)
    return is_prose(flat[1]) and size(flat[1]) > 2 * size(flat[0]) and not read_dateline(flat[0])[0] \
        and not _is_metadata_line(flat[0], flat[1], found)


def _short_headline(flat: list[str]) -> bool:
    """A headline of two words (`Luto Oficial`, `Fewer Deputies`) opening the copy, with a byline
    (even an empty one) right under it, or an edition's year and an event's name (`2018 한국시리즈`)
    that the lead right under it names too: a word or two is otherwise a label, never a headline."""
    if len(flat) < 2 or size(flat[0]) != 2:
        return False
    edition = re.fullmatch(r"(?:19|20)\d{2} (?P<name>[^\W\d_][\w'’-]+)", flat[0].strip())
    if edition and is_prose(flat[1]) and re.search(rf"(?<!\w){re.escape(flat[0].strip())}", flat[1][:200]):
        return True  # `2018 한국시리즈` over `11월 4일부터 시작된 2018 한국시리즈가 …`
    if len(flat) < 3 or not re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+ [\w'’-]+", flat[0]):
        return False
    return bool(by.read_byline(flat[1]) or by.EMPTY_BYLINE.match(flat[1])) and is_prose(flat[2])


#: A list's item after its mark: a dash (hyphen, en or em dash) or a bullet, then a space.
_DASHED_ITEM = re.compile(r"^\s*[-–—•·▶►]\s+\S")


def _broadcast_headline(flat: list[str], found: Found) -> int:
    """Broadcast copy prints the headline under the lead, right above its date line, or above its byline
    over the date line (a paste that opens with a site's notices in sentences). A byline or a reporter's
    credit (`(记者李劲风报导/责任编辑:李泉)`) is never the headline. Two items of a list, each after its dash or
    bullet (`– 169.837.010 euros, le 13 novembre 2012 …` over `– 162.256.622 euros, le 13 septembre 2011 …`:
    the largest wins, one a line), are neither."""
    for i, line in enumerate(flat[:-1]):
        under = _past_byline(flat, i)
        if is_headline_like(line) and not is_prose(line) and date_line(flat[under], found) is not None \
                and not by.read_byline(line) and not _credit_alone(line) and not src.labelled_source(line) \
                and not src.aged_outlet(line) and not (_DASHED_ITEM.match(line) and _DASHED_ITEM.match(flat[i + 1])):
            return i
    return -1


def opens_body(line: str) -> bool:
    """A header line where the body starts: a dateline or a wire's credit, or running text that
    is no caption, byline or reporter's credit."""
    if read_dateline(line)[0] or wire_credit(line)[3] not in ("", line.strip()):
        return True
    return bool((is_prose(line) or SENTENCE_END.search(line)) and not cap.trailing_credit(line)
                and not by.read_byline(line) and not by.reporter_line(line))
