"""The text's edges (passes.edges): paragraphs at either end that hold no sentence are left out, and named for
the person who checks the article; a list, a table, a sentence cut short and a quotation stay."""

from __future__ import annotations

from gazette.config import DEFAULT_FURNITURE
from gazette.importer import extract
from gazette.importer.doubts import doubts
from gazette.importer.passes.edges import trim_edges
from gazette.importer.passes.found import Found

LEAD = "The river rose two metres overnight and forced hundreds of families from their homes."
MORE = "Officials said the water would stay high until the weekend."


def trimmed(*paragraphs: str) -> tuple[list[str], list[str]]:
    """The paragraphs trim_edges keeps, and the doubts it records."""
    found = Found()
    return trim_edges(list(paragraphs), found), found.doubts


def test_labels_before_the_first_sentence_are_left_out_and_named():
    kept, checks = trimmed("Report", "• 호수 296", LEAD, MORE)
    assert kept == [LEAD, MORE]
    assert checks == ["text: left out at the text's edges, holding no sentence: 'Report'; '• 호수 296': check that "
                      "none of it is the text's"]


def test_links_after_the_last_sentence_are_left_out_and_named():
    kept, checks = trimmed(LEAD, MORE, "Most read", "Storm closes schools across the state")
    assert kept == [LEAD, MORE] and "'Most read'; 'Storm closes schools across the state'" in checks[0]


def test_a_text_whose_edges_hold_sentences_is_kept_whole_and_not_checked():
    assert trimmed(LEAD, MORE) == ([LEAD, MORE], [])


def test_an_article_with_its_edges_left_out_waits_for_a_person():
    got = extract("Flood waters rise in the valley | Reuters\n\nMarch 3, 2024\n\n• 호수 296\n\n"
                  f"{LEAD}\n\n{MORE}\n", ("Reuters",), DEFAULT_FURNITURE)
    assert got.paragraphs == (LEAD, MORE)
    assert "'• 호수 296'" in dict(doubts(got))["text"]


def test_a_long_last_line_without_a_stop_is_text():
    # A list's item, a table's row or a sentence cut short runs to 80 columns and more; furniture is shorter.
    item = "Kent: 12 schools closed, 3 roads under water, 400 homes without power since Sunday"
    assert len(item) >= 80 and trimmed(LEAD, item)[0] == [LEAD, item]
    short = item[:60]
    assert trimmed(LEAD, short)[0] == [LEAD]


def test_wide_characters_count_two_columns():
    line = "国道2号線交差点で乗用車と自転車の接触事故、自転車の男性が搬送先の病院で死亡〔神戸新聞〕"
    assert len(line) < 80 and trimmed(LEAD, line)[0] == [LEAD, line]
    assert trimmed(LEAD, line[:30])[0] == [LEAD]


def test_a_run_on_line_with_a_stop_inside_is_text():
    cut = "Rescuers reached the village at dawn. Families waited on the roofs for the"
    assert 60 <= len(cut) < 80 and trimmed(LEAD, cut)[0] == [LEAD, cut]
    label = "Share this story on Facebook, Twitter, WhatsApp and by e mail now"  # as long, no stop inside
    assert 60 <= len(label) < 80 and trimmed(LEAD, label)[0] == [LEAD]


def test_a_list_announced_by_a_colon_stays():
    intro = "These roads are closed:"
    assert trimmed(LEAD, intro, "- A12 at Colchester", "- M25")[0] == [LEAD, intro, "- A12 at Colchester", "- M25"]
    announced = "Rain fell all night. These roads are closed, the police said:"  # a sentence that announces a list
    assert trimmed(LEAD, announced, "- A12 at Colchester")[0] == [LEAD, announced, "- A12 at Colchester"]


def test_a_text_of_no_sentence_is_kept_whole():
    assert trimmed("Kent 12", "Essex 4") == (["Kent 12", "Essex 4"], [])


def test_a_quotation_or_a_korean_ending_opens_a_text():
    quote = "「広島サミット成功に向けて、様々な努力を行っていきたい」(岸田文雄・日本国首相)"
    assert trimmed(quote, LEAD)[0] == [quote, LEAD]
    assert trimmed("「広島」(岸田)", LEAD)[0] == [LEAD]  # a quoted word is no quotation
    speaker = "김유영 앵커>"  # a script's speaker's mark opens speech as a colon does
    assert trimmed(speaker, LEAD)[0] == [speaker, LEAD] and trimmed("김유영 앵커", LEAD)[0] == [LEAD]
    korean = "경찰은 사고 원인을 조사하고 있다"
    assert trimmed(korean, LEAD)[0] == [korean, LEAD] and trimmed(LEAD, korean)[0] == [LEAD, korean]


def test_a_long_run_left_out_is_named_by_its_first_four():
    links = [f"Storm closes road {n}" for n in range(6)]
    kept, checks = trimmed(LEAD, MORE, *links)
    assert kept == [LEAD, MORE] and "'Storm closes road 3' and 2 more:" in checks[0]
    assert "road 4" not in checks[0]


def test_a_hard_wrapped_sentence_cut_at_the_end_is_text():
    wrapped = "Die Reparatur soll ein ganzes Jahr dauern und\nRund vier Millionen Euro kosten, sagte die\nStadt"
    assert trimmed(LEAD, wrapped)[0] == [LEAD, wrapped]
    menu = "Startseite Politik\nWirtschaft Sport\nKultur"  # lines of a menu end with a capitalised word
    assert trimmed(LEAD, menu)[0] == [LEAD]
    pointer = "Arirang News Facebook: facebook.com/arirangtvnews\nnews tech music"  # an address ends in lower case
    assert trimmed(LEAD, pointer)[0] == [LEAD]
