"""Problems in user input are values: collected, sorted and printed together.

A `Problem` names a file (relative to the site folder when it is inside it), a
1-based line (0 when the problem is about the whole file) and a message.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable


#: What str.splitlines() breaks a line at, each shown escaped in a problem's message.
_LINE_BREAKS = {ord(c): c.encode("unicode_escape").decode() for c in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"}


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str
    warning: bool = False

    def __str__(self) -> str:
        """One line, `path:line: message`: a line break inside a quoted value (a date written
        `"2025-01-01\\nx"`) is shown escaped (`\\n`, `\\u2028`), so that every problem stays on
        its own line, whichever way a reader splits lines."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        kind = "warning: " if self.warning else ""
        message = self.message.translate(_LINE_BREAKS)
        return f"{where}: {kind}{message}"


def warning(path: str, line: int, message: str) -> Problem:
    return Problem(path, line, message, warning=True)


class ProblemError(Exception):
    """Raised by a stage that cannot go on; carries every problem it found."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if not p.warning]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the closest choice, or '' when none is close."""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{match[0]}'?" if match else ""
