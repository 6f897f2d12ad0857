"""Page furniture: lines that belong to the page, not the article."""

from __future__ import annotations

import re
from collections.abc import Iterable

from gazette.importer.rules.dates import READING_TIME, update_label
from gazette.importer.rules.interface import interface_label, one_word, other_stories_heading
from gazette.importer.rules.text import NOTICE_WORDS, REDISTRIBUTION, RIGHTS_RESERVED, SENTENCE_END, _fold, size


def is_furniture(line: str, furniture: Iterable[str]) -> bool:
    key = _fold(line.rstrip(" .:…›»→>"))
    return any(key == _fold(f) for f in furniture)


# --- furniture of real pages -------------------------------------------------------------

#: A notice that a feature of the page is kept for members (a sentence of its own, alone on a line or glued
#: after the text's last sentence): `会員の方のみご利用いただけます。`, `ご利用には会員登録が必要です。`.
_MEMBERS_ONLY = (r"(?:会員の方のみ(?:ご)?利用|ご利用には(?:会員)?登録が必要|회원만 이용"
                 r"|(?:[^。.!?\n]{0,20}\s)?로그인\s?이?후\s?(?:이용|사용)"
                 r"|available (?:only )?to (?:registered )?(?:members|subscribers)(?: only)?"
                 r"|réservée? aux (?:abonnés|membres)"
                 r"|nur für (?:registrierte )?(?:abonnenten|mitglieder)|(?:sólo|solo) para (?:suscriptores"
                 r"|usuarios registrados))[^。.!?]{0,30}[。.!]?")

#: A blog post's or a listed item's category line, which a page prints under each post (`Category: journalism`,
#: `(カテゴリー:出産情報`, `Filed under: Politics`, `Kategorie: Lokales`, `分类:社会`): furniture over the text, and
#: under it the post's end (what follows is the next post, or comments).
_POST_CATEGORY = (r"^[(（]?\s*(?:categor(?:y|ies)|filed under|catégories?|rubriques?|categorías?|categorias?"
                  r"|kategorien?|rubrik|カテゴリー?|카테고리|分类|分類|栏目|欄目)\s*[:：]\s*[^\n:：]{1,60}?[)）]?$")


#: A page's breadcrumb's label ("you are here"): `當前位置 : 首頁 > 行業新聞`, `本頁位置:首頁新聞中心`.
CRUMB_LABEL = (r"(?:您所在的位置|您的位置|你的位置|当前位置|當前位置|本页位置|本頁位置|所在位置|目前位置|現在位置"
               r"|現在地|현재\s?위치|you are here|vous êtes ici|sie sind hier|usted está en|estás en)\s*[:：]")


#: A Chinese text's editors' labels, each step of the chain a Chinese site credits: `责任编辑:X`, `(责编:X、Y)`,
#: `初审编辑:X`, `编辑:X`.
_EDITOR_LABEL = r"(?:(?:初审|初審|复审|複審|终审|終審|责任|責任|值班|實習|实习)?(?:编辑|編輯)|责编|責編)"
#: A media player's notice to a browser without JavaScript: "To play this content, please enable JavaScript, or
#: try a different browser", "Pour regarder ce contenu, veuillez activer JavaScript …", "Para ver este contenido …".
_NO_SCRIPT = (r"(?:to play this (?:content|video)|pour (?:regarder|lire) ce contenu|para ver este contenido"
              r"|para assistir a este conteúdo|um diesen inhalt (?:abzuspielen|anzusehen))\b[^.]{0,60}\bjavascript\b"
              r"[^.]{0,60}")


