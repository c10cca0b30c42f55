from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.mock_server import prism_mock

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi.yaml"
REFERENCE = ROOT / "reference"
UPSTREAM_PATH = REFERENCE / "phrase-strings-v2.upstream-2026-07.json"
# Operations Phrase's official client (phrase-api) has beyond the published spec; see reference/README.md.
EXTRA_OPERATIONS_PATH = REFERENCE / "phrase-api-3.31.0-operations.txt"


@cache
def extra_operations() -> tuple[str, ...]:
    """The ``METHOD /path`` lines of EXTRA_OPERATIONS_PATH, without comments and blank lines."""
    return tuple(
        line.strip()
        for line in EXTRA_OPERATIONS_PATH.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    )


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (``pytest.mark.anyio``) run on asyncio only."""
    return "asyncio"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


@pytest.fixture(scope="session")
def upstream() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(UPSTREAM_PATH.read_text())
    return loaded


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """A Prism mock of our openapi.yaml, shared by the whole test session."""
    with prism_mock(SPEC_PATH) as url:
        yield url
