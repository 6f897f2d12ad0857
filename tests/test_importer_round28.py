"""The importer's round 28: reading made faster and safe on long lines, with the same readings. The script shares of a
text are counted with one pattern over its letters (checked here against the letter-by-letter count they replace),
a pager's pattern no longer splits a long number every way, and the interface's labels are declared once."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
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
