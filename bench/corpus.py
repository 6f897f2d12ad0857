#!/usr/bin/env python3
"""Deterministic synthetic news corpus for the "Speed at scale" benchmark.

    python bench/corpus.py N OUTDIR [--format gazette|hugo|pelican]

writes N synthetic articles (about 740 words each) into OUTDIR as a complete
project for the chosen tool:

* ``gazette`` (default): ``site.toml``, ``content/<yyyy>/<slug>.md`` with YAML
  front matter, plus copies of the repository's ``templates/`` and
  ``static/`` folders when they exist.
* ``hugo``: the minimal site in ``bench/hugo/`` plus ``content/posts/*.md``
  (YAML front matter).
* ``pelican``: the minimal site in ``bench/pelican/`` plus
  ``content/<slug>.md`` (Pelican's Markdown metadata header).

Article *i* is produced by its own ``random.Random`` seeded from
``(SEED, i)``, so the same N always gives a byte-identical corpus, a corpus
of 1,000 articles is the first 1,000 articles of the corpus of 10,000, and
the three formats carry exactly the same articles (same title, date, tags,
body).  Only the standard library is used; no network.

Importable API: ``generate(n, outdir, fmt="gazette")``, ``edit_one(outdir,
fmt=...)``, ``add_one(outdir, fmt=...)``, ``articles(n)``,
``expected_pages(arts, per_page=10)``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import sys
from bisect import bisect
from datetime import date, datetime, time, timedelta, timezone
from itertools import accumulate
from pathlib import Path

SEED = 20260101
PER_PAGE = 10
TARGET_WORDS = 740
FIRST_DAY = date(2019, 1, 1)
LAST_DAY = date(2025, 12, 31)

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
FORMATS = ("gazette", "hugo", "pelican")

# --------------------------------------------------------------------------
# Vocabulary.  Words are ranked: earlier words are drawn more often (Zipf).
# --------------------------------------------------------------------------

_FUNCTION = """the of and to in a that is for on with as was by it at from
has be have are said which its but not this an or will their more been were
would after also over than about who they up into new other last could when
two year first some while most all there can only before because out under
since against between during such what year's these those still even""".split()

_CONTENT = """government officials people percent company market country
million billion city report week state minister president public plan policy
years time industry workers prices economy growth data energy system power
law court election party leaders group support health school students water
police security border trade deal talks agreement crisis program budget tax
investment bank rates inflation jobs housing rent transport rail airport
port shipping climate emissions coal gas oil solar wind grid storage battery
chips software platform users network service services research scientists
study university hospital doctors patients vaccine disease care costs
farmers harvest food supply chain exports imports tariffs regulators rules
council mayor residents neighborhood community families children teachers
parents voters campaign candidates parliament lawmakers committee hearing
investigation evidence judge ruling appeal union strike wages contract
manufacturers factory plant production output demand sales revenue profit
losses shares investors analysts forecast quarter record level levels
region district province capital coast river valley island mountain
museum festival artists film music book season team players coach match
league title fans stadium victory defeat injury transfer weather storm
flood drought heat fire rescue emergency damage recovery reconstruction
plans proposal measures reform changes pressure concerns questions risks
challenges opportunities efforts progress impact effect results response
decision statement announcement interview conference meeting summit visit
spokesperson director executive founder chairman chief secretary ministry
agency department office authority commission institute foundation
technology innovation startup startups model models intelligence computing
internet mobile phone app digital online privacy cyber attack hackers
""".split()

_VERBS = """said announced warned expected reported added noted told
agreed rejected approved launched opened closed raised cut increased
reduced expanded delayed announced signed proposed confirmed denied urged
called described suggested estimated showed found revealed""".split()

_ADJ = """new major local national international global former senior
public private economic political social financial regional federal
significant recent current previous key early late strong weak higher lower
large small long short annual monthly critical rapid steady modest""".split()

