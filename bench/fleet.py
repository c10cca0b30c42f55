# ruff: noqa: RUF001, RUF002 (the tables print multiplication signs and dashes on purpose)
"""Many processes, one account: the shared limiter's benchmark rows (``--only fleet``).

1. A fleet: ``processes`` processes × ``requests`` list calls, one after another, as one user
   against the loopback server with a scaled limit (``limit`` per ``window`` seconds, 4 in flight,
   20 ms latency), once per limiter backend: in-process (each process on its own, today's
   default), SQLite (one host) and Redis. Counted by the server: 429s, requests per window, the
   most in flight; the share of the allowed rate used is over the whole windows before the one
   the fleet finished in.
2. Overhead: µs per show-project call on loopback nginx through each backend, side by side in
   one process (`worker.time_paired`), next to the in-process limiter.
"""

from __future__ import annotations

import math
import statistics
import tempfile
import time
from typing import Any

from scripts.redis_server import redis_server

from . import loopserver

BACKENDS = ("in-process", "sqlite", "redis")


def measure_fleet(
    base: str, runs: int, seconds: float, *, processes: int, requests: int, limit: int, window: float, latency: float
) -> dict[str, Any]:
    """Run the fleet once per backend, then the overhead measure ``runs`` times; figures per backend."""
    from .run import log, worker

    out: dict[str, Any] = {"processes": processes, "requests": requests, "limit": limit, "window": window}
    with tempfile.TemporaryDirectory(prefix="phrase-fleet-") as tmp, redis_server() as redis:
        stores = {"in-process": None, "sqlite": f"sqlite://{tmp}/ratelimit.sqlite3", "redis": redis.url}
        out["fleet"] = {}
        for name in BACKENDS:
            row = _fleet_once(stores[name], processes, requests, limit, window, latency, worker)
            out["fleet"][name] = row
            log(
                f"fleet {name}: {row['ok']}/{row['asked']} answered in {row['seconds']:.1f} s, "
                f"{row['fraction']:.0%} of the allowed rate, {row['rejected']} × 429, "
                f"most in flight {row['max_in_flight']}, errors {row['errors']}, "
                f"last process ready {row['late_start_s']:.1f} s after the start"
            )
        samples: dict[str, list[dict[str, float]]] = {name: [] for name in BACKENDS}
        for run in range(runs):
            result = worker({"case": "overhead", "base_url": base, "stores": stores, "seconds": seconds, "warmup": 30})
            for name in BACKENDS:
                samples[name].append(result[name])
            log(
                f"overhead run {run + 1}/{runs}: "
                + ", ".join(f"{n} {result[n]['wall'] * 1e6:.0f} µs" for n in BACKENDS)
            )
    out["overhead"] = {
        name: {
            "us": statistics.median(s["wall"] * 1e6 for s in rows),
            "cpu_us": statistics.median(s["cpu"] * 1e6 for s in rows),
            "added_us": statistics.median(
                (s["wall"] - base_row["wall"]) * 1e6 for s, base_row in zip(rows, samples["in-process"], strict=True)
            ),
            "shared": all(s["shared"] is not False for s in rows),
        }
        for name, rows in samples.items()
    }
    return out


