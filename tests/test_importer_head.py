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


def test_a_broadcast_sign_off_names_reporter_and_broadcaster():
    lines = ["윤 대통령, 오늘 국정브리핑", "[앵커]", "윤석열 대통령이 오늘 국정 브리핑을 합니다. "
             "연금과 의료 개혁 의지를 다시 강조할 예정입니다.", "브리핑을 마친 윤 대통령은 곧바로 기자회견도 갖습니다.",
             "KBS 뉴스 장덕수입니다.", "■ 제보하기\n▷ 전화 : 02-781-1234, 4444\n촬영기자:이영재 김한빈/영상편집:권형욱"]
    got = extract("\n\n".join(lines) + "\n")
    assert (got.author, got.source) == (("장덕수",), "KBS")
    body = "\n".join(got.paragraphs)
    assert "제보하기" not in body and "▷" not in body and "촬영기자" not in body and "[앵커]" not in body


def test_the_page_list_of_other_stories_ends_the_article():
    got = extract("Nieuwe kabinetsploeg aan de slag\nDEN HAAG (ANP) - Met de traditionele foto op het bordes is de "
                  "beëdiging van het nieuwe kabinet afgesloten.\nHet proces liep anders dan in eerdere jaren, zei de "
                  "premier.\nMeer uit Politiek\nDEN HAAG (ANP) - Staatssecretaris Palmen verwacht niet dat haar werk "
                  "heel anders wordt.\n2 uur geledenDEN HAAG (ANP) - Het kabinet trekt 2 miljoen euro extra uit.\n")
    assert got.paragraphs[-1] == "Het proces liep anders dan in eerdere jaren, zei de premier."
    assert (got.source, got.dateline) == ("ANP", "DEN HAAG")


def test_a_place_alone_in_capitals_over_the_lead_is_the_dateline_and_labels_go():
    got = extract(f"Bundestag beschließt neue Gesetze\n\nDirecto\n\nMADRID\n\n{LEAD}\n")
    assert got.dateline == "MADRID"
    assert got.paragraphs == (LEAD,)


def test_french_with_many_de_is_still_french():
    from gazette.importer.rules.language import detect

    assert detect("Ce lundi 15 mai, le secrétaire général de l'Elysée a annoncé que le président de la République "
                  "avait choisi Édouard Philippe. Cette annonce intervient après de longues heures d'attente.") == "fr"


def test_a_list_of_other_stories_above_the_headline_gives_neither_headline_nor_date():
    lines = ["- 【LIVE】松野官房長官AM会見(2022年4月14日)", "- 白バイに追跡され信号無視のすえトラックが住宅に突っ込む",
             "総理や官房長官の会見で「NGリスト存在しない」 松野官房長官(2023年10月5日)",
             "ジャニーズ事務所の会見で、一部の記者を指名しないようにする「NGリスト」が作られていた問題で、"
             "松野官房長官は「私や総理大臣の会見でリストは存在しない」と述べました。"]
    got = extract("\n".join(lines) + "\n")
    assert (got.title, got.date) == ("総理や官房長官の会見で「NGリスト存在しない」 松野官房長官", "2023-10-05")
