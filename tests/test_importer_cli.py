"""`python build.py import`: files written, messages, exit status, the seeds, and a round trip through a build."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import lxml.html
import pytest
from conftest import REPO, build, run_cli

from gazette.config import DEFAULT_FURNITURE
from gazette.importer import decode, extract, is_furniture, paragraphs_of, parse_credit
from gazette.urls import article_path

INPUTS = Path(__file__).resolve().parent / "importer_inputs"
SEEDS = INPUTS / "seeds"
SEED_000 = "000_d4f2ded0015c0ffb.txt"
SEED_001 = "001_eb482eb8ac7e7583.txt"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """An empty site with the repository's settings and theme."""
    root = tmp_path / "site"
    root.mkdir()
    shutil.copy(REPO / "site.toml", root / "site.toml")
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(REPO / "static", root / "static")
    return root


def written(run) -> list[str]:
    """The files a run wrote: each summary line starts with one, then ` <- INPUT: found ...`."""
    return [line.split(" <- ")[0] for line in run.out.splitlines()]


def seed(name: str) -> str:
    path = SEEDS / name
    assert path.is_file(), f"seed article {path} is missing (the raw seeds live in tests/importer_inputs/seeds/)"
    return str(path)


def write(tmp_path: Path, name: str, text: str | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return str(path)


def import_(site: Path, *args: str):
    """`import --publish`: the tests here are about what the importer reads and writes; what waits for a
    person without --publish is tested apart (test_every_input_waits_for_a_person_unless_published)."""
    return run_cli("import", "--site", str(site), "--publish", *args)


# --- the seeds --------------------------------------------------------------------------------


def test_importing_the_seeds_reproduces_content_byte_for_byte(site):
    first = import_(site, seed(SEED_000))
    second = import_(site, "--date", "2026-11-22", "--source", "Gazette", seed(SEED_001))
    assert (first.status, second.status) == (0, 0), first.err + second.err
    assert written(first) == [str(site / "content/2025/deepseek-upends-ai.md")]
    assert written(second) == [str(site / "content/2026/deepseek-disrupts-ai-landscape.md")]
    assert second.err == f"{seed(SEED_001)} looks like a rewrite of deepseek-upends-ai (similarity 0.38)\n"
    files = sorted(p.relative_to(site).as_posix() for p in (site / "content").rglob("*.md"))
    expected = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "content").rglob("*.md"))
    assert files == expected
    for rel in files:
        assert (site / rel).read_bytes() == (REPO / rel).read_bytes(), rel


def test_a_crlf_copy_with_a_bom_imports_to_the_same_file(site, tmp_path):
    data = Path(seed(SEED_000)).read_bytes().replace(b"\n", b"\r\n")
    run = import_(site, write(tmp_path, "crlf.txt", b"\xef\xbb\xbf" + data))
    assert run.status == 0, run.err
    assert (site / "content/2025/deepseek-upends-ai.md").read_bytes() == (
        REPO / "content/2025/deepseek-upends-ai.md").read_bytes()


def test_rewrite_detection_also_compares_inputs_of_the_same_import(site, tmp_path):
    run = import_(site, "--date", "2026-11-22", "--source", "Gazette", seed(SEED_000), seed(SEED_001))
    assert run.status == 0, run.err
    assert "looks like a rewrite of deepseek-upends-ai (similarity 0.38)" in run.err
    assert "rewrite_of: deepseek-upends-ai\n" in (site / "content/2026/deepseek-disrupts-ai-landscape.md").read_text()


def test_same_topic_stories_are_not_rewrites_and_paraphrases_are(site):
    run = import_(site, "--source", "Wire", "--date", "2025-03-01", seed(SEED_000),
                  *sorted(str(p) for p in INPUTS.glob("same_topic_*.txt")),
                  str(INPUTS / "flood_barrier.txt"), str(INPUTS / "flood_barrier_rewrite.txt"),
                  str(INPUTS / "korea_fund_rewrite.txt"))
    assert run.status == 0, run.err
    flagged = sorted(line.split(" looks like a rewrite of ")[0].rsplit("/", 1)[-1] + " -> " + line.split()[-3]
                     for line in run.err_lines if "looks like a rewrite" in line)
    assert flagged == [
        "flood_barrier_rewrite.txt -> riverside-council-approves-40m-flood-barrier",
        "korea_fund_rewrite.txt -> seoul-pledges-1-trillion-won-ai-chip-fund-after-deepseek-shock",
    ]


# --- what the command prints and writes ----------------------------------------------------------


def test_dry_run_prints_the_markdown_and_writes_nothing(site):
    run = import_(site, "--dry-run", seed(SEED_000))
    assert run.status == 0, run.err
    assert run.out == (REPO / "content/2025/deepseek-upends-ai.md").read_text(encoding="utf-8")
    assert run.err == f"would write {site / 'content/2025/deepseek-upends-ai.md'}\n"
    assert not (site / "content").exists()


