"""Images, captions and credits."""

from __future__ import annotations

import re

from gazette.importer.rules.source import (
    CLOSING_TAG,
    is_title_case_name,
    known_agency,
    looks_like_outlet,
    trailing_label,
)
from gazette.importer.rules.text import RIGHTS_WORDS, is_prose, no_space_share

IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "webp", "avif", "svg")

_IMAGE_NAME = re.compile(rf"^(?![./])[\w.\-/]+\.(?:{'|'.join(IMAGE_EXTENSIONS)})$", re.IGNORECASE)
_IMAGE_URL = re.compile(rf"^https?://\S+?\.(?:{'|'.join(IMAGE_EXTENSIONS)})(?:[?#]\S*)?$", re.IGNORECASE)
_URL = re.compile(r"^https?://[^\s/?#]+\S*$", re.IGNORECASE)
_CREDIT = re.compile(
    r"^(?P<caption>.*?)[\s(\[]*\b(?:PHOTO CREDIT|Photo credit|PHOTOGRAPH|Photograph|PHOTO|Photo|PICTURE|Picture"
    r"|IMAGE|Image|CREDIT|Credit)\s*:\s*(?P<credit>[^()\[\]:]{1,60}?)[)\]]?$"
)


def is_image_line(line: str) -> bool:
    return bool(_IMAGE_NAME.match(line) and ".." not in line.split("/")) or bool(_IMAGE_URL.match(line))


def parse_credit(paragraph: str) -> tuple[str, str] | None:
    """(caption, credit) from a paragraph ending in `PHOTO: X`, `Credit: X`, ...; else None."""
    match = _CREDIT.match(" ".join(paragraph.split()))
    if not match:
        return None
    caption, credit = match.group("caption").strip(), match.group("credit").strip()
    if not credit or ". " in credit or (caption and not caption.endswith((".", "!", "?", ")", "”", '"', "’"))):
        return None
    return caption, credit



# --- captions and credits of real copy ----------------------------------------------------

#: Photo libraries, which credit pictures and no text: a credit naming one is a picture's.
_PHOTO_LIBRARIES = (r"iStock|Getty Images|Shutterstock|123RF|Alamy|Pexels|Unsplash|Pixabay|Dreamstime|Depositphotos"
                    r"|Adobe Stock")

#: A picture's label before its credit inside brackets at a caption's end (`(Photo: X)`, `(사진=X)`, `(Credit: X)`,
#: `(crédit photo : X)`); the credit is the picture's by its label, whatever it names.
BRACKET_PHOTO_LABEL = (r"(?:Photos?|Fotos?|Image|Credit|Photo credit|Cr[ée]dits?(?: photos?)?|Crédito|사진|이미지"
                       r"|写真|照片|图片|圖片)")

