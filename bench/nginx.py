"""nginx on 127.0.0.1 serving the canned answers, configured in a temporary directory.

nginx answers a static file in a few microseconds, so what the benchmark measures is the
client, not the server. One worker process leaves the other core to the client.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scripts.mock_server import free_port, wait_for_port

from . import fixtures

NGINX_CANDIDATES = ("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx")


def find_nginx() -> str | None:
    """The nginx binary, if installed (Debian puts it in /usr/sbin, often not on PATH)."""
    found = shutil.which("nginx")
    if found:
        return found
    return next((path for path in NGINX_CANDIDATES if os.access(path, os.X_OK)), None)


def _rate_headers(reset_at: int) -> str:
    # Values as a fresh window would show them; the wrapper records them on every answer.
    return (
        "add_header X-Rate-Limit-Limit 1000 always;\n"
        "      add_header X-Rate-Limit-Remaining 999 always;\n"
        f"      add_header X-Rate-Limit-Reset {reset_at} always;\n"
    )


def _page_maps(var: str, url: str, last: int) -> str:
    """Maps from ``?page=`` to the page file and to its Link header (nginx has no arithmetic)."""
    files = ['    "" 1;', *(f'    "{n}" {n};' for n in range(1, last + 1))]
    links = [f"    {n} '{fixtures.link_header(url, n, last)}';" for n in range(1, last + 1)]
    return (
        f"  map $arg_page ${var}_page {{\n    default none;\n" + "\n".join(files) + "\n  }\n"
        f"  map ${var}_page ${var}_link {{\n    default '';\n" + "\n".join(links) + "\n  }\n"
    )


def config(root: Path, port: int, reset_at: int) -> str:
    """The whole nginx.conf for serving ``root/www`` on ``port``."""
    base = f"http://127.0.0.1:{port}/v2/projects/{fixtures.PROJECT_ID}"
    rate = _rate_headers(reset_at)
    temp = root / "tmp"
    user = "user root root;\n" if os.geteuid() == 0 else ""
    return f"""\
{user}worker_processes 1;
daemon off;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 512; }}
http {{
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 300s;
  keepalive_requests 1000000;
  server_tokens off;
  client_body_temp_path {temp}/body;
  proxy_temp_path {temp}/proxy;
  fastcgi_temp_path {temp}/fastcgi;
  uwsgi_temp_path {temp}/uwsgi;
  scgi_temp_path {temp}/scgi;
  types {{ application/json json; application/octet-stream bin; }}
  default_type application/octet-stream;
  charset utf-8;
  charset_types application/json;
{_page_maps("keys", base + "/keys", fixtures.KEY_PAGES)}\
{_page_maps("tr", base + "/translations", fixtures.TRANSLATION_PAGES)}\
  server {{
    listen 127.0.0.1:{port} reuseport backlog=512;
    root {root}/www;
    location = /v2/projects/{fixtures.PROJECT_ID} {{
      {rate}      try_files /project.json =404;
    }}
    location = /v2/projects/{fixtures.PROJECT_ID}/keys {{
      {rate}      add_header Link $keys_link always;
      try_files /keys/$keys_page.json /empty.json =404;
    }}
    location = /v2/projects/{fixtures.PROJECT_ID}/translations {{
      {rate}      add_header Link $tr_link always;
      try_files /translations/$tr_page.json /empty.json =404;
    }}
    location = /v2/{fixtures.DOWNLOAD_NAME} {{
      {rate}      try_files /{fixtures.DOWNLOAD_NAME} =404;
    }}
    location ~ ^/v2/projects/{fixtures.PROJECT_ID}/locales/[^/]+/download$ {{
      {rate}      try_files /{fixtures.DOWNLOAD_NAME} =404;
    }}
    location / {{
      default_type application/json;
      return 404 '{{"message":"Not Found"}}';
    }}
  }}
}}
"""


@contextmanager
def serve(workdir: Path, download_mb: int, timeout: float = 20.0) -> Iterator[tuple[str, dict[str, int]]]:
    """Write the canned answers and a config under ``workdir``, run nginx, yield its ``/v2`` base URL."""
    binary = find_nginx()
    if binary is None:
        raise RuntimeError("nginx not found; install it with `apt-get install -y nginx-light`")
    sizes = fixtures.write_tree(workdir / "www", download_mb)
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (workdir / "tmp" / sub).mkdir(parents=True, exist_ok=True)
    port = free_port()
    conf = workdir / "nginx.conf"
    conf.write_text(config(workdir, port, reset_at=int(time.time()) + 300))
    proc = subprocess.Popen(  # noqa: S603 - our own config, a fixed binary
        [binary, "-c", str(conf), "-p", str(workdir), "-e", str(workdir / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(proc, port, timeout, "nginx")
        yield f"http://127.0.0.1:{port}/v2", sizes
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
