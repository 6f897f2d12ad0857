"""Function words by language: what the similarity measures leave out of a text.

Two texts in one language share its articles, prepositions, pronouns and auxiliaries
whatever they are about: two unrelated Spanish stories shared "de", "la", "que", "el",
"en" and "los" often enough to score as reports of one event. So the measures keep only a
text's content words, leaving out the function words of the text's own language, told by
which list covers most of its first words (the usual way to tell these languages apart by
their most frequent words). A word is left out only in its own language: "war" is a
German auxiliary and an English noun, "son" a French possessive and an English noun.

The lists are closed classes (articles, pronouns, prepositions, conjunctions, auxiliary and
modal verb forms, a few adverbs of degree and time) plus the reporting words every news
story uses ("said", "dijo", "sagte"), case-folded, accents kept. Languages written without
spaces (Japanese, Chinese) are handled in `gazette.similarity` itself: their text is cut
into character pairs, and a pair wholly in hiragana is grammar, not content.
"""

from __future__ import annotations

import hashlib
from itertools import islice
from typing import Iterable

#: How many of a text's first words are looked at to tell its language.
SAMPLE = 400
#: Function words of another language that a text must show before it is read as in that language
#: rather than in English (a short English line may hold one French word: "dont", "son").
EVIDENCE = 3

_WORDS = {
    "en": """
    a about above after again against all almost also although am among an and
    another any are around as at be because been before being below between
    both but by can cannot could did do does doing done down during each either
    even ever every few for from further had has have having he her here hers
    herself him himself his how however i if in into is it its itself just last
    least less like made make many may me might more most much must my myself
    neither no nor not now of off on once one only or other others our ours
    ourselves out over own per quite rather really s said same say says she
    should since so some still such than that the their theirs them themselves
    then there these they this those though through thus to too two under until
    up upon us very was we were what whatever when where whether which while who
    whom whose why will with within without would year years yet you your yours
    yourself yourselves
    """,
    "es": """
    a al algo algunas algunos ante antes aquel aquella aquellas aquellos aquí así aún
    bajo bien cada casi como con contra cual cuales cuando cuándo de del desde donde
    dos durante e el él ella ellas ellos en entre era eran es esa esas ese eso esos
    esta está están estaba estado estas este esto estos estar fue fueron fuera ha
    habían había han hasta hay haber he hecho la las le les lo los más me mi mis
    mismo mucho muy nada ni no nos nosotros o otra otras otro otros para pero poco
    por porque que qué quien quienes se sea según ser si sí sido sin sino sobre son
    su sus también tan tanto te tiene tienen todo todos tras tu un una unas uno
    unos y ya yo dijo afirmó aseguró explicó indicó señaló añadió declaró
    """,
    "fr": """
    à a afin ai aient ainsi alors après as au aucun aussi autre autres aux avait
    avaient avant avec avoir ayant c ça car ce ceci cela celle celles celui ces cet
    cette ceux chez comme d dans de depuis des deux dont du elle elles en encore
    entre est et été étaient était être eu eux fait font il ils j je jusqu l la le
    les leur leurs lors lui m ma mais me même mes moi moins n ne ni nos notre nous
    on ont ou où par parce pas peu peut plus pour pourtant qu quand que quel quelle
    quelles quels qui s sa sans se selon ses si son sont sous suis sur t ta te tes
    toi ton tous tout toute toutes très tu un une vers vos votre vous y
    quil quils quelle quelles quon dun dune cest nest sest jai lun lune na ny
    déclaré indiqué précisé expliqué ajouté affirmé
    """,
    "de": """
    ab aber alle allem allen aller alles als also am an auch auf aus bei beim bin
    bis bist da dabei damit dann das dass dem den denen denn der deren des dessen
    die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem
    einen einer eines er es etwa euch für gegen gewesen hab habe haben hat hatte
    hatten hier hin ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ist ja jede
    jedem jeden jeder jedes jedoch jetzt kann kein keine keinem keinen keiner können
    könnte man mehr mein meine mit muss müssen nach nicht noch nun nur ob oder ohne
    schon sehr sei seien sein seine seinem seinen seiner seit sich sie sind so soll
    sollen sollte sowie über um und uns unter vom von vor war waren warum was weil
    weiter welche welchem welchen welcher wenn wer werden wie wieder will wir wird
    wurde wurden zu zum zur zwar zwei zwischen sagte sagt laut erklärte teilte mit
    """,
    "pt": """
    a à ao aos as às até com como da das de dela dele deles depois do dos e é ela
    elas ele eles em entre era eram essa essas esse esses esta está estão estava
    este estes eu foi foram há isso isto já lhe lhes mais mas me mesmo muito na nas
    não nem no nos nós num numa o os ou para pela pelas pelo pelos por porque quando
    que quem se sem ser seu seus sua suas só também te tem têm ter um uma umas uns
    disse afirmou segundo
    """,
    "it": """
    a ad agli ai al alla alle allo anche che chi ci coi col come con contro cui da
    dagli dai dal dalla dalle dallo degli dei del della delle dello di dopo e è ed
    era erano essere fa gli ha hanno i il in io la le lei lo loro lui ma mi nei nel
    nella nelle nello noi non o per però più quale quando quella quelle quello
    questa queste questo se si sia sono su sua sue sui sul sulla suo suoi tra tutti
    tutto un una uno stato stata detto secondo
    """,
    "nl": """
    aan al als bij dan dat de deze die dit door een en er had heb hebben heeft het
    hij hoe hun ik in is je kan maar me met mij na naar niet nog nu of om ons ook op
    over te tegen toen tot u uit van veel voor want was wat we wel werd wie wij wil
    worden wordt zal ze zei zich zij zijn zo zou
    """,
}

FUNCTION_WORDS: dict[str, frozenset[str]] = {lang: frozenset(text.split()) for lang, text in _WORDS.items()}
ENGLISH = FUNCTION_WORDS["en"]
#: For each listed word, the languages that list it: one look-up per word of a text's sample.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _listed in FUNCTION_WORDS.items():
    for _word in _listed:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)
#: Changes with any word of any list and with SAMPLE and EVIDENCE, so that what was measured with
#: older lists is measured again (gazette.related keeps measured vectors under its VERSION).
VERSION = hashlib.sha1(repr((sorted((lang, sorted(words)) for lang, words in FUNCTION_WORDS.items()),
                             SAMPLE, EVIDENCE)).encode()).hexdigest()[:12]


def language_of(words: Iterable[str], evidence: int, sample: int | None = None) -> str:
    """The language whose function words most of `words` (case-folded; the first `sample` of them,
    or all) are, when `evidence` of them or more are; '' otherwise. Of equal counts, the first
    language of FUNCTION_WORDS."""
    counts = dict.fromkeys(FUNCTION_WORDS, 0)
    languages_of = _LANGUAGES_OF.get
    for word in islice(words, sample):
        for lang in languages_of(word, ()):
            counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] >= evidence else ""


def of_text(words: Iterable[str]) -> frozenset[str]:
    """The function words of the language that most of `words` (case-folded) are in; the
    English ones when no other list covers EVIDENCE of them."""
    return FUNCTION_WORDS.get(language_of(words, EVIDENCE, SAMPLE), ENGLISH)