_TRAILING_CREDITS = (
    # a photographer and the agency in brackets after a slash: "… del Consejo de Ministros. / Chema Moya (EFE)"
    re.compile(r"^(?P<caption>.{20,}?[.!?])\s+/\s+(?P<credit>[^/()]{3,40}\((?:EFE|AFP|AP|Reuters|EP|Europa Press"
               r"|dpa|ANSA|Lusa|Xinhua|Getty Images)\))$"),
    re.compile(r"^(?P<caption>.+?)\s*\(\s*©?\s*\(?(?P<credit>(?:AP|AFP|Reuters|EPA|Getty|Yonhap|EFE|dpa)[^()]*)\)+$",
               re.IGNORECASE),
    re.compile(r"^(?P<caption>.+?[.!?])\s*\((?P<credit>[^()]{2,40})\)$"),
    # a Korean photo's label, no sentence, its photographer or its giver in square brackets, as Yonhap prints it
    # under a picture: `부산 대피-1 [박창수 기자]`, `포항 대피 [독자 제공]` (a sentence closed so is the text's own
    # credit: `…발표한다. [비즈니스포스트 이정은 기자]`)
    re.compile(r"^(?P<caption>[^.。!?\[\]]{2,60}?[^\s.。!?])\s*[\[［](?P<credit>[가-힣]{2,4}\s?기자"
               r"|[^\[\]［］]{2,15}?\s?제공)[\]］]$"),
    # a Taiwanese caption's credit in brackets, the picture taken from a screen or a source:
    # `…颱風警報(翻攝自中央氣象局)`, `…現場(翻攝畫面)`
    re.compile(r"^(?P<caption>.{3,}?[^\s(（])\s*[(（](?P<credit>(?:翻攝|翻摄)[^()（）]{0,30})[)）]$"),
    # a caption without its stop, the credit in brackets glued to its last word, as US TV stations' pages print
    # it: `… started their investigation(New Waverly Fire Department)`, `…(Source: WBTV)`: eight words or more, the
    # credit labelled or of two words or more (a rubric's one word glued to a headline, `…(Update)`, is none)
    re.compile(r"^(?P<caption>(?:[^()\s]+\s+){7,}[^()\s]*[^\s(.!?:;,])"
               r"\((?P<credit>(?:Source|Photo|Credit|Courtesy|Image)\s*:\s*[^()]{2,50}|[A-Z][^()\s]*(?:\s[^()\s]+){1,6})\)$"),
    # the credit labelled inside the brackets, the caption's stop after them: "... à Dubaï (Photo, AFP).", or a
    # picture's label in the other scripts and `Credit`: `태풍 다나스 소멸 (사진: YTN)`, `…(사진=뉴스토마토 DB)`,
    # `… Hurley. (Credit: NASA TV)`, `(crédit photo : X)`
    re.compile(rf"^(?P<caption>.{{6,}}?)\s*[(（]{BRACKET_PHOTO_LABEL}\s*[,:：=]\s*(?P<credit>[^()（）]{{2,40}})[)）]\.?$",
               re.IGNORECASE),
    # a table's or chart's title, no sentence, with its data's source labelled in brackets, as Korean papers print
    # it: `대학별 … 경쟁률 마감 현황(자료: 유웨이중앙교육)` (a sentence citing its data stays text: `…늘었다.(자료: X)`)
    re.compile(r"^(?P<caption>[^.。!?]{6,}?[^\s.。!?])\s*[(（]자료\s*[:：=]\s*(?P<credit>[^()（）]{2,30})[)）]$"),
    # the outlet whose picture it is, in brackets or after a space behind the caption's stop: `浙江多地村莊水浸。
    # (中新社圖片)`, `■去年11月庭審時,…在法院門口。 網上圖片`
    re.compile(r"^(?P<caption>.{4,}?[。.])\s*[(（](?P<credit>[^()（）\s。.]{2,10}(?:圖片|图片|照片))[)）]$"),
    re.compile(r"^(?P<caption>.{4,}?[。.])\s(?P<credit>[^()（）\s。.]{2,10}(?:圖片|图片|照片))$"),
    re.compile(r"^(?P<caption>.+?)\s*[\[［](?P<credit>[A-Z][A-Z .'-]{3,40})[\]］]$"),
    # a Korean caption's credit labelled in square brackets: `…선정됐다.[이미지= 과학기술정보통신부]`, `[사진=연합뉴스]`
    re.compile(r"^(?P<caption>.+?[.!?])\s*[\[［](?:사진|이미지|그래픽|자료|사진\s?제공)\s*=\s*"
               r"(?P<credit>[^\]］=]{2,30}?)\s*[\]］]$"),
    # (the label may come twice, as a feed's copy prints its photographer and the agency's code: `… Foto: Frank
    # Rumpenhorst/Illustration Foto: dpanitf3`; the credit is both)
    re.compile(r"^(?P<caption>.+?[.!?])\s+(?:Foto|FOTO|Photo|Bild|Image|Quelle|Fuente)\s*:\s*"
               r"(?P<credit>[^:]{2,60}(?:\s(?:Foto|FOTO|Photo|Bild):\s?[^:\s]{2,20})?)$"),
    re.compile(r"^(?P<caption>.+?[.!?])\s+(?P<credit>(?:EFE|AFP|EP|Europa Press|Reuters|AP)\s*/\s*[^/]{2,40}?)\.?$"),
    # a caption without a stop before a photo's credit: "... im F.A.Z.-Interview Bild: Frank Röth"
    re.compile(r"^(?P<caption>.{20,}?[^\s.:])\s+(?:Foto|FOTO|Photo|Bild)\s*:\s*(?P<credit>[^:.]{2,40})$"),
    re.compile(r"^(?P<caption>.+?)\s*[(（]\s*(?P<credit>[^()（）]{2,20}?)\s*(?:摄|攝|撮影)\s*[)）]$"),
    re.compile(r"^(?P<caption>.+?[。.])\s*(?:圖|图)\s*[／/:：]\s*(?P<credit>[^。]{2,30})$"),  # 圖／取自…
    # the picture's source after its label, a space before it: `TOI 700 d與TESS的想像圖 圖片來源:NASA`
    # or glued to it, as DW's pages print it: `高瑜 (资料图片)图像来源: imago/Kyodo News`
    re.compile(r"^(?P<caption>.{2,}?)(?:\s+|(?<=[)）]))(?:圖片來源|图片来源|圖片提供|图片提供|图像来源|圖像來源)\s*[:：]\s*"
               r"(?P<credit>[^:：\s][^:：]{1,30})$"),
    re.compile(r"^(?P<caption>.+?[。.])\s*(?P<credit>[^。.\s]{2,12}?)\s*(?:供图|供圖)$"),  # …安置。漳州消防供图
    # who provided the picture, after the caption's stop: `…濃煙竄出。讀者提供`, `…現場。警方提供`
    re.compile(r"^(?P<caption>.{6,}?[。.])\s*(?P<credit>[^。.\s，,]{2,10}提供)$"),
    # the Korean form, after a space: `…인사말을 하고 있다. 한국편집기자협회 제공`
    re.compile(r"^(?P<caption>.{10,}?[.。])\s+(?P<credit>[^.。\s]{2,20}(?:\s[^.。\s]{1,12})?\s?제공)$"),
    # a credit in capitals after a bar: `… dans le quartier. | ARCHIVES OUEST-FRANCE`, `… | PHOTO : X / OUEST-FRANCE`
    re.compile(r"^(?P<caption>.{10,}?[.!?])\s+\|\s+(?P<credit>[A-ZÀ-Ý][A-ZÀ-Ý0-9 .'’/:-]{3,50})$"),
    # a photographer after a slash, a picture's origin in brackets: `…美景。聯合報系記者X／攝影`, `…雲圖。(圖取自X)`
    re.compile(r"^(?P<caption>.+?[。.])\s*(?P<credit>[^。.\s]{2,16}?)\s*[／/]\s*(?:攝影|摄影|攝|摄)$"),
    re.compile(r"^(?P<caption>.+?[。.])\s*[(（]\s*(?:圖|图)(?:片)?(?:取自|來源|来源|提供)?\s*[:：／/]?\s*"
               r"(?P<credit>[^()（）]{2,40})[)）]$"),
    re.compile(r"^(?P<caption>.{10,}?[^\s©])\s+©\s*(?P<credit>[^©()]{2,40})$"),  # "... Valls © Maxppp"
    # a copyright credit after a dash, its sign printed twice as a page doubles it: "Caption - © © gettyimages / X"
    re.compile(r"^(?P<caption>.{10,}?[^\s©])\s+[-–|]\s+(?:©\s*){1,2}(?P<credit>[^©()]{2,40})$"),
    # a photographer and the agency in square brackets, as AFP's clients print them:
    # "Les locaux du quotidien … à Saint-Ouen [Miguel Medina / AFP/Archives]"
    re.compile(r"^(?P<caption>.{10,}?)\s*[\[［](?P<credit>[^\[\]［］/]{2,40}?\s?/\s?(?:AFP|AP|Reuters|EPA|dpa|EFE"
               r"|Getty Images|Xinhua|ANP|Belga|ANSA|Lusa)(?:\s?/\s?[^\[\]［］/]{2,20})?)[\]］]$"),
    re.compile(r"^(?P<caption>.+?[。.])\s*(?P<credit>\S{2,8}记者\s*\S{2,4}|\S{2,8}記者\s*\S{2,4})\s*(?:摄|攝)$"),
    re.compile(r"^(?P<caption>.+?[a-z\u00e0-\u00ff])(?P<credit>EFE|AFP|Reuters|dpa)$"),
    # a stock photo library's name after the caption's stop: "Photo for representational purpose only. iStock"
    re.compile(rf"^(?P<caption>.{{10,}}?[.!?])\s+(?P<credit>(?:{_PHOTO_LIBRARIES})(?:\s?/\s?[^/\s][^/]{{1,30}})?)$"),
    # a photographer and the agency after the caption's stop, run into it or not: "...Polizeifahrzeug.Marijan
    # Murat/dpa", "… el primer examen de junio. Jorge Gil/EP"
    re.compile(r"^(?P<caption>.+?[.!?])\s?(?P<credit>(?:[A-Z][\w.'-]+ ){0,3}[A-Z][\w.'-]+\s?/\s?"
               r"(?:dpa|AFP|AP|Reuters|EPA|EFE|EP|Europa Press|Getty Images|imago|IMAGO|picture alliance|Keystone"
               r"|ANP|Belga)(?:\s?/\s?\S+)?)$"),
    # the photographer after `Photo` with no colon, as the Ebra group's papers print it behind the caption's stop
    # (`… à Autun.  Photo Damien VALETTE`, `… humide.  Photo AFP`): a name's words, each capitalised
    re.compile(r"^(?P<caption>.{10,}?[.!?])\s+Photo\s+(?P<credit>[A-ZÀ-Ý][\w.'’-]*(?:\s[A-ZÀ-Ý][\w.'’-]*){0,3})$"),
)
#: A photo credit's label before the credit, in the scripts read: `사진=`, `이미지=`, `写真:`, `照片:`, `图片:`,
#: `Foto:`, `Bild:`.
PHOTO_LABEL = (r"(?:(?:사진|이미지)\s*[=:：]|写真\s*[:：=]|照片\s*[:：]|(?:图片|圖片)\s*[=:：]"
               r"|\b(?:Photo|Foto|Bild)\s*[:：])")