#: Whole lines that are page furniture in any of the languages the importer reads: navigation,
#: share and comment blocks, paywall notices, video-player labels, reading times, relative ages,
#: agency end marks, copyright and reprint notices. Each is a general form, not one page's line.
LINE_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    # a text-to-speech player's notice that listening costs mobile data, as Korean portals print it over every
    # outlet's text: `이동 통신망을 이용하여 음성을 재생하면 별도의 데이터 통화료가 부과될 수 있습니다.`
    r"^[^.。]{0,40}음성을 재생하면[^.。]{0,20}데이터 (?:통화료|요금)가 부과될 수 있습니다\.?$",
    # a page template's placeholder text, never an article's: `Lorem ipsum dolor sit amet, consetetur …`
    r"^lorem ipsum dolor sit amet\b.*$",
    # a portal's notice that the story it carried has expired (`記事の有効期限が切れています。`, `この記事の掲載期間は
    # 終了しました`, `This article has expired`, `Dieser Artikel ist nicht mehr verfügbar`)
    (r"^(?:(?:この|本)?記事(?:の(?:有効|掲載|公開|配信)期限が切れています|の(?:掲載|公開|配信)(?:期間|期限)は終了しました)"
     r"|this (?:article|story) (?:has expired|is no longer available)|dieser artikel ist nicht mehr verfügbar"
     r"|cet article n['’]est plus disponible|este artículo ya no está disponible)[.。!]?$"),
    r"^(?:go to|skip to) (?:main )?(?:contents?|navigation)\b.*$",
    _POST_CATEGORY,
    # a web server's error message where an include failed, printed in the page once or more (Apache's
    # server-side includes): "[an error occurred while processing this directive]"
    r"^(?:\[an error occurred while processing this directive\]\s*)+$",
    # an error page's notice and its redirect, a part of the page that failed to load pasted with the text:
    # `對不起,可能是網絡原因或無此頁面,請稍後嘗試。`, `本頁面3秒之後將帶您回到央視網首頁。`,
    # `Sorry, this page could not be found.`
    (r"^(?:(?:對不起|对不起|抱歉)[,，、]?\s?(?:可能是(?:網絡|网络)原因|(?:無|无)此(?:頁面|页面)|您(?:訪問|访问)的(?:頁面|页面))"
     r"|(?:本頁面|本页面)\s?\d+\s?秒(?:之後|之后|后|後)|sorry, (?:this|the) page (?:could not|cannot|can't) be found"
     r"|you will be redirected (?:to .{1,40} )?in \d+ seconds).{0,60}$"),
    # a video player's controls and a picture's placeholder label: "동영상 고정 취소", "(资料图片)", "(Symbolbild)"
    r"^(?:동영상|영상)\s?(?:고정|재생|닫기)(?:\s?취소)?$",
    (r"^[(（\[]\s*(?:资料图片?|資料圖片?|资料照片?|資料照片?|資料写真|자료사진|图片|圖片|symbolbild|archivbild|archivfoto"
     r"|foto de archivo|imagen de archivo|photo d['’]archives?|file photo|stock photo)\s*[)）\]]$"),
    # a QR code's prompt, a close button, an empty tags label: "扫描二维码进入", "X 关闭", "标签:"
    r"^(?:扫描|掃描|扫一扫|掃一掃)(?:二维码|二維碼|\s*在?(?:手机|手機)).{0,20}$",
    r"^[x×✕]?\s*(?:关闭|關閉|close|schließen|fermer|cerrar|닫기|閉じる)$|^[x×✕]$",
    # a menu's toggle with its section's name: "Fermer Les composantes", "fermer Les comiques"
    r"^(?:fermer|schließen|cerrar|chiudi)\s+(?-i:[A-ZÀ-Ý]|l[ea]s?\s|l['’])[\w'’ -]{1,30}$",
    r"^(?:标签|標籤|tags?|schlagwörter|mots-clés|etiquetas|태그|タグ)\s*[:：]$",
    # a picture's file name left as its alternative text: "tornado shutterstock resized 287138930"
    r"^(?:\d{1,2}\.\s+)?[\w -]{0,40}\b(?:shutterstock|gettyimages|getty images|istock|alamy)\b[\w -]{0,30}\d{5,}$",
    # a promotion of another story: "Read this OZY story about China’s forgotten natural disaster."
    (r"^(?:read|watch|listen to|see) (?:this|our) (?:[\w’'-]+ ){0,2}(?:story|article|piece|report|interview|video)"
     r" (?:about|on)\b[^,;]{3,120}$"),
    # a newsletter's sponsor label and the links from an item to its edition
    r"^(?:in partnership with|presented by|brought to you by)$",
    (r"^this (?:story|item|article) is (?:part of|from) (?:the|today['’]s|this)\b.{0,60}$"
     r"|^(?:view|read|see) (?:the )?full (?:edition|issue|newsletter|briefing)$"),
    # skip links and player or page controls, in the languages the importer reads
    (r"^(?:press \"?enter\"? to skip to content|skip to (?:main )?content|short url|playpause|live tv app"
     r"|news image|directory of sites|vidéo suivante dans \d+ secondes|autres vidéos|tous publics"
     r"|enlaces accesibilidad|ir arriba|neueste videos|zum inhalt springen"
     r"|(?:direkt )?zum (?:haupt)?inhalt(?: (?:wechseln|springen|gehen))?|aller au contenu(?: principal)?"
     r"|ir al contenido(?: principal)?|saltar al contenido(?: principal)?)$"),
    r"^(?:(?:\S{1,10}\s){0,2}(?:바로가기|건너뛰기)\s*){1,4}$",  # Korean skip links: 본문 바로가기 회사정보 바로가기
    r"^\[[^\[\]]{1,30}\s?바로가기\]$",  # a link to the outlet's site in brackets: `[STN SPORTS 바로가기]`
    # a Korean portal's provider label and its links to the provider's and the section's other articles:
    # `기사제공 : STNSTN 기사 목록`, `축구 기사 목록위로` (the provider is read first, `src.portal_provider`)
    r"^기사\s?제공\s*[:：]?\s*\S.{0,30}$|^.{0,12}기사\s?목록(?:\s?위로)?$",
    r"^.{0,12}(?:へ移動|へスキップ|にスキップ)$",  # Japanese link labels: 本文へ移動, 外部リンクへ移動
    # a site's own name as its masthead: 每日新聞報業〈…〉全球資訊網, XX新闻网 (a headline is no site name)
    r"^[^，,。！？!?:：「」“”]{2,40}(?:資訊網|资讯网|新聞網|新闻网|全球資訊網|網站|网站|官方網站|官方网站)$",
    r"^.{0,8}(?:のニュース|の新着)$",  # a site's section label: 新聞社のニュース
    # a note on the reader a PDF needs: "(PDFファイルを閲覧するにはこちらからAdobe Readerを入手してください。)",
    # "To view PDF files, you need Adobe Acrobat Reader (free download)."
    (r"^(?=.*pdf)(?=.*(?:入手|ダウンロード|必要|download|need|require|herunterladen|benötig|télécharg|descarg))"
     r"[(（]?[^()（）]{0,60}(?<![a-z])adobe\s?(?:acrobat\s?)?reader(?![a-z])[^()（）]{0,60}[)）]?$"),
    r"^(?:[^|]{1,14}\|){3,}[^|]{0,14}$",  # a menu of section names between bars
    # a longer menu: six or more names of a few words between bars (`Accueil | … | Courrier des lecteurs |`)
    r"^\|?\s*(?:[^|.!?。]{1,24}\s\|\s*){5,}[^|.!?。]{0,24}$",
    # a pager: 第1頁 第2頁 ..., 1 2 3 (a digit at a time: `\d+` repeated splits a long number every way before it
    # fails, and one line of 25 digits took three seconds; the lines matched are the same)
    r"^[【\[]?\s*(?:(?:第\s*\d+\s*[頁页]|\d)\s*){3,}[】\]]?$",
    r"^©\s*Provided by .*$",
    (r"^(?:share|share this|share on \w+|tweet|e-?mail|print|comments?|\d+ comments?:?|no comments yet\.*|comment"
     r"|post a comment|leave a comment|add a comment|load comments|save|save story|save article|bookmark"
     r"|guardar|compartir|quitar de mi lista|teilen|merken|commentaires|comentarios|kommentare|likes|j'aime"
     r"|imprimante|impresora|drucker|ici|aquí|here|editar|edit|modifier|bearbeiten"
     r"|partager|sauvegarder|enregistrer|imprimer|drucken|imprimir|保存|共有|저장|스크랩|收藏)$"),
    # a weather widget's label: `SAN JUAN WEATHER`, `El tiempo en Madrid`, `Météo à Lyon`, `Wetter in Berlin`
    (r"^(?-i:[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,30} WEATHER)$|^(?:el tiempo en|météo à|la météo à|wetter in|weather in)"
     r" (?-i:[A-ZÀ-Ý])[\w .'’-]{1,30}$"),
    # a comment count with its label, and a share button's notice that the link was copied (`댓글0`,
    # `新闻评论0`, `Comments (3)`, `기사 URL이 복사되었습니다.`, `Link copied`, `リンクをコピーしました`)
    (r"^(?:\S{0,4}\s?(?:댓글|评论|評論|コメント|comments?|kommentare|commentaires|comentarios)\s?[(\[]?\s?\d{1,5}\s?[)\]]?"
     r"|(?:기사\s?)?(?:url|주소|링크)(?:이|가)? 복사(?:되었습니다|됐습니다|완료)"
     r"|(?:the )?link (?:has been |was )?copied(?: to (?:the |your )?clipboard)?"
     r"|lien copié|enlace copiado|link kopiert|(?:url|リンク)を?コピーしました"
     r"|链接已复制|鏈接已複製|已复制链接)[.!。]?$"),
    # an empty comment box's notice: `There are no article comments at this time.`, `Be the first to comment`,
    # `Noch keine Kommentare`, `Aucun commentaire`, `No hay comentarios`, `コメントはまだありません`, `댓글이 없습니다`
    (r"^(?:(?:there are )?no (?:article |user |reader )?comments?(?: (?:yet|at this time|so far))?"
     r"|be the first to (?:comment|leave a comment)(?: on this (?:article|story|post))?"
     r"|(?:noch )?keine kommentare(?: vorhanden)?|(?:aucun|pas (?:encore )?de) commentaires?"
     r"|(?:(?:aún |todavía )?no hay|sin) comentarios"
     r"|(?:まだ)?コメントは(?:まだ)?ありません|(?:등록된 )?댓글이 없습니다)[.!。:]?$"),
    # a comment form's buttons and sort orders: `댓글등록`, `취소`, `최신순`, `Post comment`, `Newest first`
    (r"^(?:댓글\s?(?:등록|쓰기|작성)|취소|최신순|추천순|공감순|과거순|(?:post|submit) (?:a )?comment|cancel"
     r"|newest first|oldest first|sort by (?:newest|oldest|best|top))$"),
    # a gallery's label with its pictures' count: `この記事の画像(15枚)`, `写真(5枚)`, `Photos (12)`,
    # `Bildergalerie (8)`
    (r"^(?:(?:この記事の)?(?:画像|写真)(?:一覧)?\s*[(（]\d{1,3}枚[)）]"
     r"|(?:photos?|images|pictures|(?:photo )?gallery|bildergalerie|bilder|fotos|galerie(?: photos?)?"
     r"|galería(?: de fotos)?|fotogalería)\s*[(（]\d{1,3}[)）])$"),
    # a print page's label over its PDF's link (`掲載紙面(PDF):`, as Japanese local papers print it)
    r"^(?:掲載紙面|紙面掲載|掲載面)\s*(?:[(（]PDF[)）])?\s*[:：]?$",
    # a newsletter box's pitch under its call: "Pour ne rien rater de l'actualité … sur nos efforts …!",
    # "Never miss a story from our newsroom!" (a call to the reader about what the outlet sends, ending in `!`)
    (r"^(?:pour ne rien (?:rater|manquer)|never miss|don't miss|para no perderte|para não perder|um nichts zu verpassen"
     r"|per non perdere)\b.{0,200}\b(?:nos|notre|our|nuestr[oa]s?|nossos?|nossas?|unsere?n?|nostr[oiae])\b.{0,120}!$"),
    # an aggregator's or a site's notice that it summarised the story by machine, and how far to trust it:
    # "뉴스픽의 주요 문장 추출 기술을 사용하여 … 기사 내용을 3줄로 요약한 결과입니다. …", "This summary was generated
    # by AI.", "Résumé généré par l'IA", "Diese Zusammenfassung wurde mit KI erstellt.", "AIによる要約です。"
    (r"^(?=.{0,250}$)(?:.{0,80}요약(?:한|된) (?:결과|내용)입니다.*"
     r"|(?:this|the) (?:article(?:['’]s)? |story(?:['’]s)? )?summary (?:above |below )?(?:was|is|has been) "
     r"(?:automatically )?(?:generated|created|produced|written)\b.*|(?:ai|machine)[- ]generated summary\b.*"
     r"|(?:dieser? )?zusammenfassung (?:wurde )?(?:automatisch|mit (?:hilfe )?(?:von )?(?:ki|künstlicher intelligenz)"
     r"|von (?:einer )?(?:ki|künstlichen intelligenz)) (?:erstellt|generiert)\b.*"
     r"|(?:ce )?résumé (?:a été )?(?:généré|rédigé|produit) (?:automatiquement|par (?:l['’])?(?:ia|intelligence"
     r" artificielle))\b.*|(?:este )?resumen (?:fue |ha sido )?(?:generado|elaborado|creado) (?:automáticamente|por"
     r" (?:la )?(?:ia|inteligencia artificial))\b.*|.{0,30}(?:ai|人工知能)(?:が|による|で)(?:自動)?(?:要約|生成)した?.*"
     r"|.{0,30}(?:摘要|内容摘要|內容摘要)由(?:ai|人工智能|人工智慧).{0,6}生成.*)$"),
    (r"^(?:read more|more on this story|related articles?|related|recommended|recommandations|see also|lire aussi"
    r"|mehr zum thema|leer más|lee también|más información|更多新闻|相关新闻|関連記事|관련 기사)$"),
    # an ad's label, alone or run together with an ad network's mark (`Publicidad AiPublicidad Ai…`), Tistory's `반응형`
    (r"^(?:(?:advertisement|advertising|ad|hide ad|anzeige|werbung|publicité|publicidad|sponsored|광고|广告|廣告|広告"
     r"|\[pr\])"
     r"\s*(?:ai\s*)?){1,6}$|^반응형$"),
    # a channel's follower counts: "구독 4,420,000", "팔로워 361,512", "1.2M subscribers"
    r"^(?:(?:구독|구독자|팔로워|subscribers?|followers?|abonnés)\s*[\d,.]+\s*[KkMm만천]?|[\d,.]+[KkMm]?\s+(?:subscribers|followers))$",
    r"^(?:story continues below|article continues below|continue reading|continues below).*$",
    r"^(?:subscribe|sign up|sign in|log ?in|register|로그인|회원가입|ログイン)\b.{0,100}$",
    # an account's prompt: a sign-up label and a log-in label run together, then what they lead to
    # (`新規登録 ログインするカテゴリーをフォローする`, `회원가입 로그인`, `Register Log in to comment`)
    (r"^(?:新規(?:会員)?登録|無料(?:会員)?登録|会員登録|회원\s?가입|注册|註冊|sign up|register|create (?:an )?account"
     r"|s['’]inscrire|registrieren|regístrate|registrarse)\s*[/|・]?\s*"
     r"(?:ログイン|로그인|登录|登入|登錄|log ?in|sign in|se connecter|anmelden|einloggen|iniciar sesión"
     r"|acceder).{0,80}$"),
    # a feature kept for members: `…会員の方のみご利用いただけます。`, `ご利用には会員登録が必要です。`
    rf"^(?:[^。.!?]{{0,80}}[。.!?]\s*)?{_MEMBERS_ONLY}$",  # (one sentence before it at most)
    # a question to the reader, then the call to sign up: "First-time reader? Sign up here!", "New here? Subscribe"
    r"^[^.!?]{2,40}\?\s*(?:sign up|subscribe|register|join us|abonnez-vous|inscrivez-vous|suscríbete|jetzt abonnieren"
    r"|hier anmelden)(?:\s+(?:here|now|today|for free|free|for (?:our|the) newsletter|ici|aquí|gratis))?\s*[.!]?$",
    r"^support (?:the|our|independent) .{0,80}$",
    r"^\d+\s*min(?:ute)?s?\.?(?:\s*read)?$|^\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$",
    # a reading time in the other languages: "1 min lectura", "3 min de lecture", "Lesezeit: 4 Min."
    rf"^{READING_TIME}$",
    # a page for sending the story by e-mail: "Enviar noticia por correo electronico"
    (r"^(?:enviar (?:noticia|artículo|articulo)(?: por (?:correo|e-?mail).*)?|send (?:this )?(?:story|article)"
     r"(?: (?:by|via) e-?mail)?|envoyer (?:cet article|l'article|par e-?mail).*|artikel (?:per e-?mail )?versenden)$"),
    # a closed live page's notice: "Ce live est à présent terminé."
    (r"^(?:ce (?:live|direct) est (?:à présent |désormais |maintenant )?terminé|this live (?:blog |coverage )?has ended"
     r"|(?:der|dieser) (?:live-?)?(?:ticker|blog) ist beendet|este directo ha (?:finalizado|terminado))\.?$"),
    # a Japanese blog's link lists and sponsor label, a message board's post header
    r"^(?:最新記事|新着記事|人気記事|おすすめ記事|お勧め記事|オススメ記事|注目記事)(?:\s*[(（][^)）]{1,6}[)）])?$|^スポンサーリンク$",
    r"^\d{1,4}\s*[:：].{0,30}?\d{4}/\d{2}/\d{2}\s*[(（].[)）]\s*\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\s+ID:\S+$",
    # a pointer to a link (`※…発表プレスリリースはこちら。`) and a read-aloud player's notice (`기사 읽어주기`)
    # (also with a polite request after the pointer: `ご感想ご意見等のお問い合わせはこちらからお願い致します。`)
    r"^※?.{0,60}(?:はこちら|はコチラ)(?:から(?:お願い(?:致|いた)します|どうぞ))?[。.!！]?$",
    r"^.{0,20}(?:읽어주기|음성\s?듣기|기사\s?듣기).{0,40}$|^.{0,20}브라우저에서만\s.{0,30}$",
    r"^(?:(?:语音播报|語音播報|听新闻|聽新聞|朗读全文|朗讀全文)\s*[:：]?\s*){1,2}$",  # a read-aloud player's label
    r"^(?:•\s*)?(?:il y a|hace|vor)\s+\d+\s+\w+$|^\d+\s*(?:분|시간|일) 전$",
    r"^(?:podcast|photo|image|기사사진)$",
    r"^(?:write to|contact|email) .{2,60}\bat\b\s*\S+@\S+$",
    # a press release's contact block, on one line: "Kontakt: Name Pressesprecherin Tel ... name@org.de"
    (r"^(?:kontakt|pressekontakt|contact|media contacts?|press contacts?|contacto|contacto de prensa"
     r"|contact presse)\s*[:：].{0,200}(?:@|\+?\d[\d ()/-]{6,}).*$"),
    # a link to the page in another language: "Leer en español", "Read in English"
    (r"^(?:leer en (?:español|inglés)|read (?:this )?in (?:english|spanish)|lire en (?:français|anglais)"
     r"|auf deutsch lesen|en español|in english)$"),
    # a comment form's notice on the e-mail address (WordPress's, in the languages it ships)
    (r"^(?:your email address will not be published|이메일 주소는 공개되지 않습니다"
     r"|メールアドレスが公開されることはありません|您的电子邮箱地址不会被公开|您的電子郵件地址不會被公開"
     r"|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht"
     r"|votre adresse (?:e-mail|de messagerie|courriel) ne sera pas publiée"
     r"|tu dirección de correo electrónico no será publicada|o seu endereço de e-mail não será publicado)\b.{0,120}$"),
    # a link to the whole story from a teaser or excerpt: "기사 내용 전체 보기", "Read the full article"
    (r"^(?:기사\s?(?:내용\s?)?(?:전체|전문)\s?보기|read the full (?:article|story)(?: here)?"
     r"|lire l['’]article (?:complet|en entier)"
     r"|(?:ver|leer) (?:el )?artículo completo|den ganzen artikel lesen|記事全文を読む|全文を読む)$"),
    # a pointer to more of the outlet's pages: "Visit communityimpact.com/voter-guide to see results from all …"
    (r"^(?:visit|go to|head to|head over to|besuchen sie|visitez|visita)\s+(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+"
     r"(?:/\S*)?\s+(?:to (?:see|read|find|get|view|follow)"
     r"|for (?:the latest|all|more (?:news|stories|results|coverage)))\b.{0,120}$"),
    (r"^(?:show more|load more|see more|see all|learn more|voir plus|en savoir plus|mehr anzeigen|mehr erfahren"
     r"|saiba mais|전체보기|了解更多|了解詳情|了解详情)$"),
    # a page's loading placeholder: "Cargando...", "Loading…", "Wird geladen …", "加载中…"
    (r"^(?:loading|cargando|carregando|chargement(?: en cours)?|wird geladen|lädt|caricamento(?: in corso)?|読み込み中"
     r"|加载中|載入中|로딩\s?중)\s*(?:\.{2,3}|…)?$"),
    # a live page's and a story's status labels: "En direct", "A suivre", "Live", "Eilmeldung", "속보"
    (r"^(?:live|en direct|direct|à suivre|a suivre|en vivo|en directo|ao vivo|in diretta|breaking(?: news)?|eilmeldung"
     r"|última hora|dernière minute|속보|速報|快讯|快訊)$"),
    # a link's label to another page, no sentence: "Hier geht es zur Abstimmung für das Team der Saison",
    # "Alle Infos zu #SVWBVB im Matchcenter", "Click here for more X charts."
    (r"^(?:hier geht(?:['’]s| es) (?:direkt )?zu[rm]?|alle (?:infos|news|informationen|hintergründe|videos|bilder)"
     r" (?:zu[rm]?|über|rund um))\b[^.!?]{1,80}[.!]?$|^click here (?:for|to)\b.{1,80}$"),
    # a prompt to log in: "It looks like you aren't logged in.", "Click the button below to log in and view …"
    (r"^(?:it looks like you(?:['’]re| are)(?: not|n['’]t) (?:logged|signed) in|you(?:['’]re| are) not (?:logged"
     r"|signed) in|click the button below to (?:log|sign) in|sie sind nicht angemeldet|vous n['’]êtes pas connecté"
     r"|no has iniciado sesión)\b.{0,80}$"),
    # a control of the text's size: "字体大小:", "Schriftgröße", "Taille du texte"
    (r"^(?:字体大小|字體大小|字号|字號|font size|text size|schriftgröße|taille du texte"
     r"|tamaño de (?:letra|fuente|texto)|글자\s?크기|文字サイズ)\s*[:：]?\s*(?:[-+aA小中大]\s*){0,4}$"),
    # a paywall's labels and prompts: "订户专享 赠阅文章", "订阅登录,以继续阅读全文!", "Subscribe to continue reading"
    (r"^(?:(?:订户|訂戶|订户专享|訂戶專享|会员专享|會員專享|赠阅文章|贈閱文章|付费文章|付費文章|subscriber exclusive"
     r"|subscribers? only|premium|abo|abo\+|exclusivo para suscriptores)\s*){1,3}$"
     r"|^.{0,40}(?:订户专享|訂戶專享|会员专享|會員專享|VIP会员|VIP會員).{0,80}$"
     r"|^.{0,20}(?:订阅|訂閱|登录|登入|登錄).{0,20}(?:继续阅读|繼續閱讀|阅读全文|閱讀全文).{0,20}$"
     r"|^.{0,40}\b(?:to (?:continue|keep) reading|to read the full (?:article|story)|um weiterzulesen"
     r"|pour (?:lire la suite|continuer (?:à|de) lire)|para (?:seguir|continuar) leyendo)\b.{0,60}$"),
    # a prompt to follow the outlet's page elsewhere: "LIKE我们的官方脸书网页以获取更多新信息"
    (r"^.{0,10}(?:关注|關注|追踪|追蹤|like|赞|讚|订阅|訂閱)\s?(?:我们|我們)的?.{0,20}(?:脸书|臉書|facebook|微博|微信"
     r"|公众号|公眾號|instagram|youtube|频道|頻道|网页|網頁).{0,40}$"),
    # a site's notices about cookies and privacy, the browser, its app: not the article's
    (r"^.{0,80}(?:cookies?|隱私|隐私|쿠키|個人情報).{0,80}(?:同意|consent|accept|akzeptier|accepte|acepta|동의|規範|规范"
     r"|policy|richtlinie|politique|política)\S{0,40}[.。]?$"),
    r"^(?:your browser|this browser|ihr browser|votre navigateur|su navegador)\b.{0,160}$",
    # a share link's label for screen readers: "• Whatsapp: abre ventana nueva", "Facebook: opens in a new window"
    (r"^.{0,30}[:：]\s*(?:abre (?:en )?(?:una )?ventana nueva|opens in (?:a )?new (?:window|tab)"
     r"|öffnet in (?:einem )?neuen (?:fenster|tab)|ouvre (?:dans )?une nouvelle fenêtre)$"),
    # an offer of the site in another language: "日本語版「フォーカス台湾」に移動しますか。"
    r"^.{0,60}(?:に移動しますか|へ移動しますか|로 이동하시겠습니까)[。?？]?$",
    r"^.{0,30}(?:app\s?下載|app\s?下载|앱\s?다운로드|download (?:our|the) app|アプリ(?:を|の)?ダウンロード).{0,40}$",
    r"^(?:下載|下载|download|다운로드|ダウンロード)$|^\d{1,3}(?:\.\d{1,3}){3}$",  # a download label; an IP address
    # an app's promotion, its icon's text: "中央社一手新聞APP Icon中央社一手新聞APP", "연합뉴스 앱"
    r"^.{0,40}APP\s+Icon.{0,40}$|^[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af「」]{2,20}\s?(?:APP|App|app|앱|アプリ)$",
    r"^\S+@\S+\.\w+$|^\[email protected\]$|^-?\s*\[email&#160;protected\]$",
    r"^\(?(?:end|끝|完)\)?$|^\(END\)$",
    r"^home top$",
    r"^(?:send feedback|how can we improve\?|thanks for your feedback!?|was this helpful\??)$",
    (r"^(?:hashtags|tags|topics|category|categories|news archive|etiquetas|schlagwörter|mots-clés|stats"
     r"|temas relacionados"
     r"|태그|标签|タグ)$"),
    r"^(?:more|más|plus d'|mehr)\s(?:news|noticias|d'actualités|nachrichten)\s(?:on|about|sobre|sur|zu|aus)\s.{1,40}$",
    r"^\(\(?(?:habrá ampliación|ampliación|más información en breve|update to follow|mehr in kürze)\)?\)$",
    r"^(?:try our ai features|explore what .{1,30} can do for you:?)$",
    # the same notice in the other languages, with its mark (a sentence may reserve rights)
    rf"^(?=.*(?:[©ⓒ]|\(c\))).{{0,40}}(?:{RIGHTS_RESERVED}).{{0,120}}$",
    rf"^.{{0,40}}(?:{NOTICE_WORDS}).{{0,120}}$",
    # a notice that opens with its mark and the outlet's motto, its words last, perhaps in angle brackets:
    # `<ⓒ경제를 보는 눈, 세계를 보는 창 아시아경제(www.asiae.co.kr) 무단전재 배포금지>`
    rf"^[<〈《(\[]?\s*[©ⓒ].{{0,100}}(?:{NOTICE_WORDS}).{{0,30}}$",
    # an agency's long rights notice over or under its copy, in one paragraph: "Tous droits de reproduction et de
    # représentation réservés.© 2024 - Agence France-Presse. Toutes les informations (texte, photo, vidéo, …) …"
    (r"^(?:tous droits de reproduction(?: et de représentation)? réservés|all rights of reproduction(?: and "
     r"representation)? reserved|alle rechte der vervielfältigung(?: und darstellung)? vorbehalten"
     r"|todos los derechos de reproducción(?: y representación)? reservados)\s*[.©].{0,1500}$"),
    # a picture agency's slug alone on a line, words in capitals joined by hyphens: `ATHLETICS-USA-MARATHON-BOSTON`
    # (a place's name in capitals joins its words with particles: `BRETIGNY-SUR-ORGE`, `SAINT-RÉMY-DE-PROVENCE`)
    (r"^(?-i:(?!.*(?:^|-)(?:SUR|SOUS|LE|LA|LES|LÈS|LEZ|DE|DU|DES|EN|AUX?|ET|SAINTE?|STE?|DEL|DI|AM|AN|IM|BEI|OB)"
     r"(?:-|$))[A-Z]{2,}(?:-[A-Z0-9]{2,}){2,}(?:/[A-Z0-9]{2,})?)$"),
    # a heading over the site's other headlines: `More Sports Headlines`, `More Top Stories`
    r"^more (?:[\w'’-]+ ){0,2}(?:headlines|top stories)$",
    # the agencies' reprint notice, after their copyright or alone: `This material may not be published, broadcast,
    # rewritten or redistributed.`
    rf"^.{{0,120}}{REDISTRIBUTION}.{{0,40}}$",
    # a Japanese blog's trackbacks: `この記事へのトラックバック一覧です: …`, `トラックバック`
    r"^(?:この記事へのトラックバック(?:一覧です)?\s*[:：]?.{0,80}|トラックバック)$",
    # (`会員登録いただき…` in a release's sentence says who registered: no prompt; `…いただきますと` is one)
    (r"^.{0,60}(?:有料会員|続きを読む|続きをお読み|会員登録(?!いただき(?!ます))|記事中の広告|詳しくはこちら"
     r"|この連載の一覧|残り\d+文字)"
     r".{0,80}$"),
    r"^.{0,40}(?:이 기사는 유료|구독하기|구독 신청).{0,60}$",
    r"^(?:【\s*编辑\s*[:：].{1,10}】|【\s*責任編輯.{1,10}】|责任编辑[:：].{1,10})$",
    # the responsible editor's credit under a Chinese text, a label before it or in brackets:
    # `【我要糾錯】責任編輯:雷麗娜`, `(责编:李强强、高红霞)`
    rf"^(?:【[^】]{{1,8}}】\s*)?[(（]?\s*{_EDITOR_LABEL}\s*[:：][^()（）]{{1,60}}[)）]?(?<![。.])$",
    rf"^{CRUMB_LABEL}(?!.*[。.!?]$).*$",  # (a sentence about a place is none: `所在位置:市中心的一座旧桥。`)
    r"^.{0,20}(?:ICP[证證备備]|公网安备|公網安備|许可证\d|許可證\d).*$",  # a Chinese site's licence footer
    r"^[(（](?:资料图片仅供参考|資料圖片僅供參考|资料图|資料圖|图片来源.{0,20}|圖片來源.{0,20})[)）]$",
    r"^[↩←⌂]?\s*(?:home|accueil|startseite|inicio|portada|首页|首頁|홈)$",
    r"^(?:reader view|reading view|vue lecture|leseansicht|vista de lectura)$",
    # an advertisement's notice amid the text, and a subscription's invitation: `la suite après cette publicité`
    (r"^(?:la suite après cette publicité|(?:l'|l’)article continue après la publicité"
     r"|continúa después de la publicidad|story continues below (?:this )?advertisement"
     r"|découvrez nos (?:offres|abonnements))$"),
    (r"^.{0,40}(?:réservé aux abonnés|article est réservé|déjà abonné|continuez à lire|abonnez-vous|nur für abonnenten"
     r"|solo para suscriptores|exclusivo para suscriptores|ya eres suscriptor).{0,80}$"),
    r"^(?:la rédaction vous conseille|zum thema)$",
    r"^(?:分享到|分享|シェア|공유하기)\s*[:：]?$",
    r"^.{2,12}\d{4}-\d{2}-\d{2}号报道$",
    r"^【?\s*(?:打\s*印|打印|关闭|關閉).*$|^】.*【.*$",
    r"^(?:第\d+版\s*[(（].{1,6}[)）]|专栏\s*[:：]?|專欄\s*[:：]?)$",
    r"^(?:posts tagged|archives? for|filed under|tagged with)\b.*$",
    r"^(?:edition|エディション)\s*[:：]\s*$",
    r"^(?:google|yahoo|msn)\s*$",
    r"^\(?省略\)?$|^\(Texto\).*$",
    r"^\d{1,2}[:.h]\d{2}\s*[-–]\s*\d{1,2}[:.h]\d{2}$",  # a programme's time slot
    # a stamp of a day and a time with no month or year (`22日 19時00分`, `22일 오후 7시 00분`): no date, the page's
    r"^\d{1,2}\s?(?:日|일)\s*(?:午前|午後|오전|오후)?\s*\d{1,2}\s?(?:時|시)\s?\d{1,2}\s?(?:分|분)$",
    # a page's note on the local edition the reader picked: "Has elegido la edición de . Verás las noticias …"
    (r"^(?:has elegido la edición|you have (?:chosen|selected) the .{0,20}edition|vous avez choisi l['’]édition"
     r"|sie haben (?:die )?ausgabe)\b.{0,200}$"),
    # a print edition's page label, its page and section (`A26:中国新闻·时事`, `第A26版：要闻`)
    r"^第?[A-Z]{0,2}\d{1,3}(?:版|面)?\s*[:：]\s*[^\s:：,，。.!?]{2,16}$",
    # a breadcrumb from the home page with one step (`数字版首页 > 第A26:中国新闻·时事`, `Home > Politics`)
    r"^[^>›»]{0,10}(?:home|accueil|startseite|inicio|portada|首页|首頁|홈|トップ)\s*[>›»]\s*[^>›»]{1,40}$",
    # links to the day or the story before and after (`前一天  后一天`, `上一篇`, `下一篇`), and an e-paper's
    # pager: its page, then the issue and the page before and after (`第01版 上一期 下一期 上一版 下一版`)
    (r"^(?:第\s?[A-Z]?\d{1,3}\s?版\s*[:：]?\s*)?(?:(?:前一天|后一天|後一天|上一篇|下一篇|上一页|下一页|上一頁|下一頁|上一則"
     r"|下一則|上一期|下一期|上一版|下一版|往期回顾|往期回顧)\s*){1,4}$"),
    # a link to the live page on the story: "- Follow live updates", "Suivez notre direct"
    (r"^(?:follow (?:our )?live(?: updates| coverage| blog)?|(?:suivez|suivre) (?:notre |le )?direct"
     r"|sigue (?:nuestro |el )?directo|(?:verfolgen sie )?(?:unseren |den )?live-?ticker|zum live-?blog)$"),
    # a promotion of a live broadcast: "ENTREVISTA RODRI Sigue en directo la entrevista en 'El Larguero' a …"
    # (the call opens the line, or follows a label in capitals: a sentence that mentions following live is text)
    (r"^(?-i:[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9'’ -]{1,40}\s)?(?-i:Sigue en directo|Siga en directo|Follow live|Watch live"
     r"|Suivez en direct|Regardez en direct|Verfolgen Sie live|Segui in diretta|Acompanhe ao vivo)\b.{0,160}$"),
    # a picture's zoom prompt: "<이미지를 클릭하시면 크게 보실 수 있습니다>", "Click on the image to enlarge"
    (r"^<?\s*(?:이미지를 클릭하시면 크게 보실 수 있습니다"
     r"|click (?:on )?(?:the )?(?:(?:image|photo|picture) )?to enlarge"
     r"|(?:klicken sie )?(?:auf das bild )?zum vergrößern(?: klicken)?|cliquez (?:sur l['’]image )?pour agrandir"
     r"|haga clic (?:en la imagen )?para ampliar|画像をクリックすると拡大(?:します)?)\s*>?[.。]?$"),
    # a picture's terms of use: "Bei Verwendung in Social Media muss die Bildquelle am Bild genannt werden; …"
    (r"^.{0,60}(?:bildquelle|bildnachweis|urheber des bildes|image source|image credit|source de l['’]image"
     r"|fuente de la imagen).{0,120}(?:genannt|angegeben|nennen|must be (?:named|credited|cited)"
     r"|doit être (?:mentionnée|citée)|debe (?:citarse|mencionarse)).{0,160}$"
     r"|^images? may be subject to copyright\.?$"),
    # a programme's name with its weekly slot: "KTV 뉴스중심 월~금요일 14시 00분", "Newsroom Mon-Fri 2pm"
    (r"^(?:(?-i:(?![a-zà-ÿ]))\S+\s){0,4}(?:[월화수목금토일]\s?[~-]\s?[월화수목금토일]요일|[月火水木金土日]\s?[~〜～-]\s?[月火水木金土日]曜日?"
     r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?\s?[-–~]\s?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?)"
     r"\s*(?:at\s)?\d{1,2}(?:\s?시(?:\s?\d{1,2}\s?분)?|\s?時(?:\s?\d{1,2}\s?分)?|[:.h]\d{2}|\s?[ap]\.?m\.?)?$"),
    r"^[-–—•·|,.:;]+$",
    # a prompt to follow the outlet: "Keine Story von Der Tagesspiegel mehr verpassen.", "Never miss a story from X"
    (r"^(?:keine (?:story|nachricht|meldung|news|folge)\b.{0,60}\bverpassen"
     r"|(?:never miss (?:a|another) (?:story|post|update)|ne manquez (?:plus )?aucun (?:article|épisode)"
     r"|no te pierdas (?:ninguna|ni una) (?:noticia|historia))\b.{0,60})[.!]?$"),
    # a live page's or a story's notice that it is updated: "Der Liveticker wird ständig aktualisiert.",
    # "This story will be updated.", "Cet article sera mis à jour.", "Esta noticia se irá actualizando."
    (r"^(?:(?:der|dieser|unser|die) (?:live-?ticker|live-?blog|ticker|artikel|beitrag|meldung|text) wird (?:ständig"
     r"|laufend|fortlaufend|regelmäßig|weiter)? ?aktualisiert"
     r"|(?:this is a (?:developing|breaking) (?:news )?story(?: and|,)? (?:it )?(?:will|may) be updated"
     r"|this (?:story|article|page|post|blog) (?:will be|is being|has been|may be) updated)"
     r"|(?:cet article|cette page|ce direct|ce live) (?:sera|est) (?:mis à jour|actualisée?|réactualisée?)"
     r"|(?:esta noticia|este artículo|esta información|este directo) (?:se irá actualizando|se actualizará|está"
     r" siendo actualizad[ao]))\b.{0,60}[.!]?$"),
    # a link to a video or gallery with its length: "VIDEO: Booster-Ansturm auf mobile Impfzentren (2 Min)"
    (r"^(?:video|videos|audio|podcast|bildergalerie|galerie|fotostrecke|gallery|vídeo|vidéo|galería)\s*:\s*.{3,160}"
     r"\(\d{1,3}(?::\d{2})?\s?(?:min|minuten|minutes|sek|sec|s|bilder|fotos|photos)\.?\)$"),
    # a video's length on a line of its own: "Duración 00:09:13", "Dauer: 2:30"
    (r"^(?:duración|duration|dauer|durée|durata|duração|再生時間|재생\s?시간|时长|時長|length)\s*[:：]?\s*"
     r"\d{1,2}:\d{2}(?::\d{2})?$"),
    # a translation widget's label: "ENGLISH translation app left", "Translate this page", "Traduire"
    (r"^(?:[A-ZÀ-Ý]{4,12}\s)?(?:translate(?: this (?:page|article|post))?|translation(?: app| widget| tool)?"
     r"(?: left| right)?|google translate|traduire(?: cette page| cet article)?|traducir(?: esta página)?"
     r"|übersetzen|diese seite übersetzen|번역하기|翻訳する|翻译|翻譯)$"),
    # a site search's empty result and its hints: "We could not find any results for:", "Make sure your spelling
    # is correct or try broadening your search."
    (r"^(?:we could not find any results|no results (?:were )?found|sorry,? no results|your search (?:did not match"
     r"|returned no)|keine (?:ergebnisse|treffer) (?:gefunden|für)|aucun résultat (?:trouvé|pour|ne correspond)"
     r"|no se (?:encontraron|han encontrado) resultados|검색 결과가 없습니다"
     r"|検索結果(?:がありません|は見つかりませんでした)|没有找到|沒有找到)\b.{0,60}$"
     r"|^(?:make sure (?:your spelling is correct|all words are spelled correctly)|try (?:different|more general"
     r"|broadening|other) (?:keywords|search terms|your search)|überprüfen sie (?:die|ihre) schreibweise"
     r"|vérifiez l['’]orthographe)\b.{0,80}$"),
    # a logo's alternative text: "ADVFN Logo ADVFN", "The Daily logo"
    r"^(?:[\w.&'’-]+\s){1,2}logo(?:\s[\w.&'’-]+){0,2}$",
    # a site's tagline under the text: "国内外約100の拠点を軸に、…旬のニュースを的確に、いち早くお届けします。",
    # "Bringing you the latest news from …"
    (r"^.{0,80}(?:ニュース|情報|話題)(?:を|も).{0,30}お届けします[。.]?$"
     r"|^(?:bringing you|delivering|your (?:trusted )?source for) (?:the )?(?:latest|breaking|local|trusted) news\b"
     r".{0,80}$"),
    # a market figure's footnote: "*As of market close", "*Data as of 4pm ET"
    r"^\*\s?(?:data |prices )?as of (?:market close|the close|\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?)\b.{0,40}$",
    # an embedded video's or post's credit: the platform, then the channel (`유튜브, KFATV`, `YouTube/Channel`)
    (r"^(?:유튜브|youtube|트위터|twitter|인스타그램|instagram|페이스북|facebook|틱톡|tiktok)\s?[,/·]\s?"
     r"[^.!?。\s][^.!?。]{0,30}$|^(?:유튜브|트위터|인스타그램|페이스북|틱톡)\s.{1,30}\s?캡처$"),
    # a link's text cut off at a dash, as a related-stories box prints it: "• El único acusado -"
    r"^[^.!?。]{2,80}\s[-–—]$",
    r"^\d{1,3}(?:[,.]\d{3})*(?:\s+\d{1,3}(?:[,.]\d{3})*)*$",  # counts alone: views, comments, likes ("36,517 261")
    # a widget's two counters set apart by a spaced colon (`0 : 0`, likes and dislikes): a time has no spaces
    r"^\d{1,5}\s:\s\d{1,5}$",
    # a link to the outlet's editorial standards under each story: "Our Standards: The Thomson Reuters Trust
    # Principles.", "Editorial standards", "Learn more about our editorial standards"
    (r"^(?:our (?:editorial )?standards|editorial (?:standards|guidelines|policy|principles)|our editorial"
     r" (?:guidelines|principles|values)|(?:learn more about|read about|read) our (?:editorial )?(?:standards"
     r"|guidelines|ethics policy))(?:\s*:\s*\S.{0,80})?\.?$"),
    # a video player's text for screen readers
    (r"^(?:beginning of dialog window\..*|end of dialog window\.|this is a modal window\.?.*"
     r"|video player is loading\.?)$"),
    # a date's label whose date is gone: "• Aktualisiert am", "Updated", "Publié le"
    (r"^(?:(?:published|publié|publicado|posted|updated|mis à jour|actualizado|aktualisiert|veröffentlicht"
     r"|erschienen|stand)(?:\s+(?:am|on|le|el|at|à|:))?|le|la|el|on|am|at|à)\s*:?$"),
    r"^《.{1,30}》$",
    r"^\[(?:anchor(?: lead)?|앵커|기자|reporter|리포트)\]$",
    # a broadcaster's tip-off box and its lines, and the crew's credits under a report
    r"^[■□▶▷◆◇●○※]\s*(?:제보하기|제보|tip-?off|contact us).*$",
    r"^▷\s*.{1,40}\s*[:：].{1,80}$",
    # the tip-off box without colons: "MBC 뉴스는 24시간 여러분의 제보를 기다립니다.", "▷ 전화 02-784-4000"
    r"^.{0,20}(?:여러분의 )?제보를 기다립니다\.?$|^▷\s*(?:전화|이메일|카카오톡|문자|팩스|홈페이지)\s.{1,60}$",
    r"^.{0,12}(?:기사\s?문의|제보)(?:\s?및\s?제보)?\s*[:：].{1,60}$",  # `연합뉴스TV 기사문의 및 제보 : ...`
    r"^(?:촬영기자|영상취재|영상편집|그래픽|촬영|자막뉴스|編集|撮影)\s*[:：].{1,60}$",
    # a Korean portal's comment and share widgets: "댓글 첫 댓글을 작성해보세요", "주소복사가 완료되었습니다"
    (r"^(?:이제 해당 (?:작성자의 )?댓글 내용을.{0,20}|확인할 수 없습니다\.?|삭제하시겠습니까\??"
     r"|댓글 첫 댓글을 작성해보세요|주소복사가 완료되었습니다)$"),
    # a portal's reaction prompt and its pointer to the outlet's own page
    r"^이 기사에 대해 어떻게 생각하시나요\??$|^.{1,20}에서 직접 확인하세요\.?(?: 해당 언론사로 이동합니다\.?)?$",
    # a link to the article where it first ran: "기사 원문 - https://…", "原文链接：https://…"
    r"^(?:기사\s?원문|원문\s?보기|原文链接|原文連結|原文|source article|original article|article original)\s*[-:：]?\s*https?://\S+$",
    r"^(?:rejoignez-nous|suivez-nous|folgen sie uns|síguenos|follow us).*$",
    # a breadcrumb of sections between `>`: "Local News > Archive > October 2016 > 11"
    r"^(?:[^>]{1,30}\s>\s){2,}[^>]{0,30}$",
    # a date stamp whose dates are gone: "Posted , updated"
    r"^(?:posted|published|publicado|publié)\s*,\s*(?:updated|atualizado|actualizado|mis à jour)\s*$",
    r"^[×✕✖]$",  # a close button
    r"^(?:by|par|von|por)$",  # a byline's word whose name is gone
    # a credit's label whose name is gone: "作者:", "記者：", "Autor:"
    r"^(?:作者|記者|记者|撰文|编辑|編輯|责任编辑|責任編輯|author|autor|auteur|autore)\s*[:：]$",
    # a video player's suggestion label: "video suggerito", "vídeo recomendado"
    r"^(?:video suggerit[oi]|video consigliat[oi]|vídeos? recomendados?|vídeos? sugeridos?|suggested videos?)$",
    # a prompt that ends in a link: "Já segue a Informação da X no WhatsApp? É só clicar aqui"
    (r"^.{0,100}\b(?:clique aqui|clicar aqui|click here|clicca qui|cliccate qui|haga clic aquí|haz clic aquí"
     r"|cliquez ici|hier klicken)[.!]?$"),
    # a site's follow and contact prompts at the foot: "Per restare aggiornato ... seguici ...", "... contattaci"
    (r"^.{0,80}\b(?:seguici|seguiteci|siga-nos|sigam-nos|segue-nos|follow us on|like us on)\b.{0,200}$"
     r"|^.{0,80}\b(?:contattaci|contact us|contacte-nos|fale conosco)\.?$"),
    # a picture's file name without its extension, left as its alternative text: "vigilance-meteo-france"
    # (three to eight lower-case words of four letters or more, or numbers, joined by hyphens, alone on the
    # line, as a CMS names an upload; a compound's short words, `state-of-the-art`, make it none)
    r"^(?-i:(?:[a-z]{4,}|\d+)(?:-(?:[a-z]{4,}|\d+)){2,7})$",
    # an invitation to the outlet's channel on a messaging app: "Únete a nuestro canal ¡X ya está en Whatsapp!, …",
    # "Join our WhatsApp channel", "Rejoignez notre chaîne Telegram" (the line opens with the call, and the channel
    # is the outlet's own: "Join the ministry's WhatsApp channel …, officials urged" is a story's sentence)
    (r"^(?:(?:para|to|pour|um) [^,]{4,60},\s*)?"  # (a purpose before the call: "Para estar siempre al día, …")
     r"(?:únete|unete|súmate|suscríbete|síguenos|join|subscribe to|rejoignez|abonnez-vous à|folgen sie|abonnieren sie"
     r"|segui|iscriviti)\b(?:.{0,80}\b(?:our|nuestro|nuestra|notre|nos|unser\w*|nostro|nostra|nosso|nossa)\b"
     r"|nos\b|uns\b|us\b|ci\b)\s?.{0,80}\b(?:whatsapp|telegram)\b.{0,200}$"),
    # a pointer to the outlet's other coverage: "Acompanhe o nosso liveblog ...", "Acompanhe o trabalho especial ..."
    r"^acompanhe (?:o|a|os|as) (?:nosso|nossa|nossos|nossas|trabalho|cobertura|liveblog|especial)\b.{0,160}$",
    r"^(?:read now|read it now|join now|leia agora|leggi ora)$",
    # the page's own address under its label: "本文网址:http://www.crntt.cn/…", "Permalink: https://…"
    (r"^(?:本文网址|本文網址|本文链接|本文鏈接|本页网址|本頁網址|文章网址|文章網址|permalink|short url|page url"
     r"|artikel-url|lien permanent|url corta|enlace permanente|url curta|このページのurl|기사\s?주소)\s*[:：]\s*(?:https?://|www\.)\S+$"),
    # a newsletter's referral button: "Start sharing now", "Refer a friend", "Share the Brew"
    r"^(?:start sharing|share now|refer a friend|refer (?:your )?friends|share the \w+)(?: now| today| here)?[.!]?$",
    # a release wire's pointers to its media: "(Logo: https://…)", "(To view the Multimedia News Release, go to: …)"
    (r"^\(?\s*(?:logo|photo|photos|video|image|infographic|multimedia(?: release)?|to view (?:the|this) [^:]{2,40}"
     r"|to download [^:]{2,40})\s*:\s*(?:go to:?\s*)?https?://\S+\s*\)?$"),
    # an e-mail newsletter's notes for a reader whose mail program shows it badly
    (r"^.{0,80}\b(?:e-?mail|newsletter) (?:not displaying correctly|not displaying properly|looks? wrong)\??$"
     r"|^(?:view (?:it|this (?:e-?mail|newsletter)|online|this online) in (?:your|a|the) (?:web )?browser"
     r"|view (?:this e-?mail|online|in (?:your )?browser)|having trouble viewing this e-?mail\??)\.?$"),
    r"^(?:fundado en \d{4}|founded in \d{4}|gegründet \d{4})$",
    # an app's promotion in any order of its words: "▶연합뉴스 앱 지금 바로 다운받기~", "…點我下載APP…"
    (r"^.{0,40}(?:앱|(?<![a-z])app(?![a-z])|アプリ)\s?.{0,12}(?:다운|설치|下載|下载|ダウンロード|download).{0,40}$"
     r"|^.{0,60}(?:下載|下载|다운로드|ダウンロード|download)\s?(?:app(?![a-z])|앱|アプリ).{0,40}$"),
    # a Korean portal's notice on how it files the outlet's story: "이 기사의 카테고리는 언론사의 분류를 따릅니다."
    r"^(?:이 기사의 카테고리는|기사가 속한 카테고리는|언론사는 한 기사를).{0,40}$",
    # a newsletter's sign-up prompt and its controls: "ニュースレターにご登録いただいた方に…ご登録ください。"
    (r"^.{0,60}(?:ニュースレター|newsletter|뉴스레터|メルマガ).{0,60}(?:登録|subscribe|sign up|abonn|anmeld|suscr"
     r"|inscri|구독|신청).{0,60}$|^(?:newsletter|subscription form|nicht mehr anzeigen|ne plus afficher"
     r"|no volver a mostrar|don't show (?:this )?again|url courte|s'abonner|abonnieren|suscribirse)$"),
    # a form's consent to receive the outlet's mail: "Ich möchte gerne Nachrichten … per E-Mail erhalten."
    (r"^(?:ich möchte|je souhaite|je veux|deseo|quiero|i would like|i want)\b.{0,140}"
     r"(?:per e-?mail|par e-?mail|par courriel|por correo|por e-?mail|by e-?mail|via e-?mail)\b.{0,20}$"),
    # a notice that a link leaves the site: "この外部リンク先サイトのコンテンツは、…可能性があります。"
    (r"^.{0,60}(?:外部リンク|外部サイト|external (?:link|site)|lien externe|externe[rn]? (?:link|seite)"
     r"|enlace externo).{0,120}$"),
    # a paper's helpline notice under a story of suicide: "自由電子報關心您︰自殺不能解決問題,…", "安心專線:1925"
    (r"^.{0,20}(?:關心您|关心您)\s*[:：︰].{0,120}$|^.{0,12}(?:專線|专线|상담전화|相談ダイヤル|helpline|hotline|lifeline)"
     r"\s*[:：]?\s*☎?\s*\d[\d-]{2,}[。.]?$"
     r"|^(?:if you or someone you know|if you are having thoughts of suicide)\b.{0,200}$"
     r"|^.{0,60}자살\s?예방\s?(?:상담전화|핫라인).{0,120}$"),
    # a page's reaction buttons: "高兴", "惊讶", "좋아요", "훈훈해요"
    (r"^(?:高兴|高興|惊讶|驚訝|愤怒|憤怒|悲伤|悲傷|关怀|關懷|感动|感動|好笑|无聊|無聊|좋아요|훈훈해요|슬퍼요|화나요"
     r"|후속\s?기사\s?원해요|추천해요|j'aime|me gusta|me encanta|gefällt mir)$"),
    # a label or a caption's fragment left with a table cell's bar: "화재현장 |", "Usted es el visitante |"
    r"^(?!(?:by|von|par|por|di|da)\b)[^|.!?。]{1,40}\s\|$",  # (an empty byline `By  |` is read as one)
    # an icon's empty image with its label: "![]() OPCIONES DEL MENU"
    r"^!\[\]\(\)\s*.{0,40}$",
    # a link to another story behind its label: "Lire aussi : Douarnenez. …", "A voir aussi: Tarbes - …",
    # or the label alone, its link lost in the paste: "Lee también:"
    (r"^(?:lire aussi|à lire aussi|a lire aussi|voir aussi|à voir aussi|a voir aussi|lee también|lea también"
     r"|leer también|ver también|lesen sie auch|siehe auch|read also|also read|see also|leia também|leggi anche"
     r"|puedes ver|mira también|no te pierdas|te puede interesar|read more|related|don['’]t miss|mehr zum thema"
     r"|auch interessant|veja também|leia mais)"
     r"\s*:(?:\s*\S.{3,200})?$"),
    # a market's status line over a ticker: "La bourse ferme dans 7 h 32 min"
    (r"^(?:la bourse (?:ferme|ouvre)|(?:the )?markets? (?:close|open)s?|die börse (?:schließt|öffnet)"
     r"|la bolsa (?:cierra|abre))\s+(?:dans|in|en)\b.{0,20}$"),
    # a live page's notice that newer posts wait: "Il y a de nouveaux articles disponibles, cliquez pour rafraîchir"
    (r"^(?:il y a de nouveaux (?:articles|messages|posts|contenus)"
     r"|(?:there are )?new (?:posts|updates|articles|entries)"
     r"|es gibt neue (?:beiträge|einträge|artikel)|neue (?:beiträge|einträge) (?:verfügbar|vorhanden)"
     r"|hay nuevas? (?:entradas|actualizaciones|publicaciones|artículos))\b.{0,30}"
     r"(?:disponibles?|available|verfügbar|vorhanden|rafraîchir|refresh|reload|aktualisieren|actualizar|recargar)"
     r".{0,60}$"),
    # a site search box's labels: "•   标题    站内高级搜索", "站内搜索", "全文檢索", "サイト内検索", "사이트 내 검색"
    (r"^[•·\-\s]*(?:(?:标题|標題|全文|正文|作者|关键词|關鍵詞|关键字|關鍵字|日期)\s*){0,3}(?:站内|站內|本站|全站)?"
     r"(?:高级|高級)?(?:搜索|检索|檢索|搜尋)(?:\s+(?:站内|站內|本站)?(?:高级|高級)?(?:搜索|检索|檢索|搜尋))?$"
     r"|^(?:サイト内検索|사이트\s?내\s?검색)$"),
    # a live page's badge and notice of a new post: "LIVE Neue Nachricht im Liveticker", "New post in live blog"
    (r"^(?:live\s*[:|•-]?\s*)?(?:(?:eine )?neue (?:nachricht(?:en)?|beitr[äa]ge?|eintr[äa]ge?|meldung(?:en)?) im "
     r"(?:live-?ticker|live-?blog|ticker)|(?:\d+ )?new (?:posts?|updates?|messages?|entries) in (?:the )?"
     r"(?:live ?blog|live ?ticker|live coverage)"
     r"|(?:\d+ )?nouveaux? (?:messages?|posts?|articles?) dans le (?:direct|live)"
     r"|(?:\d+ )?nuevas? (?:entradas?|actualizaciones?|publicaciones?) en (?:el )?directo)$"),
    # a station's terms for an archived story: "This archived news story is available only for your personal,
    # non-commercial use. ..."
    r"^this (?:archived )?(?:news )?(?:story|article|content) is available only for your personal\b.{0,400}$",
    # a site's statement that it prints a release as the issuer sent it, and who answers for it:
    # "PR TIMESが提供するプレスリリースをそのまま掲載しています。…",
    # "Für den Inhalt ist der Herausgeber verantwortlich."
    (r"^.{0,30}(?:プレスリリースをそのまま掲載|リリースを原文のまま掲載).{0,200}$"
     r"|^(?:für den inhalt (?:der pressemitteilung |dieser pressemitteilung )?ist (?:allein )?der herausgeber"
     r"|the (?:issuer|company) is solely responsible for the content of this (?:press )?(?:release|announcement))"
     r".{0,80}$"),
    # a site's note that it printed an agency's feed as it came: "(Only the headline and picture of this report
    # may have been reworked by the X staff; the rest of the content is auto-generated from a syndicated feed.)",
    # "(This story has not been edited by X staff and is auto-generated from a syndicated feed.)"
    (r"^\(?.{0,160}\b(?:auto-?generated from an? (?:syndicated|agency|wire|news) feed|published from an? (?:syndicated"
     r"|agency|wire) feed|has not been edited by .{1,40} staff)\b.{0,160}$"),
    # a note that a machine wrote or edited the text: "✨ durch KI bearbeitet", "This article was generated with AI",
    # "Cet article a été rédigé avec l'aide de l'IA", "Este texto fue generado con IA", "AIで生成", "由AI生成"
    (r"^\W{0,4}(?:(?:dieser |der )?(?:artikel|text|beitrag) (?:wurde |ist )?)?(?:durch|mit|von) "
     r"(?:hilfe (?:von |der )?)?(?:einer )?KI "
     r"(?:bearbeitet|erstellt|generiert|übersetzt|zusammengefasst|geschrieben)\W{0,4}$"
     r"|^\W{0,4}(?:this|the) (?:article|story|text|summary|content) (?:was|is|has been) (?:generated|written|created"
     r"|produced|edited|translated|summari[sz]ed) (?:with|by|using) (?:the (?:help|assistance) of )?(?:an? )?"
     r"(?:AI|artificial intelligence)(?: tools?)?\b.{0,80}$"
     r"|^\W{0,4}(?:cet|l['’]) ?article a été (?:rédigé|généré|traduit|résumé) (?:avec|par) (?:l['’]aide (?:de |d['’]))?"
     r"(?:une |l['’])?(?:IA|intelligence artificielle)\b.{0,80}$"
     r"|^\W{0,4}(?:este|el) (?:artículo|texto|contenido) (?:ha sido|fue) (?:generado|redactado|elaborado|traducido)"
     r" (?:con|por|mediante) (?:la ayuda de )?(?:una )?(?:IA|inteligencia artificial)\b.{0,80}$"
     r"|^\W{0,4}(?:この記事は)?AI(?:で|が|による|を使って)(?:生成|作成|要約|翻訳)(?:しました|されました|しています)?[。.]?$"
     r"|^\W{0,4}(?:本文)?(?:由AI|AI)(?:生成|撰写|撰寫|翻译|翻譯)[。.]?$"
     r"|^\W{0,4}(?:이 기사는 )?AI(?:가|로|를 활용해|를 이용해) (?:생성|작성|요약|번역)"
     r"(?:한|된|했습니다|됐습니다)?.{0,20}$"),
    # a browser's prompt to let the site send its alerts, a question to the reader: "¿Querés recibir notificaciones
    # de alertas?", "Do you want to receive push notifications?", "Voulez-vous recevoir nos notifications ?"
    (r"^¿?(?:(?:do )?you want to|would you like to|(?:voulez|souhaitez)-vous|querés|quieres|quiere|desea|deseas"
     r"|möchten sie|willst du) (?:receive|get|enable|turn on|recevoir|activer|recibir|activar|erhalten|aktivieren)?"
     r"\s?(?:our |the |nos |les |des |las |unsere |die )?(?:push[- ])?(?:notifications?|notificaciones|alertas?"
     r"|alerts?|benachrichtigungen|push-mitteilungen)\b.{0,40}\?$"),
    # a newsletter box's pitch: what it sends, and that it comes to the reader's mailbox ("Recevez les dernières
    # nouvelles directement dans votre boîte de réception.", "Get the latest news delivered straight to your inbox.")
    (r"^.{0,80}\b(?:(?:directly|straight) (?:to|in|into) your inbox|delivered to your inbox"
     r"|directement dans votre (?:boîte|boite) (?:de réception|courriel|mail|aux lettres)"
     r"|directamente en tu (?:bandeja de entrada|correo)|direkt in (?:ihr|dein)e?n? (?:postfach|posteingang))\W{0,3}$"),
    # a Quebec paper's word for its newsletter, in its sign-up call: "Inscrivez-vous à notre infolettre"
    r"^(?:inscrivez-vous|abonnez-vous|recevez)\b.{0,40}\binfolettres?\b.{0,40}$",
    # a page's prompt to report a mistake in the story: "Trouvé des erreurs?Dites-nous où!", "Une faute?",
    # "Fehler gefunden?", "Found an error? Let us know", "¿Has visto un error?"
    (r"^¿?(?:(?:vous avez )?trouvé (?:des|une) (?:erreurs?|fautes?)|une faute|fehler gefunden|(?:have you )?"
     r"(?:found|spotted|see) (?:an? )?(?:error|mistake|typo)|(?:has visto|encontraste|viste) (?:un|algún) error)"
     r"\s?\?\s?.{0,40}$"),
    # a Chinese site's prompt to read in its app, and a plea for donations under the text: "观察者APP,更好阅读体验",
    # "如果您喜欢本文章,欢迎捐款和支持!"
    r"^.{0,12}(?:APP|App|app|客户端|客戶端)\s?[,，、]?\s?(?:更好|更佳|更优|更優)的?(?:阅读|閱讀)(?:体验|體驗)[。!！]?$",
    r"^如果(?:您|你)?(?:喜欢|喜歡)(?:本文|本文章|这篇文章|這篇文章)[,，].{0,10}(?:捐款|捐助|打赏|打賞|赞助|贊助).{0,12}$",
    # the site's own address alone in brackets, as a Chinese paper signs its text: "(http://www.dajiyuan.com)"
    r"^[(（]\s*(?:https?://)?www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\s*[)）]$",
    # a video's place on BBC's pages (every language service): the notice to a browser without JavaScript, then
    # the video's caption after its hidden label: "Pour regarder ce contenu, veuillez activer JavaScript ou essayer un
    # autre navigateur. Légende vidéo, …", "Video caption, …"
    (rf"^(?:{_NO_SCRIPT}[.]?\s*)?(?:video caption|media caption|légende vidéo|título del video|legenda do vídeo"
     rf"|動画説明|동영상 설명|视频加注文字|視頻加注文字)\s?[,，].{{0,300}}$|^{_NO_SCRIPT}[.]?$"),
    # a line of bars, dashes, quotes or marks alone, with no letter or digit: a table cell's bar, a dash or quotes
    # left by a widget, a row of marks between parts of a page (`|`, `—`, `' '`, `◇     ◇     ◇`); a bracket alone
    # closes a block of code, and stays
    r"^[|¦—–\-'\"‘’“”◇◆□■*·…~_=]{1,3}(?:\s+[|¦—–\-'\"‘’“”◇◆□■*·…~_=]{1,3}){0,4}$",
    # a link to the outlet's other stories on the subject, in brackets under the text: "(More stock market stories.)"
    r"^\((?:more|read more|see more|all) (?:[\w'’-]+ ){1,4}(?:stories|news|articles|coverage)\.?\)$",
    # a reader's poll on the article, a question over its buttons: "이 기사 어때요?", "Was this article helpful?",
    # "¿Te ha gustado este artículo?", "Cet article vous a-t-il plu ?", "Wie gefällt Ihnen dieser Artikel?"
    (r"^¿?(?:이 기사 어때요|이 기사를 추천합니다|was this (?:article|story) helpful"
     r"|did you (?:like|enjoy) this (?:article|story)|te ha gustado (?:este|el) artículo|cet article vous a-t-il plu"
     r"|wie gefällt ihnen dieser artikel"
     r"|この記事はいかがでしたか|この記事は役に立ちましたか)\s?[?？]?$"),
    # a portal's links to its other stories under the text's tags: "「企画展」でほかの記事を検索"
    r"^(?:「[^」]{1,30}」でほかの記事を検索\s*)+$",
    # a notice that the links a page collects may break: "記事が削除される等の理由で、リンク切れとなる場合があります。"
    r"^.{0,40}リンク切れ(?:と|に)なる(?:場合|こと)があります.{0,20}$",
    # a link's label with its double arrow, pointing to another page: "進入[中國新聞]>>", "Lire la suite >>",
    # "そのほかの選挙を探すには選挙検索をご利用ください>>"
    r"^[^.!?。！？]{2,60}(?:>>|≫)$",
    # a link's label pointing to the story on its own site, its link lost: "Find article here.", "Read the full
    # article here.", "Vea los detalles en esta nota:"
    (r"^(?:find|read|see|view) (?:the )?(?:full |original |whole )?(?:article|story|report) (?:here|online)[.:]?$"
     r"|^(?:vea|lea|mira|consulte) (?:los detalles|más detalles|la información|toda la información) en (?:esta|la"
     r" siguiente) nota\s?[.:]?$"),
))
_LINK_LABELS = r"(?:Leer más|Lire la suite|Weiterlesen|Read more|Continue reading|続きを読む|Share)"
#: A link label glued to a line's end; in brackets (`…[続きを読む]`) it takes the ellipsis before it along.
_GLUED_TAILS = re.compile(rf"\s*(?:{_LINK_LABELS}|…?\s*[\[［]{_LINK_LABELS}[\]］])\s*$"
                          # a short link label set apart by two spaces, its ellipsis lost to an encoding: `…  Voir?`
                          r"|\s{2,}(?:Voir|Lire|Voir plus|Lire plus|Ver|Ver más|Leer|Mehr|More|Read)(?:…|\.{3}|\?)$"
                          # a teaser's link label after the ellipsis that cuts it short: `… ermöglichen. ... Lesen`
                          r"|(?:(?<=\.\.\.)|(?<=…))\s+(?:Lesen|Weiterlesen|Mehr lesen|Mehr|Read|Read more|More|Lire"
                          r"|Lire plus|Lire la suite|Leer|Leer más|Ver más)$"
                          # the page's prompt for a feature kept for members, glued after the last sentence
                          # (`…受賞した。記事に『リアクション』ができます。ご利用には会員登録が必要です。`)
                          rf"|(?<=[。.!?])\s*(?:[^。.!?]{{0,20}}(?:リアクション|コメント|フォロー|reaction|comment)[^。.!?]{{0,20}}[。.!]\s*)?"
                          rf"{_MEMBERS_ONLY}$"
                          # a Japanese paper's note that the rest is in print or for members, after the last
                          # sentence (`…検討する。 (全文は朝刊または携帯サイトで)`)
                          r"|(?<=[。.!?])\s*[(（](?:全文|続き)は[^()（）]{0,6}(?:朝刊|夕刊|紙面|本紙|携帯|有料|会員|デジタル版)"
                          r"[^()（）]{0,16}[)）]$"
                          # a Chinese editor's credit glued after the last sentence or a paper's print credit
                          # (`…发布。(责任编辑:X)`, `《 人民日报 》( 2021年03月01日 13 版)(责编:X、Y)`)
                          rf"|(?<=[。.!?)）])\s*[(（]{_EDITOR_LABEL}\s*[:：][^()（）]{{1,30}}[)）]$")


