"""The `import` command: inputs in, content files out, one summary line per input."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from gazette.importer.extract import extract
from gazette.importer.read_text import decode
from gazette.importer.record import Extracted, ImportFailure
from gazette.importer.write import (
    apply_options,
    shown,
    slug_for,
    to_markdown,
)
from gazette.similarity import Match, SimilarityIndex


def _date_option(value: str) -> str:
    try:
        if len(value) != 10:
            raise ValueError
        return Date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date in the form YYYY-MM-DD") from None


def _source_option(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("the source name is empty")
    return " ".join(value.split())


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the import command's options (the core adds --site)."""
    parser.add_argument("paths", nargs="+", metavar="PATH", type=Path,
                        help="plain-text articles (UTF-8) or web pages saved from a browser (.html); "
                             "a folder means the *.txt and *.html files in it")
    parser.add_argument("--date", type=_date_option, metavar="YYYY-MM-DD",
                        help="publication date of every input (overrides a date in the text)")
    parser.add_argument("--source", type=_source_option, metavar="NAME",
                        help="publication every input comes from (overrides a source in the title)")
    parser.add_argument("--tag", action="append", metavar="TAG", dest="tags",
                        help="a tag for every input (repeat for several; replaces tags found in the text)")
    parser.add_argument("--dry-run", action="store_true",
                        help="print the Markdown that would be written, and write nothing")
    parser.add_argument("--force", action="store_true", help="overwrite content files that already exist")
    parser.add_argument("--no-detect", action="store_true", dest="no_detect",
                        help="do not compare the inputs with the site's articles (no rewrite_of, no related)")
    parser.add_argument("--publish", action="store_true",
                        help="publish every input that shows every field with nothing to check, unread (for copy "
                             "from outlets whose imports you have checked); without it, every input waits in drafts/")


INPUT_SUFFIXES = (".txt", ".html", ".htm")
#: Folder (in the site, beside content/) where articles that miss a required field wait for a person.
DRAFTS_DIR = "drafts"
#: Why an input that shows every field is held back without --publish: on copy from outlets the rules
#: have not met, more than half of the articles the importer would publish carry a wrong value (README,
#: "Accuracy on real copy"), so nothing is published unread unless the user says so.
REVIEW = ("review", "held back for a person to read before it is published (import with --publish to publish "
                    "inputs like this directly)")


def _inputs(paths: Iterable[Path]) -> list[tuple[Path, str | None]]:
    """(file, problem) pairs: folders are expanded to their *.txt files."""
    out: list[tuple[Path, str | None]] = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in INPUT_SUFFIXES and p.is_file())
            out.extend((p, None) for p in files)
            if not files:
                out.append((path, "folder holds no .txt or .html files"))
        elif path.exists():
            out.append((path, None))
        else:
            out.append((path, "no such file"))
    return out


def existing_articles(config, dates: dict[str, str] | None = None,
                      rewrites: dict[str, str] | None = None) -> tuple[list[tuple[str, str]], list[str]]:
    """(slug, text for comparison) of each content file, and warnings about files that
    could not be read (the build reports those in full; here they are only left out).
    `dates` and `rewrites`, when given, receive each article's date as written
    (`YYYY-MM-DD...`) and its `rewrite_of`."""
    import yaml

    from gazette.content import read_sources, split_frontmatter
    from gazette.urls import slugify

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    found: list[tuple[str, str]] = []
    warnings: list[str] = []
    if not config.content_path.is_dir():
        return found, warnings
    sources, problems = read_sources(config)
    warnings.extend(f"{p}; not compared for rewrites" for p in problems)
    for source in sources:
        split = split_frontmatter(source.text)
        try:
            meta = yaml.load(split[0], Loader=loader) if split else None
        except yaml.YAMLError:
            meta = None
        if split is None or not isinstance(meta, dict):
            warnings.append(f"{source.rel}: no readable frontmatter; not compared for rewrites")
            continue
        given_slug, rewrite_of = meta.get("slug"), meta.get("rewrite_of")
        slug = given_slug if isinstance(given_slug, str) else slugify(source.stem)
        text = "\n\n".join(str(meta.get(k) or "") for k in ("title", "summary")) + "\n\n" + split[1]
        found.append((slug, text))
        if dates is not None and meta.get("date") is not None:
            dates[slug] = str(meta["date"])
        if rewrites is not None and isinstance(rewrite_of, str):
            rewrites[slug] = rewrite_of
    return found, sorted(warnings)


