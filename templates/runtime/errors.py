"""The errors of the generated client; `phrase_strings` builds its whole error tree on `PhraseError`.

PhraseError
├── ConfigurationError          an argument or setting that cannot work, found before sending
└── ResponseError               an answer that is not what the spec documents
    ├── UnexpectedStatusError   a status the operation does not document (e.g. 202 where 200 is documented)
    └── MalformedResponseError  a body (or Link header) that cannot be read as documented
        └── MissingFieldError   an object lacking a field its schema requires

Hand-written; `scripts/generate.py` copies it into the generated package.
"""

from __future__ import annotations

__all__ = [
    "ConfigurationError",
    "MalformedResponseError",
    "MissingFieldError",
    "PhraseError",
    "ResponseError",
    "UnexpectedStatus",
    "UnexpectedStatusError",
]


class PhraseError(Exception):
    """Base class of every error raised by phrase-strings (and its generated client)."""


class ConfigurationError(PhraseError, ValueError):
    """Arguments or settings that cannot work; raised before anything is sent."""


class ResponseError(PhraseError):
    """The API answered, but not in a way its description documents."""


class UnexpectedStatusError(ResponseError):
    """An answer with a status the operation does not document; ``status_code`` and ``content`` hold it."""

    def __init__(self, status_code: int, content: bytes, *, operation: str = "") -> None:
        self.status_code = status_code
        self.content = content
        self.operation = operation
        text = content[:200].decode(errors="replace").strip()
        where = f"{operation}: " if operation else ""
        body = f": {text}" if text else " (empty body)"
        super().__init__(f"{where}undocumented status {status_code}{body}")


class MalformedResponseError(ResponseError):
    """A body or header that cannot be read as documented (not JSON, empty, the wrong shape)."""


class MissingFieldError(MalformedResponseError):
    """An object in an answer lacks a field its schema requires; ``model`` and ``field`` name them."""

    def __init__(self, model: str, field: str) -> None:
        self.model = model
        self.field = field
        super().__init__(f"{model} lacks the required field {field!r}")


# The name the generator's endpoint modules raise (``errors.UnexpectedStatus``); the same class.
UnexpectedStatus = UnexpectedStatusError
