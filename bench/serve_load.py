#!/usr/bin/env python3
"""The preview server under load: many connections at once, and slow readers of a big file.

    python bench/serve_load.py [--connections 200] [--rounds 5] [--n 200] [--slow 20] [--repo DIR]

Generates an N-article site with bench/corpus.py into `<work>/n<N>` (once; reused while N
matches) with a 50 MB video in its static folder, starts `python build.py serve -q` on it
on a free port of 127.0.0.1 in a child process, and then:

* `rounds` times, opens `connections` connections at the same instant (one asyncio loop),
  sends one GET on each (front page, article pages, stylesheet, feeds, robots.txt, in
  turn) and reads the whole answer. A connection's latency runs from just before its
  connect() to the last byte of the answer; a failure is a refused or reset connection,
  a status other than 200, a short body, or no answer within `--timeout` seconds.
* opens `slow` connections that each fetch the 50 MB video, reading 64 KiB at a time with
  a pause between reads, and samples the server's resident memory meanwhile.

Prints every round, then the served count, failures, median, p99 and max latency over all
rounds, and the server's memory. `--repo DIR` serves with another checkout's build.py (to
compare with an earlier commit, `git worktree add` or `git archive` it somewhere first).

Loopback only; the server is stopped at the end, whatever happens.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

import serve_bench  # noqa: E402  (its corpus, port and percentile: one definition for both benches)
from serve_bench import free_port, percentile  # noqa: E402

BIG = "media/clip-50mb.mp4"
BIG_SIZE = 50 * 1024 * 1024


def make_site(n: int, work: Path) -> Path:
    """serve_bench's corpus (made once per size), with a 50 MB file to stream."""
    site = serve_bench.make_site(n, work)
    big = site / "static" / BIG
    if not big.exists() or big.stat().st_size != BIG_SIZE:
        big.parent.mkdir(parents=True, exist_ok=True)
        block = bytes(range(256)) * 4096
        with open(big, "wb") as f:
            for _ in range(BIG_SIZE // len(block)):
                f.write(block)
    return site


def memory(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak) of a process in MiB (Linux), or {}."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    return {name: int(kib) // 1024 for name, kib in re.findall(r"^(VmRSS|VmHWM):\s+(\d+) kB", status, re.M)}


def wait_http(port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
                sock.sendall(b"GET /robots.txt HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
                if sock.recv(64).startswith(b"HTTP/1.1 200"):
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server did not answer within {timeout:.0f} s")


def paths_to_fetch(out: Path) -> list[str]:
    pages = sorted(out.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"))[:6]
    articles = ["/" + p.parent.relative_to(out).as_posix() + "/" for p in pages]
    return ["/", *articles, "/css/style.css", "/atom.xml", "/feed.json", "/robots.txt", "/tags/"]


async def fetch(port: int, path: str, timeout: float) -> tuple[float, str | None]:
    """(seconds from connect to the last byte, None) or (seconds, what went wrong)."""
    started = time.perf_counter()
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            try:
                writer.write(f"GET {path} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n".encode())
                await writer.drain()
                data = await reader.read()  # to EOF: the server closes after the answer
            finally:
                writer.close()
    except (OSError, TimeoutError) as exc:
        return time.perf_counter() - started, type(exc).__name__
    elapsed = time.perf_counter() - started
    head, _, body = data.partition(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 200 "):
        return elapsed, head.split(b"\r\n", 1)[0].decode(errors="replace") or "no answer"
    length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    if length is None or int(length.group(1)) != len(body):
        return elapsed, "short body"
    return elapsed, None


async def burst(port: int, paths: list[str], connections: int, timeout: float) -> list[tuple[float, str | None]]:
    return await asyncio.gather(*(fetch(port, paths[i % len(paths)], timeout) for i in range(connections)))


def slow_readers(port: int, count: int, pid: int, timeout: float) -> tuple[int, int, float, int]:
    """(readers that got every byte, peak sampled server RSS MiB, seconds, server RSS before)."""
    before = memory(pid).get("VmRSS", 0)
    done: list[bool] = []
    peak = [before]
    stop = threading.Event()

    def sample():
        while not stop.wait(0.05):
            peak[0] = max(peak[0], memory(pid).get("VmRSS", 0))

    def read_one():
        got = 0
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
                sock.sendall(f"GET /{BIG} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n".encode())
                buffer = bytearray(65536)
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = sock.recv(4096)
                    if not chunk:
                        break
                    head += chunk
                got = len(head.partition(b"\r\n\r\n")[2])
                while got < BIG_SIZE:
                    n = sock.recv_into(buffer)
                    if not n:
                        break
                    got += n
                    time.sleep(0.005)  # a slow reader
        except OSError:
            pass
        done.append(got == BIG_SIZE)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    readers = [threading.Thread(target=read_one) for _ in range(count)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    return sum(done), peak[0], seconds, before


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--connections", type=int, default=200, help="connections opened at once (default 200)")
    parser.add_argument("--rounds", type=int, default=5, help="bursts of connections (default 5)")
    parser.add_argument("--n", type=int, default=200, help="articles in the site (default 200)")
    parser.add_argument("--slow", type=int, default=20, help="slow readers of the 50 MB file (default 20; 0: none)")
    parser.add_argument("--timeout", type=float, default=30, help="seconds a connection may take (default 30)")
    parser.add_argument("--work", type=Path, default=BENCH / "work" / "load", help="scratch folder")
    parser.add_argument("--repo", type=Path, default=REPO,
                        help="the checkout whose build.py serves (default: this one)")
    args = parser.parse_args(argv)

    site = make_site(args.n, args.work)
    out = args.work / f"n{args.n}-out"
    port = free_port()
    command = [sys.executable, str(args.repo / "build.py"), "serve", "--site", str(site), "--out", str(out),
               "--port", str(port), "-q"]
    print("Starting: " + " ".join(command), flush=True)
    server = subprocess.Popen(command, cwd=args.repo, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    latencies: list[float] = []
    failures: dict[str, int] = {}
    try:
        wait_http(port, timeout=600)
        paths = paths_to_fetch(out)
        for number in range(1, args.rounds + 1):
            started = time.perf_counter()
            results = asyncio.run(burst(port, paths, args.connections, args.timeout))
            wall = time.perf_counter() - started
            served = [seconds for seconds, problem in results if problem is None]
            for _, problem in results:
                if problem is not None:
                    failures[problem] = failures.get(problem, 0) + 1
            latencies += served
            print(f"round {number}: {len(served)}/{len(results)} served in {wall:.2f} s, "
                  f"median {statistics.median(served) * 1000 if served else float('nan'):.0f} ms", flush=True)
            time.sleep(0.5)
        slow = slow_readers(port, args.slow, server.pid, args.timeout * 4) if args.slow else None
        final = memory(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stderr.close()

    total = args.connections * args.rounds
    print()
    print(f"{args.connections} connections at once, {args.rounds} rounds, {args.n}-article site "
          f"(machine: {os.cpu_count()} cores; server: {args.repo})")
    print(f"  served       {len(latencies)} of {total}; failures: "
          + (", ".join(f"{count} {name}" for name, count in sorted(failures.items())) or "none"))
    if latencies:
        print(f"  latency      median {statistics.median(latencies) * 1000:.0f} ms   "
              f"p99 {percentile(latencies, 0.99) * 1000:.0f} ms   max {max(latencies) * 1000:.0f} ms")
    if slow:
        complete, peak, seconds, before = slow
        print(f"  slow readers {complete} of {args.slow} got all 50 MB in {seconds:.1f} s; server RSS "
              f"{before} MiB before, {peak} MiB at the most while they read")
    if final:
        print(f"  server peak RSS over the whole run: {final.get('VmHWM', 0)} MiB")
    return 0 if len(latencies) == total else 1


if __name__ == "__main__":
    sys.exit(main())