WORDS = list(dict.fromkeys(_FUNCTION + _CONTENT + _VERBS + _ADJ))
_WORD_CUM = list(accumulate(1.0 / (r + 2.7) for r in range(len(WORDS))))
_CONTENT_WORDS = [w for w in WORDS if w not in set(_FUNCTION)]
_CONTENT_CUM = list(accumulate(1.0 / (r + 5) for r in range(len(_CONTENT_WORDS))))

CITIES = """SEOUL TOKYO LONDON PARIS BERLIN NAIROBI LAGOS CAIRO DELHI MUMBAI
JAKARTA MANILA SYDNEY TORONTO MEXICO-CITY LIMA BOGOTA MADRID ROME WARSAW
KYIV ISTANBUL DUBAI SINGAPORE BANGKOK HANOI TAIPEI BUSAN OSAKA GENEVA""".split()

SOURCES = [
    "The Korea Herald", "Northern Ledger", "Harbor City Times",
    "The Morning Dispatch", "Valley Courier", "Global Wire Service",
    "The Evening Standard-Bearer", "Capital Observer", "Coastal Chronicle",
    "The Daily Meridian", "Metro Sentinel", "Pacific Review",
    "The Continental", "Riverside Gazette", "Union Tribune Weekly",
    "The Plains Record", "Summit Post", "Lakeshore Journal",
    "The Atlas Report", "Ironbridge Examiner",
]

_FIRST = """Min-jun Seo-yeon Hiroshi Yuki Olga Ivan Amara Kwame Lucia Mateo
Priya Arjun Chen Wei Fatima Omar Sofia Liam Emma Noah Ingrid Lars Aiko
Daniel Sarah Tomasz Agnieszka Carlos Ana Nadia""".split()
_LAST = """Kim Lee Park Choi Tanaka Sato Petrova Ivanov Mensah Okafor Garcia
Rossi Sharma Patel Zhang Wang Haddad Nasser Novak Jensen Berg Nakamura
Cohen Miller Kowalski Silva Costa Dubois Schmidt Brown""".split()

# Tag pool: 300 distinct tags, ranked; the rank decides popularity (Zipf).
_TOPICS = """Economy Politics Climate Energy Technology AI Health Education
Housing Transport Trade Diplomacy Defense Elections Courts Crime Labor
Finance Markets Banking Inflation Agriculture Food Water Environment
Wildlife Oceans Space Science Research Medicine Vaccines Pandemic
Culture Film Music Books Art Architecture Sports Football Baseball
Olympics Tennis Weather Disasters Migration Refugees Human-Rights Media
Internet Cybersecurity Privacy Semiconductors Startups Automotive
Aviation Shipping Railways Tourism Retail Real-Estate Construction Mining
Oil Gas Nuclear Renewables Solar Wind Batteries Telecom Smartphones Gaming
Social-Media Religion History Obituaries Opinion Editorial Analysis
Interview Investigation Infrastructure Urban-Planning Demographics
Pensions Taxes Budget Central-Banks Currencies Cryptocurrency Insurance
Pharmaceuticals Biotech Fashion Food-Safety Fisheries Forestry""".split()
_REGIONS = """Korea Japan China Taiwan India Indonesia Vietnam Philippines
Australia Europe Germany France Britain Italy Spain Poland Ukraine Russia
Turkey Middle-East Africa Kenya Nigeria Egypt Brazil Mexico Canada
United-States Latin-America Asia""".split()
_NON_LATIN = [
    "경제", "정치", "서울", "반도체", "부동산", "북한", "기후변화", "교육",
    "東京", "経済", "地震", "選挙", "半導体", "観光", "文化",
    "экономика", "политика", "Москва", "энергетика", "культура",
    "спорт", "наука", "Україна",
]


