"""Proxies and CA bundles from the environment, as plain httpx uses them (``trust_env``).

phrase-cli (Go's net/http) reads HTTP_PROXY, HTTPS_PROXY and NO_PROXY too. A forwarding proxy on
127.0.0.1 records what passes through it: absolute-form requests for http:// and CONNECT tunnels
for https://. The HTTPS fake has a certificate made here, trusted only through SSL_CERT_FILE.
"""

from __future__ import annotations

import http.client
import select
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import anyio
import pytest
from phrase_strings import APIConnectionError, AsyncPhrase, Phrase
from phrase_strings._loopback import LoopbackServer

from tests.cli_compat.conftest import TOKEN
from tests.cli_compat.fake_phrase import FakePhrase, serve


class Proxy:
    """A small forwarding proxy; ``lines`` are the request lines it received."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.url = ""


@pytest.fixture
def proxy() -> Iterator[Proxy]:
    record = Proxy()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def forward(self) -> None:
            record.lines.append(self.requestline)
            target = urlsplit(self.path)
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else None
            upstream = http.client.HTTPConnection(target.hostname or "", target.port, timeout=10)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("proxy-connection", "connection")}
            upstream.request(self.command, target.path + (f"?{target.query}" if target.query else ""), body, headers)
            answer = upstream.getresponse()
            data = answer.read()
            self.send_response(answer.status)
            for key, value in answer.getheaders():
                if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            upstream.close()

        def do_CONNECT(self) -> None:
            record.lines.append(self.requestline)
            host, port = self.path.rsplit(":", 1)
            upstream = socket.create_connection((host, int(port)), timeout=10)
            self.send_response(200, "Connection established")
            self.end_headers()
            sockets = [self.connection, upstream]
            while True:
                readable, _, _ = select.select(sockets, [], [], 10)
                if not readable:
                    break
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        upstream.close()
                        self.close_connection = True
                        return
                    (upstream if sock is self.connection else self.connection).sendall(data)

        do_GET = do_POST = do_DELETE = forward

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet."""

    server = LoopbackServer(0, Handler)
    record.url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield record
    server.shutdown()
    server.server_close()


def _locales(mode: str, base_url: str) -> list[str]:
    if mode == "sync":
        with Phrase(TOKEN, base_url=base_url, max_retries=0) as client:
            return [str(loc.code) for loc in client.locales.list("p1")]

    async def go() -> list[str]:
        async with AsyncPhrase(TOKEN, base_url=base_url, max_retries=0) as client:
            return [str(loc.code) for loc in await client.locales.list("p1")]

    return anyio.run(go)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_http_proxy_is_used_unless_no_proxy_exempts_the_host(
    mode: str, fake: FakePhrase, proxy: Proxy, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = fake.url.replace("127.0.0.1", "localhost") + "/v2"
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    assert _locales(mode, api) == ["en", "de"]
    assert proxy.lines == [f"GET {api}/projects/p1/locales HTTP/1.1"]
    monkeypatch.setenv("NO_PROXY", "localhost")
    assert _locales(mode, api) == ["en", "de"]
    assert len(proxy.lines) == 1
    assert len(fake.seen) == 2


@pytest.fixture
def certificate(tmp_path: Path) -> Path:
    """A self-signed certificate (and key) for localhost, made with openssl."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
        ],
        check=True,
        capture_output=True,
    )
    return cert


@pytest.fixture
def https_fake(certificate: Path) -> Iterator[FakePhrase]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate, certificate.with_name("key.pem"))
    yield from serve(FakePhrase(), tls=context)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_https_through_a_proxy_with_a_custom_ca_bundle(
    mode: str, https_fake: FakePhrase, proxy: Proxy, certificate: Path, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = f"{https_fake.url}/v2"
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    with pytest.raises(APIConnectionError):  # the certificate is not trusted yet
        _locales(mode, api)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate))
    assert _locales(mode, api) == ["en", "de"]
    port = api.split(":")[2].split("/")[0]
    assert proxy.lines == [f"CONNECT localhost:{port} HTTP/1.1"] * 2
    assert len(https_fake.seen) == 1