#: A picture's credit alone on a line after its label: `写真=MOA美術館`, `사진=연합뉴스`, `이미지=NEWSIS`, `Foto: X`.
LABELLED_CREDIT = re.compile(rf"^{PHOTO_LABEL}\s*(?P<credit>[^\s=:：][^=:：。.!?]{{1,30}})$")
_CREDIT_LINE = re.compile(r"^(?:"
                          # a file or stock picture's label before the copyright sign: `Symbolbild © X/dpa`
                          r"(?:Symbolbild|Archivbild|Archivfoto|Illustration|Imagen de archivo|Photo d'archives"
                          r"|File photo|Stock photo)\s*©"
                          r"|(?:(?:Image|Photo|Picture) )?(?:Crédits?|Credits?|Crédito|CRÉDIT|CREDIT)"
                          r"(?:\s+(?:photos?|PHOTOS?|foto|FOTO))?"
                          r"|FOTOS?|Fotos?|Photos?|PHOTOS?|Bilder?|File|FILE|[©ⓒ])"
                          r"(?:(?<=[©ⓒ])|(?![^\W\d_]))"  # (a whole word: `Fotografía de X` is no `Foto` label)
                          r"(?:\s+(?:BY|By|by)\b)?\s*:?\s*(?P<credit>.{2,60})$")
#: A picture's zoom prompt printed before its credit on one line (`click to enlarge PHOTO BY X`, as
#: alt-weeklies' pages print it over the photo's caption): the prompt is furniture, the rest a credit line.
ZOOM_PROMPT = re.compile(r"^(?:click (?:on )?(?:the )?(?:(?:image|photo|picture) )?to enlarge|enlarge (?:image|photo)"
                         r"|zum vergrößern klicken|cliquez pour agrandir|haga clic para ampliar)\s*[.:]?\s*",
                         re.IGNORECASE)
#: Words that mark a paragraph as a photo caption in the languages the importer reads.
PHOTO_WORDS = re.compile(r"\b(?:photo|pictured|file photo|foto|bild)\b|사진|写真|照片|圖為|图为|撮影|摄\s*$|攝\s*$"
                         r"|供图\s*$|供圖\s*$|[／/]\s*(?:攝影|摄影)\s*$",
                         re.IGNORECASE)


#: A Japanese caption's tail after `=`: when (and where) the photo was taken, a photographer's
#: `X撮影` last: `…首相=4日午後、首相官邸`, `…首相=2021年12月`, `…=首相官邸で…午後6時27分、梅村直承撮影`.
_JA_CAPTION = re.compile(r"^(?P<caption>[^=＝。]{4,100}[=＝]"
                         r"(?=[^=＝。]{0,40}?(?:\d{1,2}日|\d{1,2}月|午前|午後|\d{1,2}時))[^=＝。]{1,60}?)(?:、(?P<credit>[^、=＝。\s]{2,12})撮影)?$")
#: A Japanese caption closed by its photographer's credit alone, when and where in brackets before it if at all:
#: `…現場(3日午後5時33分、静岡県熱海市で)=川口正峰撮影`, `…稲葉監督(撮影・垰建太)`, as papers and sports papers
#: print them under a picture; no sentence (no `。`) and no second `=`.
_JA_PHOTOGRAPHER = re.compile(r"^(?P<caption>[^=＝。]{6,150}?)(?:[=＝](?P<credit>[^=＝、。\s()（）]{2,12})撮影"
                              r"|[(（]撮影[・:：](?P<shot>[^()（）、。]{2,12})[)）])$")
#: A caption that says the picture is a file or stock picture: `Incidente stradale, immagine di repertorio`, `Un orage
#: à Bordeaux (illustration).`
_ARCHIVE_CAPTION = re.compile(r"^.{3,120}?[\s,.:(（–-]+(?:(?:immagine|foto) (?:di repertorio|d['’]archivio)"
                              r"|(?:imagen|foto) de archivo|(?:imagem|foto) de arquivo|(?:image|photo) d['’]archives?"
                              r"|Symbolbild|Archivbild|Illustrationsbild|file (?:photo|picture|image)"
                              r"|stock (?:photo|image)|(?:image|photo) d['’]illustr?ation|(?:imagen|foto) ilustrativa"
                              r"|illustrative (?:photo|image)"
                              r"|(?<=[(（])illustr?ation"  # (`(illustation)`, a misspelling pages print)
                              # a file picture's mark in brackets, as US stations' pages label one (`Police Lights
                              # (file)`), and its Spanish, Portuguese, French and German words
                              r"|(?<=[(（])(?:file|archivo|arquivo|archives?|archiv)"
                              r"|資料照片?|資料圖片?|资料图片?|资料照片?|資料写真|자료사진)[)）]?\.?$",
                              re.IGNORECASE)
