"""Importer output: Markdown escaping renders as the source reads; the file format is canonical."""

from __future__ import annotations

from dataclasses import fields

import lxml.html
import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from gazette import content
from gazette.importer import Extracted, escape_line, escape_paragraph, to_markdown
from gazette.markdown import render


def rendered(markdown_text: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(render(markdown_text) or "<p></p>", create_parent="div")


def visible(text: str) -> str:
    return " ".join(text.split())


def assert_renders_literally(source: str) -> None:
    """The escaped paragraph renders as one <p> whose text is the source's, and nothing else."""
    tree = rendered(escape_paragraph(source))
    assert [child.tag for child in tree] == ["p"], lxml.html.tostring(tree, encoding="unicode")
    assert list(tree[0]) == [], lxml.html.tostring(tree, encoding="unicode")  # no <em>, <a>, <code>, <br> ...
    assert visible(tree.text_content()) == visible(source)


@pytest.mark.parametrize(
    "line",
    [
        "#1 in the charts",
        "# Not a heading",
        "###",
        "1. Not a list",
        "2025. The year it happened",
        "3) Not a list either",
        "* Not a bullet",
        "- Not a bullet",
        "+ Not a bullet",
        "> Not a quote",
        "Text with <b>bold</b> tags and <script>alert(1)</script>",
        "<div>a block</div>",
        "<!-- a comment -->",
        "<https://example.org> and <me@example.org>",
        "Some *stars* and **double stars** and _underscores_ and snake_case_name",
        "[brackets] and [a link](https://example.org) and ![an image](x.png) and [ref][1]",
        "[^1]: not a footnote",
        "*[HTML]: not an abbreviation",
        "`code` and ``more code``",
        "```",
        "~~~",
        "a | table | row",
        "|---|---|",
        ": not a definition",
        "{: .class #id }",
        "A heading {: #attr }",
        "Backslashes \\* \\\\ \\ and C:\\path",
        "Entities &amp; &copy; &#169; &#xA9; &#1 &#x41 &copy and AT&T & co",
        "a < b > c and 3 <4",
        "====",
        "---",
        "***",
        "___",
        "- - -",
        "Price: $600 (AI) “quotes” ‘single’ — dashes – and ... dots",
        "Trailing two spaces  ",
        "    indented by four",
        "\tindented by a tab",
    ],
)
def test_markdown_significant_text_renders_literally(line):
    assert_renders_literally(line.strip())


@pytest.mark.parametrize(
    "paragraph",
    [
        "A wrapped line\n# that looks like a heading",
        "A wrapped line\n1. that looks like a list",
        "Setext heading?\n===",
        "Setext heading?\n---",
        "A table?\n|---|---|",
        "a | b\n--- | ---",
        "Term\n: definition?",
        "Quote\n> inside",
        "Fence\n```\ncode",
    ],
)
def test_wrapped_lines_cannot_start_markup_either(paragraph):
    assert_renders_literally(paragraph)


def test_plain_news_text_is_left_as_it_reads():
    for line in [
        "SEOUL – What some are calling “AI’s Sputnik moment” slammed the US tech sector.",
        'Recently, what some are referring to as "AI\'s Sputnik moment" took the tech sector (AI) by storm.',
        "Shares fell 17 percent, wiping $600 billion off its value — for a fraction of the cost.",
    ]:
        assert escape_line(line) == line


MARKDOWN_HEAVY = st.sampled_from(list("#*_`[]()<>!&;:|-+=~.1234567890 \\{}^\"'aZ/@x#"))
LINE = st.text(MARKDOWN_HEAVY | st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=40).map(
    str.strip).filter(bool)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, min_size=1, max_size=4))
@example(lines=["<", "@#>"])  # an e-mail autolink across a line break
@example(lines=["a <\tb@c>"])
def test_any_paragraph_renders_as_its_text(lines):
    assert_renders_literally("\n".join(lines))


# --- the file format -----------------------------------------------------------------------


def test_file_format_key_order_quoting_and_blank_lines():
    article = Extracted(
        title="Rates: a 'view'", source="The Korea Herald", date="2025-01-31T10:00:00+09:00", updated="2025-02-01",
        author=("Ann Lee", "Bo Kim"), dateline="SEOUL", summary='He said: "no".', image="x.jpg",
        image_caption="A caption.", image_credit="AFP", tags=("AI", "Chips, Inc"),
        paragraphs=("SEOUL – One.", "Two\nwrapped."),
    )
    assert to_markdown(article, rewrite_of="older-story") == (
        "---\n"
        "title: 'Rates: a ''view'''\n"
        "date: 2025-01-31T10:00:00+09:00\n"
        "source: The Korea Herald\n"
        "tags: [AI, 'Chips, Inc']\n"
        "author: [Ann Lee, Bo Kim]\n"
        "dateline: SEOUL\n"
        'summary: "He said: \\"no\\"."\n'
        "image: x.jpg\n"
        'image_caption: "A caption."\n'
        "image_credit: AFP\n"
        "updated: 2025-02-01\n"
        "rewrite_of: older-story\n"
        "---\n"
        "\n"
        "SEOUL – One.\n"
        "\n"
        "Two\n"
        "wrapped.\n"
    )


def test_the_record_and_the_writer_use_the_schema_keys():
    # The record's fields are the frontmatter keys they become (besides the body, the run's notes, the
    # doubts a person checks and the fields a person gave on the command line).
    assert {f.name for f in fields(Extracted)} - {"paragraphs", "notes", "doubts", "given"} \
        <= {f.name for f in content.FIELDS}
    every = Extracted(title="T", source="S", date="2025-01-01", updated="2025-01-02", author=("A",), dateline="D",
                      summary="Sum.", image="i.jpg", image_caption="C.", image_credit="K", tags=("x",),
                      language="ko", paragraphs=("p",))
    written = list(yaml.safe_load(to_markdown(every, "old", language="ko", related=["r"]).split("---\n")[1]))
    schema = [f.name for f in content.FIELDS]
    assert len(written) == 14 and set(written) <= set(schema)
    # The schema's order, but for summary, which stays after dateline (where the seeds have it).
    assert [k for k in written if k != "summary"] == [k for k in schema if k in written and k != "summary"]
    assert written.index("summary") == written.index("dateline") + 1


def test_values_that_yaml_would_misread_are_quoted():
    for title in ["yes", "null", "2025", "3.14", "- dash", "#hash", "@at", "a: b", "[list]", "{map}", "~", "*star",
                  "!tag", "%percent", "'quote", '"double', "line\u2028separator", "tab\there", "é ü 한국어"]:
        text = to_markdown(Extracted(title=title, source="S", date="2025-01-01", paragraphs=("x",)))
        front = yaml.safe_load(text.split("---\n")[1])
        assert front["title"] == title
