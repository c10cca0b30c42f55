"""Receiving Phrase webhooks with Flask.

The view verifies and parses the delivery, submits the work to a thread pool and answers at once
(Phrase allows 5 seconds). Run with ``PHRASE_WEBHOOK_SECRET=... flask --app examples.webhooks_flask run``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor

from flask import Flask, request
from phrase_strings.webhooks import Event, receive


def flask_app(secret: str, handle: Callable[[Event], None], workers: Executor) -> Flask:
    """A Flask app whose ``POST /phrase/webhooks`` runs ``handle(event)`` on ``workers``."""
    app = Flask(__name__)

    @app.post("/phrase/webhooks")
    def phrase_webhook() -> tuple[str, int]:
        delivery = receive(request.headers, request.get_data(), secret=secret)
        if delivery.event is not None:
            workers.submit(handle, delivery.event)
        return "", delivery.status

    return app


def create_app() -> Flask:
    """The receiver with the secret from ``PHRASE_WEBHOOK_SECRET``, printing each event (``flask --app``)."""
    return flask_app(
        os.environ["PHRASE_WEBHOOK_SECRET"],
        lambda event: print(event.event, event.message),
        ThreadPoolExecutor(max_workers=4),
    )
