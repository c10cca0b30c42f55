"""A short tour of phrase-strings: authentication, a paged listing, a push, a pull and a handled error.

    python examples/tour.py          # against a local Prism mock of openapi.yaml: no credentials needed
    python examples/tour.py --live   # the read-only part against the real API, with PHRASE_ACCESS_TOKEN
                                     # (or .phrase.yml); it downloads into a temporary folder only

`nox -s demo` runs the first. Each step is a small function taking a client: copy the ones you need.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from phrase_strings import ConfigurationError, CredentialsNotFoundError, NotFoundError, Phrase, PhraseError, Progress

APP = "phrase-strings tour (https://github.com/phrase/phrase-strings)"


class Printer(Progress):
    """Prints one line per file as pull and push finish them."""

    def finish(self, item: str, outcome: str) -> None:
        """One file is done."""
        print(f"   - {item}: {outcome}")


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


def show_push(client: Phrase, project_id: str, folder: Path) -> None:
    """Upload one file per locale code, wait until the API has processed them, report the counts."""
    locale = next(iter(client.locales.list_all(project_id)))
    source = folder / "upload" / f"{locale.code}.yml"
    source.parent.mkdir(parents=True)
    source.write_text(f"{locale.code}:\n  checkout:\n    pay: Pay now\n", encoding="utf-8")
    print(f"3. Push {source.relative_to(folder)} as locale {locale.code}:")
    result = client.sync.push(
        folder / "upload" / "<locale_code>.yml", file_format="yml", project_id=project_id, progress=Printer()
    )
    print(f"   {result.keys_created} key(s) created, {result.translations_updated} translation(s) updated")


def show_pull(client: Phrase, project_id: str, folder: Path, limit: int | None = None) -> None:
    """Download locales (all, or the first few) into locales/<locale_code>.yml, in parallel."""
    codes = [str(loc.code) for loc in client.locales.list_all(project_id)][:limit]
    print(f"4. Pull {len(codes)} locale(s) into {folder / 'locales'}:")
    result = client.sync.pull(
        folder / "locales" / "<locale_code>.yml",
        file_format="yml",
        project_id=project_id,
        locales=codes,
        progress=Printer(),
    )
    print(f"   {result.downloaded} file(s) written, {result.bytes} bytes in all")


def show_errors(client: Phrase) -> None:
    """Errors are typed: an API answer (404) and bad input caught before anything is sent."""
    try:
        # "Prefer: code=404" makes the mock answer 404; the real API answers 404 by itself.
        client.http.get("/projects/no-such-project", headers={"Prefer": "code=404"})
    except NotFoundError as error:
        print(f"5. Handled {type(error).__name__} (status {error.status_code}): {error.message}")
    try:
        client.sync.pull("locales/<language>.yml", file_format="yml", project_id="any")
    except ConfigurationError as error:
        print(f"   and {type(error).__name__} before sending: {error}")


def tour_on_mock() -> None:
    """Start Prism on 127.0.0.1, run every step against it, stop it."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from scripts.mock_server import prism_mock  # the repository's helper, not part of the library

    spec = Path(__file__).resolve().parents[1] / "openapi.yaml"
    with prism_mock(spec) as url, tempfile.TemporaryDirectory() as tmp:
        print(f"Prism mock of openapi.yaml at {url}\n")
        with Phrase("demo-token-not-a-secret", base_url=url, app=APP, timeout=10) as client:
            show_auth(client)
            project = show_paging(client)
            show_push(client, project, Path(tmp))
            show_pull(client, project, Path(tmp))
            show_errors(client)
    print("\nMock stopped.")


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
        show_errors(client)


def main() -> int:
    """Run the tour; ``--live`` for the real API."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--live", action="store_true", help="read-only tour against the real API")
    args = parser.parse_args()
    try:
        tour_live() if args.live else tour_on_mock()
    except PhraseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
