"""The benchmark: start the loopback servers, run every measurement in fresh processes, print tables.

    nox -s bench                      # everything (about 5-8 minutes on 2 cores)
    nox -s bench -- --runs 3          # fewer repetitions
    nox -s bench -- --only calls imports --json out.json

Each repetition ("run") starts new processes, implementations in a rotating order, so they
alternate and share whatever the machine is doing; figures are medians over runs. Per-call timings
put this client and raw httpx in one process, taking turns (see `measure_calls`).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import fixtures, fleet, loopserver, nginx, report

ROOT = Path(__file__).resolve().parents[1]
SECTIONS = ("imports", "calls", "paging", "ratelimit", "stream", "fleet")
CALL_IMPLS = ("raw", "phrase_api", "phrase", "raw_async", "phrase_async")
OPS = ("show_project", "list_keys", "list_translations")
IMPORTS = {
    "httpx": "import httpx",
    "phrase_api": "import phrase_api",
    "phrase_strings": "import phrase_strings",
    # With a client built: httpx imports its transport (httpcore, h11) only then.
    "httpx + Client()": "import httpx; httpx.Client()",
    "phrase_strings + Phrase().keys": (
        "import phrase_strings; phrase_strings.Phrase('t', base_url='http://127.0.0.1:9/v2').keys"
    ),
}


CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
PIN = len(CPUS) >= 2
"""Clients on the first CPU, servers (nginx, the loopback server, this process) on the last: left
to the scheduler, client and server share a core in some processes and not in others, and the
figures split into two clusters ~1.5x apart."""


def pin_servers() -> None:
    """Keep this process (and the servers it starts, which inherit it) on the server CPU."""
    if PIN:
        os.sched_setaffinity(0, {CPUS[-1]})


def log(message: str) -> None:
    """Progress on stderr, so stdout carries only the tables."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def rotations(items: tuple[str, ...] | list[str], runs: int) -> Iterator[tuple[int, str]]:
    """(run, item) pairs: every run has every item once, the starting item moving each run."""
    items = list(items)
    for run in range(runs):
        shift = run % len(items)
        for item in items[shift:] + items[:shift]:
            yield run, item


