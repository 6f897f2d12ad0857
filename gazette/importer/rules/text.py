"""Small text helpers the rules share."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


#: The words of a copyright or reprint notice (`All rights reserved`, `무단 전재 및 재배포 금지`, `版權所有`), and the
#: reservation of rights in the other languages, which a notice prints with its mark (a sentence may reserve rights).
NOTICE_WORDS = (r"copyright|all rights reserved|저작권자|무단\s*전재|재배포 금지|未经.{0,10}授权|未經.{0,10}授權"
                 r"|非經授權|不得转载|不得轉載|版權|版权所有"
                 # the Japanese notice with its polite ban (`…などの無断転載を禁じます`, `無断転載・複製を禁じます`,
                 # `無断転載禁止`); a sentence of the news speaks of a ban in the plain form (`無断転載を禁じる法律`)
                 r"|無断(?:転載|複製|転用|使用)(?:[・、](?:転載|複製|転用|使用|配信))*(?:を|は)?(?:固く)?"
                 r"(?:禁じます|禁止(?:します|いたします|しています)?(?=[。.\s]*$|[)）】]))")
RIGHTS_RESERVED = (r"(?:todos los )?derechos reservados|tous droits réservés|alle rechte vorbehalten"
                    r"|todos os direitos reservados|tutti i diritti riservati")
#: The notice US outlets and agencies print under each article, after `All rights reserved.`: `This material may not
#: be published, broadcast, rewritten or redistributed.`
REDISTRIBUTION = r"\bmay not be published, broadcast, rewritten,? (?:or|and) redistributed\b"
#: The words of a notice reserving rights, without the mark a picture's credit prints too (`ⓒ 연합뉴스`).
RIGHTS_WORDS = re.compile(rf"{NOTICE_WORDS}|{RIGHTS_RESERVED}", re.IGNORECASE)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())



_SENTENCE_END = re.compile(r"[.!?…][\"'”’“‘«)\]]*$")
#: One initial of a writer's name, with its stop (`J.`), or two joined by a hyphen (`J.-M.`): the unit of
#: the initials a writer signs with (`J.G.`, `A. P. F.`), wherever the rules read them.
INITIAL = r"[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?"


# Scripts written without spaces between words: Han, kana, Thai (Hangul has spaces).
_NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
#: Sentence ends in any of the scripts the importer reads (。 ！ ？ and Korean -다. included).
SENTENCE_END = re.compile(r"(?:[.!?…。！？■]|\.\.\.)[\"'”’»“‘«)\]」』】]*>?$")  # (`.>`: a feed's stray mark)


@lru_cache(maxsize=4096)
def no_space_share(text: str) -> float:
    """Share of the letters of `text` written in a script without spaces between words. (Kept for the
    process: the passes ask it of the same lines many times.)"""
    letters = "".join(filter(str.isalpha, text))
    return len(_NO_SPACE_SCRIPT.findall(letters)) / len(letters) if letters else 0.0


def size(line: str) -> int:
    """A line's length in words; for text without spaces, one word per two characters."""
    if no_space_share(line) > 0.5:
        return len(re.sub(r"\s", "", line)) // 2
    return len(line.split())


#: A full stop in any script (a question or an exclamation may end a headline too).
FULL_STOP = re.compile(r"(?:[.…。■]|\.\.\.)[\"'”’»“‘«)\]」』】]*>?$")


#: Words (two characters each in text without spaces) past which a line without a full stop is
#: running text, not a headline. Headlines in Japanese and Chinese run to 60 characters and more
#: (`…「総理番」 ルポ・あの日の首相(上)`), a release's subtitle to 80: such a line, up to 80
#: characters (running text in these scripts ends with a full stop), is a headline or a deck
#: unless it reads like running text or a quotation (a comma of running text, a sentence's end
#: inside it, an opening quote).
_LONGEST_HEADLINE = 20
_LONGEST_CJK_HEADLINE = 40


def _longest_headline(line: str) -> int:
    if no_space_share(line) <= 0.5 or re.search(r"[，,；;]|[。！？]\s*\S", line) \
            or line.lstrip().startswith(("「", "“", "\"", "『")):
        return _LONGEST_HEADLINE
    return _LONGEST_CJK_HEADLINE


def is_prose(line: str) -> bool:
    """A line of running text: it ends with a full stop, or it is too long to be a label or a headline."""
    return bool(FULL_STOP.search(line)) and size(line) >= 4 or size(line) >= _longest_headline(line)