@dataclass(frozen=True)
class Prepared:
    """One input made ready to write: where, what, and what rewrite detection found."""

    article: Extracted
    slug: str
    rel: str  # the content file's path relative to the site folder
    text: str  # the content file
    rewrite: Match | None = None  # the article this one rewrites
    related: Match | None = None  # an article on the same event (no rewrite)
    warnings: tuple[str, ...] = ()
    missing: tuple[tuple[str, str], ...] = ()  # required fields the text does not show, and why
    language: str = ""  # the `language` key written (the text is not in the site's language)

    def summary(self, source: object, target: object = None) -> str:
        """The run's line for this input: where it went, what was found, what needs a person."""
        a = self.article
        found = [name for name, value in (("title", a.title), ("date", a.date), ("source", a.source),
                                          ("author", a.author), ("dateline", a.dateline), ("summary", a.summary),
                                          ("image", a.image or a.image_caption), ("tags", a.tags)) if value]
        line = f"{target or self.rel} <- {source}: found {', '.join(found) or 'body text only'}"
        if self.language:
            line += f"; language {self.language}"
        if self.rewrite:
            line += f"; rewrite of {self.rewrite.key}"
        if self.related:
            line += f"; same event as {self.related.key}"
        if self.missing:  # a field with a value found is to be checked; one without, filled in
            line += "; HELD BACK as a draft, " + "; ".join(
                f"{'check' if shown(a, n) else 'needs'} {n} ({why})" for n, why in self.missing)
        return line


def _detect(article: Extracted, slug: str, index: SimilarityIndex | None, dates: dict[str, str] | None,
            rewrites: dict[str, str] | None) -> tuple[Match | None, Match | None]:
    """(rewrite, related): what the closest articles are to this one (gazette.importer.rewrites).
    The closest that may be its original (none dated after it, none itself a rewrite of it) is
    tried as the original; failing that, the candidates are tried as reports of the same event,
    the nearest in words and days first (an older story of the same kind may be closer in words
    than the report of the same event: dates decide)."""
    from gazette.importer.rewrites import classify, days_between

    if index is None:
        return None, None
    dates = dates or {}
    day = article.date[:10]
    later = {key for key, when in dates.items() if day and when[:10] > day}
    its_rewrites = {key for key, original in (rewrites or {}).items() if original == slug}
    text = article.text()
    matches = index.scored(text, exclude={slug} | its_rewrites)
    original = next((m for m in matches if m.key not in later), None)
    if original is not None:
        verdict = classify(text, index.text_of(original.key), original.score,
                           days_between(article.date, dates.get(original.key, "")))
        if verdict.kind == "rewrite":
            return original, None
    for match, days in _nearest_in_days(matches, article.date, dates):
        if classify(text, index.text_of(match.key), match.score, days).kind == "same event":
            return None, match
    return None, None


def _nearest_in_days(matches: list[Match], date: str, dates: dict[str, str]) -> list[tuple[Match, float]]:
    """The dated matches, each with its days from `date`, whose similarity decayed with those days
    (as `related.decay`) still reaches `rewrites.RELATED`, the only ones that can be the same event,
    best first."""
    from gazette.importer.rewrites import RELATED, days_between
    from gazette.related import decay

    decayed: list[tuple[float, Match, float]] = []
    for match in matches:
        days = days_between(date, dates.get(match.key, ""))
        if days is None:
            continue
        weight = match.score * decay(days)
        if weight >= RELATED:
            decayed.append((weight, match, days))
    return [(match, days) for _, match, days in sorted(decayed, key=lambda item: -item[0])]


def _language_key(article: Extracted, config) -> str:
    """The `language` key: the text's language when it is not the site's."""
    site = str(getattr(config, "language", "") or "").split("-")[0].lower()
    return article.language if article.language and article.language.split("-")[0] != site else ""


def read_input(data: bytes, name: str, config) -> Extracted:
    """The record of one input, by the reader for its format."""
    if Path(name).suffix.lower() in (".html", ".htm"):
        from gazette.importer.read_html import read_html

        return read_html(data, config)
    return extract(decode(data), config.publications, config.furniture,
                   site_language=config.language, date_order=getattr(config, "date_order", ""))


