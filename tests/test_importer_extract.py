"""Importer extraction rules, one by one, on inputs of several shapes (not only the seeds)."""

from __future__ import annotations

import re

import pytest

from gazette.config import DEFAULT_FURNITURE
from gazette.importer import (
    Extracted,
    ImportFailure,
    apply_options,
    decode,
    extract,
    is_furniture,
    is_title_case_name,
    paragraphs_of,
    parse_byline,
    parse_credit,
    parse_date,
    parse_date_line,
    parse_dateline,
    parse_tags_line,
    require_complete,
    slug_for,
    split_title,
)

PUBLICATIONS = ("The Korea Herald",)


def article(text: str, publications=PUBLICATIONS, furniture=DEFAULT_FURNITURE) -> Extracted:
    return extract(text, publications, furniture)


# --- decoding: UTF-8 with or without BOM, LF or CRLF; anything else is an error -------------


def test_decode_accepts_bom_and_crlf():
    assert decode("\ufeffTitle\r\n\r\nBody text.\r\n".encode()) == "Title\n\nBody text.\n"
    assert decode("Title\nBody\n".encode()) == "Title\nBody\n"
    assert decode("Mixed\r\nends\nare fine\n".encode()) == "Mixed\nends\nare fine\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("Café".encode("latin-1"), "line 1: not UTF-8 text (byte 0xe9)"),
        ("One\nTwo\nCafé".encode("cp1252"), "line 3: not UTF-8 text"),
        ("Title".encode("utf-16"), "UTF-16"),
        (b"Title\rOld Mac line ends\r", "line 1: a carriage return without a line feed"),
        (b"Title\n\x00\x01binary", "line 2: a NUL byte"),
        (b"Title\nBell \x07 here", "line 2: control character U+0007"),
    ],
)
def test_decode_rejects_other_encodings_and_line_ends(data, message):
    with pytest.raises(ImportFailure, match=re.escape(message)):
        decode(data)


def test_crlf_and_bom_input_extracts_like_lf():
    lf = "Markets rally: The Korea Herald\n\nJanuary 31, 2025\n\nSEOUL – Shares rose.\n\nThey kept rising.\n"
    crlf = "\ufeff" + lf.replace("\n", "\r\n")
    assert article(decode(crlf.encode())) == article(decode(lf.encode()))


# --- paragraphs --------------------------------------------------------------------------------


def test_paragraphs_split_on_blank_lines_and_keep_wrapped_lines_together():
    text = "Title\n\nFirst line\n  continues here  \n\n\n\nSecond para\n"
    assert paragraphs_of(text) == [["Title"], ["First line", "continues here"], ["Second para"]]


def test_paragraphs_split_on_every_line_when_the_text_has_no_blank_line():
    text = "\n\nTitle\nOne.\nTwo.\n\n"  # blank lines before the first and after the last line do not count
    assert paragraphs_of(text) == [["Title"], ["One."], ["Two."]]


def test_lines_that_each_end_a_sentence_are_paragraphs_and_wrapped_lines_stay_together():
    text = ("Title | Reuters\n\n2025-01-02\n\nOne sentence.\nAnother one!\n“A quote.”\nLast line\n\n"
            "A hard-wrapped paragraph that\nbreaks mid-sentence. And\ngoes on.\n")
    got = article(text)
    assert got.paragraphs == ("One sentence.", "Another one!", "“A quote.”", "Last line",
                              "A hard-wrapped paragraph that\nbreaks mid-sentence. And\ngoes on.")


def test_whitespace_only_lines_count_as_blank():
    assert paragraphs_of("Title\n \t\nBody\n") == [["Title"], ["Body"]]


def test_empty_text_is_an_error():
    with pytest.raises(ImportFailure, match="has no text"):
        article("\n \n")
    with pytest.raises(ImportFailure, match="has no text"):
        article("Advertisement\n\nscroll to top\n")


# --- title and source -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title", "source"),
    [
        ("DeepSeek upends AI: The Korea Herald", "DeepSeek upends AI", "The Korea Herald"),
        ("Markets slide | Reuters", "Markets slide", "Reuters"),
        ("Markets slide - Financial Times", "Markets slide", "Financial Times"),
        ("Markets slide — The Times of India", "Markets slide", "The Times of India"),
        ("Markets slide – Le Monde", "Markets slide", "Le Monde"),
        ("Italy blocks chatbot: Reuters", "Italy blocks chatbot", "Reuters"),
        # only the last separator splits; earlier colons stay in the title
        ("Analysis: why chips matter | Bloomberg", "Analysis: why chips matter", "Bloomberg"),
        # a listed publication is recognised whatever its case or spelling of spaces
        ("Rates held: the korea  herald", "Rates held", "the korea  herald"),
    ],
)
def test_title_line_gives_title_and_source(line, title, source):
    assert split_title(line, PUBLICATIONS) == (title, source)


