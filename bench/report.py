# ruff: noqa: RUF001 (the tables print multiplication signs and dashes on purpose)
"""Markdown tables from the benchmark's results, with ratios and the issue's targets."""

from __future__ import annotations

import statistics
from typing import Any

from . import fleet

NAMES = {
    "raw": "raw httpx + json",
    "raw_async": "raw httpx async + json",
    "phrase_api": "phrase-api (official)",
    "phrase": "phrase_strings `Phrase`",
    "phrase_async": "phrase_strings `AsyncPhrase`",
    "phrase_download": "phrase_strings `client.locales.download_to`",
    "phrase_adownload": "phrase_strings `await client.locales.download_to`",
}
STREAM_NAMES = {
    "raw": "raw httpx `Client.stream`",
    "phrase": "`Phrase.http.stream`",
    "phrase_async": "`AsyncPhrase.http.stream`",
    "phrase_download": "`client.locales.download_to` (to a path)",
    "phrase_adownload": "`await client.locales.download_to` (to a path)",
}
OP_NAMES = {
    "show_project": "show project",
    "list_keys": "list 100 keys",
    "list_translations": "list 100 translations",
}


def _ratio(value: float, base: float | None) -> str:
    return f"{value / base:.2f}×" if base else "–"


def paired_ratio(calls: dict[str, Any], impl: str, base: str, op: str, cpu: bool = False) -> float | None:
    """Median over runs of ``impl``'s time ÷ ``base``'s time in the same run.

    Implementations measured in one process take turns, so their ratio in a run holds even when
    the machine as a whole was slow during that run; a ratio of medians would not.
    """
    key = "cpu_samples" if cpu else "samples"
    mine = calls.get(impl, {}).get(op, {}).get(key)
    theirs = calls.get(base, {}).get(op, {}).get(key)
    if not mine or not theirs or len(mine) != len(theirs):
        return None
    return statistics.median(a / b for a, b in zip(mine, theirs, strict=True))


def _times(value: float | None) -> str:
    return f"{value:.2f}×" if value else "–"


