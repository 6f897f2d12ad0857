"""Rules of the importer's round 21 for the body, drawn from held-out batches 17 to 23: each rule once, on
invented copy, with its look-alike that must stay as it is."""

from __future__ import annotations

import pytest

from importer_copy import LAST, LEAD, MORE, STORY

from gazette.importer import extract
from gazette.importer.rules.caption import trailing_credit

HEAD = "Old bridge closes\n\nMarch 3, 2024"
ZH_LEAD = "10月2日,延安市公安局交通警察支队通报称,1日14时许,一辆大客车在高速公路上发生侧翻。事故造成多人受伤。"
ZH_MORE = "事故发生后,当地立即启动应急预案,伤者已被送往医院救治。事故原因正在进一步调查。"
ZH_HEAD = "陕西一大客车侧翻\n\n2022-10-02 13:16"


def _body(text: str) -> tuple[str, ...]:
    return extract(text).paragraphs


def test_prompts_to_the_reader_under_the_text_are_furniture():
    for prompt in ("¿Querés recibir notificaciones de alertas?", "Do you want to receive our notifications?",
                   "Recevez les dernières nouvelles directement dans votre boîte de réception.",
                   "Get the latest headlines delivered straight to your inbox.",
                   "Inscrivez-vous à notre infolettre", "Trouvé des erreurs?Dites-nous où!", "Une faute?",
                   "Found an error? Let us know", "Find article here.", "Vea los detalles en esta nota:"):
        assert _body(f"{HEAD}\n\n{STORY}\n\n{prompt}")[-1] == LAST, prompt
    # Sentences of a story that speak of alerts, inboxes, errors or articles stay text.
    for said in ("Residents who want to receive alerts can sign up at the town hall, the mayor said.",
                 "The letters went straight to your inbox, the company told customers in an e-mail.",
                 "Found an error in the count? Officials said a recount would start on Monday.",
                 "Find the article here, the judge told the clerk, pointing to the file on the desk."):
        assert "\n".join(_body(f"{HEAD}\n\n{STORY}\n\n{said}")).endswith(said), said


def test_a_chinese_sites_app_prompt_plea_for_donations_and_address_in_brackets_are_furniture():
    for line in ("观察者APP,更好阅读体验", "如果您喜欢本文章,欢迎捐款和支持!", "(http://www.dajiyuan.com)"):
        assert _body(f"{ZH_HEAD}\n\n{ZH_LEAD}\n\n{ZH_MORE}\n\n{line}")[-1] == ZH_MORE, line
    # A sentence about an app or about donations stays text.
    said = "如果您喜欢本文章,请告诉朋友,一位读者说。该公司表示,新版APP的阅读体验更好,用户数增长了一倍。"
    assert _body(f"{ZH_HEAD}\n\n{ZH_LEAD}\n\n{ZH_MORE}\n\n{said}")[-1] == said


def test_a_triangle_caption_under_the_headline_printed_again_is_the_caption():
    lead = "국내에서 코로나19 확진자가 76명 증가했다. 구로 콜센터 집단감염 영향으로 수도권에서 22명이 늘었다."
    more = "이날 0시 기준 코로나19 확진자가 전날 0시보다 76명 증가했다."
    title = "국내 코로나19 하루 확진 76명 증가"
    for label in (title, f"{title}-비즈니스포스트"):
        article = extract(f"{title}\n\n2020-03-15 12:04\n\n{lead}\n\n{label}\n\n"
                          f"▲ 3일 선별진료소에 의료진이 들어가고 있다.\n\n{more}")
        assert article.image_caption == "3일 선별진료소에 의료진이 들어가고 있다."
        assert article.paragraphs[-1] == more and label not in article.paragraphs
    # Under a subhead that is not the headline, a line marked so stays (a list's item, a subhead's note).
    article = extract(f"{title}\n\n2020-03-15 12:04\n\n{lead}\n\n수도권 현황\n\n▲ 서울 9명 경기 11명\n\n{more}")
    assert article.image_caption == "" and "▲ 서울 9명 경기 11명" in article.paragraphs


