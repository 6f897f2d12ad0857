"""Rules drawn from held-out batch 13 (round 14): each rule once, on invented copy, with its
look-alike that must stay as it is."""

from __future__ import annotations

from gazette.importer import extract
from gazette.importer.rules.byline import reporter_line
from gazette.importer.rules.caption import dashed_photographer_credit
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


ES_LEAD = ("El Ayuntamiento ha aprobado este lunes el cierre del puente viejo al tráfico después de que los "
           "técnicos encontraran grietas en dos de sus pilares.")
ES_MORE = "Las obras durarán un año y costarán unos cuatro millones de euros, según ha informado el consistorio."


def test_a_photos_line_with_its_photographer_and_agency_after_dashes_is_caption_and_credit_never_headline():
    photo = "Archivo - Imagen del puente viejo, en Santander. - Ana López Ruiz - Europa Press - Archivo"
    article = extract(f"{photo}\n\n{ES_LEAD}\n\n{ES_MORE}")
    assert article.title == "" and article.source == ""  # no headline, and `Archivo` is no source
    assert article.image_caption == "Imagen del puente viejo, en Santander."
    assert article.image_credit == "Ana López Ruiz - Europa Press - Archivo"
    assert article.paragraphs == (ES_LEAD, ES_MORE)
    plain = extract(f"El puente viejo cierra al tráfico\n\nLa alcaldesa, en el pleno. - Ana López - Europa Press"
                    f"\n\n{ES_LEAD}\n\n{ES_MORE}")
    assert plain.title == "El puente viejo cierra al tráfico"
    assert (plain.image_caption, plain.image_credit) == ("La alcaldesa, en el pleno.", "Ana López - Europa Press")
    # Look-alikes: a headline with its writer and wire after dashes has no stop and no archive's label;
    # a caption's agency must be one, and its photographer a name.
    assert dashed_photographer_credit("Sánchez gana la votación - Pedro García - Reuters") is None
    assert dashed_photographer_credit("Imagen del puente, en Santander. - Ana López - Mi Blog") is None
    assert dashed_photographer_credit("Imagen del puente. - el pleno municipal - Europa Press") is None
