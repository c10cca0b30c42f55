"""Developer sessions: unit, format, generate, lint, typecheck, tests, contract, upstream, bench, demo.

Every session installs what it needs, so each works on a fresh machine with Python (and npm where
Prism or Redocly run: lint, tests, contract, demo). ``nox -s unit`` is the fast loop without npm.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import nox

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
PYTHON_PATHS = ("wrapper", "tests", "scripts", "examples", "bench", "templates", "noxfile.py")
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "typecheck", "tests"]


def install(session: nox.Session) -> None:
    """The package (editable) and the ``dev`` dependency group of pyproject.toml."""
    session.install("-e", ".", *nox.project.dependency_groups(PYPROJECT, "dev"))


def debian_tools(session: nox.Session, *commands: tuple[str, str]) -> None:
    """Install the Debian package of each (command, package) whose command is missing: Redis, nginx."""
    missing = [
        package
        for command, package in commands
        if not (shutil.which(command) or os.access(f"/usr/sbin/{command}", os.X_OK))
    ]
    if not missing:
        return
    if os.geteuid() != 0:
        session.error(f"missing: install Debian's {' '.join(missing)} (apt-get install -y {' '.join(missing)})")
    session.run("apt-get", "update", "-qq", external=True)
    session.run("apt-get", "install", "-y", "-qq", *missing, external=True)


def node_tools(session: nox.Session) -> None:
    """Prism and Redocly, pinned in package-lock.json."""
    if not (ROOT / "node_modules" / ".bin" / "prism").exists():
        session.run("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", external=True)


@nox.session
def unit(session: nox.Session) -> None:
    """The fast loop: unit tests only, no npm, no mock server."""
    install(session)
    session.run("pytest", "tests/unit", *session.posargs)


@nox.session
def format(session: nox.Session) -> None:
    """Rewrite the blocking twins from the async code, then sort imports and format everything."""
    install(session)
    session.run("python", "scripts/unasync.py")
    session.run("ruff", "check", "--select", "I", "--fix", *PYTHON_PATHS)
    session.run("ruff", "format", *PYTHON_PATHS)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from openapi.yaml, generator-config.yml and templates/, then docs/api/."""
    install(session)
    session.run("python", "scripts/generate.py")
    session.run("python", "scripts/generate_webhooks.py")
    session.run("python", "scripts/cli_manifest.py")
    session.run("python", "scripts/fake_operations.py")
    session.run("python", "scripts/api_docs.py")


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff on our code; the blocking twins up to date; openapi-spec-validator and Redocly on the contract."""
    install(session)
    node_tools(session)
    session.run("ruff", "check", *PYTHON_PATHS)
    session.run("ruff", "format", "--check", *PYTHON_PATHS)
    session.run("python", "scripts/unasync.py", "--check")
    session.run("openapi-spec-validator", "openapi.yaml")
    session.run(
        "npx",
        "--no-install",
        "redocly",
        "lint",
        "openapi.yaml",
        "--format=summary",
        external=True,
        env={"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
    )


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on what we ship (wrapper, generated packages, examples) and on the tests and scripts."""
    install(session)
    session.run("mypy")
    session.run("mypy", "--strict", "examples")


@nox.session
def upstream(session: nox.Session) -> None:
    """Compare a published Phrase spec with openapi.yaml: `nox -s upstream -- PATH [--check]` (docs/upstream.md).

    Without PATH it compares the vendored reference, which must show nothing to take in.
    """
    session.install("pyyaml>=6")
    args = session.posargs or [str(ROOT / "reference" / "phrase-strings-v2.upstream-2026-07.json")]
    session.run("python", "scripts/upstream.py", *args)


@nox.session
def tests(session: nox.Session) -> None:
    """Unit, spec and generation tests, and the Prism checks of the contract."""
    install(session)
    node_tools(session)
    debian_tools(session, ("redis-server", "redis-server"))  # tests/ratelimit start a real Redis
    session.run("pytest", "--ignore=tests/contract", "--ignore=tests/property", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Every operation against Prism mocks of openapi.yaml and Phrase's published spec; model properties."""
    install(session)
    node_tools(session)
    session.run("pytest", "tests/contract", "tests/property", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: a tour of the client against the stateful fake API on 127.0.0.1 (``-- --live``: real API)."""
    session.install("-e", ".")
    session.run("python", "examples/tour.py", *session.posargs)


PHRASE_API = "phrase-api==3.31.0"  # the official client, only ever installed in the bench venv


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmark against raw httpx and phrase-api on loopback nginx (see docs/performance.md)."""
    debian_tools(session, ("nginx", "nginx-light"), ("redis-server", "redis-server"))
    session.install("-e", ".[redis]", PHRASE_API)
    session.run("python", "-m", "bench", *session.posargs)
