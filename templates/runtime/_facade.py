"""What the generated facade classes (``client.keys.list(...)``) run on.

Checks made before a request is sent, reading answers strictly, and walking paged lists.

Hand-written; `scripts/generate.py` copies it into the generated package. The facade modules in
``api/<group>/__init__.py`` call these helpers; `phrase_strings` supplies the paging.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from enum import StrEnum
from typing import Any, Generic, Protocol, TypeVar, cast

from attrs import frozen

from .client import Client
from .errors import ConfigurationError, MalformedResponseError, UnexpectedStatusError
from .types import Response, Unset, form_fields

__all__ = [
    "MAX_PER_PAGE",
    "AsyncFetchPage",
    "AsyncPaging",
    "AsyncResource",
    "FetchPage",
    "NotModified",
    "Page",
    "Paging",
    "Resource",
    "as_enum",
    "async_items",
    "check_per_page",
    "deep_object",
    "items",
    "join_tags",
    "malformed_json",
    "path_value",
    "unwrap",
    "unwrap_conditional",
]

MAX_PER_PAGE = 100
"""The API's largest page."""

E = TypeVar("E", bound=StrEnum)
Q = TypeVar("Q")
T = TypeVar("T")


@frozen
class NotModified:
    """A 304: the resource of a conditional request (``if_none_match=``/``if_modified_since=``) is unchanged.

    ``etag`` and ``last_modified`` are the validators the API sent back, to use again next time.
    """

    headers: Mapping[str, str]

    @property
    def etag(self) -> str | None:
        """The ``ETag`` of the unchanged resource, if the API sent one."""
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        """The ``Last-Modified`` time of the unchanged resource, if the API sent one."""
        return self.headers.get("last-modified")


def path_value(name: str, value: str | Unset | None) -> str:
    """A path parameter as given, refused when it would address another resource.

    An empty value turns ``/keys/{id}`` into ``/keys/`` (the collection); None or UNSET would be
    sent as the words ``None``/nothing. All three are refused before anything is sent.
    """
    if value is None or isinstance(value, Unset) or not str(value).strip():
        raise ConfigurationError(f"{name} is required and must not be empty (got {value!r})")
    return value


def project_value(value: str | Unset | None, default: str | None) -> str:
    """The project of a project-scoped call: the argument, else the client's default project."""
    if value is None or isinstance(value, Unset):
        if default is None:
            raise ConfigurationError(
                "project_id is required: pass it, or give the client a default project "
                "(project_id=…, PHRASE_PROJECT_ID or .phrase.yml)"
            )
        value = default
    return path_value("project_id", value)


def check_per_page(per_page: int | Unset) -> None:
    """Refuse a page size the API would not honour (it answers at most 100 items a page)."""
    if isinstance(per_page, Unset):
        return
    if not isinstance(per_page, int) or isinstance(per_page, bool) or not 1 <= per_page <= MAX_PER_PAGE:
        raise ConfigurationError(f"per_page must be a whole number between 1 and {MAX_PER_PAGE}, not {per_page!r}")


def as_enum(kind: type[E], value: str | Unset) -> E | Unset:
    """A value of a closed set as the generated function takes it (its enum class); UNSET stays."""
    return value if isinstance(value, Unset) else kind(value)


def join_tags(tags: str | Sequence[str] | Unset) -> str | Unset:
    """Tags as the API reads them, one comma-separated string; a list of names is joined."""
    if isinstance(tags, str | Unset):
        return tags
    names = list(tags)
    for name in names:
        if not isinstance(name, str) or "," in name:
            raise ConfigurationError(f"tags must be strings without commas, not {name!r}")
    return ",".join(names)


def deep_object(name: str, value: Q) -> Q:
    """An object query parameter re-keyed as ``name[key]`` (OpenAPI's deepObject style).

    The generated functions spread an object parameter's fields into the query under their own
    names (``enclose_in_cdata=true``); the API reads ``format_options[enclose_in_cdata]=true``.
    The facades pass the object through this first. Lists inside the object keep their last item.
    """
    if isinstance(value, Unset) or value is None:
        return value
    prefixed = dict(form_fields(name, cast(Any, value).to_dict()))
    return cast(Q, cast(Any, type(value)).from_dict(prefixed))


def malformed_json(operation: str, error: json.JSONDecodeError) -> MalformedResponseError:
    """The error for an answer whose body should be JSON but is not (an empty 200, an HTML page)."""
    what = "an empty body" if not error.doc.strip() else f"a body that is not JSON ({error.msg})"
    return MalformedResponseError(f"{operation}: the API answered with {what}")


def unwrap(response: Response[Any], documented: tuple[int, ...], operation: str) -> Any:
    """The parsed body of an answer whose status the operation documents.

    ``documented`` lists the 2xx statuses with a body; empty means the operation returns nothing,
    and then any 2xx is accepted. Anything else (an undocumented 2xx or a 3xx; errors were raised
    by the client below) raises `UnexpectedStatusError`, so a method typed to return a model never
    returns None.
    """
    status = response.status_code
    if status in documented or (not documented and 200 <= status < 300):
        return response.parsed
    raise UnexpectedStatusError(status, response.content, operation=operation)


def unwrap_conditional(response: Response[Any], documented: tuple[int, ...], operation: str) -> Any:
    """`unwrap` for operations that take ``If-None-Match``/``If-Modified-Since``: 304 is `NotModified`."""
    if response.status_code == 304:
        return NotModified(headers=response.headers)
    return unwrap(response, documented, operation)


FetchPage = Callable[[int, int], Response[Any]]
"""Fetch one page of a list: (page number, page size) -> the answer."""
AsyncFetchPage = Callable[[int, int], Awaitable[Response[Any]]]


@frozen
class Page(Generic[T]):
    """One page of a list: its items, its 1-based number and the answer's headers."""

    items: list[T]
    number: int
    headers: Mapping[str, str]


class Paging(Protocol):
    """How `*_pages` methods walk a list; the client that builds the facade supplies it."""

    def pages(self, fetch: FetchPage, per_page: int, concurrent: bool) -> Iterator[Page[Any]]:
        """Yield the pages of a list in order."""
        ...


class AsyncPaging(Protocol):
    """How async `*_pages` methods walk a list; the client that builds the facade supplies it."""

    def pages(self, fetch: AsyncFetchPage, per_page: int, concurrent: bool) -> AsyncIterator[Page[Any]]:
        """Yield the pages of a list in order."""
        ...


def items(pages: Iterator[Page[T]]) -> Iterator[T]:
    """Flatten pages into their items, fetching lazily."""
    for page in pages:
        yield from page.items


async def async_items(pages: AsyncIterator[Page[T]]) -> AsyncIterator[T]:
    """Flatten pages into their items, fetching lazily."""
    async for page in pages:
        for item in page.items:
            yield item


class Resource:
    """Base of the blocking facade classes: the generated client they call, the paging, the default project."""

    def __init__(self, client: Client, paging: Paging, project_id: str | None = None) -> None:
        self._client = client
        self._paging = paging
        self._project_id = project_id


class AsyncResource:
    """Base of the awaitable facade classes: the generated client they call, the paging, the default project."""

    def __init__(self, client: Client, paging: AsyncPaging, project_id: str | None = None) -> None:
        self._client = client
        self._paging = paging
        self._project_id = project_id
