"""One measurement in a fresh process: ``python -m bench.worker '<json spec>'`` prints one JSON line.

The orchestrator (`bench.run`) starts a new process per measurement and alternates the
implementations, so no run inherits another's warm caches, imports or heap. Only the library
under test is imported before the timed part (the harness itself uses the standard library).

Implementations ("impl"):
    raw          httpx.Client + response.json()          (the floor)
    raw_async    httpx.AsyncClient + response.json()
    phrase_api   the official client (phrase-api on PyPI)
    phrase       phrase_strings.Phrase, through the facade (client.keys.list, ...)
    phrase_async phrase_strings.AsyncPhrase, through the facade
"""

from __future__ import annotations

import asyncio
import gc
import json
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from typing import Any

from .fixtures import DOWNLOAD_NAME, PER_PAGE, PROJECT_ID

TOKEN = "bench-token-0123456789abcdef"  # noqa: S105 - a dummy token for a loopback server
APP = "phrase-strings-bench (bench@example.com)"
KEYS = f"/projects/{PROJECT_ID}/keys"
TRANSLATIONS = f"/projects/{PROJECT_ID}/translations"
PROJECT = f"/projects/{PROJECT_ID}"

NAMES = ("raw", "raw_async", "phrase_api", "phrase", "phrase_async")

Op = Callable[[], Any]
AsyncOp = Callable[[], Awaitable[Any]]


# -- timing ---------------------------------------------------------------------------------------


def _batch_size(once: float, target: float = 0.05) -> int:
    return max(1, min(1000, int(target / max(once, 1e-6))))


def time_paired(fns: dict[str, Op], seconds: float, warmup: int) -> dict[str, tuple[float, float]]:
    """Seconds per call, wall clock and this process's CPU, for several implementations at once.

    Calls run in batches of ~50 ms and the implementations' batches take turns, so a busy spell on
    the machine falls on all of them alike; each one's fastest batch counts (the least disturbed,
    timeit's advice). CPU time leaves out the server and the waiting, so it is steadier still.
    """
    sizes: dict[str, int] = {}
    for name, fn in fns.items():
        for _ in range(warmup):
            fn()
        start = time.perf_counter()
        fn()
        sizes[name] = _batch_size(time.perf_counter() - start)
    best: dict[str, tuple[float, float]] = {name: (math.inf, math.inf) for name in fns}
    deadline = time.perf_counter() + seconds * len(fns)
    turns = 0
    while time.perf_counter() < deadline or turns < 5:
        turns += 1
        for name, fn in fns.items():
            n = sizes[name]
            start, cpu = time.perf_counter(), time.process_time()
            for _ in range(n):
                fn()
            wall, used = (time.perf_counter() - start) / n, (time.process_time() - cpu) / n
            best[name] = (min(best[name][0], wall), min(best[name][1], used))
    return best


async def atime_paired(fns: dict[str, AsyncOp], seconds: float, warmup: int) -> dict[str, tuple[float, float]]:
    """`time_paired` for coroutines, on one event loop."""
    sizes: dict[str, int] = {}
    for name, fn in fns.items():
        for _ in range(warmup):
            await fn()
        start = time.perf_counter()
        await fn()
        sizes[name] = _batch_size(time.perf_counter() - start)
    best: dict[str, tuple[float, float]] = {name: (math.inf, math.inf) for name in fns}
    deadline = time.perf_counter() + seconds * len(fns)
    turns = 0
    while time.perf_counter() < deadline or turns < 5:
        turns += 1
        for name, fn in fns.items():
            n = sizes[name]
            start, cpu = time.perf_counter(), time.process_time()
            for _ in range(n):
                await fn()
            wall, used = (time.perf_counter() - start) / n, (time.process_time() - cpu) / n
            best[name] = (min(best[name][0], wall), min(best[name][1], used))
    return best


# -- clients ----------------------------------------------------------------------------------------


def _raw_headers() -> dict[str, str]:
    return {"Authorization": f"token {TOKEN}", "User-Agent": APP}


def _check_list(items: Any, what: str) -> None:
    if not isinstance(items, list) or len(items) != PER_PAGE:
        raise RuntimeError(f"{what}: expected {PER_PAGE} items, got {type(items).__name__}")


