"""Rules of the importer's round 16, drawn from held-out batch 15: each rule once, on invented copy,
with its look-alike that must stay as it is."""

from __future__ import annotations

from importer_copy import LAST, LEAD, MORE

from gazette.importer import extract
from gazette.importer.rules import caption as cap


def test_a_byline_opening_the_copy_is_no_headline():
    article = extract(f"Von Erika Muster\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert article.title == ""
    assert article.author == ("Erika Muster",)
    assert article.paragraphs[0] == LEAD
    # A short headline that opens with the byline's word, names no author and stays the headline.
    kept = extract(f"Von der Leyen besucht Kiew\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert kept.title == "Von der Leyen besucht Kiew" and kept.author == ()


HEADLINE = "Experts explain the legal limits of the general strike the small union called for next month"
CAPTION = "Several people attend the march called against the amnesty in the capital. EFE/ Jane Roe"


def test_a_long_headline_over_a_picture_label_and_a_credited_caption_is_the_headline():
    article = extract(f"{HEADLINE}\n\nstrike union march\n{CAPTION}\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert article.title == HEADLINE
    assert article.summary == ""
    assert article.image_caption == "Several people attend the march called against the amnesty in the capital."
    assert article.image_credit == "EFE/ Jane Roe"
    assert article.paragraphs[0] == LEAD
    # A first line that is a finished sentence is no headline over the photo.
    said = "Experts explained the legal limits of the general strike the small union called for next month."
    assert extract(f"{said}\n\nstrike union march\n{CAPTION}\n\n{LEAD}\n\n{MORE}\n\n{LAST}").title == ""


def test_a_web_servers_include_error_is_furniture():
    error = "[an error occurred while processing this directive]"
    article = extract(f"{error} {error}\n\nBridge to close\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert article.summary == ""
    assert all(error not in p for p in article.paragraphs)
    assert article.paragraphs[0] == LEAD
    # A sentence that quotes the message stays text.
    quoted = f"Visitors saw only the line “{error}” where the timetable should have been, the council said."
    assert quoted in extract(f"{LEAD}\n\n{quoted}\n\n{MORE}\n\n{LAST}").paragraphs


def test_two_dashed_list_items_are_no_headline_over_its_date_line():
    lead = ("Un joueur français a remporté vendredi soir la cagnotte de 72 millions d’euros mise en jeu lors du "
            "tirage, selon les résultats publiés par la loterie.")
    more = "Il s’agit du septième gain le plus important en France depuis la création de la loterie en 2004."
    listed = ("Voici la liste des plus gros gains en France :\n"
              "– 169.837.010 euros, le 13 novembre 2012 dans les Alpes-Maritimes\n"
              "– 162.256.622 euros, le 13 septembre 2011 dans le Calvados\n"
              "– 132.486.744 euros, le 29 mars 2013 en Seine-et-Marne")
    article = extract(f"{lead}\n{more}\n{listed}")
    assert article.title == ""
    assert not article.date
    # A broadcast's headline right above its date line stays the headline.
    kept = extract(f"{lead}\n\nUn joueur français remporte 72 millions d’euros\n\n13 novembre 2012\n\n{more}")
    assert kept.title == "Un joueur français remporte 72 millions d’euros"


def test_an_empty_comment_boxs_notice_is_furniture():
    article = extract(f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n\nThere are no article comments at this time.")
    assert article.paragraphs[-1] == LAST
    assert extract(f"{LEAD}\n\n{MORE}\n\n{LAST}\n\nNoch keine Kommentare").paragraphs[-1] == LAST
    # A sentence that reports no comment from someone stays text.
    said = "There are no comments from the ministry at this time, a spokesman said on Tuesday."
    assert extract(f"{LEAD}\n\n{MORE}\n\n{said}").paragraphs[-1] == said


def test_a_gallerys_label_with_its_count_is_furniture():
    article = extract(f"{LEAD}\n\nこの記事の画像(15枚)\n\n{MORE}\n\n{LAST}")
    assert "この記事の画像(15枚)" not in article.paragraphs
    assert "Photos (12)" not in extract(f"{LEAD}\n\nPhotos (12)\n\n{MORE}\n\n{LAST}").paragraphs
    # A sentence that counts pictures stays text.
    counted = "The museum showed photos (12 in all) taken by the engineers during the inspection last week."
    assert counted in extract(f"{LEAD}\n\n{counted}\n\n{MORE}\n\n{LAST}").paragraphs


def test_a_link_label_after_a_teasers_ellipsis_leaves_the_text():
    article = extract(f"{LEAD}\n\n{MORE}\n\n{LAST} ... Lesen")
    assert article.paragraphs[-1].rstrip(". ") == LAST.rstrip(".")
    assert not article.paragraphs[-1].endswith("Lesen")
    # A sentence that ends with the word after a stop and no ellipsis stays as it is.
    # (It ends no sentence, so passes.edges leaves it out, and names it in the check a person reads.)
    said = "Der Verein bittet alle Kinder der Stadt um eines: Lesen"
    kept = extract(f"{LEAD}\n\n{MORE}\n\n{said}")
    assert kept.paragraphs[-1] == MORE and f"'{said}'" in kept.doubts[-1]


def test_a_comment_forms_count_notice_buttons_and_sort_order_are_furniture():
    form = "댓글 [ 0 ]\n댓글 서비스는 로그인 이후 사용가능합니다.\n댓글등록\n취소\n• 최신순"
    article = extract(f"{LEAD}\n\n{MORE}\n\n{LAST}\n{form}")
    assert article.paragraphs[-1] == LAST
    # A sentence about a log-in that is no notice of the page's stays, and so does one about cancelling.
    said = "The city said residents can cancel their permits online after logging in to the new portal."
    assert extract(f"{LEAD}\n\n{MORE}\n\n{said}").paragraphs[-1] == said


def test_a_line_announcing_links_below_that_ends_the_copy_is_furniture():
    article = extract(f"{LEAD}\n\n{MORE}\n\n{LAST}\n\nLinks to the films are available below:")
    assert article.paragraphs[-1] == LAST
    # Announcing a list that follows, it stays with its list.
    listed = "The closed roads are listed below:"
    kept = extract(f"{LEAD}\n\n{MORE}\n\n{listed}\n\n{LAST}")
    assert listed in kept.paragraphs and kept.paragraphs[-1] == LAST


def test_a_photographers_credit_printed_again_under_its_caption_leaves_the_text():
    caption = ("Engineers inspect the cracks on the old bridge in the city centre on Monday, March 23, 2013, "
               "before it was closed to traffic. (AP Photo/Jane Roe, File)")
    article = extract(f"Council closes the old bridge\n\n{LEAD}\n\n{caption}\n\nJane Roe/APFile\n\n{MORE}\n\n{LAST}")
    assert "Jane Roe/APFile" not in article.paragraphs
    assert article.image_credit.startswith("AP Photo/Jane Roe")
    assert cap.slashed_credit("Jane Roe/APFile") == "Jane Roe/AP"
    # A name and a word that is no agency after a slash is no credit.
    assert cap.slashed_credit("Jane Roe/Town Hall") == ""


def test_a_comment_boxs_heading_under_the_text_ends_it():
    box = "Commentaires\nPhoto\n\nVous souhaitez poser une question\nou ajouter un commentaire ?"
    article = extract(f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n\n{box}")
    assert article.paragraphs[-1] == LAST
    # The heading among a page's labels above the text (a comment link) does not end anything.
    kept = extract(f"Bridge to close\n\nCity desk\n\ncomentarios\n\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert kept.paragraphs[0] == LEAD and kept.paragraphs[-1] == LAST


def test_a_job_boards_heading_under_the_text_ends_it():
    board = ("Dernières offres d'emploi\n\nChef de cuisine H/F\n\n73 - Pralognan-la-Vanoise\n\n"
             "Chef de cuisine H/F Vous voulez piloter une brigade de passionnés dans une station authentique ? "
             "Mission Vous allez : • Garantir la qualité des mets • Garantir le respect des règles d’hygiène\n\n"
             "Posté le 28 août 2025")
    article = extract(f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n{board}")
    assert article.paragraphs[-1] == LAST
    # A sentence about job offers stays text.
    said = "Offres d'emploi are published every Monday by the city, which hired 40 people last year."
    assert extract(f"{LEAD}\n\n{said}\n\n{MORE}").paragraphs[1] == said