#: A Korean paper's caption, marked by a triangle, its credit after a copyright sign: `▲ 문일석 발행인. ©브레이크뉴스`.
#: Or the photographer after the caption's stop, a table cell's bar after it: `▲ 개표상황이 진행되고 있다. 전영기 기자
#: |`.
_TRIANGLE_CAPTION = re.compile(r"^[▲△]\s*(?P<caption>[^©ⓒ]{2,200}?)\s*(?:[©ⓒ]\s*(?P<credit>[^©ⓒ]{2,30})"
                               r"|(?<=[.。])\s*(?P<reporter>[가-힣]{2,4}\s?기자))?(?:\s+\|)?$")


#: A caption that opens with a photo's label (`Photo : …`, `Foto: …`, `사진=…`, `写真:…`), its credit in brackets
#: at its end, perhaps with a label of its own (`(Photo d'illustration: L.Picard / L'Essor)`).
_LABELLED_CAPTION = re.compile(r"^(?:photo|photos|foto|fotos|fotografía|bild|picture|image|imagen"
                               r"|사진|写真|照片|图片|圖片)\s*[:：=]\s*(?P<caption>[^()（）]{12,300}?)\s*"
                               r"(?:[(（](?:(?:photo|foto|bild|image|imagen)"
                               r"(?: d['’]illustration| de archivo| d['’]archives?|s? ?:? ?archiv)?\s*[:：]\s*)?"
                               r"(?P<credit>[^()（）]{2,60})[)）])?\s*[.。]?$", re.IGNORECASE)


#: A finished caption with its credit after a slash, a Korean page's way (`…보고 있다./사진공동취재단 |`,
#: `…하고 있다. /사진=뉴스1`): one sentence, the credit short; an agency's name alone after a slash
#: closes its own text (`… 계획이다. /연합뉴스`), no caption.
_SLASHED_CREDIT = re.compile(r"^(?P<caption>.{10,}?[.。])\s*/\s*(?:사진\s*=\s*)?(?P<credit>[^/|.。=]{2,20}?)\s*\|?$")


def labelled_caption(line: str) -> tuple[str, str] | None:
    """(caption, credit or '') of a line that opens with a photo's label and goes on as a caption of
    three words or more (`Photo : Le gendarme, blessé … (Photo d'illustration: L.Picard / L'Essor).`); a
    label over a credit alone (`Foto: dpa`) is none."""
    match = _LABELLED_CAPTION.match(" ".join(line.split()))
    if not match or len(match["caption"].split()) < 3 and no_space_share(match["caption"]) < 0.5:
        return None
    return match["caption"].rstrip(" .。"), (match["credit"] or "").strip()


def photographer_caption(line: str) -> bool:
    """A Japanese caption closed by its photographer's credit (`…=川口正峰撮影`, `…(撮影・垰建太)`): never text."""
    return bool(_JA_PHOTOGRAPHER.match(" ".join(line.split())))


def marked_caption(line: str) -> tuple[str, str] | None:
    """(caption, credit or '') of a line that its own convention marks as a photo's caption:
    the Japanese `…=date, place` tail, the Korean `▲`, a photo's label before it, a credit after a
    slash behind its stop; None for any other line."""
    text = " ".join(line.split())
    if labelled_caption(text):
        return labelled_caption(text)
    slashed = _SLASHED_CREDIT.match(text)
    if slashed and not re.search(r"[.。!?]\s", slashed["caption"]) \
            and ("사진" in slashed[0] or not looks_like_outlet(slashed["credit"])):
        return slashed["caption"].strip(), slashed["credit"].strip()
    if _ARCHIVE_CAPTION.match(text) and len(text) <= 160:
        return text, ""  # a file picture's caption says so: the whole line is the caption
    taken = _PHOTOGRAPHER_TAIL.search(line)
    if taken and len(line[:taken.start()].strip()) >= 6:  # `…在庭上  記者 楊帆 攝`: the photographer behind it
        return line[:taken.start()].strip(), " ".join(taken[0].split())
    triangle = _TRIANGLE_CAPTION.match(text)
    if triangle:
        return triangle["caption"].strip(), (triangle["credit"] or triangle["reporter"] or "").strip()
    shot = _JA_PHOTOGRAPHER.match(text)
    if shot:
        return shot["caption"].strip(), shot["credit"] or shot["shot"]
    match = _JA_CAPTION.match(text)
    if not match:
        return None
    # where the picture was taken from is no part of its photographer's name: `本社ヘリから上入来尚撮影`
    return match["caption"].strip(), re.sub(r"^\S{2,8}から(?=\S{2})", "", match["credit"] or "").strip()


#: A caption with its agency's credit after a bar, as a picture's title prints it: `… Volker Bouffier | dpa`.
#: The credit is a photo agency's as photos are credited (`dpa`, `Name/AFP`), not an outlet's name as a
#: headline's suffix names its source (`Headline | Reuters`).
_BARRED_CREDIT = re.compile(r"^(?P<caption>[^|]{10,}?)\s+\|\s+(?P<credit>[^|]{2,40})$")


#: A picture's credit before its caption, split by a bar, as AFP's pages print them: `Joshua Lott, Getty Images,
#: AFP, File | Louisiana Governor John Bel Edwards speaks …`; the credit names a photo agency among its parts.
_CREDIT_FIRST = re.compile(r"^(?P<credit>[^|.!?]{0,40}?,\s(?:Getty Images|AFP|AP|Reuters|EPA|dpa|Xinhua|Anadolu)"
                           r"(?:,\s[^|,.!?]{2,20}){0,2})\s\|\s(?P<caption>[^|]{20,300})$")


