"""The interface's labels that a paste copies with the text: buttons, prompts and headings that a site's software
prints around every article (share and print buttons, the text's size, the comment box, the lists of other stories,
skip links and menus, players and galleries, cookie and privacy notices), in the languages the importer reads.

The list is written from what news sites' software prints, not from the corpus's misses: no list of one outlet's
furniture carries to the next outlet, but every outlet runs software, and its labels are few and shared. A line is
one of them when it is nothing else (a count beside it aside: `(0) Comments`, `댓글 3`); a label inside a sentence is
text. Labels that other rules read as anchors (a newsletter's name, a press release's contact heading, a photo's
word) are not listed.
"""

from __future__ import annotations

import re

#: The labels, `|` between them, by what they are for.
_LABELS = (
    # Sharing, saving and printing the article: buttons and their networks' names.
    'Share|Share this|Share this article|Share this story|Share on Facebook|Share on Twitter|Share on X',
    'Share on LinkedIn|Share on WhatsApp|Share on Pinterest|Share via Email|Share by email|Share on Reddit',
    'Tweet|Email|Print|Print this article|Copy link|Link copied|Copied|Save|Save article|Save for later',
    'Bookmark|Facebook|Twitter|LinkedIn|WhatsApp|Pinterest|Reddit|Telegram|Flipboard|Email this',
    'Email this article|Send|Gift this article|Gift article|Partager|Partager sur Facebook',
    'Partager sur Twitter|Partager sur X|Partager sur LinkedIn|Partager sur WhatsApp|Partager par e-mail',
    "Partager par email|Partager l'article|Partager cet article|Imprimer|Imprimer l'article|Envoyer",
    "Envoyer par e-mail|Envoyer par email|Copier le lien|Lien copié|Sauvegarder|Sauvegarder l'article",
    "Enregistrer|Offrir l'article|Offrir cet article|Teilen|Artikel teilen|Auf Facebook teilen",
    'Auf Twitter teilen|Auf X teilen|Per E-Mail teilen|Per Mail teilen|Per WhatsApp teilen|Drucken',
    'Artikel drucken|Link kopieren|Link kopiert|Merken|Artikel merken|Versenden|Artikel verschenken|Mail',
    'Compartir|Compartir en Facebook|Compartir en Twitter|Compartir en X|Compartir en WhatsApp',
    'Compartir por correo|Compartir por email|Compartir artículo|Compartir noticia|Imprimir|Enviar',
    'Enviar por correo|Enviar por email|Copiar enlace|Enlace copiado|Guardar|Guardar artículo|Tuitear|공유',
    '공유하기|기사 공유하기|이 기사를 공유합니다|페이스북|트위터|카카오톡|카카오스토리|네이버밴드|밴드|라인',
    'URL복사|URL 복사',
    '링크복사|링크 복사|주소복사|인쇄|인쇄하기|프린트|스크랩|기사스크랩|메일|이메일|메일보내기|기사보내기',
    '북마크|シェア|シェアする|ツイート|ポスト|いいね|印刷|印刷する|ブックマーク|はてなブックマーク|LINEで送る',
    'LINE|メール|メールで送る|リンクをコピー|URLをコピー|保存|記事を保存|分享|分享到|分享至|分享到微信',
    '分享到微博|分享到QQ空间|微信|微博|QQ空间|打印|打印本页|收藏|收藏本文|复制链接|複製連結|复制网址|列印',
    '轉寄|转发|轉發',
    # The text's size: buttons.
    'Text size|Font size|Larger font size|Smaller font size|Increase font size|Decrease font size|A A|A- A+',
    'A+ A-|A A A|AA|Taille du texte|Taille de police|Agrandir le texte|Réduire le texte|Schriftgröße',
    'Schrift vergrößern|Schrift verkleinern|Textgröße|Tamaño de letra|Tamaño del texto|Aumentar texto',
    'Disminuir texto|Tamaño de fuente|글자크기|글자 크기|글씨크기|글자크기 설정|글자 크게|글자 작게|가|가가',
    '文字サイズ|文字の大きさ|文字サイズ変更|大|中|小|字号|字體|字体|字体大小|字體大小|大 中 小|字号:大 中 小',
    '大中小',
    # Readers' comments: the box's buttons and prompts.
    'Comments|Comment|Leave a comment|Add a comment|Post a comment|Write a comment|Show comments',
    'View comments|Load comments|Hide comments|Be the first to comment|Join the conversation',
    'Join the discussion|Reply|Report|Report abuse|Sign in to comment|Log in to comment|Comments are closed',
    'No comments|No comments yet|Commentaires|Commentaire|Laisser un commentaire|Ajouter un commentaire',
    'Écrire un commentaire|Réagir|Réagissez|Voir les commentaires|Afficher les commentaires|Répondre|Signaler',
    'Soyez le premier à commenter|Les commentaires sont fermés|Kommentare|Kommentar|Kommentar schreiben',
    'Kommentieren|Kommentar verfassen|Kommentare anzeigen|Kommentare lesen|Melden|Diskutieren Sie mit',
    'Comentarios|Comentario|Deja un comentario|Dejar un comentario|Deja tu comentario|Escribe un comentario',
    'Añadir comentario|Ver comentarios|Mostrar comentarios|Responder|Denunciar|Sé el primero en comentar',
    'Comentar|댓글|댓글쓰기|댓글 쓰기|댓글달기|댓글 달기|댓글보기|댓글 보기|댓글 작성|댓글 작성하기|답글',
    '답글쓰기|신고|신고하기|첫 번째 댓글을 작성해 보세요|첫 댓글을 남겨주세요',
    '로그인 후 댓글을 작성할 수 있습니다|コメント|コメントする|コメントを書く|コメントを見る|コメントを投稿',
    'コメントを投稿する|返信|通報|コメント一覧|评论|評論|发表评论|發表評論|我要评论|我要評論|查看评论|我来说两句|我來說兩句',
    '查看評論|网友评论|網友評論|留言|我要留言|回复|回覆|举报|舉報|评论区|評論區',
    # Moving about the site: skip links, menus, pages, accounts (not a slideshow's `next` / `前へ`, which
    # passes.body reads under its captions).
    'Home|Menu|Search|Close|Back|Back to top|Top|Skip to content|Skip to main content|Skip to navigation',
    'Next article|Previous article|Next story|Previous story|Sign in|Log in|Login|Sign up|Register|Subscribe',
    'Subscribe now|My account|Sections|Navigation|Main menu|Open menu|Close menu|Toggle navigation|Go to top',
    'Scroll to top|Accueil|Rechercher|Fermer|Retour|Haut de page|Retour en haut|Aller au contenu',
    "Aller au contenu principal|Article suivant|Article précédent|Se connecter|Connexion|S'abonner",
    'Abonnez-vous|Mon compte|Menu principal|Startseite|Suche|Suchen|Schließen|Zurück|Nach oben',
    'Zum Seitenanfang|Zum Inhalt springen|Zum Hauptinhalt springen|Zur Navigation springen|Nächster Artikel',
    'Voriger Artikel|Vorheriger Artikel|Anmelden|Einloggen|Registrieren|Abonnieren|Abo abschließen|Mein Konto',
    'Hauptmenü|Inicio|Portada|Buscar|Cerrar|Volver|Volver arriba|Ir arriba|Ir al contenido',
    'Ir al contenido principal|Saltar al contenido|Artículo siguiente|Artículo anterior|Iniciar sesión',
    'Acceder|Registrarse|Suscríbete|Suscribirse|Mi cuenta|Menú|홈|홈으로|메뉴|검색|닫기|뒤로|맨위로|맨 위로',
    '위로|본문 바로가기|본문바로가기|메뉴 바로가기|주메뉴 바로가기|이전기사|이전 기사|다음기사|다음 기사',
    '로그인|회원가입|구독|구독하기|전체메뉴|전체 메뉴|마이페이지|ホーム|トップ|トップページ|メニュー|検索',
    '閉じる|戻る|ページの先頭へ|ページの先頭へ戻る|ページトップへ|ページトップへ戻る|トップへ戻る|本文へ',
    '本文へスキップ|メインコンテンツへ移動|次の記事|前の記事|ログイン|会員登録|新規登録|購読|購読する',
    'マイページ|首页|首頁|主页|主頁|菜单|選單|搜索|搜尋|关闭|關閉|返回|返回顶部|返回頂部|回到顶部|回到頂部',
    '跳到主要内容|跳到主要內容|上一篇|下一篇|登录|登錄|登入|注册|註冊|订阅|訂閱|我的帐户|網站導覽|网站导航',
    # Players, galleries, ads and links to the rest of a text: their buttons and labels.
    'Advertisement|Ad|Sponsored|Watch|Watch now|Watch video|Play|Play video|Listen|Listen to this article',
    'Listen to article|Listen now|Video|Audio|Photos|Gallery|Photo gallery|View gallery|Loading|Pause|Mute',
    'Unmute|Fullscreen|Enter fullscreen|Exit fullscreen|Replay|Now playing|Close ad|Skip ad|Expand|Collapse',
    'Click to expand|Enlarge|Enlarge image|Zoom|Open image|Publicité|Regarder|Regarder la vidéo|Écouter',
    "Écouter cet article|Écouter l'article|Vidéo|Lecture|Chargement|Chargement en cours|Plein écran|Agrandir",
    "Agrandir l'image|Voir la vidéo|Voir les photos|Diaporama|Galerie|Werbung|Anzeige|Video abspielen",
    'Abspielen|Artikel anhören|Anhören|Audio anhören|Vorlesen|Lädt|Wird geladen|Laden...|Vollbild',
    'Bild vergrößern|Vergrößern|Bildergalerie|Fotostrecke|Zur Bildergalerie|Zum Video|Publicidad|Anuncio',
    'Reproducir|Ver video|Ver vídeo|Escuchar|Escuchar artículo|Escuchar noticia|Escucha este artículo',
    'Cargando|Pantalla completa|Ampliar|Ampliar imagen|Galería|Galería de fotos|Fotogalería|광고|동영상|영상',
    '재생|영상 재생|영상보기|동영상 보기|듣기|기사 듣기|음성으로 듣기|로딩중|로딩 중|전체화면|확대',
    '이미지 확대|사진 확대|포토|갤러리|화보|広告|動画|動画を見る|動画再生|再生|音声|記事を聞く|読み込み中',
    '全画面|拡大|画像を拡大|写真を拡大|ギャラリー|フォトギャラリー|写真特集|广告|廣告|视频|視頻|影片|播放',
    '播放视频|播放影片|收听|收聽|加载中|載入中|视频加载中|全屏|全螢幕|放大|点击放大|點擊放大|图集|圖集|组图',
    '組圖|Read more|Sponsored content|Promoted|Lire la suite|Contenus sponsorisés|Lesen Sie mehr|Weiterlesen',
    'Mehr lesen|Gesponsert|Leer más|Sigue leyendo|Ver más|Contenido patrocinado|더보기|기사 더보기|もっと見る',
    '続きを読む|記事全文を読む|PR|阅读全文|閱讀全文|查看更多|看更多',
    # The site's own notices and links: scripts, cookies, privacy, terms, the pages about the site.
    'Please enable JavaScript|Please enable JavaScript to view the comments|JavaScript is disabled',
    'JavaScript is required|Your browser does not support the video tag.',
    'Your browser does not support JavaScript|This site uses cookies|We use cookies|Accept cookies|Accept all',
    'Cookie settings|Manage cookies|Privacy settings|Privacy policy|Terms of use|Terms of service|Contact us',
    'About us|Sitemap|All rights reserved|Veuillez activer JavaScript|Ce site utilise des cookies',
    'Nous utilisons des cookies|Accepter|Tout accepter|Paramètres des cookies|Gérer les cookies',
    'Politique de confidentialité|Mentions légales|Nous contacter|Qui sommes-nous|Plan du site',
    'Tous droits réservés|Bitte aktivieren Sie JavaScript|JavaScript ist deaktiviert',
    'Diese Website verwendet Cookies|Wir verwenden Cookies|Akzeptieren|Alle akzeptieren|Cookie-Einstellungen',
    'Cookie Einstellungen|Datenschutzerklärung|Datenschutz-Einstellungen|Privatsphäre-Einstellungen|Impressum',
    'Über uns|AGB|Nutzungsbedingungen|Alle Rechte vorbehalten|Activa JavaScript|Habilita JavaScript',
    'Este sitio utiliza cookies|Este sitio web utiliza cookies|Utilizamos cookies|Aceptar|Aceptar todo',
    'Aceptar todas|Configuración de cookies|Política de privacidad|Política de cookies|Aviso legal',
    'Quiénes somos|Mapa del sitio|Términos y condiciones|Todos los derechos reservados',
    '자바스크립트를 활성화해 주세요|개인정보처리방침|개인정보 처리방침|이용약관|청소년보호정책',
    '이메일무단수집거부|이메일 무단수집 거부|회사소개|광고문의|제휴문의|고객센터|사이트맵|기사제보|독자투고',
    '고충처리인|JavaScriptを有効にしてください|JavaScriptが無効です|このサイトはクッキーを使用しています',
    'プライバシーポリシー|個人情報保護方針|利用規約|お問い合わせ|会社概要|サイトマップ|著作権について',
    'リンクについて|请启用JavaScript|請啟用JavaScript|您的浏览器不支持JavaScript|隐私政策|隱私權政策|隐私声明',
    '使用条款|使用條款|联系我们|聯絡我們|關於我們|关于我们|网站地图|網站地圖|免责声明|免責聲明|版权声明',
    '版權聲明|意见反馈|意見反饋',
    # Links to other stories amid the text (`Also read`, `Lire aussi`, `Lesen Sie auch`, `延伸閱讀`): labels, not the
    # text's end, since the text goes on under the link.
    'Related|Related content|Recommended|Read next|Up next|Latest|See also|Also read|Further reading',
    'À lire aussi|A lire aussi|Lire aussi|À voir aussi|Voir aussi|À la une|A la une|En continu|Mehr zum Thema',
    'Mehr dazu|Auch interessant|Lesen Sie auch|Te puede interesar|Le puede interesar',
    'También te puede interesar|Lo último|関連リンク|関連情報|おすすめ|あわせて読みたい|合わせて読みたい',
    'こちらもおすすめ|延伸阅读|延伸閱讀',
)

