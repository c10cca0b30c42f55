"""Receiving Phrase webhooks with Starlette.

The view verifies and parses the delivery, answers at once (Phrase allows 5 seconds) and runs the
work as a background task after the answer has gone out. Run with::

    PHRASE_WEBHOOK_SECRET=... uvicorn --factory examples.webhooks_starlette:create_app
"""

from __future__ import annotations

import os
from collections.abc import Callable

from phrase_strings.webhooks import Event, receive
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def starlette_app(secret: str, handle: Callable[[Event], None]) -> Starlette:
    """A Starlette app whose ``POST /phrase/webhooks`` hands each verified event to ``handle``."""

    async def phrase_webhook(request: Request) -> Response:
        delivery = receive(request.headers, await request.body(), secret=secret)
        task = BackgroundTask(handle, delivery.event) if delivery.event is not None else None
        return Response(status_code=delivery.status, background=task)

    return Starlette(routes=[Route("/phrase/webhooks", phrase_webhook, methods=["POST"])])


def create_app() -> Starlette:
    """The receiver with the secret from ``PHRASE_WEBHOOK_SECRET``, printing each event."""
    return starlette_app(os.environ["PHRASE_WEBHOOK_SECRET"], lambda event: print(event.event, event.message))
