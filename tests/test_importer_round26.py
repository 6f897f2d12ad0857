"""Rules of the importer's round 26. What a line never is, whatever the outlet: a byline is never the headline, and
a picture's caption printed again with its credit glued on (an image's alternative text over its caption, as a paste
copies both) is the caption, not one of a stack of headlines. What every site's software prints: the interface's
labels (rules.interface), a list written from the software, not from the corpus. Each is tested on invented copy,
with its look-alikes that must stay as they are."""

from __future__ import annotations

import pytest

from importer_copy import LAST, LEAD, MORE, STORY

from gazette.importer import extract
from gazette.importer.rules.caption import repeated_with_credit
from gazette.importer.rules.interface import interface_label
from gazette.importer.rules.outlet_names import known_outlet

HEADLINE = "Bridge to close after cracks found in two piers"
CAPTION = "The old bridge over the river at dawn"


def test_a_byline_under_a_stack_of_head_lines_is_never_the_headline():
    # A local station's page: the headline, the picture's alternative text, its caption with the credit glued on,
    # the byline, the date line.
    for credit in ("(City of Springfield)", "(KXYZ)"):
        article = extract(f"{HEADLINE}\n\n{CAPTION}\n{CAPTION}{credit}\nBy Jane Doe\n"
                          f"Published: Jan. 2, 2023 at 1:07 PM PST|Updated: 5 minutes ago\n\n{STORY}")
        assert (article.title, article.author) == (HEADLINE, ("Jane Doe",)), credit
        assert (article.image_caption, article.image_credit) == (CAPTION, credit.strip("()")), credit
        assert article.paragraphs[0] == LEAD


def test_each_of_the_stacks_stops_holds_on_its_own():
    # The caption pair over the date line, no byline: the caption printed again is no headline of the stack.
    article = extract(f"{HEADLINE}\n\n{CAPTION}\n{CAPTION}(KXYZ)\nPublished: Jan. 2, 2023 at 1:07 PM PST\n\n{STORY}")
    assert (article.title, article.image_caption) == (HEADLINE, CAPTION)
    # Other stories' headlines over the article's, then its byline: the stack ends over the byline.
    stack = ("Council approves the new budget for schools", "Police search for a missing hiker in the hills",
             "Storm knocks out power to thousands of homes", HEADLINE)
    article = extract("\n".join(stack) + f"\nBy Jane Doe\nPublished: Jan. 2, 2023 at 1:07 PM PST\n\n{STORY}")
    assert (article.title, article.author) == (HEADLINE, ("Jane Doe",))


def test_a_stack_of_other_stories_headlines_still_gives_the_last_one_over_its_credit():
    # Four headlines of about one length, the article's over its date line: the last of the stack (not cut short
    # by the byline rule, which stops the stack only at a byline).
    stack = ("Council approves the new budget for schools", "Police search for a missing hiker in the hills",
             "Storm knocks out power to thousands of homes", HEADLINE)
    article = extract("\n".join(stack) + f"\nPublished: Jan. 2, 2023 at 1:07 PM PST\n\n{STORY}")
    assert article.title == HEADLINE


def test_a_headline_over_its_byline_over_its_date_line_under_a_sites_notices():
    # The paste opens with the site's notices in sentences; the headline stands over the agency's byline and the day.
    article = extract("Subscribe now for complete, progressive coverage of local, national and global news.\n\n"
                      "This copy is for your personal non-commercial use only. To order copies, please go to our "
                      f"reprints page.\n\n{HEADLINE}\n\nBy The Associated Press\nWed., Feb. 20, 2019\n\n{STORY}")
    assert article.title == HEADLINE
    assert article.date.startswith("2019-02-20")
    # A byline right over the date line, with no headline-like line over it, is no headline either.
    article = extract("Subscribe now for complete, progressive coverage of local, national and global news.\n\n"
                      f"By The Associated Press\nWed., Feb. 20, 2019\n\n{STORY}")
    assert not article.title.startswith("By ")


def test_a_caption_printed_again_with_a_glued_credit_is_read_and_its_look_alikes_are_not():
    assert repeated_with_credit(CAPTION, f"{CAPTION}(KXYZ)") == (CAPTION, "KXYZ")
    assert repeated_with_credit(CAPTION, f"{CAPTION} (Photo: Jane Doe / City)") == (CAPTION, "Photo: Jane Doe / City")
    fire = "消防隊員が消火にあたる"
    assert repeated_with_credit(fire, f"{fire}(共同)") == (fire, "共同")
    # Not the same line again; more than a bracket after it; a single Latin word (`Video` / `Video (2:31)`).
    assert repeated_with_credit(CAPTION, "The new bridge over the river (KXYZ)") is None
    assert repeated_with_credit(CAPTION, f"{CAPTION} as the council met (KXYZ)") is None
    assert repeated_with_credit(CAPTION, f"{CAPTION}") is None
    assert repeated_with_credit("Video", "Video (2:31)") is None


