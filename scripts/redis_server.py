"""A throwaway redis-server on 127.0.0.1 (Debian's ``redis-server``), for the shared-limiter tests and bench.

As a command, `python -m scripts.redis_server` serves until Ctrl-C and prints its URL.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scripts.mock_server import free_port, wait_for_port


def find_redis_server() -> str | None:
    """The redis-server (or valkey-server) executable, if installed."""
    return shutil.which("redis-server") or shutil.which("valkey-server")


class RedisProcess:
    """A running server: its URL, and `stop`/`start` to take it away and bring it back on the same port."""

    def __init__(self, executable: str, folder: Path) -> None:
        self.executable = executable
        self.folder = folder
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the server (no persistence, loopback only) and wait until it listens."""
        args = [self.executable, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        args += ["--dir", str(self.folder)]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_for_port(self.proc, self.port, 20, "redis-server")

    def stop(self) -> None:
        """Stop the server and wait for it to exit."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None


@contextmanager
def redis_server() -> Iterator[RedisProcess]:
    """Yield a started `RedisProcess`; stop it afterwards. Raises RuntimeError when none is installed."""
    executable = find_redis_server()
    if executable is None:
        raise RuntimeError("redis-server is missing: apt-get install -y redis-server")
    with tempfile.TemporaryDirectory(prefix="phrase-redis-") as folder:
        server = RedisProcess(executable, Path(folder))
        server.start()
        try:
            yield server
        finally:
            server.stop()


if __name__ == "__main__":
    with redis_server() as running:
        print(running.url, flush=True)
        try:
            assert running.proc is not None  # noqa: S101 - started above
            running.proc.wait()
        except KeyboardInterrupt:
            pass
