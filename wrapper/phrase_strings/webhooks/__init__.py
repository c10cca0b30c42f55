"""Phrase Strings webhooks: verify a delivery's signature, parse its event into a typed object, receive.

    from phrase_strings.webhooks import JobsComplete, parse_event

    event = parse_event(request_body, request_headers, secret=VERIFICATION_TOKEN)
    if isinstance(event, JobsComplete):
        print(event.job.name, "done in", event.project.name, "at", event.sent_at)

Every event Phrase documents has a model generated from Phrase's schemas (``phrase_strings_webhooks``),
named after the event (``jobs:locale:complete`` -> ``JobsLocaleComplete``), with a constant for its name
(``JOBS_LOCALE_COMPLETE``); ``EVENT_MODELS`` maps names to models. Other events parse as `UnknownEvent`.
"""

from phrase_strings_webhooks.events import *  # noqa: F403 -- the event models and name constants
from phrase_strings_webhooks.events import __all__ as _event_names

from ._events import Event, Headers, InvalidEvent, InvalidSignature, UnknownEvent, parse_event, parse_timestamp
from ._receiver import Delivery, receive
from ._signature import SIGNATURE_HEADER, verify_signature

__all__ = [
    "SIGNATURE_HEADER",
    "Delivery",
    "Event",
    "Headers",
    "InvalidEvent",
    "InvalidSignature",
    "UnknownEvent",
    "parse_event",
    "parse_timestamp",
    "receive",
    "verify_signature",
]
__all__ += _event_names