def _build_tag_pool() -> list[str]:
    rng = random.Random(f"{SEED}-tags")
    topics = [t.replace("-", " ") for t in _TOPICS]
    regions = [r.replace("-", " ") for r in _REGIONS]
    pool = list(topics) + list(regions)
    seen = {t.lower() for t in pool}
    while len(pool) + len(_NON_LATIN) < 300:
        tag = f"{rng.choice(regions)} {rng.choice(topics)}"
        if tag.lower() not in seen:
            seen.add(tag.lower())
            pool.append(tag)
    rng.shuffle(pool)
    # Non-Latin tags at fixed ranks, from the very popular to the rare.
    for k, tag in enumerate(_NON_LATIN):
        pool.insert(2 + k * 13, tag)
    assert len(pool) == 300 and len({t.lower() for t in pool}) == 300
    return pool


TAGS = _build_tag_pool()
_TAG_CUM = list(accumulate(1.0 / (r + 1) ** 1.05 for r in range(len(TAGS))))
_NTAGS_CUM = list(accumulate([0.10, 0.25, 0.30, 0.20, 0.15]))  # 1..5 tags

# --------------------------------------------------------------------------
# Article generation.
# --------------------------------------------------------------------------


def _pick(rng: random.Random, items, cum):
    return items[bisect(cum, rng.random() * cum[-1])]


def _words(rng: random.Random, k: int) -> list[str]:
    return rng.choices(WORDS, cum_weights=_WORD_CUM, k=k)


def _sentence(rng: random.Random, counter: list[int]) -> str:
    k = rng.randint(8, 24)
    counter[0] += k
    ws = _words(rng, k)
    # Some markup inside sentences.
    r = rng.random()
    if r < 0.05:
        i = rng.randrange(k)
        ws[i] = f"*{ws[i]}*"
    elif r < 0.08:
        i = rng.randrange(k - 1)
        ws[i] = f"**{ws[i]}"
        ws[i + 1] = f"{ws[i + 1]}**"
    elif r < 0.11:
        i = rng.randrange(k - 2)
        slug = "-".join(w.strip("*") for w in ws[i:i + 3])
        ws[i] = f"[{ws[i]}"
        ws[i + 2] = f"{ws[i + 2]}](https://example.org/{slug}/)"
    elif r < 0.125:
        i = rng.randrange(1, k)
        ws[i] = f"`{ws[i]}_{rng.randint(1, 99)}`"
    if k > 12 and rng.random() < 0.5:
        i = rng.randrange(3, k - 3)
        ws[i] += ","
    s = " ".join(ws)
    s = re.sub(r"[a-z]", lambda m: m.group().upper(), s, count=1)
    return s + ("?" if rng.random() < 0.03 else ".")


def _paragraph(rng, counter, lo=3, hi=6) -> str:
    return " ".join(_sentence(rng, counter) for _ in range(rng.randint(lo, hi)))


def _title(rng: random.Random) -> str:
    subj = rng.choice(_CONTENT_WORDS[:120]).capitalize()
    adj = rng.choice(_ADJ).capitalize()
    verb = rng.choice(_VERBS)
    obj = " ".join(w for w in rng.choices(_CONTENT_WORDS, cum_weights=_CONTENT_CUM, k=rng.randint(1, 3)))
    where = rng.choice(_REGIONS).replace("-", " ")
    forms = [
        f"{adj} {subj} {verb} {obj} in {where}",
        f"{where} {subj} {verb} {obj}",
        f"{subj} {verb} {adj.lower()} {obj}",
        f"{where}: {adj} {subj} {obj}",
        f"Why {subj.lower()} {verb} \"{obj}\"",
        f"{adj} {obj} {verb} as {subj.lower()} falls",
    ]
    return rng.choice(forms)


def _slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].rstrip("-")