def credit_first(line: str) -> bool:
    """A picture's credit before its caption, split by a bar (`X, Getty Images, AFP, File | …`)."""
    return bool(_CREDIT_FIRST.match(" ".join(line.split())))


#: A picture's alternative text or caption with no stop, then a dash and the agency that took the picture:
#: `Jane Doe Rutgers Jane Doe - The Canadian Press` (a picture's line under a headline, its credit last).
_DASHED_AGENCY = re.compile(r"^(?P<caption>\S.{2,120}?[^\s.!?:;,])\s+[-–]\s+(?P<credit>[^-–.!?]{2,30})$")


#: A photo's caption, its photographer and agency after dashes, an archive's label before it or after it
#: (or both), as Spanish wires print a photo's line: `Archivo - Imagen de … en Santander. - Nacho Cubero -
#: Europa Press - Archivo`, `El presidente, en Madrid. - Eduardo Parra - Europa Press`.
_DASHED_PHOTOGRAPHER = re.compile(r"^(?:(?P<label>Archivo|Archive|Archiv|File)\s+[-–]\s+)?(?P<caption>\S.{2,240}?)"
                                  r"\s+[-–]\s+(?P<name>[^-–.!?,;:]{3,40})\s+[-–]\s+(?P<agency>[^-–.!?]{2,30}?)"
                                  r"(?:\s+[-–]\s+(?P<tail>Archivo|Archive|Archiv|File))?$")


def dashed_photographer_credit(line: str) -> tuple[str, str] | None:
    """(caption, credit) of a photo's line that ends with its photographer's name and agency after
    dashes (see `_DASHED_PHOTOGRAPHER`; the credit as printed, `Nacho Cubero - Europa Press - Archivo`);
    None for any other line: the agency must be one, the photographer a person's name (two to four
    capitalised words), and the caption a sentence's stop before its dash or an archive's label."""
    match = _DASHED_PHOTOGRAPHER.match(" ".join(line.split()))
    if not match or not known_agency(match["agency"]) or not 2 <= len(match["name"].split()) <= 4 \
            or not is_title_case_name(match["name"]) or any(c.isdigit() for c in match["name"]):
        return None
    caption = match["caption"].strip()
    if not (caption.endswith((".", "!", "?")) or match["label"] or match["tail"]) or len(caption.split()) < 3:
        return None  # (`Headline - Name Surname - Reuters` is a headline with its writer and wire)
    credit = f"{match['name'].strip()} - {match['agency'].strip()}"
    return caption, f"{credit} - {match['tail']}" if match["tail"] else credit


def dashed_agency_credit(line: str) -> tuple[str, str] | None:
    """(caption, agency) of a line under the headline that is a picture's text and its agency after a
    dash (`Name Team Name - The Canadian Press`), or its photographer and agency after dashes (see
    `dashed_photographer_credit`); None for any other line. Only under the headline:
    the headline's own line names its source that way (`Headline - Reuters`)."""
    photographer = dashed_photographer_credit(line)
    if photographer:
        return photographer
    match = _DASHED_AGENCY.match(" ".join(line.split()))
    if not match or not known_agency(match["credit"]) or len(match["caption"].split()) < 2:
        return None
    return match["caption"].strip(), known_agency(match["credit"])


#: A stock's exchange and ticker symbol, as finance pages print them after a name: `BIT:CMTX`, `NASDAQ: AAPL`.
_TICKER = re.compile(r"[A-Z]{2,10}\s?:\s?[A-Z0-9.]{1,10}")


def is_ticker(credit: str) -> bool:
    """A security's exchange and symbol (`Fund name (BIT:CMTX)`), which no photo's credit is."""
    return bool(_TICKER.fullmatch(credit.strip()))


def provider_credit(credit: str) -> bool:
    """A credit that names who provided the picture (`한국편집기자협회 제공`, `警方提供`): said of pictures only."""
    return credit.endswith(("제공", "提供", "供图", "供圖"))


def says_photo(caption: str, credit: str) -> bool:
    """Whether a credited caption says it is a photo's: a word for photo, or a provider's credit."""
    return bool(PHOTO_WORDS.search(caption)) or provider_credit(credit)


def trailing_credit(paragraph: str) -> tuple[str, str] | None:
    """(caption, credit) of a caption that ends in a credit: `(AP Photo/Name)`, `(Yonhap)`,
    `[KIM HYUN-DONG]`, `Foto: X/dpa`, `EFE / J. P. Gandul.`, `(中評社 海涵攝)`, `...MoncloaEFE`. The slash
    that parts a credit from its caption is no part of it: `… 있다. /연합뉴스=고성군청 제공`."""
    tag = CLOSING_TAG.search(paragraph.rstrip())
    if tag and known_agency(tag["name"]):
        return None  # `… verloren. (awp/mc/ab)`: the agency's tag closing its text, no photo's credit
    pair = _trailing_credit(paragraph)  # (a list's bullet before the caption is no part of it: `• Landgericht …`)
    return (re.sub(r"^[•·▪]\s+", "", pair[0]), _CREDIT_LABEL.sub("", pair[1].lstrip("/／ "))) if pair else None


#: A label printed before a credit inside its brackets, no part of the credit: `(Quelle:dpa/F.M.Lopez)`.
_CREDIT_LABEL = re.compile(r"^(?:Quelle|Source|Fuente|Fonte|Foto|Fotos|Photo|Photos|Bild|Cr[ée]dits?(?: photo)?"
                           r"|图片来源|圖片來源)\s*[:：]\s*(?=\S)", re.IGNORECASE)


