"""Receiving Phrase webhooks with Starlette or FastAPI.

The view verifies and parses the delivery, answers at once (Phrase allows 5 seconds) and runs the
work as a background task after the answer has gone out. Run one with, e.g.::

    PHRASE_WEBHOOK_SECRET=... uvicorn --factory examples.webhooks_asgi:fastapi_from_env
"""

from __future__ import annotations

import os
from collections.abc import Callable

from fastapi import BackgroundTasks, FastAPI, Request
from phrase_strings.webhooks import Event, receive
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request as StarletteRequest
from starlette.responses import Response
from starlette.routing import Route

Handler = Callable[[Event], None]


def starlette_app(secret: str, handle: Handler) -> Starlette:
    """A Starlette app whose ``POST /phrase/webhooks`` hands each verified event to ``handle``."""

    async def phrase_webhook(request: StarletteRequest) -> Response:
        delivery = receive(request.headers, await request.body(), secret=secret)
        task = BackgroundTask(handle, delivery.event) if delivery.event is not None else None
        return Response(status_code=delivery.status, background=task)

    return Starlette(routes=[Route("/phrase/webhooks", phrase_webhook, methods=["POST"])])


def fastapi_app(secret: str, handle: Handler) -> FastAPI:
    """The same receiver in FastAPI, with its ``BackgroundTasks``."""
    app = FastAPI()

    @app.post("/phrase/webhooks", status_code=204)
    async def phrase_webhook(request: Request, background: BackgroundTasks) -> Response:
        delivery = receive(request.headers, await request.body(), secret=secret)
        if delivery.event is not None:
            background.add_task(handle, delivery.event)
        return Response(status_code=delivery.status)

    return app


def fastapi_from_env() -> FastAPI:
    """The FastAPI receiver with the secret from ``PHRASE_WEBHOOK_SECRET``, printing each event."""
    return fastapi_app(os.environ["PHRASE_WEBHOOK_SECRET"], lambda event: print(event.event, event.message))
