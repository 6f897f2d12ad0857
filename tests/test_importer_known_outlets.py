"""A known outlet (rules.outlets: the widely read papers, broadcasters and news sites, and the site's own
`publications`) credited on a line of the copy outside the headline and the text: the source when no other
rule found one (rules.outlets.known_outlet_credit, read by extract); then a copyright notice's holder, then a
site's address printed as a credit."""

from __future__ import annotations

import pytest

from importer_copy import LEAD, MORE, STORY

from gazette.importer import extract
from gazette.importer.rules.outlet_names import OUTLETS, known_outlet, outlet_key
from gazette.importer.rules.outlets import known_outlet_credit, site_address_credit
from gazette.importer.rules.source import outlet_holder
from gazette.importer.write import missing_fields


def test_a_known_outlet_alone_or_as_a_part_of_a_credit_line():
    for line, name in [("-- NHK NEWS WEB", "NHK NEWS WEB"), ("羊城晚报 2018-12-28 14:14", "羊城晚报"),
                       ("buten un binnen | regionalmagazin vom 23. August 2023", "buten un binnen"),
                       ("(関西テレビ)", "関西テレビ"), ("© Le Monde", "Le Monde"),
                       ("Quelle: tagesschau.de", "tagesschau.de"),
                       ("L'Alsace - 24 déc. 2018 à 05:00 | mis à jour le 26 déc. 2018 - Temps de lecture : 2 min",
                        "L'Alsace"),
                       ("2001-01-01     경상일보", "경상일보"), ("OUEST-FRANCE", "OUEST-FRANCE"),
                       ("Página/12 | 3 de mayo de 2024", "Página/12"), ("Madrid / Europa Press", "Europa Press"),
                       ("MADRID, 18 Oct. 2025 (Europa Press) -", "Europa Press"),
                       ("Bildung | Der Tagesspiegel", "Der Tagesspiegel"), ("The Boston Globe", "The Boston Globe")]:
        assert known_outlet_credit(line) == name, line


def test_no_outlet_from_a_pictures_credit_a_sentence_or_a_common_word():
    assert known_outlet_credit("Foto: Max Muster / Der Tagesspiegel") == ""  # the picture's outlet, not the story's
    assert known_outlet_credit("사진=경상일보 DB") == ""
    # Sentences that name outlets, with a stop or without, between commas or in brackets inside them.
    assert known_outlet_credit("Le Monde – qui a révélé l'affaire – n'a pas répondu à nos questions.") == ""
    assert known_outlet_credit("BBC, CNN and Al Jazeera reported the attack") == ""
    assert known_outlet_credit("the broadcaster (NHK) said on Monday") == ""
    assert known_outlet_credit("https://orf.at/stories/1/") == "" == site_address_credit("https://orf.at/stories/1/")
    assert known_outlet_credit("Frédéric Lacroix, Le Devoir") == "Le Devoir"  # a few words: a byline's comma
    # A section's label as often as an outlet's name.
    assert known_outlet_credit("Sport") == "" and known_outlet("Welt") == known_outlet("Bild") == ""
    assert known_outlet_credit("Unsere Zeitung") == ""  # no outlet of the list


def test_the_sites_publications_are_known_outlets_too():
    assert known_outlet_credit("Riverside Ledger | 2024-05-02", ["Riverside Ledger"]) == "Riverside Ledger"
    assert known_outlet_credit("Riverside Ledger | 2024-05-02") == ""
    copy = f"Bridge to close for a year\n\nMay 2, 2024\n\n{STORY}\n\nRiverside Ledger | Local news\n"
    assert extract(copy, ["Riverside Ledger"]).source == "Riverside Ledger"
    assert extract(copy).source == ""


def test_the_list_holds_each_name_once_in_any_form():
    assert len({outlet_key(name) for name in OUTLETS}) == len(OUTLETS)
    assert outlet_key("The Boston Globe") == outlet_key("Boston Globe") == outlet_key("BOSTON-GLOBE")


def test_the_copy_credits_a_known_outlet_outside_the_headline_and_the_text():
    got = extract(f"Bridge to close for a year\n\nMay 2, 2024\n\n{STORY}\n\n-- NHK NEWS WEB\n")
    assert got.source == "NHK NEWS WEB"
    masthead = "2024-05-02 10:00     경상일보"
    lead = "경찰이 사무실 무단침입 혐의로 기자를 수사하고 있는 것으로 확인됐다. 조사는 다음 주에 시작된다."
    assert extract(f"기자 무단침입 수사\n\n{masthead}\n\n{lead}\n").source == "경상일보"


