"""Each patch of a served copy (`served_specs`) is needed: without it Prism crashes or checks nothing.

The patches, all listed in `tests/contract/served_specs.py`:

- openapi.yaml: none (it carries no `jsonSchemaDialect`, with which Prism 5.16 validates no body at all).
- Phrase's document: the `Pagination` response header's object schema made a string (Prism crashes).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from scripts.mock_server import prism_mock
from tests.contract.conftest import Mock
from tests.contract.recording import TIMEOUT
from tests.contract.served_specs import OURS, UPSTREAM, ServedSpec

pytestmark = pytest.mark.prism

INVALID_KEY = {"description": 1}  # no `name`, and a number where a string belongs
HEADERS = {"Authorization": "token contract-token-0000", "User-Agent": "phrase-strings contract tests"}


def post_invalid_key(url: str) -> httpx.Response:
    return httpx.post(f"{url}/projects/p1/keys", json=INVALID_KEY, headers=HEADERS, timeout=TIMEOUT)


def differences(a: Any, b: Any, where: str = "") -> list[str]:
    """JSON pointers at which two documents differ (the shallowest ones)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(a.keys() | b.keys()) for d in differences(a.get(k), b.get(k), f"{where}/{k}")]
    return [] if a == b else [where]


@pytest.mark.parametrize("spec", [OURS, UPSTREAM], ids=lambda s: s.name)
def test_served_copy_differs_exactly_at_the_patches(spec: ServedSpec, tmp_path: Path) -> None:
    copy = spec.write_copy(tmp_path)
    served = json.loads(copy.read_text()) if copy.suffix == ".json" else yaml.safe_load(copy.read_text())
    found = differences(spec.load(), served)
    targets = [p.where for p in spec.patches]
    assert all(any(d == t or d.startswith(t + "/") for t in targets) for d in found), found
    assert all(any(d == t or d.startswith(t + "/") for d in found) for t in targets), found


def test_validation_is_on_for_ours_as_committed(prism_url: str) -> None:
    """openapi.yaml served as committed (the session's `prism_url`) has its bodies checked."""
    served = post_invalid_key(prism_url)
    assert served.status_code == 422
    assert {v["location"][0] for v in json.loads(served.headers["sl-violations"])} == {"request"}


def test_validation_is_on_in_the_served_copy_of_upstream(upstream_mock: Mock) -> None:
    served = post_invalid_key(upstream_mock.url)
    assert served.status_code == 422 and len(json.loads(served.headers["sl-violations"])) == 2


def test_unpatched_upstream_crashes_prism_on_a_list(tmp_path: Path) -> None:
    as_published = tmp_path / "upstream.json"
    as_published.write_text(UPSTREAM.source.read_text())
    with prism_mock(as_published) as url:
        assert httpx.get(f"{url}/projects/p1", headers=HEADERS, timeout=TIMEOUT).status_code == 200
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{url}/projects", headers=HEADERS, timeout=TIMEOUT)
