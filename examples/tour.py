"""A tour of phrase-strings: push real files, pull them back, a job, a signed webhook, a 429 handled.

    python examples/tour.py          # against the stateful fake (phrase_strings.testing) on 127.0.0.1
    python examples/tour.py --live   # the read-only part against the real API, with PHRASE_ACCESS_TOKEN
                                     # (or .phrase.yml); it downloads into a temporary folder only

`nox -s demo` runs the first: a real HTTP server on 127.0.0.1 that keeps what you upload, so every
count and file below is what the API answered. Each step is a small function taking a client: copy
the ones you need.
"""

from __future__ import annotations

import argparse
import base64
import difflib
import hashlib
import hmac
import json
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from phrase_strings import ConfigurationError, CredentialsNotFoundError, NotFoundError, Phrase, PhraseError, pull, push
from phrase_strings.testing import PhraseFake, post_webhook
from phrase_strings_api.models import (
    CompleteJobBody,
    CreateJobBody,
    CreateJobLocaleBody,
    CreateLocaleBody,
    CreateProjectBody,
    CreateWebhookBody,
    StartJobBody,
)

APP = "phrase-strings tour (https://github.com/phrase/phrase-strings)"
WEBHOOK_SECRET = "tour-webhook-secret"  # noqa: S105 - a demo value; real secrets come from your configuration

EN_YML = """\
# English: the source locale
en:
  checkout:
    pay: Pay now
    total: 'Total: %{amount}'
  home:
    title: Welcome back
"""
DE_JSON = """\
{
  "checkout": {
    "pay": "Jetzt bezahlen",
    "total": "Summe: %{amount}"
  },
  "home": {
    "title": "Willkommen zur\\u00fcck"
  }
}
"""


# --- steps shared by the local and the live tour ---


def show_auth(client: Phrase) -> None:
    """Who the credentials belong to, and where they came from (never the token itself)."""
    user = client.users.show_current()
    print(f"1. Authenticated as {user.name} <{user.email}> with {client.settings.auth!r}")
    print(f"   credentials from: {client.settings.credential_source}")


def show_paging(client: Phrase) -> str:
    """Walk the projects page by page (the Link header drives it); return a project to work with."""
    print("2. Projects, page by page:")
    first = None
    for page in client.projects.list_pages(per_page=25):
        names = ", ".join(str(p.name) for p in page.items[:5])
        left = client.rate_limit.remaining
        print(f"   page {page.number}: {len(page.items)} project(s) ({names}); requests left in window: {left}")
        first = first or (str(page.items[0].id) if page.items else None)
        if page.number >= 3:
            break  # stopping the loop stops the fetching
    project = client.project_id or first
    if project is None:
        raise SystemExit("This account has no projects to show.")
    return project


def show_pull(client: Phrase, project_id: str, folder: Path, limit: int | None = None) -> None:
    """Download locales (all, or the first few) into locales/<locale_code>.yml, in parallel."""
    codes = [str(loc.code) for loc in client.locales.list_all(project_id)][:limit]
    print(f"4. Pull {len(codes)} locale(s) into {folder / 'locales'}:")
    result = client.sync.pull(
        folder / "locales" / "<locale_code>.yml",
        file_format="yml",
        project_id=project_id,
        locales=codes,
    )
    print(f"   {result.downloaded} file(s) written, {result.bytes} bytes in all")


def show_errors(client: Phrase, step: int) -> None:
    """Errors are typed: an API answer (404) and bad input caught before anything is sent."""
    try:
        client.projects.show("no-such-project")
    except NotFoundError as error:
        print(f"{step}. Handled {type(error).__name__} (status {error.status_code}): {error.message}")
    try:
        client.sync.pull("locales/<language>.yml", file_format="yml", project_id="any")
    except ConfigurationError as error:
        print(f"   and {type(error).__name__} before sending: {error}")


# --- steps of the local tour ---