def sync_ops(impl: str, base: str) -> tuple[dict[str, Op], Callable[[], None]]:
    """The three calls for a blocking implementation, and how to close it."""
    if impl == "raw":
        import httpx

        raw = httpx.Client(base_url=base, headers=_raw_headers(), timeout=30.0)

        def get_json(path: str, params: dict[str, Any] | None = None) -> Any:
            response = raw.get(path, params=params)
            response.raise_for_status()
            return response.json()

        ops = {
            "show_project": lambda: get_json(PROJECT),
            "list_keys": lambda: get_json(KEYS, {"per_page": PER_PAGE}),
            "list_translations": lambda: get_json(TRANSLATIONS, {"per_page": PER_PAGE}),
        }
        return ops, raw.close
    if impl == "phrase_api":
        import phrase_api  # type: ignore[import-not-found]  # installed in the bench venv only

        conf = phrase_api.Configuration(host=base)
        conf.api_key["Authorization"] = TOKEN
        conf.api_key_prefix["Authorization"] = "token"
        api = phrase_api.ApiClient(conf)
        api.user_agent = APP
        projects, keys, translations = (
            phrase_api.ProjectsApi(api),
            phrase_api.KeysApi(api),
            phrase_api.TranslationsApi(api),
        )
        ops = {
            "show_project": lambda: projects.project_show(PROJECT_ID),
            "list_keys": lambda: keys.keys_list(PROJECT_ID, per_page=PER_PAGE),
            "list_translations": lambda: translations.translations_list(PROJECT_ID, per_page=PER_PAGE),
        }
        return ops, lambda: None
    if impl == "phrase":
        from phrase_strings import Phrase

        client = Phrase(TOKEN, base_url=base, app=APP)
        ops = {
            "show_project": lambda: client.projects.show(PROJECT_ID),
            "list_keys": lambda: client.keys.list(PROJECT_ID, per_page=PER_PAGE),
            "list_translations": lambda: client.translations.list(PROJECT_ID, per_page=PER_PAGE),
        }
        return ops, client.close
    raise ValueError(f"unknown blocking implementation {impl!r}")


def async_ops(impl: str, base: str) -> tuple[dict[str, AsyncOp], Callable[[], Awaitable[None]]]:
    """The three calls for an awaitable implementation (build inside a running loop)."""
    if impl == "raw_async":
        import httpx

        raw = httpx.AsyncClient(base_url=base, headers=_raw_headers(), timeout=30.0)

        async def get_json(path: str, params: dict[str, Any] | None = None) -> Any:
            response = await raw.get(path, params=params)
            response.raise_for_status()
            return response.json()

        aops: dict[str, AsyncOp] = {
            "show_project": lambda: get_json(PROJECT),
            "list_keys": lambda: get_json(KEYS, {"per_page": PER_PAGE}),
            "list_translations": lambda: get_json(TRANSLATIONS, {"per_page": PER_PAGE}),
        }
        return aops, raw.aclose
    if impl == "phrase_async":
        from phrase_strings import AsyncPhrase

        client = AsyncPhrase(TOKEN, base_url=base, app=APP)
        aops = {
            "show_project": lambda: client.projects.show(PROJECT_ID),
            "list_keys": lambda: client.keys.list(PROJECT_ID, per_page=PER_PAGE),
            "list_translations": lambda: client.translations.list(PROJECT_ID, per_page=PER_PAGE),
        }
        return aops, client.aclose
    raise ValueError(f"unknown awaitable implementation {impl!r}")


def is_async(impl: str) -> bool:
    """Whether an implementation is awaitable."""
    return impl.endswith("_async")


# -- cases ----------------------------------------------------------------------------------------------


