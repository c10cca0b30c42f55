"""The `/v2` server prefix: Prism serves the bare paths, the real base URL keeps the prefix.

Both documents declare the server `https://api.phrase.com/v2` and paths like `/projects`. Prism
matches only the path keys, so the suite's clients use the bare Prism URL as `base_url`. That
is only sound if the client joins its base URL's path with the operation's path; the last test
checks that against the real base URLs.
"""

from __future__ import annotations

import httpx
import pytest
from phrase_strings import NotFound, Phrase

from tests.contract.conftest import Mock, phrase
from tests.contract.recording import Recorder

pytestmark = pytest.mark.prism


def test_prism_serves_the_paths_without_the_prefix(mock: Mock) -> None:
    recorder = Recorder()
    with phrase(mock.url, recorder) as bare, phrase(mock.url + "/v2", recorder) as prefixed:
        assert isinstance(bare.projects.list(), list)
        with pytest.raises(NotFound) as caught:
            prefixed.projects.list()
    assert [e.url.path for e in recorder.exchanges] == ["/projects", "/v2/projects"]
    assert caught.value.body["type"].endswith("NO_PATH_MATCHED_ERROR")


@pytest.mark.parametrize(
    ("data_center", "expected"),
    [("eu", "https://api.phrase.com/v2/projects/p1/keys"), ("us", "https://api.us.app.phrase.com/v2/projects/p1/keys")],
)
def test_real_base_urls_keep_the_prefix(data_center: str, expected: str) -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url.copy_with(query=None)))
        return httpx.Response(200, json=[])

    with Phrase("t0ken", data_center=data_center, transport=httpx.MockTransport(answer)) as client:  # type: ignore[arg-type]
        assert client.keys.list("p1") == []
    assert seen == [expected]
