"""Headlines, standfirsts, bylines, datelines, captions and furniture drawn from held-out batch 8
(English local papers and wire copy, Portuguese and Italian outlets): each rule once, on invented copy."""

from __future__ import annotations

import pytest
from importer_copy import LEAD, MORE

from gazette.importer import extract
from gazette.importer.rules.byline import doubled_name, read_byline
from gazette.importer.rules.caption import credit_line, marked_caption, trailing_credit
from gazette.importer.rules.dateline import dated_place, place_day_alone, read_dateline
from gazette.importer.rules.dates import update_note
from gazette.importer.rules.furniture import is_page_furniture
from gazette.importer.rules.source import known_agency
from gazette.importer.rules.text import is_long_headline


def test_a_long_headline_without_a_stop_over_the_lead_is_the_headline():
    head = ("Council votes to close the old bridge to all traffic for a year after engineers find deep cracks "
            "in two of its piers during a routine inspection")
    got = extract(f"{head}\n\n{LEAD}\n\n{MORE}\n")
    assert got.title == head
    assert got.paragraphs[0] == LEAD


@pytest.mark.parametrize(("line", "following"), [
    # sentences inside it: running text, however long
    ("The council voted on Monday. Engineers had found cracks in two of its piers during a routine inspection "
     "of the bridge last week and the", "Mayor said"),
    # a hard-wrapped sentence: its next piece opens in lower case
    ("The council voted on Monday to close the old bridge to all traffic for a year after engineers found deep "
     "cracks in two of", "its piers during a routine inspection."),
])
def test_a_long_line_of_running_text_is_no_headline(line, following):
    assert not is_long_headline(line, following)


def test_a_browser_title_above_the_headline_names_the_source():
    head = "Council votes to close the old bridge"
    got = extract(f"{head} : The Valley Tribune\n\n{head}\n\n{LEAD}\n")
    assert (got.title, got.source) == (head, "The Valley Tribune")


def test_the_line_between_the_headline_and_the_headline_printed_again_is_the_standfirst():
    head = "Council votes to close the old bridge"
    deck = "Engineers found cracks in two of its piers during a routine inspection last week"
    got = extract(f"{head}\n\n{deck}\n\n{head}\n\n{LEAD}\n")
    assert (got.title, got.summary, got.paragraphs[0]) == (head, deck, LEAD)


def test_a_caption_printed_twice_with_its_credit_glued_on_is_the_caption():
    got = extract("Council votes to close the old bridge\n\nThe old bridge over the river.\n"
                  "The old bridge over the river.(Jane Roe : Reuters)\n\n" + LEAD + "\n")
    assert (got.image_caption, got.image_credit) == ("The old bridge over the river.", "Jane Roe : Reuters")
    assert got.paragraphs[0] == LEAD


def test_the_standfirst_printed_again_under_the_photo_is_the_caption():
    deck = "Engineers found cracks in two of the old bridge's piers."
    got = extract(f"Council closes the old bridge\n\n{deck}\nCamera Icon{deck} Credit: AAP\n\n{LEAD}\n")
    assert (got.summary, got.image_caption, got.image_credit) == (deck, deck, "AAP")


@pytest.mark.parametrize(("line", "place"), [("New Delhi, June 27", "New Delhi"), ("Roma, 9 settembre", "Roma"),
                                             ("Council, votes", "")])
def test_a_place_and_a_day_alone_on_a_line_give_the_place(line, place):
    assert place_day_alone(line)[0] == place


def test_a_place_and_a_day_without_a_year_give_the_dateline_and_no_date():
    got = extract(f"Council votes to close the old bridge\n\nPTI\n\nNew Delhi, June 27\n\n{LEAD}\n")
    assert (got.dateline, got.date, got.source) == ("New Delhi", "", "PTI")


def test_a_stock_library_after_a_caption_is_its_credit_and_no_credit_line():
    line = "Photo for representational purpose only. iStock"
    assert trailing_credit(line) == ("Photo for representational purpose only.", "iStock")
    assert credit_line(line) == ""
    assert credit_line("Photo: Jane Roe") == "Jane Roe"


@pytest.mark.parametrize("line", [
    "Local News > Archive > October 2016 > 11",
    "Posted , updated",
    "×",
    "video suggerito",
    "Já segue a Informação da Rádio no WhatsApp? É só clicar aqui",
    "Per restare aggiornato seguici sulla nostra pagina Facebook",
    "Per scriverci e interagire con la redazione contattaci",
    "Acompanhe o nosso liveblog sobre a guerra",
    "READ NOW",
    "Register on the Daily Site at no cost to receive newsletters, read exclusive articles & more.",
    "(Logo: http://www.example.com/logos/valley.jpg",
    "(To view the Multimedia News Release, go to: http://www.example.com/mnr/valley/123/ )",
])
def test_page_furniture_of_batch_8(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", ["Prices rose > 5% in May.",
                                  "Photo: the council's own pictures are at https://x.org",
                                  "Click here, she said, was all the message read.",
                                  "Acompanhe o raciocínio do ministro, disse ele."])
def test_text_like_furniture_is_text(line):
    assert not is_page_furniture(line)


@pytest.mark.parametrize(("line", "authors", "outlet"), [
    ("A cura di Enrico Rossi", ("Enrico Rossi",), ""),
    ("di Maria Bianchi", ("Maria Bianchi",), ""),
    ("por Ana Souza publicado 16/02/2022 14h45, última modificação 16/02/2022 14h43", ("Ana Souza",), ""),
    ("By Valley-Argus Staff", (), "Valley-Argus"),
])
def test_bylines_of_batch_8(line, authors, outlet):
    assert read_byline(line) == (authors, outlet)