def is_menu(line: str) -> bool:
    """A navigation menu: eight or more short words, most not in lower case (the sections' names), and
    no punctuation a headline or sentence has."""
    if len(re.findall(r"\S\s{3,}(?=\S)", line)) >= 3:
        return True  # menu items set apart by runs of spaces: "Home      All news      Contact us"
    words = line.split()
    if 3 <= len(words) <= 25 and len(re.findall(r"[a-z][A-Z]", line)) >= 3 and not re.search(r"[.!?。]$", line):
        return True  # menu items pasted together: "SolutionsLegalReuters News Agency"
    return len(words) >= 8 and not re.search(r"[,.!?\"“”'‘’:;()]", line) and all(len(w) <= 6 for w in words) \
        and 2 * sum(w[:1].islower() for w in words) < len(words) \
        and not _hangul_sentence(words) and not _long_hangul_word(words)  # a menu's items are names


def _long_hangul_word(words: list[str]) -> bool:
    """A word of five Hangul syllables or more among mostly Hangul words (`건설현장서`, `인터넷기자`): a
    headline's compound, where a menu's section names run to four (`정치`, `스포츠`, `오피니언`)."""
    hangul = [w for w in words if re.fullmatch(r"[가-힣]+", w)]
    return len(hangul) * 2 > len(words) and any(len(w) >= 5 for w in hangul)