#: The headings of the page's lists of other stories (`Related articles`, `Das könnte Sie auch interessieren`,
#: `많이 본 뉴스`, `相关新闻`): labels too, and under running text the article's end (passes.clean).
_OTHER_STORIES = (
    'Related articles|Related stories|Related news|Related coverage|Related Topics|More stories|More news',
    'You may also like|You might also like|Recommended for you|Recommended stories|Most read|Most popular',
    "Trending|Trending now|Popular|Latest news|Top stories|Editor's picks|Editors' picks|Don't miss",
    'Around the web|From the web|Sur le même sujet|Articles similaires|Articles liés|Les plus lus',
    'Les plus partagés|Dernières actualités|Dernières infos|Nos articles|Vous aimerez aussi',
    'Recommandé pour vous|À découvrir|Das könnte Sie auch interessieren|Das könnte Dich auch interessieren',
    'Meistgelesen|Meist gelesen|Meistgelesene Artikel|Am meisten gelesen|Empfehlungen der Redaktion',
    'Weitere Artikel|Weitere Nachrichten|Aktuelle Nachrichten|Neueste Artikel|Top-Themen|Top Themen',
    'Verwandte Artikel|Ähnliche Artikel|Relacionadas|Noticias relacionadas|Artículos relacionados',
    'Lo más leído|Lo más visto|Más leídas|Más leídos|Más noticias|Últimas noticias|Te recomendamos',
    'Recomendados|관련기사|관련 기사|관련뉴스|관련 뉴스|많이 본 뉴스|많이 본 기사|가장 많이 본 뉴스|랭킹뉴스',
    '랭킹 뉴스|인기기사|인기 기사|인기뉴스|주요기사|주요 기사|주요뉴스|최신기사|최신 기사|최신뉴스|추천기사',
    '추천 기사|추천뉴스|함께 보면 좋은 기사|이 시각 주요뉴스|오늘의 주요뉴스|포토뉴스|関連記事|関連ニュース',
    'おすすめ記事|人気記事|人気ニュース|アクセスランキング|ランキング|最新ニュース|最新記事|新着記事',
    '注目ニュース|相关新闻|相關新聞|相关阅读|相關閱讀|相关文章|相關文章|相关推荐|相關推薦|推荐阅读|推薦閱讀',
    '推荐新闻|推薦新聞|热门新闻|熱門新聞|热门文章|熱門文章|热点新闻|熱點新聞|热门推荐|熱門推薦|最新新闻',
    '最新新聞|最新文章|猜你喜欢|猜你喜歡|你可能感兴趣|你可能感興趣|您可能感兴趣|編輯推薦|编辑推荐|精彩推荐',
    '精彩推薦|更多新闻|更多新聞|点击排行|點擊排行|排行榜',
)

