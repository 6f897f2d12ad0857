"""Rules drawn from held-out batch 13 (round 14): each rule once, on invented copy, with its
look-alike that must stay as it is."""

from __future__ import annotations

from gazette.importer import extract
from gazette.importer.rules.byline import reporter_line
from gazette.importer.rules.source import reporter_outlet

ZH_LEAD = "金秋时节,全县二十所学校完成改造。"
ZH_MORE = "近日,记者一行来到县里,走访了不少学校,探寻均衡发展的路径。"


def test_a_chinese_reporters_credit_line_is_never_the_headline_and_names_its_paper():
    article = extract(f"□长江日报记者 王小明 通讯员 李四\n\n{ZH_LEAD}\n\n{ZH_MORE}")
    assert article.title == ""  # the copy shows no headline: none is made of its credit line
    assert article.source == "长江日报"
    assert article.author == ("王小明",)  # the correspondent after `通讯员` is no reporter
    assert article.paragraphs == (ZH_LEAD, ZH_MORE)
    # Look-alikes: the paper's own `本报记者` names no source; a headline over the credit stays the headline.
    own = extract(f"县里二十所学校完成改造\n\n本报记者 王小明\n\n{ZH_LEAD}\n\n{ZH_MORE}")
    assert own.title == "县里二十所学校完成改造" and own.source == "" and own.author == ("王小明",)
    assert reporter_line("记者 王小明 通讯员 李四") == ("王小明",)
    assert reporter_outlet("记者 王小明") == "" and reporter_outlet("新华社记者 崔静") == "新华社"
