"""Rules of the importer's round 22 for the body, drawn from held-out batches 17 to 25: each rule once, on
invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

from importer_copy import LAST, LEAD, MORE, STORY

from gazette.importer import extract
from gazette.importer.rules.caption import credit_line, trailing_credit

HEAD = "Old bridge closes\n\nMarch 3, 2024"
KO_HEAD = "태풍 소멸, 남부 곳곳 피해\n\n2019-07-20 22:11"
KO_LEAD = "20일 한반도에 막대한 피해를 줄 것으로 예고된 태풍이 소멸됐다. 남부 지역에는 피해가 잇따랐다."
KO_MORE = "태풍이 지나가며 완도에서는 거센 파도가 배를 묶던 선장을 덮쳤다. 전남에서는 수천 가구가 정전됐다."


def _body(text: str) -> tuple[str, ...]:
    return extract(text).paragraphs


def test_a_caption_with_its_credit_labelled_in_brackets_is_the_caption_in_any_script():
    for line, caption, credit in (("태풍 다나스 소멸 (사진: YTN)", "태풍 다나스 소멸", "YTN"),
                                  ("서울법원종합청사(사진=뉴스토마토 DB)", "서울법원종합청사", "뉴스토마토 DB"),
                                  ("The old bridge from the river. (Credit: NASA TV)", "The old bridge from the river.",
                                   "NASA TV"),
                                  ("Le vieux pont (crédit photo : archives Télé Nord)", "Le vieux pont",
                                   "archives Télé Nord"),
                                  ("浙江多地村莊水浸。(中新社圖片)", "浙江多地村莊水浸。", "中新社圖片")):
        assert trailing_credit(line) == (caption, credit), line
    article = extract(f"{KO_HEAD}\n\n태풍 다나스 소멸 (사진: YTN)\n\n{KO_LEAD}\n\n{KO_MORE}")
    assert (article.image_caption, article.image_credit) == ("태풍 다나스 소멸", "YTN")
    assert article.paragraphs == (KO_LEAD, KO_MORE)
    # A table's title with its data's source labelled `자료` is a caption; a sentence citing its data is not.
    table = "주요 대학 수시 경쟁률 현황"
    assert trailing_credit(f"{table}(자료: 유웨이중앙교육)") == (table, "유웨이중앙교육")
    said = "올해 수시 경쟁률은 지난해보다 소폭 올랐다는 분석이 나왔다.(자료: 교육부)"
    assert said in _body(f"{KO_HEAD}\n\n{KO_LEAD}\n\n{said}\n\n{KO_MORE}")
    # Brackets with a label that is no picture's stay text.
    aside = "The council met on Monday (members: Jane Doe and John Roe) to vote on the bridge's closure."
    assert aside in _body(f"{HEAD}\n\n{LEAD}\n\n{aside}\n\n{MORE}")


def test_a_credit_line_with_its_label_in_any_script_is_the_pictures_credit():
    for line, credit in (("Image Credit: Reuters", "Reuters"), ("Photo Credit: Jane Roe", "Jane Roe"),
                         ("이미지=NEWSIS", "NEWSIS"), ("ⓒ 연합뉴스", "연합뉴스"), ("写真=共同", "共同"),
                         ("(crédit photo : archives Télé Nord)", "archives Télé Nord"),
                         ("(사진=연합뉴스)", "연합뉴스")):
        assert credit_line(line) == credit, line
    article = extract(f"{KO_HEAD}\n\n이미지=NEWSIS\n이미지=NEWSIS\n\n{KO_LEAD}\n\n{KO_MORE}")
    assert (article.image_credit, article.paragraphs) == ("NEWSIS", (KO_LEAD, KO_MORE))
    # A paper's rights notice under the same mark, a Chinese caption after `图片:` and a sentence on a photo are none.
    for line in ("ⓒ 세계일보 & Segye.com, 무단전재 및 재배포 금지", "图片:杨才珍姊妹(左边)", "사진 속 인물은 누구인가"):
        assert credit_line(line) == "", line


def test_a_labelled_credit_line_printed_under_each_picture_and_under_the_text_goes_every_time():
    lead = "L'année judiciaire a été marquée par l'explosion du trafic, et par plusieurs procès très suivis."
    more = "Une importante saisie de cocaïne a eu lieu en mai sur un voilier en provenance du Panama."
    credit = "(crédit photo : archives Télé Nord)"
    article = extract(f"Une année de justice\n\n27/12/2019\n\n{lead}\n\n{credit}\n\n{more}\n\n{credit}")
    assert (article.image_credit, article.paragraphs) == ("archives Télé Nord", (lead, more))
    # A line of text that names a photographer in brackets is no labelled credit: it stays.
    said = "(Le photographe, Jean Roe, a exposé ses images à la mairie pendant tout le mois de décembre.)"
    assert _body(f"Une année de justice\n\n27/12/2019\n\n{lead}\n\n{said}\n\n{more}") == (lead, said, more)


JA_HEAD = "南陽ひき逃げ 男逮捕\n\n2020.09.15 20:40"
JA_LEAD = "南陽市の国道で13日、大型トラックの運転手が後続の車にひき逃げされた事件で、警察は14日夜、男を逮捕した。"
JA_MORE = "警察は、男が最初の事故を起こした車も運転していた可能性があるとみて調べを進めている。"


def test_a_japanese_rights_notice_and_a_portals_expired_story_notice_are_furniture():
    notices = ("見出し、記事、写真、動画、図表などの無断転載を禁じます。", "無断転載・複製を禁じます",
               "無断転載禁止", "記事の有効期限が切れています。", "この記事の掲載期間は終了しました。",
               "This article has expired.")
    for notice in notices:
        assert _body(f"{JA_HEAD}\n\n{JA_LEAD}\n\n{JA_MORE}\n\n{notice}") == (JA_LEAD, JA_MORE), notice
    # Sentences of the news on a ban of reprints, or on an expired notice, stay text (the plain form of the verb).
    for said in ("漫画を無断転載した疑いで、警察は30代の男を逮捕した。", "国会では無断転載を禁じる法律が成立した。",
                 "市は、記事の有効期限が切れていることに気づかなかったと説明した。"):
        assert _body(f"{JA_HEAD}\n\n{JA_LEAD}\n\n{JA_MORE}\n\n{said}")[-1] == said, said


def test_a_templates_placeholder_text_is_furniture():
    lorem = ("Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut "
             "labore et dolore magna aliquyam erat, sed diam voluptua.")
    assert _body(f"{HEAD}\n\n{STORY}\n\n{lorem}") == (LEAD, MORE, LAST)
    # A sentence that quotes the placeholder's words stays text.
    said = "The designers left the words \"Lorem ipsum dolor sit amet\" on the bridge's sign, the city said."
    assert _body(f"{HEAD}\n\n{STORY}\n\n{said}")[-1] == said


def test_a_korean_portals_text_to_speech_notice_is_furniture():
    notice = "이동 통신망을 이용하여 음성을 재생하면 별도의 데이터 통화료가 부과될 수 있습니다."
    assert _body(f"{KO_HEAD}\n\n{notice}\n\n{KO_LEAD}\n\n{KO_MORE}") == (KO_LEAD, KO_MORE)
    # A sentence of the news on data charges stays text.
    said = "통신사들은 음성을 재생하면 데이터 요금이 부과될 수 있다고 안내했다."
    assert _body(f"{KO_HEAD}\n\n{KO_LEAD}\n\n{said}\n\n{KO_MORE}") == (KO_LEAD, said, KO_MORE)


def test_an_outlets_picture_credit_after_the_captions_stop_and_a_credit_labelled_twice():
    assert trailing_credit("■去年11月庭審時,死者的母親(左一)在法院門口。 網上圖片") == \
        ("■去年11月庭審時,死者的母親(左一)在法院門口。", "網上圖片")
    caption = "Der Deutsche Aktienindex (DAX) zeigt die Wertentwicklung der größten deutschen Unternehmen."
    assert trailing_credit(f"{caption} Foto: Frank Rumpenhorst/Illustration Foto: dpanitf3") == \
        (caption, "Frank Rumpenhorst/Illustration Foto: dpanitf3")
    # A sentence that speaks of pictures with no stop before them is no caption; a credit's label once is read as ever.
    assert trailing_credit("法院表示,相關圖片") is None
    assert trailing_credit(f"{caption} Foto: Frank Rumpenhorst") == (caption, "Frank Rumpenhorst")


ZH_HEAD = "2020年中国科学十大进展发布\n\n2021-03-01 09:12"
ZH_LEAD = "本报北京2月28日电(记者赵永新)科技部高技术研究发展中心27日发布了2020年度中国科学十大进展。"
ZH_MORE = "该活动已成功举办16届,旨在宣传我国重大基础研究科学进展,激励广大科技工作者的科学热情和奉献精神。"


def test_a_chinese_editors_credit_glued_after_the_last_sentence_or_the_papers_print_credit_goes():
    credit = "《 人民日报 》( 2021年03月01日 13 版)(责编:李强强、高红霞)"
    article = extract(f"{ZH_HEAD}\n\n{ZH_LEAD}\n\n{ZH_MORE}\n\n{credit}")
    assert (article.paragraphs, article.source) == ((ZH_LEAD, ZH_MORE), "人民日报")
    assert _body(f"{ZH_HEAD}\n\n{ZH_LEAD}\n\n{ZH_MORE}(责任编辑:李强)") == (ZH_LEAD, ZH_MORE)
    # Brackets that say who edited what, inside a sentence, stay text.
    said = "该书由多位学者共同完成(责编:王芳负责统稿),并于去年出版。"
    assert _body(f"{ZH_HEAD}\n\n{ZH_LEAD}\n\n{said}")[-1] == said
