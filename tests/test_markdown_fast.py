"""gazette.markdown.render skips Python-Markdown's inline patterns for plain paragraphs:
its output must be Python-Markdown's own, byte for byte, on any text (generated here from
every construct the extensions in use know, mixed with plain paragraphs in many
scripts) and on real articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gazette import markdown

REPO = Path(__file__).resolve().parents[1]

WORDS = ["Seoul", "서울에서", "회의가", "東京都", "発表した。", "Straße", "über", "año", "niño", "said",
         "the", "1.5%", "2025", "U.S.", "(AP)", "—", "«quote»", "“quoted”", "it's", "e.g.", "a:b", "x;", "!",
         "?", "#1", "+3", "-2", "=", "1.", "\u3000", "\u00a0", "end.", "ＡＢＣ", "١٢٣", "Привет"]
word = st.sampled_from(WORDS) | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=6)
line = st.lists(word, min_size=1, max_size=8).map(" ".join)
plain = st.lists(line, min_size=1, max_size=4).map("\n".join)

SPECIAL = [
    "# Heading", "## Heading ##", "Setext\n======", "Setext\n------", "---", "* * *", "- item\n- item two",
    "1. one\n2. two", "3. three\n\n    continued", "- item\n\n    para in item", "> quoted\nlazy line",
    "```\ncode\n\nplain inside the fence\n```", "~~~python\nx = 1\n\nplain too\n~~~", "    indented code",
    "<div>\n\nplain inside html\n\n</div>", "<p>raw</p>", "| a | b |\n|---|---|\n| 1 | 2 |",
    "Term\n: definition", ": definition after a blank line", "Text with a footnote[^1].",
    "[^1]: The note.\n\n    Its second paragraph.", "*[HTML]: Hyper Text Markup Language", "HTML is an abbreviation",
    "Some *emphasis* and **strong**", "snake_case_word", "A [link](https://example.org/)", "An ![image](x.png)",
    "<https://example.org>", "Tom &amp; Jerry", "5 < 6 > 4", "line break  \nnext", "a\\*b", "`code`",
    "{: .class }", "Paragraph\n{: #id }", "[ref]: https://example.org/", "A [ref] here", "GZPLAIN000000Q",
    "\ttabbed", "trailing space ", "\u3000全角スペースで始まる", "word\r\nwindows", "\x02stx\x03",
]
block = plain | st.sampled_from(SPECIAL) | line
separator = st.sampled_from(["\n\n", "\n", "\n\n\n", "\n \n", "\n\t\n"])


@st.composite
def documents(draw) -> str:
    blocks = draw(st.lists(block, min_size=1, max_size=8))
    text = blocks[0]
    for b in blocks[1:]:
        text += draw(separator) + b
    return draw(st.sampled_from(["", "\n", "\n\n"])) + text + draw(st.sampled_from(["", "\n", "\n\n"]))


@settings(max_examples=600, deadline=None)
@given(documents())
@example("Plain one.\n\n```\nfenced\n\nplain in the fence\n```\n\nPlain two.\n")
@example("Term\n\n: definition\n")
@example("HTML here.\n\n*[HTML]: Hyper Text Markup Language\n")
def test_plain_paragraphs_render_as_python_markdown_does(text):
    assert markdown.render(text) == markdown._convert(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_renders_as_python_markdown_does(text):
    assert markdown.render(text) == markdown._convert(text)


def real_articles() -> list[Path]:
    found = (sorted((REPO / "content").rglob("*.md")) + sorted((REPO / "tests" / "sites").rglob("*.md"))
             + sorted((REPO / "tests" / "importer_inputs").glob("*.txt")))  # news copy gathered with its sources
    assert len(found) >= 20
    return found


@pytest.mark.parametrize("path", real_articles(), ids=lambda p: p.relative_to(REPO).as_posix())
def test_real_articles_render_as_python_markdown_does(path):
    text = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]  # the body (some YAML is broken on purpose)
    assert markdown.render(text) == markdown._convert(text)


def test_the_fast_path_is_taken_for_plain_paragraphs():
    text = "First plain paragraph.\n\nSecond.\n\nA *styled* one.\n\n서울에서 회의가 열렸다.\n"
    source, runs = markdown._placeholders(text)
    assert runs == ["<p>First plain paragraph.</p>\n<p>Second.</p>", "<p>서울에서 회의가 열렸다.</p>"]
    assert source == "GZPLAIN000000Q\n\nA *styled* one.\n\nGZPLAIN000001Q\n"
    assert markdown.render(text) == markdown._convert(text)