def _hangul_sentence(words: list[str]) -> bool:
    """Words in Hangul (which has no case), most of them ending with a particle or a verb's ending
    (`전에서`, `승리한`, `손흥민이`): a Korean headline's running words, no menu's names."""
    hangul = [w for w in words if re.fullmatch(r"[가-힣]+", w)]
    endings = sum(bool(re.search(r"(?:에서|으로|로|이|가|을|를|은|는|의|에|한|과|와|도|다|고)$", w)) for w in hangul)
    return len(hangul) * 2 > len(words) and endings * 3 >= len(hangul)


#: Furniture that closes a page's head (under the headline and standfirst, above the text): share
#: and save buttons, an ad label, a reading time, a programme's time slot.
_HEAD_END = re.compile(
    r"^(?:share|share this|teilen|merken|partager|compartir|guardar|sauvegarder|enregistrer|保存|共有|공유하기"
    r"|advertisement|anzeige|publicité|publicidad|\d+\s*min(?:ute)?s?\.?(?:\s*read)?|lesedauer.{0,20}"
    r"|\d{1,2}[:.h]\d{2}\s*[-–]\s*\d{1,2}[:.h]\d{2})$", re.IGNORECASE)


def ends_head(line: str) -> bool:
    """Furniture that closes a page's head (see _HEAD_END)."""
    return bool(_HEAD_END.match(re.sub(r"^[-–•·]\s+", "", line.strip())))