def test_a_caption_with_its_agencys_credit_in_brackets_over_the_lead_is_the_caption():
    caption = "Crews work at the scene of a crash along Highway 50 in Yankton, S.D., Wednesday, May 10, 2023."
    for credit in ("Kelly Hertz/Yankton Press & Dakotan via AP", "Photo by Jane Roe/SEPA.Media /Getty Images",
                   "AP Photo/Jose Luis Magana, File"):
        article = extract(f"{HEAD}\n\n{caption} ({credit})\n\n{STORY}")
        assert (article.image_caption, article.image_credit, article.paragraphs[0]) == (caption, credit, LEAD)
    # The photographer's credit printed again under the caption goes with it.
    article = extract(f"{HEAD}\n\n{caption} (Photo by Jane Roe/Getty Images)\nJane Roe/Getty Images\n\n{STORY}")
    assert (article.image_credit, article.paragraphs[0]) == ("Photo by Jane Roe/Getty Images", LEAD)
    lead = "北海道で6日未明に発生した地震は、厚真町で最大震度7を観測した。政府は7人の死亡を確認した。"
    photo = "9月6日、北海道で震度6強の揺れを観測した。写真は菅官房長官。2017年7月撮影"
    ja = extract(f"北海道で震度7\n\n2018年09月06日 17時21分\n\n{photo}(2018年 ロイター/Toru Hanai)"
                 f"\n\n{lead}\n\n停電は一部で解消しつつある。")
    assert (ja.image_caption, ja.image_credit) == (photo, "2018年 ロイター/Toru Hanai")
    # A sentence closing with people's and offices' names between slashes in brackets names no agency: it stays.
    said = ("The mayor said the bridge would reopen in May, the city reported. "
            "(Jane Doe/Yankton County Department of Roads and Bridges)")
    article = extract(f"{HEAD}\n\n{said}\n\n{STORY}")
    assert article.image_caption == "" and said in (article.summary, *article.paragraphs)


def test_a_pictures_line_with_bbcs_hidden_labels_is_the_caption_and_its_video_notice_is_furniture():
    caption = "La luminosité de l'objet fluctue à intervalles réguliers, ce qui suggère qu'il est en rotation."
    video = ("Pour regarder ce contenu, veuillez activer JavaScript ou essayer un autre navigateur. Légende vidéo, "
             "Qui gagnera la nouvelle course spatiale?")
    lead = "Il a émergé du vide céleste en octobre 2017, une minuscule tache brillante sur le télescope."
    more = "Deux choses en particulier ont frappé les scientifiques, qui l'ont observé pendant des semaines."
    article = extract(f"Les visiteurs de l'espace\n\n7 mai 2025\n\nCrédit photo, Getty Images Légende image, "
                      f"{caption}\n\n{lead}\n\n{more}\n\n{video}")
    assert (article.image_caption, article.image_credit, article.paragraphs) == (caption, "Getty Images", (lead, more))
    picture = "Image source, Reuters Image caption, The bridge in 2012"
    english = extract(f"{HEAD}\n\n{LEAD}\n\n{picture}\n\n{MORE}\n\n{LAST}")
    assert (english.image_caption, english.image_credit) == ("The bridge in 2012", "Reuters")
    assert english.paragraphs == (LEAD, MORE, LAST)
    # A sentence that opens with the same word is text.
    said = "Crédito, dijo el banco, no habrá para las empresas que no paguen sus deudas antes de junio."
    assert said in extract(f"Sin crédito\n\n7 mayo 2025\n\n{said}\n\n{STORY}").paragraphs


def test_a_french_papers_paywall_notice_ends_the_copy():
    paywall = ("...pour lire la suite, rejoignez notre communauté d'abonnés\n\n"
               "et accédez à l'intégralité de nos articles sur le site et l'application mobile\n\n"
               "à partir de 1 € le 1er mois, sans engagement de durée")
    lead = "De retour d'une sortie scolaire, un car transportant 45 collégiens est entré en collision avec une voiture."
    article = extract(f"Un car scolaire percute une voiture\n\n26 janv. 2018\n\n{lead}\n\n{paywall}")
    assert article.paragraphs == (lead,)
    # A sentence that tells the reader where to read on stays text.
    said = "Pour lire la suite de son récit, il faudra attendre le second tome, qui paraîtra en mars."
    assert extract(f"Un livre\n\n26 janv. 2018\n\n{lead}\n\n{said}").paragraphs[-1] == said