def title_cased(line: str) -> bool:
    """Every word of four letters or more capitalised: a headline's or a subhead's case (true of a line with
    no such word)."""
    return all(w[:1].isupper() for w in re.findall(r"[^\W\d_]{4,}", line))


def is_short(line: str) -> bool:
    """A line too short to be running text: six words, or 24 characters of text without spaces."""
    return len(line) <= 24 if no_space_share(line) > 0.5 else len(line.split()) <= 6


#: The words a headline never ends with, in the Latin-script languages the importer reads, in lower case: articles,
#: conjunctions, `of`, `as`, `than` (`… has identified the trooper killed Tuesday as`: a sentence broken over two
#: lines). Not the prepositions that end headlines as particles or places' codes (`weighs in`, `kündigt … an`,
#: `to look out for`, `Bend, OR`, `Serie A`), nor German words that are English ones too (`die`, `den`, `an`).
_OPEN_END = re.compile(r"(?<![\w'’./-])(?:a|the|of|as|than|and|or|der|das|dem|des|ein|eine|einer|einem|einen"
                       r"|und|oder|als|le|la|les|un|une|du|et|ou|el|los|las|unos|unas|del|y|o|que)$")


def is_headline_like(line: str) -> bool:
    """A line that could be a headline: a few words, not a finished sentence of running text, nor a piece of one
    (six words or more) that ends with an article or a conjunction (_OPEN_END)."""
    words = size(line)
    if not 3 <= words <= _longest_headline(line) or line.startswith(("http://", "https://", "www.")):
        return False
    if words >= 6 and _OPEN_END.search(line.strip()):
        return False
    return not (line.endswith((".", "。")) and not line.endswith("...")) or words <= 6


def is_long_headline(line: str, following: str) -> bool:
    """A headline longer than running text's threshold (local papers' and browser titles run to
    40 words: `Pandemia: Após 14 casos ... Legislação Municipal`): a line of Latin script of 20 to
    40 words that ends with no stop, colon or comma, with a new line under it that opens with a
    capital (a hard-wrapped sentence's next piece opens in lower case)."""
    text = line.strip()
    if not _LONGEST_HEADLINE <= size(text) <= 40 or no_space_share(text) > 0.5:
        return False
    if re.search(r"[.!?…:;,\-–—]['\"”’»)\]]*$", text) or re.search(r"[.!?]\s+[A-ZÀ-Ý]", text):
        return False  # a stop, a colon or a comma at its end, or a sentence's end inside it: running text
    if text.startswith(("“", "\"", "«", "'", "‘")):
        return False
    return bool(re.match(r"[\"“«‘'(]?[A-ZÀ-Ý0-9]", following.strip()))


#: A sentence's stop: a full stop not inside a number, a web address or an abbreviation's letters (`C$26.15`,
#: `www.asiae.co.kr`), or any other stop.
STOP = re.compile(r"[!?。！？…■]|\.(?!\w)")
#: A Korean sentence ends with its verb's ending as often without a stop as with one (`… 확인됐다`).
KOREAN_END = re.compile(r"[다요]$")
#: What may follow a text's last stop: a short credit or code (`(taz)`, `(編輯:黃世雅)1110620`, `| efe`, `记者雷琰摄`,
#: `2020.7.9/뉴스1 groot@news1.kr`), at most this many characters, or words, once an address is left out.
_CREDIT_CHARS, _CREDIT_WORDS = 30, 5
_ADDRESS = re.compile(r"\s*\S+@\S+\.[a-z]{2,}$")


#: A quotation opening a paragraph, closed in it: a sentence, though a Japanese lead's ends with no stop
#: (`「…考えています」(岸田文雄・日本国首相)`).
_QUOTED = re.compile(r"^[「『“\"«„].{8,}?[」』”\"»“]")


def holds_sentence(paragraph: str) -> bool:
    """A paragraph that can open a text: it holds a stop, a colon or a quotation, ends as a Korean sentence
    does, or ends with a script's speaker's mark (`김유영 앵커>`, which opens speech as a colon does); a label,
    a link or a menu's item does none of these."""
    return bool(STOP.search(paragraph) or ":" in paragraph or KOREAN_END.search(paragraph.rstrip())
                or _QUOTED.match(paragraph) or paragraph.rstrip().endswith(">"))


