"""Turning a delivery's body into an event object: typed when the event is known, generic otherwise."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, TypeAlias

import attrs
from phrase_strings_webhooks.events import EVENT_MODELS, EventModel

from phrase_strings import ConfigurationError, MalformedResponseError, MissingFieldError, PhraseError

from ._signature import SIGNATURE_HEADER, verify_signature


class InvalidSignature(PhraseError):
    """The delivery's ``X-PhraseApp-Signature`` is missing or does not match its body and the secret."""


class InvalidEvent(PhraseError, ValueError):
    """The body is not a webhook event: not a JSON object, no event name, or fields of the wrong shape."""


@attrs.define
class UnknownEvent:
    """An event this version of the library has no model for; the whole payload is in ``data``.

    Phrase adds events over time: a receiver keeps working and can still log or route them by name.
    """

    event: str
    message: str
    sent_at: datetime.datetime | None
    """None when the payload has no readable ``sent_at``."""
    data: dict[str, Any]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UnknownEvent:
        """The generic event of a decoded payload (which must have a string ``event``)."""
        message = data.get("message")
        sent_at = data.get("sent_at")
        return cls(
            event=data["event"],
            message=message if isinstance(message, str) else "",
            sent_at=parse_timestamp(sent_at) if isinstance(sent_at, str) else None,
            data=dict(data),
        )

    def to_dict(self) -> dict[str, Any]:
        """The payload as received."""
        return dict(self.data)


Event: TypeAlias = EventModel | UnknownEvent
"""What `parse_event` returns: a generated model (``JobsComplete``, ...) or an `UnknownEvent`."""


class SupportsItems(Protocol):
    """Header containers of web frameworks: anything with ``items()`` giving (name, value) pairs."""

    def items(self) -> Iterable[tuple[str, str]]: ...


Headers: TypeAlias = SupportsItems | Iterable[tuple[str, str]]


def parse_timestamp(text: str) -> datetime.datetime | None:
    """Phrase's ``2025-02-07 16:44:04 UTC`` or ISO 8601, as an aware datetime (UTC if no offset); None if neither."""
    try:
        moment = datetime.datetime.fromisoformat(text.replace(" UTC", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def header(headers: Headers | None, name: str) -> str | None:
    """The first value of header ``name`` (any case), or None."""
    if headers is None:
        return None
    pairs: Iterable[tuple[str, str]] = headers.items() if hasattr(headers, "items") else headers
    wanted = name.lower()
    return next((value for key, value in pairs if key.lower() == wanted), None)


def parse_event(body: bytes | str, headers: Headers | None = None, *, secret: str | None = None) -> Event:
    """The event in a webhook delivery.

    ``body`` is the raw request body, before any JSON decoding: the signature covers its exact bytes.
    With ``secret`` (the webhook's verification token) the ``X-PhraseApp-Signature`` header in
    ``headers`` is checked first, and `InvalidSignature` raised when it is missing or wrong.

    Known events come back as their generated model (``JobsComplete``, ``KeysCreate``, ...; the
    table is ``EVENT_MODELS``), fields the model does not name kept in ``additional_properties``;
    other events as `UnknownEvent`. `InvalidEvent` when the body is no event or a known event's
    fields have the wrong shape.
    """
    raw = body.encode("utf-8") if isinstance(body, str) else body
    if secret is not None:
        if not secret:
            raise ConfigurationError("the webhook secret is empty: pass the webhook's verification token")
        signature = header(headers, SIGNATURE_HEADER)
        if signature is None:
            raise InvalidSignature(f"the delivery has no {SIGNATURE_HEADER} header")
        if not verify_signature(raw, signature, secret):
            raise InvalidSignature(f"{SIGNATURE_HEADER} does not match the body and the secret")
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidEvent(f"the body is not JSON: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("event"), str):
        raise InvalidEvent("the body is not a webhook event: expected a JSON object with a string 'event'")
    model = EVENT_MODELS.get(data["event"])
    if model is None:
        return UnknownEvent.from_dict(data)
    try:
        event = model.from_dict(data)
    except MissingFieldError as error:
        raise InvalidEvent(f"{data['event']} event without its {error.field!r} field") from None
    except (MalformedResponseError, TypeError, ValueError, AttributeError) as error:
        raise InvalidEvent(f"{data['event']} event with a field of the wrong type: {error}") from None
    if event.sent_at.tzinfo is None:  # an ISO timestamp without offset: Phrase's clock is UTC
        event.sent_at = event.sent_at.replace(tzinfo=datetime.UTC)
    return event
