"""What a person must check before an imported article is published.

The rules take the likeliest reading of a text. On copy from an outlet they have not met, that
reading is sometimes another line's: a photo's caption cut short taken for the headline, a date
line or the headline again taken for the standfirst, a byline's placeholder or a place taken for
a name, a headline's second part after a dash or a portal's web address taken for the outlet. Each
check below finds a value that bears the marks of something else. The article then waits as a
draft with `# check FIELD: why`, and is never published unread.

The checks read the values alone, so that every reader's record gets them (a saved page's as well
as a paste's); a pass that knows more about where a value came from records its doubt in
`Extracted.doubts` as it reads (an outlet read from a headline's tail, a lead's credit naming
another reporter).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from gazette.importer.record import Extracted
from gazette.importer.rules.byline import chinese_person, is_collective, reporter_line
from gazette.importer.rules.caption import PHOTO_LABEL, trailing_credit
from gazette.importer.rules.dateline import known_city
from gazette.importer.rules.dates import stamped
from gazette.importer.rules.source import SECTION_WORDS, names_outlet
from gazette.importer.rules.text import (
    FULL_STOP, INITIAL, TOLD_ENOUGH, content_units, ends_sentence, holds_sentence, size,
)


def doubts(article: Extracted) -> list[tuple[str, str]]:
    """(field, why) for each value found that a person must check before it is published; at most
    one per field, the passes' own first. A value a person gave (`Extracted.given`: `--source`, `--date`) is
    checked by no one else."""
    out: dict[str, str] = {}
    for name, why in (*(_parts(d) for d in article.doubts), *_checked(article)):
        if name not in article.given:
            out.setdefault(name, why)
    return list(out.items())


def settled(article: Extracted, fields: Iterable[str]) -> tuple[str, ...]:
    """The passes' doubts (`Extracted.doubts`) without those about `fields`, whose values something surer
    gave instead: an option on the command line, a saved page's own metadata."""
    gone = set(fields)
    return tuple(d for d in article.doubts if _parts(d)[0] not in gone)


def _parts(doubt: str) -> tuple[str, str]:
    """(field, why) of a doubt as the passes record it, `field: why`."""
    name, _, why = doubt.partition(": ")
    return name, why


def _checked(article: Extracted) -> Iterator[tuple[str, str]]:
    checks: tuple[Callable[[Extracted], Iterator[tuple[str, str]]], ...] = (_title, _summary, _authors, _source,
                                                                            _dateline, _caption, _text)
    for check in checks:
        yield from check(article)


#: A breadcrumb's separator between the page's path and its headline (`Home > News > …`, `Accueil › …`,
#: `Inicio » …`; a French quotation's `»` is none).
_BREADCRUMB_MARK = re.compile(r"\s[>›»]\s")
#: A breadcrumb's home item with its separator (`留园网首页 · 新闻速递首页 · …`, `Home / News / …`).
_HOME_CRUMB = re.compile(r"(?:首页|首頁|ホーム|홈|\b(?:Home|Startseite|Accueil|Inicio)\b)\s*[·>›»|/]")
#: A page's mark left before a headline (`>开启…`, `| …`, `• …`): a link's arrow, a bar, a bullet.
_STRAY_MARK = re.compile(r"^\s*[>|•·*#~]")
#: A line cut short where a teaser or a photo's caption breaks off (`… pictures of five employees of the…`).
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)\s*$")
#: A code no headline prints: digits joined by underscores (a file's or a page's id, `[2018_09_06_26]`), a
#: numeric date opening the line (a list's, an archive's or a digest's line: `16-04-19 新聞和報紙摘要全文`), or a
#: telephone number (a page's contact bar: `联系方式:029-86519800`).
_CODED = re.compile(r"\d_\d|^\W*\d{2,4}[-./]\d{1,2}[-./]\d{1,2}(?!\d)|\d{2,4}-\d{3,4}-?\d{4}")


def _title(article: Extracted) -> Iterator[tuple[str, str]]:
    """The headline found holds a breadcrumb's marks (the page's path glued to it), ends cut short as a
    teaser or a caption does, is a reporter's credit alone (`이화자 기자`: the byline), is two finished sentences
    or more (a photo's caption or the lead: headlines end without a stop, or are one sentence), or shares no word (no
    pair of letters, in scripts written without spaces and in Hangul) with the text, its standfirst or its
    caption, as a headline does (a page's or a blog's name, a section's label or a spam site's keywords taken
    for the headline share none)."""
    title = article.title
    shown = f"the headline found, {title[:80]!r},"
    if (_BREADCRUMB_MARK.search(title) and "«" not in title) or _HOME_CRUMB.search(title):
        yield "title", f"{shown} holds a breadcrumb's marks: check that it is the headline alone"
    elif _STRAY_MARK.match(title):
        yield "title", f"{shown} opens with a mark no headline opens with: check that it is the headline alone"
    elif _printed_twice(title):
        yield "title", f"{shown} is one line printed twice: check that it is the headline once"
    elif _CODED.search(title):
        yield "title", f"{shown} holds a code or opens with a date, as no headline does: check that it is the headline"
    elif _CUT_SHORT.search(title):
        yield "title", f"{shown} ends cut short: check that it is the headline, not a teaser or a photo's caption"
    elif _reporters_credit(title):
        yield "title", f"{shown} is a reporter's credit: check that it is the headline, not the byline"
    elif _sentences(title):
        yield "title", f"{shown} is two sentences or more: check that it is the headline, not a caption or the lead"
    elif _shares_nothing(article):
        yield "title", (f"{shown} shares no word with the text: check that it is the headline (a page's name, "
                        "a section's label or a spam line is none)")