def ends_sentence(paragraph: str) -> bool:
    """A paragraph that can close a text: its last line ends with a stop, or with a short credit after its last
    stop, once an address is left out (a comment box, a link list or a related headline ends with none)."""
    last = _ADDRESS.sub("", paragraph.rstrip().split("\n")[-1].strip())
    if KOREAN_END.search(last):
        return True
    stops = list(STOP.finditer(last))
    tail = last[stops[-1].end():].strip() if stops else last
    return bool(stops) and len(tail) <= _CREDIT_CHARS and len(tail.split()) <= _CREDIT_WORDS


def columns(line: str) -> int:
    """A line's width in a fixed-width font's columns: two for each wide character (Han, kana, Hangul)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


#: A site's address for its name, as a masthead or a credit prints it (`TheTrucker.com`, `www.therepublic.com`,
#: `svz.de`): a host under a news site's usual top-level domains.
SITE_ADDRESS = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|news|tv|fm|de|at|ch|fr"
                          r"|be|es|mx|ar|co|cl|pe|uy|ve|it|pt|nl|uk|us|ca|jp|kr|cn|tw|hk)", re.IGNORECASE)


#: A list item: a dash, a bullet or an arrow, then the item (`• La Junta ha activado …`); LIST_MARK, the mark
#: with the space after it, to read the item without it.
LIST_ITEM = re.compile(r"^[-•·▶►]\s+\S")
LIST_MARK = re.compile(r"^[-•·▶►]\s*")

#: Where one sentence of Latin-script copy ends and the next starts: a stop, then a capital (after a
#: quote or an opening mark). Not after a number or a lone letter (`1. Juni`, `J. Doe`).
SENTENCE_BREAK = re.compile(r"(?<![\d\s])(?<!\b[A-Za-z])[.!?](?=[\"”»’)]?\s+[\"“«„‘¿¡]?[A-ZÀ-Ý])")


def unlabelled(line: str) -> str:
    """`line` without the bracketed labels before it (`【動画】【記者解説中継】`)."""
    return re.sub(r"^(?:[【\[(（][^】\])）]{1,10}[】\])）]\s*)+", "", line).strip()


#: How many words a text needs (two characters a word, in scripts without spaces: size) before what it
#: speaks of can confirm a headline or a summary: a brief of a sentence or two may name nothing they do.
TOLD_ENOUGH = 40


def content_units(text: str) -> set[str]:
    """What a text speaks of, to compare two texts by: its content words as the similarity measure reads
    them (gazette.similarity.words: function words gone, text without spaces in character pairs), each
    Latin word of four letters or more cut to its first five (`closure` and `closed` meet), each other
    word of letters in pairs of letters side by side (Hangul words carry their particles); figures and
    shorter Latin words left out."""
    from gazette.similarity import words

    units: set[str] = set()
    for word in words(text):
        if not word.isalpha():
            continue
        if word.isascii() or re.fullmatch(r"[a-zß-ÿ]+", word):
            if len(word) >= 4:
                units.add(word[:5])
        else:
            units.update(word[i:i + 2] for i in range(len(word) - 1)) if len(word) > 2 else units.add(word)
    return units


#: A pipe table's rule under its header row: `---|---|---|`, `| :--- | ---: |`.
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def table_cells(line: str) -> list[str]:
    """The cells of a pipe table's row (`Grüne | 35,0 % | 672 |`), the bars at its ends left out."""
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def table_at(lines: list[str], i: int) -> int:
    """How many lines from `i` on make a pipe table, as a page's table is copied: a header row, its
    rule (TABLE_RULE), and one row or more under it, each with bars between as many cells; 0 when none
    starts at `i`."""
    if i + 1 >= len(lines) or not TABLE_RULE.match(lines[i + 1]) or "|" not in lines[i] \
            or TABLE_RULE.match(lines[i]):
        return 0
    width = len(table_cells(lines[i]))
    end = i + 2
    while end < len(lines) and "|" in lines[end] and not TABLE_RULE.match(lines[end]) \
            and len(table_cells(lines[end])) == width:
        end += 1
    return end - i if end > i + 2 else 0  # (a header and its rule with no row under them is no table)


def is_table(lines: list[str]) -> bool:
    """Whether `lines` are one pipe table, whole (table_at)."""
    return bool(lines) and table_at(lines, 0) == len(lines)