def create_project(client: Phrase) -> str:
    """A project with an English source locale and German."""
    project = client.projects.create(body=CreateProjectBody(name="Tour", main_format="yml"))
    client.locales.create(str(project.id), body=CreateLocaleBody(name="English", code="en", default=True))
    client.locales.create(str(project.id), body=CreateLocaleBody(name="German", code="de"))
    return str(project.id)


def subscribe(client: Phrase, project_id: str, callback_url: str) -> None:
    """A webhook for uploads and jobs, signed with a secret."""
    client.webhooks.create(
        project_id,
        body=CreateWebhookBody(
            callback_url=callback_url,
            secret=WEBHOOK_SECRET,
            events="uploads:create,jobs:start,jobs:complete",
        ),
    )


def push_two_formats(client: Phrase, project_id: str, folder: Path) -> None:
    """English as Rails YAML, German as nested JSON; the counts are the API's upload summaries."""
    source = folder / "source"
    source.mkdir()
    (source / "en.yml").write_text(EN_YML, encoding="utf-8")
    (source / "de.json").write_text(DE_JSON, encoding="utf-8")
    print("3. Push source/en.yml (yml) and source/de.json (nested_json):")
    for pattern, file_format in (("<locale_code>.yml", "yml"), ("<locale_code>.json", "nested_json")):
        result = push(client, source / pattern, file_format=file_format, project_id=project_id)
        counts = result.counts
        print(
            f"   {file_format}: {counts.get('translation_keys_created', 0)} key(s) created, "
            f"{counts.get('translations_created', 0)} translation(s) created, "
            f"{counts.get('translations_updated', 0)} updated"
        )
    for locale in client.locales.list_all(project_id):
        stats = client.locales.show(project_id, str(locale.id)).statistics
        done = stats.translations_completed_count if stats else "?"
        total = stats.keys_total_count if stats else "?"
        print(f"   {locale.code}: {done} of {total} keys translated")


def pull_and_diff(client: Phrase, project_id: str, folder: Path) -> None:
    """Pull as iOS .strings (another format), then as the source formats to diff against what was pushed."""
    print("4. Pull every locale as iOS .strings:")
    pull(client, folder / "ios" / "<locale_code>.strings", file_format="strings", project_id=project_id)
    for line in (folder / "ios" / "de.strings").read_text(encoding="utf-8").splitlines():
        print(f"   de.strings | {line}")
    pull(client, folder / "back" / "<locale_code>.yml", file_format="yml", project_id=project_id, locales=["en"])
    pull(
        client, folder / "back" / "<locale_code>.json", file_format="nested_json", project_id=project_id, locales=["de"]
    )
    print("   Round trip, pushed -> pulled (what changed on the way through the API):")
    for name in ("en.yml", "de.json"):
        before = (folder / "source" / name).read_text(encoding="utf-8").splitlines()
        after = (folder / "back" / name).read_text(encoding="utf-8").splitlines()
        diff = list(difflib.unified_diff(before, after, f"pushed/{name}", f"pulled/{name}", lineterm="", n=0))
        for line in diff or [f"{name}: identical"]:
            print(f"   {line}")


def run_job(client: Phrase, project_id: str) -> None:
    """A translation job for the checkout keys in German: draft -> in_progress -> completed."""
    keys = [str(key.id) for key in client.keys.list_all(project_id, q="checkout")]
    job = client.jobs.create(project_id, body=CreateJobBody(name="Checkout copy", translation_key_ids=keys))
    client.job_locales.create(project_id, str(job.id), body=CreateJobLocaleBody(locale_id="de"))
    started = client.jobs.start(project_id, str(job.id), body=StartJobBody())
    done = client.jobs.complete(project_id, str(job.id), body=CompleteJobBody())
    print(f"5. Job {job.name!r}: {job.state} -> {started.state} -> {done.state}, {len(keys)} key(s), locale de")


