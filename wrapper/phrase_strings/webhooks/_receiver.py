"""A framework-neutral receiver: (headers, body) in, the status to answer and the event out."""

from __future__ import annotations

import logging

import attrs

from ._events import Event, Headers, InvalidEvent, InvalidSignature, parse_event

logger = logging.getLogger("phrase_strings.webhooks")


@attrs.frozen
class Delivery:
    """The outcome of one webhook request.

    ``status`` is what to answer: 204 for an accepted event, 401 for a bad or missing signature, 400 for a
    body that is no event. Phrase wants an answer within 5 seconds and disables a webhook after more than
    10 failed deliveries in a row, so answer first and do the work elsewhere (a queue, a task).
    """

    status: int
    event: Event | None = None
    error: str | None = None
    """Why the delivery was refused (never contains the signature or the secret)."""

    @property
    def accepted(self) -> bool:
        """Whether the delivery carried a verified event."""
        return self.event is not None


def receive(headers: Headers, body: bytes, *, secret: str) -> Delivery:
    """Verify and parse one delivery without raising: the receiving end of a web framework's view.

    ``headers`` as the framework gives them (``request.headers``), ``body`` the raw bytes. Refusals
    are logged at WARNING on the ``phrase_strings.webhooks`` logger.
    """
    try:
        event = parse_event(body, headers, secret=secret)
    except InvalidSignature as error:
        logger.warning("webhook delivery refused: %s", error)
        return Delivery(status=401, error=str(error))
    except InvalidEvent as error:
        logger.warning("webhook delivery refused: %s", error)
        return Delivery(status=400, error=str(error))
    return Delivery(status=204, event=event)
