"""Fuzzing (hypothesis) over frontmatter values, Markdown bodies and site.toml values:
any input gives a built site or problems that each name a file (and a line), never a
traceback, a hang, or a file written outside the output folder."""

from __future__ import annotations

import json
import re
from datetime import datetime
import shutil
import signal

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import REPO, run_cli
from gazette.content import FIELDS

TRICKY = st.sampled_from([
    "", " ", ":", "a: b", "'", '"', "\t", "[", "{", "&a", "*a", "!!python/object:os.system", "---", "...", "#",
    "2025-01-31", "2025-01-31 09:30", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "1900-01-01",
    "2025-02-30", "../../etc", "/etc/passwd", "a/b\\c", "x" * 300, "가" * 90, "\x00", "\x7f", "\u2028", "null",
    "yes", "1e999", "-.inf", "<script>alert(1)</script>", "https://example.com/a b", "C++", "ＡＩ",
])
SCALAR = st.one_of(TRICKY, st.text(max_size=40), st.integers(), st.floats(), st.booleans(), st.none())
VALUE = st.one_of(SCALAR, st.lists(SCALAR, max_size=4), st.dictionaries(st.text(max_size=5), SCALAR, max_size=2))
KEYS = st.sampled_from([f.name for f in FIELDS] + ["sorce", "", "tags "])


@st.composite
def moment(draw) -> str:
    """A date as frontmatter writes it: any day of years 1 to 9999, with or without a
    time and an offset of up to 14 hours either way."""
    when = draw(st.one_of(st.datetimes(), st.sampled_from([  # the edges, which random draws seldom reach
        datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59), datetime(1899, 12, 31, 23, 30), datetime(1905, 6, 1),
    ])))
    form = draw(st.sampled_from(["day", "local", "offset"]))
    if form == "day":
        return when.date().isoformat()
    if form == "local":
        return when.strftime("%Y-%m-%d %H:%M").rjust(16, "0")
    minutes = draw(st.integers(-14 * 60, 14 * 60))
    sign = "-" if minutes < 0 else "+"
    return f"{when.isoformat(timespec='seconds')}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@st.composite
def frontmatter(draw) -> str:
    values = draw(st.one_of(st.just({}), st.dictionaries(KEYS, VALUE, max_size=8)))  # {}: the dates alone
    base = {"title": "T", "date": draw(st.one_of(st.just("2025-01-31"), moment())), "source": "S"}
    if draw(st.booleans()):
        base["updated"] = draw(moment())
    if draw(st.booleans()):
        base.update(values)
        return yaml.safe_dump(base, allow_unicode=True)  # valid YAML, odd values
    lines = [f"{k}: {v}" for k, v in base.items()] + [f"{k}: {draw(TRICKY)}" for k in values]
    return "\n".join(draw(st.permutations(lines)))  # raw text: broken YAML too


MARKDOWN = st.lists(st.one_of(st.text(max_size=60), st.sampled_from([
    "# Head", "* item", "1. item", "> quote", "```", "    code", "[link](javascript:alert(1))", "![x](../../x.png)",
    "<div>", "</div>", "&#0;", "&amp;", "| a | b |\n|---|---|", "---", "***bold***", "\\", "<!--", "[^1]",
])), max_size=8).map("\n".join)

SETTINGS = {
    "title": TRICKY, "description": TRICKY, "language": st.sampled_from(["en", "ko", "", "x" * 40, "en-GB", "12"]),
    "timezone": st.sampled_from(["UTC", "Asia/Seoul", "Pacific/Kiritimati", "Etc/GMT+12", "Nowhere/City", ""]),
    "base_url": st.sampled_from(["https://example.com/", "https://example.com/repo", "ftp://x", "", "http://"]),
    "per_page": st.one_of(st.integers(-2, 30), st.just(10**12)), "feed_size": st.integers(-1, 50),
    "author": TRICKY, "publisher": TRICKY, "feed_full_content": st.one_of(st.booleans(), st.just("yes")),
    "domain": st.sampled_from(["", "news.example.org", "bad domain", "x" * 300]), "id_authority": TRICKY,
}


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value)  # a TOML basic string


@st.composite
def site_toml(draw) -> str:
    chosen = draw(st.dictionaries(st.sampled_from(sorted(SETTINGS)), st.just(None), max_size=4))
    return "".join(f"{key} = {toml_value(draw(SETTINGS[key]))}\n" for key in chosen)


PROBLEM = re.compile(r"^(site\.toml|content/[^:]+|templates/[^:]+)(:\d+)?: ")


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang("the build took more than 30 s")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                   HealthCheck.function_scoped_fixture])
@given(toml=st.one_of(st.just(""), site_toml()), fm=st.lists(frontmatter(), min_size=1, max_size=2),
       bodies=st.lists(MARKDOWN, min_size=2, max_size=2))
@example(toml="", fm=["title: T\ndate: 0001-01-01T00:00:00+14:00\nsource: S"], bodies=["", ""])
@example(toml="", fm=['title: T\ndate: "2025-01-01\\nx"\nsource: S'], bodies=["", ""])  # a line break in a value
@example(toml='timezone = "Asia/Seoul"\n', fm=["title: T\ndate: 2025-01-01\nsource: S\nupdated: "
                                              "9999-12-31T23:59:59-12:00"], bodies=["\x00", ""])
def test_any_input_gives_a_site_or_problems_at_their_file(tmp_path_factory, toml, fm, bodies):
    root = tmp_path_factory.mktemp("fuzz")
    site = root / "site"
    (site / "content").mkdir(parents=True)
    shutil.copytree(REPO / "templates", site / "templates")
    (site / "site.toml").write_text(toml, encoding="utf-8")
    for i, (head, body) in enumerate(zip(fm, bodies)):
        (site / "content" / f"a{i}.md").write_text(f"---\n{head}\n---\n{body}\n", encoding="utf-8",
                                                   errors="surrogatepass")
    before = {p for p in root.rglob("*")}
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(30)
    try:
        run = run_cli("build", "--site", str(site), "--no-cache", "-q")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    out = site / "_site"
    if run.status == 0:
        assert (out / "index.html").is_file()
    else:
        assert run.status == 1, run.err
        lines = run.err.rstrip("\n").split("\n")  # not splitlines(): a value may hold U+2028
        assert lines[-1].startswith("Build failed: "), run.err
        assert all(PROBLEM.match(line) for line in lines[:-1]), run.err
    ours = {out, site / "._site.lock", site / "._site.manifest"}
    written = {p for p in root.rglob("*") if p not in before and p not in ours and out not in p.parents}
    assert written == set(), written
