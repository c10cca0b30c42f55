"""A recording fake of the parts of the Phrase API that push and pull use, on 127.0.0.1.

A threaded HTTP server answers canned JSON from an in-memory project (locales per branch,
branches, uploads, keys, downloads) and records every request (method, path, query pairs,
form fields or JSON body), so tests can compare what was sent with what phrase-cli sends.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs
from phrase_strings._loopback import LoopbackServer

# Phrase's answers always carry these; the client's models require them.
STAMPS = {"created_at": "2026-01-05T09:00:00Z", "updated_at": "2026-01-05T09:00:00Z"}

FORMATS = [
    {"name": "Ruby/Rails YAML", "api_name": "yml", "extension": "yml", "includes_locale_information": False},
    {"name": "Android Strings", "api_name": "xml", "extension": "xml", "includes_locale_information": False},
    {
        "name": "iOS Localizable Strings",
        "api_name": "strings",
        "extension": "strings",
        "includes_locale_information": False,
    },
    {"name": "i18next", "api_name": "i18next", "extension": "json", "includes_locale_information": False},
    {"name": "Chrome JSON", "api_name": "json", "extension": "json", "includes_locale_information": False},
    {"name": "Excel XLSX", "api_name": "xlsx", "extension": "xlsx", "includes_locale_information": True},
]


@attrs.define
class Seen:
    """One recorded request."""

    method: str
    path: str
    query: list[tuple[str, str]]
    form: list[tuple[str, str]] = attrs.field(factory=list)
    files: dict[str, bytes] = attrs.field(factory=dict)
    json: Any = None
    headers: dict[str, str] = attrs.field(factory=dict)

    @property
    def call(self) -> str:
        """``"GET /projects/p1/locales"`` (no query), for comparing the order of calls."""
        return f"{self.method} {self.path}"


def locale(code: str, name: str | None = None) -> dict[str, Any]:
    """A locale record with ID ``l-<code>``."""
    return {"id": f"l-{code}", "code": code, "name": name or code, "default": False, **STAMPS}


class FakePhrase:
    """State of the fake project(s) and the requests seen; start with `serve`."""

    def __init__(self, locales: dict[str, list[dict[str, Any]]] | None = None) -> None:
        # project ID -> locales of the main branch; branches share them until created.
        self.locales = locales or {"p1": [locale("en", "English"), locale("de", "German")]}
        self.branch_locales: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.branches: dict[tuple[str, str], int] = {}  # -> times shown since creation
        self.keys: list[dict[str, Any]] = []
        self.seen: list[Seen] = []
        self.break_next_download = False
        self.refuse_batches = False
        self.upload_ids = (f"up{n}" for n in itertools.count(1))
        self.download_ids = (f"dl{n}" for n in itertools.count(1))
        self.exports: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()
        self.url = ""

    # --- what tests read ---

    def calls(self, method: str | None = None) -> list[str]:
        """Calls in order (optionally of one method), without query strings."""
        return [s.call for s in self.seen if method is None or s.method == method]

    def requests(self, method: str, suffix: str) -> list[Seen]:
        """Requests of a method whose path ends with ``suffix``."""
        return [s for s in self.seen if s.method == method and s.path.endswith(suffix)]

    # --- answers ---

    def body_for(self, locale_id: str, query: list[tuple[str, str]]) -> bytes:
        """What a download returns: the locale and the query, so tests see which options arrived."""
        options = "&".join(f"{k}={v}" for k, v in query)
        return f"locale={locale_id}\n{options}\n".encode()

    def answer(self, seen: Seen) -> tuple[int, Any, dict[str, str]]:
        parts = seen.path.removeprefix("/v2").strip("/").split("/")
        query = dict(seen.query)
        if parts == ["formats"]:
            return 200, FORMATS, {}
        if parts[0] == "files":
            record = self.exports[parts[1]]
            return 200, self.body_for(record["locale"], record["query"]), {}
        project = parts[1]
        rest = parts[2:]
        branch = query.get("branch") or (seen.json or {}).get("branch") or dict(seen.form).get("branch")
        if rest == ["locales"] and seen.method == "GET":
            if branch and (project, branch) not in self.branches:
                return 404, {"message": "Not Found"}, {}
            return 200, self.branch_locales.get((project, branch or ""), self.locales[project]), {}
        if rest == ["locales"] and seen.method == "POST":
            record = locale(seen.json["code"], seen.json["name"])
            self.branch_locales.setdefault((project, branch or ""), list(self.locales[project])).append(record)
            return 201, record, {}
        if rest[:1] == ["branches"] and seen.method == "GET":
            key = (project, rest[1])
            if key not in self.branches:
                return 404, {"message": "Not Found"}, {}
            self.branches[key] += 1
            state = "creating" if self.branches[key] < 2 else "success"
            return 200, {"name": rest[1], "state": state, **STAMPS}, {}
        if rest == ["branches"] and seen.method == "POST":
            self.branches[project, seen.json["name"]] = 0
            return 201, {"name": seen.json["name"], "state": "creating", **STAMPS}, {}
        if rest == ["uploads"] and seen.method == "POST":
            upload_id = next(self.upload_ids)
            name = next(iter(seen.files), "file")
            return 201, {"id": upload_id, "state": "processing", "filename": name, **STAMPS}, {}
        if rest[:1] == ["uploads"] and seen.method == "GET":
            summary = {"translation_keys_created": 1, "translations_updated": 2}
            return 200, {"id": rest[1], "state": "success", "filename": "file", "summary": summary, **STAMPS}, {}
        if rest == ["upload_batches"] and self.refuse_batches:
            return 403, {"message": "upload batches are not enabled"}, {}
        if rest == ["upload_batches"]:
            batch = {"state": "started", "delete_unmentioned_keys": seen.json.get("delete_unmentioned_keys")}
            return 201, {**batch, **STAMPS}, {}
        if rest == ["keys"] and seen.method == "GET":
            return 200, self.keys, {}
        if rest == ["keys"] and seen.method == "DELETE":
            ids = query["q"].removeprefix("ids:").split(",")
            self.keys = [k for k in self.keys if k["id"] not in ids]
            return 200, {"records_affected": len(ids)}, {}
        if len(rest) == 3 and rest[0] == "locales" and rest[2] == "download":
            return 200, self.body_for(rest[1], seen.query), {"ETag": f'"{rest[1]}"'}
        if len(rest) == 3 and rest[0] == "locales" and rest[2] == "downloads":
            download_id = next(self.download_ids)
            params = sorted((k, str(v).lower() if isinstance(v, bool) else str(v)) for k, v in seen.json.items())
            self.exports[download_id] = {"locale": rest[1], "query": params, "polls": 0}
            return 201, {"id": download_id, "status": "processing", **STAMPS}, {}
        if len(rest) == 4 and rest[2] == "downloads":
            record = self.exports[rest[3]]
            record["polls"] += 1
            url = f"{self.url}/files/{rest[3]}"
            return 200, {"id": rest[3], "status": "completed", "result": {"url": url}, **STAMPS}, {}
        return 404, {"message": f"fake has no route for {seen.call}"}, {}


def _parse(handler: BaseHTTPRequestHandler, body: bytes) -> Seen:
    url = urlsplit(handler.path)
    seen = Seen(handler.command, url.path, parse_qsl(url.query, keep_blank_values=True))
    seen.headers = {k.lower(): v for k, v in handler.headers.items()}
    kind = handler.headers.get("content-type", "")
    if kind.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.default).parsebytes(
            f"Content-Type: {kind}\r\n\r\n".encode() + body
        )
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            if part.get_filename():
                seen.files[str(part.get_filename())] = payload
            else:
                seen.form.append((str(name), payload.decode()))
    elif kind.startswith("application/json") and body:
        seen.json = json.loads(body)
    return seen


def serve(fake: FakePhrase, tls: ssl.SSLContext | None = None) -> Iterator[FakePhrase]:
    """Run the fake on a free port of 127.0.0.1 until the generator is closed (a pytest fixture body).

    With ``tls`` it speaks HTTPS and its URL names ``localhost`` (the name its certificate has).
    """

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def handle_one(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            seen = _parse(self, self.rfile.read(length) if length else b"")
            with fake.lock:
                fake.seen.append(seen)
                status, payload, headers = fake.answer(seen)
                broken = fake.break_next_download and (seen.path.endswith("/download") or "/files/" in seen.path)
                if broken:
                    fake.break_next_download = False
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            self.send_response(status)
            kind = "application/octet-stream" if isinstance(payload, bytes) else "application/json"
            self.send_header("Content-Type", kind)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            if broken:
                self.send_header("Connection", "close")
            self.end_headers()
            if broken:  # half the body, then the connection goes away
                self.wfile.write(data[: len(data) // 2])
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            self.wfile.write(data)

        do_GET = do_POST = do_DELETE = do_PATCH = handle_one

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet."""

    server = LoopbackServer(0, Handler)
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
        fake.url = f"https://localhost:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