class WebhookReceiver:
    """A local endpoint that checks each delivery's X-PhraseApp-Signature, as a real receiver must."""

    def __init__(self) -> None:
        self.received: list[tuple[str, bool]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                digest = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).digest()
                valid = hmac.compare_digest(
                    base64.b64encode(digest).decode(), self.headers.get("X-PhraseApp-Signature", "")
                )
                event = str(json.loads(body)["event"])
                receiver.received.append((event, valid))
                self.send_response(200 if valid else 401)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                """Quiet."""

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/phrase-events"

    @contextmanager
    def running(self) -> Iterator[WebhookReceiver]:
        """Serve in a thread while the block runs."""
        thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.server.shutdown()
            self.server.server_close()


def show_webhooks(client: Phrase, project_id: str, receiver: WebhookReceiver) -> None:
    """What the receiver got and whether each signature matched; then the API's own delivery log."""
    print(f"6. Webhook deliveries to {receiver.url}:")
    for event, valid in receiver.received:
        print(f"   {event}: signature {'verified' if valid else 'INVALID'}")
    for hook in client.webhooks.list_all(project_id):
        statuses = [d.response_status_code for d in client.webhook_deliveries.list(project_id, str(hook.id))]
        print(f"   the API's delivery log for webhook {str(hook.id)[:8]}…: receiver answered {statuses}")


def show_rate_limit(fake: PhraseFake, url: str) -> None:
    """Another client of the same account meets a spent window: the 429 is waited out, not raised."""
    fake.set_rate_limit(3, 3.0)
    with Phrase("tour-token-not-a-secret", base_url=url, app=APP, timeout=10) as pacing:
        for _ in range(3):
            pacing.users.show_current()  # uses up the window; this client knows and would pace itself
    with Phrase("tour-token-not-a-secret", base_url=url, app=APP, timeout=10) as other:
        before = sum(r.status == 429 for r in fake.requests)
        other.users.show_current()
        met = sum(r.status == 429 for r in fake.requests) - before
    print(f"7. Rate limit of 3 per 3 s: a fresh client met {met} x 429, waited for the window, and got its answer")
    fake.set_rate_limit(1000, 300.0)


def tour_on_fake() -> None:
    """Start the fake API and a webhook receiver on 127.0.0.1, run every step against them, stop them."""
    fake = PhraseFake(deliver=post_webhook)
    receiver = WebhookReceiver()
    with fake.server() as server, receiver.running(), tempfile.TemporaryDirectory() as tmp:
        print(f"Phrase fake (phrase_strings.testing) at {server.url}\n")
        with Phrase("tour-token-not-a-secret", base_url=server.url, app=APP, timeout=10) as client:
            project_id = create_project(client)
            subscribe(client, project_id, receiver.url)
            show_auth(client)
            show_paging(client)
            push_two_formats(client, project_id, Path(tmp))
            pull_and_diff(client, project_id, Path(tmp))
            run_job(client, project_id)
            show_webhooks(client, project_id, receiver)
            show_rate_limit(fake, server.url)
            show_errors(client, 8)
        print(f"\n{len(fake.requests)} requests answered; fake stopped.")


def tour_live() -> None:
    """The read-only steps against the real API, with credentials from the environment or .phrase.yml."""
    try:
        client = Phrase(app=APP)
    except CredentialsNotFoundError as error:
        raise SystemExit(f"--live needs credentials.\n{error}") from None
    with client, tempfile.TemporaryDirectory() as tmp:
        print(f"Live API at {client.settings.base_url} (read-only)\n")
        show_auth(client)
        project = show_paging(client)
        print("3. Push: skipped (the live tour only reads)")
        show_pull(client, project, Path(tmp), limit=3)
        show_errors(client, 5)


def main() -> int:
    """Run the tour; ``--live`` for the real API."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--live", action="store_true", help="read-only tour against the real API")
    args = parser.parse_args()
    try:
        tour_live() if args.live else tour_on_fake()
    except PhraseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