@pytest.mark.parametrize(
    "line",
    [
        "Analysis: why the chip war matters",  # after the colon: not a name
        "Exclusive: DeepSeek Founder Speaks",  # title case, but no masthead word after a colon
        "Review: The Dark Knight Rises",
        "Breaking: 17 Percent Drop",
        "Nvidia loses $600bn - the biggest one-day loss ever",  # not title case
        "Fed holds rates - Again.",  # ends in punctuation
        "Spider-Man returns",  # a hyphen without spaces never splits
        "Report: ",
        ": The Korea Herald",  # nothing before the name: the line stays whole
    ],
)
def test_a_real_title_with_a_colon_or_dash_stays_whole(line):
    assert split_title(line, PUBLICATIONS) == (line, "")


def test_a_listed_publication_counts_even_when_not_title_case():
    assert split_title("Rates held: gazette de lausanne", ("Gazette de Lausanne",)) == (
        "Rates held", "gazette de lausanne")
    assert split_title("Rates held: gazette de lausanne", ()) == ("Rates held: gazette de lausanne", "")


@pytest.mark.parametrize(
    ("name", "ok"),
    [("The Korea Herald", True), ("Reuters", True), ("The Times of India", True), ("BBC News", True),
     ("Market Wire", True), ("why chips matter", False), ("A Very Long Name With Too Many Words Here", False),
     ("Ends With A Dot.", False), ("1234", False)],
)
def test_title_case_names(name, ok):
    assert is_title_case_name(name) is ok


def test_title_is_the_first_non_empty_line_even_with_leading_blank_lines():
    got = article("\n\n   Headline here | Reuters  \n\nJan. 5, 2025\n\nBody.\n")
    assert (got.title, got.source, got.date, got.paragraphs) == ("Headline here", "Reuters", "2025-01-05", ("Body.",))


def test_title_line_in_a_stacked_header_block():
    got = article("Headline | Reuters\nBy Ann Lee\nJanuary 2, 2025\n\nBody one.\n\nBody two.\n")
    assert (got.title, got.author, got.date) == ("Headline", ("Ann Lee",), "2025-01-02")
    assert got.paragraphs == ("Body one.", "Body two.")


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("January 31, 2025", "2025-01-31"),
        ("Jan. 31, 2025", "2025-01-31"),
        ("Jan 31 2025", "2025-01-31"),
        ("Sept. 3, 2025", "2025-09-03"),
        ("31 January 2025", "2025-01-31"),
        ("31st January, 2025", "2025-01-31"),
        ("2025-01-31", "2025-01-31"),
        ("Friday, January 31, 2025", "2025-01-31"),
        ("Fri 31 Jan 2025", "2025-01-31"),
        ("JANUARY 31, 2025", "2025-01-31"),
        ("January 31, 2025 10:00", "2025-01-31T10:00:00"),
        ("Jan. 31, 2025 10:00", "2025-01-31T10:00:00"),
        ("January 31, 2025, 3:05 p.m.", "2025-01-31T15:05:00"),
        ("January 31, 2025 at 12 am", "2025-01-31T00:00:00"),
        ("31 January 2025 09:30 GMT", "2025-01-31T09:30:00+00:00"),
        ("31 January 2025 09:30 KST", "2025-01-31T09:30:00+09:00"),
        ("2025-01-31 09:30:15", "2025-01-31T09:30:15"),
        ("2025-01-31T09:30+09:00", "2025-01-31T09:30:00+09:00"),
        ("2025-01-31T09:30:00Z", "2025-01-31T09:30:00+00:00"),
        ("January 31, 2025 10:00 UTC+9", "2025-01-31T10:00:00+09:00"),
        ("January 31, 2025 10:00 -0500", "2025-01-31T10:00:00-05:00"),
    ],
)
def test_dates_in_common_english_forms(text, value):
    assert parse_date(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "February 30, 2025",  # no such day
        "Smarch 3, 2025",
        "January 31",  # no year
        "January 31, 2025 25:00",
        "January 31, 2025 13:00 pm",
        "January 31, 2025 10:00 IST",  # ambiguous zone: not guessed
        "January 31, 2025 was a Friday",
        "2025",
        "The date is 2025-01-31",
    ],
)
def test_not_dates(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("Published: Jan. 31, 2025 10:00", ("2025-01-31T10:00:00", "")),
        ("Published on 31 January 2025", ("2025-01-31", "")),
        ("PUBLISHED: 2025-01-31", ("2025-01-31", "")),
        ("Updated: February 1, 2025", ("", "2025-02-01")),
        ("Published: 31 Jan 2025 | Updated: 1 Feb 2025 09:00", ("2025-01-31", "2025-02-01T09:00:00")),
        ("January 31, 2025", ("2025-01-31", "")),
    ],
)
def test_date_lines(line, dates):
    assert parse_date_line(line) == dates


