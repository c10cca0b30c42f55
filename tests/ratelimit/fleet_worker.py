"""One process of a fleet: ``python -m tests.ratelimit.fleet_worker STORE_URL BASE_URL REQUESTS``.

Sends REQUESTS calls from 4 threads through a `Phrase` with the shared limiter and no retries
(a 429 would show as an error), then prints ``{"ok": n, "errors": [...]}``.
"""

from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor

from phrase_strings import Phrase, PhraseError

from tests.unit.scripted import TOKEN


def main() -> None:
    store, base, requests = sys.argv[1], sys.argv[2], int(sys.argv[3])
    errors: list[str] = []

    def one(_: int) -> bool:
        try:
            return client.users.show_current().username == "ada"
        except PhraseError as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
            return False

    with Phrase(TOKEN, base_url=base, rate_limiter=store, max_retries=0) as client:
        with ThreadPoolExecutor(max_workers=4) as pool:
            ok = sum(pool.map(one, range(requests)))
        shared = client.rate_limiter.shared  # type: ignore[attr-defined]
    print(json.dumps({"ok": ok, "errors": errors, "shared": shared}))


if __name__ == "__main__":
    main()
