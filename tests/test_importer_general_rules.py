"""General rules drawn from the misses that recur across held-out batches 1-9 (page notices,
photo captions without an image line, standfirsts, place tags, stamps): each rule once, on
invented copy, with the text that must stay text beside it."""

from __future__ import annotations

import pytest

from gazette.importer import extract
from gazette.importer.rules.furniture import is_page_furniture

LEAD = ("The council voted on Monday to close the old bridge to traffic after engineers found cracks in "
        "two of its piers, the city said.")
MORE = "Repairs are expected to take a year and cost about $4 million, officials said on Tuesday evening."


@pytest.mark.parametrize("line", [
    "Il y a de nouveaux articles disponibles, cliquez pour rafraîchir la page.",  # a live page's notice
    "New posts available, click to refresh",
    "Es gibt neue Beiträge, bitte Seite aktualisieren",
    "This archived news story is available only for your personal, non-commercial use. Information in the story "
    "may be outdated or superseded by additional information.",  # a station's terms for its archive
    "X社が提供するプレスリリースをそのまま掲載しています。内容に関する質問は直接発表元にお問い合わせください。",
    "Für den Inhalt der Pressemitteilung ist der Herausgeber verantwortlich.",
])
def test_notices_about_the_page_are_furniture(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", [
    "There are new posts on the council's website about the bridge closure, the mayor said.",
    "This story is available in print on Sunday, the editor said.",
    "Die Firma hat den Inhalt der Pressemitteilung am Montag korrigiert.",
])
def test_sentences_about_such_things_stay_text(line):
    assert not is_page_furniture(line)


def test_a_live_pages_notice_goes_and_the_headline_under_it_is_found():
    text = ("Il y a de nouveaux articles disponibles, cliquez pour rafraîchir la page.\n\n"
            "Le conseil ferme le vieux pont\n\n"
            "Le conseil municipal a voté lundi la fermeture du vieux pont après la découverte de fissures "
            "dans deux de ses piles, a indiqué la ville.\n\n"
            "Les travaux devraient durer un an et coûter environ quatre millions d'euros, selon la mairie.")
    article = extract(text)
    assert article.title == "Le conseil ferme le vieux pont"
    assert article.paragraphs[0].startswith("Le conseil municipal a voté lundi")