#: Marks at a label's ends (icons, arrows, bullets, colons, brackets), a count in brackets beside it (`(0) comments`,
#: `Kommentare (12)`), and a bare count beside it (`댓글 3`, `51 Shares`), which only a count's labels take
#: (`_COUNTED`): `1. Register` is a list's item, `Top 10` a heading.
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_MARKS = re.compile(r"^[^\w(\[]+|[^\w)\]]+$")  # (the marks at the ends, a count's brackets kept)
_BRACKETED_COUNT = re.compile(r"^[(\[]\d[\d,.]*[)\]]\s*|\s*[(\[]\d[\d,.]*[)\]]$")
_BARE_COUNT = re.compile(r"^\d[\d,.]*\s+|\s+\d[\d,.]*$")


def _fold(line: str) -> str:
    return _EDGES.sub("", " ".join(line.split())).casefold()


_COUNTED = frozenset(_fold(label) for label in ("Comments|Comment|Commentaires|Commentaire|Kommentare|Kommentar"
                                                "|Comentarios|Comentario|댓글|コメント|评论|評論|留言|Shares|Share"
                                                "|Partages|Likes").split("|"))


def _key(line: str) -> str:
    """A line as a label is looked up: folded case, no marks at its ends, no count beside it, one space."""
    text = _fold(_BRACKETED_COUNT.sub("", _MARKS.sub("", " ".join(line.split()))))
    bare = _fold(_BARE_COUNT.sub("", text))
    return bare if bare in _COUNTED else text