#: A heading that opens the page's list of other stories under the article: what follows it is
#: not the article's (`Meer uit Politiek`, `More from Politics`, `Autres vidéos`, `Most Popular`).
_MORE_HEADING = re.compile(
    r"^(?:meer (?:uit|over|nieuws)|more (?:from|in|stories|news)|mehr (?:aus|zum thema|nachrichten)|plus d['e] "
    r"|más (?:de|noticias)|latest news|latest stories|most popular|most read|most viewed|top stories|read next"
    r"|related (?:stories|articles|news)|autres vidéos|vidéos suivantes|[àa] lire aussi|otras noticias"
    r"|también te puede interesar|te puede interesar|lees ook|ook interessant|weitere nachrichten|das könnte sie auch"
    r"|related topics|most recent (?:\w+ )?stories|more news|많이 본 뉴스|관련기사|관련 기사"
    r"|最新ニュース|関連ニュース|関連記事|相关新闻|相關新聞|热门新闻|相关文章|相關文章|相关阅读|相關閱讀"
    r"|おすすめ記事|おすすめニュース|推荐阅读|推薦閱讀|推荐文章|推薦文章|추천 기사|추천기사|recommended for you"
    r"|更多.{1,8}(?:報導|报道|新聞|新闻)|seguí leyendo|seguir leyendo|últimas noticias"
    r"|友情链接|友情鏈接|合作媒体|合作媒體"
    # a blog's heading over the other posts of its category: `'시사' 카테고리의 다른 글`, `同じカテゴリーの記事`
    r"|'[^']{1,20}' 카테고리의 다른 글|同じカテゴリーの記事|(?:other|more) posts in (?:this|the same) category"
    # a job board's heading under a trade paper's text: `Dernières offres d'emploi`, `Latest jobs`
    r"|(?:dernières |nos )?offres d['’]emploi|(?:latest|featured|recent) jobs|job offers|(?:neueste |aktuelle )?"
    r"stellenangebote|(?:últimas )?ofertas de empleo|最新の求人|求人情報|채용 ?정보)\b.{0,40}$"
    # a press release's contact block: `Rückfragen bitte an:`, `Pressekontakt:`, `Media contact:`
    r"|^(?:rückfragen bitte an|rückfragen an|pressekontakt|medienkontakt|media contacts?|press contacts?"
    r"|contact presse|contacts? presse|contacto de prensa|contacto para medios|お問い合わせ先|문의처)\s*[:：]?$",
    re.IGNORECASE)