def _fleet_once(
    store: str | None, processes: int, requests: int, limit: int, window: float, latency: float, worker: Any
) -> dict[str, Any]:
    from concurrent.futures import ThreadPoolExecutor

    start_at = math.ceil(time.time()) + 5  # time for the processes to start; windows begin here
    stop_at = start_at + window * (math.ceil(processes * requests / limit) + 3)
    limits = loopserver.Limits(
        last_page=10**9, latency=latency, limit=limit, window=window, concurrency=4, start=start_at
    )
    with loopserver.serve(limits) as (base, server):
        spec = {
            "case": "fleet",
            "base_url": base,
            "store": store,
            "requests": requests,
            "start_at": start_at,
            "stop_at": stop_at,
        }
        with ThreadPoolExecutor(max_workers=processes) as pool:
            results = list(pool.map(lambda _: worker(spec, timeout=stop_at - time.time() + 120), range(processes)))
        stats = server.stats
    finished = max(r["finished_at"] for r in results)
    last = max(0, math.floor((finished - start_at) / window))  # the window the fleet finished in
    full = [stats.ok_per_window[w] for w in range(last)]
    errors: dict[str, int] = {}
    for r in results:
        for kind, n in r["errors"].items():
            errors[kind] = errors.get(kind, 0) + n
    return {
        "asked": processes * requests,
        "ok": sum(r["ok"] for r in results),
        "errors": errors,
        "seconds": finished - start_at,
        "fraction": sum(full) / (limit * len(full)) if full else None,
        "ok_per_window": [stats.ok_per_window[w] for w in range(last + 1)],
        "rejected": sum(stats.rejected.values()),
        "rejected_by_reason": dict(stats.rejected),
        "max_in_flight": stats.max_in_flight,
        "shared": all(r["shared"] is not False for r in results),
        "late_start_s": max(0.0, max(r["ready_at"] for r in results) - start_at),
    }


def fleet_table(fleet: dict[str, Any], latency_ms: float) -> list[str]:
    """The fleet and overhead figures, one row per backend."""
    lines = [
        f"{fleet['processes']} processes × {fleet['requests']} list calls (one after another) as one user; scaled "
        f"limit {fleet['limit']} requests per {fleet['window']:.0f} s window, 4 in flight, {latency_ms:.0f} ms "
        "latency. Share of the allowed rate: whole windows before the one the fleet finished in. "
        "Cost: µs per show-project call on loopback nginx, wall clock and the client process's CPU "
        "(medians over runs), and what each store adds to the in-process limiter.",
        "",
        "| Limiter | answered / asked | 429s | of the allowed rate | per window | most in flight | errors "
        "| µs per call (added) | CPU µs per call (added) |",
        "|---|---:|---:|---:|---|---:|---|---:|---:|",
    ]
    base = fleet["overhead"]["in-process"]
    late = []
    for name, row in fleet["fleet"].items():
        cost = fleet["overhead"][name]
        share = "–" if row["fraction"] is None else f"{row['fraction']:.0%}"
        errors = ", ".join(f"{n} × {k}" for k, n in row["errors"].items()) or "none"
        wall, cpu = f"{cost['us']:.0f}", f"{cost['cpu_us']:.0f}"
        if name != "in-process":
            wall += f" (+{cost['added_us']:.0f})"
            cpu += f" (+{cost['cpu_us'] - base['cpu_us']:.0f})"
        lines.append(
            f"| {name} | {row['ok']} / {row['asked']} | {row['rejected']} | {share} | "
            f"{', '.join(map(str, row['ok_per_window']))} | {row['max_in_flight']} | {errors} | {wall} | {cpu} |"
        )
        if row.get("late_start_s"):
            late.append(f"{name} {row['late_start_s']:.1f} s")
    if late:
        lines += ["", f"The last process was ready only after the first window had begun: {', '.join(late)}."]
    return lines


def fleet_targets(fleet: dict[str, Any]) -> list[tuple[str, str, bool | None]]:
    """The issue's goals for the shared backends: no 429, ≥ 95% of the rate, never above 4 in flight."""
    out: list[tuple[str, str, bool | None]] = []
    for name, row in fleet["fleet"].items():
        if name == "in-process":
            continue
        met = row["rejected"] == 0 and (row["fraction"] or 0) >= 0.95 and row["max_in_flight"] <= 4
        measured = f"{row['rejected']} × 429, {row['fraction'] or 0:.0%}, at most {row['max_in_flight']} in flight"
        out.append((f"fleet on {name}: no 429, ≥ 95% of the rate, ≤ 4 in flight", measured, met))
    return out


__all__ = ["BACKENDS", "fleet_table", "fleet_targets", "measure_fleet"]