def _date(rng: random.Random) -> tuple[str, str]:
    """Return (gazette/hugo date string, pelican date string).

    Datetimes carry an offset; the hour is chosen so that the date in UTC is
    the same as the local date, so every tool files the article under the
    same day, month and year whatever time zone handling it applies.
    """
    span = (LAST_DAY - FIRST_DAY).days
    d = FIRST_DAY + timedelta(days=rng.randrange(span + 1))
    if rng.random() < 0.5:
        s = d.isoformat()
        return s, s
    off = rng.choice([0, 9, -5, 1, 3, 9, -8])
    lo, hi = max(0, off), min(23, 23 + off)
    hour = rng.randint(lo, hi)
    s = f"{d.isoformat()}T{hour:02d}:{rng.randrange(60):02d}:00{'+' if off >= 0 else '-'}{abs(off):02d}:00"
    return s, s


def _body(rng: random.Random) -> str:
    target = int(rng.gauss(TARGET_WORDS - 45, 40))  # the last paragraph overshoots
    counter = [0]
    blocks: list[str] = []
    n_heads = 0
    since_head = 0
    did_list = did_quote = False
    while counter[0] < target:
        blocks.append(_paragraph(rng, counter))
        since_head += 1
        if since_head >= 3 and n_heads < 3 and counter[0] < target - 150 and rng.random() < 0.6:
            head = " ".join(_words(rng, rng.randint(2, 5)))
            blocks.append("## " + head[0].upper() + head[1:])
            n_heads += 1
            since_head = 0
        elif not did_list and len(blocks) > 3 and rng.random() < 0.12:
            did_list = True
            marker = "1." if rng.random() < 0.4 else "-"
            items = []
            for _ in range(rng.randint(3, 5)):
                k = rng.randint(4, 10)
                counter[0] += k
                item = " ".join(_words(rng, k))
                items.append(f"{marker} {item[0].upper()}{item[1:]}.")
            blocks.append("\n".join(items))
        elif not did_quote and len(blocks) > 2 and rng.random() < 0.08:
            did_quote = True
            blocks.append("> " + _paragraph(rng, counter, 1, 3))
    return "\n\n".join(blocks) + "\n"


def _author(rng: random.Random):
    def one():
        return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    if rng.random() < 0.12:
        a, b = one(), one()
        return [a, b] if a != b else a
    return one()


def make_article(i: int, taken: set[str] | None = None, body: bool = True) -> dict:
    """Article number *i*: a dict with title, slug, date, source, tags,
    author, optional summary/dateline, and body (Markdown).  With
    ``body=False`` the (costly) body is left out; everything else is the
    same."""
    rng = random.Random(f"{SEED}-article-{i}")
    title = _title(rng)
    slug = _slugify(title) or f"article-{i}"
    if taken is not None:
        base, k = slug, 2
        while slug in taken:
            slug = f"{base}-{k}"
            k += 1
        taken.add(slug)
    datestr, pdate = _date(rng)
    ntags = bisect(_NTAGS_CUM, rng.random() * _NTAGS_CUM[-1]) + 1
    tags: list[str] = []
    while len(tags) < ntags:
        t = _pick(rng, TAGS, _TAG_CUM)
        if t not in tags:
            tags.append(t)
    art = {
        "i": i,
        "title": title,
        "slug": slug,
        "date": datestr,
        "pdate": pdate,
        "source": rng.choice(SOURCES),
        "tags": tags,
        "author": _author(rng),
    }
    if rng.random() < 0.6:
        s = " ".join(_words(rng, rng.randint(18, 35)))
        art["summary"] = s[0].upper() + s[1:] + "."
    if rng.random() < 0.4:
        art["dateline"] = rng.choice(CITIES)
    if body:
        art["body"] = (f"{art['dateline']} – " if "dateline" in art else "") + _body(rng)
    return art


def articles(n: int, body: bool = True) -> list[dict]:
    """The first *n* articles (``body=False``: metadata only, much faster)."""
    taken: set[str] = set()
    return [make_article(i, taken, body) for i in range(n)]


# --------------------------------------------------------------------------
# Writers.
# --------------------------------------------------------------------------