def test_an_existing_file_is_kept_without_force_and_the_next_input_is_still_imported(site, tmp_path):
    target = site / "content/2025/deepseek-upends-ai.md"
    target.parent.mkdir(parents=True)
    edited = (REPO / "content/2025/deepseek-upends-ai.md").read_text(encoding="utf-8").replace("upends", "shakes")
    target.write_text(edited, encoding="utf-8")
    other = write(tmp_path, "other.txt", "Other story | Reuters\n\nJan. 3, 2025\n\nBody.\n")
    run = import_(site, seed(SEED_000), other)
    assert run.status == 1
    assert run.err_lines == [f"{seed(SEED_000)}: {target} already exists; not overwritten (use --force to replace it)"]
    assert written(run) == [str(site / "content/2025/other-story.md")]
    assert target.read_text(encoding="utf-8") == edited

    forced = import_(site, "--force", seed(SEED_000))
    assert forced.status == 0, forced.err
    assert target.read_bytes() == (REPO / "content/2025/deepseek-upends-ai.md").read_bytes()


def test_content_files_that_cannot_be_read_are_named_and_left_out_of_rewrite_detection(site, tmp_path):
    broken = site / "content/2024/broken.md"
    broken.parent.mkdir(parents=True)
    broken.write_text("---\ntitle: [unclosed\n---\n\nBody.\n")
    (site / "content/2024/latin1.md").write_bytes("---\ntitle: Café\n---\n".encode("latin-1"))
    run = import_(site, seed(SEED_000))
    assert run.status == 0
    assert run.err_lines == [
        "warning: content/2024/broken.md: no readable frontmatter; not compared for rewrites",
        "warning: content/2024/latin1.md:2: not UTF-8 text; save the file as UTF-8; not compared for rewrites",
    ]


def test_reimporting_with_force_is_not_a_rewrite_of_itself(site):
    assert import_(site, seed(SEED_000)).status == 0
    again = import_(site, "--force", seed(SEED_000))
    assert again.status == 0 and "rewrite" not in again.err


def test_reimporting_an_original_is_not_a_rewrite_of_its_later_rewrite(site):
    """001 (2026) rewrites 000 (2025); importing 000 again must not point it at 001."""
    assert import_(site, seed(SEED_000)).status == 0
    assert import_(site, "--date", "2026-11-22", "--source", "Gazette", seed(SEED_001)).status == 0
    again = import_(site, "--force", seed(SEED_000))
    assert again.status == 0 and "rewrite" not in again.err, again.err
    original = (site / "content/2025/deepseek-upends-ai.md").read_text(encoding="utf-8")
    assert original == (REPO / "content/2025/deepseek-upends-ai.md").read_text(encoding="utf-8")
    assert "rewrite_of" not in original


def test_reimporting_an_original_on_the_day_of_its_rewrite_is_not_a_rewrite_either(site):
    inputs = REPO / "tests" / "importer_inputs"
    first = import_(site, "--date", "2025-03-12", str(inputs / "flood_barrier.txt"))
    rewrite = import_(site, "--date", "2025-03-12", "--source", "Gazette", str(inputs / "flood_barrier_rewrite.txt"))
    assert (first.status, rewrite.status) == (0, 0), first.err + rewrite.err
    assert "looks like a rewrite of" in rewrite.err
    again = import_(site, "--force", "--date", "2025-03-12", str(inputs / "flood_barrier.txt"))
    assert again.status == 0 and "rewrite" not in again.err, again.err
    assert build(site, site / "_site").status == 0


def test_two_inputs_with_one_title_in_one_run(site, tmp_path):
    a = write(tmp_path, "a.txt", "Same title | Reuters\n\nJan. 3, 2025\n\nFirst story.\n")
    b = write(tmp_path, "b.txt", "Same title | Reuters\n\nJan. 9, 2025\n\nA different story.\n")
    run = import_(site, "--dry-run", a, b)
    assert run.status == 1
    assert run.err_lines[-1] == f"{b}: {site / 'content/2025/same-title.md'} already exists; not overwritten " \
                                "(use --force to replace it)"


def test_options_override_and_tags_repeat(site, tmp_path):
    text = "Rates held: The Korea Herald\n\nPublished: 2 January 2025\n\nBody.\n\nAI, Chips\n"
    run = import_(site, "--dry-run", "--date", "2025-02-03", "--source", "Gazette", "--tag", "Policy", "--tag",
                  "Economy", write(tmp_path, "x.txt", text))
    assert run.status == 0, run.err
    assert run.out.startswith("---\ntitle: Rates held\ndate: 2025-02-03\nsource: Gazette\ntags: [Policy, Economy]\n")


