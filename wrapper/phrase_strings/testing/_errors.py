"""Errors inside the fake; each becomes an HTTP answer, none reaches the caller as an exception."""

from __future__ import annotations


class FormatError(ValueError):
    """A locale file the fake cannot read (answered 422, naming the line or element)."""


class APIError(Exception):
    """An error answer: ``status`` and the API's ``message`` (with ``errors`` for 422)."""

    def __init__(self, status: int, message: str, errors: list[dict[str, str]] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors or []
        self.headers: dict[str, str] = {}


def not_found(what: str) -> APIError:
    """404 for a resource that does not exist."""
    return APIError(404, f"{what} not found")


def invalid(resource: str, field: str, message: str) -> APIError:
    """422 with one field error, as the API reports validation failures."""
    return APIError(422, "Validation failed", [{"resource": resource, "field": field, "message": message}])


def not_modelled(operation: str, detail: str = "") -> APIError:
    """501: the fake would otherwise give a wrong answer, so it says what it lacks."""
    suffix = f": {detail}" if detail else ""
    return APIError(501, f"The Phrase fake does not model {operation}{suffix}")