# --- the interface's labels (rules.interface), a list written from what news sites' software prints ------------

def test_the_interfaces_labels_are_read_in_every_language_with_their_counts_and_marks():
    for label in ("Share on WhatsApp", "Larger font size", "(0) comments", "Comments (12)", "댓글 3", "▶ 관련기사",
                  "Cookie-Einstellungen", "Laisser un commentaire", "Escucha este artículo", "ページの先頭へ戻る",
                  "视频加载中...", "相關推薦", "• 印刷", "Das könnte Dich auch interessieren"):
        assert interface_label(label), label
    # A label inside a sentence, a longer line that opens with one, a slideshow's button that passes.body reads
    # under its captions, a newsletter's name: none is a label of this list.
    for line in ("Share prices fell on Monday.", "Comments from the mayor were not available.", "Comments",
                 "next", "前へ", "Newsletter", "Contact"):
        assert interface_label(line) == (line == "Comments"), line


def test_the_interfaces_labels_leave_the_head_and_the_text():
    article = extract(f"Larger font size\n\nSmaller font size\n\n{HEADLINE}\n\nShare on Facebook\nShare on X\n"
                      f"Copy link\n\n{STORY}\n\nCookie-Einstellungen")
    assert article.title == HEADLINE
    assert article.paragraphs == tuple(STORY.split("\n\n"))
    for label in ("Copy link", "Werbung", "기사스크랩", "記事を保存"):  # between paragraphs, where no edge is
        article = extract(f"{HEADLINE}\n\n{LEAD}\n\n{MORE}\n\n{label}\n\n{LAST}")
        assert article.paragraphs == (LEAD, MORE, LAST), label


def test_a_heading_of_other_stories_under_the_text_ends_it_and_one_over_the_text_does_not():
    # (other stories' headlines, one a line, each with its section's label)
    others = ("Weather: Storm knocks out power to thousands of homes\n"
              "Police: Search for a missing hiker in the hills goes on")
    for heading in ("Das könnte Dich auch interessieren", "많이 본 뉴스", "相關推薦", "You might also like"):
        article = extract(f"{HEADLINE}\n\n{STORY}\n\n{heading}\n{others}")
        assert article.paragraphs[-1] == LAST, heading
        article = extract(f"{HEADLINE}\n\n{heading}\n\n{STORY}")
        assert article.paragraphs == tuple(STORY.split("\n\n")), heading
    article = extract(f"{HEADLINE}\n\n{STORY}\n\nSome Label\n{others}")  # (no heading: the list stays)
    assert article.paragraphs[-1] != LAST
    # A link's label amid the text (`Also Read` over one story's headline) is a label: the text goes on under it.
    for label in ("Also Read", "Lesen Sie auch", "Related", "Latest", "延伸閱讀"):
        article = extract(f"{HEADLINE}\n\n{LEAD}\n\n{label}\n\nCouncil approves the new budget for the schools\n\n"
                          f"{MORE}\n\n{LAST}")
        assert article.paragraphs[-1] == LAST and label not in article.paragraphs, label
    # An ad's label between paragraphs is a label, not the text's end (under the first paragraph it makes that one a
    # standfirst, as passes.body reads furniture there).
    article = extract(f"{HEADLINE}\n\n{LEAD}\n\n{MORE}\n\nAnzeige\n\n{LAST}")
    assert article.paragraphs == (LEAD, MORE, LAST)


# --- known outlets in brackets (rules.outlet_names read by rules.source.looks_like_outlet) ----------------------

KO_LEAD = "진보 성향 유튜브 채널의 기자가 전 총재 권한대행의 사무실에 무단으로 들어간 혐의로 경찰 조사를 받았다."
KO_MORE = "경찰은 이 기자를 불러 당시 상황을 조사했으며 추가 조사를 검토하고 있다고 밝혔다."
JA_LEAD = "燃え広がる炎が7人をのみ込んだ。13日未明に発生した札幌市北区のグループホームの火事。"
JA_MORE = "近所に住む男性は、13日午前2時半ごろ、女性の絶叫で目が覚めた。驚いて玄関から飛び出すと、炎が見えた。"


