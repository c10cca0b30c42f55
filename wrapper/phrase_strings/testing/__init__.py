"""A local, stateful Phrase Strings API for testing code that uses it (no network, no account).

    from phrase_strings import Phrase
    from phrase_strings.testing import PhraseFake

    fake = PhraseFake()
    project_id = fake.create_project("App", locales=["en", "de"])
    with Phrase("any-token", transport=fake.transport()) as client:
        ...

Or as a server for other processes: ``with fake.server() as server: server.url`` (also
``phrase-strings fake serve --port N``). With pytest, the ``phrase_fake`` fixture gives a fresh `PhraseFake`.
Operations the fake does not model answer 501 naming the operation.
"""

from ._engine import RecordedRequest, WebhookDelivery, sign
from ._fake import PhraseFake, post_webhook
from ._formats import FORMATS as _FORMATS
from ._server import FakeServer
from ._transport import FakeTransport

#: the file formats uploads read and downloads write (API names)
SUPPORTED_FORMATS: tuple[str, ...] = tuple(_FORMATS)

__all__ = [
    "SUPPORTED_FORMATS",
    "FakeServer",
    "FakeTransport",
    "PhraseFake",
    "RecordedRequest",
    "WebhookDelivery",
    "post_webhook",
    "sign",
]
