"""`PhraseFake`: the public face of the engine, with helpers to seed state and assert on it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping

import httpx

from .. import ConfigurationError
from ._engine import Deliver, Engine, RecordedRequest, WebhookDelivery
from ._formats import FORMATS
from ._handlers import _set_translation  # importing _handlers registers the modelled operations
from ._model import Content, Key, Locale, Project, new_id
from ._server import FakeServer
from ._transport import FakeTransport


class PhraseFake:
    """An in-memory Phrase Strings API with state, for tests of code that uses it.

    ``tokens``: the access tokens accepted (default: any); tokens created through ``/authorizations``
    are accepted too, revoked ones refused. ``password``/``otp``: what email + password (Basic) requests
    must send; with ``otp`` they are challenged with ``X-PhraseApp-OTP: required; app``.
    ``rate_limit`` requests per ``rate_window`` seconds, then 429 until the window ends.
    ``deliver(url, headers, body) -> status`` sends webhook events (default: only recorded in
    `webhook_deliveries`; `post_webhook` sends them over HTTP). ``upload_polls``: how many times
    ``show_upload`` answers ``processing`` before ``success``. ``clock`` drives the rate-limit window.
    """

    def __init__(
        self,
        *,
        tokens: Iterable[str] | None = None,
        password: str | None = None,
        otp: str | None = None,
        rate_limit: int = 1000,
        rate_window: float = 300.0,
        deliver: Deliver | None = None,
        upload_polls: int = 0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._engine = Engine(
            tokens=list(tokens) if tokens is not None else None,
            password=password,
            otp=otp,
            rate_limit=rate_limit,
            rate_window=rate_window,
            deliver=deliver,
            upload_polls=upload_polls,
            clock=clock,
        )

    def __repr__(self) -> str:
        return f"PhraseFake(projects={len(self._engine.projects)}, requests={len(self._engine.requests)})"

    # --- ways in ---

    def transport(self) -> FakeTransport:
        """An httpx transport answering from this fake: ``Phrase(transport=fake.transport())`` (or `AsyncPhrase`)."""
        return FakeTransport(self._engine)

    def server(self, port: int = 0) -> FakeServer:
        """An HTTP server on 127.0.0.1 for this fake (not yet started): ``with fake.server() as server: server.url``."""
        return FakeServer(self._engine, port)

    # --- seeding ---

    def create_project(self, name: str, locales: Iterable[str] = (), *, main_format: str = "yml") -> str:
        """A project with locales (codes; the first is the default); returns its ID."""
        if main_format not in FORMATS:
            raise ConfigurationError(f"main_format {main_format!r} is not one of {', '.join(FORMATS)}")
        project = Project(new_id("project"), name, main_format)
        for index, code in enumerate(locales):
            locale = Locale(new_id("locale"), code, code, default=index == 0)
            project.content.locales[locale.id] = locale
        with self._engine.lock:
            self._engine.projects[project.id] = project
        return project.id

    def add_translations(
        self, project_id: str, locale: str, texts: Mapping[str, str], *, branch: str | None = None
    ) -> None:
        """Store ``{key name: text}`` in a locale (by code, name or ID), creating missing keys."""
        with self._engine.lock:
            content = self._content(project_id, branch)
            target = _find_locale(content, locale)
            by_name = {key.name: key for key in content.keys.values()}
            for name, text in texts.items():
                key = by_name.get(name) or Key(new_id("key"), name)
                content.keys[key.id] = key
                _set_translation(content, key, target, text)

    def set_rate_limit(self, limit: int, window: float) -> None:
        """Allow ``limit`` requests per ``window`` seconds from now on (a new window starts)."""
        with self._engine.lock:
            self._engine.rate.limit, self._engine.rate.seconds = limit, window
            self._engine.rate.started, self._engine.rate.used = self._engine.clock(), 0

    # --- inspection ---

    def translations(self, project_id: str, locale: str, *, branch: str | None = None) -> dict[str, str]:
        """``{key name: text}`` of a locale (by code, name or ID), for assertions."""
        with self._engine.lock:
            content = self._content(project_id, branch)
            target = _find_locale(content, locale)
            return {
                content.keys[key_id].name: t.content
                for (key_id, locale_id), t in sorted(content.translations.items())
                if locale_id == target.id
            }

    def key_tags(self, project_id: str, *, branch: str | None = None) -> dict[str, list[str]]:
        """``{key name: tags}`` of every key, for assertions."""
        with self._engine.lock:
            content = self._content(project_id, branch)
            return {key.name: sorted(key.tags) for key in content.keys.values()}

    def _content(self, project_id: str, branch: str | None) -> Content:
        project = self._engine.projects.get(project_id)
        if project is None:
            raise ConfigurationError(f"no project {project_id!r} in the fake")
        if branch is None:
            return project.content
        if branch not in project.branches:
            raise ConfigurationError(f"project {project_id!r} has no branch {branch!r}")
        return project.branches[branch].content

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request answered so far: method, path, operationId and status."""
        with self._engine.lock:
            return list(self._engine.requests)

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every webhook event sent so far, with body, headers (signature) and the receiver's status."""
        with self._engine.lock:
            return list(self._engine.deliveries)


def _find_locale(content: Content, locale: str) -> Locale:
    for candidate in content.locales.values():
        if locale in (candidate.id, candidate.code, candidate.name):
            return candidate
    raise ConfigurationError(f"no locale {locale!r} (has: {', '.join(c.code for c in content.locales.values())})")


def post_webhook(url: str, headers: Mapping[str, str], body: bytes) -> int:
    """Deliver a webhook event over HTTP (timeout 10 s); the receiver's status, or 0 when it cannot be reached."""
    try:
        return httpx.post(url, headers=dict(headers), content=body, timeout=10).status_code
    except httpx.HTTPError:
        return 0