#: A sentence's end inside a line, another sentence after it.
_SENTENCE_INSIDE = re.compile(r"[.。!?！？]\s+\S")
#: A photo's credit closing a caption: `… 모습. ⓒ미디어제주`, `… © Reuters`.
_CREDIT_TAIL = re.compile(r"\s*[ⓒ©]\s?[^\s.。]{1,30}$")


def _sentences(title: str) -> bool:
    """Two finished sentences or more, a photo's credit after them aside (`… 열렸다. 사진은 … 모습. ⓒ미디어제주`)."""
    core = _CREDIT_TAIL.sub("", title.strip())
    return bool(FULL_STOP.search(core) and _SENTENCE_INSIDE.search(core))


def _reporters_credit(title: str) -> bool:
    """A line that is a reporter's credit alone, naming people (`이화자 기자`, `新华社记者 崔静、韩洁`); a column's
    heading (`记者手记`, "a reporter's notes") names no one."""
    names = reporter_line(title)
    return bool(names) and all(chinese_person(n) for n in names if re.match(r"[\u4e00-\u9fff]", n))


def _printed_twice(title: str) -> bool:
    """A headline that is the same words twice over (`X X`: a page's headline and its alternative text run together)."""
    half = title.strip()[: len(title.strip()) // 2].strip()
    return len(half) >= 8 and " ".join(title.split()) == f"{' '.join(half.split())} {' '.join(half.split())}"


def _shares_nothing(article: Extracted) -> bool:
    told = " ".join((*article.paragraphs, article.summary, article.image_caption))
    if not article.title or size(told) < TOLD_ENOUGH:
        return False
    said = content_units(article.title)
    return bool(said) and not said & content_units(told)


def _letters(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


#: A line wholly in brackets: a credit (`[빅데이터뉴스 유태훈 기자]`) or a label, never a standfirst's sentence.
_BRACKETED = re.compile(r"[\[【〔][^\[\]【】〔〕]{1,60}[\]】〕]")


def _summary(article: Extracted) -> Iterator[tuple[str, str]]:
    """The standfirst found repeats the headline (a page prints its headline again, glued to a
    keyword line), holds a date with its clock (the page's date line, `Fecha: 2 de Enero de 2026 a las
    12:35:53`), ends with a photo's credit (the caption of the picture over the text), or is a line in
    brackets (a credit or a label)."""
    summary, title = article.summary, _letters(article.title)
    if not summary:
        return
    shown = f"the standfirst found, {summary[:80]!r},"
    if len(title) >= 8 and (title in _letters(summary) or _letters(summary) in title):
        yield "summary", f"{shown} repeats the headline: check that it is the standfirst"
    elif stamped(summary, article.language):
        yield "summary", f"{shown} holds a date and its time: check that it is not the page's date line"
    elif trailing_credit(summary):
        yield "summary", f"{shown} ends with a photo's credit: check that it is not a caption"
    elif _BRACKETED.fullmatch(summary.strip()):
        yield "summary", f"{shown} is a line in brackets: check that it is not a credit or a label"


#: Words of a byline's label or a page template's placeholder, never part of a person's name
#: (`By AP Author`, `Autor: …`).
_LABEL_WORDS = frozenset({"author", "autor", "autora", "auteur", "autrice", "autore", "byline", "writer"})
#: Chinese family names of two characters: the only names of four characters or more in Chinese copy
#: open with one (`欧阳…`, `司马…`); a longer run of characters is a place or a phrase.
_COMPOUND_SURNAMES = frozenset({"欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟",
                                "尉遲", "公孙", "公孫", "慕容", "长孙", "長孫", "宇文", "司徒", "夏侯", "轩辕", "軒轅",
                                "令狐", "钟离", "鍾離", "澹台", "端木", "西门", "西門", "南宫", "南宮", "独孤", "獨孤"})


def _authors(article: Extracted) -> Iterator[tuple[str, str]]:
    """A name found holds a byline's label word (a template's `By AP Author`), a digit or a collective credit's word
    (rules.byline.is_collective: a station's desk, `K8 Newsdesk`), or, in Chinese copy, is four characters or more
    without a two-character family name (a place: `… 海南琼海报道`)."""
    for name in article.author:
        label = {w.casefold() for w in re.findall(r"\w+", name)} & _LABEL_WORDS
        chinese = article.language.startswith("zh") and re.fullmatch(r"[\u4e00-\u9fff]{4,}", name)
        if label or (chinese and name[:2] not in _COMPOUND_SURNAMES) or re.search(r"\d", name) or is_collective(name):
            yield "author", f"the name found, {name!r}, is no person's name as written: check the byline"
            return


#: A web address's host of three labels or more, in lower case (`v.media.daum.net`): a page's address, where
#: an outlet's name written as its site is one name and its domain (`ntv.de`, `Atlantico.fr`).
_HOST = re.compile(r"^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+){2,}$")


#: A reporter's word in a credit (`금산 이봉규 기자`, `记者 X`, `By X`): a byline's, never an outlet's name.
_REPORTER_WORD = re.compile(r"기자|特派員|記者|记者|通讯员|通訊員|\bBy\b|\breporter\b", re.IGNORECASE)


def _source(article: Extracted) -> Iterator[tuple[str, str]]:
    """The outlet found is a web address's host (a `출처: http://v.media.daum.net/…` line names the portal
    the copy was taken from, not the outlet that wrote it), a byline (a reporter's word in it), opens
    with a separator's dash (`- Ouest-France.fr`: a line's tail taken whole), has no letters at all (a
    date line's `2022-12-22` taken for the outlet), is a section's or a button's word alone (`News`), or holds a
    code of six digits or more (`sp20241115`: a picture's or a page's code)."""
    source, shown = article.source, f"the outlet found, {article.source!r},"
    if source and not re.search(r"[^\W\d_]", source):
        yield "source", f"{shown} has no letters: check that it names the outlet (a date or a number is none)"
    elif _HOST.match(source.removeprefix("www.")):
        yield "source", f"{shown} is a web address: check that it names the outlet (a portal's address is none)"
    elif _REPORTER_WORD.search(source):
        yield "source", f"{shown} reads as a byline: check that it names the outlet"
    elif re.match(r"^[-–—|:·•]", source):
        yield "source", f"{shown} opens with a separator: check that it is the outlet's name alone"
    elif source.casefold() in SECTION_WORDS:
        yield "source", f"{shown} is a section's or a button's word: check that it names the outlet"
    elif re.search(r"\d{6,}", source):
        yield "source", f"{shown} holds a code: check that it names the outlet (a file's or a page's code is none)"


def _dateline(article: Extracted) -> Iterator[tuple[str, str]]:
    """The place found reads as an outlet's name (`충청신문`: a tag `[충청신문=청주]` read the wrong way round), or the
    outlet found is a city's name: the two were swapped, or a place taken for the outlet."""
    if article.dateline and names_outlet(article.dateline):
        yield "dateline", (f"the place found, {article.dateline!r}, reads as an outlet's name: check the dateline "
                           "and the source (a tag's outlet and place read the wrong way round)")
    elif article.source and known_city(article.source):
        yield "source", f"the outlet found, {article.source!r}, is a city's name: check the source and the dateline"


def _caption(article: Extracted) -> Iterator[tuple[str, str]]:
    """The photo's caption found ends with a name's initial (`Stephen B.`: a credit line `Stephen B. Morton/AP`
    cut at the initial's stop), or still ends with a labelled credit (`… Unternehmen. Foto: X`) that is not
    the credit found: two credits were printed (`Foto: X Foto: Y`) and the caption and credit were read
    from the wrong one."""
    caption, credit = article.image_caption, article.image_credit
    if re.search(rf"(?:^|\s){INITIAL}$", caption):
        yield "image_caption", (f"the photo's caption found, {caption[:80]!r}, ends with a name's initial: check that "
                                "it is no photographer's credit cut at the initial")
        return
    tail = re.search(rf"{PHOTO_LABEL}.*$", caption)  # (the whole tail: a credit longer than PHOTO_TAIL takes)
    if tail and credit and credit not in tail.group():
        yield "image_caption", (f"the photo's caption found, {caption[:80]!r}, ends with another credit than "
                                f"{credit!r}: check the caption and its credit")


#: The name a doubt about the body's paragraphs goes by (they are no frontmatter field).
TEXT = "text"


def _text(article: Extracted) -> Iterator[tuple[str, str]]:
    """The text's first paragraph holds no sentence (no stop, no colon), or its last line ends none (no stop,
    or more than a short credit after the last one): what the rules took for the text's start or end is a
    page's furniture (a label, a link list, a comment box, a copyright notice, a related headline) or the text
    was cut. These marks are an article's on any outlet's page, whatever the furniture says."""
    if not article.paragraphs:
        return
    first, last = article.paragraphs[0], article.paragraphs[-1]
    if not holds_sentence(first):
        yield TEXT, (f"the text's first paragraph, {first[:80]!r}, holds no sentence: check that the text starts "
                       "there (a label or a link is none)")
        return
    if not ends_sentence(last):
        line = last.rstrip().split("\n")[-1].strip()
        yield TEXT, (f"the text's last line, {line[-80:]!r}, ends no sentence: check that the text ends there (a "
                       "comment box, a link list, a copyright notice or a related headline is none)")