def _trailing_credit(paragraph: str) -> tuple[str, str] | None:
    text = " ".join(paragraph.split())
    if len(text) > 400:
        return None
    known = parse_credit(text)
    if known:
        return known
    agency = re.match(r"^(?P<caption>.{20,}[.。])\s+(?P<credit>[^\s(（][^.。()（）]{1,20})$", text)
    if agency and known_agency(agency["credit"]):
        return agency["caption"].strip(), agency["credit"]  # `... 브리핑을 하고 있다. 연합뉴스`
    first = _CREDIT_FIRST.match(text)  # `Joshua Lott, Getty Images, AFP, File | Louisiana Governor … speaks …`
    if first:
        return first["caption"].strip(), first["credit"].strip()
    barred = _BARRED_CREDIT.match(text)
    photo_credit = barred and ("/" in barred["credit"] or barred["credit"][:1].islower())  # `| dpa`, `| X/AFP`
    if barred and photo_credit and known_agency(barred["credit"].split("/")[-1].strip()):
        return barred["caption"].strip(), barred["credit"].strip()
    for pattern in _TRAILING_CREDITS:
        match = pattern.match(text)
        if match and is_ticker(match["credit"]):
            return None  # a stock's exchange and symbol in brackets: `Acme Corp (NYSE:ACME)`
        if match:
            credit = re.sub(r"^(?:AP\s+PHOTO|Photo)\s*/", lambda m: m[0], match["credit"].strip(" ©.")).strip()
            return match["caption"].rstrip(" -–—"), credit  # (the dash before `- Foto: X` parts, no part of it)
    return None


#: The end of a photo's caption that names the photo as such: `/사진=뉴스1화상`, `写真:共同`, `Photo: X`.
#: Or a Chinese photographer's credit after two spaces or a stop (_PHOTOGRAPHER_TAIL).
#: The parts of a Chinese photographer's credit (`新华社记者 张若玄 摄`, `新华社发 梁子栋 摄`): a reporter, or an
#: outlet issuing the picture; the names; `摄`, "photographed by".
_REPORTER = r"\S{0,8}(?:记者|記者)"
_ISSUER = r"[\u4e00-\u9fff]{1,6}(?:社|网|網|报|報)"
_NAMES = r"[\u4e00-\u9fff]{2,4}(?:[、,，\s]+[\u4e00-\u9fff]{2,4}){0,3}"
_TAKEN = r"(?:摄|攝)"
_PHOTOGRAPHER_TAIL_FORM = (r"(?:(?<=\s\s)|(?<=[。.]\s)|(?<=[。.]))"
                           rf"(?:{_REPORTER}|{_ISSUER}(?:发|發))\s*{_NAMES}\s*{_TAKEN}$")
PHOTO_TAIL = re.compile(rf"(?:/\s*사진|{PHOTO_LABEL}).{{0,30}}$"
                        r"|\d{4}\.\d{2}\.\d{2}\.\s*\S+@\S*$"  # a Korean agency photo's "2025.06.25. id@newsis.com"
                        rf"|{_PHOTOGRAPHER_TAIL_FORM}")
#: A Chinese photographer's credit behind a caption: `…在庭上  記者 楊帆 攝`, `…一案。 中新社發 鄧浩軍 攝`.
_PHOTOGRAPHER_TAIL = re.compile(_PHOTOGRAPHER_TAIL_FORM)


def tail_credit(tail: str) -> str:
    """The credit a caption's photo tail names (see PHOTO_TAIL): `뉴스1화상` of `/사진=뉴스1화상`,
    `사진공동취재단` of `/사진공동취재단 |`, `共同` of `写真:共同`; "" for an agency photo's address."""
    if "@" in tail:
        return ""
    credit = re.sub(rf"^\s*/?\s*{PHOTO_LABEL}?", "", tail)
    return credit.strip(" |/.").strip()


#: A photographer's line, `摄` (photographed by) after the name: `新华社记者 张若玄 摄`.
#: Or an outlet's issue line with its photographer, `新华社发 梁子栋 摄`, `新華社發(高建中 攝)` (the agency
#: sends a picture a contributor took).
_PHOTOGRAPHER_LINE = re.compile(rf"^(?P<credit>{_REPORTER}\s*{_NAMES})\s*{_TAKEN}$"
                                rf"|^(?P<issuer>{_ISSUER})(?:发|發)\s*[(（]?\s*(?P<taker>{_NAMES})\s*{_TAKEN}\s*[)）]?$")


def photo_issuer(line: str) -> str:
    """The agency or outlet that sent a picture, from its issue line `新华社发 梁子栋 摄`, else ''."""
    match = _PHOTOGRAPHER_LINE.match(line.strip())
    return match["issuer"] if match and match["issuer"] else ""


def photographer_line(line: str) -> bool:
    """A Chinese photographer's line (`新华社记者 张若玄 摄`), see _PHOTOGRAPHER_LINE."""
    return bool(_PHOTOGRAPHER_LINE.match(line.strip()))


#: A Chinese news photo's caption as agencies write it: the day first, one short sentence
#: (`9月4日,珠海市香洲区前山街道南洋埔村受暴雨影响,积水严重。`).
DAY_FIRST_CAPTION = re.compile(r"^\d{1,2}月\d{1,2}日[,，][^。！？!?]{6,50}[。.]$")


#: A credit in brackets glued to a caption's second copy: `…Department(WJRT)`, `…District (Douglas County …)`.
_GLUED_BRACKET_CREDIT = re.compile(r"\s*[(（](?P<credit>[^()（）]{2,60})[)）]\s*")


def repeated_with_credit(line: str, following: str) -> tuple[str, str] | None:
    """(caption, credit) of a line printed again on the next line with a credit in brackets at its end
    (`Caption` / `Caption(WJRT)`): an image's alternative text over its caption and credit, as a paste
    copies both. A headline is not printed again with a credit. None otherwise."""
    first, second = " ".join(line.split()), " ".join(following.split())
    tail = _GLUED_BRACKET_CREDIT.fullmatch(second[len(first):]) if second.startswith(first) else None
    if tail is None or len(first.split()) < 2 and no_space_share(first) < 0.5:
        return None
    return first, tail["credit"].strip()


