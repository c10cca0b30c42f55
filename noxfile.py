"""Developer sessions: generate, lint, typecheck, tests, contract, bench, demo.

Every session installs what it needs, so each works on a fresh machine with Python and npm.
"""

from __future__ import annotations

from pathlib import Path

import nox

ROOT = Path(__file__).parent
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "typecheck", "tests"]


def install(session: nox.Session) -> None:
    session.install("-e", ".[dev]")


def node_tools(session: nox.Session) -> None:
    """Prism and Redocly, pinned in package-lock.json."""
    if not (ROOT / "node_modules" / ".bin" / "prism").exists():
        session.run("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", external=True)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from openapi.yaml, generator-config.yml and templates/, then docs/api/."""
    install(session)
    session.run("python", "scripts/generate.py")
    session.run("python", "scripts/api_docs.py")


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff on our code; openapi-spec-validator and Redocly on the contract."""
    install(session)
    node_tools(session)
    code = ("wrapper", "tests", "scripts", "examples", "bench", "templates", "noxfile.py")
    session.run("ruff", "check", *code)
    session.run("ruff", "format", "--check", *code)
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
    """mypy --strict on the wrapper (and, through its imports, the generated package)."""
    install(session)
    session.run("mypy")


@nox.session
def tests(session: nox.Session) -> None:
    """Unit, spec and generation tests, and the Prism checks of the contract."""
    install(session)
    node_tools(session)
    session.run("pytest", "--ignore=tests/contract", "--ignore=tests/property", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Every operation against Prism mocks of openapi.yaml and Phrase's published spec; model properties."""
    install(session)
    node_tools(session)
    session.run("pytest", "tests/contract", "tests/property", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: a tour of the client against a local mock of the API."""
    install(session)
    node_tools(session)
    session.run("python", "examples/tour.py", *session.posargs)


PHRASE_API = "phrase-api==3.31.0"  # the official client, only ever installed in the bench venv


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmark against raw httpx and phrase-api on loopback nginx (see docs/performance.md)."""
    import os
    import shutil

    if not (shutil.which("nginx") or os.access("/usr/sbin/nginx", os.X_OK)):
        if os.geteuid() != 0:
            session.error("nginx is missing: install Debian's nginx-light (apt-get install -y nginx-light)")
        session.run("apt-get", "update", "-qq", external=True)
        session.run("apt-get", "install", "-y", "-qq", "nginx-light", external=True)
    session.install("-e", ".", PHRASE_API)
    session.run("python", "-m", "bench", *session.posargs)
