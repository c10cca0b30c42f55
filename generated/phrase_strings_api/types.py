"""Types shared by the generated functions and models: `UNSET`, `File`, `Response`, form encoding.

Hand-written; `scripts/generate.py` copies it into the generated package (replacing the generator's own).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "form_fields"]


class Unset:
    """Marks a field or argument that was not given (as distinct from an explicit null).

    It is false, and its `str` is empty, so an absent field prints as nothing in f-strings and CSV
    cells; its `repr` says ``UNSET``.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __str__(self) -> str:
        return ""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` accepts.
FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload: its content, and optionally its name and media type."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The ``(name, content, type)`` tuple httpx sends as one multipart part."""
        return self.file_name, self.payload, self.mime_type


def form_fields(name: str, value: object) -> list[tuple[str, str]]:
    """Encode one value as form (or query) fields, the way the API's Rails backend reads them.

    Booleans become ``true``/``false``; mappings ``name[key]=value`` (nested: ``name[a][b]``);
    top-level lists repeat ``name``, nested ones use ``name[key][]``; dates ISO 8601; enums their
    value; None and UNSET send nothing. Anything else raises `TypeError`.
    """
    if value is None or isinstance(value, Unset):
        return []
    if isinstance(value, bool):
        return [(name, "true" if value else "false")]
    if isinstance(value, datetime.datetime | datetime.date):
        return [(name, value.isoformat())]
    if isinstance(value, str | int | float):
        return [(name, str(value))]
    if isinstance(value, Mapping):
        return [pair for key, item in value.items() for pair in form_fields(f"{name}[{key}]", item)]
    if isinstance(value, list | tuple):
        item_name = f"{name}[]" if "[" in name else name
        return [pair for item in value for pair in form_fields(item_name, item)]
    raise TypeError(f"{name}: cannot send a {type(value).__name__} as a form field")


T = TypeVar("T")


@define
class Response(Generic[T]):
    """An answer of the API: status, raw body, headers and the body parsed as documented."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