@pytest.mark.parametrize(
    "line", ["Published: yesterday", "Updated", "Published: Jan. 31, 2025 and more", "Posted by Ann"])
def test_not_date_lines(line):
    assert parse_date_line(line) is None


def test_the_date_line_leaves_the_body_wherever_it_stands():
    got = article("Headline: The Korea Herald\n\nBody one.\n\nBody two.\n\nPublished: Jan. 31, 2025 10:00\n")
    assert got.date == "2025-01-31T10:00:00"
    assert got.paragraphs == ("Body one.", "Body two.")
    assert got.summary == ""  # two paragraphs before the date: no standfirst


def test_updated_gives_updated_and_a_lone_updated_gives_the_date():
    got = article("H | Reuters\n\nPublished: 31 January 2025\n\nUpdated: 2 February 2025\n\nBody.\n")
    assert (got.date, got.updated) == ("2025-01-31", "2025-02-02")
    got = article("H | Reuters\n\nUpdated: 2 February 2025\n\nBody.\n")
    assert (got.date, got.updated) == ("2025-02-02", "")


def test_only_the_first_date_only_line_is_the_date():
    got = article("Timeline | Reuters\n\nMarch 1, 2025\n\nWhat happened when.\n\nMarch 2, 2025\n\nMore.\n")
    assert got.date == "2025-03-01"
    assert got.paragraphs == ("What happened when.", "March 2, 2025", "More.")


def test_a_date_inside_a_sentence_is_not_the_date():
    got = article("Headline | Reuters\n\nShares fell on January 31, 2025.\n")
    assert got.date == ""
    with pytest.raises(ImportFailure, match="no date found.*--date YYYY-MM-DD"):
        require_complete(got)


# --- bylines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("BY JANE DOE", ("JANE DOE",)),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("By Jane Doe, John Roe and Kim Min-ji", ("Jane Doe", "John Roe", "Kim Min-ji")),
        ("By A. B. Smith, C. Jones, and D. O’Neill", ("A. B. Smith", "C. Jones", "D. O’Neill")),
        ("By Laura Méndez & Tom Okafor", ("Laura Méndez", "Tom Okafor")),
        ("By Ludwig van Beethoven", ("Ludwig van Beethoven",)),
    ],
)
def test_bylines(line, authors):
    assert parse_byline(line) == authors


@pytest.mark.parametrize(
    "line",
    ["By the way, prices rose", "By Monday, prices rose", "Bystanders fled", "By Jane Doe, Staff Reporter",
     "by 17 percent", "By"],
)
def test_not_bylines(line):
    assert parse_byline(line) is None


def test_byline_becomes_author_a_list_only_when_several():
    one = article("H | Reuters\nBy Ann Lee\n2025-01-02\nBody.\n")
    many = article("H | Reuters\n\nBy Ann Lee, Bo Kim and Cy Park\n\n2025-01-02\n\nBody.\n")
    assert one.author == ("Ann Lee",) and many.author == ("Ann Lee", "Bo Kim", "Cy Park")
    assert one.paragraphs == many.paragraphs == ("Body.",)


# --- datelines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("SEOUL – What some are calling", "SEOUL"),
        ("NEW YORK — Stocks fell", "NEW YORK"),
        ("ROME - Italy's regulator", "ROME"),
        ("WASHINGTON, D.C. -- Lawmakers met", "WASHINGTON, D.C."),
        ("LONDON (Reuters) - Oil rose", "LONDON"),
        ("SÃO PAULO – Brazil's central bank", "SÃO PAULO"),
        ("NEW YORK, Jan 31 (Reuters) - Stocks fell", "NEW YORK"),
    ],
)
def test_datelines(paragraph, place):
    assert parse_dateline(paragraph) == place


