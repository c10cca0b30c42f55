"""The request handling behind both ways in (httpx transport and HTTP server): auth, rate limit, routing.

`Engine.handle` takes a plain `Request` and returns a plain `Response`; the operations live in `_operations_impl`.
Everything runs under one lock, so the threaded server and concurrent async clients see consistent state;
webhook deliveries happen after the lock is released, so a callback may call the fake again.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import math
import re
import threading
from collections.abc import Callable, Mapping
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl, urlencode

import attrs

from ._errors import APIError, invalid, not_found, not_modelled
from ._model import (
    JSON,
    Authorization,
    Branch,
    Content,
    Project,
    Webhook,
    new_id,
    project_json,
    timestamp,
    user_preview,
)
from ._operations import OPERATIONS

_log = logging.getLogger("phrase_strings.testing")

#: delivers one webhook call: (callback URL, headers, body) -> the receiver's HTTP status
Deliver = Callable[[str, Mapping[str, str], bytes], int]


@attrs.frozen
class Request:
    """One API request as the engine sees it; ``path`` is below the ``/v2`` prefix."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    base_url: str  # scheme, host and "/v2", for Link headers


@attrs.frozen
class Response:
    """The answer: status, headers and body bytes."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


@attrs.frozen
class RecordedRequest:
    """What the fake answered, for assertions: method, path, operationId (or None) and status."""

    method: str
    path: str
    operation: str | None
    status: int


@attrs.frozen
class WebhookDelivery:
    """One signed event sent to a webhook's callback, and the receiver's status (0: it could not be reached)."""

    id: str
    webhook_id: str
    event: str
    url: str
    headers: Mapping[str, str] = attrs.field(repr=False)  # holds the signature
    body: bytes = attrs.field(repr=False)
    status: int
    delivered_at: str

    @property
    def payload(self) -> JSON:
        """The event as JSON."""
        result: JSON = json.loads(self.body)
        return result


def sign(body: bytes, secret: str) -> str:
    """The ``X-PhraseApp-Signature`` value: Base64 of the HMAC-SHA256 of the raw body under the webhook's secret."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


#: where finished asynchronous exports are served (like the API's storage links: no auth, no rate limit)
EXPORTS_PATH = "/_fake/exports/"

_Handler = Callable[["Engine", "Call"], "Response"]
#: (project, branch, event name, payload, only this webhook ID or None for every subscribed one)
Event = tuple[Project, str | None, str, JSON, str | None]


@attrs.frozen
class _Route:
    method: str
    template: str
    operation: str
    pattern: re.Pattern[str]
    handler: _Handler