def credit_line(line: str) -> str:
    """`Ulrich Perrey/dpa` from a line that is only a credit (`FOTO: ...`, `© ...`, `…记者 X 摄`, also in
    brackets: `(Foto: imago/Kraehn)`, as n-tv prints it under a caption), else ''."""
    bracketed = re.fullmatch(r"\s*[(（]([^()（）]{4,80})[)）]\s*", line)
    labelled = re.match(rf"(?:{BRACKET_PHOTO_LABEL}|imagen)\s*[:：=]\s*(?P<credit>\S.{{1,60}})$", bracketed[1],
                        re.IGNORECASE) if bracketed else None
    if labelled:  # `(Foto: imago/Kraehn)`, `(crédit photo : archives X)`, `(사진=연합뉴스)`
        return labelled["credit"].strip() if len(labelled["credit"].split()) <= 8 else ""
    line = ZOOM_PROMPT.sub("", line.strip())
    labelled_line = LABELLED_CREDIT.match(line)
    if labelled_line and not line.startswith(("图片", "圖片")):  # (`图片:X` may be a Chinese caption: `图片:X(左边)`)
        return labelled_line["credit"].strip()
    if line.startswith("ⓒ") and RIGHTS_WORDS.search(line):
        return ""  # `ⓒ 세계일보, 무단전재 및 재배포 금지`: the paper's rights notice, no picture's credit
    photographer = _PHOTOGRAPHER_LINE.match(line)
    if photographer:
        return (photographer["credit"] or f"{photographer['issuer']}/{photographer['taker']}").strip()
    match = _CREDIT_LINE.match(line)
    if match and ":" not in line and re.search(r"[.!?]\s", match["credit"]):
        return ""  # `Photo for representational purpose only. iStock`: a caption with its credit, not a credit
    return match["credit"].strip() if match and len(match["credit"].split()) <= 8 else ""


def markdown_image(line: str) -> tuple[str, str] | None:
    """(alt text, URL) of a Markdown image line `![alt](url)`, else None."""
    match = re.match(r"^!\[(?P<alt>.*)\]\((?P<url>https?://[^)\s]+)\)$", line.strip())
    return (match["alt"], match["url"]) if match else None


def is_caption(line: str, following: str) -> bool:
    """A photo's caption standing above the headline (a browser copy starts with the photo)."""
    if trailing_label(line)[0] and not PHOTO_WORDS.search(line):
        return False  # `Headline. Fuente: Outlet` names the article's source, not a photo's
    if following.startswith(line) and following != line and trailing_credit(following):
        return True  # printed again with its credit: `Caption` then `Caption © Maxppp`
    return bool(trailing_credit(line) or marked_caption(line) or credit_line(following) or doubled_caption(line)
                or (PHOTO_WORDS.search(line) and is_prose(line)))


#: Words with which a caption speaks of its picture: `Police shared this image of ...`.
PICTURE_WORDS = re.compile(r"\b(?:this|the|an?) (?:image|photo|picture|photograph)\b|\bpictured\b"
                           r"|\b(?:file|stock) (?:photo|picture|image)\b", re.IGNORECASE)
#: A caption's opening that names its picture: `Imagen del río …`, `Vue de …`, `Image of …`, `Bild vom …`.
PICTURE_OPENING = re.compile(r"^(?:Imagen|Imagem|Immagine|Image|Foto|Fotografía|Photo|Photograph|Bild|Aufnahme|Vista"
                             r"|Vue|Aspecto)\s+(?:de|del|da|do|dos|das|di|della|dello|of|d['’]|des|du|vom|von|der)\b")
#: The day a photo was taken, with its year, as an agency's caption closes: `on April 14, 2022.`, `14 April 2022`.
PHOTO_DAY = re.compile(r"\b(?:\d{1,2},? (?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})[.!?]?$")


#: A Chinese picture's credit after its caption: an outlet (its name ending as outlets' names end) and
#: the photographer's name, `… 中国网 李佳`.
_OUTLET_AND_NAME = re.compile(r"^(?P<caption>\S.{5,}?)\s+(?P<credit>(?P<outlet>[\u4e00-\u9fff]{2,6}|[A-Z][\w.]{1,20})"
                              r"\s+[\u4e00-\u9fff]{2,4})$")


def caption_then_credited(first: str, second: str) -> tuple[str, str] | None:
    """(caption, credit) of two lines where the second is the first again with a credit glued on
    (an image's alt text, then its caption: `Caption` / `Caption © Maxppp`); None otherwise."""
    first, second = first.strip(), second.strip()
    if not second.startswith(first) or second == first:
        return None
    pair = trailing_credit(second)
    if pair and pair[0].rstrip(" .") == first.rstrip(" .") or not first.endswith((".", "!", "?", "。")):
        return (first, pair[1]) if pair else None
    # the credit after a dash, as the caption's second printing adds it: `… ici en Ille-et-Vilaine. — C. Allain / X`
    dashed = re.fullmatch(r"\s*[—–-]\s*(?P<credit>[^!?—–]{2,60}?)\s*", second[len(first):])
    credit = dashed["credit"] if dashed else ""
    if not credit or len(credit.split()) > 8 or credit.endswith(".") \
            or not ("/" in credit or all(w[:1].isupper() for w in re.findall(r"[^\W\d_]{4,}", credit))):
        return None  # (a sentence after the dash goes on the text: a credit names, in capitals or with slashes)
    return first, credit


def doubled_caption(line: str) -> tuple[str, str] | None:
    """(caption, credit) of a line that is one text printed twice, run together (an image's alt text
    and its caption, as a paste copies both), ending in a credit: the outlet and the photographer
    (`X 中国网 李佳X 中国网 李佳`) or any credit `trailing_credit` reads. None otherwise."""
    text = line.strip()
    half = len(text) // 2
    if len(text) % 2 and text[half] == " ":  # the two copies set apart by a space
        text = text[:half] + text[half + 1:]
    if len(text) % 2 or half < 8 or text[:half].strip() != text[half:].strip():
        return None
    once = text[:half].strip()
    named = _OUTLET_AND_NAME.match(once)
    if named and looks_like_outlet(named["outlet"]):
        return named["caption"].strip(), named["credit"]
    return trailing_credit(once)


#: A picture agency's slug over its caption (`BRITAIN-London-Attacke-`, `USA-ELECTION/`): a word in capitals,
#: then words joined by hyphens or slashes, no space, a hyphen or slash at its end or a line of its own
#: (`US-China talks …` opens a caption's sentence).
_SLUG = re.compile(r"^[A-Z]{2,}(?:[-/][A-Za-zÀ-ÿ0-9]+)+(?:[-/]\s+|[ \t]*\n\s*)(?=\S)")