def test_a_staff_credit_of_no_outlet_is_no_byline():
    assert read_byline("By Staff") is None


def test_a_name_printed_twice_with_a_handle_is_the_writer():
    assert doubled_name("Ravi Kumar Ravi Kumar @@ravikumar") == "Ravi Kumar"
    assert doubled_name("Delhi Police Delhi Police") == "Delhi Police"  # a name's shape; the header decides
    assert doubled_name("Ravi Kumar said") == ""


def test_an_agency_printed_twice_is_the_agency():
    assert (known_agency("AAPAAP"), known_agency("PRNewswire"), known_agency("ABCABC")) == ("AAP", "PRNewswire", "")


def test_a_file_picture_caption_is_a_caption_and_no_headline():
    assert marked_caption("Incidente stradale, immagine di repertorio") == (
        "Incidente stradale, immagine di repertorio", "")
    got = extract(f"Road accident, file photo\n\n{LEAD}\n\n{MORE}\n")
    assert (got.title, got.image_caption) == ("", "Road accident, file photo")


def test_the_sentence_over_the_byline_is_the_standfirst():
    deck = "Engineers found cracks in two of the old bridge's piers, the council said on Monday."
    got = extract(f"Council closes the old bridge\n\n{deck}\n\nA cura di Enrico Rossi\n\n{LEAD}\n")
    assert (got.summary, got.author, got.paragraphs[0]) == (deck, ("Enrico Rossi",), LEAD)


@pytest.mark.parametrize(("lead", "place"), [
    ("New Delhi: Three districts were put on high alert on Tuesday after the tension intensified.", "New Delhi"),
    ("Johannesburg - Johannesburg will continue to be under the schedule, the city said on Monday.", "Johannesburg"),
    ("Update: The council voted on Monday to close the old bridge to traffic.", ""),
])
def test_title_case_datelines_of_a_lead(lead, place):
    assert dated_place(lead, lead=True) == place


def test_a_country_tagged_agency_dateline():
    assert read_dateline("New Delhi [India], Mar 2 (ANI): Delhi Police on Sunday asked people to stay calm.") == (
        "New Delhi", "ANI")


def test_one_sentence_between_the_headline_and_the_dateline_is_neither_guessed_nor_text():
    # a paste that lost its photo shows the caption there as often as a standfirst: neither field is
    # guessed, and the text starts at its dateline (round 14: the line leaves the body, with a note)
    deck = "Load rotation may become more frequent as the utility struggles with maintenance."
    text = "JOHANNESBURG - Residents have rubbished the city's claim that old cables are to blame."
    got = extract(f"Residents outraged over power cuts\n\n{deck}\n\n{text}\n\n{MORE}\n")
    assert (got.summary, got.image_caption, got.paragraphs[0]) == ("", "", text)
    assert any(deck in note for note in got.notes)


def test_a_two_word_headline_over_a_byline_is_the_headline():
    got = extract(f"Fewer Deputies\n\nBy  | \n\n{LEAD}\n")
    assert (got.title, got.paragraphs[0]) == ("Fewer Deputies", LEAD)
    assert extract(f"Fewer Deputies\n\n{LEAD}\n").title == ""  # a word or two alone is a label


def test_another_storys_headline_among_the_paragraphs_goes_and_a_subhead_stays():
    link = "A bridge that cut a town in two. In the valley, the river is still a trauma"
    got = extract(f"Council closes the old bridge\n\n{LEAD}\n\n{link}\n\nRepairs\n\n{MORE}\n")
    assert got.paragraphs == (LEAD, "Repairs", MORE)


def test_an_update_note_dates_the_story_and_leaves_the_body():
    note = "[Notícia atualizada às 15h34 de 7 de agosto de 2025 para acrescentar mais detalhes]"
    assert update_note(note).updated == "2025-08-07T15:34:00"
    got = extract(f"Council closes the old bridge\n\n{LEAD}\n\n{MORE}\n\n{note}\n")
    assert (got.date, got.paragraphs[-1]) == ("2025-08-07T15:34:00", MORE)
    assert update_note("[The council updated its plans in 2025 to close the bridge]") is None


def test_a_deck_over_the_wires_name_and_place_is_the_summary():
    deck = "Council commits $4 million to repairs over the coming year"
    got = extract(f"Valley Council Closes the Old Bridge\n{deck}\nPRNewswire\nNEW YORK\n\n{LEAD}\n")
    assert (got.summary, got.source, got.dateline) == (deck, "PRNewswire", "NEW YORK")


def test_a_line_under_the_headline_that_speaks_of_its_picture_is_the_caption():
    caption = "Police shared this image of officers patrolling the northern district"
    got = extract(f"Council closes the old bridge\n\n{caption}\n\n{LEAD}\n")
    assert (got.image_caption, got.summary, got.paragraphs[0]) == (caption, "", LEAD)


@pytest.mark.parametrize("line", ["Bonus news for you Email not displaying correctly?", "View it in your browser.",
                                  "Having trouble viewing this email?"])
def test_a_newsletters_notes_on_its_display_are_furniture(line):
    assert is_page_furniture(line)


def test_a_notices_sign_off_dates_it():
    got = extract(f"{LEAD}\n\n{MORE}\n\nDalla Residenza Municipale, 20 gennaio 2026\nIl Sindaco\nDr. Mario Rossi\n")
    assert (got.date, got.paragraphs[-1]) == ("2026-01-20", MORE)


def test_a_date_at_the_foot_over_more_text_is_not_the_notices():
    got = extract(f"{LEAD}\n\n{MORE}\n\nRoma, 20 gennaio 2026\nAltre notizie dalla regione e dal mondo oggi\n")
    assert got.date == ""