@pytest.mark.parametrize(
    "paragraph",
    ["Seoul – a city", "AI – the technology", "BREAKING – Markets fall", "UPDATE - figures revised",
     "The SEOUL – office", "SEOUL–no spaces", "SEOUL: the capital", "NVIDIA shares fell"],
)
def test_not_datelines(paragraph):
    assert parse_dateline(paragraph) == ""


def test_dateline_comes_from_the_first_opening_paragraph_that_has_one_and_the_text_is_kept():
    got = article("H | Reuters\n\n2025-01-02\n\nSEOUL – Rain fell.\n\nBUSAN – Sun shone.\n")
    assert got.dateline == "SEOUL"
    assert got.paragraphs[0] == "SEOUL – Rain fell."
    # an editor's note or a caption may stand before the dateline: the first three paragraphs are tried
    assert article("H | Reuters\n\n2025-01-02\n\nRain fell.\n\nBUSAN – Sun shone.\n").dateline == "BUSAN"
    assert article("H | Reuters\n\n2025-01-02\n\nA.\n\nB.\n\nC.\n\nBUSAN – Sun shone.\n").dateline == ""


# --- images and credits ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "result"),
    [
        ("The logo, in Paris. PHOTO: AFP", ("The logo, in Paris.", "AFP")),
        ("The logo, in Paris. Photo: Jane Doe/Getty Images", ("The logo, in Paris.", "Jane Doe/Getty Images")),
        ("The logo, in Paris. (Photo: Reuters)", ("The logo, in Paris.", "Reuters")),
        ("The logo, in Paris. [Credit: AP]", ("The logo, in Paris.", "AP")),
        ("Credit: Yonhap", ("", "Yonhap")),
        ("The logo. Photo credit: Kim Hong-ji", ("The logo.", "Kim Hong-ji")),
    ],
)
def test_credits(paragraph, result):
    assert parse_credit(paragraph) == result


@pytest.mark.parametrize(
    "paragraph",
    ["The photo was taken in Paris.", "Photo: the scene in Paris. It rained.", "Photos of the scene: none",
     "He said the Photo: X", "A caption without a credit"],
)
def test_not_credits(paragraph):
    assert parse_credit(paragraph) is None


def test_image_line_and_its_captioned_credit():
    got = article("H | Reuters\n\nphoto_01.JPG\n\nA man waves. PHOTO: AFP\n\nJan. 2, 2025\n\nBody.\n")
    assert (got.image, got.image_caption, got.image_credit) == ("photo_01.JPG", "A man waves.", "AFP")
    assert got.paragraphs == ("Body.",)


def test_image_paths_and_urls():
    assert article("H | Reuters\n\n2025/deepseek.webp\n\nBody.\n").image == "2025/deepseek.webp"
    assert article("H | Reuters\n\nhttps://cdn.example.org/a/b.png?w=800\n\nBody.\n").image == (
        "https://cdn.example.org/a/b.png?w=800")
    # a URL without an image extension is the image only when a credit paragraph follows it
    got = article("H | Reuters\n\nhttps://cdn.example.org/img/123\n\nThe site. Photo: AP\n\nBody.\n")
    assert (got.image, got.image_credit) == ("https://cdn.example.org/img/123", "AP")
    # a bare address under the headline with no caption is the page's own (a browser copy of FAZ,
    # a board's copy of Newsis show one): neither image nor text
    got = article("H | Reuters\n\nhttps://example.org/story\n\nBody.\n")
    assert got.image == "" and got.paragraphs == ("Body.",)


def test_an_image_without_a_credit_paragraph_keeps_the_next_paragraph_as_body():
    got = article("H | Reuters\n\nx.jpg\n\nThe first paragraph.\n")
    assert (got.image, got.image_caption, got.paragraphs) == ("x.jpg", "", ("The first paragraph.",))


@pytest.mark.parametrize("line", ["../secret.jpg", "/etc/x.png", "my photo.jpg", "photo.jpg.txt", "report.pdf"])
def test_not_image_lines(line):
    got = article(f"H | Reuters\n\nLead.\n\n{line}\n\nBody.\n")
    assert got.image == "" and got.paragraphs[1] == line


# --- summary (standfirst) ----------------------------------------------------------------------


