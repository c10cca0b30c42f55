"""The API's test delivery, as the webhook docs show it: ``client.webhooks.test(project_id, webhook_id)``."""

from __future__ import annotations

import httpx
import pytest
from phrase_strings import AsyncPhrase, NotFound, Phrase

API = "https://api.phrase.com/v2"
# The newest spec answers a test delivery with the webhook itself.
WEBHOOK = {
    "id": "hook1",
    "callback_url": "https://example.com/hooks/phrase",
    "created_at": "2026-03-14T09:30:00Z",
    "updated_at": "2026-03-14T09:30:00Z",
}


def handler(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/webhooks/gone/test"):
            return httpx.Response(404, json={"message": "Not Found"})
        return httpx.Response(200, json=WEBHOOK)

    return httpx.MockTransport(answer)


def test_sync_test_delivery() -> None:
    seen: list[httpx.Request] = []
    with Phrase("tok-123456789abc", base_url=API, transport=handler(seen), max_retries=0) as client:
        assert client.webhooks.test("proj1", "hook1").callback_url == WEBHOOK["callback_url"]
        with pytest.raises(NotFound):
            client.webhooks.test("proj1", "gone")
    assert [(r.method, r.url.path) for r in seen] == [
        ("POST", "/v2/projects/proj1/webhooks/hook1/test"),
        ("POST", "/v2/projects/proj1/webhooks/gone/test"),
    ]


@pytest.mark.anyio
async def test_async_test_delivery() -> None:
    seen: list[httpx.Request] = []
    async with AsyncPhrase("tok-123456789abc", base_url=API, transport=handler(seen), max_retries=0) as client:
        assert (await client.webhooks.test("proj1", "hook1")).callback_url == WEBHOOK["callback_url"]
        with pytest.raises(NotFound):
            await client.webhooks.test("proj1", "gone")
    assert [(r.method, r.url.path) for r in seen] == [
        ("POST", "/v2/projects/proj1/webhooks/hook1/test"),
        ("POST", "/v2/projects/proj1/webhooks/gone/test"),
    ]
