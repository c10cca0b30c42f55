"""``phrase-strings fake serve``: the stateful fake of the API (`phrase_strings.testing`) as a local HTTP server."""

from __future__ import annotations

import argparse
import sys

from ..testing import PhraseFake, post_webhook

__all__ = ["register", "run_serve"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``fake`` command group."""
    parser = commands.add_parser("fake", help="a local, in-memory Phrase API for tests and demos")
    sub = parser.add_subparsers(dest="fake_command", required=True)
    serve = sub.add_parser("serve", help="serve the fake on 127.0.0.1 until interrupted")
    serve.add_argument("--port", type=int, default=0, help="port to listen on (default: any free port)")
    serve.add_argument("--token", action="append", dest="tokens", help="accept only this token; repeat (default: any)")
    serve.add_argument("--password", help="password email + password logins must send (default: any)")
    serve.add_argument("--otp", help="one-time password email + password logins must send (challenged without)")
    serve.add_argument("--rate-limit", type=int, default=1000, help="requests per window (default: %(default)s)")
    serve.add_argument("--rate-window", type=float, default=300.0, help="window in seconds (default: %(default)s)")
    serve.add_argument("--project", action="append", default=[], metavar="NAME", help="create a project; repeat")
    serve.add_argument("--locales", default="en", help="comma-separated locale codes of --project (default: en)")
    serve.add_argument("--no-webhooks", action="store_true", help="record webhook events without POSTing them")
    serve.set_defaults(run=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    """Serve until Ctrl-C; print the base URL and the IDs of the projects created."""
    fake = PhraseFake(
        tokens=args.tokens,
        password=args.password,
        otp=args.otp,
        rate_limit=args.rate_limit,
        rate_window=args.rate_window,
        deliver=None if args.no_webhooks else post_webhook,
    )
    locales = [code.strip() for code in args.locales.split(",") if code.strip()]
    projects = [(name, fake.create_project(name, locales)) for name in args.project]
    server = fake.server(args.port)
    print(f"Phrase fake at {server.url} (Ctrl-C stops it)", flush=True)
    for name, project_id in projects:
        print(f"project {name!r}: {project_id}", flush=True)
    print(f"clients: base_url={server.url}; phrase-cli: `host: {server.url}` in .phrase.yml", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.stop()
    return 0
