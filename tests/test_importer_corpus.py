"""The importer on real copy: per-field accuracy over tests/importer_corpus/ (50 pasted texts and
5 saved pages in seven languages), every text imported in one run, nothing invented, furniture gone.

The figures are in README.md ("Importing articles"); `python tests/importer_corpus/score.py`
prints the table. A floor below the figure reached would let a regression through, so the
floors are the figures: lower one only with a reason in the commit.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

import pytest
from conftest import REPO, run_cli

CORPUS = Path(__file__).resolve().parent / "importer_corpus"
sys.path.insert(0, str(CORPUS))
score = importlib.import_module("score")  # (the scorer lives beside its corpus, not in a package)

#: Share of the field values the texts show that come out right (all fields together), and per field.
FLOOR_ALL = 1.0
FLOOR_FIELD = 1.0


@pytest.fixture(scope="module")
def result():
    return score.score()


def test_the_corpus_is_what_the_issue_asks_for():
    entries = score.load()
    texts = [k for k in entries if k.startswith("texts/")]
    pages = [k for k in entries if k.startswith("pages/")]
    assert len(texts) >= 40 and len(pages) >= 5
    assert {e["expect"]["language"] for e in entries.values()} >= {"en", "ko", "ja", "de", "es", "fr", "zh"}
    assert len({e["outlet"] for k, e in entries.items() if k.startswith("texts/")}) >= 12
    assert {e["kind"] for k, e in entries.items() if k.startswith("texts/")} >= {
        "agency", "paper", "broadcaster", "aggregator", "press-release", "newsletter"}
    for name, entry in entries.items():
        assert (CORPUS / name).is_file(), name
        assert entry["url"].startswith("http"), name


def test_field_accuracy_is_at_the_floor(result):
    right, shown = result.total()
    assert shown >= 300
    assert right / shown >= FLOOR_ALL, score.table(result) + "\n" + "\n".join(result.wrong)
    for field, count in result.shown.items():
        assert result.right.get(field, 0) / count >= FLOOR_FIELD, (field, result.wrong)


def test_no_value_is_invented(result):
    assert not result.invented, result.wrong


@pytest.mark.parametrize("folder", ["texts", "pages"])
def test_every_text_of_the_corpus_comes_in_in_one_run(tmp_path, folder):
    # The saved pages hold the same stories as some texts, so they go to a site of their own.
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(REPO / "site.toml", site / "site.toml")
    shutil.copytree(REPO / "templates", site / "templates")
    shutil.copytree(REPO / "static", site / "static")
    run = run_cli("import", "--site", str(site), "--publish", str(CORPUS / folder))
    assert run.status == 0, run.err
    lines = run.out.splitlines()
    assert len(lines) == len(list((CORPUS / folder).iterdir()))  # one summary line per input, all written
    written = [Path(line.split(" <- ")[0]) for line in lines]
    assert all(p.is_file() for p in written)
    drafts = [p for p in written if p.parent.name == "drafts"]
    published = [p for p in written if p.parent.name != "drafts"]
    assert published
    # What needs a person is named, in the file and in the line; how to finish is said once.
    for line, path in zip(lines, written):
        text = path.read_text(encoding="utf-8")
        assert ("HELD BACK" in line) == (path in drafts) == ("\ndraft: true\n" in text)
        if path in drafts:
            assert text.startswith(("---\n# missing ", "---\n# check "))
    assert ("held back as drafts in drafts/" in run.err) == bool(drafts)
    # Text that is not in the site's language says so.
    for line, path in zip(lines, written):
        language = next(k for k in ("ko", "ja", "zh", "de", "es", "fr", "en") if f"/{k}-" in line)
        assert (f"\nlanguage: {language}\n" in path.read_text(encoding="utf-8")) == (language != "en"), line
    # The published ones build, each page in its own language.
    out = tmp_path / "out"
    built = run_cli("build", "--site", str(site), "--out", str(out), "-q", "--future")
    assert built.status == 0, built.err
    for path in published:
        language = next((k for k in ("ko", "ja", "zh", "de", "es", "fr") if f"\nlanguage: {k}\n" in
                         path.read_text(encoding="utf-8")), "en")
        page = next(out.rglob(f"{path.stem}/index.html"))
        assert f'<html lang="{language}">' in page.read_text(encoding="utf-8"), path


#: Held-out batches: (floor of field values right, most values invented). Their first-run figures,
#: before any rule was changed for them, are the honest estimate on unseen copy (README and
#: importer_corpus/first-runs.md): batch 1 44/66 with 1 invented, batch 2 36/70 with 7, batch 3
#: 150/239 with 14, batch 4 63/87 with 0, batch 5 45/90 with 3, batch 6 124/220 with 5, batch 7
#: 108/189 with 5, batch 8 110/188 with 3, batch 9 125/207 with 7, batch 10 119/166 with 4, batch
#: 11 159/261 with 3, batch 12 107/150 with 3. The floors are the figures after the general rules
#: their failures led to, so that those rules do not regress. No batch may invent a value, not even in a
#: draft (batch 11's three of its first run, a dateline `UNDATED`, a photo line as the summary and `© AFP` as a
#: picture's credit, are gone by the rules drawn from it). Batch 12's first run had 107/150 with 3
#: invented (a newsletter's preheader published as the title, a login label as the title of a text
#: that shows none, a photo line as the summary); the rules of round 13 drawn from it leave none.
#: Batch 13's first run had 122/154 with 4 invented, all in drafts (a reporter line and a photo's
#: caption as titles of texts that show none, a tag `RENTREE` as the dateline, a first paragraph as
#: the summary); the rules of round 14 drawn from it leave none and take it to 142/154.
#: Round 14's head rules (standfirsts restated or over a live entry, newsletters' heads, mastheads,
#: feeds read as text, …) raised batches 2, 3, 6, 8, 9, 10, 11 and 12, none invented.
#: Batch 14's first run (after round 14, main at 5e089e2) had 113/147 with 4 invented, all in drafts
#: (a photo's credit line and a spam line as titles, a photographer as the author, a headline as the summary).
#: Batch 15's first run (after round 15, main at 3c07a2c) had 84/117 with 6 invented, one published (a
#: spam line as a title); the spam vocabulary widened for it leaves 85/117 with 5, all in drafts.
#: Batch 16's first run (after round 16, main at 9d0ee04) had 94/134 with 1 invented, in a draft (a
#: forecaster's subheading as the summary); 95/134 with round 17's rules (drawn from batches 13-15 before
#: batch 16 was looked at). The rules of round 18 drawn from it take it to 129/134, none invented.
#: Batch 17's first run (after the rules drawn from batch 16, main at 533ceea) had 118/185 with 2
#: invented, both published (a breadcrumb with a spam mirror's name glued on as the title, a
#: reporter's bracketed tag as the summary); with the last rules of the same session, none drawn from
#: it, the same (118/185, 2 invented). Two checks drawn from those two values then (a headline holding a
#: breadcrumb's marks is held for a person; a short summary sharing no word with its text is not taken)
#: leave none invented; nothing else was drawn from the batch.
#: Batch 18's first run (after batch 17 was merged, main at fef76ef) had 115/192 with 9 invented, 6 of
#: them published (a title suffix `- Totalschaden` published as the source and cut from the title, a
#: spam phrase kept in a title, the spam headline line as the summary, a sign-off's place and a label
#: `인기 기자` published as authors). German closing quotation marks read as a sentence's end (from a
#: saved page outside the repository) then kept one lead out of its summary: 116/192 with 8.
#: Batch 19's first run (after batch 18's fixes, main at 2bb41eb) had 101/163 with 6 invented, 2 of
#: them published in its one published article (a picture's caption cut short as the title, the
#: whole caption as the summary).
#: Batch 20's first run (main at b0a0029, the baseline for holding back articles whose values came from
#: weak evidence) had 102/147 with 2 invented, 1 of them published in its one published article (a
#: mirror's breadcrumb `本頁位置:首頁新聞中心社會新聞` as the title); the other is an update note taken
#: as the summary of a draft.
#: Holding back an article whose value bears the marks of another line (importer/doubts.py: a headline
#: cut short, a standfirst repeating the headline or holding a date line, a template's byline, a lead's
#: credit naming another reporter, an unconfirmed outlet after a dash), drawn from the published values
#: of batches 17 to 19, with a Chinese reporters' place glued to `报道` no longer read as a name, leaves
#: batches 18 and 19 with 117/192 and 5 invented, 101/163 and 5, all in drafts; batch 20, gathered before
#: and not looked at for it, keeps its one published value (its breadcrumb has no marks).
#: Batch 21's first run (main at f699982) had 112/172 with 6 invented, 2 of them in its 4 published
#: articles (a dpa paragraph taken as the summary and gone from the body; `2018年09月06日(木)17時21分`
#: published as the day without its time); 4 are summaries of drafts. The same on the code with the
#: checks above (7c2d8f0): the checks caught neither published value.
#: Round 19's body rules, drawn from batch 20 (a copyright notice closing the copy, a breadcrumb its label
#: names, a Chinese photographer's credit behind a caption, update notes, an advertisement's notice), take
#: batch 20 to 108/147 with none invented: its breadcrumb title is gone. Batch 21's dpa item (one paragraph
#: read as a standfirst over no text) now comes in with that paragraph its text: 114/172 with 5.
#: Round 19's head rules (drawn from batch 20) and the rest of its body rules take batch 20 to 136/147,
#: none invented; a weekday in brackets between a date and its clock (drawn from batch 21's published
#: date without its time) takes batch 21 to 115/172 with 4, none published. Round 19's rules also moved
#: batch 18 (nothing drawn from it): 119/192 with 4.
#: Batch 22's first run (main at 5d1a505, the baseline for the check that holds back articles whose values
#: came from weak evidence) had 101/184 with 5 invented, 4 of them in its 4 published articles; its
#: values are in importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Round 20's body rules, drawn from batch 22 (a Korean paper's comment box, a Japanese paid-article notice,
#: an agency's reprint notice, a blog's trackbacks, a credit after `Photo` or a slashed agency), take batch 22 to
#: 112/184 (with a German place alone over its lead as the dateline); the credit rule also gives batch 19
#: (nothing drawn from it) a start: 102/163. Two checks drawn from its published values (an outlet that reads
#: as a byline or opens with a separator) hold two of its three wrong articles. Round 20's head rules (drawn
#: from batch 22) and an error page's notice as furniture take it to 130/184 with none invented (batch 21:
#: 116/172 with 4, none published). Batch 23, scored on that final code, stood at its first run (114/181,
#: one published article wrong: a date line's `2022-12-22` as the source); a check drawn from it afterwards
#: (an outlet with no letters) holds that article: none published wrong.
#: Batch 23's first run (main at 3d8b1dc, the baseline for the same check, and now its only fresh measure)
#: had 114/181 with 4 invented, 1 of them in its 2 published articles; its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batch 24's first run (main at 2d75a99, the fresh measure for the rules drawn meanwhile from batches 17-23)
#: had 122/193 with 1 invented, none of it in its 2 published articles. Batch 25's first run (the same code)
#: had 117/187 with 5 invented, all 5 of them in 3 of its 4 published articles. Both were gathered blind.
#: Round 21 (head and body rules drawn from batches 17 to 23) takes batch 17 to 146/185, 18 to 144/192 with
#: 3 invented, 19 to 133/163 with 4, 20 to 138/147, 21 to 137/172 with 4, 22 to 147/184, 23 to 155/181 with 2;
#: scored on it, batch 24 stood at 125/193 with 1 invented (none published) and batch 25 at 118/187 with 4,
#: all 4 in 2 of its 4 published articles. One rule was drawn from batch 24 afterwards (a wire's place and
#: day alone over the lead give the place: 126/193), and two checks from batch 25's published articles (a
#: headline opening with a stray mark, a caption cut at a name's initial) hold both: none published wrong.
#: Batch 26's first run (main at 55d1c39, the fresh measure for the check on what `--publish` publishes and the
#: rules drawn meanwhile from batches 24-25; gathered blind) had 121/167 with 4 invented, 2 of them published in
#: 1 of its 4 published articles; its values are in importer_corpus/first-runs.md, kept from the rules until the
#: batch is released.
#: Batch 27's first run (main at 55d1c39, the baseline for the publish check and the rules drawn from batches
#: 24-25) had 114/180 with 5 invented, 3 of them in 2 of its 5 published articles; its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Round 22 (head and body rules drawn from batches 24 and 25, and from what 17 to 23 still missed) takes 24 to
#: 144/193 and 25 to 142/187, 17 to 152/185, 18 to 146/192, 20 to 141/147, 22 to 148/184. Scored on it, batches 26
#: and 27 stand where their first runs did (121/167, 114/180); the checks on a text's edges hold one wrong
#: article of each, and one of each is still published wrong (2 values each).
#: Batch 28's first run (main at 8041999, the fresh measure for the rules drawn since batches 26-27 were gathered;
#: gathered blind from sites a to m) had 141/182 with 6 invented, 2 of them published in 2 of its 6 published
#: articles; its values are in importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batch 29's first run (main at 8041999, gathered blind from sites n to z while batch 28 was gathered from a to m)
#: had 117/188 with 4 invented, none of them in its 1 published article; its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batch 30's first run (main at dc14b6c, gathered blind from sites a to m while another batch was gathered from n
#: to z) had 129/188 with 5 invented, 2 of them published in 2 of its 3 published articles; its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batch 31's first run (main at dc14b6c, gathered blind from sites n to z while batch 30 was gathered from a to m)
#: had 109/181 with 5 invented, 2 of them published in its 1 published article; its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Round 23 (rules drawn from forms that recur across outlets of batches 17 to 27: a standfirst over the credit
#: block, a masthead's name alone, Japanese captions closed by their photographer's credit) takes 17 to 156/185, 18
#: to 147, 19 to 134, 21 to 139, 22 to 149, 23 to 157, 24 to 148, 25 to 144, 26 to 127 and 27 to 118. Scored blind on
#: it, batch 29 stood at its first run (117/188) and batch 28 lost one value (141 -> 140/182: a caption's credit
#: under a byline, `… −Foto: Fotos: P. Schmid`, no longer read once the standfirst rule reads the header past the
#: standfirst; its floor is lowered for that reason), and the masthead rule gave it one wrong source, which the
#: rule's tightening then removed. Checks drawn from the published wrong values of batches 26 to 28 (a headline
#: holding a code or opening with a date, a headline-like line over the date line lower down, a place that reads as
#: an outlet) held, on batches 30 and 31 gathered blind at dc14b6c, one of their three wrong published articles and
#: none of the right one; a check drawn from batch 30 afterwards (an outlet that is a section's word alone) holds a
#: second. Batch 30 still publishes one article with a standfirst its text does not show.
#: Batch 32's first run (main at 5c49fd3, gathered blind from sites a to m while another batch was gathered from n
#: to z) had 127/194 with 3 invented, 1 of them published in 1 of its 3 published articles; its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batch 33's first run (main at 5c49fd3, gathered blind from sites n to z while batch 32 was gathered from a to m)
#: had 142/207 with 5 invented, 2 of them published in 2 of its 5 published articles; its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Read after their measures, batches 28 to 31 led to copyright notices and Chinese source labels read in more
#: forms (19374fd: 18 to 148, 21 to 140, 29 to 118, 30 to 130, 31 to 113); batches 32 and 33, gathered blind at
#: 5c49fd3 before those rules, stand at their first runs on them (127/194, 142/207; 1 and 2 values published wrong).
#: Two checks drawn from those published values afterwards (a headline printed twice on one line, `通讯员` as the
#: outlet) hold two of the three; batch 33 still publishes an outlet with its writer glued after a slash.
#: Batch 34's first run (main at f5a2ada, gathered blind from sites a to m while another batch was gathered from n
#: to z) had 107/145 with 3 invented, 2 of them published in its 1 published article; its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batch 35's first run (main at f5a2ada, gathered blind from sites n to z while batch 34 was gathered from a
#: to m) had 122/152 with 5 invented, none of them published (2 of its 24 texts were published); its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Round 24 leaves out the paragraphs at the text's edges that hold no sentence (passes.edges: a general mark of
#: furniture, not drawn from one batch's misses; each paragraph left out is named in the check a person reads). It
#: takes 13 to 149, 22 to 150, 24 to 154, 25 to 148, 27 to 128, 28 to 141, 29 to 121, 31 to 119, 32 to 131 and 33 to
#: 144/207 (one invented value fewer), and costs four batches one value each, for which their floors are lowered:
#: 3 (238/239, a long lead cut off without its stop), 6 (218/221, a release's closing pointer to its address), 12
#: (147/150, a closing photo title) and 16 (128/134, a list announced by a sentence ending with a stop).
#: Batches 34 and 35, gathered blind at its base while it was written, go from 107 to 108/145 and 122 to 123/152.
#: A Korean or Chinese reporter credited on a short line beside a date, an outlet or a desk (rules.byline.
#: credited_reporter, a form found on eleven outlets of batches 22 to 35) takes 22 to 151, 27 to 129, 28 to 142, 29 to
#: 124, 31 to 121, 32 to 133 and 35 to 124/152.
#: Batches 36 and 37, gathered blind at e1909ee before it, stand on it at their first runs (123/169, 110/158).
#: Two checks drawn from batch 36's two wrong published articles (a headline holding a telephone number, a name
#: holding a digit or a desk's word: `K8 Newsdesk`) hold both, and none of the 137 right ones over every set.
#: (The byline reader now refuses the desk's compound itself: that article is published, with no author.)
#: On batches 38 and 39, gathered blind at 6865bc0 before them, they held neither of the two first-run articles.
#: Batch 36's first run (main at e1909ee, gathered blind from sites a to m while another batch was gathered from n
#: to z) had 123/169 with 3 invented, 2 of them published in 2 of its 3 published articles; its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batch 37's first run (main at e1909ee, gathered blind from sites n to z while batch 36 was gathered from a
#: to m) had 110/158 with none invented and none published wrong (1 of its 24 texts was published); its values are
#: in importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batch 38's first run (main at 6865bc0, gathered blind from sites a to m while another batch was gathered from n
#: to z) had 130/169 with 1 invented, none published wrong (1 of its 26 texts was published); its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batch 39's first run (main at 6865bc0, gathered blind from sites n to z while batch 38 was gathered from a
#: to m) had 123/149 with 8 invented, 1 of them published in its 1 published article; its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batch 40's first run (main at 92e1254, gathered blind from sites a to m while another batch was gathered from n
#: to z) had 116/189 with 5 invented, none published wrong (1 of its 26 texts was published); its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batch 41's first run (main at 92e1254, gathered blind from sites n to z while another batch was gathered from a
#: to m) had 102/149 with 9 invented, none published wrong (none of its 23 texts was published); its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batch 42's first run (main at 892ba69, gathered blind from sites a to m while another batch was gathered from n
#: to z) had 89/127 with 5 invented, none published wrong (1 of its 19 texts was published); its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batch 43's first run (main at 892ba69, gathered blind from sites n to z while another batch was gathered from a
#: to m) had 107/161 with 3 invented, none published wrong (none of its 24 texts was published); its values are in
#: importer_corpus/first-runs.md, kept from the rules until the batch is released.
#: Batches 44 to 47 (importer code as of 0e53a37) and 48 to 51 (5badff9), each gathered blind from a quarter of the
#: alphabet of sites (a to f and digits, g to m, n to s, t to z) while the three others were gathered: first runs
#: 108/140, 114/144, 71/95, 107/162 and 122/166, 86/127, 113/169, 113/167, with 3, 4, 3, 4 and 4, 3, 1, 6 invented;
#: published wrong once each in batches 45, 48, 50 and 51. Their values are in importer_corpus/first-runs.md.
#: Round 26's interface labels (rules.interface, a list written from what sites' software prints) cost batch 23 two
#: values it had by luck: an aggregator's related-stories heading `【関連記事】` had been read as the headline over the
#: item's day (the date right, the text cut before the outlet's line); the heading now ends the text, the day under it
#: goes with it, and the outlet's line stays at the text's end: 155/181. The round takes 13 to 150, 19 to 137, 25 to
#: 150, 28 to 146, 29 to 128, 30 to 134, 32 to 139, 35 to 127, 37 to 117, 42 to 91, 43 to 111, 44 to 109, 50 to 114
#: and 51 to 117 (batches 48 to 51 gathered blind before its regional outlets and its last rules), and its invented
#: values down by one in batches 33, 35, 45 (two), 50 and 51 (two); batch 50 publishes no wrong value any more.
#: Batches 52 to 55 (84fafa1) and 56 to 59 (2c4d257), gathered blind the same way: first runs 102/134, 124/166,
#: 93/125, 75/100 and 97/122, 100/118, 83/104, 86/114. Round 27 (notices, logos, wires' datelines, an agency's
#: signature; what a line never is) takes 23 to 156, 27 to 131, 30 to 137, 31 to 128, 32 to 141, 37 to 119, 39 to
#: 126, 44 to 110, 46 to 74, 47 to 108, 52 to 105, 53 to 126 and 58 to 85 (an NTD page's outlet and day, gathered
#: blind before the rule), 33 to 149 and 45 to 115 (a writer in a dateline's tag, a comment prompt glued to a
#: labelled source), 39 to 127 (a Korean photo's label printed twice), 22 to 154 and 23 to 158 (a Korean CMS's share
#: prompt, `이 기사를 공유합니다`), and ends the wrong values published in batches
#: 33, 34 (the page's clock), 39, 45, 48 (a forum user's handle), 52, 53 and 56.
#: Batches 64 to 67 (35ef1d8), gathered blind the same way: first runs 119/152, 104/128, 102/138 and 94/116, with 3,
#: 1, 2 and 5 invented, one published wrong (batch 67). Round 28 (the source in more of the forms pages print it; a
#: lone stamp outside the text; zones of one offset; a file picture's mark) gained one value of theirs (batch 64) and
#: takes 23 to 159, 24 to 156, 25 to 151, 27 to 132, 28 to 147, 34 to 111, 35 to 128, 36 to 124, 40 to 120, 45 to
#: 117, 46 to 75, 47 to 109, 49 to 89, 50 to 115, 53 to 129, 58 to 86, 61 to 114 and 63 to 79; batch 62 invents one
#: value fewer; after the review, a stamp under a list of other stories dates no text, and batch 23 goes back to 158
#: (a feed copy's own stamp under `【関連記事】`), the outlet's line read among the text's leaves it (47 to 110).
#: Drawn from batch 67's published wrong value after the measure (a line of six words or more ending
#: with an article, a preposition or a conjunction is no headline): 67 to 95, which publishes no wrong value.
#: Batches 68 to 71 (678d03b) and 72 to 75 (075809e), gathered blind the same way: first runs 101/121, 89/133,
#: 90/108, 56/72 and 83/97, 115/143, 59/85, 60/82. Round 29's learned span (gazette/importer/passes/span.py) cuts
#: the page's paragraphs at the texts' edges: +12 values on 68 to 71 with a model learned before them, +16 on 72 to 75
#: (against the rules alone). Learned again from every set, it moves every floor (it is one model over all texts,
#: and a text's cut changes with it): the sets the rules were drawn from lose a few values the rules had, the others
#: gain. Batch 70's published wrong article (a reporter's credit taken for the headline) is held since 4a9b8ea.
#: Batches 76 to 79 (2f6c2f5, the span as shipped), gathered blind the same way: first runs 93/110, 85/102, 112/135
#: and 63/74 (353 of 421; 345 with the rules alone); batch 77's two published wrong values are held or mended since.
#: Batches 80 to 83 (c416ddb), gathered blind the same way: first runs 88/121, 100/134, 63/77 and 81/104 (332 of 436;
#: 326 with the rules alone).
#: Batches 84 to 87 (d62a7db), gathered blind the same way: first runs 65/77, 93/118, 61/84 and 66/78 (285 of 357;
#: 286 with the rules alone). Round 30's learned source (gazette/importer/passes/source_guess.py), learned before
#: them, takes them to 286; learned again from every set, it moves the floors of the sets it learned from.
#: Batches 88 to 91 (6170e87, both models learned from every set up to 87), gathered blind the same way: first runs
#: 110/144, 78/102, 81/103 and 79/109 (348 of 458; 334 with the rules alone, 345 with the span alone).
#: Batches 92 to 95 (a71b366, both models learned from every set up to 91), gathered blind the same way: first runs
#: 78/95, 85/117, 63/104 and 114/151 (340 of 467; 325 with the rules alone, 337 with the span alone).
#: The batches whose bodies still hold page furniture (rules have been drawn from 17 to 23, not yet to the end;
#: 26 to 95 are the newest, measuring copy the rules have not met).
FURNITURE_LEFT = frozenset({"heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22",
                            "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28",
                            "heldout29", "heldout30", "heldout31", "heldout32", "heldout33",
                            "heldout34", "heldout35", "heldout36", "heldout37", "heldout38",
                            "heldout39", "heldout40", "heldout41", "heldout42", "heldout43",
                            "heldout44", "heldout45", "heldout46", "heldout47", "heldout48", "heldout49",
                            "heldout50", "heldout51", "heldout52", "heldout53", "heldout54", "heldout55",
                            "heldout56", "heldout57", "heldout58", "heldout59",
                            "heldout60", "heldout61", "heldout62", "heldout63", "heldout64", "heldout65",
                            "heldout66", "heldout67", "heldout68", "heldout69", "heldout70",
                            "heldout71", "heldout72", "heldout73", "heldout74", "heldout75",
                            "heldout76", "heldout77", "heldout78", "heldout79", "heldout80", "heldout81",
                            "heldout82", "heldout83", "heldout84", "heldout85", "heldout86", "heldout87",
                            "heldout88", "heldout89", "heldout90", "heldout91", "heldout92", "heldout93",
                            "heldout94", "heldout95"})
HELDOUT_FLOORS = {"heldout": (66 / 66, 0),
                  "heldout2": (69 / 70, 0),
                  "heldout3": (236 / 239, 0),
                  "heldout4": (87 / 87, 0),
                  "heldout5": (88 / 90, 0),
                  "heldout6": (217 / 221, 0),
                  "heldout7": (182 / 189, 0),
                  "heldout8": (186 / 188, 0),
                  "heldout9": (198 / 207, 1),
                  "heldout10": (163 / 166, 0),
                  "heldout11": (252 / 261, 0),
                  "heldout12": (147 / 150, 1),
                  "heldout13": (150 / 154, 0),
                  "heldout14": (141 / 147, 0),
                  "heldout15": (107 / 117, 0),
                  "heldout16": (126 / 134, 0),
                  "heldout17": (167 / 185, 0),
                  "heldout18": (155 / 192, 3),
                  "heldout19": (141 / 163, 5),
                  "heldout20": (142 / 147, 0),
                  "heldout21": (146 / 172, 4),
                  "heldout22": (158 / 184, 0),
                  "heldout23": (160 / 181, 2),
                  "heldout24": (160 / 193, 1),
                  "heldout25": (159 / 187, 1),
                  "heldout26": (133 / 167, 3),
                  "heldout27": (134 / 180, 3),
                  "heldout28": (152 / 182, 4),
                  "heldout29": (135 / 188, 5),
                  "heldout30": (143 / 188, 4),
                  "heldout31": (134 / 181, 3),
                  "heldout32": (147 / 194, 3),
                  "heldout33": (159 / 207, 2),
                  "heldout34": (114 / 145, 2),
                  "heldout35": (130 / 152, 4),
                  "heldout36": (133 / 169, 1),
                  "heldout37": (120 / 158, 0),
                  "heldout38": (136 / 169, 1),
                  "heldout39": (129 / 149, 6),
                  "heldout40": (137 / 189, 5),
                  "heldout41": (105 / 149, 9),
                  "heldout42": (95 / 127, 5),
                  "heldout43": (117 / 161, 2),
                  "heldout44": (112 / 140, 3),
                  "heldout45": (123 / 144, 1),
                  "heldout46": (78 / 95, 3),
                  "heldout47": (123 / 162, 4),
                  "heldout48": (125 / 166, 4),
                  "heldout49": (90 / 127, 3),
                  "heldout50": (128 / 169, 0),
                  "heldout51": (126 / 167, 4),
                  "heldout52": (112 / 134, 3),
                  "heldout53": (134 / 166, 1),
                  "heldout54": (97 / 125, 4),
                  "heldout55": (75 / 100, 2),
                  "heldout56": (101 / 122, 4),
                  "heldout57": (102 / 118, 5),
                  "heldout58": (86 / 104, 2),
                  "heldout59": (87 / 114, 5),
                  "heldout60": (97 / 117, 2),
                  "heldout61": (119 / 139, 1),
                  "heldout62": (95 / 124, 1),
                  "heldout63": (86 / 115, 1),
                  "heldout64": (126 / 152, 3),
                  "heldout65": (106 / 128, 1),
                  "heldout66": (107 / 138, 2),
                  "heldout67": (100 / 116, 4),
                  "heldout68": (103 / 121, 2),
                  "heldout69": (100 / 133, 6),
                  "heldout70": (91 / 108, 3),
                  "heldout71": (62 / 72, 0),
                  "heldout72": (86 / 97, 2),
                  "heldout73": (118 / 143, 1),
                  "heldout74": (59 / 85, 2),
                  "heldout75": (62 / 82, 3),
                  "heldout76": (95 / 110, 0),
                  "heldout77": (87 / 102, 4),
                  "heldout78": (114 / 135, 3),
                  "heldout79": (63 / 74, 0),
                  "heldout80": (88 / 121, 1),
                  "heldout81": (102 / 134, 3),
                  "heldout82": (64 / 77, 2),
                  "heldout83": (83 / 104, 3),
                  "heldout84": (66 / 77, 4),
                  "heldout85": (96 / 118, 5),
                  "heldout86": (62 / 84, 2),
                  "heldout87": (66 / 78, 3),
                  "heldout88": (111 / 144, 2),
                  "heldout89": (78 / 102, 1),
                  "heldout90": (81 / 103, 4),
                  "heldout91": (80 / 109, 5),
                  "heldout92": (78 / 95, 5),
                  "heldout93": (85 / 117, 4),
                  "heldout94": (63 / 104, 2),
                  "heldout95": (114 / 151, 0)}

#: Invented values published (in articles not held back), per batch; none for a batch not named.
PUBLISHED_WRONG: dict[str, int] = {"heldout30": 1, "heldout51": 1, "heldout62": 1, "heldout75": 1, "heldout85": 5,
                                  "heldout86": 1, "heldout91": 4, "heldout92": 1, "heldout93": 1}

def test_every_held_out_batch_has_a_floor():
    assert sorted(HELDOUT_FLOORS) == sorted(score.batches())


@pytest.mark.parametrize("batch", sorted(HELDOUT_FLOORS))
def test_held_out_batches_do_not_regress(batch):
    floor, invented = HELDOUT_FLOORS[batch]
    result = score.score(heldout=batch)
    right, shown = result.total()
    assert right / shown >= floor - 1e-9, score.table(result) + "\n" + "\n".join(result.wrong)
    assert sum(result.invented.values()) <= invented, result.wrong
    assert len(result.published_wrong) <= PUBLISHED_WRONG.get(batch, 0), result.published_wrong
    if batch not in FURNITURE_LEFT:  # no page furniture is left in any body of a batch the rules were drawn from
        assert result.right.get("furniture", 0) == result.shown.get("furniture", 0), \
            [line for line in result.wrong if ": furniture " in line]
