"""A Stoplight Prism mock of an OpenAPI document on 127.0.0.1, for tests and the demo.

As a command, `python scripts/mock_server.py [SPEC]` serves openapi.yaml until Ctrl-C.
"""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(proc: subprocess.Popen[bytes], port: int, timeout: float, name: str) -> None:
    """Return once ``proc`` listens on 127.0.0.1:``port``; raise if it exits or takes over ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise RuntimeError(f"{name} exited with {proc.returncode}: {err[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{name} did not listen on 127.0.0.1:{port} within {timeout}s") from None
            time.sleep(0.05)


@contextmanager
def prism_mock(spec: Path, *, dynamic: bool = False, timeout: float = 60.0) -> Iterator[str]:
    """Yield the base URL of a Prism mock of `spec`; stop it afterwards."""
    if not PRISM.exists():
        raise RuntimeError(f"Prism is not installed at {PRISM}: run `npm ci --ignore-scripts` first")
    port = free_port()
    cmd = [str(PRISM), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port), "-v", "error"]
    if dynamic:
        cmd.append("--dynamic")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_port(proc, port, timeout, "Prism")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def main() -> None:
    """Serve a spec in the foreground and print its address."""
    import sys

    spec = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "openapi.yaml"
    with prism_mock(spec) as url:
        print(f"Prism mock of {spec.name} at {url} (Ctrl-C stops it)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
