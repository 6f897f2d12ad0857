"""Rules of the importer's round 16, drawn from held-out batch 15: each rule once, on invented copy,
with its look-alike that must stay as it is."""

from __future__ import annotations

from importer_copy import LAST, LEAD, MORE

from gazette.importer import extract


def test_a_byline_opening_the_copy_is_no_headline():
    article = extract(f"Von Erika Muster\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert article.title == ""
    assert article.author == ("Erika Muster",)
    assert article.paragraphs[0] == LEAD
    # A short headline that opens with the byline's word, names no author and stays the headline.
    kept = extract(f"Von der Leyen besucht Kiew\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert kept.title == "Von der Leyen besucht Kiew" and kept.author == ()
