"""The importer's round 28: reading made faster and safe on long lines, with the same readings. The script shares of a
text are counted with one pattern over its letters (checked here against the letter-by-letter count they replace),
a pager's pattern no longer splits a long number every way, and the interface's labels are declared once."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from importer_copy import LAST, LEAD, MORE
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gazette.importer.rules import language
from gazette.importer.rules.furniture import LINE_PATTERNS, is_page_furniture
from gazette.importer.rules.interface import interface_label
from gazette.importer.rules.text import _NO_SPACE_SCRIPT, no_space_share

ROOT = Path(__file__).resolve().parents[1]

#: Letters and marks of every script the importer tells apart, with digits, spaces and punctuation between them.
_MIXED = st.text(alphabet=st.sampled_from(list(
    "abcXYZéß 1.,!?・ー「」가나다한국어ぁあいアイウ漢字中文ไทย่ั่Русскийعربيελληνικάעבריתհայերենქართულიਪੰਜਾਬੀગુજરાતીଓଡ଼ିଆ"
    "தமிழ்తెలుగుಕನ್ನಡമലയാളംසිංහලລາວမြန်မာខ្មែរ")), max_size=120)


def _shares_letter_by_letter(text: str) -> str:
    """language.detect as it counted before round 28: each letter matched against each script's pattern in turn."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20:
        return ""
    counts: dict[str, int] = {}
    scripts = (("ko", language._HANGUL), ("kana", language._KANA), ("han", language._HAN), ("th", language._THAI),
               ("ru", language._CYRILLIC), ("ar", language._ARABIC), *language._ONE_LANGUAGE_SCRIPTS)
    for c in letters:
        tag = next((tag for tag, pattern in scripts if pattern.match(c)), None)
        if tag:
            counts[tag] = counts.get(tag, 0) + 1
    share = {k: v / len(letters) for k, v in counts.items()}
    if share.get("kana", 0) > 0.05:
        return "ja"
    for tag, least in (("ko", 0.3), ("han", 0.3)):
        if share.get(tag, 0) > least:
            return {"han": "zh"}.get(tag, tag)
    for tag in ("th", "ru", "ar", *(t for t, _ in language._ONE_LANGUAGE_SCRIPTS)):
        if share.get(tag, 0) > 0.3:
            return tag
    return language._latin(text)


@settings(max_examples=300, deadline=None)
@given(_MIXED)
@example("The committee met on Monday and agreed ก" + "\u0e48" * 20)  # Thai tone marks: in the script, no letters
@example("The committee met on Monday and agreed " + "・" * 4)  # a katakana middle dot: in the range, no letter
def test_a_texts_language_and_script_share_are_what_counting_letter_by_letter_gives(text):
    assert language.detect(text) == _shares_letter_by_letter(text)
    letters = [c for c in text if c.isalpha()]
    expected = sum(1 for c in letters if _NO_SPACE_SCRIPT.match(c)) / len(letters) if letters else 0.0
    assert no_space_share(text) == pytest.approx(expected)


@pytest.mark.parametrize("line", ["第1頁 第2頁 第3頁", "第 1 页 第 2 页 第 3 页", "1 2 3 4 5", "【1 2 3】",
                                  "[ 1 2 3 ]"])
