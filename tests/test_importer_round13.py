"""Rules of the importer's thirteenth round (drawn from held-out batch 12): each rule once, on
invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

from gazette.importer import extract
from gazette.importer.rules.caption import labelled_caption
from gazette.importer.rules.furniture import LINE_PATTERNS, strip_glued_tail
from gazette.importer.rules.mail import mail_header

LEAD = ("The council voted on Monday to close the old bridge to traffic after engineers found cracks in "
        "two of its piers, the city said.")
MORE = "Repairs are expected to take a year and cost about $4 million, officials said on Tuesday evening."
FR_LEAD = ("Le conseil municipal a voté lundi la fermeture du vieux pont à la circulation après la découverte "
           "de fissures dans deux de ses piles, a indiqué la mairie.")
FR_MORE = "Les travaux devraient durer un an et coûter environ quatre millions d'euros, selon les services."


def _furniture(line: str) -> bool:
    return any(p.match(line) for p in LINE_PATTERNS)


def test_an_e_mail_header_block_gives_the_subject_as_headline_and_drops_the_rest():
    preheader = "Bridge closed, a new library, and more Bridge closed, a new li"
    text = ("Newsletter Subject\n\nBridge closed\n\nFrom\n\ncitynews.com\n\nEmail Address\n\nnews@citynews.com\n\n"
            f"Sent On\n\nThu, Jan 25, 2024 09:36 PM\n\nEmail Preheader Text\n\n{preheader}\n\n{LEAD}\n\n{MORE}")
    article = extract(text)
    assert article.title == "Bridge closed"  # the subject, never the preheader
    assert article.date == "2024-01-25T21:36:00"
    assert article.source == "citynews.com"
    assert article.paragraphs == (LEAD, MORE)
    # The one-line form, in another language, a reply's mark off the subject; a person's name as
    # the sender is no publisher.
    inline = extract(f"Von: Erika Muster\nBetreff: AW: Brücke gesperrt\nDatum: 25.01.2024, 21:36 Uhr\n\n{LEAD}")
    assert inline.title == "Brücke gesperrt" and inline.source == ""
    assert inline.date == "2024-01-25T21:36:00"


def test_no_header_block_without_a_subject_or_with_one_field():
    assert mail_header(["From", "citynews.com", "Sent On", "Thu, Jan 25, 2024 09:36 PM", LEAD]) is None
    assert mail_header(["Subject", "Bridge closed", LEAD]) is None
    assert mail_header(["Bridge closed", "From the archives: the old bridge", LEAD]) is None
    header = mail_header(["Subject: Bridge closed", "From: City News <news@citynews.com>", LEAD])
    assert header is not None and (header.subject, header.sender, header.lines) == ("Bridge closed", "City News",
                                                                                      (0, 1))


def test_an_account_prompt_is_furniture_never_a_headline():
    for line in ("新規登録 ログインするカテゴリーをフォローする", "新規登録 ログインする", "회원가입 로그인",
                 "Register Log in to comment", "S'inscrire Se connecter"):
        assert _furniture(line), line
    # A notice that a feature is for members only, alone or glued after the text's last sentence.
    assert _furniture("『カテゴリーをフォロー』すると、マイページでまとめて記事を読むことができます。"
                      "会員の方のみご利用いただけます。")
    prompt = "記事に『リアクション』ができます。ご利用には会員登録が必要です。"
    assert strip_glued_tail(f"羽田空港の事故などを報じて受賞した。{prompt}") == "羽田空港の事故などを報じて受賞した。"
    # A sentence about registering is no prompt; nor is the text's own short last sentence.
    assert not _furniture("Registration opens on Monday for the city's new library cards, officials said.")
    assert strip_glued_tail("受賞した。式は横浜で開かれた。") == "受賞した。式は横浜で開かれた。"
    text = ("新聞協会賞の受賞者による講演会が7日、横浜市のニュースパークで開かれた。"
            "撮影した記者は「能登の人の励みになる記録を残していきたい」と力を込めた。")
    article = extract(f"2024年度の受賞者による講演会で語る記者=7日午後、横浜市\n{text}"
                      "記事に『リアクション』ができます。ご利用には会員登録が必要です。\n"
                      "新規登録 ログインするカテゴリーをフォローする\n新規登録 ログインする")
    assert article.title == ""  # the copy shows none: no account prompt stands in for it
    assert article.paragraphs == (text,)


def test_a_line_opening_with_a_photos_label_is_a_caption_never_the_summary():
    assert labelled_caption("Photo : Le pont fermé lundi matin (Photo d'illustration: J.Dupont / Ville).") \
        == ("Le pont fermé lundi matin", "J.Dupont / Ville")
    assert labelled_caption("Foto: Der Bürgermeister vor der gesperrten Brücke") == \
        ("Der Bürgermeister vor der gesperrten Brücke", "")
    assert labelled_caption("사진=시청 앞에서 열린 개막식에서 시장이 인사말을 하고 있다") is not None
    assert labelled_caption("Foto: dpa") is None  # a label over a credit alone
    article = extract("Le vieux pont fermé à la circulation\n\n"
                      "Photo : Le pont, fermé lundi matin, sera réparé (Photo d'illustration: J.Dupont / Ville).\n\n"
                      f"{FR_LEAD}\n\n{FR_MORE}")
    assert article.summary == ""
    assert (article.image_caption, article.image_credit) == ("Le pont, fermé lundi matin, sera réparé",
                                                             "J.Dupont / Ville")
    assert article.paragraphs[0] == FR_LEAD