def case_calls(spec: dict[str, Any]) -> dict[str, Any]:
    """Seconds per call of each op for a group of implementations, side by side in this process.

    A group is all blocking or all awaitable; its batches take turns (see `time_paired`).
    """
    impls, base, seconds, warmup = spec["impls"], spec["base_url"], spec["seconds"], spec["warmup"]
    result: dict[str, Any] = {impl: {} for impl in impls}
    if all(is_async(impl) for impl in impls):

        async def main() -> None:
            built = {impl: async_ops(impl, base) for impl in impls}
            for impl, (ops, _) in built.items():
                _check_list(await ops["list_keys"](), impl)
            for name in spec["ops"]:
                timed = await atime_paired({impl: ops[name] for impl, (ops, _) in built.items()}, seconds, warmup)
                for impl, (wall, cpu) in timed.items():
                    result[impl][name], result[impl][name + "_cpu"] = wall, cpu
            for _, close in built.values():
                await close()

        asyncio.run(main())
    elif not any(is_async(impl) for impl in impls):
        built_sync = {impl: sync_ops(impl, base) for impl in impls}
        for impl, (ops, _) in built_sync.items():
            _check_list(ops["list_keys"](), impl)
        for name in spec["ops"]:
            for impl, (wall, cpu) in time_paired(
                {i: ops[name] for i, (ops, _) in built_sync.items()}, seconds, warmup
            ).items():
                result[impl][name], result[impl][name + "_cpu"] = wall, cpu
        for _, close in built_sync.values():
            close()
    else:
        raise ValueError(f"a group is all blocking or all awaitable, not {impls}")
    return result


def _raw_paging(raw: Any, base: str, pages: int = 1_000_000) -> int:
    """Follow ``rel="next"`` with plain httpx: the floor for sequential paging."""
    count = 0
    url: str | None = f"{base}{KEYS}?per_page={PER_PAGE}"
    while url and pages:
        pages -= 1
        response = raw.get(url)
        response.raise_for_status()
        count += len(response.json())
        url = response.links.get("next", {}).get("url")
    return count


async def _raw_async_paging(raw: Any, base: str, pages: int = 1_000_000) -> int:
    """`_raw_paging` with ``httpx.AsyncClient``: the floor for awaitable paging."""
    count = 0
    url: str | None = f"{base}{KEYS}?per_page={PER_PAGE}"
    while url and pages:
        pages -= 1
        response = await raw.get(url)
        response.raise_for_status()
        count += len(response.json())
        url = response.links.get("next", {}).get("url")
    return count


def case_paging(spec: dict[str, Any]) -> dict[str, Any]:
    """Seconds to list every key (all pages), median of ``repeat`` walks after one warm-up call."""
    impl, base, concurrent, repeat = spec["impl"], spec["base_url"], spec["concurrent"], spec["repeat"]
    times: list[float] = []
    count = 0
    if impl == "raw":
        import httpx

        with httpx.Client(headers=_raw_headers(), timeout=30.0) as raw:
            _raw_paging(raw, base, pages=1)
            for _ in range(repeat):
                start = time.perf_counter()
                count = _raw_paging(raw, base)
                times.append(time.perf_counter() - start)
    elif impl == "raw_async":
        import httpx

        async def walk() -> int:
            n = 0
            async with httpx.AsyncClient(headers=_raw_headers(), timeout=30.0) as raw:
                await _raw_async_paging(raw, base, pages=1)
                for _ in range(repeat):
                    start = time.perf_counter()
                    n = await _raw_async_paging(raw, base)
                    times.append(time.perf_counter() - start)
            return n

        count = asyncio.run(walk())
    elif impl == "phrase":
        from phrase_strings import Phrase

        with Phrase(TOKEN, base_url=base, app=APP) as client:
            client.keys.list(PROJECT_ID, per_page=PER_PAGE)
            for _ in range(repeat):
                start = time.perf_counter()
                count = sum(1 for _ in client.keys.list_all(PROJECT_ID, concurrent=concurrent))
                times.append(time.perf_counter() - start)
    elif impl == "phrase_async":
        from phrase_strings import AsyncPhrase

        async def main() -> int:
            n = 0
            async with AsyncPhrase(TOKEN, base_url=base, app=APP) as client:
                await client.keys.list(PROJECT_ID, per_page=PER_PAGE)
                for _ in range(repeat):
                    start = time.perf_counter()
                    n = 0
                    async for _ in client.keys.list_all(PROJECT_ID, concurrent=concurrent):
                        n += 1
                    times.append(time.perf_counter() - start)
            return n

        count = asyncio.run(main())
    else:
        raise ValueError(f"paging not measured for {impl!r}")
    if count != spec["expected"]:
        raise RuntimeError(f"{impl} listed {count} keys, expected {spec['expected']}")
    return {"seconds": statistics.median(times), "items": count}


