"""An e-mail's header block at the top of a text (a newsletter from a mail client or an archive of
newsletters): label lines each over their value (`Subject` / `Border battle`), or each with its
value after a colon (`Subject: Border battle`). The subject is the headline; the other labels and
their values (sender, address, sending time, preheader) are the mail's furniture, the sending time
its date. A preheader (the inbox's preview line) is never the headline."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

#: The subject's label, in the languages of the importer.
SUBJECT_LABELS = frozenset({
    "subject", "newsletter subject", "email subject", "e-mail subject", "betreff", "objet", "sujet", "asunto",
    "assunto", "oggetto", "件名", "제목", "主题", "主題", "邮件主题",
})
#: The sending time's label.
SENT_LABELS = frozenset({
    "sent", "sent on", "date", "sent date", "gesendet", "datum", "envoyé", "envoyé le", "date d'envoi", "enviado",
    "fecha", "送信日時", "日付", "보낸 날짜", "날짜", "发送时间", "日期",
})
#: The other labels of a header block: sender, recipients, addresses, the preheader.
OTHER_LABELS = frozenset({
    "from", "to", "cc", "reply-to", "email address", "e-mail address", "sender", "preheader", "preheader text",
    "email preheader", "email preheader text", "von", "an", "absender", "de", "à", "expéditeur", "destinataire",
    "para", "remitente", "差出人", "宛先", "送信者", "보낸 사람", "받는 사람", "发件人", "收件人",
})
_LABELS = SUBJECT_LABELS | SENT_LABELS | OTHER_LABELS
_INLINE = re.compile(r"^(?P<label>[^:：]{2,24})\s*[:：]\s*(?P<value>\S.*)$")


@dataclass(frozen=True)
class MailHeader:
    """The header block: its lines (indices), the subject, the sending time's value and the sender."""

    lines: tuple[int, ...]
    subject: str
    sent: str = ""
    sender: str = ""
    preheader: str = ""


def _label(line: str) -> str:
    """The header label a line is (folded), or ""."""
    bare = " ".join(line.strip().rstrip(":：").split()).casefold()
    return bare if bare in _LABELS else ""


def _field(lines: list[str], i: int) -> tuple[str, str, int]:
    """The header field at line `i`: (label, value, lines it takes), or ("", "", 0); a label right
    over another has lost its value."""
    label = _label(lines[i])
    if label and i + 1 < len(lines) and _label(lines[i + 1]):
        return label, "", 1  # its value gone (an address the furniture took)
    if label and i + 1 < len(lines) and lines[i + 1].strip():
        return label, lines[i + 1].strip(), 2
    inline = _INLINE.match(lines[i].strip())
    if inline and _label(inline["label"]):
        return _label(inline["label"]), inline["value"].strip(), 1
    return "", "", 0


def mail_header(lines: list[str]) -> MailHeader | None:
    """The e-mail header block that opens `lines`: at least two header fields in a row from the
    first line, one of them the subject; None otherwise."""
    values, taken = _fields(lines)
    subject = _first(values, SUBJECT_LABELS)
    if len([k for k in values if values[k]]) < 2 or not subject:
        return None
    sender = values.get("from") or values.get("von") or values.get("de") or ""
    preheader = next((values[k] for k in values if "preheader" in k), "")
    return MailHeader(tuple(taken), _without_reply_marks(subject), _first(values, SENT_LABELS), _sender_name(sender),
                      preheader)


def _fields(lines: list[str]) -> tuple[dict[str, str], list[int]]:
    """The header fields in a row from the first line (label -> value, the first of each label) and
    the indices of their lines."""
    values: dict[str, str] = {}
    taken: list[int] = []
    i = 0
    while i < len(lines):
        label, value, width = _field(lines, i)
        if not width:
            break
        values.setdefault(label, value)
        taken.extend(range(i, i + width))
        i += width
    return values, taken


def _first(values: dict[str, str], labels: frozenset[str]) -> str:
    return next((values[k] for k in values if k in labels), "")


#: A link's label left by a copy that lost the link's address: `[View this email in your browser](`.
_BARE_LINK = re.compile(r"^\[[^\[\]]{1,80}\]\(\)?\s*")


