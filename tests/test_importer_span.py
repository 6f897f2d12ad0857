"""The learned span (gazette/importer/passes/span.py): what it cuts at a text's edges, what it never cuts, and that
the model shipped is the one its features describe. Its effect on real copy is in the corpus's floors
(tests/test_importer_corpus.py); how it was judged is in tests/importer_corpus/train_span.py."""

from __future__ import annotations

import json

import pytest

from gazette.importer import extract, trees
from gazette.importer.passes import span
from gazette.importer.passes.edges import announces_list
from gazette.importer.passes.found import Found

STORY = """Bridge closes after cracks found in piers

The city closed the Elm Street bridge to all traffic on Monday after engineers found cracks in two of its concrete \
piers during a routine inspection, officials said.

About 20,000 vehicles crossed the bridge each day before the closure, according to the city's transport department, \
which posted detour signs on both banks.

Repairs are expected to take about a year and to cost roughly $4 million, the department said in a statement on \
Monday evening.

The mayor said the city would ask the state for emergency funds and promised regular updates on the work.

Engineers will return next week to decide whether the piers can be repaired or must be rebuilt.
"""
LAST = "Engineers will return next week to decide whether the piers can be repaired or must be rebuilt."
FIRST = "The city closed the Elm Street bridge"


def test_the_shipped_model_reads_the_features_the_code_computes():
    model = json.loads(span.MODEL.read_text(encoding="utf-8"))
    assert model["features"] == list(span.FEATURES)
    assert 0 < model["start"] < 1 and 0 < model["end"] < 1 and model["trees"]
    rows = span.features(["One paragraph of text that ends.", "Another."])
    assert all(len(row) == len(span.FEATURES) for row in rows)


def test_the_rules_alone_keep_a_comment_forms_prompts(rules_alone):
    pasted = STORY + "\nWhat do you think?\n\nPlease enter your comment!\n"
    kept = extract(pasted).paragraphs
    assert kept[-2:] == ("What do you think?", "Please enter your comment!")  # the rules alone keep them


def test_the_learned_span_cuts_a_comment_forms_prompts_after_the_story():
    got = extract(STORY + "\nWhat do you think?\n\nPlease enter your comment!\n")
    assert got.paragraphs[-1] == LAST and got.paragraphs[0].startswith(FIRST)
    why = dict(d.split(": ", 1) for d in got.doubts)["text"]
    assert "learned span: after it 'What do you think?', 'Please enter your comment!'" in why


def test_a_story_alone_is_not_cut():
    got = extract(STORY)
    assert got.paragraphs[0].startswith(FIRST) and got.paragraphs[-1] == LAST and not got.doubts


def test_cuts_stop_at_a_dateline_and_leave_one_paragraph():
    paragraphs = ["Menu", "BERLIN (Reuters) - The parliament voted on Wednesday.", "More text.", "Share"]
    assert span.bounds(paragraphs, [0.1, 0.1, 0.9, 0.1], 0.7, 0.7) == (1, 3)  # the dateline's paragraph stays
    assert span.bounds(paragraphs, [0.1, 0.9, 0.9, 0.1], 0.7, 0.7) == (1, 3)
    assert span.bounds(["a", "b", "c"], [0.1, 0.1, 0.1], 0.7, 0.7) == (2, 3)  # never the last one left
    assert span.bounds(["a", "b"], [0.9, 0.9], 0.7, 0.7) == (0, 2)


def test_a_text_too_short_for_its_shape_to_tell_is_not_cut():
    short = ["Overnight.", "The council voted on Monday to close the old bridge.", "It was over."]
    assert sum(span.size(p) for p in short) < span.SHORTEST
    found = Found()
    assert span.story_span(short, "", found) == short and not found.doubts


@pytest.mark.parametrize("learned", [True, False])
def test_a_saved_pages_reader_asks_for_the_rules_alone(learned):
    pasted = STORY + "\nWhat do you think?\n\nPlease enter your comment!\n"
    assert (extract(pasted, learned=learned).paragraphs[-1] == LAST) is learned


def test_the_spans_doubt_joins_the_rules_own_doubt_about_the_text():
    found = Found()
    found.doubts.append("text: left out at the text's edges, holding no sentence: 'Menu'")
    paragraphs = [p for p in STORY.split("\n\n")[1:]] + ["What do you think?", "Please enter your comment!"]
    kept = span.story_span(paragraphs, "Bridge closes after cracks found in piers", found)
    assert kept[-1].strip() == LAST and len(found.doubts) == 1
    assert found.doubts[0].startswith("text: left out at the text's edges, holding no sentence: 'Menu'; and ")


def test_a_cut_paragraph_is_named_whole_on_one_line():
    lines = ("김유영 앵커>", "17호 태풍 '타파'가 북상하면서 비바람이 거세지고 있습니다.")
    assert span._named(["\n".join(lines), "b", "c", "d"]) == repr(" / ".join(lines)) + ", 'b', 'c' and 1 more"
    assert span._named(["x" * 200]) == repr("x" * 79 + "…")


@pytest.mark.parametrize("line, announces", [("These roads are closed:", True),
                                             ("Here are just a few of them:", True),
                                             ("Related stories:", False), ("Share this:", False),
                                             ("Lesen Sie auch:", False), ("You may also like:", False)])
def test_a_label_with_its_colon_announces_no_list_of_the_texts(line, announces):
    assert announces_list([line]) is announces


def test_the_trees_read_values_in_single_precision_as_they_were_learned():
    model = {"init": 0.0, "rate": 1.0, "trees": [[[0, 0.1, 1, 2], [-1.0], [1.0]]]}
    # 0.1 in single precision is 0.100000001…, over the threshold 0.1: scikit-learn sends it right
    assert trees.chances([[0.1]], model) == pytest.approx([1 / (1 + 2.718281828459045 ** -1)])
    assert trees.chances([[0.09]], model)[0] < 0.5
