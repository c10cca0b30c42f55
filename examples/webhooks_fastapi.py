"""Receiving Phrase webhooks with FastAPI.

The view verifies and parses the delivery, answers at once (Phrase allows 5 seconds) and leaves the
work to ``BackgroundTasks``, which run after the answer has gone out. Run with::

    PHRASE_WEBHOOK_SECRET=... uvicorn --factory examples.webhooks_fastapi:create_app
"""

from __future__ import annotations

import os
from collections.abc import Callable

from fastapi import BackgroundTasks, FastAPI, Request, Response
from phrase_strings.webhooks import Event, receive


def fastapi_app(secret: str, handle: Callable[[Event], None]) -> FastAPI:
    """A FastAPI app whose ``POST /phrase/webhooks`` hands each verified event to ``handle``."""
    app = FastAPI()

    @app.post("/phrase/webhooks", status_code=204)
    async def phrase_webhook(request: Request, background: BackgroundTasks) -> Response:
        delivery = receive(request.headers, await request.body(), secret=secret)
        if delivery.event is not None:
            background.add_task(handle, delivery.event)
        return Response(status_code=delivery.status)

    return app


def create_app() -> FastAPI:
    """The receiver with the secret from ``PHRASE_WEBHOOK_SECRET``, printing each event."""
    return fastapi_app(os.environ["PHRASE_WEBHOOK_SECRET"], lambda event: print(event.event, event.message))
