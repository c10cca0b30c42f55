"""The neutral ``receive`` helper and the framework recipes in examples/, under each framework's test client."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from phrase_strings import ConfigurationError
from phrase_strings.webhooks import Event, JobsComplete, UnknownEvent, receive
from phrase_strings_webhooks.types import Unset

from examples.webhooks_fastapi import fastapi_app
from examples.webhooks_flask import flask_app
from examples.webhooks_starlette import starlette_app

from .conftest import SECRET, sign

PATH = "/phrase/webhooks"


def test_receive_accepts_a_signed_event(jobs_complete_body: bytes) -> None:
    delivery = receive({"X-PhraseApp-Signature": sign(jobs_complete_body)}, jobs_complete_body, secret=SECRET)
    assert delivery.status == 204 and delivery.accepted and delivery.error is None
    assert isinstance(delivery.event, JobsComplete)


def test_receive_accepts_unknown_events() -> None:
    body = b'{"event": "future:thing", "message": "new"}'
    delivery = receive({"X-PhraseApp-Signature": sign(body)}, body, secret=SECRET)
    assert delivery.status == 204 and isinstance(delivery.event, UnknownEvent)


def test_receive_refuses_bad_signatures_with_401(jobs_complete_body: bytes, caplog: pytest.LogCaptureFixture) -> None:
    wrong = sign(jobs_complete_body, "not-the-secret")
    with caplog.at_level(logging.WARNING, logger="phrase_strings.webhooks"):
        delivery = receive({"X-PhraseApp-Signature": wrong}, jobs_complete_body, secret=SECRET)
        missing = receive({}, jobs_complete_body, secret=SECRET)
    assert (delivery.status, delivery.event, missing.status) == (401, None, 401)
    assert not delivery.accepted and delivery.error and "does not match" in delivery.error
    assert "refused" in caplog.text
    assert wrong not in caplog.text and SECRET not in caplog.text and wrong not in delivery.error


def test_receive_refuses_what_is_no_event_with_400() -> None:
    body = b'{"no": "event"}'
    delivery = receive({"X-PhraseApp-Signature": sign(body)}, body, secret=SECRET)
    assert (delivery.status, delivery.event) == (400, None)
    assert delivery.error and "'event'" in delivery.error


def test_receive_needs_a_secret(jobs_complete_body: bytes) -> None:
    with pytest.raises(ConfigurationError):
        receive({"X-PhraseApp-Signature": sign(jobs_complete_body, "")}, jobs_complete_body, secret="")


# The recipes: each must answer 204/401/400 and hand verified events, and only those, to the handler.

Poster = Callable[[bytes, dict[str, str]], int]


def deliveries(post: Poster, body: bytes) -> list[int]:
    signed = post(body, {"X-PhraseApp-Signature": sign(body), "Content-Type": "application/json"})
    forged = post(body, {"X-PhraseApp-Signature": sign(body, "guess"), "Content-Type": "application/json"})
    unsigned = post(body, {"Content-Type": "application/json"})
    garbage = post(b"<xml/>", {"X-PhraseApp-Signature": sign(b"<xml/>")})
    return [signed, forged, unsigned, garbage]


def check(statuses: list[int], handled: list[Event]) -> None:
    assert statuses == [204, 401, 401, 400]
    assert len(handled) == 1 and isinstance(handled[0], JobsComplete)
    assert not isinstance(handled[0].job, Unset)
    assert handled[0].job.name == "Translation job for feature 1"


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
@pytest.mark.parametrize("make_app", [starlette_app, fastapi_app], ids=["starlette", "fastapi"])
def test_asgi_recipes(make_app: Callable[..., Any], jobs_complete_body: bytes) -> None:
    from starlette.testclient import TestClient

    handled: list[Event] = []
    with TestClient(make_app(SECRET, handled.append)) as client:

        def post(body: bytes, headers: dict[str, str]) -> int:
            # Starlette types its client against httpx2 (absent here), which leaves it untyped.
            response: httpx.Response = client.post(PATH, content=body, headers=headers)
            return response.status_code

        statuses = deliveries(post, jobs_complete_body)
        assert client.get(PATH).status_code == 405
    check(statuses, handled)


def test_flask_recipe(jobs_complete_body: bytes) -> None:
    handled: list[Event] = []
    with ThreadPoolExecutor(max_workers=1) as workers:
        client = flask_app(SECRET, handled.append, workers).test_client()

        def post(body: bytes, headers: dict[str, str]) -> int:
            return client.post(PATH, data=body, headers=headers).status_code

        statuses = deliveries(post, jobs_complete_body)
    check(statuses, handled)  # the pool has finished its work when the with block ends


@pytest.fixture(scope="module")
def django_urls() -> Iterator[list[Any]]:
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(
            DEBUG=False,
            SECRET_KEY="tests-only",
            ROOT_URLCONF=__name__,
            ALLOWED_HOSTS=["testserver"],
            MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
        )
        django.setup()
    yield urlpatterns


urlpatterns: list[Any] = []


def test_django_recipe(django_urls: list[Any], jobs_complete_body: bytes) -> None:
    from django.test import Client
    from django.urls import clear_url_caches, path

    from examples.webhooks_django import webhook_view

    handled: list[Event] = []
    with ThreadPoolExecutor(max_workers=1) as workers:
        django_urls[:] = [path(PATH.lstrip("/"), webhook_view(SECRET, handled.append, workers))]
        clear_url_caches()
        client = Client(enforce_csrf_checks=True)

        def post(body: bytes, headers: dict[str, str]) -> int:
            content_type = headers.pop("Content-Type", "application/octet-stream")
            return client.post(PATH, data=body, content_type=content_type, headers=headers).status_code

        statuses = deliveries(post, jobs_complete_body)
        assert client.get(PATH).status_code == 405
    check(statuses, handled)