def past_preheader(line: str, preheader: str) -> str:
    """The mail's first line without what it prints before its text: the preheader again (the
    inbox's preview, hidden at the top of the mail) and the labels of links that lost their
    address (`[View this email in your browser](`), in any order and any number of times."""
    words = preheader.split()
    while True:
        before = line
        line = _BARE_LINK.sub("", line)
        for n in range(len(words), 3, -1):  # the longest start of the preheader, four words at least
            start = " ".join(words[:n])
            if line.startswith(start) and (len(line) == len(start) or not line[len(start)].isalnum()):
                line = line[len(start):].lstrip()
                break
        if line == before:
            return line



def _without_reply_marks(subject: str) -> str:
    """The subject without a reply's or forward's marks (`Re:`, `Fwd:`, `AW:`, `TR:`)."""
    return re.sub(r"^(?:(?:re|fwd?|aw|wg|tr|rv|réf)\s*:\s*)+", "", subject, flags=re.IGNORECASE).strip()


def _sender_name(sender: str) -> str:
    """The sender's name (`The Week <info@theweek.com>` -> `The Week`), or the sender's domain
    (`theweek.com`); "" for a bare address, which names no one."""
    name = re.sub(r"<[^>]*>", "", sender).strip().strip('"')
    return "" if "@" in name else name


#: A newsletter's link to its web copy, alone or after the sending day (`July 20, 2020 View Online | Sign Up`,
#: `View it in your browser.`, `Email not displaying correctly?`): the line marks a mail's head.
WEB_VIEW = re.compile(r"\b(?:view (?:it |this (?:e-?mail|newsletter) |this )?"
                      r"(?:online|in (?:your|a|the) (?:web )?browser)"
                      r"|(?:e-?mail|newsletter) (?:is )?not displaying (?:correctly|properly))\b", re.IGNORECASE)
#: The sender's name opening an archived mail's first line, before its subject: `Morning Brew - ☕️ Historic launch`.
_SENDER_FIRST = re.compile(r"^(?P<name>[^\W\d][\w&'’.]*(?: [\w&'’.]+){0,3}) [-–|] (?P<subject>\S.{1,120})$")
#: A newsletter's name with its writer's: `Local Edition with Kristen Hare`.
_WITH_WRITER = re.compile(r"^\S.{1,40}? with (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2})$")


@dataclass(frozen=True)
class NewsletterHead:
    """What a newsletter's head names: the sender (the line under its web-view link, `Poynter.`,
    `Morning Brew`), the sender before the subject on the mail's first line, the writer."""

    sender: str = ""
    first_line_sender: str = ""
    writer: str = ""


def newsletter_head(lines: list[str], is_name: Callable[[str], bool],
                    is_person: Callable[[str], bool]) -> NewsletterHead:
    """The names a newsletter's head prints around its web-view link (in the first ten lines): the
    line right under the link, a short name (`is_name`, a stop allowed: a logo's text), is the sender;
    a first line `Sender - Subject` above the link names the sender too; a `Name with Person` line right
    under the sender names the writer (`is_person`). An empty head when no web-view link is there."""
    lines = [ln.strip() for ln in lines if ln.strip()][:12]
    at = web_view_link(lines)  # (`Email not displaying correctly?` / `View it in your browser.`: the last)
    if at < 0:
        return NewsletterHead()
    first = _SENDER_FIRST.match(lines[0]) if at > 0 else None
    first_sender = first["name"] if first and is_name(first["name"]) else ""
    under = lines[at + 1].rstrip(".") if at + 1 < len(lines) else ""
    sender = under if under and len(under.split()) <= 4 and is_name(under) else ""
    writer = ""
    if sender and at + 2 < len(lines):
        hosted = _WITH_WRITER.match(lines[at + 2])
        writer = hosted["name"] if hosted and is_person(hosted["name"]) else ""
    return NewsletterHead(sender, first_sender, writer)


def web_view_link(lines: list[str]) -> int:
    """The index of a newsletter's web-view link among the first ten lines (the last of a run of
    such lines), or -1."""
    at = next((k for k, ln in enumerate(lines[:10]) if is_web_view_link(ln)), -1)
    while 0 <= at and at + 1 < len(lines) and is_web_view_link(lines[at + 1]):
        at += 1
    return at


def is_web_view_link(line: str) -> bool:
    """A link's line, not a sentence that says the words: ten words at most (bars aside), the link's
    words at its start or after a date only (`September 29, 2022 View Online | Sign Up | Shop`);
    `Art lovers can now view online …` is running text."""
    found = WEB_VIEW.search(line)
    if not found or len(re.findall(r"[^\W_]+", line)) > 10:
        return False
    return not any(word[:1].islower() for word in line[:found.start()].split())