def _compile(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$")


_SPEC = [(method, template, operation, _compile(template)) for method, template, operation in OPERATIONS]
_SPEC_INDEX = {(method, template): operation for method, template, operation, _ in _SPEC}
ROUTES: list[_Route] = []


def route(method: str, template: str) -> Callable[[_Handler], _Handler]:
    """Register a handler for an operation of ``openapi.yaml`` (refusing paths the spec does not have)."""
    operation = _SPEC_INDEX[(method, template)]

    def register(handler: _Handler) -> _Handler:
        ROUTES.append(_Route(method, template, operation, _compile(template), handler))
        return handler

    return register


def spec_operation(method: str, path: str) -> str | None:
    """The operationId of ``openapi.yaml`` that ``method path`` would call, if any."""
    candidates = [
        (template.count("{"), operation)
        for m, template, operation, pattern in _SPEC
        if m == method and pattern.match(path)
    ]
    return min(candidates)[1] if candidates else None


class Call:
    """One matched request: path parameters, query and body access, and the events it raises."""

    def __init__(self, request: Request, operation: str, params: dict[str, str]) -> None:
        self.request = request
        self.operation = operation
        self.params = params
        self.query = dict(request.query)
        self.query_items = request.query
        self.events: list[Event] = []
        self._body: JSON | None = None
        self._form: tuple[dict[str, str], dict[str, tuple[str, bytes]]] | None = None

    @property
    def body(self) -> JSON:
        """The JSON body (or ``{}``); a urlencoded form is read as one too."""
        if self._body is None:
            content_type = self.request.headers.get("content-type", "")
            raw = self.request.body
            if not raw.strip():
                self._body = {}
            elif "application/x-www-form-urlencoded" in content_type:
                self._body = dict(parse_qsl(raw.decode(), keep_blank_values=True))
            else:
                try:
                    parsed = json.loads(raw)
                except (UnicodeDecodeError, json.JSONDecodeError):
                    raise APIError(400, "The request body is not valid JSON") from None
                if not isinstance(parsed, dict):
                    raise APIError(400, "The request body must be a JSON object")
                self._body = parsed
        return self._body

    @property
    def form(self) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
        """A multipart form's text fields and files (name -> (filename, bytes))."""
        if self._form is None:
            content_type = self.request.headers.get("content-type", "")
            if not content_type.startswith("multipart/form-data"):
                raise APIError(400, f"{self.operation} takes multipart/form-data, not {content_type or 'no body'}")
            message = BytesParser(policy=HTTP).parsebytes(
                b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + self.request.body
            )
            fields: dict[str, str] = {}
            files: dict[str, tuple[str, bytes]] = {}
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True)
                if not isinstance(name, str) or not isinstance(payload, bytes):
                    continue
                filename = part.get_filename()
                if filename is not None:
                    files[name] = (filename, payload)
                else:
                    fields[name] = payload.decode("utf-8")
            self._form = (fields, files)
        return self._form

    def arg(self, name: str, default: Any = None) -> Any:
        """A parameter from the body, else the query."""
        if self.request.body and not self.request.headers.get("content-type", "").startswith("multipart/"):
            if name in self.body:  # DELETE may carry a body too (remove_job_keys)
                return self.body[name]
        return self.query.get(name, default)

    def flag(self, name: str, default: bool = False) -> bool:
        """A boolean parameter (``true``/``false`` in queries and forms)."""
        value = self.arg(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return value
        return str(value).lower() in ("true", "1")

    def prefixed(self, prefix: str, source: Mapping[str, str] | None = None) -> dict[str, str]:
        """Bracketed parameters ``prefix[name]=value`` as ``{name: value}``."""
        items = source.items() if source is not None else self.query_items
        start = f"{prefix}["
        return {k[len(start) : -1]: v for k, v in items if k.startswith(start) and k.endswith("]")}


@attrs.define
class _RateWindow:
    limit: int
    seconds: float
    started: float = 0.0
    used: int = 0


class Engine:
    """The fake's state and request handling; `PhraseFake` is its public face."""

    def __init__(
        self,
        *,
        tokens: list[str] | None,
        password: str | None,
        otp: str | None,
        rate_limit: int,
        rate_window: float,
        deliver: Deliver | None,
        upload_polls: int,
        clock: Callable[[], float],
    ) -> None:
        self.lock = threading.RLock()
        self.projects: dict[str, Project] = {}
        self.authorizations: dict[str, Authorization] = {}
        self.accepted_tokens: set[str] | None = set(tokens) if tokens is not None else None
        self.revoked_tokens: set[str] = set()
        self.password = password
        self.otp = otp
        self.rate = _RateWindow(rate_limit, rate_window)
        self.deliver = deliver
        self.upload_polls = upload_polls
        self.clock = clock
        self.deliveries: list[WebhookDelivery] = []
        self.exports: dict[str, tuple[JSON, bytes]] = {}
        self.requests: list[RecordedRequest] = []

    # --- entry point ---

    def handle(self, request: Request) -> Response:
        """Answer one request (never raises: every failure is an HTTP answer)."""
        events: list[Event] = []
        if request.path.startswith(EXPORTS_PATH) and request.method == "GET":
            with self.lock:
                export = self.exports.get(request.path.removeprefix(EXPORTS_PATH))
            if export is None:
                return json_response(404, {"message": "No such export"})
            return Response(200, (("Content-Type", "application/octet-stream"),), export[1])
        with self.lock:
            operation: str | None = None
            headers: dict[str, str] = {}
            try:
                self._authenticate(request)
                headers |= self._count_request()
                matched = self._match(request)
                operation = matched[0].operation
                call = Call(request, operation, matched[1])
                response = matched[0].handler(self, call)
                events = call.events
            except APIError as error:
                response = self._error_response(error, headers)
                operation = operation or spec_operation(request.method, request.path)
            except Exception as error:  # a defect of the fake: answer it rather than hang or crash the server
                failure = APIError(500, f"The Phrase fake failed on {operation}: {type(error).__name__}: {error}")
                response = self._error_response(failure, headers)
            response = attrs.evolve(response, headers=(*response.headers, *headers.items()))
            self.requests.append(RecordedRequest(request.method, request.path, operation, response.status))
        for project, branch, event, payload, only in events:
            self._deliver(project, branch, event, payload, only)
        return response

    def _error_response(self, error: APIError, headers: dict[str, str]) -> Response:
        """The API's error body; ``headers`` gains the rate-limit window and the error's own headers."""
        headers.update(self._window_headers() | headers | error.headers)
        body: JSON = {"message": error.message, "documentation_url": None}
        if error.errors:
            body["errors"] = error.errors
        return json_response(error.status, body)

    def _match(self, request: Request) -> tuple[_Route, dict[str, str]]:
        found = [
            (r.template.count("{"), index, r, m)
            for index, r in enumerate(ROUTES)
            if r.method == request.method and (m := r.pattern.match(request.path))
        ]
        if found:
            _, _, best, match = min(found, key=lambda item: item[:2])
            if spec_operation(request.method, request.path) == best.operation:
                return best, match.groupdict()
        operation = spec_operation(request.method, request.path)
        if operation is None:
            raise APIError(404, f"No operation of the Phrase API answers {request.method} {request.path}")
        raise not_modelled(operation, f"{request.method} {request.path} is not part of the fake")

    # --- authentication and rate limits ---

    def _authenticate(self, request: Request) -> None:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        scheme = scheme.lower()
        if scheme in ("token", "bearer") and value:
            self._check_token(value.strip())
        elif scheme == "basic" and value:
            try:
                user, _, password = base64.b64decode(value).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                raise APIError(401, "Malformed Basic credentials") from None
            if not password:
                self._check_token(user)  # a token sent as the Basic user
                return
            if self.password is not None and not hmac.compare_digest(password, self.password):
                raise APIError(401, "Invalid email or password")
            if self.otp is not None:
                sent = request.headers.get("x-phraseapp-otp")
                if not sent:
                    error = APIError(401, "A one-time password is required (X-PhraseApp-OTP)")
                    error.headers["X-PhraseApp-OTP"] = "required; app"
                    raise error
                if not hmac.compare_digest(sent, self.otp):
                    raise APIError(401, "Invalid one-time password")
        else:
            raise APIError(401, "Authentication required: send 'Authorization: token <access token>'")

    def _check_token(self, token: str) -> None:
        if token in self.revoked_tokens:
            raise APIError(401, "This access token was revoked")
        if self.accepted_tokens is not None and token not in self.accepted_tokens:
            raise APIError(401, "Invalid access token")

    def _count_request(self) -> dict[str, str]:
        now = self.clock()
        window = self.rate
        if now >= window.started + window.seconds:
            window.started, window.used = now, 0
        reset = math.ceil(window.started + window.seconds)
        if window.used >= window.limit:
            error = APIError(429, "Rate limit exceeded")
            error.headers |= {
                "X-Rate-Limit-Limit": str(window.limit),
                "X-Rate-Limit-Remaining": "0",
                "X-Rate-Limit-Reset": str(reset),
                "X-Rate-Limit-Reason": "requests per window",
                "Retry-After": str(max(1, math.ceil(window.started + window.seconds - now))),
            }
            raise error
        window.used += 1
        return self._window_headers()

    def _window_headers(self) -> dict[str, str]:
        window = self.rate
        return {
            "X-Rate-Limit-Limit": str(window.limit),
            "X-Rate-Limit-Remaining": str(max(0, window.limit - window.used)),
            "X-Rate-Limit-Reset": str(math.ceil(window.started + window.seconds)),
        }

    # --- lookups shared by the operations ---

    def project(self, call: Call) -> Project:
        """The project named by the path (``project_id`` or, on /projects/{id}, ``id``)."""
        project_id = call.params.get("project_id") or call.params["id"]
        project = self.projects.get(project_id)
        if project is None:
            raise not_found("Project")
        return project

    def content(self, call: Call, project: Project) -> tuple[Content, str | None]:
        """The content of the branch the request names (``branch`` in body or query), else the main one."""
        name = call.arg("branch") or None
        if name is None:
            return project.content, None
        branch = project.branches.get(str(name))
        if branch is None:
            raise not_found(f"Branch {name!r}")
        return branch.content, str(name)

    def emit(self, call: Call, project: Project, branch: str | None, event: str, resource: str, body: Any) -> None:
        """Queue a webhook event for delivery once the request is answered."""
        call.events.append((project, branch, event, {resource: body}, None))

    def _deliver(self, project: Project, branch: str | None, event: str, payload: JSON, only: str | None) -> None:
        for webhook in list(project.webhooks.values()):
            if only is not None:
                if webhook.id != only:
                    continue
            elif not webhook.active or (webhook.events and event not in webhook.events):
                continue
            elif branch is not None and not webhook.include_branches:
                continue
            self.send(webhook, project, branch, event, payload)

    def send(
        self,
        webhook: Webhook,
        project: Project,
        branch: str | None,
        event: str,
        payload: JSON,
    ) -> WebhookDelivery:
        """Sign and deliver one event to ``webhook`` (outside the lock), and record it."""
        document: JSON = {
            "event": event,
            "message": f"{event} in project {project.name}",
            "sent_at": timestamp(),
            "user": user_preview(),
            "project": project_json(project),
            **({"branch": {"name": branch}} if branch else {}),
            **payload,
        }
        body = json.dumps(document).encode()
        headers = {"Content-Type": "application/json", "User-Agent": "Phrase webhooks (phrase-strings fake)"}
        if webhook.secret:
            headers["X-PhraseApp-Signature"] = sign(body, webhook.secret)
        status = 0
        if self.deliver is not None:
            try:
                status = self.deliver(webhook.callback_url, headers, body)
            except Exception as error:  # the receiver's failure must not fail the API request that raised the event
                _log.warning(
                    "webhook delivery of %s to %s failed: %s", event, webhook.callback_url, type(error).__name__
                )
        delivery = WebhookDelivery(
            new_id("delivery"), webhook.id, event, webhook.callback_url, headers, body, status, timestamp()
        )
        with self.lock:
            self.deliveries.append(delivery)
        return delivery

    def new_branch(self, project: Project, name: str) -> Branch:
        """A branch holding a copy of the main content."""
        if not re.fullmatch(r"[\w.\-]+", name):
            raise invalid("Branch", "name", "may hold only letters, digits, '.', '-' and '_'")
        if name in project.branches:
            raise invalid("Branch", "name", "has already been taken")
        branch = Branch(name, project.content.copy())
        project.branches[name] = branch
        return branch

    def issue_token(self, note: str, scopes: list[str], expires_at: str | None) -> Authorization:
        """A new access token, accepted from now on."""
        authorization = Authorization(
            new_id("authorization"), new_id("token") + new_id("token"), note, scopes, expires_at
        )
        self.authorizations[authorization.id] = authorization
        if self.accepted_tokens is not None:
            self.accepted_tokens.add(authorization.token)
        return authorization


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON answer."""
    all_headers = {"Content-Type": "application/json; charset=utf-8", **(headers or {})}
    return Response(status, tuple(all_headers.items()), json.dumps(body).encode())


def empty_response(status: int = 204) -> Response:
    """An answer without a body."""
    return Response(status, (), b"")


def paginate(call: Call, items: list[JSON]) -> Response:
    """One page of ``items`` with ``Link`` (first/prev/next/last) and ``Pagination`` headers."""
    try:
        page = int(call.arg("page") or 1)
        per_page = min(int(call.arg("per_page") or 25), 100)
    except ValueError:
        raise APIError(400, "page and per_page must be whole numbers") from None
    if page < 1 or per_page < 1:
        raise APIError(400, "page and per_page start at 1")
    last = max(1, math.ceil(len(items) / per_page))
    base = [(k, v) for k, v in call.query_items if k not in ("page", "per_page")]
    url = call.request.base_url + call.request.path

    def link(number: int, rel: str) -> str:
        return f'<{url}?{urlencode([*base, ("page", number), ("per_page", per_page)])}>; rel="{rel}"'

    links = [link(1, "first")]
    if page > 1:
        links.append(link(page - 1, "prev"))
    if page < last:
        links.append(link(page + 1, "next"))
    links.append(link(last, "last"))
    counters = {
        "total_count": len(items),
        "total_pages_count": last,
        "current_page": page,
        "current_per_page": per_page,
        "previous_page": page - 1 if page > 1 else None,
        "next_page": page + 1 if page < last else None,
    }
    window = items[(page - 1) * per_page : page * per_page]
    return json_response(200, window, {"Link": ", ".join(links), "Pagination": json.dumps(counters)})
