"""``phrase-strings webhooks listen``: a local receiver that verifies and prints webhook events.

    PHRASE_WEBHOOK_SECRET=... phrase-strings webhooks listen --port 8787

For development: it listens on 127.0.0.1 only (put a tunnel in front to let Phrase reach it), checks
each delivery's signature, prints one line per event (or its JSON with ``--json``) and answers as a
receiver should. The secret is read from ``PHRASE_WEBHOOK_SECRET`` unless ``--secret`` is given, and is
never printed, nor are signatures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import Any

from phrase_strings import ConfigurationError
from phrase_strings._loopback import LoopbackServer

__all__ = ["register", "run_listen"]

SECRET_ENV = "PHRASE_WEBHOOK_SECRET"  # noqa: S105 -- the name of the variable, not a secret
MAX_BODY = 10 * 1024 * 1024  # far above any event; a bound on what a stray client can make us hold
READ_TIMEOUT = 10.0  # seconds a client may take to send its request


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``webhooks`` command group."""
    parser = commands.add_parser("webhooks", help="receive Phrase webhook events locally")
    sub = parser.add_subparsers(dest="webhooks_command", required=True)
    listen = sub.add_parser("listen", help="verify and print the events POSTed to 127.0.0.1:PORT")
    listen.add_argument("--port", type=int, default=8787, help="port on 127.0.0.1; 0 picks a free one (default: 8787)")
    listen.add_argument("--secret", help=f"the webhook's verification token (default: ${SECRET_ENV})")
    listen.add_argument("--json", action="store_true", help="print each event's full payload as one JSON line")
    listen.add_argument("--count", type=int, metavar="N", help="stop after N accepted events")
    listen.set_defaults(run=run_listen)


def run_listen(args: argparse.Namespace) -> int:
    """Serve until interrupted, or until ``--count`` events have arrived."""
    from phrase_strings.webhooks import receive  # here, so other commands don't pay for the event models

    secret = args.secret or os.environ.get(SECRET_ENV, "")
    if not secret:
        raise ConfigurationError(f"no webhook secret: set {SECRET_ENV} or pass --secret")
    if args.count is not None and args.count < 1:
        raise ConfigurationError("--count must be at least 1")
    if not 0 <= args.port <= 65535:
        raise ConfigurationError(f"--port must be between 0 and 65535, not {args.port}")
    printing = threading.Lock()
    done = threading.Event()
    accepted = 0

    class Handler(BaseHTTPRequestHandler):
        timeout = READ_TIMEOUT

        def do_POST(self) -> None:
            nonlocal accepted
            try:
                length = int(self.headers.get("Content-Length", ""))
            except ValueError:
                self.send_error(HTTPStatus.LENGTH_REQUIRED)
                return
            if not 0 <= length <= MAX_BODY:
                self.send_error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
                return
            delivery = receive(self.headers.items(), self.rfile.read(length), secret=secret)
            self.send_response(delivery.status)
            self.send_header("Content-Length", "0")
            self.end_headers()
            with printing:
                if delivery.event is None:
                    print(f"refused ({delivery.status}): {delivery.error}", file=sys.stderr, flush=True)
                    return
                event = delivery.event
                if args.json:
                    print(json.dumps(event.to_dict(), ensure_ascii=False), flush=True)
                else:
                    sent = event.sent_at.isoformat() if event.sent_at else "-"
                    print(f"{sent}  {event.event}  {event.message}", flush=True)
                accepted += 1
                if args.count is not None and accepted >= args.count:
                    done.set()

        def log_message(self, format: str, *values: Any) -> None:
            """Quiet: the events themselves are the output."""

    try:
        server = LoopbackServer(args.port, Handler)
    except OSError as error:
        raise ConfigurationError(f"cannot listen on 127.0.0.1:{args.port}: {error.strerror or error}") from None
    print(f"Listening on http://127.0.0.1:{server.port}/ (Ctrl-C to stop)", flush=True)
    serving = threading.Thread(target=server.serve_forever, name="webhooks-listen", daemon=True)
    serving.start()
    try:
        done.wait()
    finally:
        server.shutdown()
        server.server_close()
    return 0