def test_standfirst_before_the_image_or_date_is_the_summary():
    got = article("H | Reuters\n\nThe short version.\n\nJan. 2, 2025\n\nBody.\n")
    assert (got.summary, got.paragraphs) == ("The short version.", ("Body.",))
    got = article("H | Reuters\n\nThe short version.\n\nx.jpg\n\nCap. PHOTO: AP\n\nJan. 2, 2025\n\nBody.\n")
    assert (got.summary, got.image, got.paragraphs) == ("The short version.", "x.jpg", ("Body.",))


def test_standfirst_after_the_date_and_before_the_image():
    got = article("H | Reuters\nBy Ann Lee\nJan. 2, 2025\n\nThe short version.\n\nx.jpg\n\nCap. PHOTO: AP\n\n"
                  "DUBAI, Jan 2 (Reuters) - Body.\n")
    assert (got.summary, got.image_credit, got.dateline) == ("The short version.", "AP", "DUBAI")
    assert got.paragraphs == ("DUBAI, Jan 2 (Reuters) - Body.",)


def test_standfirst_with_bylines_around_it_and_wrapped_lines():
    got = article("H | Reuters\nBy Ann Lee\nThe short\nversion.\nJan. 2, 2025\n\nBody.\n")
    assert got.summary == "The short version."  # wrapped lines of the standfirst joined with a space
    assert got.author == ("Ann Lee",)


def test_no_summary_when_nothing_marks_the_end_of_the_standfirst_or_nothing_follows():
    assert article("H | Reuters\n\nOne.\n\nTwo.\n").summary == ""
    assert article("H | Reuters\n\nOnly paragraph.\n\nJan. 2, 2025\n").summary == ""
    assert article("H | Reuters\n\nJan. 2, 2025\n\nOne.\n\nTwo.\n").summary == ""


# --- tags -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "last", "tags"),
    [
        ("AI, Investment, Innovation", True, ("AI", "Investment", "Innovation")),
        ("Tags: AI, investment, 인공지능", False, ("AI", "investment", "인공지능")),
        ("Keywords: markets; chips", False, ("markets", "chips")),
        ("TOPICS: #AI, #Chips", False, ("AI", "Chips")),
        ("Tags: AI, ai, A I", True, ("AI", "A I")),  # duplicates by case and spacing are dropped
        ("South Korea, US Trade, 2025 Elections", True, ("South Korea", "US Trade", "2025 Elections")),
    ],
)
def test_tags(line, last, tags):
    assert parse_tags_line(line, last=last) == tags


@pytest.mark.parametrize(
    "line",
    [
        "AI, Investment, Innovation.",  # a sentence
        "The market fell, then rose",  # not capitalised
        "Investment",  # one phrase is not a list
        "Stocks Fell Sharply On The Day, Then Rose Again In The Afternoon",  # phrases too long
        "Yes, No: Maybe",
        'He said, "Go"',
    ],
)
def test_not_tags(line):
    assert parse_tags_line(line, last=True) is None


def test_a_tags_list_counts_only_as_the_last_line():
    got = article("H | Reuters\n\n2025-01-02\n\nBody starts here.\n\nAI, Chips\n\nBody ends here.\n")
    assert got.tags == () and got.paragraphs == ("Body starts here.", "AI, Chips", "Body ends here.")
    got = article("H | Reuters\n\n2025-01-02\n\nBody ends here.\n\nAI, Chips\n")
    assert got.tags == ("AI", "Chips") and got.paragraphs == ("Body ends here.",)
    got = article("H | Reuters\n\nTags: AI, Chips\n\n2025-01-02\n\nBody ends here.\n")
    assert got.tags == ("AI", "Chips") and got.paragraphs == ("Body ends here.",)


def test_a_date_on_the_last_line_is_a_date_not_tags():
    got = article("H | Reuters\n\nBody.\n\nJanuary 31, 2025\n")
    assert (got.date, got.tags) == ("2025-01-31", ())


# --- page furniture -----------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["scroll to top", "Scroll To Top", "ADVERTISEMENT", "Read more »", "Read more…",
                                  "Share this article:", "Back to top"])
def test_furniture_lines(line):
    assert is_furniture(line, DEFAULT_FURNITURE)


def test_furniture_is_whole_lines_only_and_the_list_is_the_sites():
    assert not is_furniture("Read more about it here", DEFAULT_FURNITURE)
    got = article("H | Reuters\n\n2025-01-02\n\nBody.\nSubscribe now\nMore body.\nscroll to top\n",
                  furniture=(*DEFAULT_FURNITURE, "Subscribe now"))
    assert got.paragraphs == ("Body.", "More body.")


