"""Per-field accuracy of the importer over the real-copy corpus (corpus.yaml).

`python tests/importer_corpus/score.py` prints the table; tests/test_importer_corpus.py
holds the floors. A field's value counts when the text shows it (an expected value that
is neither left out nor null); a value the importer writes for a field the text does not
show counts as invented.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
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
    wrong: list[str] = field(default_factory=list)

    def total(self) -> tuple[int, int]:
        return sum(self.right.values()), sum(self.shown.values())


def load(heldout: str = "") -> dict:
    """Every entry: the pasted texts (texts/) and the saved pages (pages/); or, with `heldout`
    ("heldout" or "heldout2"), a batch of texts kept apart from the rules' writing."""
    if heldout:
        held = yaml.safe_load((HERE / f"{heldout}.yaml").read_text(encoding="utf-8"))
        return {f"{heldout}/{k}": v for k, v in held.items()}
    texts = yaml.safe_load((HERE / "corpus.yaml").read_text(encoding="utf-8"))
    pages = yaml.safe_load((HERE / "pages.yaml").read_text(encoding="utf-8"))
    return {**{f"texts/{k}": v for k, v in texts.items()}, **{f"pages/{k}": v for k, v in pages.items()}}


def read(name: str, site_language: str = "en"):
    """The importer's record of one corpus entry, by the reader for its format."""
    from gazette.config import SiteConfig
    from gazette.importer.command import read_input

    config = SiteConfig(root=HERE, language=site_language)
    return read_input((HERE / name).read_bytes(), name, config)


def actual_values(article) -> dict[str, object]:
    body = list(article.paragraphs)
    return {
        "title": article.title, "date": article.date, "source": article.source, "author": list(article.author),
        "dateline": article.dateline, "summary": article.summary, "caption": article.image_caption,
        "credit": article.image_credit, "language": article.language,
        "start": body[0] if body else "", "end": body[-1] if body else "", "body": body,
    }


def _matches(name: str, want: object, got: dict[str, object]) -> bool:
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


def score(site_language: str = "en", heldout: str = "") -> Score:
    result = Score()
    for name, entry in load(heldout).items():
        got = actual_values(read(name, site_language))
        expect = entry["expect"]
        for f in FIELDS:
            if f in expect and expect[f] is None:
                continue
            want = expect.get(f, [] if f in ("author", "furniture") else "")
            if want in ("", []):
                if f in PUBLISHED and got.get(f) not in ("", [], None):
                    result.invented[f] = result.invented.get(f, 0) + 1
                    result.wrong.append(f"{name}: {f} invented: {got.get(f)!r}")
                continue
            result.shown[f] = result.shown.get(f, 0) + 1
            if _matches(f, want, got):
                result.right[f] = result.right.get(f, 0) + 1
            else:
                shown = got.get(f) if f != "furniture" else [x for x in want if x.strip() in
                                                              {ln.strip() for p in got["body"] for ln in p.split("\n")}]
                result.wrong.append(f"{name}: {f} want {want!r} got {shown!r}")
    return result


def table(result: Score) -> str:
    rows = ["| field | right / shown | accuracy | invented |", "| --- | --- | --- | --- |"]
    for f in FIELDS:
        shown = result.shown.get(f, 0)
        right = result.right.get(f, 0)
        share = f"{100 * right / shown:.0f}%" if shown else "-"
        rows.append(f"| {f} | {right} / {shown} | {share} | {result.invented.get(f, 0)} |")
    right, shown = result.total()
    rows.append(f"| **all** | {right} / {shown} | {100 * right / shown:.1f}% | {sum(result.invented.values())} |")
    return "\n".join(rows)


if __name__ == "__main__":
    batch = next((a.lstrip("-") for a in sys.argv if a in ("--heldout", "--heldout2")), "")
    res = score(heldout=batch)
    print(table(res))
    if "-v" in sys.argv:
        print("\n".join(res.wrong))