def test_a_known_outlet_in_the_text_is_a_source_to_check_and_never_replaces_other_evidence():
    # A line of the text that is only a known outlet's name (a picture's credit, a masthead pasted into the text):
    # the source when nothing else names one (round 28), never published unread: a person checks it.
    inside = extract(f"Bridge to close for a year\n\nMay 2, 2024\n\n{STORY}\n\nLe Monde\n\nThe city said so.\n")
    assert inside.source == "Le Monde" and any(d.startswith("source: ") for d in inside.doubts)
    assert missing_fields(inside) and dict(missing_fields(inside))["source"].startswith("read from the line")
    # A label names the source outright: the known outlet's line does not replace it.
    labelled = extract(f"Bridge to close for a year\n\nSource: Riverside Ledger\n\nMay 2, 2024\n\n{STORY}\n\n"
                       "-- NHK NEWS WEB\n")
    assert labelled.source == "Riverside Ledger"


@pytest.mark.usefixtures("rules_alone")  # (the rules' own reading: the learned source may name one, to check)
def test_two_outlets_credited_of_the_surest_kind_are_none_and_one_in_two_forms_is_one():
    two = extract(f"Bridge to close for a year\n\nMay 2, 2024\n\n{STORY}\n\nLe Monde\n\nShare\n\nLe Figaro\n\n"
                  "von svz.de\n")
    assert two.source == ""  # not the site's address, a credit of a less sure kind
    one = extract(f"Bridge to close for a year\n\nMay 2, 2024\n\n{STORY}\n\nBFM TV | Replay\n\nNewsletter\n\n"
                  "BFMTV | En direct\n")
    assert one.source in ("BFMTV", "BFM TV")  # one outlet, printed two ways


@pytest.mark.usefixtures("rules_alone")  # (the rules' own reading: the learned source may name one, to check)
def test_an_outlets_company_or_edition_is_its_name_and_two_outlets_are_none():
    assert known_outlet("琉球新報社") == known_outlet("琉球新報電子版") == "琉球新報"
    assert known_outlet("山陽新聞デジタル") == "山陽新聞" and known_outlet("社") == ""
    # A portal's list of its papers' stories credits each to its paper: which one printed this story?
    portal = extract(f"Bridge to close for a year\n\nMay 2, 2024\n\n{STORY}\n\nRelated\n\n宇部日報社\n\n"
                     "Festival opens\n\n紀伊民報社\n\nSwimmers race\n")
    assert portal.source == ""


def test_a_korean_notice_names_its_outlet_with_the_initials_it_opens_with():
    assert outlet_holder("<저작권자 ⓒ KG뉴스코리아, 무단 전재 및 재배포 금지>") == "KG뉴스코리아"
    assert outlet_holder("ⓒ KG뉴스코리아") == ""  # no ban on copying: a picture's or a site's mark as often


def test_a_copyright_notice_read_as_a_pictures_credit_names_the_source_too():
    # The agency's notice under the text, read as the credit of a picture (the promotion under it taken for its
    # caption), is the story's notice as well when nothing else names the source.
    got = extract(f"Bridge to close for a year\n\n{LEAD}\n\nAdvertisement\n\n{MORE}\n\n© Agence France-Presse\n\n"
                  "Our WhatsApp service. Have you witnessed a news event? Send us your pictures.\n")
    assert got.source == "Agence France-Presse"


def test_a_sites_address_printed_as_a_credit():
    for line, address in [("von svz.de", "svz.de"), ("Viernes, 17 de agosto de 2018 | e6d.es", "e6d.es"),
                          ("Quelle: presseportal.de", "presseportal.de"),
                          ("www.therepublic.com", "www.therepublic.com")]:
        assert site_address_credit(line) == address, line
    # A picture library's notice, a link's label, a mail address, a social network, a picture's credit.
    for line in ("© Animaflora PicsStock - stock.adobe.com", "URLリンク(headlines.yahoo.co.jp)",
                 "Mail: redaktion@svz.de", "Quelle: twitter.com", "Foto: Max Muster / svz.de",
                 "Lesen Sie mehr auf svz.de"):
        assert site_address_credit(line) == "", line


def test_a_sites_address_is_the_source_after_a_known_outlet_and_only_alone():
    assert extract(f"Bridge to close for a year\n\nMay 2, 2024\n\n{STORY}\n\nvon svz.de\n").source == "svz.de"
    both = extract(f"Bridge to close for a year\n\nvon svz.de\n\nMay 2, 2024\n\n{STORY}\n\n-- NHK NEWS WEB\n")
    assert both.source == "NHK NEWS WEB"
    two = extract(f"Bridge to close for a year\n\nvon svz.de\n\nMay 2, 2024\n\n{STORY}\n\nnews | e6d.es\n")
    assert two.source == ""
