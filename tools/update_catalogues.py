"""Extract the theme's words from templates/ into gazette/locale/gazette.pot and update
every language's catalogue (gazette/locale/<lang>/LC_MESSAGES/gazette.po) with Babel:
new words are added untranslated (shown in English until translated), gone ones
marked obsolete. Run it after changing a template's words:

    python tools/update_catalogues.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this checkout's gazette, whatever is installed

from gazette.config import DEFAULT_MENU  # noqa: E402
LOCALES = REPO / "gazette" / "locale"
METHODS = [("**.html", "jinja2.ext:babel_extract")]
OPTIONS = {"**.html": {"extensions": "jinja2.ext.i18n", "trimmed": "false"}}


def template_catalog() -> Catalog:
    catalog = Catalog(project="Gazette", domain="gazette")
    for filename, lineno, message, comments, context in extract_from_dir(
            REPO / "templates", METHODS, OPTIONS, strip_comment_tags=True):
        catalog.add(message, None, [(f"templates/{filename}", lineno)], auto_comments=comments, context=context)
    for label, _ in DEFAULT_MENU:  # the default menu's labels are translated like the templates' words
        catalog.add(label, None, [("gazette/config.py", 0)])
    return catalog


def main() -> None:
    template = template_catalog()
    with (LOCALES / "gazette.pot").open("wb") as out:
        write_po(out, template, width=100, omit_header=False, sort_output=True)
    for po_path in sorted(LOCALES.glob("*/LC_MESSAGES/gazette.po")):
        with po_path.open("rb") as po:
            catalog = read_po(po, locale=po_path.parts[-3], domain="gazette")
        catalog.update(template, no_fuzzy_matching=True)
        with po_path.open("wb") as out:
            write_po(out, catalog, width=100, sort_output=True, ignore_obsolete=True)
        print(po_path.relative_to(REPO), len([m for m in catalog if m.id and not m.string]), "untranslated")


if __name__ == "__main__":
    main()
