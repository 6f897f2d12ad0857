"""Body rules of the importer's round 14 (where the text starts and ends, page furniture left in
it, a photo's caption and credit): each rule once, on invented copy, with its look-alike that
must stay as it is."""

from __future__ import annotations

from gazette.importer import extract

LEAD = ("The council voted on Monday to close the old bridge to traffic after engineers found cracks in "
        "two of its piers, the city said.")
MORE = "Repairs are expected to take a year and cost about $4 million, officials said on Tuesday evening."
LAST = "The bridge carried about 20,000 cars a day before it was closed, according to the city's figures."
HEAD = "Old bridge closed after cracks found in piers"


def test_a_headline_printed_twice_in_a_row_leaves_the_prompt_above_it_to_the_page():
    text = (f"Webmail\n\nChoose your webmail\n\nBecause we also offer another webmail, we ask for your choice once.\n\n"
            f"{HEAD}\n\n{HEAD}\n\n{LEAD}\n\n{MORE}")
    article = extract(text)
    assert article.title == HEAD
    assert list(article.paragraphs) == [LEAD, MORE]
    # Two paragraphs of several sentences above it are an article's: they stay.
    kept = extract(f"{LEAD} {LAST}\n\n{MORE} {LAST}\n\n{HEAD}\n\n{HEAD}\n\n{MORE}")
    assert f"{LEAD} {LAST}" in kept.paragraphs


def test_the_lines_between_a_headline_and_its_second_print_over_the_text_are_the_pages():
    text = (f"{HEAD}\n\nSections\n\nFeatured\n\nMayor opens new school in the east\nEducation\n"
            f"Mayor opens new school in the east\n\nDecember 23, 2013 / 5:51 PM\n\n{HEAD}\n\n"
            f"LONDON (Reuters) - {LEAD}\n\n{MORE}")
    article = extract(text)
    assert article.paragraphs[0].startswith("LONDON (Reuters) - ")
    assert article.date == "2013-12-23T17:51:00"
    assert not any("Mayor opens" in p for p in article.paragraphs)
    # A blog's heading and one note between the prints go too; two paragraphs of text there stay.
    blog = extract(f"{HEAD}\n\nStorm damage\n\nStay safe, everyone.\n\n{HEAD}\n\n{LEAD}\n\n{MORE}")
    assert list(blog.paragraphs) == [LEAD, MORE]
    story = extract(f"{HEAD}\n\n{LEAD}\n\n{LAST}\n\nMore below.\n\n{HEAD}\n\n{MORE}")
    assert story.paragraphs[0] == LEAD