def test_a_folder_means_its_txt_files(site, tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    write(folder, "b.txt", "Second | Reuters\n\n2025-01-02\n\nBody two.\n")
    write(folder, "a.txt", "First | Reuters\n\n2025-01-01\n\nBody one.\n")
    write(folder, "notes.md", "not an article")
    run = import_(site, str(folder))
    assert run.status == 0, run.err
    assert written(run) == [str(site / "content/2025/first.md"), str(site / "content/2025/second.md")]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("latin1.txt", "Café | Reuters\n\n2025-01-01\n\nBody.\n".encode("latin-1"),
         "line 1: not UTF-8 text (byte 0xe9); save it as UTF-8"),
        ("utf16.txt", "Title | Reuters\n".encode("utf-16"), "is UTF-16 text; save it as UTF-8"),
        ("mac.txt", b"Title | Reuters\r\r2025-01-01\r\rBody.\r",
         "line 1: a carriage return without a line feed; use LF or CRLF line ends"),
        ("empty.txt", b"\n\n", "has no text"),
    ],
)
def test_user_mistakes_are_one_line_naming_the_file_and_nothing_is_written(site, tmp_path, name, data, message):
    path = write(tmp_path, name, data)
    run = import_(site, path)
    assert run.status == 1
    assert run.err_lines == [f"{path}: {message}"]
    assert run.out == ""
    assert not (site / "content").exists()


def test_a_text_that_does_not_show_a_date_or_source_is_held_back_as_a_draft_naming_what_is_missing(site, tmp_path):
    undated = write(tmp_path, "undated.txt", b"Title | Reuters\n\nBody.\n")
    nosource = write(tmp_path, "nosource.txt", b"Just a title\n\n2025-01-01\n\nBody.\n")
    ambiguous = write(tmp_path, "ambiguous.txt", b"Rates held | Reuters\n\n04/05/2025\n\nBody.\n")
    run = import_(site, undated, nosource, ambiguous)
    assert run.status == 0, run.err
    assert written(run) == [str(site / "drafts/title.md"), str(site / "drafts/just-a-title.md"),
                            str(site / "drafts/rates-held.md")]
    assert not (site / "content").exists()  # nothing unfinished is published
    lines = run.out.splitlines()
    assert "found title, source; HELD BACK as a draft, needs date (no date line with a year" in lines[0]
    assert "found title, date; HELD BACK as a draft, needs source (no publication named" in lines[1]
    assert "needs date (" in lines[2] and "could be 4/5 or 5/4 (month/day); set date_order" in lines[2]
    draft = (site / "drafts/title.md").read_text(encoding="utf-8")
    assert draft.startswith("---\n# missing date: no date line with a year")
    assert "\ndraft: true\n" in draft and "\ndate:" not in draft
    hint = run.err_lines[-1]
    assert hint.startswith("3 held back as drafts in drafts/") and "--date YYYY-MM-DD --source NAME" in hint
    # the values given as options finish them, several at once
    done = import_(site, "--date", "2025-01-02", "--source", "Gazette", undated, nosource)
    assert written(done) == [str(site / "content/2025/title.md"), str(site / "content/2025/just-a-title.md")]


def test_every_input_waits_for_a_person_unless_published(site, tmp_path):
    complete = write(tmp_path, "good.txt", "Bridge closes for repairs | Reuters\n\n2025-01-01\n\n"
                     "The council closed the old bridge for repairs on Wednesday, the city said.\n")
    undated = write(tmp_path, "undated.txt", b"Title | Reuters\n\nBody.\n")
    run = run_cli("import", "--site", str(site), str(complete), str(undated))
    assert run.status == 0, run.err
    assert written(run) == [str(site / "drafts/bridge-closes-for-repairs.md"), str(site / "drafts/title.md")]
    assert not (site / "content").exists()  # nothing is published unread
    lines = run.out.splitlines()
    assert "HELD BACK as a draft, needs review (held back for a person to read" in lines[0]
    assert "needs date (" in lines[1] and "needs review" not in lines[1]  # what is missing is named instead
    draft = (site / "drafts/bridge-closes-for-repairs.md").read_text(encoding="utf-8")
    assert draft.startswith("---\n# review: held back for a person to read") and "\ndraft: true\n" in draft
    assert "date: 2025-01-01\n" in draft and "source: Reuters\n" in draft
    hint = run.err_lines[-1]
    assert hint.startswith("2 held back as drafts in drafts/") and "--date YYYY-MM-DD" in hint
    assert f"import --publish {complete} {undated}" in hint
    # With --publish, the complete input is published; the one missing a date still waits.
    published = run_cli("import", "--site", str(site), "--publish", "--force", str(complete), str(undated))
    assert written(published) == [str(site / "content/2025/bridge-closes-for-repairs.md"),
                                  str(site / "drafts/title.md")]