def test_a_known_outlet_in_brackets_where_outlets_print_theirs_is_the_source():
    # Opening the lead, closing the text, behind the headline.
    article = extract(f"기자, 무단침입 혐의로 경찰 조사\n\n[스포탈코리아] {KO_LEAD}\n\n{KO_MORE}")
    assert article.source == "스포탈코리아"
    article = extract(f"{HEADLINE}\n\n{LEAD}\n\n{MORE}\n\n{LAST} (taz)")
    assert article.source == "taz"
    article = extract(f"グループホーム火災 吹き上がる炎(毎日新聞)\n\n{JA_LEAD}\n\n{JA_MORE}")
    assert (article.title, article.source) == ("グループホーム火災 吹き上がる炎", "毎日新聞")
    # Not a rubric in brackets, nor a name no outlet's list or form knows.
    assert extract(f"기자, 무단침입 혐의로 경찰 조사\n\n[속보] {KO_LEAD}\n\n{KO_MORE}").source == ""
    assert extract(f"{HEADLINE}\n\n{LEAD}\n\n{MORE}\n\n{LAST} (Weber)").source == ""
    assert extract(f"グループホーム火災 吹き上がる炎(札幌)\n\n{JA_LEAD}\n\n{JA_MORE}").source == ""


def test_a_lead_closed_by_its_reporters_names_in_brackets_is_the_text_and_names_the_authors():
    for names, authors in (("金子淳、円谷美晶", ("金子淳", "円谷美晶")), ("荒川基従", ("荒川基従",))):
        article = extract(f"グループホーム火災 吹き上がる炎\n\n{JA_LEAD}【{names}】\n\n{JA_MORE}")
        assert (article.summary, article.author) == ("", authors), names
        assert article.paragraphs[0].startswith("燃え広がる炎")
    # A line with no full stop under the headline is still a deck, a bracket closing it or not.
    deck = "札幌市北区のグループホームで火事 7人が死亡【速報】"
    article = extract(f"グループホーム火災 吹き上がる炎\n\n{deck}\n\n{JA_LEAD}\n\n{JA_MORE}")
    assert (article.summary, article.author) == (deck, ())
    # A rubric or an interface's label in the same brackets names no reporter, in Japanese or Chinese copy.
    for label in ("動画", "写真特集", "関連記事", "詳報"):
        article = extract(f"グループホーム火災 吹き上がる炎\n\n{JA_LEAD}\n\n{JA_MORE}【{label}】")
        assert article.author == (), label
    article = extract("居民楼楼顶突发火灾\n\n25日晚上6时许,西吴路上一栋7层高的居民楼楼顶突然冒出浓烟。\n\n"
                      "起火原因正在调查中。【纠错】")
    assert article.author == ()


def test_a_known_outlets_name_printed_twice_over_the_headline_is_its_masthead_not_its_headline():
    # (an app's pitch in sentences over it, as an aggregator prints its papers' pages)
    pitch = "Get all your news in one place.\n100’s of premium titles.\nOne app.\nStart reading"
    article = extract(f"{pitch}\nManchester Evening News\nManchester Evening News\nNational\n\n{HEADLINE}\n\n{STORY}")
    assert article.title != "Manchester Evening News"
    # A headline printed twice is still the headline.
    article = extract(f"Manchester Evening News\n{HEADLINE}\n{HEADLINE}\n\n{STORY}")
    assert article.title == HEADLINE


def test_a_chinese_texts_editors_credits_are_furniture_whatever_their_place_in_the_chain():
    lead = "本报讯 25日晚上6时许,西吴路上一栋7层高的居民楼楼顶突然冒出浓烟,消防人员赶到现场将火扑灭。"
    more = "据了解,火灾没有造成人员伤亡,起火原因正在调查中。"
    for credit in ("初审编辑:尹玉涛", "初審編輯:魏鵬", "责任编辑:张帆", "终审:李明", "校对:王芳", "编辑:郭新举"):
        article = extract(f"居民楼楼顶突发火灾\n\n{lead}\n\n{more}\n\n{credit}")
        assert article.paragraphs == (lead, more), credit
        article = extract(f"{credit}\n\n居民楼楼顶突发火灾\n\n{lead}\n\n{more}")
        assert article.title == "居民楼楼顶突发火灾", credit


# --- regional and local outlets (rules.outlet_names), and an outlet read as an author ---------------------------

