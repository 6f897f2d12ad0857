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
    require_complete,
    slug_for,
    to_markdown,
)
from gazette.similarity import THRESHOLD, Match, SimilarityIndex


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
                        help="plain-text articles (UTF-8); a folder means the *.txt files in it")
    parser.add_argument("--date", type=_date_option, metavar="YYYY-MM-DD",
                        help="publication date of every input (overrides a date in the text)")
    parser.add_argument("--source", type=_source_option, metavar="NAME",
                        help="publication every input comes from (overrides a source in the title)")
    parser.add_argument("--tag", action="append", metavar="TAG", dest="tags",
                        help="a tag for every input (repeat for several; replaces tags found in the text)")
    parser.add_argument("--dry-run", action="store_true",
                        help="print the Markdown that would be written, and write nothing")
    parser.add_argument("--force", action="store_true", help="overwrite content files that already exist")


def _inputs(paths: Iterable[Path]) -> list[tuple[Path, str | None]]:
    """(file, problem) pairs: folders are expanded to their *.txt files."""
    out: list[tuple[Path, str | None]] = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt" and p.is_file())
            out.extend((p, None) for p in files)
            if not files:
                out.append((path, "folder holds no .txt files"))
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
        if not isinstance(meta, dict):
            warnings.append(f"{source.rel}: no readable frontmatter; not compared for rewrites")
            continue
        slug = meta.get("slug") if isinstance(meta.get("slug"), str) else slugify(source.stem)
        text = "\n\n".join(str(meta.get(k) or "") for k in ("title", "summary")) + "\n\n" + split[1]
        found.append((slug, text))
        if dates is not None and meta.get("date") is not None:
            dates[slug] = str(meta["date"])
        if rewrites is not None and isinstance(meta.get("rewrite_of"), str):
            rewrites[slug] = meta["rewrite_of"]
    return found, sorted(warnings)


@dataclass(frozen=True)
class Prepared:
    """One input made ready to write: where, what, and what rewrite detection found."""

    article: Extracted
    slug: str
    rel: str  # the content file's path relative to the site folder
    text: str  # the content file
    rewrite: Match | None = None  # the article this one rewrites, when it scored over the threshold
    warnings: tuple[str, ...] = ()


def prepare(data: bytes, name: str, config, *, date: str | None = None, source: str | None = None,
            tags: Iterable[str] | None = None, index: SimilarityIndex | None = None,
            dates: dict[str, str] | None = None, rewrites: dict[str, str] | None = None) -> Prepared:
    """Everything `import` does to one input short of writing it. `name` is the input's
    file name (a fallback for the slug). `dates` and `rewrites` are the indexed
    articles' dates and `rewrite_of`s: an article dated after this one, or one that is
    itself a rewrite of this one, cannot be the original this one rewrites (re-importing
    an original must not make it a rewrite of its own rewrite). Raises ImportFailure
    when it cannot be imported."""
    from gazette.content import check_text
    from gazette.problems import errors

    article = extract(decode(data), config.publications, config.furniture)
    article = apply_options(article, date=date, source=source, tags=tags)
    require_complete(article)
    slug = slug_for(article, Path(name).stem)
    if not slug:
        raise ImportFailure("the title has no letters or digits to make a file name from")
    rel = f"{config.content_dir}/{article.date[:4]}/{slug}.md"
    day = article.date[:10]
    later = {key for key, when in (dates or {}).items() if when[:10] > day}
    its_rewrites = {key for key, original in (rewrites or {}).items() if original == slug}
    match = (index.most_similar(article.text(), exclude={slug} | later | its_rewrites)
             if index is not None else None)
    rewrite = match if match and match.score >= THRESHOLD else None
    text = to_markdown(article, rewrite.key if rewrite else "")
    problems = check_text(text, rel, config)
    if errors(problems):
        raise ImportFailure("the imported file would not be valid: " + "; ".join(p.message for p in errors(problems)))
    return Prepared(article, slug, rel, text, rewrite, tuple(p.message for p in problems))


def run(args: argparse.Namespace, config) -> int:
    """Import every input; print each file written. Exit status 1 when any input failed."""
    index = SimilarityIndex()
    dates: dict[str, str] = {}
    rewrites: dict[str, str] = {}
    existing, warnings = existing_articles(config, dates, rewrites)
    for warning_text in warnings:
        print(f"warning: {warning_text}", file=sys.stderr)
    index.add_many(existing)

    failed = 0
    planned: set[Path] = set()
    for path, problem in _inputs(args.paths):
        try:
            if problem:
                raise ImportFailure(problem)
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise ImportFailure(f"cannot read: {exc.strerror or exc}") from None
            ready = prepare(data, path.name, config, date=args.date, source=args.source, tags=args.tags,
                            index=index, dates=dates, rewrites=rewrites)
            target = config.root / ready.rel
            if (target.exists() or target in planned) and not args.force:
                raise ImportFailure(f"{target} already exists; not overwritten (use --force to replace it)")
        except ImportFailure as exc:
            failed += 1
            print(f"{path}: {exc}", file=sys.stderr)
            continue
        if ready.rewrite:
            print(f"{path} looks like a rewrite of {ready.rewrite.key} (similarity {ready.rewrite.score:.2f})",
                  file=sys.stderr)
        for message in ready.warnings:
            print(f"{path}: warning: {message}", file=sys.stderr)
        if args.dry_run:
            print(f"would write {target}", file=sys.stderr)
            sys.stdout.write(ready.text)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w" if args.force else "x", encoding="utf-8", newline="\n") as out:
                out.write(ready.text)
            print(target)
        planned.add(target)
        index.add(ready.slug, ready.article.text())
        dates[ready.slug] = ready.article.date
        if ready.rewrite:
            rewrites[ready.slug] = ready.rewrite.key
    return 1 if failed else 0