def case_ratelimit(spec: dict[str, Any]) -> dict[str, Any]:
    """Walk a long list from ``start_at`` until ``stop_at`` (UNIX times) under the server's limits."""
    impl, base, start_at, stop_at = spec["impl"], spec["base_url"], spec["start_at"], spec["stop_at"]
    outcome: dict[str, Any] = {"items": 0, "error": None}
    if impl == "phrase":
        from phrase_strings import Phrase

        client = Phrase(TOKEN, base_url=base, app=APP, max_concurrency=spec["concurrency"])
        time.sleep(max(0.0, start_at - time.time()))
        try:
            for _ in client.keys.list_all(PROJECT_ID, concurrent=True):
                outcome["items"] += 1
                if time.time() >= stop_at:
                    break
        except Exception as exc:  # report what the client did, whatever it was
            outcome["error"] = f"{type(exc).__name__}: {exc}"
        finally:
            client.close()
    elif impl == "phrase_async":
        from phrase_strings import AsyncPhrase

        async def main() -> None:
            async with AsyncPhrase(TOKEN, base_url=base, app=APP, max_concurrency=spec["concurrency"]) as client:
                await asyncio.sleep(max(0.0, start_at - time.time()))
                try:
                    async for _ in client.keys.list_all(PROJECT_ID, concurrent=True):
                        outcome["items"] += 1
                        if time.time() >= stop_at:
                            break
                except Exception as exc:  # report what the client did, whatever it was
                    outcome["error"] = f"{type(exc).__name__}: {exc}"

        asyncio.run(main())
    else:
        raise ValueError(f"rate-limit run not measured for {impl!r}")
    outcome["finished_at"] = time.time()
    return outcome


def _shared_client(base: str, store: str | None) -> Any:
    """A `Phrase` with the in-process limiter (``store`` None) or the shared one on ``store``."""
    from phrase_strings import Phrase

    return Phrase(TOKEN, base_url=base, app=APP, rate_limiter=store)


def case_fleet(spec: dict[str, Any]) -> dict[str, Any]:
    """One process of a fleet: ``requests`` list calls one after another from ``start_at`` until done or ``stop_at``."""
    base, store, start_at, stop_at = spec["base_url"], spec["store"], spec["start_at"], spec["stop_at"]
    from phrase_strings import PhraseError

    outcome: dict[str, Any] = {"ok": 0, "errors": {}, "shared": None}
    client = _shared_client(base, store)
    outcome["ready_at"] = time.time()
    time.sleep(max(0.0, start_at - time.time()))
    for page in range(spec["requests"]):
        if time.time() >= stop_at:
            break
        try:
            client.keys.list(PROJECT_ID, page=page + 1, per_page=PER_PAGE)
            outcome["ok"] += 1
        except PhraseError as exc:
            outcome["errors"][type(exc).__name__] = outcome["errors"].get(type(exc).__name__, 0) + 1
    outcome["shared"] = getattr(client.rate_limiter, "shared", None)
    outcome["finished_at"] = time.time()
    client.close()
    return outcome


def case_overhead(spec: dict[str, Any]) -> dict[str, Any]:
    """Seconds per show-project call through each limiter backend, side by side in this process."""
    clients = {name: _shared_client(spec["base_url"], store) for name, store in spec["stores"].items()}
    timed = time_paired(
        {name: (lambda c=c: c.projects.show(PROJECT_ID)) for name, c in clients.items()},
        spec["seconds"],
        spec["warmup"],
    )
    result = {name: {"wall": wall, "cpu": cpu} for name, (wall, cpu) in timed.items()}
    for name, client in clients.items():
        result[name]["shared"] = getattr(client.rate_limiter, "shared", None)
        client.close()
    return result