def test_regional_outlets_are_known_and_common_words_among_their_names_are_not():
    for name in ("河北新報", "대구MBC", "齐鲁晚报", "Westfälisches Volksblatt", "Vosges Matin", "Radio Hamburg",
                 "Manchester Evening News", "Diario de Burgos"):
        assert known_outlet(name) == name, name
    for word in ("Kurier", "La Presse", "The Star", "El Día", "Heute", "上報"):
        assert known_outlet(word) == "", word
    # An outlet's two names glued, in two scripts, each known; not a known name glued to any other word.
    assert known_outlet("NOWnews今日新聞") == "NOWnews今日新聞"
    assert known_outlet("今日新聞NOWnews") == "今日新聞NOWnews"
    assert known_outlet("NOWnews今日") == known_outlet("Yahoo今日新聞") == ""


def test_a_known_outlet_read_as_an_author_is_no_person_but_the_source():
    line = "12 sept. 2017 à 05:06 | mis à jour le 12 sept. 2017 à 07:54 - Temps de lecture :"
    article = extract(f"Incendie d'une remise au Val-d'Ajol\n\nVosges Matin - {line}\n\n{STORY}")
    assert (article.author, article.source) == ((), "Vosges Matin")
    # A known name before a dash and a date in figures is credited without the dash.
    article = extract(f"宜蘭外海地震 全台有感\n\n联合早报 - 2024年4月3日 08:00\n\n{STORY}")
    assert (article.author, article.source) == ((), "联合早报")
    # A person's name in the same place stays the author.
    article = extract(f"Incendie d'une remise au Val-d'Ajol\n\nJean Dupont - {line}\n\n{STORY}")
    assert (article.author, article.source) == (("Jean Dupont",), "")


def test_a_sentence_printed_twice_under_the_date_line_is_the_pictures_caption_not_the_standfirst():
    caption = "Le feu s’est propagé aux deux véhicules mais a épargné la maison d’habitation."
    head = "Incendie d'une remise à bois\n\nVosges Matin - 12 sept. 2017 à 05:06 - Temps de lecture :"
    article = extract(f"{head}\n{caption}\n{caption}\n\n{STORY}")
    assert (article.image_caption, article.summary, article.paragraphs[0]) == (caption, "", LEAD)
    # With its credit, the caption's own rules split it; printed once, it is no caption of this rule.
    article = extract(f"{head}\n{caption}  Photo RL.\n{caption}  Photo RL.\n\n{STORY}")
    assert (article.image_caption, article.image_credit) == (caption, "RL")
    article = extract(f"{head}\n{caption}\n\n{STORY}")
    assert article.image_caption == ""
    # Nothing under the pair: it is the copy's only text, no caption.
    assert extract(f"{head}\n{caption}\n{caption}").image_caption == ""
    # A lead pasted twice, as two paragraphs under the date line, stays the text.
    article = extract(f"{head}\n\n{LEAD}\n\n{LEAD}\n\n{MORE}")
    assert (article.image_caption, article.paragraphs[0]) == ("", LEAD)
    # A sentence printed twice right under the headline, no date line between: not this rule's caption.
    article = extract(f"{HEADLINE}\n\n{LEAD}\n{LEAD}\n\n{MORE}\n\n{LAST}")
    assert article.image_caption == ""


# --- the review's look-alikes ----------------------------------------------------------------------------------

@pytest.mark.usefixtures("rules_alone")  # (the rules' own reading: the learned source may name one, to check)
def test_a_known_outlets_initials_after_its_full_name_in_a_headline_are_no_source():
    lead = "Die Intendantin des Senders verlässt ihn zum Jahresende, teilte der Rundfunkrat am Dienstag in München mit."
    more = "Eine Nachfolgerin soll im Herbst gewählt werden, hieß es weiter aus dem Gremium des Senders."
    article = extract(f"Intendantin verlässt den Bayerischen Rundfunk (BR)\n\n12.03.2024\n\n{lead}\n\n{more}")
    assert (article.title, article.source) == ("Intendantin verlässt den Bayerischen Rundfunk (BR)", "")


def test_a_known_outlet_a_byline_signs_is_the_source_and_a_person_the_author():
    # (a person bearing a listed paper's name, `By Jackson Sun`, is read as the paper: rare, see extract.py)
    for byline, authors, source in (("By Boston Globe", (), "Boston Globe"),
                                    ("By NOWnews今日新聞", (), "NOWnews今日新聞"),
                                    ("By Jane Doe", ("Jane Doe",), "")):
        article = extract(f"{HEADLINE}\n\n{byline}\nJan. 2, 2023\n\n{STORY}")
        assert (article.author, article.source) == (authors, source), byline


