"""Rules for the head of a page: standfirst, captions with a photo credit, labels left without their date."""

from __future__ import annotations

from gazette.importer import extract

DEK = "Viele Abgeordnete blieben bis in die Nacht. Ein Überblick."
LEAD = ("In einer Mammutsitzung hat der Bundestag in der Nacht zu Freitag eine Reihe neuer Gesetze beschlossen, "
        "wie die Verwaltung am Morgen mitteilte.")


def test_a_short_first_paragraph_that_an_ad_label_or_share_button_closes_is_the_standfirst():
    for furniture in ("Anzeige", "Teilen", "12 Min.", "18:00 - 20:00"):
        got = extract(f"Bundestag beschließt neue Gesetze\n\n{DEK}\n{furniture}\n\n{LEAD}\n\nDer Rest folgt heute.\n")
        assert got.summary == DEK, furniture
        assert got.paragraphs[0] == LEAD


def test_a_lead_followed_by_other_furniture_stays_the_lead():
    got = extract(f"Bundestag beschließt neue Gesetze\n\n{DEK}\n(省略)\n\n{LEAD}\n")
    assert got.summary == ""
    assert got.paragraphs[0] == DEK


def test_a_long_first_paragraph_is_never_a_standfirst():
    long = ("Die Plenarsitzung, die am Donnerstag um neun Uhr begonnen hatte, ging dank einer äußerst umfangreichen "
            "Tagesordnung erst am Freitagmorgen um halb drei zu Ende, achtzehn Minuten länger als die bisherige "
            "Rekordsitzung der laufenden Legislaturperiode vom Juni des Jahres 2019 im Reichstagsgebäude.")
    got = extract(f"Bundestag beschließt neue Gesetze\n\n{long}\nAnzeige\n\n{LEAD}\n")
    assert got.summary == ""


def test_a_caption_ending_in_a_photo_credit_without_a_stop_is_no_rival_headline():
    got = extract("Kanzlerin im Interview: „Eine Islamisierung sehe ich nicht“\n"
                  "Bundeskanzlerin Angela Merkel im Interview im Kanzleramt Bild: Frank Röth\n\n"
                  f"{LEAD}\n")
    assert got.title == "Kanzlerin im Interview: „Eine Islamisierung sehe ich nicht“"
    assert (got.image_caption, got.image_credit) == ("Bundeskanzlerin Angela Merkel im Interview im Kanzleramt",
                                                     "Frank Röth")


def test_a_date_label_left_without_its_date_is_furniture():
    for label in ("• Aktualisiert am", "Updated", "Publié le", "Veröffentlicht am"):
        got = extract(f"Bundestag beschließt neue Gesetze\n{label}\n\n{LEAD}\n")
        assert label not in "\n".join(got.paragraphs), label