def test_furniture_lines_inside_paragraphs_and_at_the_end_before_tags():
    got = article("H | Reuters\n\n2025-01-02\n\nBody.\n\nAdvertisement\n\nMore.\n\nAI, Chips\n\nscroll to top\n")
    assert (got.paragraphs, got.tags) == (("Body.", "More."), ("AI", "Chips"))


# --- options and completeness ---------------------------------------------------------------------


def test_command_line_options_override_what_was_extracted():
    got = article("H: The Korea Herald\n\nUpdated: Feb. 1, 2025\n\nJan. 2, 2025\n\nBody.\n\nAI, Chips\n")
    over = apply_options(got, date="2025-03-01", source=" The   Gazette ", tags=["Policy", "Chips", "policy"])
    assert (over.date, over.updated, over.source, over.tags) == ("2025-03-01", "", "The Gazette", ("Policy", "Chips"))
    assert apply_options(got) == got


def test_no_source_is_an_error_that_names_the_fix():
    with pytest.raises(ImportFailure, match="no source found.*--source NAME"):
        require_complete(article("Plain headline\n\n2025-01-02\n\nBody.\n"))


def test_an_article_without_body_text_is_an_error():
    with pytest.raises(ImportFailure, match="has no body text"):
        require_complete(article("Headline | Reuters\n\nBy Ann Lee\n\nJan. 2, 2025\n\nAI, Chips\n"))


def test_slug_comes_from_the_title_or_the_file_name():
    assert slug_for(Extracted(title="DeepSeek upends AI")) == "deepseek-upends-ai"
    assert slug_for(Extracted(title="인공지능 시대")) == "인공지능-시대"
    assert slug_for(Extracted(title="!!!"), "wire-0042") == "wire-0042"
    long = slug_for(Extracted(title="word " * 40))
    assert len(long) <= 80 and not long.endswith("-") and long.startswith("word-word")


# --- the seeds, read rule by rule ----------------------------------------------------------------


def test_seed_000_fields(seed_000_text):
    got = article(seed_000_text)
    assert got.title == "DeepSeek upends AI" and got.source == "The Korea Herald"
    assert got.date == "2025-01-31" and got.dateline == "SEOUL"
    assert got.summary.startswith("There is a big lesson here") and got.summary.endswith("AI battlefield.")
    assert got.image == "wB6xjYJ7o9tZu1KoKPJE6oCVGU7fwNisJUPdWwJk2uo.jpg"
    assert got.image_caption.endswith("on January 28, 2025.") and got.image_credit == "AFP"
    assert len(got.paragraphs) == 11 and got.paragraphs[-1].endswith("so much is at stake.")
    assert got.tags == () and got.author == ()


def test_seed_001_fields(seed_001_text):
    got = article(seed_001_text)
    assert (got.title, got.source, got.date) == ("DeepSeek Disrupts AI Landscape", "", "")
    assert got.tags == ("AI", "Investment", "Innovation")
    assert len(got.paragraphs) == 11 and got.summary == "" and got.dateline == ""


@pytest.fixture
def seed_000_text(seeds):
    return decode(seeds[0].read_bytes())


@pytest.fixture
def seed_001_text(seeds):
    return decode(seeds[1].read_bytes())


@pytest.fixture
def seeds():
    from pathlib import Path

    folder = Path(__file__).resolve().parent / "importer_inputs" / "seeds"
    found = sorted(folder.glob("*.txt"))
    assert len(found) >= 2, f"the seed articles are expected in {folder}"
    return found


@pytest.mark.parametrize("note", ["(Story updated at 3:34 p.m. on Aug. 7, 2025)",
                                  "[Notícia atualizada às 15h34 de 7 de agosto de 2025]"])
def test_an_update_note_inside_the_text_drops_no_line_after_it(note):
    """A note pasted with no blank line before the next sentences: the note goes, the
    sentences stay (they used to go with it, as a sign-off's signatory does at the foot)."""
    text = ("Harbour reopens after the storm\n\nBy Ann Lee, The Coast Courier\n\n"
            "The port authority lifted the ban on Tuesday morning.\n\n"
            f"{note}\nFishermen said the damage was smaller than feared.\n"
            "The harbour master thanked the crews for their patience.\n\n"
            "Officials will review the storm response next month.\n")
    found = extract(text)
    assert found.paragraphs == ("The port authority lifted the ban on Tuesday morning.",
                                "Fishermen said the damage was smaller than feared.",
                                "The harbour master thanked the crews for their patience.",
                                "Officials will review the storm response next month.")
    assert found.updated.startswith("2025-08-07T15:34")
