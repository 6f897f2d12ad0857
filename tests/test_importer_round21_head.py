"""Rules of the importer's round 21 for the head's fields, drawn from held-out batches 17, 18, 19, 21 and 23
(their first runs recorded): each rule once, on invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

from importer_copy import LAST, LEAD, MORE

from gazette.importer import extract

STORY = f"{LEAD}\n\n{MORE}\n\n{LAST}"


def test_an_agency_dateline_whose_place_has_a_slash_gives_the_place_and_the_agency():
    for place in ("Frankfurt/Main", "Namborn/Saarbrücken", "Halle/Saale"):
        article = extract(f"Brücke wird gesperrt\n\n{place} (dpa) - Die Brücke wird ab Montag gesperrt, teilte die "
                          f"Stadt mit. Risse wurden an zwei Pfeilern gefunden.\n\n{MORE}\n\n{LAST}")
        assert (article.dateline, article.source) == (place, "dpa"), place
    # Two places' slash run into the lead with no agency's tag is no dateline.
    assert extract(f"Brücke wird gesperrt\n\nFrankfurt/Main - {LEAD}\n\n{MORE}\n\n{LAST}").source == ""


def test_a_headlines_own_time_stays_in_it_and_a_glued_stamp_with_its_zone_goes():
    title = "DAX: Kurse im XETRA-Handel am 3.05.2016 um 13:05 Uhr"
    assert extract(f"{title}\n\n{STORY}").title == title
    assert extract(f"Bridge to close after cracks found 12:05 PM EST\n\n{STORY}").title == \
        "Bridge to close after cracks found"
