"""Head rules of the importer's fourteenth round (drawn from the misses left in held-out batches
5-12): each rule once, on invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

from gazette.importer import extract

HEADLINE = "Mayor will stay in office until the budget vote"
QUOTE = '"I will go to the council on Monday as mayor and put my office at its disposal"'
STANDFIRST = (f"{QUOTE}, the mayor answered when reporters pressed her on when she would leave. Asked whether "
              "she would still chair the budget vote, she said: \"On Monday, of course\".")
LEAD = ("The mayor, who leads her party's list for the regional election, confirmed on Friday that she will "
        "chair the council's meeting on the budget next week.")
MORE = "The move backs the view that the party will not name her successor before the vote in March."
LATER = "The budget goes to a second reading in April, when the new council will have been elected."
RESTATED = (f"{QUOTE}, she replied about the moment she will leave the town hall. Asked whether she would "
            "still chair the budget vote, she said: \"On Monday, of course\".")


def test_a_first_paragraph_that_a_later_paragraph_restates_is_the_standfirst():
    article = extract(f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD}\n\n{MORE}\n\n{LATER}\n\n{RESTATED}")
    assert article.summary == STANDFIRST
    assert article.paragraphs[0] == LEAD
    # The look-alike: the lead printed again whole (a paste's repeat) restates nothing; it stays the lead.
    twice = extract(f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD}\n\n{MORE}\n\n{LATER}\n\nIn March: {STANDFIRST}")
    assert twice.summary == "" and twice.paragraphs[0] == STANDFIRST
    # Nor does a lead whose quote alone comes back later (a third of its words): no standfirst.
    quoted = extract(f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD}\n\n{MORE}\n\n{LATER}\n\n{QUOTE}, she said again.")
    assert quoted.summary == "" and quoted.paragraphs[0] == STANDFIRST
