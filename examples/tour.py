"""A short tour of the generated client against a local Prism mock of openapi.yaml.

Run with `nox -s demo` (it starts and stops the mock).
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from phrase_strings_api import Client  # noqa: E402
from phrase_strings_api.api import Resources  # noqa: E402

from scripts.mock_server import prism_mock  # noqa: E402


class Demo(Resources):
    """Every resource group of the generated client, on one object."""

    def __init__(self, client: Client) -> None:
        self.api_client = client


def main() -> None:
    """Start the mock, list projects and keys, stop the mock."""
    with prism_mock(ROOT / "openapi.yaml") as url:
        print(f"Prism mock of openapi.yaml at {url}")
        client = Client(
            base_url=url,
            timeout=httpx.Timeout(10.0),
            headers={"Authorization": "token demo", "User-Agent": "phrase-strings demo"},
        )
        with client:
            api = Demo(client)
            projects = api.projects.list(per_page=10)
            print(f"projects.list -> {len(projects)} project(s): {[p.name for p in projects]}")
            keys = api.keys.list(projects[0].id or "p1", per_page=100)
            print(f"keys.list -> {len(keys)} key(s), first: {keys[0].name!r}")


if __name__ == "__main__":
    main()
