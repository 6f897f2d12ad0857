"""Sources: which publication the copy comes from, and the title line's own suffix."""

from __future__ import annotations

import re
from typing import Iterable

from gazette.importer.rules.text import _fold

_MASTHEAD_WORDS = frozenset(
    """Times Herald Post News Journal Tribune Gazette Guardian Telegraph Chronicle Observer Independent
    Standard Express Mail Mirror Star Sun Globe Review Daily Weekly Press Wire Record Examiner Inquirer
    Courier Bulletin Register Dispatch Monitor Economist Insider Reporter Magazine Today Agency Online
    Media Radio Television TV Broadcasting Reuters Bloomberg AFP AP Yonhap Xinhua Kyodo BBC CNN NPR PBS
    Politico Axios Nikkei Spiegel Zeit Shimbun Ilbo Sinmun Hankyoreh JoongAng Chosun Asahi Mainichi Yomiuri""".split()
)
_NAME_JOINERS = {"of", "the", "and", "&", "de", "la", "le", "du", "des", "del", "der", "die", "for", "on", "am"}


def is_title_case_name(text: str) -> bool:
    """A short name such as `The Korea Herald`, `Reuters`, `The Times of India`."""
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 50 or text[-1] in ".?!,;:":
        return False
    for i, word in enumerate(words):
        if i > 0 and word.lower() in _NAME_JOINERS:
            continue
        if not re.fullmatch(r"[\w.&'’-]+", word) or not (word[0].isupper() or word[0].isdigit()):
            return False
    return any(w[0].isalpha() for w in words)



def split_title(line: str, publications: Iterable[str] = ()) -> tuple[str, str]:
    """(title, source) from a title line; source is '' when the line names none."""
    known = {_fold(p) for p in publications}
    for match in reversed(list(re.finditer(r"(:| \| | - | – | — )", line))):
        title, name = line[: match.start()].strip(), line[match.end():].strip()
        if not title or not name:
            continue
        if _fold(name) in known:
            return title, name
        if not is_title_case_name(name):
            continue
        if match.group(1) != ":" or any(w.strip(".") in _MASTHEAD_WORDS for w in name.split()):
            return title, name
    return line, ""