def without_slug(caption: str) -> str:
    """A caption without the picture agency's slug printed before it (see _SLUG)."""
    return _SLUG.sub("", caption, count=1)


#: A photographer's name and a known agency joined by a slash, `File` after it or glued on (`Orlin
#: Wagner/APFile`, `Jane Roe/Reuters`, `X/AP/File`): the photo's credit on a line of its own.
_PHOTOGRAPHER_AGENCY = re.compile(r"^(?P<credit>[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){1,3}"
                                  r"\s?/\s?(?P<agency>[A-Za-z]{2,12}?))(?:\s?/?\s?File)?$")


def slashed_credit(bare: str) -> str:
    """The credit of a photographer's line with a known agency after a slash (`Orlin Wagner/APFile`),
    `File` left off; '' for any other line (`Jane Roe/Town Hall` names no agency)."""
    match = _PHOTOGRAPHER_AGENCY.match(bare.strip())
    return match["credit"] if match and known_agency(match["agency"]) else ""


def photo_library(name: str) -> bool:
    """Whether `name` is a photo library's (see _PHOTO_LIBRARIES), or Keystone's, imago's or picture alliance's,
    the photo agencies that credit pictures only."""
    return bool(re.fullmatch(rf"{_PHOTO_LIBRARIES}|Keystone|imago|IMAGO|picture alliance", name.strip()))


#: A caption and its photo's credit in brackets after it, the credit perhaps labelled (`Source:`): `… to clear.
#: (Kelly Hertz/Yankton Press & Dakotan via AP)`, `… in New York City. (Photo by X/SEPA.Media /Getty Images)`,
#: `…2017年7月撮影(2018年 ロイター/Toru Hanai)`. The caption ends a sentence, or says the photo was taken (`撮影`).
_BRACKETED_PHOTO_CREDIT = re.compile(r"^(?P<caption>.{20,600}?(?:[.!?。]|撮影|摄|攝))\s*[(（]\s*(?:(?:Source|Fuente"
                                     r"|Quelle|Source photo|Crédit)\s*:\s*)?(?P<credit>[^()（）]{3,80}?)\s*[)）]$")
#: The parts of such a credit: the photographer's and the agencies' names between slashes, `via` an agency.
_CREDIT_PARTS = re.compile(r"\s*/\s*|\s+via\s+")
#: What a credit's part prints around an agency's name: the year, `AP Photo`, `Photo by`, `File`.
_PART_WORDS = re.compile(r"^(?:(?:19|20)\d{2}年?\s*)|(?:\s+Photo|,\s*File)$|^Photo(?:\s+by)?\s+")


def bracketed_photo_credit(line: str) -> tuple[str, str] | None:
    """(caption, credit) of a caption with its photo's credit in brackets after it (see _BRACKETED_PHOTO_CREDIT),
    where the credit names a photographer and an agency between slashes or after `via`, one of its parts a news
    agency or a photo library (`AP Photo/Name, File`, `Name/Getty Images`, `ロイター/Name`); None otherwise
    (`… the report said. (Jane Doe/City Hall)` names no agency)."""
    match = _BRACKETED_PHOTO_CREDIT.match(" ".join(line.split()))
    if not match or not _CREDIT_PARTS.search(match["credit"]):
        return None
    parts = [_PART_WORDS.sub("", part).strip() for part in _CREDIT_PARTS.split(match["credit"])]
    if not any(known_agency(part) or photo_library(part) for part in parts):
        return None
    return match["caption"].strip(), match["credit"].strip()


#: The labels BBC's pages print, hidden, before a picture's credit and its caption, in each language
#: service (`Crédit photo, Getty Images Légende image, …`, `Image source, Reuters Image caption, …`,
#: `Fuente de la imagen, X Pie de foto, …`, `画像提供, X 画像説明, …`, `사진 출처, X 사진 설명, …`,
#: `图像来源，X 图像加注文字，…`); a paste keeps them on the picture's one line.
_PICTURE_CREDIT_LABEL = (r"(?:Image source|Fuente de la imagen|Crédit photo|Crédito|画像提供|사진 출처|图像来源"
                         r"|圖像來源|图片来源|圖片來源)\s?[,，]")
PICTURE_CAPTION_LABEL = (r"(?:Image caption|Pie de foto|Légende image|Legenda da foto|画像説明|사진 설명|图像加注文字"
                         r"|圖像加注文字)\s?[,，]")
_LABELLED_PICTURE = re.compile(rf"^(?:{_PICTURE_CREDIT_LABEL}\s?(?P<credit>[^,，]{{2,80}}?)(?:\s+|$))?"
                               rf"(?:{PICTURE_CAPTION_LABEL}\s?(?P<caption>.{{3,400}}))?$")


def labelled_picture(line: str) -> tuple[str, str] | None:
    """(caption, credit) of a picture's line printed with its hidden labels (see _LABELLED_PICTURE), either of them
    perhaps '' (a credit alone, a caption alone); None for any other line."""
    match = _LABELLED_PICTURE.match(" ".join(line.split()))
    if not match or not (match["credit"] or match["caption"]):
        return None
    if match["credit"] and (match["credit"][:1].islower() or len(match["credit"].split()) > 8):
        return None  # `Crédito, dijo el banco, …`: a sentence, no credit
    return (match["caption"] or "").strip(), (match["credit"] or "").strip()


#: A photographer's credit on the line under a caption, as magazines print it: `Fotografía de Devlin Gandy`,
#: `Photograph by Jane Roe`, `Photo de X`; the name capitalised (`Foto de archivo` is a file photo's label).
_PHOTOGRAPHED_BY = re.compile(r"^(?P<label>(?:Fotografías?|Fotos?|Photographs?|Photos?|Photographie|Bild|Imagen|Image)"
                              r"\s+(?:de|by|von|par|di))\s+(?P<credit>[A-ZÀ-Ý][^!?\n]{1,80}?)\.?$")


def photographed_by(line: str) -> tuple[str, str] | None:
    """(label, credit) of a photographer's credit line (see _PHOTOGRAPHED_BY); None for any other line."""
    match = _PHOTOGRAPHED_BY.match(" ".join(line.split()))
    return (match["label"], match["credit"]) if match else None

