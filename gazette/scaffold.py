"""`gazette new site DIR` and `gazette new article "Headline"`.

A new site gets a copy of the theme (templates/ and static/), not a reference to a
built-in one: the site's look is then its own to change, a new version of Gazette never
changes a published site's pages unasked, and the site's repository holds everything
its Pages workflow builds from. The theme, the Pages workflow and the settings'
comments come from their one declaration each: the templates and static files beside
this package (a Gazette checkout, as the README installs it), the repository's own
`.github/workflows/pages.yml`, `config.OPTIONS` and `content.FIELDS`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from gazette import cache, urls
from gazette.config import CONFIG_FILE, OPTIONS, Option, load_config, parse_config
from gazette.content import FIELDS, utc_now
from gazette.problems import Problem, ProblemError

CHECKOUT = Path(__file__).resolve().parents[1]  # the Gazette repository this package runs from
WORKFLOW = Path(".github", "workflows", "pages.yml")
REQUIREMENTS = "requirements.txt"  # what the Pages workflow installs
THEME = ("templates", "static")
PLACEHOLDER_REPO = "https://github.com/YOUR-ACCOUNT/gazette"


def add_parsers(new) -> None:
    kinds = new.add_subparsers(dest="kind", metavar="WHAT", required=True)
    site = kinds.add_parser("site", help="start a new site in an empty folder",
                            description="Write a minimal working site into DIR (which must be empty or new).")
    site.add_argument("dir", metavar="DIR", type=Path, help="folder for the new site")
    site.add_argument("--title", help="the site's name (default: Gazette)")
    site.add_argument("--base-url", metavar="URL", help="address the site is published at")
    site.add_argument("--language", help="language tag of the site, such as en or ko (default: en)")
    article = kinds.add_parser("article", help="write a new article file and print its path",
                               description="Write content/<yyyy>/<slug>.md, dated now, and print its path.")
    article.add_argument("headline", help="the article's headline")
    article.add_argument("--site", metavar="DIR", default=".", type=Path, help="the site folder (default: .)")
    article.add_argument("--draft", action="store_true", help="mark the article as a draft")


def run(args) -> int:
    if args.kind == "site":
        return new_site(args.dir, title=args.title, base_url=args.base_url, language=args.language)
    return new_article(args.site, args.headline, draft=args.draft)


# --- values as TOML and YAML ---------------------------------------------------------


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    return str(value)


def setting_lines(option: Option, value=None) -> list[str]:
    """One setting of site.toml: its help as a comment, then the setting (commented
    out, with its default, when the site does not set it)."""
    if value is None:
        return [f"# {option.help}", f"# {option.name} = {toml_value(option.default)}", ""]
    return [f"# {option.help}", f"{option.name} = {toml_value(value)}", ""]


def site_toml(values: dict) -> str:
    lines = ["# Site settings: every one is listed here with its default; remove the '# ' before",
             "# a setting to change it. README.md (\"Settings reference\") says more.",
             "# Before the first deploy set title, base_url and id_authority.", ""]
    for option in OPTIONS:
        lines += setting_lines(option, values.get(option.name))
    return "\n".join(lines)


def yaml_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted string


# --- new site --------------------------------------------------------------------------


def gazette_requirement() -> tuple[str, bool]:
    """The pip requirement for the Gazette this runs from, for the Pages workflow:
    its checkout's `origin` at the commit checked out. False when there is no public
    address to give (no origin, or a local one): a placeholder then."""
    def git(*command: str) -> str:
        try:
            done = subprocess.run(["git", "-C", str(CHECKOUT), *command], capture_output=True, text=True,
                                  timeout=10)
        except (OSError, subprocess.SubprocessError):
            return ""
        return done.stdout.strip() if done.returncode == 0 else ""

    origin, commit = git("remote", "get-url", "origin"), git("rev-parse", "HEAD")
    if origin.startswith("git@github.com:"):
        origin = "https://github.com/" + origin.split(":", 1)[1]
    if origin.startswith(("https://", "http://")) and commit:
        return f"gazette @ git+{origin}@{commit}", True
    return f"gazette @ git+{PLACEHOLDER_REPO}", False


def requirements_text() -> tuple[str, bool]:
    requirement, known = gazette_requirement()
    note = ("# Gazette, as the Pages workflow installs it (from the copy `gazette new site` ran from).\n"
            if known else
            "# Gazette, as the Pages workflow installs it: put your Gazette repository's address here\n"
            "# (the copy you cloned, pushed to GitHub), for instance gazette @ git+https://github.com/USER/gazette\n")
    return note + requirement + "\n", known


def example_article(title: str, when: str) -> str:
    return (f"---\ntitle: {yaml_text('Welcome to ' + title)}\ndate: {when}\nsource: {yaml_text(title)}\n"
            f"summary: \"What this site is, and how its articles are written.\"\ntags: [Site news]\n---\n\n"
            "This is the first article of the site. Every article is a Markdown file under\n"
            "`content/`, with its headline, date and source between the two `---` lines.\n\n"
            "Write the next one with `gazette new article \"Your headline\"`, preview the site with\n"
            "`gazette serve`, and check it with `gazette check` before you publish. Delete this\n"
            "file when your own first article is ready.\n")


def gitignore_text() -> str:
    default_out = next(o.default for o in OPTIONS if o.name == "output_dir")
    # .NAME.* beside the output folder: the staging folder, the lock, the move-in journal
    # and the record of which files are Gazette's (writer.py, lock.py).
    return f"/{default_out}/\n/.{default_out}.*\n/{cache.FOLDER}/\n__pycache__/\n"


def missing_theme() -> list[str]:
    return [name for name in (*THEME, str(WORKFLOW)) if not (CHECKOUT / name).exists()]


def new_site(folder: Path, *, title: str | None, base_url: str | None, language: str | None) -> int:
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ProblemError([Problem(str(folder), 0, "this folder is not empty; a new site starts in an empty "
                                                    "or new folder")])
    if missing_theme():
        raise ProblemError([Problem(str(CHECKOUT), 0, f"the theme is not here ({', '.join(missing_theme())}): "
                                                      f"run Gazette from its checkout (README, Quick start)")])
    values = {k: v for k, v in {"title": title, "base_url": base_url, "language": language}.items() if v}
    text = site_toml(values)
    config = parse_config(text, folder.resolve())  # a bad --base-url or --language: nothing is written
    when = utc_now().astimezone(config.tz)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CONFIG_FILE).write_text(text, encoding="utf-8")
    for name in THEME:
        shutil.copytree(CHECKOUT / name, folder / name)
    (folder / WORKFLOW).parent.mkdir(parents=True)
    shutil.copyfile(CHECKOUT / WORKFLOW, folder / WORKFLOW)
    requirements, known = requirements_text()
    (folder / REQUIREMENTS).write_text(requirements, encoding="utf-8")
    (folder / ".gitignore").write_text(gitignore_text(), encoding="utf-8")
    article = config.content_path / f"{when.year:04d}" / "welcome.md"
    article.parent.mkdir(parents=True)
    article.write_text(example_article(config.title, when.strftime("%Y-%m-%d %H:%M")), encoding="utf-8")
    print(f"New site in {folder}: {CONFIG_FILE}, {article.relative_to(config.root).as_posix()}, "
          f"templates/, static/, {WORKFLOW.as_posix()}, {REQUIREMENTS}, .gitignore")
    if not known:
        print(f"warning: set where the Pages workflow installs Gazette from in {folder / REQUIREMENTS}",
              file=sys.stderr)
    print(f"Next: cd {folder} && gazette serve")
    return 0


# --- new article -------------------------------------------------------------------------


# What a commented-out key shows as its value, by kind: remove the "# " and fill it in.
EXAMPLE_VALUES = {"tags": "[]", "bool": "true", "date": "{when}"}  # by kind; anything else: ""


def article_text(headline: str, when: str, source: str, draft: bool) -> str:
    filled = {"title": yaml_text(headline), "date": when, "source": yaml_text(source)}
    lines = ["---"]
    for field in FIELDS:
        if field.name in filled:
            lines.append(f"{field.name}: {filled[field.name]}")
        elif field.name == "draft" and draft:
            lines.append("draft: true")
        elif not field.required:
            example = urls.slugify(headline) if field.name == "slug" else EXAMPLE_VALUES.get(field.kind, '""')
            example = example.format(when=when)
            lines.append(f"# {field.name}: {example}    # {field.help}")
    lines += ["---", "", "Write the article here: paragraphs separated by an empty line, Markdown for",
              "**bold**, *italics*, [links](https://example.org/) and ## subheadings.", ""]
    return "\n".join(lines)


def new_article(site: Path, headline: str, *, draft: bool) -> int:
    config = load_config(site)
    slug = urls.slugify(headline)
    if not slug:
        raise ProblemError([Problem("headline", 0, f"'{headline}' has no letters or digits to make an address from")])
    when = utc_now().astimezone(config.tz)
    path = config.content_path / f"{when.year:04d}" / f"{slug}.md"
    shown = Path(site) / path.relative_to(config.root)
    if path.exists():
        raise ProblemError([Problem(shown.as_posix(), 0, "this file exists already; choose another headline "
                                                         "or edit that file")])
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:  # "x": never overwrite, even a file made just now
        handle.write(article_text(headline.strip(), when.strftime("%Y-%m-%d %H:%M"), config.publisher_name, draft))
    print(shown.as_posix())
    return 0
