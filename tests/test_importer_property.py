"""Property: whatever the text, the importer never crashes and never writes a file the build rejects."""

from __future__ import annotations

from pathlib import Path

import lxml.html
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from gazette.config import SiteConfig
from gazette.content import check_text
from gazette.importer import ImportFailure, prepare
from gazette.markdown import render
from gazette.similarity import SimilarityIndex

CONFIG = SiteConfig(root=Path("/nonexistent"), publications=("The Korea Herald",))

# Lines that the extraction rules look at, mixed with arbitrary text, so that the
# rules themselves (not only the fallbacks) meet odd input.
RULE_LINES = st.sampled_from([
    "", "", "", "DeepSeek upends AI: The Korea Herald", "Markets | Reuters", "Analysis: why - it matters",
    "January 31, 2025", "Published: Jan. 31, 2025 10:00", "Updated: 2025-02-01T09:00:00+09:00",
    "31 January 2025 09:30 GMT", "By A, B and C", "By Jane Doe", "photo.jpg", "https://x.org/a.png",
    "https://x.org/a", "A caption. PHOTO: AFP", "Credit: Yonhap", "SEOUL – Text", "AI, Investment, Innovation",
    "Tags: a, b", "Tags:", "Advertisement", "scroll to top", "#1", "1. item", "* bullet", "<b>bold</b>",
    "*stars*", "[brackets]", "---", "===", "```", ": def", "|-|-|", "&amp;", "\\", "\ufeff", "\u2028", "\xa0",
])
ANY_LINE = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)  # raw text covers Cc
TEXTS = st.one_of(
    st.text(),
    st.lists(st.one_of(RULE_LINES, ANY_LINE), max_size=14).map("\n".join),
    st.lists(st.one_of(RULE_LINES, ANY_LINE), max_size=14).map("\r\n".join),
)
BYTES = st.one_of(TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=200))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=BYTES, date=st.sampled_from([None, "2025-01-31", "2025-01-31"]),
       source=st.sampled_from([None, "Gazette", "Gazette"]),
       tags=st.sampled_from([None, ["AI"], ["x, y", "#z"]]))
@example(data=b"", date=None, source=None, tags=None)
@example(data="!!!\n\nbody".encode(), date="2025-01-31", source="S", tags=None)
@example(data=b"--- | ---\n\nx", date="2025-01-31", source="S", tags=None)
def test_arbitrary_text_never_crashes_and_never_yields_an_invalid_file(data, date, source, tags):
    index = SimilarityIndex()
    index.add("existing-story", "Markets fell as DeepSeek shook the chip industry.")
    try:
        ready = prepare(data, "wire-42.txt", CONFIG, date=date, source=source, tags=tags, index=index)
    except ImportFailure as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
        return
    # A draft misses exactly the required keys it names; anything else would be a bug.
    missing = tuple(f"missing required key '{name}'" for name, _ in ready.missing)
    assert not [p for p in check_text(ready.text, ready.rel, CONFIG) if not p.warning
                and not p.message.startswith(missing or ("\0",))]
    assert ready.rel.startswith("drafts/" if missing else "content/") and ready.rel.endswith(f"/{ready.slug}.md")
    assert ready.text.endswith("\n") and not ready.text.endswith("\n\n")
    # Every body paragraph renders as its own text.
    body = ready.text.split("---\n", 2)[2]
    html = render(body)
    shown = " ".join(lxml.html.fragment_fromstring(html or "<p></p>", create_parent="div").text_content().split())
    for paragraph in ready.article.paragraphs:
        assert " ".join(paragraph.split()) in shown