def _rss_kib(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark (VmHWM) so it measures from now; False if not allowed."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


def case_stream(spec: dict[str, Any]) -> dict[str, Any]:
    """Peak RSS added while streaming the big download to a file, and its throughput."""
    impl, base = spec["impl"], spec["base_url"]
    url = f"{base}/{DOWNLOAD_NAME}"
    fd, target = tempfile.mkstemp(prefix="bench-download-", dir=spec.get("dir"))
    os.close(fd)
    written = 0

    def sync_stream(http: Any) -> None:
        nonlocal written
        http.get(f"{base}{PROJECT}").read()  # warm: connection, imports, first-call caches
        gc.collect()
        before = _prepare()
        start = time.perf_counter()
        with http.stream("GET", url) as response, open(target, "wb") as out:
            response.raise_for_status()
            for chunk in response.iter_bytes():
                written += out.write(chunk)
        outcome.update(before, seconds=time.perf_counter() - start)

    async def async_stream(http: Any) -> None:
        nonlocal written
        (await http.get(f"{base}{PROJECT}")).read()
        gc.collect()
        before = _prepare()
        start = time.perf_counter()
        async with http.stream("GET", url) as response:
            response.raise_for_status()
            with open(target, "wb") as out:  # noqa: ASYNC230 - local disk, as an app would
                async for chunk in response.aiter_bytes():
                    written += out.write(chunk)
        outcome.update(before, seconds=time.perf_counter() - start)

    outcome: dict[str, Any] = {}
    try:
        if impl == "raw":
            import httpx

            with httpx.Client(headers=_raw_headers(), timeout=30.0) as raw:
                sync_stream(raw)
        elif impl == "phrase":
            from phrase_strings import Phrase

            with Phrase(TOKEN, base_url=base, app=APP) as client:
                sync_stream(client.http)
        elif impl == "phrase_async":
            from phrase_strings import AsyncPhrase

            async def main() -> None:
                async with AsyncPhrase(TOKEN, base_url=base, app=APP) as client:
                    await async_stream(client.http)

            asyncio.run(main())
        elif impl in ("phrase_download", "phrase_adownload"):
            if not _download_helper(impl, base, target, outcome):
                return outcome
            written = os.path.getsize(target)
        else:
            raise ValueError(f"streaming not measured for {impl!r}")
        outcome["peak_kib"] = _rss_kib("VmHWM")
    finally:
        os.unlink(target)
    if written != spec["size"]:
        raise RuntimeError(f"{impl} wrote {written} bytes, expected {spec['size']}")
    outcome["added_mib"] = (outcome["peak_kib"] - outcome["rss_before_kib"]) / 1024
    outcome["mib_per_s"] = written / (1 << 20) / outcome["seconds"]
    return outcome


def _download_helper(impl: str, base: str, target: str, outcome: dict[str, Any]) -> bool:
    """Stream through the library's own locale download (``client.locales.download_to``), if this version has it."""
    from pathlib import Path

    from phrase_strings import AsyncPhrase, Phrase

    try:
        from phrase_strings import DownloadOptions
    except ImportError as exc:
        outcome["unavailable"] = f"no phrase_strings.DownloadOptions ({exc})"
        return False
    options = DownloadOptions(file_format="yml")
    if impl == "phrase_download":
        with Phrase(TOKEN, base_url=base, app=APP, project_id=PROJECT_ID) as client:
            client.projects.show(PROJECT_ID)
            gc.collect()
            outcome.update(_prepare())
            start = time.perf_counter()
            client.locales.download_to("de", Path(target), options)
            outcome["seconds"] = time.perf_counter() - start
    else:

        async def main() -> None:
            async with AsyncPhrase(TOKEN, base_url=base, app=APP, project_id=PROJECT_ID) as client:
                await client.projects.show(PROJECT_ID)
                gc.collect()
                outcome.update(_prepare())
                start = time.perf_counter()
                await client.locales.download_to("de", Path(target), options)
                outcome["seconds"] = time.perf_counter() - start

        asyncio.run(main())
    return True


def _prepare() -> dict[str, Any]:
    exact = _reset_peak()
    return {"rss_before_kib": _rss_kib("VmRSS") if exact else _rss_kib("VmHWM"), "peak_reset": exact}


CASES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "calls": case_calls,
    "paging": case_paging,
    "ratelimit": case_ratelimit,
    "stream": case_stream,
    "fleet": case_fleet,
    "overhead": case_overhead,
}


def main() -> None:
    """Run the case named in the JSON spec given as the only argument; print its result as JSON."""
    spec = json.loads(sys.argv[1])
    if spec.get("cpu") is not None:
        os.sched_setaffinity(0, {spec["cpu"]})
    result = CASES[spec["case"]](spec)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
