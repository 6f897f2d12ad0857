"""README stays true: every setting, frontmatter key and command-line option is documented."""

from __future__ import annotations

import re

import pytest

from conftest import REPO
from gazette.cli import make_parser
from gazette.config import OPTIONS
from gazette.content import FIELDS

README = (REPO / "README.md").read_text(encoding="utf-8")


def table_rows(heading: str) -> dict[str, str]:
    """First-column names of the Markdown table under a heading."""
    section = README.split(heading, 1)[1]
    rows = {}
    for line in section.splitlines()[1:]:
        if line.startswith("#"):
            break
        match = re.match(r"^\| `([^`]+)` \|(.*)$", line)
        if match:
            rows[match.group(1)] = match.group(2)
    return rows


def test_every_frontmatter_key_is_documented_with_its_help():
    rows = table_rows("### Frontmatter reference")
    assert list(rows) == [f.name for f in FIELDS]
    for field in FIELDS:
        assert field.help in rows[field.name]


def test_every_setting_is_documented_with_its_help():
    rows = table_rows("## Settings reference")
    assert list(rows) == [o.name for o in OPTIONS]
    for option in OPTIONS:
        assert option.help in rows[option.name]


def subcommand(*names: str):
    parser = make_parser()
    for name in names:
        parser = parser._subparsers._group_actions[0].choices[name]
    return parser


@pytest.mark.parametrize("command", ["build", "serve", "import", "check", "new site", "new article"])
def test_every_command_line_option_is_in_the_readme(command):
    sub = subcommand(*command.split())
    assert f"python build.py {command}" in README or command == "build", f"`{command}` is not in README.md"
    for action in sub._actions:
        for flag in action.option_strings:
            if flag.startswith("--") and flag != "--help":
                assert flag in README, f"{command} {flag} is not in README.md"