#: A comment box's heading alone on its line: `Commentaires`, `Comments`, `Leserkommentare`, `Comentarios`.
_COMMENT_HEADING = re.compile(r"^(?:(?:reader |readers['’] )?comments|commentaires|(?:leser)?kommentare|comentarios"
                              r"|commenti|reacties"
                              # a blog's comment form (WordPress prints one in every language)
                              r"|leave a (?:reply|comment)|답글 남기기|댓글 남기기|コメントを残す"
                              r"|发表回复|發表回覆|发表评论"
                              r"|(?:schreibe|hinterlasse) einen kommentar|laisser un commentaire|laisser une réponse"
                              r"|deja una respuesta|deja un comentario|deixe uma resposta|lascia un commento"
                              # a Korean paper's comment box (`댓글삭제`, its delete button first), a Japanese
                              # blog's (`コメントを書く`)
                              r"|댓글\s?삭제|コメントを書く)"
                              r"\s*[:：]?$", re.IGNORECASE)


#: A reader's comment's action links, printed after each comment and run into the next one when a listing is
#: copied (`Signaler Répondre`, `Report Reply`, `Melden Antworten`, `Responder Denunciar`, `신고 답글`).
_FLAG = r"(?:signaler|report|melden|denunciar|reportar|segnala|신고)"
_REPLY = r"(?:répondre|reply|antworten|responder|rispondi|답글)"
_COMMENT_ACTIONS = re.compile(rf"^(?:{_FLAG}\s*{_REPLY}|{_REPLY}\s*{_FLAG})", re.IGNORECASE)