def worker(spec: dict[str, Any], timeout: float = 180.0) -> dict[str, Any]:
    """Run one measurement in a new interpreter (on the client CPU); return its JSON result."""
    spec = spec | {"cpu": CPUS[0] if PIN else None}
    env = {k: v for k, v in os.environ.items() if not k.startswith("PHRASE_")}
    # An outer PYTHONPATH goes first: `PYTHONPATH=/tmp/gen nox -s bench` measures another generation.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), str(ROOT)) if p)
    proc = subprocess.run(  # noqa: S603 - this interpreter, our own module
        [sys.executable, "-m", "bench.worker", json.dumps(spec)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"worker {spec['case']}/{spec.get('impl')} failed:\n{proc.stderr[-4000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def has_module(name: str) -> bool:
    """Whether this interpreter can import ``name`` (checked in a child, to keep this process clean)."""
    code = f"import importlib.util, sys; sys.exit(importlib.util.find_spec({name!r}) is None)"
    return subprocess.run([sys.executable, "-c", code], check=False).returncode == 0  # noqa: S603


# -- sections -----------------------------------------------------------------------------------


def measure_imports(runs: int) -> dict[str, Any]:
    """Milliseconds for each import statement, each in a new ``python -I``: fastest and median of ``runs``.

    The fastest counts, as for the calls: a busy host slows an import down, never speeds it up.
    """
    names = [n for n in IMPORTS if n != "phrase_api" or has_module("phrase_api")]
    samples: dict[str, list[float]] = {n: [] for n in names}
    env = {k: v for k, v in os.environ.items() if not k.startswith("PHRASE_")}
    for name in names:  # once unmeasured, so bytecode caches exist
        _time_import(IMPORTS[name], env)
    for _, name in rotations(names, runs):
        samples[name].append(_time_import(IMPORTS[name], env))
    return {n: {"ms": min(s), "median_ms": statistics.median(s), "samples": s} for n, s in samples.items()}


def _time_import(statement: str, env: dict[str, str]) -> float:
    # os is loaded at interpreter start, so pinning here adds nothing to the import measured.
    pin = f"import os\nos.sched_setaffinity(0, {{{CPUS[0]}}})\n" if PIN else ""
    code = f"{pin}import time\nt = time.perf_counter()\n{statement}\nprint((time.perf_counter() - t) * 1000)"
    out = subprocess.run(  # noqa: S603 - this interpreter, a fixed statement
        [sys.executable, "-I", "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=60,
    )
    return float(out.stdout.strip())


def measure_calls(base: str, runs: int, impls: list[str], seconds: float) -> dict[str, Any]:
    """Microseconds per call (wall and client CPU) for each implementation and op, median over runs.

    Each run starts a process for raw httpx and `Phrase`, one for raw async httpx and `AsyncPhrase`,
    and one for phrase-api. Within a process the implementations' batches take turns
    (`worker.time_paired`), so a ratio to raw compares figures taken at the same moments.
    """
    wall: dict[str, dict[str, list[float]]] = {i: {op: [] for op in OPS} for i in impls}
    cpu: dict[str, dict[str, list[float]]] = {i: {op: [] for op in OPS} for i in impls}
    # phrase-api runs alone: next to its ~25 ms calls the others' batches start with cold caches.
    kinds = (["raw", "phrase"], ["phrase_api"], ["raw_async", "phrase_async"])
    groups = [g for g in ([i for i in kind if i in impls] for kind in kinds) if g]
    for run in range(runs):
        for group in groups:
            shift = run % len(group)
            order = group[shift:] + group[:shift]
            spec = {"case": "calls", "impls": order, "base_url": base, "seconds": seconds, "warmup": 20, "ops": OPS}
            result = worker(spec)
            for impl in order:
                got = result[impl]
                log(f"calls run {run + 1}/{runs} {impl}: " + ", ".join(f"{op} {got[op] * 1e6:.0f} µs" for op in OPS))
                for op in OPS:
                    wall[impl][op].append(got[op] * 1e6)
                    cpu[impl][op].append(got[op + "_cpu"] * 1e6)
    return {
        i: {
            op: {
                "us": statistics.median(wall[i][op]),
                "cpu_us": statistics.median(cpu[i][op]),
                "samples": wall[i][op],
                "cpu_samples": cpu[i][op],
            }
            for op in OPS
        }
        for i in impls
    }


PAGING_MODES = (
    ("raw", False),
    ("raw_async", False),
    ("phrase", False),
    ("phrase", True),
    ("phrase_async", False),
    ("phrase_async", True),
)


def measure_paging(base: str, runs: int, repeat: int, label: str) -> dict[str, Any]:
    """Seconds to list all 10,000 keys, sequential and concurrent (median over runs)."""
    samples: dict[str, list[float]] = {}
    modes = [f"{impl}:{'concurrent' if conc else 'sequential'}" for impl, conc in PAGING_MODES]
    for run, mode in rotations(modes, runs):
        impl, how = mode.split(":")
        spec = {
            "case": "paging",
            "impl": impl,
            "base_url": base,
            "concurrent": how == "concurrent",
            "repeat": repeat,
            "expected": fixtures.KEY_PAGES * fixtures.PER_PAGE,
        }
        result = worker(spec)
        samples.setdefault(mode, []).append(result["seconds"])
        log(f"paging ({label}) run {run + 1}/{runs} {mode}: {result['seconds'] * 1000:.0f} ms")
    return {m: {"seconds": statistics.median(s), "samples": s} for m, s in samples.items()}


def measure_ratelimit(impls: list[str], limit: int, window: float, windows: int, latency: float) -> dict[str, Any]:
    """Walk a long list under a scaled rate limit for ``windows`` whole windows; count what got through."""
    results: dict[str, Any] = {}
    for impl in impls:
        start_at = math.ceil(time.time()) + 3  # time for the worker to start; windows begin here
        limits = loopserver.Limits(
            last_page=100_000, latency=latency, limit=limit, window=window, concurrency=4, start=start_at
        )
        stop_at = start_at + windows * window
        with loopserver.serve(limits) as (base, server):
            spec = {
                "case": "ratelimit",
                "impl": impl,
                "base_url": base,
                "start_at": start_at,
                "stop_at": stop_at,
                "concurrency": 4,
            }
            outcome = worker(spec, timeout=windows * window + 120)
            stats = server.stats
        ok = sum(stats.ok_per_window[w] for w in range(windows))
        rejected = sum(stats.rejected_per_window[w] for w in range(windows))
        results[impl] = {
            "fraction": ok / (limit * windows),
            "ok": ok,
            "allowed": limit * windows,
            "ok_per_window": [stats.ok_per_window[w] for w in range(windows)],
            "rejected_429": rejected,
            "rejected_total": sum(stats.rejected.values()),
            "rejected_by_reason": dict(stats.rejected),
            "max_in_flight": stats.max_in_flight,
            "client_error": outcome["error"],
            "items": outcome["items"],
        }
        log(
            f"rate limit {impl}: {ok}/{limit * windows} requests in {windows} windows "
            f"({ok / (limit * windows):.0%}), 429s: {rejected}, error: {outcome['error']}"
        )
    return results


STREAM_IMPLS = ("raw", "phrase", "phrase_async", "phrase_download", "phrase_adownload")


def measure_stream(base: str, runs: int, size: int, workdir: Path) -> dict[str, Any]:
    """Peak RSS added while streaming the download to disk (median over runs)."""
    samples: dict[str, list[dict[str, Any]]] = {}
    skipped: dict[str, str] = {}
    for run, impl in rotations(STREAM_IMPLS, runs):
        if impl in skipped:
            continue
        spec = {"case": "stream", "impl": impl, "base_url": base, "size": size, "dir": str(workdir)}
        result = worker(spec)
        if "unavailable" in result:
            skipped[impl] = result["unavailable"]
            log(f"stream {impl}: skipped, {result['unavailable']}")
            continue
        samples.setdefault(impl, []).append(result)
        log(
            f"stream run {run + 1}/{runs} {impl}: +{result['added_mib']:.1f} MiB peak RSS, "
            f"{result['mib_per_s']:.0f} MiB/s"
        )
    return {
        impl: {
            "added_mib": statistics.median(r["added_mib"] for r in rs),
            "mib_per_s": statistics.median(r["mib_per_s"] for r in rs),
            "samples_mib": [r["added_mib"] for r in rs],
            "peak_reset": all(r["peak_reset"] for r in rs),
        }
        for impl, rs in samples.items()
    }


# -- main ---------------------------------------------------------------------------------------


def _section(name: str, only: list[str], results: dict[str, Any], fn: Callable[[], Any]) -> None:
    if name in only:
        started = time.monotonic()
        log(f"{name} ...")
        results[name] = fn()
        log(f"{name} done in {time.monotonic() - started:.0f} s")


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    import httpx

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_at_start": os.getloadavg(),
        "pinned": f"clients on CPU {CPUS[0]}, servers on CPU {CPUS[-1]}" if PIN else "no",
        "httpx": httpx.__version__,
        "nginx": nginx.find_nginx(),
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="repetitions (fresh processes) per measure")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    parser.add_argument("--seconds", type=float, default=0.4, help="timed seconds per op and process")
    parser.add_argument("--download-mb", type=int, default=200)
    parser.add_argument("--latency-ms", type=float, default=20.0, help="server latency for the paging/limit runs")
    parser.add_argument("--limit", type=int, default=100, help="requests per window in the rate-limit run")
    parser.add_argument("--window", type=float, default=10.0, help="window seconds in the rate-limit run")
    parser.add_argument("--windows", type=int, default=3, help="whole windows measured in the rate-limit run")
    parser.add_argument("--fleet-processes", type=int, default=8, help="processes in the shared-limiter fleet")
    parser.add_argument("--fleet-requests", type=int, default=200, help="list calls per fleet process")
    parser.add_argument("--fleet-limit", type=int, default=300, help="requests per window in the fleet run")
    parser.add_argument("--fleet-window", type=float, default=5.0, help="window seconds in the fleet run")
    parser.add_argument("--no-pin", action="store_true", help="leave CPU placement to the scheduler")
    parser.add_argument("--json", type=Path, help="also write every figure and sample here")
    parser.add_argument("--markdown", type=Path, help="also write the tables here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen sections and print the tables."""
    args = parse_args(argv)
    global PIN
    PIN = PIN and not args.no_pin
    pin_servers()
    began = time.monotonic()
    impls = [i for i in CALL_IMPLS if i != "phrase_api" or has_module("phrase_api")]
    if "phrase_api" not in impls:
        log("phrase_api is not installed here: its column stays empty (nox -s bench installs it)")
    results: dict[str, Any] = {"machine": machine(), "settings": vars(args) | {"json": None, "markdown": None}}
    latency = args.latency_ms / 1000
    _section("imports", args.only, results, lambda: measure_imports(args.runs * 3))
    with tempfile.TemporaryDirectory(prefix="phrase-bench-") as tmp:
        workdir = Path(tmp)
        workdir.chmod(0o755)
        with nginx.serve(workdir, args.download_mb) as (base, sizes):
            results["sizes"] = sizes
            log(f"nginx at {base}; bodies: {sizes}")
            _section("calls", args.only, results, lambda: measure_calls(base, args.runs, impls, args.seconds))
            _section("paging", args.only, results, lambda: _paging(base, args.runs, latency))
            _section(
                "stream",
                args.only,
                results,
                lambda: measure_stream(base, max(3, args.runs - 2), sizes["download"], workdir),
            )
            _section(
                "fleet",
                args.only,
                results,
                lambda: fleet.measure_fleet(
                    base,
                    max(3, args.runs - 2),
                    args.seconds,
                    processes=args.fleet_processes,
                    requests=args.fleet_requests,
                    limit=args.fleet_limit,
                    window=args.fleet_window,
                    latency=latency,
                ),
            )
    _section(
        "ratelimit",
        args.only,
        results,
        lambda: measure_ratelimit(["phrase", "phrase_async"], args.limit, args.window, args.windows, latency),
    )
    results["elapsed_s"] = time.monotonic() - began
    text = report.render(results)
    print(text)
    if args.markdown:
        args.markdown.write_text(text)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str))
    log(f"finished in {results['elapsed_s']:.0f} s")
    return 0


def _paging(base: str, runs: int, latency: float) -> dict[str, Any]:
    out: dict[str, Any] = {"nginx": measure_paging(base, max(3, runs - 2), repeat=3, label="nginx, no latency")}
    with loopserver.serve(loopserver.Limits(latency=latency)) as (slow, _):
        out["latency"] = measure_paging(slow, 3, repeat=1, label=f"{latency * 1000:.0f} ms latency")
    out["latency_ms"] = latency * 1000
    return out
