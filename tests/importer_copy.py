"""Invented copy for the importer's rule tests (a rule's unit test may use invented text; the
accuracy figures come from the real texts of tests/importer_corpus/): a lead, the paragraph after
it and a last paragraph, in the plain English of a local story."""

LEAD = ("The council voted on Monday to close the old bridge to traffic after engineers found cracks in "
        "two of its piers, the city said.")
MORE = "Repairs are expected to take a year and cost about $4 million, officials said on Tuesday evening."
LAST = "The bridge carried about 20,000 cars a day before it was closed, according to the city's figures."
#: The three as one story's text, a blank line between paragraphs.
STORY = f"{LEAD}\n\n{MORE}\n\n{LAST}"