def test_a_sentence_twice_under_the_date_line_read_as_a_caption_waits_for_a_person():
    lead_twice = f"{HEADLINE}\n\nJan. 2, 2023\n{LEAD}\n{LEAD}\n\n{MORE}\n\n{LAST}"
    article = extract(lead_twice)
    assert any(d.startswith("text: ") and "caption" in d for d in article.doubts)


def test_an_interface_heading_opening_a_paragraph_of_text_is_a_subhead_not_the_texts_end():
    for heading in ("Trending", "Popular", "ランキング"):
        article = extract(f"{HEADLINE}\n\n{LEAD}\n\n{heading}\nThe club's shirts have become the best sellers of the "
                          f"season, the club said on Friday.\n\n{LAST}")
        assert article.paragraphs[-1] == LAST, heading


def test_numbers_make_no_label_of_a_lists_item_or_a_heading():
    for line in ("1. Register", "2. Log in", "3. Print", "Top 10"):
        assert not interface_label(line), line
    article = extract(f"{HEADLINE}\n\n{LEAD}\n\nThe steps are simple:\n1. Register\n2. Log in\n3. Print\n\n{LAST}")
    assert "1. Register" in "\n".join(article.paragraphs)


def test_the_is_folded_only_before_a_name_of_two_words_or_more():
    assert known_outlet("Boston Globe") == "Boston Globe" and known_outlet("The Boston Globe") == "The Boston Globe"
    assert known_outlet("The Namibian") == "The Namibian" and known_outlet("Namibian") == ""
    article = extract(f"{HEADLINE}\n\n{LEAD}\n\n{MORE}\n\nThe race was won by Jane Doe. (Namibian)")
    assert article.source == ""


def test_a_byline_over_the_date_line_is_no_rival_headline():
    deck = "City engineers warn repairs could take more than a year"
    article = extract(f"Local News\n\n{HEADLINE}\n{deck}\nBy Jane Doe\nJan. 2, 2023\n\n{STORY}")
    assert not article.title.startswith("By ") and article.author == ("Jane Doe",)


def test_counts_and_marks_beside_a_label_and_a_count_alone():
    for line in ("Comments (3) ›", "💬 (3) Comments", "관련기사 (3) >", "(0) comments", "12 comments", "댓글 (0)"):
        assert interface_label(line), line
    assert not interface_label("Shares")  # (a count's word alone may be a subhead: `Shares`, over the market's report)


def test_a_list_of_other_stories_in_sentences_under_a_phrase_heading_ends_the_text():
    teasers = ("Police arrested a man after a stabbing in the city centre on Saturday night, officers said.\n"
               "The school will stay closed for a week after floods damaged six classrooms, the head teacher said.")
    for heading in ("You may also like", "Les plus lus", "Lo más leído"):
        article = extract(f"{HEADLINE}\n\n{STORY}\n\n{heading}\n{teasers}")
        assert article.paragraphs[-1] == LAST, heading
    # A one-word heading over a sentence wrapped on two lines is a subhead: the text goes on.
    article = extract(f"{HEADLINE}\n\n{LEAD}\n\nTrending\nThe club's shirts have become the best sellers of the "
                      f"season,\nthe club said on Friday.\n\n{LAST}")
    assert article.paragraphs[-1] == LAST


def test_a_japanese_lead_closed_by_a_rubric_stays_the_text_and_names_nobody():
    for bracket in ("続報", "速報版", "編集部", "札幌市"):
        article = extract(f"グループホーム火災 吹き上がる炎\n\n{JA_LEAD}【{bracket}】\n\n{JA_MORE}")
        assert (article.summary, article.author) == ("", ()), bracket
        assert article.paragraphs[0].startswith("燃え広がる炎"), bracket


@pytest.mark.usefixtures("rules_alone")  # (the rules' own reading: the learned source may name one, to check)
def test_known_names_with_hyphens_stops_and_a_space_before_a_japanese_headlines_bracket():
    assert known_outlet("Star-Ledger") == "Star-Ledger" and known_outlet("B.Z.") == "B.Z."
    article = extract(f"グループホーム火災 吹き上がる炎 (毎日新聞)\n\n{JA_LEAD}\n\n{JA_MORE}")
    assert article.source == "毎日新聞"
    lead = "Die Intendantin des Senders verlässt ihn zum Jahresende, teilte der Rundfunkrat am Dienstag in München mit."
    article = extract(f"Intendantin verlässt den Bayerischen Rundfunk\u00a0(BR)\n\n12.03.2024\n\n{lead}\n\n{lead}")
    assert article.source == ""