def test_lines_of_bars_dashes_or_marks_alone_are_furniture_but_a_codes_bracket_stays():
    for marks in ("|", "—", "' '", "◇     ◇     ◇", "___"):
        assert marks not in _body(f"{HEAD}\n\n{LEAD}\n\n{marks}\n\n{MORE}\n\n{LAST}"), marks
    code = "The file reads:\n\n{\n\n\"name\": \"bridge\"\n\n}"
    assert "}" in _body(f"{HEAD}\n\n{LEAD}\n\n{code}\n\n{LAST}")


def test_a_caption_printed_twice_on_two_lines_is_the_caption():
    caption = "Enseignants et personnels, réunis autour du proviseur, mercredi lors de la prérentrée, à Autun."
    lead = "Les personnels de tous les établissements scolaires ont effectué leur prérentrée mercredi."
    more = "Pour les collèges, concernés par une vaste réforme, les changements sont profonds cette année."
    twice = f"{caption}  Photo Damien VALETTE\n{caption} Photo Damien VALETTE"
    article = extract(f"Les collèges à l'heure d'une refondation\n\n01 sept. 2016\n\n{lead}\n\n{twice}\n\n{more}")
    assert (article.image_caption, article.image_credit) == (caption, "Damien VALETTE")
    assert article.paragraphs == (lead, more)
    photo = "民家で不明者を捜索する隊員ら=北九州市門司区で2018年7月7日午前8時34分、本社ヘリから上入来尚撮影"
    lead = "活発な梅雨前線による記録的な大雨は7日午前も続いた。西日本を中心に河川の氾濫が相次いだ。"
    ja = extract(f"西日本豪雨 9人死亡\n\n2018年7月7日 11時00分\n\n{photo}\n{photo}\n\n{lead}\n\n"
                 "気象庁は警戒を呼びかけた。")
    assert (ja.image_credit, ja.paragraphs[0]) == ("上入来尚", lead)
    # A line printed twice with no credit nor a caption's mark is no caption: it stays text.
    article = extract(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n{MORE}\n\n{LAST}")
    assert article.image_caption == "" and any(MORE in p for p in article.paragraphs)


def test_a_photos_label_before_its_agency_is_no_part_of_the_caption():
    caption = "La sortie de route du car a été amortie du fait que le véhicule s'est couché dans un champ humide."
    lead = "De retour d'une sortie scolaire, un car transportant 45 collégiens a percuté une voiture."
    article = extract(f"Un car scolaire percute une voiture\n\n26 janv. 2018 à 05:00\n\n{caption}  Photo AFP\n"
                      f"{caption} Photo AFP\n\n{lead}\n\nSelon les premiers éléments, personne n'est blessé gravement.")
    assert (article.image_caption, article.image_credit) == (caption, "AFP")


def test_a_korean_triangle_caption_with_its_photographer_after_the_stop():
    lead = "제18대 대통령 선거 개표가 19일 오후 6시부터 전국 252개 개표소에서 일제히 시작됐다."
    more = "오후 7시 10분 기준 개표율 0.07%를 기록하고 있는 가운데 피말리는 개표 드라마의 서막이 올랐다."
    photo = "▲ 제18대 대통령선거 개표상황이 진행되고 있다. 전영기 기자 |"
    article = extract(f"대선 개표 시작\n\n2012.12.19 19:10\n\n{lead}\n\n{photo}\n\n{more}\n\n{more}")
    assert (article.image_caption, article.image_credit) == ("제18대 대통령선거 개표상황이 진행되고 있다.",
                                                             "전영기 기자")


def test_a_credits_label_inside_its_brackets_and_a_chinese_pictures_source_label_are_no_part_of_the_credit():
    assert trailing_credit("Zwei Güterzüge sind am 17.11.2022 nahe Gifhorn kollidiert.(Quelle:dpa/F.M.Lopez)") == (
        "Zwei Güterzüge sind am 17.11.2022 nahe Gifhorn kollidiert.", "dpa/F.M.Lopez")
    assert trailing_credit("TOI 700 d與TESS的想像圖 圖片來源:NASA") == ("TOI 700 d與TESS的想像圖", "NASA")
    # A date line's source label names the article's source, not a picture's.
    assert trailing_credit("2019-09-17 07:42 來源: 新華社") is None


def test_a_caption_that_says_what_its_picture_shows_and_a_slideshows_captions_are_out_of_the_text():
    zh_lead = "广东省气象台消息,今年第22号台风“山竹”已于16日17时在广东江门台山市登陆,登陆时为强台风级。"
    more = "广东省防总最新统计,截至16日17时,全省累计转移人员245万多人。"
    head = "强台风“山竹”登陆广东\n\n2018年9月17日"
    article = extract(f"{head}\n\n{zh_lead}\n\n{more}\n\n图为9月16日在珠海市情侣路拍摄的风浪。")
    assert (article.image_caption, article.paragraphs[-1]) == ("图为9月16日在珠海市情侣路拍摄的风浪。", more)
    photo = "札幌市民も停電に見舞われ不安な朝を迎えた。(写真は6日朝の札幌市内コンビニエンスストア)"
    lead = "9月6日午前3時8分ごろに北海道胆振地方中東部を震源とした地震は、厚真町で最大震度7と判明した。"
    article = extract(f"全域で大規模停電\n\n2018.09.07\n\n{lead}\n\n{photo}\n\n経済活動への影響が懸念される。")
    assert article.image_caption == photo and photo not in article.paragraphs
    shows = "日本の神奈川県箱根町でパフォーマンスを披露する雑技団のメンバー。"
    lead = "今年で四回目となる中日文化交流イベントが日本の神奈川県箱根町で開幕した。新華網が伝えた。"
    article = extract(f"中秋節in箱根\n\n2016年09月08日13:50\n\n{shows}\npre\nnext\n\n{lead}\n\n"
                      "同イベントは観光局の主催。")
    assert (article.image_caption, article.paragraphs[0]) == (shows, lead)
    # Running text that speaks of a picture without opening with `图为` stays.
    said = "记者看到,图为当地居民提供的照片显示,海面已被雾气笼罩。"
    assert said in extract(f"{head}\n\n{zh_lead}\n\n{said}\n\n{more}").paragraphs


def test_a_caption_printed_again_with_its_credit_after_a_dash_is_the_caption():
    caption = "Illustration d'une école primaire, ici en Ille-et-Vilaine."
    lead = "Au niveau démographique, le fossé se creuse entre l'Ille-et-Vilaine et le reste de la Bretagne."
    more = "Seul le département d'Ille-et-Vilaine voit à nouveau ses effectifs augmenter dans le premier degré."
    credited = f"{caption} — C. Allain / APEI / 20 Minutes"
    article = extract(f"Les écoles se vident\n\n28 août 2018\n\n{caption}\n{credited}\n\n{lead}\n\n{more}")
    assert (article.image_caption, article.image_credit) == (caption, "C. Allain / APEI / 20 Minutes")
    assert article.paragraphs == (lead, more)
    # A second printing that goes on with a sentence after the dash is text.
    said = f"{caption} — Les effectifs y augmentent encore, selon le rectorat."
    assert extract(f"Les écoles se vident\n\n28 août 2018\n\n{caption}\n\n{said}\n\n{lead}").image_caption == ""



def test_an_app_install_box_and_a_link_to_more_stories_under_the_text_are_furniture():
    box = ("Get the news faster.\nTap to install our app.\nInstall the Newser News app\nin two easy steps:\n"
           "1. Tap in your navigation bar.\n2. Tap to Add to Home Screen.")
    assert _body(f"{HEAD}\n\n{STORY}\n\n(More bridge closure stories.)\n\n{box}")[-1] == LAST
    # A paragraph of running text that speaks of an app stays.
    said = ("The city asked drivers to install the transit app before Monday.\nIt shows detours and the new bus "
            "routes that will replace the bridge crossing for at least a year, officials said.")
    assert "\n".join(_body(f"{HEAD}\n\n{STORY}\n\n{said}")).endswith(said)


def test_a_caption_over_its_photographers_credit_line_and_the_gallerys_other_pictures():
    caption = "En la cueva de Chiquihuite, los investigadores llevan equipo de protección."
    lead = "Este año se ha publicado un frenesí de noticias sin precedentes, y muchas pasaron sin ser vistas."
    more = "Echamos la vista atrás con diez avances importantes que quizá te hayas perdido este año."
    other = "Las ráfagas de polvo de las estrellas envejecidas son una fuente posible de los granos antiguos."
    head = "10 descubrimientos de 2020\n\nPublicado 4 dic 2020, 14:24 CET"
    article = extract(f"{head}\n\n{caption}\n\nFotografía de Devlin Gandy\n\n{lead}\n\n{more}\n\n{other}\n\n"
                      "Fotografía de NASA, W. Sparks (STScI)")
    assert (article.image_caption, article.image_credit, article.paragraphs) == (caption, "Devlin Gandy", (lead, more))
    # A file photo's label is no photographer's credit, and a last paragraph over a credit of another form stays.
    article = extract(f"{head}\n\n{caption}\n\nFoto de archivo\n\n{lead}\n\n{more}")
    assert article.image_credit != "archivo"
    assert LAST in extract(f"{HEAD}\n\n{STORY}\n\nPhotograph by Jane Roe").paragraphs


def test_notices_labels_and_a_picture_agencys_slug_are_furniture():
    ko_lead = "김 당선자는 내년 1월1일부터 2년간 기자협회 회장으로 활동한다. 그는 스포츠팀장으로 재직 중이다."
    ko_more = "김 당선자는 한겨레신문 법조팀과 정당팀을 거쳤다. 기자협회는 9일 선거 결과를 발표했다."
    notice = "<ⓒ경제를 보는 눈, 세계를 보는 창 아시아경제(www.asiae.co.kr) 무단전재 배포금지>"
    for line in (notice, "[STN SPORTS 바로가기]"):
        assert _body(f"기자협회장 당선\n\n2019.12.09 19:40\n\n{ko_lead}\n\n{ko_more}\n\n{line}")[-1] == ko_more, line
    for line in ("More Sports Headlines", "ATHLETICS-USA-MARATHON-BOSTON",
                 "Para estar siempre al día con lo último en noticias, suscríbete a nuestro Canal de WhatsApp."):
        assert line not in _body(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MORE}\n\n{LAST}"), line
    lead = "Vor dem Landgericht Tübingen ist ein Prozess geplatzt, weil eine Schöffin fehlte, teilte das Gericht mit."
    assert _body(f"Prozess geplatzt\n\n21.07.2022\n\n{lead}\n\n92% des Artikels sind noch verdeckt.") == (lead,)
    # A place's name in capitals joined by hyphens is no slug, and a sentence about a channel stays.
    assert extract(f"{HEAD}\n\nBRETIGNY-SUR-ORGE\n\n{STORY}").dateline == "BRETIGNY-SUR-ORGE"
    said = "Para estar al día, el municipio abrió un canal de WhatsApp con los vecinos, dijo el alcalde."
    assert said in _body(f"{HEAD}\n\n{LEAD}\n\n{said}\n\n{LAST}")


def test_a_chinese_texts_editor_credit_and_a_qr_prompt_under_it_are_furniture():
    for line in ("【我要糾錯】責任編輯:雷麗娜", "(责编:李强强、高红霞)", "掃一掃在手機打開當前頁"):
        assert _body(f"{ZH_HEAD}\n\n{ZH_LEAD}\n\n{ZH_MORE}\n\n{line}")[-1] == ZH_MORE, line
    # A sentence naming an editor stays.
    said = "责任编辑:王明表示,稿件已经核实,相关报道将继续跟进。"
    assert _body(f"{ZH_HEAD}\n\n{ZH_LEAD}\n\n{ZH_MORE}\n\n{said}")[-1] == said


def test_another_pictures_caption_credited_to_the_same_agency_goes_too():
    first = ("Von diesem Auto in einer überfluteten Garage ist nur noch das Dach zu sehen. (14. Juli 2021) Foto: "
             "David Young (Keystone)")
    lead = "Bei einem Rettungseinsatz ist am Mittwoch in Altena ein 46-jähriger Feuerwehrmann ums Leben gekommen."
    more = "Das Tief «Bernd» soll auch in den kommenden Tagen teils heftige Niederschläge bringen, hieß es."
    other = "Die Stadt Hagen wurde besonders schwer getroffen. (14. Juli 2021) Foto: Alex Forstreuther (Keystone)"
    article = extract(f"Feuerwehrmann stirbt\n\n14.07.2021\n\n{lead}\n\n{first}\n\n{more}\n\n{other}")
    assert article.image_credit == "David Young (Keystone)" and article.paragraphs[-1] == more
    # A sentence ending with another agency's tag in brackets is the text's own.
    said = "Die Stadt Hagen wurde besonders schwer getroffen, teilte die Feuerwehr mit. (dpa)"
    article = extract(f"Feuerwehrmann stirbt\n\n14.07.2021\n\n{lead}\n\n{first}\n\n{more}\n\n{said}")
    assert article.paragraphs[-1] != more


@pytest.mark.usefixtures("rules_alone")
def test_a_pictures_labelled_credit_under_the_text_and_a_wires_dateline_alone_over_the_lead():
    lead = "MOA美術館で開かれている特別展の入館者が2月18日、3万人を突破した。1日2000人のペースで入館者を重ねた。"
    article = extract(f"光琳二大国宝展、来場3万人突破\n\n2019年2月19日\n\n{lead}\n写真=MOA美術館")
    assert (article.image_credit, article.paragraphs) == ("MOA美術館", (lead,))
    # A sentence of the text that speaks of a photo after a colon is no credit line.
    said = "Foto: Das Museum zeigte die Bilder erstmals im Jahr 1990."
    article = extract(f"Museum zeigt Bilder\n\n19.02.2019\n\n{LEAD}\n{said}")
    assert article.image_credit == "" and said in article.paragraphs[-1]
    article = extract(f"Storms kill at least 20\n\nMarch 3, 2012\n\nHENRYVILLE, Ind.\n\n{STORY}")
    assert (article.dateline, article.paragraphs[0]) == ("HENRYVILLE, Ind.", LEAD)
    # A short sentence over the lead is no dateline.
    article = extract(f"Storms kill at least 20\n\nMarch 3, 2012\n\nIt was over.\n\n{STORY}")
    assert article.dateline == "" and "It was over." in (article.summary, *article.paragraphs)


def test_a_polls_question_a_share_bars_labels_and_a_portals_tag_links_are_furniture():
    for line in ("이 기사 어때요?", "Was this article helpful?", "¿Te ha gustado este artículo?", "commentaires",
                 "likes", "ici", "「企画展」でほかの記事を検索 「県立近代美術館」でほかの記事を検索",
                 "記事が削除される等の理由で、リンク切れとなる場合があります。ご了承下さい。"):
        assert line not in _body(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MORE}\n\n{LAST}"), line
    # A question of the text about an article stays.
    said = "Was this article helpful to the defence? The judge said it was not, and the trial went on."
    assert said in _body(f"{HEAD}\n\n{LEAD}\n\n{said}\n\n{LAST}")


def test_a_sentence_with_a_feeds_stray_mark_after_its_stop_is_text():
    lead = "Los autores de los atentados de Madrid fueron condenados a penas de miles de años de cárcel.>"
    last = "El juicio se inició el 18 de octubre de 2005.>"
    article = extract(f"Penas para el 11-M\n\n11 de abril de 2007\n\n{lead}\n\n{MORE}\n\n{last}")
    assert article.paragraphs[-1] == last
    # A link's arrow after a label with no stop is no sentence's end.
    assert extract(f"{HEAD}\n\n{STORY}\n\nMore news >").paragraphs[-1] == LAST


def test_a_paywalls_box_laid_over_the_whole_text_goes_and_the_text_stays():
    box = ("Contenido no disponible con tu suscripción actual\nExclusivo para suscripción digital de pago\n"
           "Si ya tenés una cuenta\nPara seguir leyendo ingresá o suscribite\nSi ya tenés una cuenta")
    deck = "Entregados los premios Nobel de ciencia, repasamos aquí los trabajos por los que fueron galardonados."
    text = " ".join([LEAD, MORE, LAST, LEAD, MORE])
    article = extract(f"Lo que dejaron los Nobel\n\n9 de octubre de 2023\n\n{deck}\n\n{box}\n\nEditar\n\n{text}")
    assert article.paragraphs[-1] == text and not any("suscripción" in p for p in article.paragraphs)
    # Under a text the paywall cut, with no text under it, the notice ends the copy: what follows it goes.
    article = extract(f"Lo que dejaron los Nobel\n\n9 de octubre de 2023\n\n{deck}\n\n{LEAD}\n\n{box}\n\n{MORE}")
    assert MORE not in article.paragraphs


def test_a_blogs_heading_of_its_categorys_other_posts_an_empty_comment_count_and_a_feeds_trailer_end_the_text():
    ko_lead = "수도권 기초단체장 선거에서 민주당이 압승을 거뒀다. 서울 25개 구청장 가운데 24곳에서 이겼다."
    ko_more = "인천 기초단체장 10곳 가운데 민주당이 9곳에서 승리했다고 선관위가 밝혔다."
    other = "[선거] \"이번 선거 프레임 안 먹혔다\" - MBC (0) | 2018.06.14 |"
    heading = "'시사' 카테고리의 다른 글"
    article = extract(f"수도권 민주당 압승\n\n2018.06.14 07:54\n\n{ko_lead}\n\n{ko_more}\n\n{heading}\n{other}")
    assert article.paragraphs[-1] == ko_more
    assert _body(f"{HEAD}\n\n{STORY}\n\nNo comments:")[-1] == LAST
    lead = "サッカーのスペイン国王杯は3日、セビリアで決勝を行い、レアル・ソシエダがビルバオを1─0で下した。"
    more = "ビルバオは国王杯決勝では5連敗。4月17日の決勝でバルセロナと対戦する。"
    trailer = "からの記事と詳細 ( サッカー=スペイン国王杯決勝、ソシエダが優勝 - ロイター (Reuters Japan) )"
    assert extract(f"ソシエダが優勝\n\n2021年4月4日\n\n{lead}\n\n{more}\n\n{trailer}").paragraphs[-1] == more


def test_a_korean_portals_provider_label_and_article_list_links_are_furniture():
    lead = "내셔널축구선수권대회가 예선부터 치열한 다툼을 펼치고 있다. 부산교통공사가 천안시청을 3대1로 꺾었다."
    more = "A조 4개 팀은 1승 1패를 기록하면서 4강행은 25일 예선 3차전에서 결정될 전망이다."
    labels = "기사제공 : STN\nSTN 기사 목록\n축구 기사 목록위로"
    article = extract(f"A조 모두 동률\n\n2019-05-24 09:28\n\n{lead}\n\n{more}\n\n{labels}")
    assert article.paragraphs[-1] == more
    # A sentence about a list of articles stays.
    said = "기사 목록은 협회 누리집에서 볼 수 있다고 연맹은 밝혔다."
    assert extract(f"A조 모두 동률\n\n2019-05-24 09:28\n\n{lead}\n\n{said}").paragraphs[-1] == said


def test_a_dw_caption_with_its_source_label_glued_under_its_alt_text_and_a_headline_label_over_a_credit():
    zh_caption = "高瑜 (资料图片)"
    lead = "周五当地时间上午9时许,北京第三中级人民法院宣布高瑜因为境外非法提供国家秘密罪被判7年有期徒刑。"
    more = "高瑜的律师表示,高瑜将提出上诉。她在法庭上表示自己无罪。"
    picture = f"Gao Yu\n{zh_caption}图像来源: imago/Kyodo News"
    article = extract(f"高瑜一审被判7年\n\n2015年4月17日\n\n{picture}\n\n{lead}\n\n{more}")
    assert (article.image_caption, article.image_credit, article.paragraphs) == (
        zh_caption, "imago/Kyodo News", (lead, more))
    title = "Début d'une saison compliquée pour les pompiers"
    lead = "Encore une dure journée pour les pompiers. Ils combattaient le feu sur tous les fronts hier dans le Gard."
    last = "Deux cents hectares sont partis en fumée dans le département, selon les pompiers du Gard."
    article = extract(f"{title}\n\n14 juin 2022 à 11h39\n\n{lead}\n\n{last}\n\n{title}\nCrédit : Maxime Tilliette")
    assert (article.image_credit, article.paragraphs[-1]) == ("Maxime Tilliette", last)
    # A line that is not the headline over a credit line stays (a subhead over the text's own credit).
    article = extract(f"{title}\n\n14 juin 2022 à 11h39\n\n{lead}\n\nLes renforts\nCrédit : Maxime Tilliette\n\n{last}")
    assert "Les renforts" in "\n".join(article.paragraphs)


@pytest.mark.usefixtures("rules_alone")  # (its text ends in four sentences of two or three words)
def test_a_gallerys_run_of_short_captions_goes_and_a_bullet_is_no_part_of_a_caption():
    gallery = "\n\n".join(["El lugar del accidente.", "Las imágenes del accidente."] * 2 + ["Los agentes fallecidos."])
    lead = "Seis personas han fallecido esta madrugada cuando un camión ha arrollado un control en la AP-4."
    more = "Somnolencia o despiste es la causa principal que se baraja en el accidente, según la Guardia Civil."
    head = "Prisión para el camionero que arrolló un control\n\n14 de mayo de 2019"
    article = extract(f"{head}\n\n{lead}\n\n{more}\n\n{gallery}\n\n{more}")
    assert article.paragraphs == (lead, more)  # (the paragraph printed again under the gallery goes too)
    # Short sentences of the text that do not repeat stay.
    said = "Nadie respondió.\n\nEl camión siguió.\n\nLuego paró."
    article = extract(f"{head}\n\n{lead}\n\n{more}\n\n{said}\n\n{more}")
    assert "El camión siguió." in article.paragraphs
    assert trailing_credit("• Landgericht Leipzig © dpa") == ("Landgericht Leipzig", "dpa")


def test_a_ranking_of_other_stories_under_the_text_goes_but_a_list_of_finished_sentences_stays():
    lead = "石川県能登地方で最大震度5強を観測した地震について、気象庁は20日に記者会見を開いた。"
    more = "官房副長官は「原子力施設については異常はないとの報告を受けている」と述べた。"
    ranking = "1. スタバの新作が販売開始!評判は…?\n\n2. 名脇役の俳優が死去 69歳\n\n3. トレンド入りでネット騒然"
    assert extract(f"能登で震度5強\n\n2021年9月16日\n\n{lead}\n\n{more}\n\n{ranking}").paragraphs[-1] == more
    points = "1. Close the bridge to traffic.\n\n2. Repair the two piers.\n\n3. Reopen it in a year."
    assert extract(f"{HEAD}\n\n{STORY}\n\n{points}").paragraphs[-1] == "3. Reopen it in a year."


def test_an_agencys_long_rights_notice_in_one_paragraph_is_furniture_and_no_caption():
    notice = ("Tous droits de reproduction et de représentation réservés.© 2024 - Agence France-Presse. Toutes les "
              "informations (texte, photo, vidéo) reproduites dans cette rubrique sont protégées par la législation.")
    lead = "Lille, qui est parvenu à s'imposer à Nîmes (3-2) en infériorité numérique, reste en tête du championnat."
    more = "Les Nordistes ont fait la différence en fin de match grâce à un but de leur attaquant, selon l'AFP."
    article = extract(f"Ligue 1: Lille s'impose à Nîmes\n\n05 février 2019 06:50\n\n{notice}\n\n{lead}\n\n{more}")
    assert (article.paragraphs[0], article.image_caption) == (lead, "")
    # A sentence about reproduction rights stays.
    said = "Tous droits de reproduction réservés, a rappelé l'avocat du club, qui a porté plainte contre le site."
    assert said in extract(f"Ligue 1\n\n05 février 2019 06:50\n\n{lead}\n\n{said}\n\n{more}").paragraphs


def test_a_links_label_with_its_double_arrow_is_furniture():
    for label in ("そのほかの選挙を探すには選挙検索をご利用ください>>", "Lire la suite >>", "進入[中國新聞]>>"):
        assert label not in _body(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{label}\n\n{LAST}"), label
    # A quotation closing with its guillemet is no arrow: it stays.
    said = "Le maire a conclu sa déclaration devant le conseil : « Nous rouvrirons le pont »"
    lead = "Le conseil a voté lundi la fermeture du vieux pont après la découverte de fissures."
    assert said in _body(f"Le pont ferme\n\n3 mars 2024\n\n{lead}\n\n{said}\n\nLe pont voyait passer 20 000 voitures.")


def test_a_caption_that_says_what_its_picture_shows_amid_the_text_is_another_pictures():
    # (a saved page's extracted text may have lost the lead picture's caption: the first `图为` left is a later one)
    paragraphs = ["广东省气象台消息,今年第22号台风“山竹”已于16日17时在广东江门台山市登陆。",
                  "登陆时为强台风级,中心附近最大风力14级。",
                  "广东省防总最新统计,截至16日17时,全省累计转移人员245万多人。",
                  "图为李博灏在瑞士日内瓦联合国欧洲总部的近影。",
                  "广东省气象台预计,“山竹”将以25到30公里的时速向西偏北方向移动。"]
    article = extract("强台风“山竹”登陆广东\n\n2018年9月17日\n\n" + "\n\n".join(paragraphs))
    assert article.image_caption == ""
    assert paragraphs[3] not in article.paragraphs