def test_date_order_reads_an_ambiguous_numeric_date(site, tmp_path):
    (site / "site.toml").write_text((site / "site.toml").read_text() + 'date_order = "dmy"\n', encoding="utf-8")
    run = import_(site, write(tmp_path, "a.txt", b"Rates held | Reuters\n\n04/05/2025\n\nBody.\n"))
    assert written(run) == [str(site / "content/2025/rates-held.md")]
    assert "date: 2025-05-04\n" in (site / "content/2025/rates-held.md").read_text(encoding="utf-8")


def test_a_missing_input_fails_but_the_others_are_imported(site, tmp_path):
    good = write(tmp_path, "good.txt", "Good | Reuters\n\n2025-01-01\n\nBody.\n")
    run = import_(site, str(tmp_path / "missing.txt"), good)
    assert run.status == 1
    assert run.err_lines == [f"{tmp_path / 'missing.txt'}: no such file"]
    assert written(run) == [str(site / "content/2025/good.md")]


@pytest.mark.parametrize("value", ["31/01/2025", "2025-1-31", "2025-02-30", "yesterday"])
def test_a_bad_date_option_is_a_command_line_error(site, value, tmp_path):
    run = import_(site, "--date", value, write(tmp_path, "x.txt", "T | Reuters\n\nBody.\n"))
    assert run.status == 2
    assert f"'{value}' is not a date in the form YYYY-MM-DD" in run.err
    assert "Traceback" not in run.err


def test_an_image_missing_from_static_images_is_a_warning(site):
    run = import_(site, seed(SEED_000))
    assert run.status == 0
    assert run.err == ""  # check_text does not look at static/; the build warns about the image


# --- the round trip: import, build, every paragraph on the article page -------------------------------


def page_text(out: Path, written: str) -> tuple[str, lxml.html.HtmlElement]:
    content = Path(written).read_text(encoding="utf-8")
    front = content.split("---\n")[1]
    stamp = next(line.split(": ", 1)[1] for line in front.splitlines() if line.startswith("date: "))
    slug = Path(written).stem
    page = out / article_path(date.fromisoformat(stamp[:10]), slug) / "index.html"
    tree = lxml.html.parse(str(page)).getroot()
    main = tree.find(".//main")
    return " ".join((main if main is not None else tree).text_content().split()), tree


ROUND_TRIP_INPUTS = [SEED_000, SEED_001, *sorted(p.name for p in INPUTS.glob("*.txt"))]


def test_round_trip_every_paragraph_of_the_source_is_on_the_article_page(site, tmp_path):
    paths = [seed(n) if n.startswith("00") else str(INPUTS / n) for n in ROUND_TRIP_INPUTS]
    run = import_(site, "--date", "2025-03-01", "--source", "Gazette", *paths)
    assert run.status == 0, run.err
    files = written(run)
    assert len(files) == len(paths)
    # The lead photos, so that the page shows them with their captions.
    for source_path in paths:
        image = extract(decode(Path(source_path).read_bytes())).image
        if image and "://" not in image:
            (site / "static/images" / image).parent.mkdir(parents=True, exist_ok=True)
            (site / "static/images" / image).write_bytes(b"\xff\xd8\xff\xd9")

    out = tmp_path / "out"
    built = run_cli("build", "--site", str(site), "--out", str(out), "-q", "--future")
    assert built.status == 0, built.err

    for source_path, content_path in zip(paths, files):
        text, tree = page_text(out, content_path)
        source = decode(Path(source_path).read_bytes())
        extracted = extract(source, ("The Korea Herald",))
        assert " ".join(extracted.title.split()) in text
        metadata = {extracted.title, *extracted.author}
        for paragraph in paragraphs_of(source)[1:] if len(paragraphs_of(source)[0]) == 1 else paragraphs_of(source):
            lines = [ln for ln in paragraph if not is_furniture(ln, DEFAULT_FURNITURE)]
            shown = " ".join(" ".join(lines).split())
            if not shown or shown in text or shown in metadata:
                continue
            credit = parse_credit(shown)
            if credit:  # the caption is shown, its credit as "Photo: X"
                assert credit[0] in text and f"Photo: {credit[1]}" in text, (source_path, shown)
                continue
            # Otherwise each line is on the page, or is a metadata line the page shows in another form.
            for line in lines:
                assert " ".join(line.split()) in text or _is_metadata(line, extracted), (source_path, line)
        for tag in extracted.tags:
            assert tree.xpath("//a[normalize-space()=$tag]", tag=tag), (source_path, tag)


def _is_metadata(line: str, extracted) -> bool:
    from gazette.importer import is_image_line, parse_byline, parse_date_line, parse_tags_line

    return bool(
        line.split(":")[0].strip() in extracted.title  # the title line with its source
        or parse_date_line(line)
        or is_image_line(line)
        or parse_byline(line)
        or parse_tags_line(line, last=True)
    )