def calls_table(calls: dict[str, Any]) -> list[str]:
    """µs per call; ratios to raw httpx (same sync/async flavour) and to phrase-api."""
    lines = [
        "| Call | Implementation | µs/call | × raw httpx | phrase-api ÷ this | client CPU µs/call | × raw (CPU) |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for op, label in OP_NAMES.items():
        for impl in ("raw", "phrase_api", "phrase", "raw_async", "phrase_async"):
            if impl not in calls:
                continue
            row = calls[impl][op]
            floor = "raw_async" if impl.endswith("_async") else "raw"
            speedup = paired_ratio(calls, "phrase_api", impl, op)
            cpu = row.get("cpu_us")
            cpu_cells = f"{cpu:,.0f} | {_times(paired_ratio(calls, impl, floor, op, cpu=True))}" if cpu else "– | –"
            lines.append(
                f"| {label} | {NAMES[impl]} | {row['us']:,.0f} | {_times(paired_ratio(calls, impl, floor, op))} | "
                f"{f'{speedup:.1f}' if speedup else '–'} | {cpu_cells} |"
            )
    return lines


def imports_table(imports: dict[str, Any]) -> list[str]:
    """Milliseconds per import; difference to ``import httpx``."""
    httpx_ms = imports.get("httpx", {}).get("ms")
    lines = [
        "| Import (fresh `python -I`) | ms (fastest) | ms (median) | fastest − import httpx |",
        "|---|---:|---:|---:|",
    ]
    for name, row in imports.items():
        delta = f"{row['ms'] - httpx_ms:+.0f} ms" if httpx_ms is not None else "–"
        median = f"{row['median_ms']:.0f}" if "median_ms" in row else "–"
        lines.append(f"| `{name}` | {row['ms']:.0f} | {median} | {delta} |")
    return lines


def paging_table(paging: dict[str, Any]) -> list[str]:
    """Seconds to list 10,000 keys (100 pages)."""
    latency = paging.get("latency_ms", 0)
    lines = [
        f"| 10,000 keys (100 pages) | nginx, no latency: ms | × raw | {latency:.0f} ms latency: ms | × raw |",
        "|---|---:|---:|---:|---:|",
    ]
    fast, slow = paging.get("nginx", {}), paging.get("latency", {})
    for mode in fast:
        impl, how = mode.split(":")
        # Awaitable rows compare with raw async paging, blocking ones with raw blocking paging.
        is_async = impl.endswith("async") and "raw_async:sequential" in fast
        floor = "raw_async:sequential" if is_async else "raw:sequential"
        fast_raw = fast.get(floor, {}).get("seconds")
        slow_raw = slow.get(floor, {}).get("seconds")
        a = fast[mode]["seconds"]
        b = slow.get(mode, {}).get("seconds")
        slow_cells = f"{b * 1000:,.0f} | {_ratio(b, slow_raw)}" if b else "– | –"
        lines.append(f"| {NAMES[impl]}, {how} | {a * 1000:,.0f} | {_ratio(a, fast_raw)} | {slow_cells} |")
    return lines


def ratelimit_table(rl: dict[str, Any], settings: dict[str, Any]) -> list[str]:
    """Requests that got through under the scaled limit, and the 429s seen."""
    lines = [
        f"Scaled limit: {settings['limit']} requests per {settings['window']:.0f} s window, 4 concurrent, "
        f"{settings['latency_ms']:.0f} ms latency; {settings['windows']} whole windows; `list_all(concurrent=True)`.",
        "",
        "| Client | requests served / allowed | of the limit | per window | 429s | client error |",
        "|---|---:|---:|---|---:|---|",
    ]
    for impl, row in rl.items():
        error = row["client_error"] or "none"
        lines.append(
            f"| {NAMES[impl]} | {row['ok']} / {row['allowed']} | {row['fraction']:.0%} | "
            f"{', '.join(map(str, row['ok_per_window']))} | {row['rejected_429']} | {error} |"
        )
    return lines


def stream_table(stream: dict[str, Any], size: int) -> list[str]:
    """Peak RSS added while streaming the download to disk."""
    lines = [
        f"| Streaming {size >> 20} MiB to disk | peak RSS added (MiB, median) | MiB/s |",
        "|---|---:|---:|",
    ]
    for impl, row in stream.items():
        lines.append(f"| {STREAM_NAMES[impl]} | {row['added_mib']:.1f} | {row['mib_per_s']:.0f} |")
    return lines


def targets(results: dict[str, Any]) -> list[tuple[str, str, bool | None]]:
    """(target, measured, met) for each of the issue's targets that this run measured."""
    out: list[tuple[str, str, bool | None]] = []
    calls = results.get("calls", {})

    def cpu_note(impl: str, raw: str, op: str) -> str:
        ratio = paired_ratio(calls, impl, raw, op, cpu=True)
        return f" (CPU {ratio:.2f}×)" if ratio else ""

    for impl, raw in (("phrase", "raw"), ("phrase_async", "raw_async")):
        ratio = paired_ratio(calls, impl, raw, "list_keys")
        if ratio:
            note = cpu_note(impl, raw, "list_keys")
            out.append((f"list-100 {NAMES[impl]} ≤ 1.25× raw", f"{ratio:.2f}×{note}", ratio <= 1.25))
        speed = paired_ratio(calls, "phrase_api", impl, "list_keys")
        if speed:
            out.append((f"list-100 {NAMES[impl]} ≥ 15× faster than phrase-api", f"{speed:.1f}×", speed >= 15))
        ratio = paired_ratio(calls, impl, raw, "show_project")
        if ratio:
            note = cpu_note(impl, raw, "show_project")
            out.append((f"show {NAMES[impl]} ≤ 1.15× raw", f"{ratio:.2f}×{note}", ratio <= 1.15))
    imports = results.get("imports", {})
    if "phrase_strings" in imports and "httpx" in imports:
        delta = imports["phrase_strings"]["ms"] - imports["httpx"]["ms"]
        out.append(("`import phrase_strings` ≤ `import httpx` + 60 ms", f"+{delta:.0f} ms", delta <= 60))
    for impl, row in results.get("stream", {}).items():
        if impl != "raw":
            met = row["added_mib"] < 30
            out.append((f"streaming with {STREAM_NAMES[impl]} adds < 30 MB RSS", f"{row['added_mib']:.1f} MiB", met))
    for impl, row in results.get("ratelimit", {}).items():
        met = row["fraction"] >= 0.95 and row["rejected_429"] == 0
        out.append(
            (
                f"rate limit, {NAMES[impl]}: ≥ 95% of the limit, zero 429s",
                f"{row['fraction']:.0%}, {row['rejected_429']} × 429",
                met,
            )
        )
    if "fleet" in results:
        out += fleet.fleet_targets(results["fleet"])
    return out


def render(results: dict[str, Any]) -> str:
    """Every table of a run, in Markdown."""
    m = results["machine"]
    lines = [
        "## Benchmark results",
        "",
        f"Python {m['python']}, httpx {m['httpx']}, {m['cpus']} CPUs, {m['platform']}; {m['date']}; "
        f"load average at start {m['load_average_at_start'][0]:.2f}; CPU pinning: {m.get('pinned', 'no')}; "
        f"{results['settings']['runs']} runs; took {results.get('elapsed_s', 0):.0f} s.",
        "",
    ]
    if "imports" in results:
        lines += ["### Import time", "", *imports_table(results["imports"]), ""]
    if "calls" in results:
        sizes = results.get("sizes", {})
        lines += [
            "### Calls (loopback nginx, keep-alive, typed results)",
            "",
            f"Bodies: project {sizes.get('project', 0):,} B, 100 keys {sizes.get('keys_page', 0):,} B, "
            f"100 translations {sizes.get('translations_page', 0):,} B. Async rows compare with raw async httpx. "
            "µs are medians over runs; ratios are medians of each run's ratio (runs differ in speed, so a "
            "ratio of the µs columns can differ from them).",
            "",
            *calls_table(results["calls"]),
            "",
        ]
    if "paging" in results:
        lines += ["### Auto-paging", "", *paging_table(results["paging"]), ""]
    if "ratelimit" in results:
        lines += ["### Paging under a rate limit", "", *ratelimit_table(results["ratelimit"], results["settings"]), ""]
    if "stream" in results:
        size = results.get("sizes", {}).get("download", 0)
        lines += ["### Streaming a download", "", *stream_table(results["stream"], size), ""]
    if "fleet" in results:
        latency_ms = results["settings"]["latency_ms"]
        lines += ["### Many processes, one account", "", *fleet.fleet_table(results["fleet"], latency_ms), ""]
    checks = targets(results)
    if checks:
        lines += ["### Targets", "", "| Target | Measured | Met |", "|---|---:|:---:|"]
        for name, measured, met in checks:
            lines.append(f"| {name} | {measured} | {'yes' if met else 'NO'} |")
        lines.append("")
    return "\n".join(lines)
