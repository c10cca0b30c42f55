"""The pytest plugin (entry point ``pytest11``): the ``phrase_fake`` fixture."""

from __future__ import annotations

import pytest

from ._fake import PhraseFake


@pytest.fixture
def phrase_fake() -> PhraseFake:
    """A fresh, empty `PhraseFake` for one test: ``Phrase("t", transport=phrase_fake.transport())``."""
    return PhraseFake()