def test_a_pager_is_furniture(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", ["12 apples", "1 2 a", "第1頁 next", "2018071501001019500049241.jpg"])
def test_a_line_with_more_than_numbers_is_no_pager(line):
    assert not is_page_furniture(line)


def test_a_long_number_before_a_files_ending_is_read_at_once():
    # A picture's file name of 50 digits (`2018071501001019500049241.jpg` printed twice): the pager's pattern split the
    # number every way before it failed, 2 to the 49th tries; one of 25 digits took three seconds. The guard below is
    # for a hang, not a speed: the reading takes milliseconds.
    code = ("from gazette.importer.rules.furniture import is_page_furniture; "
            "print(is_page_furniture('2018071501001019500049241' * 2 + '.jpg'))")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.stdout.strip() == "False", run.stderr


@pytest.mark.parametrize("line", ["Lesen Sie auch", "Back to top", "Noticias relacionadas", "Watch now", "더보기",
                                  "Ver más", "Video", "動画", "À lire aussi", "Sur le même sujet"])
def test_the_interfaces_labels_are_furniture(line):
    assert is_page_furniture(line)


def test_no_whole_line_list_of_furniture_repeats_an_interface_label():
    repeated = [label for pattern in LINE_PATTERNS
                for group in re.findall(r"\^\(\?:([^()\[\]\\.*+?{}]+)\)\$", pattern.pattern)
                for label in group.split("|") if interface_label(label)]
    assert repeated == []


# --- the source, in forms news pages print it (round 28's second part) -------------------------------------------


@pytest.mark.parametrize("line, name", [
    ("(来源:半岛网-半岛都市报) [编辑: 郭新举]", "半岛网-半岛都市报"),  # the label opening a bracket, closed by it
    ("（来源：人民网）", "人民网"),
    ("（新闻来源：中新网）", "中新网"),
    ("来源:新华网", "新华网"),
    ("(Source: AP Photo/Jane Doe)", ""),  # a picture's credit in brackets
    ("(图片来源:新华社)", ""),  # a picture's
    ("来(lái)源:科技日?qǐng)?bào)", "科技日?qǐng)?bào)"),  # a mirror's reading aids: the bracket is no close
])
def test_a_labelled_source_may_open_a_bracket(line, name):
    from gazette.importer.rules.source import labelled_source

    assert labelled_source(line) == name


@pytest.mark.parametrize("lead, outlet", [
    ("半岛都市报12月25日讯(记者 韩小伟) 25日晚上6时许,西吴路上一栋居民楼楼顶冒出浓烟。", "半岛都市报"),
    ("海口网9月6日消息(见习记者 胡振兴)6日8时许,一栋居民楼二层发生火灾。", "海口网"),
    ("春城晚报1月2日消息,当日,临沧市一辆客运大巴发生侧翻。", "春城晚报"),
    ("青島日報社/觀海新聞10月20日訊 “振華路公交車站附近有一處民居起火。”", "青島日報社/觀海新聞"),
    ("北方网消息:今天0点30分,在津静公路上又发生了一起追尾事故。", "北方网"),
    ("北京12月25日讯 (记者 王小明) 昨天上午,一辆公交车起火。", ""),  # a place's day
    ("朝阳区12月25日讯 记者从区政府获悉,一处仓库起火。", ""),
    ("据新华社12月25日消息,一辆公交车起火。", ""),  # `according to`: a story citing the agency
    ("本报12月25日讯 记者从市消防局获悉,一处仓库起火。", ""),  # this paper's own
    ("有消息:一辆公交车起火。", ""),
])
def test_a_chinese_papers_credit_with_its_day_opens_the_lead(lead, outlet):
    from gazette.importer.rules.source import paper_news

    assert paper_news(lead) == outlet


def test_a_copyright_notice_with_the_sites_address_names_its_holder():
    from gazette.importer.rules.source import copyright_holder, outlet_holder

    notice = "© 경기일보(www.kyeonggi.com), 무단전재 및 수집, 재배포금지"
    assert copyright_holder(notice) == outlet_holder(notice) == "경기일보"
    assert copyright_holder("© Jane Doe (Reuters)") == ""


@pytest.mark.parametrize("byline, outlet", [
    ("Por Redacción Tiempo de San Juan", "Tiempo de San Juan"),
    ("Par la rédaction de Ouest-France", "Ouest-France"),
    ("Von Redaktion Zeit Online", "Zeit Online"),
    ("Por Redacción Policiales", None),  # a desk, no paper
    ("Por Redacción", None),
])
def test_a_papers_newsroom_signs_for_the_paper(byline, outlet):
    from gazette.importer.rules.byline import read_byline

    credit = read_byline(byline)
    assert (credit[1] if credit else None) == outlet and (credit is None or credit[0] == ())


@pytest.mark.usefixtures("rules_alone")  # (the rules' own reading: the learned source may name one, to check)
def test_a_known_outlets_line_among_the_texts_lines_is_the_source_to_check():
    from gazette.importer import extract

    head = "Un incendie majeur détruit deux immeubles à Québec"
    article = extract(f"{head}\n\n{LEAD}\n\nLe Soleil\n\n{MORE}\n\n{LAST}")  # (as a picture's credit stands)
    assert article.source == "Le Soleil"
    assert any(d.startswith("source: read from the line 'Le Soleil'") for d in article.doubts)
    # Two outlets' lines among the text's (a press review's), or a name that is no known outlet's: none.
    assert extract(f"{head}\n\n{LEAD}\n\nLe Soleil\n\n{MORE}\n\nLe Devoir\n\n{LAST}").source == ""
    assert extract(f"{head}\n\n{LEAD}\n\nLe Petit Journal de Quartier\n\n{MORE}\n\n{LAST}").source == ""


# --- the date: zones of one offset, and a lone stamp outside the text ----------------------------------------------


@pytest.mark.parametrize("line, published", [
    ("Published: Oct. 5, 2023 at 4:37 AM HST|Updated: 15 minutes ago", "2023-10-05T04:37:00-10:00"),
    ("Posted: Jan 4, 2024 at 8:10 PM AKST", "2024-01-04T20:10:00-09:00"),
    ("4 January 2024, 10:15 NZDT", "2024-01-04T10:15:00+13:00"),
    ("04/01/2024 10:15 AWST", "2024-01-04T10:15:00+08:00"),  # an Australian zone: the day first
])
def test_zones_of_one_offset_are_read(line, published):
    from gazette.importer.rules.dates import read_date_line

    assert read_date_line(line, language="en").published == published


def test_a_file_pictures_mark_makes_a_caption():
    from gazette.importer.rules.caption import marked_caption

    assert marked_caption("Police Lights (file)") and marked_caption("Incendio en Madrid (archivo)")
    assert not marked_caption("Council to file suit over bridge")


HEAD = "Bridge to close after cracks found in two piers"


def test_a_lone_stamp_outside_the_text_dates_it_to_be_checked():
    from gazette.importer import extract

    article = extract(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\nby shouichiro_sato | 2019-09-09 23:41 | Comments(0)")
    assert article.date == "2019-09-09T23:41:00"
    assert any(d.startswith("date: read from the line") for d in article.doubts)


@pytest.mark.parametrize("foot", [
    "2019-09-09",  # a day without its time: a list's next item, the page's clock
    "2019-09-09 23:41\n\nOther story on the council\n\n2019-09-08 10:02",  # two stamps: a list of other stories
    "【特集】ルワンダと香川の音楽\n\n2019年08月15日 18:50",  # another story's, under its rubric-led headline
])
def test_no_stamp_dates_a_text_when_it_may_be_another_storys(foot):
    from gazette.importer import extract

    assert extract(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\n{foot}").date == ""


@pytest.mark.parametrize("line, headline", [
    ("UPDATE: Gov. Scott Walker has identified the trooper killed Tuesday as", False),  # a sentence broken in two
    ("Der Rat hat am Montag beschlossen, die Brücke für den Verkehr zu sperren und", False),
    ("Wisconsin State Patrol trooper killed in crash", True),
    ("Nachrichten aus Deutschland: Geburtstagsfeier beendet | STERN.de", True),  # a site's domain, no preposition
    ("Sábado 12 de", True),  # too short to tell: a date's piece, a rubric (`A la une`)
])
def test_a_line_ending_in_an_article_or_a_preposition_is_no_headline(line, headline):
    from gazette.importer.rules.text import is_headline_like

    assert is_headline_like(line) is headline


def test_an_update_note_broken_over_two_lines_is_not_the_headline():
    from gazette.importer import extract

    text = ("Wisconsin State Patrol trooper killed in crash\n10:29 AM, Apr 11, 2017\n"
            "UPDATE: Gov. Scott Walker has identified the trooper killed Tuesday as\nAnthony Borostowski of Tomah.\n"
            f"{LEAD}\n\n{MORE}\n\n{LAST}")
    assert extract(text).title == "Wisconsin State Patrol trooper killed in crash"


# --- the review's look-alikes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Posted: 05/02/2024 10:15 AM | WEST PALM BEACH", "KEY WEST, Fla. 05/02/2024 9:00 AM"])
def test_west_is_a_word_not_a_zone(line):
    from gazette.importer.rules.dates import read_date_line

    when = read_date_line(line, language="en")
    assert when is None or not when.published  # a numeric date on US copy, its order unknown: refused


@pytest.mark.parametrize("line", ["图为高速公路收费站。（来源：视觉中国）", "(来源:网络)", "（来源：受访者供图）",
                                  "去年居民收入增长情况(来源:国家统计局)"])
def test_a_bracketed_source_label_closing_a_caption_or_naming_none_is_no_source(line):
    from gazette.importer.rules.source import labelled_source

    assert labelled_source(line) == ""


@pytest.mark.parametrize("lead", ["中央气象台消息:预计今天夜间有雨。", "国家电网12月25日消息,电力供应平稳。",
                                  "电商平台消息:订单增长。", "市公安局官网消息:一名男子被抓获。",
                                  "另据新华社消息:一辆公交车起火。", "综合新华社消息:一辆公交车起火。"])
def test_an_authoritys_or_a_platforms_news_or_a_story_citing_an_agency_is_no_papers_credit(lead):
    from gazette.importer.rules.source import paper_news

    assert paper_news(lead) == ""


@pytest.mark.parametrize("line", ["Old bridge to close for a year as the city council weighs in",
                                  "Gewerkschaft kündigt neue Warnstreiks bei der Bahn an",
                                  "Juventus beat Roma to win Serie A", "Man arrested after crash in Fort Wayne, IN",
                                  "Hundreds of fish in the river die", "Ten things to look out for"])
def test_headlines_ending_with_a_particle_a_code_or_a_verb_stay_headlines(line):
    from gazette.importer.rules.text import is_headline_like

    assert is_headline_like(line)


@pytest.mark.parametrize("byline, outlet", [("Por Redacción de La Nación", "La Nación"),
                                            ("Par la rédaction du Monde", "Le Monde"),
                                            ("Por Redacción del País", "El País")])
def test_a_newsrooms_credit_puts_back_the_papers_article(byline, outlet):
    from gazette.importer.rules.byline import read_byline

    assert read_byline(byline) == ((), outlet)


def test_the_outlets_line_read_as_the_source_leaves_the_text():
    from gazette.importer import extract

    article = extract(f"{HEAD}\n\n{LEAD}\n\nLe Soleil\n\n{MORE}\n\n{LAST}")
    assert article.source == "Le Soleil" and "Le Soleil" not in article.paragraphs
    assert article.paragraphs == (LEAD, MORE, LAST)


@pytest.mark.parametrize("foot", [
    "Related stories\n\nMayor opens new library on Main Street\n\nMay 1, 2024 3:15 PM",
    "Comments\n\nriverfan42 says:\n\nMay 5, 2024 at 10:12 am",
])
def test_no_stamp_under_a_list_of_other_stories_or_the_comments_dates_the_text(foot):
    from gazette.importer import extract

    assert extract(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\n{foot}").date == ""


def test_the_pages_clock_outside_the_text_leaves_no_doubt_on_a_date_it_did_not_give():
    from gazette.importer import extract

    article = extract(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\nToday is Friday, May 3, 2024 10:42 AM")
    assert article.date == "" and not any(d.startswith("date:") for d in article.doubts)


def test_a_saved_pages_own_date_settles_the_texts_doubt_on_it():
    from gazette.config import SiteConfig
    from gazette.importer.command import read_input
    from gazette.importer.write import missing_fields

    # (a stamp among the text's lines outside the paragraphs, which the text's reading would take to be checked)
    page = f"""<!doctype html><html lang="en"><head><title>{HEAD}</title>
<meta property="article:published_time" content="2024-05-02T10:15:00-05:00"></head>
<body><article><h1>{HEAD}</h1><p>{LEAD}</p><p>{MORE}</p><p>{LAST}</p>
<p>Posted by riverfan42 on May 5, 2024 at 10:12 am</p></article></body></html>"""
    article = read_input(page.encode(), "page.html", SiteConfig(root=ROOT, language="en"))
    assert article.date == "2024-05-02T10:15:00-05:00"
    assert "date" not in dict(missing_fields(article))


def test_a_byline_and_its_date_on_one_line_are_read_and_a_long_line_opening_so_is_not_split_every_way():
    from gazette.importer.passes.found import Found, date_line

    found = Found(language="de")
    when = date_line("Ein Interview von Anna Schmidt und Peter Lutz, 09.02.2022", found)
    assert when is not None and when.published == "2022-02-09"
    # Thousands of words opening `Por …`: each split was read as a byline (minutes for 32,000 characters, 64,000
    # here); a byline and its date run to 30 words at most. The guard below is for a hang, not a speed.
    code = ("from gazette.importer.passes.found import Found, date_line; "
            "print(date_line('Por Redacción de la ' * 3200 + '09.02.2022', Found(language='es')))")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.stdout.strip() == "None", run.stderr


def test_a_line_of_thousands_of_dates_is_no_date_line_and_a_title_keeps_its_suffix():
    from gazette.importer.rules.dates import read_date_line
    from gazette.importer.rules.source import split_title

    assert read_date_line("입력 2021.03.15 " * 40) is None  # a table's or a log's line, 640 characters
    assert read_date_line("입력 2021.03.15 10:32").published == "2021-03-15T10:32:00"
    assert split_title("Bridge to close for a year - The Riverside Ledger") == ("Bridge to close for a year",
                                                                                "The Riverside Ledger")
    # Read whole at each of thousands of stamps or dashes, such lines took seconds to minutes (22.9 s for 32,000
    # characters of stamps); 128,000 here. The guard below is for a hang, not a speed.
    code = ("from gazette.importer import extract; "
            "print(extract('Bridge to close after cracks found\\n\\n' + '입력 2021.03.15 ' * 8600"
            " + '\\n\\n' + '(AP) — ' * 18000 + '\\n\\nA closing sentence here.').title is not None)")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "True", run.stderr