def _q(s: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def render_gazette(a: dict) -> str:
    lines = ["---", f"title: {_q(a['title'])}", f"date: {a['date']}", f"source: {_q(a['source'])}",
             f"tags: [{', '.join(_q(t) for t in a['tags'])}]"]
    au = a["author"]
    lines.append(f"author: [{', '.join(_q(x) for x in au)}]" if isinstance(au, list) else f"author: {_q(au)}")
    if "summary" in a:
        lines.append(f"summary: {_q(a['summary'])}")
    if "dateline" in a:
        lines.append(f"dateline: {_q(a['dateline'])}")
    lines += ["---", "", a["body"]]
    return "\n".join(lines)


def render_hugo(a: dict) -> str:
    year, month = a["date"][:4], a["date"][:7]
    au = a["author"] if isinstance(a["author"], list) else [a["author"]]
    lines = ["---", f"title: {_q(a['title'])}", f"slug: {_q(a['slug'])}", f"date: {a['date']}",
             f"source: {_q(a['source'])}", f"tags: [{', '.join(_q(t) for t in a['tags'])}]",
             f"authors: [{', '.join(_q(x) for x in au)}]",
             # Hugo has no date archives; they are two extra taxonomies.
             f"years: [{_q(year)}]", f"months: [{_q(month)}]"]
    if "summary" in a:
        lines.append(f"summary: {_q(a['summary'])}")
    if "dateline" in a:
        lines.append(f"dateline: {_q(a['dateline'])}")
    lines += ["---", "", a["body"]]
    return "\n".join(lines)


def render_pelican(a: dict) -> str:
    au = a["author"] if isinstance(a["author"], list) else [a["author"]]
    lines = [f"Title: {a['title']}", f"Slug: {a['slug']}", f"Date: {a['pdate']}",
             f"Source: {a['source']}", f"Tags: {', '.join(a['tags'])}", f"Authors: {'; '.join(au)}"]
    if "summary" in a:
        lines.append(f"Summary: {a['summary']}")
    if "dateline" in a:
        lines.append(f"Dateline: {a['dateline']}")
    lines += ["", a["body"]]
    return "\n".join(lines)


def article_path(outdir: Path, a: dict, fmt: str) -> Path:
    if fmt == "gazette":
        return outdir / "content" / a["date"][:4] / f"{a['slug']}.md"
    if fmt == "hugo":
        return outdir / "content" / "posts" / f"{a['slug']}.md"
    if fmt == "pelican":
        return outdir / "content" / f"{a['slug']}.md"
    raise ValueError(f"unknown format {fmt!r}")


_RENDER = {"gazette": render_gazette, "hugo": render_hugo, "pelican": render_pelican}


def write_article(outdir: Path, a: dict, fmt: str) -> Path:
    p = article_path(outdir, a, fmt)
    p.parent.mkdir(parents=True, exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(_RENDER[fmt](a))
    return p


SITE_TOML = """\
title = "The Synthetic Gazette"
description = "A benchmark corpus of synthetic news articles."
language = "en"
timezone = "UTC"
base_url = "https://example.org/"
per_page = 10
"""


def _copy_tree(src: Path, dst: Path) -> None:
    if src.is_dir():
        shutil.copytree(src, dst, dirs_exist_ok=True)


def _write_skeleton(outdir: Path, fmt: str) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    if fmt == "gazette":
        (outdir / "site.toml").write_text(SITE_TOML, encoding="utf-8")
        for name in ("templates", "static"):
            _copy_tree(REPO_ROOT / name, outdir / name)
    elif fmt == "hugo":
        _copy_tree(BENCH_DIR / "hugo", outdir)
    elif fmt == "pelican":
        _copy_tree(BENCH_DIR / "pelican", outdir)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def generate(n: int, outdir, fmt: str = "gazette", clean: bool = True) -> list[dict]:
    """Write a complete project with *n* articles into *outdir*.

    With ``clean`` (the default) *outdir* is emptied first.  Returns the
    list of article dicts that were written."""
    outdir = Path(outdir)
    if clean and outdir.exists():
        shutil.rmtree(outdir)
    _write_skeleton(outdir, fmt)
    arts = articles(n)
    for a in arts:
        write_article(outdir, a, fmt)
    return arts


def _content_files(outdir: Path, fmt: str) -> list[Path]:
    root = outdir / "content"
    if fmt == "hugo":
        root = root / "posts"
    pattern = "*/*.md" if fmt == "gazette" else "*.md"
    return sorted(root.glob(pattern))


def edit_one(outdir, fmt: str = "gazette") -> Path:
    """Change the body text of one article (the middle one), deterministically.

    Each call appends a further numbered update paragraph, so every call is
    a real change; the same sequence of calls gives the same bytes."""
    outdir = Path(outdir)
    files = _content_files(outdir, fmt)
    n = len(files)
    if not n:
        raise FileNotFoundError(f"no articles under {outdir}")
    # Article numbers are stable; pick article n//2 of the first n generated.
    taken: set[str] = set()
    target = None
    for i in range(n // 2 + 1):
        target = make_article(i, taken, body=False)
    p = article_path(outdir, target, fmt)
    if not p.exists():  # corpus not made by generate(): fall back to sorted order
        p = files[n // 2]
    text = p.read_text(encoding="utf-8")
    k = text.count("\n*Update ") + 1
    rng = random.Random(f"{SEED}-edit-{k}")
    text = text.rstrip("\n") + f"\n\n*Update {k}:* " + _paragraph(rng, [0], 2, 3) + "\n"
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return p


def add_one(outdir, fmt: str = "gazette", earlier: int = 0) -> Path:
    """Add one new article: article number N for a corpus of N articles, published
    now, as a newsroom publishes: dated after every other published article (an hour
    before SOURCE_DATE_EPOCH when the build is given one, else the last day's last
    second, in UTC, so that it files under a year and month the corpus has), less
    `earlier` seconds (so that a series of additions, each dated after the last, can be
    made newest first: bench/serve_bench.py --edit add)."""
    outdir = Path(outdir)
    files = _content_files(outdir, fmt)
    taken = {p.stem for p in files}
    a = make_article(len(files), taken)
    now = datetime.combine(LAST_DAY, time(23, 59, 59), tzinfo=timezone.utc)
    if os.environ.get("SOURCE_DATE_EPOCH"):
        now = min(now, datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]) - 3600, timezone.utc))
    a["date"] = a["pdate"] = (now - timedelta(seconds=earlier)).isoformat()
    return write_article(outdir, a, fmt)


# --------------------------------------------------------------------------
# The set of pages every tool must write.
# --------------------------------------------------------------------------


def expected_pages(arts: list[dict], per_page: int = PER_PAGE) -> dict:
    """Pages a tool must write for *arts*: articles, front page paginated by
    *per_page*, one tag index, tag pages paginated by *per_page*, one page
    per year and per month (archives are not paginated)."""
    tag_counts: dict[str, int] = {}
    years, months = set(), set()
    for a in arts:
        for t in a["tags"]:
            tag_counts[t] = tag_counts.get(t, 0) + 1
        years.add(a["date"][:4])
        months.add(a["date"][:7])
    n = len(arts)
    parts = {
        "articles": n,
        "home": max(1, math.ceil(n / per_page)),
        "tag_index": 1,
        "tag_pages": sum(math.ceil(c / per_page) for c in tag_counts.values()),
        "years": len(years),
        "months": len(months),
    }
    parts["tags"] = len(tag_counts)
    parts["total"] = sum(v for k, v in parts.items() if k != "tags")
    return parts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--format", choices=FORMATS, default="gazette")
    ap.add_argument("--stats", action="store_true", help="print word count and expected pages")
    args = ap.parse_args(argv)
    arts = generate(args.n, args.outdir, args.format)
    if args.stats:
        words = sum(len(a["body"].split()) for a in arts)
        print(f"{len(arts)} articles, {words / max(1, len(arts)):.0f} words/article")
        print(json.dumps(expected_pages(arts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