def prepare(data: bytes, name: str, config, *, date: str | None = None, source: str | None = None,
            tags: Iterable[str] | None = None, index: SimilarityIndex | None = None,
            dates: dict[str, str] | None = None, rewrites: dict[str, str] | None = None,
            publish: bool = False) -> Prepared:
    """Everything `import` does to one input short of writing it. `name` is the input's
    file name (a fallback for the slug). `dates` and `rewrites` are the indexed articles'
    dates and `rewrite_of`s. An input that misses a required field is prepared as a draft
    in drafts/, with the missing fields named; so is every other input, unless `publish`. Raises ImportFailure
    when it cannot be read."""
    from gazette.content import check_text
    from gazette.importer.write import missing_fields
    from gazette.problems import errors

    article = apply_options(read_input(data, name, config), date=date, source=source, tags=tags)
    if not article.paragraphs:
        raise ImportFailure("has no body text after the title and its details")
    slug = slug_for(article, Path(name).stem)
    if not slug:
        raise ImportFailure("neither the title nor the file name has letters or digits to make a file name from")
    missing = tuple(missing_fields(article)) or (() if publish else (REVIEW,))
    rewrite, related = _detect(article, slug, index, dates, rewrites)
    language = _language_key(article, config)
    text = to_markdown(article, rewrite.key if rewrite else "", language=language,
                       related=[related.key] if related else [], missing=missing)
    if missing:
        return Prepared(article, slug, f"{DRAFTS_DIR}/{slug}.md", text, rewrite, related, (), missing, language)
    rel = f"{config.content_dir}/{article.date[:4]}/{slug}.md"
    problems = check_text(text, rel, config)
    if errors(problems):
        raise ImportFailure("the imported file would not be valid: " + "; ".join(p.message for p in errors(problems)))
    return Prepared(article, slug, rel, text, rewrite, related, tuple(p.message for p in problems), (), language)


def _finish_hint(drafts: list[tuple[Path, Prepared]]) -> str:
    needs = sorted({name for _, ready in drafts for name, _ in ready.missing})
    flags = {"date": "--date YYYY-MM-DD", "source": "--source NAME"}
    options = " ".join(flags[n] for n in needs if n in flags)
    inputs = " ".join(str(path) for path, _ in drafts[:4]) + (" ..." if len(drafts) > 4 else "")
    hint = (f"{len(drafts)} held back as drafts in {DRAFTS_DIR}/: fill in or check what each names and move it into "
            "content/<year>/")
    if options:
        hint += f", or give the values for several at once: python build.py import {options} {inputs}"
    if REVIEW[0] in needs:
        hint += (f"; those held back only to be read (`# review`) are published as they are with: python build.py "
                 f"import --publish {inputs}")
    return hint


def run(args: argparse.Namespace, config) -> int:
    """Import every input; one summary line per input (stdout), problems on stderr, all of
    them. Exit status 1 when any input could not be read."""
    index = None if getattr(args, "no_detect", False) else SimilarityIndex()
    dates: dict[str, str] = {}
    rewrites: dict[str, str] = {}
    if index is not None:
        existing, warnings = existing_articles(config, dates, rewrites)
        for warning_text in warnings:
            print(f"warning: {warning_text}", file=sys.stderr)
        index.add_many(existing)

    failed = 0
    planned: set[Path] = set()
    drafts: list[tuple[Path, Prepared]] = []
    for path, problem in _inputs(args.paths):
        try:
            ready, target = _prepare_one(path, problem, args, config, index, dates, rewrites, planned)
        except ImportFailure as exc:
            failed += 1
            print(f"{path}: {exc}", file=sys.stderr)
            continue
        _report(path, ready, target, args)
        planned.add(target)
        if ready.missing:
            drafts.append((path, ready))
            continue
        if index is not None:
            index.add(ready.slug, ready.article.text())
        dates[ready.slug] = ready.article.date
        if ready.rewrite:
            rewrites[ready.slug] = ready.rewrite.key
    if drafts:
        print(_finish_hint(drafts), file=sys.stderr)
    return 1 if failed else 0


def _prepare_one(path: Path, problem: str | None, args, config, index, dates, rewrites,
                 planned: set[Path]) -> tuple[Prepared, Path]:
    if problem:
        raise ImportFailure(problem)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(f"cannot read: {exc.strerror or exc}") from None
    ready = prepare(data, path.name, config, date=args.date, source=args.source, tags=args.tags,
                    index=index, dates=dates, rewrites=rewrites, publish=getattr(args, "publish", False))
    target = config.root / ready.rel
    if (target.exists() or target in planned) and not args.force:
        raise ImportFailure(f"{target} already exists; not overwritten (use --force to replace it)")
    return ready, target


def _report(path: Path, ready: Prepared, target: Path, args) -> None:
    """Print what the input became, and write it (unless --dry-run)."""
    if ready.rewrite:
        print(f"{path} looks like a rewrite of {ready.rewrite.key} (similarity {ready.rewrite.score:.2f})",
              file=sys.stderr)
    for note in ready.article.notes:
        print(f"{path}: note: {note}", file=sys.stderr)
    for message in ready.warnings:
        print(f"{path}: warning: {message}", file=sys.stderr)
    if args.dry_run:
        print(f"would write {target}", file=sys.stderr)
        sys.stdout.write(ready.text)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w" if args.force else "x", encoding="utf-8", newline="\n") as out:
        out.write(ready.text)
    print(ready.summary(path, target))