def comment_actions(line: str) -> bool:
    """A line that opens with a comment's action links (see _COMMENT_ACTIONS)."""
    return bool(_COMMENT_ACTIONS.match(line.strip()))


def comment_heading(line: str) -> bool:
    """A comment box's heading (see _COMMENT_HEADING); it ends the text when a finished sentence is
    right above it (a comment link in a page's head stands among labels)."""
    return bool(_COMMENT_HEADING.match(line.strip()))


#: A paywall's notice that the rest of the text is for subscribers (`Cet article est réservé aux abonnés. Il
#: vous reste 55% à découvrir.`, `Subscribe to continue reading`, `Sie sehen 10% der insgesamt 4064 Zeichen des
#: Artikels`, `订阅登录,以继续阅读全文!`): the copy ends there.
_PAYWALL_CUT = re.compile(
    r"^.{0,60}(?:article est réservé aux abonnés|il vous reste \d{1,2}\s?% (?:de l['’]article )?à (?:découvrir|lire)"
    r"|continuez à lire (?:votre|cet) article|(?:subscribe|log in|sign in|register) to (?:continue|keep) reading"
    r"|pour lire la suite,? (?:rejoignez|abonnez-vous|inscrivez-vous|connectez-vous|identifiez-vous)"
    r"|this (?:article|story|content) is (?:for|only available to|exclusive to) (?:subscribers|members)"
    r"|der (?:artikel|beitrag) ist (?:nur )?für abonnenten|weiterlesen mit (?:\w+\s)?(?:plus|abo|\+)"
    r"|sie sehen \d{1,2}\s?% der (?:insgesamt )?[\d.]+ zeichen des (?:artikels|beitrags)"
    r"|\d{1,2}\s?% des (?:artikels|beitrags|textes) (?:sind|ist) noch verdeckt"
    r"|(?:este|el) artículo es exclusivo para suscriptores|para (?:seguir|continuar) leyendo"
    r"|以继续阅读|以繼續閱讀|이 기사는 유료|続きは有料会員|この記事は有料(?:会員|記事)).{0,80}$", re.IGNORECASE)


def paywall_cut(line: str) -> bool:
    """A paywall's notice that the rest of the text is for subscribers (see _PAYWALL_CUT)."""
    return bool(_PAYWALL_CUT.match(line.strip()))


def post_category(line: str) -> bool:
    """A post's category line (see _POST_CATEGORY)."""
    return bool(re.match(_POST_CATEGORY, line.strip(), re.IGNORECASE))


def opens_more(line: str, heading: bool = False) -> bool:
    """A heading of the page's list of other stories (see _MORE_HEADING), or one of the interface's (rules.interface.
    other_stories_heading); one of a single word (`Trending`) only when the caller knows it stands as a `heading`
    (no running text under it in its paragraph): over a sentence, it is a subhead."""
    return bool(_MORE_HEADING.match(line.strip())) \
        or other_stories_heading(line) and (heading or not one_word(line))


_BAR_MENU = re.compile(r"^(?:[^|]{1,14}\|){3,}[^|]{0,14}$")


def is_menu_line(line: str) -> bool:
    """A page's navigation menu (items set apart by spaces or bars, or run together)."""
    text = line.strip()
    return is_menu(text) or bool(_BAR_MENU.match(text))


def is_page_furniture(line: str) -> bool:
    """True for a line that belongs to the page, not the article (see LINE_PATTERNS)."""
    text = re.sub(r"^[-–•·|](?:\s+|(?=\d))", "", line.strip())  # a list's bullet, a bar's (`·1 min de lecture`)
    text = _ICON_LABEL.sub("", text)  # an icon's label glued before it: `Registration Strip Icon for charts Register …`
    return any(p.match(text) for p in LINE_PATTERNS) or is_menu(text) or section_path(text) \
        or bool(_CLASS_NAME_ITEM.match(line.strip())) or spam_keywords(text) or update_label(text) \
        or interface_label(text)


