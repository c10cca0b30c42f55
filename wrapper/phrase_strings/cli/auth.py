"""``phrase-strings auth …``: log in (create a token), status, log out."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``auth`` command group."""
    parser = commands.add_parser("auth", help="create, inspect and revoke access tokens")
    parser.add_subparsers(dest="auth_command", required=True)
