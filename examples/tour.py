"""A short tour of phrase-strings against a local Prism mock of openapi.yaml.

Run with `nox -s demo` (it starts and stops the mock).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from phrase_strings import NotFound, Phrase  # noqa: E402

from scripts.mock_server import prism_mock  # noqa: E402


def main() -> None:
    """Start the mock, list projects and keys, show a typed error, stop the mock."""
    with prism_mock(ROOT / "openapi.yaml") as url:
        print(f"Prism mock of openapi.yaml at {url}")
        with Phrase("demo-token-not-a-secret", base_url=url, app="phrase-strings demo") as client:
            print(f"client: {client!r}")
            projects = client.projects.list(per_page=10)
            print(f"projects.list -> {len(projects)} project(s): {[p.name for p in projects]}")
            keys = list(client.keys.list_all(str(projects[0].id)))
            print(f"keys.list_all -> {len(keys)} key(s), first: {keys[0].name!r}")
            try:
                client.http.get("/projects/does-not-exist", headers={"Prefer": "code=404"})
            except NotFound as error:
                print(f"a typed error: {type(error).__name__}: {error}")


if __name__ == "__main__":
    main()