def _keys(groups: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_key(label) for group in groups for label in group.split("|"))


_HEADINGS = _keys(_OTHER_STORIES)
_KEYS = _keys(_LABELS) | _HEADINGS


def interface_label(line: str) -> bool:
    """Whether `line` is only one of the interface's labels (a count and marks beside it aside)."""
    return bool(line.strip()) and _key(line) in _KEYS


#: The labels in scripts written without spaces (Chinese, Japanese), longest first: a page glues them to what stands
#: before them (`来源:东南网我来说两句`).
_GLUED = re.compile("(?:%s)$" % "|".join(sorted((re.escape(label) for group in _LABELS for label in group.split("|")
                                                if re.fullmatch(r"[\u3040-\u30ff\u4e00-\u9fff]{2,}", label)),
                                               key=len, reverse=True)))


def without_glued_label(name: str) -> str:
    """`name` without an interface's label glued after it in a script without spaces (`东南网我来说两句`: `东南网`)."""
    return _GLUED.sub("", name) or name


def other_stories_heading(line: str) -> bool:
    """Whether `line` is only the heading of a list of other stories (`Related articles`, `관련기사 (3)`)."""
    return bool(line.strip()) and _key(line) in _HEADINGS


def one_word(line: str) -> bool:
    """A heading of one word (`Trending`, `Meistgelesen`, `ランキング`), which a text's subhead may be too, where a
    phrase (`You may also like`, `Les plus lus`) is only ever a list's heading."""
    key = _key(line)
    return " " not in key and (key.isascii() or len(key) <= 5)
