"""Known news outlets: the names the widely read papers, broadcasters and news sites of the importer's
languages sign their copy with, as `rules.source.AGENCIES` lists the agencies.

A name on this list is an outlet's wherever the copy prints it as a credit (`rules.outlets.known_outlet_credit`) or
in brackets where outlets print theirs (`rules.source.looks_like_outlet`), where an unknown name would need its form
to say so (a masthead's words, a copyright notice, a label). The list is written from the outlets themselves,
country by country, not from the copy the importer has failed on. A name that is also a common word (`Sport`,
`Express`, `Hoy`, `Semana`, `Metro`; `WELT` and `BILD`, which fold to `Welt` and `Bild`) is left out: on a line of
its own it is as often a section's label. The news agencies are `rules.source.AGENCIES`', read where agencies
credit their copy: a lone line of their names (`AFP`, `dpa`) is as often a picture's credit. Three agencies are
named here too, as the news sites of their own they also are, which print their names as mastheads: Europa Press,
Servimedia, 共同通信社. A site's own outlets go in `site.toml` (`publications`), which the importer reads the same
way. (A module of its own, importing nothing of the importer's, so that every rule module may use it.)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

OUTLETS = (
    # --- English: United States
    "The New York Times", "The Washington Post", "The Wall Street Journal", "USA Today", "Los Angeles Times",
    "Chicago Tribune", "Chicago Sun-Times", "The Boston Globe", "San Francisco Chronicle",
    "The Dallas Morning News", "Houston Chronicle", "The Seattle Times", "The Denver Post",
    "The Philadelphia Inquirer", "Miami Herald", "Tampa Bay Times", "The Atlanta Journal-Constitution",
    "Star Tribune", "The Arizona Republic", "Detroit Free Press", "The Detroit News", "The Oregonian",
    "St. Louis Post-Dispatch", "The Kansas City Star", "Las Vegas Review-Journal", "The Sacramento Bee",
    "Orlando Sentinel", "Sun Sentinel", "South Florida Sun Sentinel", "New York Post", "New York Daily News",
    "Newsday", "The Baltimore Sun", "The Plain Dealer", "The Star-Ledger", "The Tennessean", "The Courier-Journal",
    "The Indianapolis Star", "Milwaukee Journal Sentinel", "Pittsburgh Post-Gazette", "The Salt Lake Tribune",
    "The San Diego Union-Tribune", "The Mercury News", "The Charlotte Observer", "The News & Observer",
    "The Times-Picayune", "Honolulu Star-Advertiser", "Anchorage Daily News", "The Hartford Courant", "Politico",
    "Axios", "The Hill", "NPR", "PBS", "PBS NewsHour", "CNN", "CBS News", "ABC News", "NBC News", "Fox News",
    "MSNBC", "CNBC", "Newsweek", "The Atlantic", "The New Yorker", "Vox", "BuzzFeed News", "HuffPost",
    "HuffPost US", "ProPublica", "The Daily Beast", "Business Insider", "MarketWatch", "Barron's", "CNET",
    "The Verge", "TechCrunch", "Ars Technica", "Voice of America", "VOA", "VOA News", "Radio Free Asia", "RFA",
    "Radio Free Europe/Radio Liberty", "RFE/RL", "Scientific American", "ScienceDaily", "Spectrum News",
    "NBC Sports", "ESPN", "CBS Sports", "Sports Illustrated", "The Athletic", "Yahoo Finance",
    # --- English: United Kingdom and Ireland
    "BBC", "BBC News", "BBC Sport", "Sky News", "Sky Sports", "ITV News", "Channel 4 News", "The Guardian",
    "The Observer", "The Independent", "The Times", "The Sunday Times", "The Telegraph", "The Daily Telegraph",
    "Daily Mail", "Mail Online", "The Sun", "Daily Mirror", "Daily Express", "Daily Star", "Financial Times",
    "The Economist", "Evening Standard", "The Scotsman", "The Herald", "Daily Record", "Manchester Evening News",
    "Liverpool Echo", "Birmingham Mail", "Yorkshire Post", "Belfast Telegraph", "The Irish Times",
    "Irish Independent", "Irish Examiner", "RTÉ", "RTÉ News", "RTE News", "TheJournal.ie", "Wales Online",
    "The i Paper", "New Statesman", "The Spectator",
    # --- English: Canada, Australia, New Zealand
    "CBC", "CBC News", "CTV News", "Global News", "The Globe and Mail", "Toronto Star", "National Post",
    "Montreal Gazette", "Vancouver Sun", "Ottawa Citizen", "Calgary Herald", "Edmonton Journal",
    "Winnipeg Free Press", "Toronto Sun", "CityNews", "The Sydney Morning Herald", "The Age", "The Australian",
    "news.com.au", "SBS News", "9News", "7NEWS", "The Courier-Mail", "Herald Sun", "The West Australian",
    "NZ Herald", "New Zealand Herald", "RNZ", "Radio New Zealand", "1News", "Newshub",
    # --- English: Asia, the Middle East, Africa
    "The Times of India", "Hindustan Times", "The Hindu", "NDTV", "India Today", "The Indian Express",
    "Deccan Herald", "The Economic Times", "LiveMint", "The Express Tribune", "Geo News", "The Straits Times",
    "Channel NewsAsia", "Rappler", "Philippine Daily Inquirer", "Inquirer.net", "GMA News", "ABS-CBN News",
    "Bangkok Post", "The Jakarta Post", "Jakarta Globe", "Malay Mail", "New Straits Times", "Free Malaysia Today",
    "VnExpress", "Tuoi Tre News", "South China Morning Post", "SCMP", "Hong Kong Free Press", "RTHK",
    "Taipei Times", "Focus Taiwan", "Taiwan News", "China Daily", "Global Times", "CGTN", "Sixth Tone", "Caixin",
    "Caixin Global", "The Korea Herald", "The Korea Times", "Korea JoongAng Daily", "JoongAng Daily",
    "The Chosun Ilbo", "The Dong-A Ilbo", "The Hankyoreh", "Arirang News", "KBS World", "The Japan Times",
    "Japan Today", "Nikkei Asia", "The Mainichi", "The Asahi Shimbun", "The Japan News", "NHK World",
    "NHK WORLD-JAPAN", "Al Jazeera", "Al Jazeera English", "Gulf News", "Khaleej Times", "Arab News", "Haaretz",
    "The Times of Israel", "The Jerusalem Post", "Ahram Online", "News24", "Daily Maverick", "Mail & Guardian",
    "Premium Times", "The Guardian Nigeria", "Daily Nation", "The EastAfrican",
    # --- English: Europe's international broadcasters and sites
    "Euronews", "France 24", "RFI", "Deutsche Welle", "DW", "DW News", "Politico Europe", "Kyiv Independent",
    "The Moscow Times", "Meduza",
    # --- Korean: papers, broadcasters, news sites (`TBS`: Seoul's tbs, and Japan's TBS)
    "조선일보", "중앙일보", "동아일보", "한겨레", "한겨레신문", "경향신문", "한국일보", "서울신문", "국민일보",
    "세계일보", "문화일보", "내일신문", "매일경제", "한국경제", "서울경제", "머니투데이", "이데일리", "아시아경제",
    "헤럴드경제", "파이낸셜뉴스", "전자신문", "디지털타임스", "아주경제", "뉴스핌", "노컷뉴스", "CBS노컷뉴스",
    "오마이뉴스", "프레시안", "미디어오늘", "시사저널", "시사IN", "주간조선", "주간동아", "한겨레21", "신동아",
    "월간조선", "조선비즈", "비즈니스워치", "이투데이", "뉴데일리", "데일리안", "더팩트", "위키트리", "뉴스타파",
    "펜앤드마이크", "쿠키뉴스", "뉴스웨이", "아이뉴스24", "지디넷코리아", "ZDNet Korea", "블로터", "IT조선",
    "동아사이언스", "한국대학신문", "대학저널", "베리타스알파", "에듀동아", "한국교육신문", "교수신문",
    "메디컬투데이", "청년의사", "헬스조선", "코메디닷컴", "스포츠조선", "스포츠서울", "스포츠동아", "스포츠경향",
    "일간스포츠", "스포탈코리아", "OSEN", "마이데일리", "엑스포츠뉴스", "뉴스엔", "텐아시아", "스타뉴스",
    "스포츠월드", "스포티비뉴스", "베스트일레븐", "인터풋볼", "부산일보", "국제신문", "매일신문", "영남일보",
    "대구일보", "경북일보", "경북매일", "경남신문", "경남도민일보", "경상일보", "울산매일", "광주일보", "전남일보",
    "무등일보", "광남일보", "전북일보", "전라일보", "새전북신문", "대전일보", "중도일보", "충청투데이", "충북일보",
    "충청일보", "강원일보", "강원도민일보", "경기일보", "경인일보", "인천일보", "기호일보", "중부일보", "제주일보",
    "제민일보", "한라일보", "KBS", "KBS 뉴스", "MBC", "MBC 뉴스", "SBS", "SBS 뉴스", "JTBC", "JTBC 뉴스", "YTN",
    "MBN", "TV조선", "채널A", "연합뉴스TV", "EBS", "OBS", "CBS", "BBS", "PBC", "TBS", "KNN", "TBC", "TJB", "kbc",
    "kbc광주방송", "JIBS", "ubc", "울산방송", "CJB", "JTV", "국방일보", "KTV", "아리랑TV",
    # --- Japanese: papers (national, bloc and prefectural), broadcasters, news sites
    "朝日新聞", "朝日新聞デジタル", "読売新聞", "読売新聞オンライン", "毎日新聞", "日本経済新聞", "日経",
    "日経電子版", "産経新聞", "産経ニュース", "東京新聞", "中日新聞", "北海道新聞", "西日本新聞", "河北新報",
    "神戸新聞", "京都新聞", "中国新聞", "信濃毎日新聞", "静岡新聞", "新潟日報", "沖縄タイムス", "琉球新報",
    "南日本新聞", "熊本日日新聞", "山陽新聞", "北國新聞", "福井新聞", "岐阜新聞", "上毛新聞", "下野新聞",
    "茨城新聞", "千葉日報", "神奈川新聞", "埼玉新聞", "山形新聞", "岩手日報", "秋田魁新報", "東奥日報",
    "デーリー東北", "福島民報", "福島民友", "徳島新聞", "四国新聞", "愛媛新聞", "高知新聞", "大分合同新聞",
    "宮崎日日新聞", "佐賀新聞", "長崎新聞", "山陰中央新報", "日本海新聞", "北日本新聞", "富山新聞", "山梨日日新聞",
    "中部経済新聞", "十勝毎日新聞", "苫小牧民報", "室蘭民報", "釧路新聞", "函館新聞", "伊勢新聞", "奈良新聞",
    "紀伊民報", "山口新聞", "宇部日報", "防長新聞", "日刊工業新聞", "日経産業新聞", "日経ビジネス",
    "東洋経済オンライン", "ダイヤモンド・オンライン", "現代ビジネス", "文春オンライン", "NEWSポストセブン",
    "AERA dot.", "ITmedia", "ITmedia NEWS", "ASCII.jp", "ねとらぼ", "J-CASTニュース", "ハフポスト日本版",
    "BuzzFeed Japan", "弁護士ドットコム", "スポーツニッポン", "スポニチ", "スポニチアネックス", "日刊スポーツ",
    "スポーツ報知", "サンケイスポーツ", "デイリースポーツ", "東京スポーツ", "東スポ", "Full-Count", "NHK",
    "NHKニュース", "NHK NEWS WEB", "日本テレビ", "日テレNEWS", "日テレNEWS NNN", "TBS NEWS DIG", "TBSテレビ",
    "テレビ朝日", "テレ朝news", "ANNニュース", "フジテレビ", "FNNプライムオンライン", "テレビ東京", "テレ東BIZ",
    "関西テレビ", "読売テレビ", "毎日放送", "MBS", "MBSニュース", "ABCテレビ", "朝日放送", "CBCテレビ",
    "東海テレビ", "メ～テレ", "北海道放送", "HBC", "RKB毎日放送", "KBC九州朝日放送", "TNCテレビ西日本",
    "テレビ西日本", "福岡放送", "琉球放送", "沖縄テレビ", "時事ドットコム", "共同通信社", "PR TIMES",
    # --- Chinese: the mainland's papers, broadcasters and sites
    "新华网", "人民日报", "人民网", "光明日报", "光明网", "经济日报", "中国日报", "中国日报网", "中国青年报",
    "中青在线", "中国青年网", "环球时报", "环球网", "央视新闻", "央视新闻客户端", "央视网", "中央电视台",
    "中国中央电视台", "CCTV", "中国新闻网", "中国新闻社", "央广网", "中央人民广播电台", "中国之声", "国际在线",
    "中国网", "澎湃新闻", "界面新闻", "财新", "财新网", "第一财经", "21世纪经济报道", "经济观察报", "每日经济新闻",
    "证券时报", "中国证券报", "上海证券报", "新京报", "北京青年报", "北京日报", "北京晚报", "解放日报", "文汇报",
    "新民晚报", "上观新闻", "南方日报", "南方都市报", "南方周末", "南方网", "羊城晚报", "广州日报", "深圳特区报",
    "深圳商报", "晶报", "楚天都市报", "长江日报", "湖北日报", "华西都市报", "成都商报", "四川日报", "红星新闻",
    "封面新闻", "重庆日报", "重庆晨报", "上游新闻", "华龙网", "齐鲁晚报", "大众日报", "扬子晚报", "现代快报",
    "新华日报", "钱江晚报", "浙江日报", "都市快报", "潮新闻", "海峡都市报", "东南快报", "福建日报", "东南网",
    "河南日报", "大河报", "华商报", "三秦都市报", "西安晚报", "辽沈晚报", "辽宁日报", "新文化报", "吉林日报",
    "黑龙江日报", "新晚报", "河北日报", "燕赵都市报", "山西日报", "内蒙古日报", "安徽日报", "新安晚报", "江西日报",
    "湖南日报", "潇湘晨报", "广西日报", "海南日报", "贵州日报", "云南日报", "春城晚报", "甘肃日报", "青海日报",
    "宁夏日报", "新疆日报", "西藏日报", "天津日报", "今晚报", "法制日报", "法治日报", "检察日报", "人民法院报",
    "中国教育报", "科技日报", "健康报", "凤凰网", "凤凰卫视", "凤凰新闻", "北京日报客户端", "极目新闻", "九派新闻",
    "紫牛新闻", "潮新闻客户端",
    # --- Chinese: Hong Kong, Macau, Taiwan, Singapore, Malaysia and abroad (as each prints itself)
    "明報", "明报", "東方日報", "东方日报", "星島日報", "星岛日报", "蘋果日報", "苹果日报", "香港01", "文匯報",
    "香港文匯報", "大公報", "大公报", "成報", "信報", "香港經濟日報", "頭條日報", "香港電台", "有線新聞",
    "無綫新聞", "TVB", "now新聞", "立場新聞", "端傳媒", "澳門日報", "聯合報", "聯合新聞網", "自由時報",
    "自由時報電子報", "中國時報", "中時新聞網", "中時電子報", "蘋果新聞網", "經濟日報", "工商時報", "三立新聞網",
    "三立新聞", "東森新聞", "ETtoday", "ETtoday新聞雲", "TVBS", "TVBS新聞網", "民視新聞", "民視新聞網",
    "公視新聞網", "華視新聞", "中視新聞", "台視新聞", "年代新聞", "鏡週刊", "鏡新聞", "風傳媒", "新頭殼", "報導者",
    "NOWnews", "今日新聞", "中廣新聞網", "青年日報", "自立晚報", "聯合早報", "联合早报", "新明日报", "星洲日报",
    "星洲日報", "南洋商报", "南洋商報", "中国报", "光华日报", "大紀元", "大纪元", "新唐人", "希望之聲", "德国之声",
    "德國之聲", "美国之音", "美國之音", "自由亚洲电台", "自由亞洲電台", "BBC中文", "BBC中文网", "BBC中文網",
    "纽约时报中文网", "紐約時報中文網", "法广", "法廣", "法国国际广播电台",
    # --- German: Germany, Austria, Switzerland
    "Der Spiegel", "SPIEGEL", "Spiegel Online", "Die Zeit", "ZEIT ONLINE", "Süddeutsche Zeitung",
    "Frankfurter Allgemeine Zeitung", "Frankfurter Allgemeine", "FAZ", "Die Welt", "Bild-Zeitung", "Handelsblatt",
    "taz", "Der Tagesspiegel", "Tagesspiegel", "Berliner Zeitung", "Berliner Morgenpost", "B.Z.",
    "Hamburger Abendblatt", "Hamburger Morgenpost", "MOPO", "FOCUS online", "n-tv", "n-tv.de", "RTL", "RTL News",
    "t-online", "tagesschau", "tagesschau.de", "ARD", "ZDF", "ZDFheute", "Deutschlandfunk",
    "Deutschlandfunk Kultur", "MDR", "MDR Aktuell", "NDR", "WDR", "SWR", "SWR Aktuell", "BR24",
    "Bayerischer Rundfunk", "hessenschau", "Hessischer Rundfunk", "rbb24", "rbb", "Radio Bremen", "buten un binnen",
    "Saarländischer Rundfunk", "Rheinische Post", "RP Online", "Kölner Stadt-Anzeiger", "Kölnische Rundschau",
    "Express.de", "Westdeutsche Allgemeine Zeitung", "WAZ", "Neue Westfälische", "Westfälische Nachrichten",
    "Ruhr Nachrichten", "Stuttgarter Zeitung", "Stuttgarter Nachrichten", "Badische Zeitung",
    "Badische Neueste Nachrichten", "Augsburger Allgemeine", "Münchner Merkur", "Abendzeitung",
    "Nürnberger Nachrichten", "Mittelbayerische", "Passauer Neue Presse", "Main-Post", "Mitteldeutsche Zeitung",
    "Leipziger Volkszeitung", "LVZ", "Sächsische Zeitung", "Freie Presse", "Dresdner Neueste Nachrichten",
    "Märkische Allgemeine", "MAZ", "Ostsee-Zeitung", "Nordkurier", "Schweriner Volkszeitung", "SVZ",
    "Thüringer Allgemeine", "Hannoversche Allgemeine", "Hannoversche Allgemeine Zeitung", "HAZ", "Neue Presse",
    "Braunschweiger Zeitung", "Weser-Kurier", "Nordwest-Zeitung", "NWZ", "Kieler Nachrichten",
    "Lübecker Nachrichten", "shz.de", "Frankfurter Rundschau", "Frankfurter Neue Presse",
    "Hessische/Niedersächsische Allgemeine", "HNA", "Gießener Allgemeine", "Allgemeine Zeitung", "Rhein-Zeitung",
    "Trierischer Volksfreund", "Saarbrücker Zeitung", "Mannheimer Morgen", "Rhein-Neckar-Zeitung",
    "Schwäbische Zeitung", "Südkurier", "Heilbronner Stimme", "stern.de", "Der Standard", "derStandard.at",
    "Die Presse", "Kronen Zeitung", "Krone.at", "Kleine Zeitung", "Salzburger Nachrichten",
    "Oberösterreichische Nachrichten", "Tiroler Tageszeitung", "Vorarlberger Nachrichten", "ORF", "ORF.at",
    "Wiener Zeitung", "Neue Zürcher Zeitung", "NZZ", "Tages-Anzeiger", "20 Minuten", "SRF", "SRF News",
    "Aargauer Zeitung", "Basler Zeitung", "Berner Zeitung", "Luzerner Zeitung", "St. Galler Tagblatt", "Blick.ch",
    "watson.ch",
    # --- French: France, Belgium, Switzerland, Canada, Africa
    "Le Monde", "Le Figaro", "Libération", "Le Parisien", "Aujourd'hui en France", "Les Echos", "La Croix",
    "L'Humanité", "Le Point", "L'Express", "L'Obs", "Paris Match", "20 Minutes", "Ouest-France", "Sud Ouest",
    "La Voix du Nord", "Le Progrès", "Le Dauphiné libéré", "La Dépêche du Midi", "La Dépêche", "ladepeche.fr",
    "Le Télégramme", "Nice-Matin", "Var-Matin", "Corse-Matin", "La Provence", "Midi Libre", "L'Est Républicain",
    "Le Républicain lorrain", "Dernières Nouvelles d'Alsace", "Les Dernières Nouvelles d'Alsace", "L'Alsace",
    "La Montagne", "Centre Presse", "La Nouvelle République", "Le Courrier picard", "Paris-Normandie",
    "Le Berry républicain", "L'Yonne républicaine", "Le Journal du Dimanche", "JDD", "Le Bien public",
    "Le Journal de Saône-et-Loire", "Presse Océan", "Le Maine libre", "Le Courrier de l'Ouest", "Charente Libre",
    "L'Indépendant", "actu.fr", "franceinfo", "francetvinfo", "France 2", "France 3", "France Télévisions",
    "France Inter", "France Culture", "France Bleu", "TF1", "TF1 Info", "LCI", "BFMTV", "CNews", "M6", "M6 Info",
    "Europe 1", "RMC", "Mediapart", "Konbini", "HuffPost France", "Slate.fr", "La Libre Belgique", "La Libre",
    "La DH", "L'Avenir", "Sudinfo", "RTBF", "RTBF Info", "RTL info", "Tribune de Genève", "RTS", "RTS Info",
    "Le Nouvelliste", "Arcinfo", "Le Devoir", "Le Journal de Montréal", "Le Journal de Québec", "TVA Nouvelles",
    "Radio-Canada", "ICI Radio-Canada", "Le Soleil", "Le Droit", "Noovo", "Noovo Info", "Jeune Afrique",
    "Le Monde Afrique", "El Watan", "Hespress", "Le360", "Abidjan.net", "Fraternité Matin",
    # --- Spanish: Spain
    "El País", "El Mundo", "ABC", "La Vanguardia", "El Periódico", "La Razón", "El Confidencial", "elDiario.es",
    "20minutos", "El Español", "OKDIARIO", "Libertad Digital", "Expansión", "Cinco Días", "El Economista",
    "Mundo Deportivo", "RTVE", "RTVE.es", "TVE", "Antena 3", "Antena 3 Noticias", "laSexta", "Telecinco",
    "Informativos Telecinco", "Cadena SER", "COPE", "Onda Cero", "El Correo", "Diario Vasco", "El Diario Vasco",
    "El Diario Montañés", "La Voz de Galicia", "Faro de Vigo", "Heraldo de Aragón", "Levante-EMV", "Las Provincias",
    "Diario de Sevilla", "Diario de Cádiz", "Diario Sur", "La Nueva España", "El Comercio", "Diario de Navarra",
    "Diario de Mallorca", "Canarias7", "La Provincia", "Diario de León", "El Norte de Castilla", "Diario de Burgos",
    "La Opinión de Murcia", "Diario de Noticias", "Noticias de Gipuzkoa", "El Periódico de Aragón",
    "Diario Córdoba", "Europa Press", "Servimedia",
    # --- Spanish: the Americas
    "El Universal", "Excélsior", "El Financiero", "Animal Político", "Aristegui Noticias", "Televisa", "N+",
    "Noticieros Televisa", "TV Azteca", "Azteca Noticias", "Imagen Televisión", "Imagen Noticias",
    "El Heraldo de México", "El Sol de México", "Quadratín", "Infobae", "Clarín", "La Nación", "Página/12",
    "Página 12", "Ámbito Financiero", "Todo Noticias", "La Voz del Interior", "El Espectador", "Revista Semana",
    "El Colombiano", "El Heraldo", "Caracol Radio", "Caracol Televisión", "Noticias Caracol", "RCN Radio",
    "Noticias RCN", "Blu Radio", "El Mercurio", "La Tercera", "Emol", "BioBioChile", "Radio Bío-Bío", "T13",
    "CNN Chile", "Las Últimas Noticias", "RPP", "RPP Noticias", "Perú21", "Diario Correo", "Canal N", "América TV",
    "El Nacional", "Efecto Cocuyo", "El Pitazo", "El Observador", "Montevideo Portal", "la diaria", "Prensa Libre",
    "El Nuevo Día", "Listín Diario", "Diario Libre", "Granma", "Cubadebate", "BBC Mundo", "BBC News Mundo",
    "CNN en Español", "Univision", "Univision Noticias", "Telemundo", "Noticias Telemundo", "DW Español",
    "France 24 en Español", "Sputnik Mundo", "RT en Español", "EFE Noticias",
)



def outlet_key(name: str) -> str:
    """A name as credits print it in any form: case, a leading `The`, spaces, hyphens, dots and apostrophes aside
    (`KARE 11`, `Kare11`; `OUEST-FRANCE`, `Ouest France`; `The Boston Globe`, `Boston Globe`)."""
    name = re.sub(r"^the\s+", "", unicodedata.normalize("NFKC", name).casefold())
    return re.sub(r"[\s\-‐.·・'’]", "", name)


_KEYS = frozenset(outlet_key(name) for name in OUTLETS)
#: What an outlet's name takes after it for its company or its edition: `琉球新報社`, `琉球新報電子版`,
#: `毎日新聞デジタル`, `中國時報網`, `El País Digital`.
_EDITION = re.compile(r"\s*(?:株式会社|新聞社|社|電子版|デジタル版?|电子版|網|网|Digital|Online|en línea|en ligne)$",
                      re.IGNORECASE)


def known_outlet(name: str, publications: Iterable[str] = ()) -> str:
    """`name` when it is a known outlet's (OUTLETS, or one of the site's `publications`), without what it takes for
    its company or its edition (`琉球新報社`: `琉球新報`); else ''."""
    keys = _KEYS | {outlet_key(p) for p in publications} if publications else _KEYS
    for form in (name, _EDITION.sub("", name)):
        key = outlet_key(form)
        if key and key in keys:
            return form.strip()
    return ""