#: Words of the adult-video and gambling keyword lists that spam injects at the top of hacked or copied Chinese
#: pages (`2025澳门特马今晚开奖,澳门六开奖结果2025开奖记录查询,…`).
_SPAM_WORDS = re.compile(r"在线观看|在線觀看|在线视频|在線視頻|在线播放|在線播放|精品|久久|成人|无码|無碼"
                         r"|视频|視頻|免费|免費|福利|中文字幕"
                         r"|六合彩|六开彩|六開彩|特马|特碼|开奖|開獎|今晚开|今晚開|开好彩|開好彩|(?:资料|資料|记录|記錄)查(?:询|詢)"
                         r"|博彩|娱乐城|娛樂城|百家乐|百家樂|老虎机|老虎機|赌场|賭場|澳门|澳門"
                         r"|一区二区|一區二區|午夜|色综合|国产|國產|欧美|歐美|日韩|日韓|亚洲|亞洲|(?<![a-z])[aα]v(?![a-z])",
                         re.IGNORECASE)


def spam_keywords(line: str) -> bool:
    """A line of keyword phrases injected by spam (`国产成人精品综合在线观看,欧美成a人片在线观看久,…`,
    `成人免费…在线视频软件_久久精品久久久_…`): four phrases or more of at most 30 characters between
    commas, underscores or bars, with no sentence's stop, three in four holding the vocabulary of adult
    video or gambling lists and two of them two such words. A headline or a sentence that names Asia or Europe
    has one such word at most, no such list."""
    if re.search(r"[。！？!?]|\.(?:\s|$)", line):
        return False
    parts = [p.strip() for p in re.split(r"[_,，|]", line) if p.strip()]
    if len(parts) < 4 or any(len(p) > 30 for p in parts):
        return False
    hits = [len(_SPAM_WORDS.findall(p)) for p in parts]
    return sum(h > 0 for h in hits) * 4 >= len(parts) * 3 and sum(h >= 2 for h in hits) >= 2


#: An icon's alternative text glued before a line (`Registration Strip Icon for charts `, `Camera Icon`): one to
#: three capitalised words, then `Icon` and perhaps what it is for.
_ICON_LABEL = re.compile(r"^(?:[A-Z][\w-]*\s){1,3}Icon(?:\sfor\s\w+)?\s*(?=\S)")


#: A style sheet's class name left in the copy as a list item (`• narrow-browser-and-phone`): lower-case
#: words joined by hyphens, three or more, no space, behind a bullet.
_CLASS_NAME_ITEM = re.compile(r"^[•·]\s*[a-z]+(?:-[a-z]+){2,}$")


#: Two or three names of a word or two between bars: `Política | Actualidad`, `World | Asia | China`.
_SECTION_PATH = re.compile(r"^[^\W\d_][\w'’.-]*(?: [\w'’.-]+)?(?:\s\|\s[^\W\d_][\w'’.-]*(?: [\w'’.-]+)?){1,2}$")


def section_path(line: str) -> bool:
    """A section's path between bars (see _SECTION_PATH); a short headline with its outlet behind the
    bar (`Markets wrap | Reuters`, `… | 聯合新聞網`) is none: the browser's title names the source."""
    if not _SECTION_PATH.match(line):
        return False
    from gazette.importer.rules.source import known_agency, looks_like_outlet

    last = line.split("|")[-1].strip()
    return not known_agency(last) and not (looks_like_outlet(last) and " " in last) \
        and not re.search(r"(?:News|Times|Post|Press|Daily|Online|\.\w{2,3})$", last)


#: A breadcrumb's separator printed as an item of its own, numbered or not: `2. >`, `›`.
_CRUMB_SEPARATOR = re.compile(r"^(?:\d{1,2}\.\s*|[-•·]\s+)?[>›»/]$")
#: A breadcrumb's item as a list prints it: its number or its bullet.
_CRUMB_MARK = re.compile(r"^(?:\d{1,2}\.\s*|[-•·]\s+)")


def breadcrumb_items(lines: list[str]) -> list[str]:
    """The items of a breadcrumb printed one item a line, its separators on lines of their own
    (`1. Startseite`, `2. >`, `3. Lokal`, …: a list copied from a page), or [] for other lines."""
    separators = [ln for ln in lines if _CRUMB_SEPARATOR.match(ln.strip())]
    if len(separators) < 2 or len(separators) * 2 + 1 < len(lines):
        return []
    return [_CRUMB_MARK.sub("", ln.strip()) for ln in lines if not _CRUMB_SEPARATOR.match(ln.strip())]


def numbered_crumb(lines: list[str], after: str) -> list[str]:
    """The items of a breadcrumb printed as a numbered list without separators (`1. 日本新聞協会トップページ`
    / `2. すべてのヘッドライン` / `3. Headline`): three items or more numbered from 1 on, each short
    and ending no sentence, whose last item the page prints again right under it (the headline);
    [] otherwise."""
    numbers = [re.match(r"^(\d{1,2})\.\s+(\S.*)$", ln.strip()) for ln in lines]
    if len(lines) < 3 or not all(numbers) or not after.strip():
        return []
    items = [(int(m[1]), m[2].strip()) for m in numbers if m]
    if [n for n, _ in items] != list(range(1, len(items) + 1)) or items[-1][1] != after.strip() \
            or any(size(item) > 12 or SENTENCE_END.search(item) for _, item in items[:-1]):
        return []
    return [item for _, item in items]


def leading_crumb_lines(paragraphs: list[list[str]]) -> int:
    """How many of the first paragraphs are a breadcrumb printed one item a paragraph (a text
    without blank lines: `- Home` / `- /` / `- Top Stories` / `- /` / `- Headline...`): the run of
    one-line list items or numbered items at the top, when it reads as a breadcrumb; 0 otherwise."""
    run = 0
    while run < len(paragraphs) and run < 12 and len(paragraphs[run]) == 1 \
            and _CRUMB_MARK.match(paragraphs[run][0].strip()) and size(paragraphs[run][0]) <= 10:
        run += 1
    return run if run >= 3 and breadcrumb_items([p[0] for p in paragraphs[:run]]) else 0


def _menu_item(line: str) -> bool:
    """A section's name alone: a word or two (`Lokal`, `RSS`), or up to four CJK characters (`國際`)."""
    text = line.strip()
    if re.search(r"[.,:;!?。，、：]|\d", text) or not text:
        return False
    if re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", text):
        return len(text) <= 4
    return len(text.split()) <= 2 and len(text) <= 16


def menu_run(lines: list[str]) -> int:
    """How many of the first lines are a page's menu printed one section a line (four or more
    names alone: `國際`, `社會`, `政治`, …, `RSS`), 0 when they are not."""
    count = next((i for i, ln in enumerate(lines) if not _menu_item(ln)), len(lines))
    return count if count >= 4 else 0



#: A blog's links to the days (or posts) before and after: `« 2022年1月18日 (火) | トップページ | 2022年1月20日 (木) »`.
_DAY_LINKS = re.compile(r"^«.{2,80}\|.{2,80}»$")


def day_links(line: str) -> bool:
    """A blog's links to the pages before and after (see _DAY_LINKS): its dates are not the article's."""
    return bool(_DAY_LINKS.match(line.strip()))


#: A label over a list of links to other stories, alone on its line: `Lire aussi:`, `Lesen Sie auch`.
_READ_ALSO = re.compile(r"^(?:lire aussi|à lire aussi|a lire aussi|voir aussi|à voir aussi|lesen sie auch|siehe auch"
                        r"|lee también|lea también|leer también|ver también|read also|also read|see also|leia também"
                        r"|leggi anche|関連記事|관련\s?기사|相关阅读|相關閱讀|延伸閱讀|延伸阅读)\s*[:：]?$",
                        re.IGNORECASE)


def read_also(line: str) -> bool:
    """A label over a list of links to other stories (see _READ_ALSO)."""
    return bool(_READ_ALSO.match(line.strip()))


def link_list(lines: list[str]) -> bool:
    """Lines that are links to other stories: headlines, none ending with a full stop."""
    return bool(lines) and all(not re.search(r"[.。]$", ln.strip()) and len(ln.split()) <= 30 for ln in lines)


def strip_glued_tail(line: str) -> str:
    """A line without a link label glued to its end (`... trabaja para … Leer más`)."""
    return _GLUED_TAILS.sub("", line) if size(line) > 3 else line


def is_label(line: str) -> bool:
    """A page's label under a headline: a hashtag or section link, a line ending in a colon, a
    collective credit (`Reuters Staff`), or a few words in capitals (`INCIDENCIAS CHAMARTIN`)."""
    from gazette.importer.rules.byline import is_collective

    if line.startswith("#") or line.endswith((":", "：")) or (size(line) <= 4 and is_collective(line)):
        return True
    letters = [c for c in line if c.isalpha()]
    return size(line) <= 4 and len(letters) >= 4 and not any(c.islower() for c in letters) \
        and all(c.isascii() or not c.isalpha() or c.isupper() for c in line)


#: The word for journalism in the languages the importer reads: an outlet's appeal speaks of its own.
_JOURNALISM = re.compile(r"\b(?:journalism|journalisme|journalismus|jornalismo|periodismo|giornalismo|journalistiek)\b",
                         re.IGNORECASE)
#: A call to the reader opening a pitch or one of its sentences: support, subscribe, join, get, give.
_APPEAL_VERB = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:get|support|subscribe|join|sign up|try|donate|help|become|discover"
    r"|dê|apoie|assine|ajude|junte-se|contribua|unterstützen sie|abonnieren sie|werden sie|soutenez|abonnez-vous"
    r"|rejoignez|apoya|suscríbete|hazte|únete|colabora|sostieni|abbonati)\b", re.IGNORECASE)


#: Words by which a pitch speaks to its reader, or of itself to them: you, we, our, …
_READER = re.compile(r"\b(?:you|your|we|us|our|vous|votre|vos|nous|notre|nos|ihr|ihre|uns|unser|unsere|dein|você"
                     r"|vocês|seu|sua|nosso|nossa|juntos|tú|usted|nuestro|nuestra|voi|vostro|noi|nostro|nostra|jij"
                     r"|uw|wij|ons|onze)\b", re.IGNORECASE)
#: A promotion's words: free, now, today.
_OFFER = re.compile(r"\b(?:free|gratis|gratuit|gratuito|kostenlos|now|today|maintenant|jetzt|ahora|agora|ora)\b",
                    re.IGNORECASE)


def appeal_box(pitch: str, blurb: str) -> bool:
    """A box in which the outlet promotes itself amid the text: a pitch of three to twelve words with no
    stop (`Get in front of tomorrow's news for FREE`, `A verdade faz-nos mais fortes`) over one paragraph of
    sixty words at most that speaks of journalism (`Journalism for the curious Australian …`, `… o
    jornalismo do Público …`), calling on the reader: the pitch opens with the call and offers (`FREE`,
    `now`) or speaks to the reader (`you`, `nos`), or a sentence of the paragraph opens with it and the box
    speaks to the reader (`Dê força …` under `… faz-nos …`). A subhead over a paragraph about journalism
    (`Help for struggling rural newspapers`, `Help came too late …`) calls on no one."""
    pitch, blurb = pitch.strip(), blurb.strip()
    if "\n" in pitch or "\n" in blurb or not 3 <= size(pitch) <= 12 or SENTENCE_END.search(pitch) \
            or size(blurb) > 60 or not _JOURNALISM.search(blurb):
        return False
    addressed = bool(_READER.search(pitch) or _READER.search(blurb))
    if _APPEAL_VERB.match(pitch):
        return addressed or bool(_OFFER.search(pitch))
    return addressed and bool(_APPEAL_VERB.search(blurb))


#: The marks of a copyright notice, in any of its forms and languages (`copyrightⓒ tbs. 무단전재 & 재배포 금지`,
#: `© 2024 Example`, `Tous droits réservés`).
_NOTICE = re.compile(rf"[©ⓒ]|\(c\)\s*\d{{4}}|{NOTICE_WORDS}|{RIGHTS_RESERVED}", re.IGNORECASE)


def copyright_notice(line: str) -> bool:
    """A short line that is (or holds) a copyright notice, as an article's copy closes with one."""
    return bool(_NOTICE.search(line)) and size(line) <= 30
