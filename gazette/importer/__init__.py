"""Import: news copy in (plain text or a saved web page), `content/<yyyy>/<slug>.md` out.

`python build.py import PATH... [--date YYYY-MM-DD] [--source NAME] [--tag TAG]...
[--dry-run] [--force] [--no-detect]`

The package is a pipeline of small pieces:

- readers, one per input format: `read_text` (UTF-8 plain text) and `read_html` (a page
  saved from a browser, through the optional `trafilatura` extra); both produce the one
  shared record, `record.Extracted`;
- `rules/`, one module per field (dates, source, byline, title, dateline, caption,
  furniture, paragraphs, language, tags), each a set of small functions of the text;
- `extract`, which applies the rules to plain text in order, in passes over the parts of
  the text (`passes/`: clean, headline and head, body, foot);
- `rewrites`, which tells a rewrite of an existing article from an independent report of
  the same event;
- `write`, the one writer: a record to the content file's text;
- `command`, the command itself: every input read, checked, written (or held back as a
  draft, with what is missing named), and one summary line per input.

The rules are documented in README.md, "Importing articles".
"""

from __future__ import annotations

from gazette.importer.command import add_arguments, existing_articles, prepare, run  # noqa: F401
from gazette.importer.extract import extract  # noqa: F401
from gazette.importer.read_text import decode, paragraphs_of  # noqa: F401
from gazette.importer.record import Extracted, ImportFailure  # noqa: F401
from gazette.importer.rules.byline import parse_byline  # noqa: F401
from gazette.importer.rules.caption import is_image_line, parse_credit  # noqa: F401
from gazette.importer.rules.dateline import parse_dateline  # noqa: F401
from gazette.importer.rules.dates import parse_date, parse_date_line  # noqa: F401
from gazette.importer.rules.furniture import is_furniture  # noqa: F401
from gazette.importer.rules.source import is_title_case_name, split_title  # noqa: F401
from gazette.importer.rules.tags import parse_tags_line  # noqa: F401
from gazette.importer.write import (  # noqa: F401
    apply_options,
    escape_line,
    escape_paragraph,
    frontmatter_fields,
    require_complete,
    slug_for,
    to_markdown,
)
