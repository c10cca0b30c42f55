"""The fake through both clients (each test runs on `Phrase` and on `AsyncPhrase`), checked against the spec."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
from collections.abc import Mapping
from typing import Any

import pytest
from phrase_strings import NotFound, RateLimited, ServerError, Unauthorized, ValidationFailed
from phrase_strings.testing import PhraseFake
from phrase_strings.webhooks import verify_signature
from phrase_strings_api.models import (
    AddJobKeysBody,
    CompleteJobBody,
    CreateAuthorizationBody,
    CreateBranchBody,
    CreateJobBody,
    CreateJobLocaleBody,
    CreateKeyBody,
    CreateUploadBatchBody,
    CreateUploadBody,
    CreateWebhookBody,
    MergeBranchBody,
    SearchKeysBody,
    StartJobBody,
)
from phrase_strings_api.types import File

from .conftest import checked_fake, client_for, collect

pytestmark = pytest.mark.anyio

EN_YML = b"""en:
  home:
    title: Welcome  # a comment
    body: 'It''s here'
  checkout:
    pay: "Pay \\u20ac5"
"""
DE_JSON = json.dumps({"home": {"title": "Willkommen", "body": "Hier"}, "checkout": {"pay": "Zahle 5 \u20ac"}}).encode()


async def upload(client: Any, project_id: str, data: bytes, file_format: str, locale: str, **options: Any) -> Any:
    body = CreateUploadBody(
        file=File(payload=io.BytesIO(data), file_name=f"{locale}.{file_format}"),
        file_format=file_format,
        locale_id=locale,
        **options,
    )
    return await client.uploads.create(project_id, body=body)


async def download(client: Any, project_id: str, locale: str, file_format: str, **options: Any) -> bytes:
    file = await client.locales.download(project_id, locale, file_format=file_format, **options)
    data: bytes = file.payload.read()
    return data


async def test_upload_counts_and_round_trip_into_another_format(fake: PhraseFake, kind: str) -> None:
    project_id = fake.create_project("App", ["en", "de"])
    async with client_for(kind, fake) as client:
        first = await upload(client, project_id, EN_YML, "yml", "en")
        assert first.state == "success"
        summary = first.summary.to_dict()
        assert summary["translation_keys_created"] == 3
        assert summary["translations_created"] == 3
        second = await upload(client, project_id, DE_JSON, "nested_json", "de")
        assert second.summary.to_dict()["translation_keys_created"] == 0
        assert second.summary.to_dict()["translations_created"] == 3
        strings = (await download(client, project_id, "de", "strings")).decode()
        yml = (await download(client, project_id, "en", "yml")).decode()
    assert '"home.title" = "Willkommen";' in strings
    assert '"checkout.pay" = "Zahle 5 \u20ac";' in strings
    assert fake.translations(project_id, "en") == {
        "home.title": "Welcome",
        "home.body": "It's here",
        "checkout.pay": "Pay \u20ac5",
    }
    assert yml.startswith("en:\n")
    assert '    body: "It\'s here"' in yml


async def test_existing_translations_change_only_with_update_translations(fake: PhraseFake, kind: str) -> None:
    project_id = fake.create_project("App", ["en", "de"])
    async with client_for(kind, fake) as client:
        await upload(client, project_id, b'{"a": "one", "b": "two"}', "simple_json", "en")
        await upload(client, project_id, b'{"a": "eins"}', "simple_json", "de")
        kept = await upload(client, project_id, b'{"a": "ONE"}', "simple_json", "en")
        assert kept.summary.to_dict()["translations_updated"] == 0
        assert fake.translations(project_id, "en")["a"] == "one"
        changed = await upload(client, project_id, b'{"a": "ONE"}', "simple_json", "en", update_translations=True)
        assert changed.summary.to_dict()["translations_updated"] == 1
        assert changed.summary.to_dict()["translation_keys_updated"] == 1
        unverified = await collect(client.translations.list_all(project_id, q="unverified:true"))
    assert fake.translations(project_id, "en")["a"] == "ONE"
    # A changed source text unverifies the other locales' translations of that key.
    assert [(t.key.name, t.locale.code) for t in unverified] == [("a", "de")]


async def test_upload_tags_and_delete_unmentioned_keys_through_a_batch(fake: PhraseFake, kind: str) -> None:
    project_id = fake.create_project("App", ["en"])
    async with client_for(kind, fake) as client:
        await upload(client, project_id, b'{"old": "x", "keep": "y"}', "simple_json", "en")
        latest = await upload(client, project_id, b'{"keep": "y", "new": "z"}', "simple_json", "en", tags="release")
        assert latest.summary.to_dict()["translation_keys_unmentioned"] == 1
        assert fake.key_tags(project_id)["new"] == sorted(["release", str(latest.tag)])
        batch = await client.upload_batches.create(
            project_id, body=CreateUploadBatchBody(upload_ids=[latest.id], delete_unmentioned_keys=True)
        )
        keys = await collect(client.keys.list_all(project_id))
        tagged = await client.keys.list(project_id, q="tags:release")
    assert batch.state == "done"
    assert sorted(k.name for k in keys) == ["keep", "new"]
    assert sorted(k.name for k in tagged) == ["keep", "new"]


FORMAT_SAMPLES = {
    "yml": b'en:\n  a:\n    b: "x \\"q\\""\n  c: |\n    two\n    lines\n',
    "yml_symfony": b'a:\n  b: \'x "q"\'\nc: "two\\nlines\\n"\n',
    "simple_json": json.dumps({"a.b": 'x "q"', "c": "two\nlines\n"}).encode(),
    "nested_json": json.dumps({"a": {"b": 'x "q"'}, "c": "two\nlines\n"}).encode(),
    "i18next": json.dumps({"a": {"b": 'x "q"'}, "c": "two\nlines\n"}).encode(),
    "xml": b'<?xml version="1.0"?>\n<resources>\n  <string name="a.b">x \\"q\\"</string>\n'
    b'  <string name="c">two\\nlines\\n</string>\n</resources>\n',
    "strings": b'/* note */\n"a.b" = "x \\"q\\"";\n// other\n"c" = "two\\nlines\\n";\n',
    "csv": b'key_name,en\na.b,"x ""q"""\nc,"two\nlines\n"\n',
}


@pytest.mark.parametrize("file_format", sorted(FORMAT_SAMPLES))
async def test_each_format_is_read_and_written_back_the_same(fake: PhraseFake, kind: str, file_format: str) -> None:
    project_id = fake.create_project("App", ["en"])
    async with client_for(kind, fake) as client:
        await upload(client, project_id, FORMAT_SAMPLES[file_format], file_format, "en")
        assert fake.translations(project_id, "en") == {"a.b": 'x "q"', "c": "two\nlines\n"}
        written = await download(client, project_id, "en", file_format)
        fake_two = PhraseFake()
        other = fake_two.create_project("Copy", ["en"])
    async with client_for(kind, fake_two) as client:
        await upload(client, other, written, file_format, "en")
    assert fake_two.translations(other, "en") == fake.translations(project_id, "en")


async def test_csv_columns_fill_several_locales(fake: PhraseFake, kind: str) -> None:
    project_id = fake.create_project("App", ["en", "de"])
    async with client_for(kind, fake) as client:
        result = await upload(client, project_id, b"key_name,en,de,fr\nhi,Hello,Hallo,Salut\n", "csv", "en")
    assert result.summary.to_dict()["locales_created"] == 1
    assert fake.translations(project_id, "de") == {"hi": "Hallo"}
    assert fake.translations(project_id, "fr") == {"hi": "Salut"}


async def test_csv_locale_mapping_picks_columns_by_number(fake: PhraseFake, kind: str) -> None:
    from phrase_strings_api.models import CreateUploadBodyLocaleMapping

    project_id = fake.create_project("App", ["en", "de"])
    mapping = CreateUploadBodyLocaleMapping()
    mapping.additional_properties = {"de": 3}
    async with client_for(kind, fake) as client:
        await upload(client, project_id, b"id,English,Deutsch\nhi,Hello,Hallo\n", "csv", "en", locale_mapping=mapping)
    assert fake.translations(project_id, "de") == {"hi": "Hallo"}


async def test_a_broken_file_is_refused_with_the_reason(fake: PhraseFake, kind: str) -> None:
    project_id = fake.create_project("App", ["en"])
    async with client_for(kind, fake) as client:
        with pytest.raises(ValidationFailed, match="YAML line 2"):
            await upload(client, project_id, b"en:\n  - a list\n", "yml", "en")
        with pytest.raises(ServerError, match=r"create_upload.*format_options"):
            await upload(client, project_id, b"{}", "simple_json", "en", format_options=_format_options())


def _format_options() -> Any:
    from phrase_strings_api.models import CreateUploadBodyFormatOptions

    options = CreateUploadBodyFormatOptions()
    options.additional_properties = {"enable_pluralization": True}
    return options


async def test_download_options_tags_empty_unverified_and_fallback(fake: PhraseFake, kind: str) -> None:
    project_id = fake.create_project("App", ["en", "de"])
    async with client_for(kind, fake) as client:
        await upload(client, project_id, b'{"a": "A", "b": "B", "c": "C"}', "simple_json", "en")
        await upload(client, project_id, b'{"a": "a-de"}', "simple_json", "de", tags="german")
        await upload(client, project_id, b'{"a": "A2"}', "simple_json", "en", update_translations=True)
        plain = json.loads(await download(client, project_id, "de", "simple_json"))
        verified_only = json.loads(
            await download(client, project_id, "de", "simple_json", include_unverified_translations=False)
        )
        empty = json.loads(await download(client, project_id, "de", "simple_json", include_empty_translations=True))
        fallback = json.loads(await download(client, project_id, "de", "simple_json", fallback_locale_id="en"))
        tagged = json.loads(await download(client, project_id, "en", "simple_json", tags="german"))
    assert plain == {"a": "a-de"}
    assert verified_only == {}
    assert empty == {"a": "a-de", "b": "", "c": ""}
    assert fallback == {"a": "a-de", "b": "B", "c": "C"}
    assert tagged == {"a": "A2"}


async def test_key_search_filters_and_unknown_qualifiers(fake: PhraseFake, kind: str) -> None:
    project_id = fake.create_project("App", ["en", "de"])
    async with client_for(kind, fake) as client:
        await upload(client, project_id, EN_YML, "yml", "en", tags="web")
        await upload(client, project_id, b'{"home.title": "Hallo"}', "simple_json", "de")
        words = await client.keys.list(project_id, q="home")
        exact = await client.keys.list(project_id, q="name:checkout.pay")
        untranslated = await client.keys.list(project_id, q="translated:false", locale_id="de")
        searched = await client.keys.search(project_id, body=SearchKeysBody(q="tags:web title"))
        with pytest.raises(ServerError, match=r"list_keys.*updated_at:"):
            await client.keys.list(project_id, q="updated_at:>=2020-01-01")
    assert sorted(k.name for k in words) == ["home.body", "home.title"]
    assert [k.name for k in exact] == ["checkout.pay"]
    assert sorted(k.name for k in untranslated) == ["checkout.pay", "home.body"]
    assert [k.name for k in searched] == ["home.title"]


async def test_pages_follow_link_headers(fake: PhraseFake, kind: str) -> None:
    project_id = fake.create_project("App", ["en"])
    body = json.dumps({f"k{n:03}": str(n) for n in range(130)}).encode()
    async with client_for(kind, fake) as client:
        await upload(client, project_id, body, "simple_json", "en")
        pages = await collect(client.keys.list_pages(project_id))
        first = await client.keys.list(project_id, page=2, per_page=50)
        concurrent = await collect(client.keys.list_all(project_id, concurrent=True))
    assert [k.name for k in concurrent] == [f"k{n:03}" for n in range(130)]
    assert [len(page.items) for page in pages] == [100, 30]
    assert [k.name for k in first][:2] == ["k050", "k051"]
    assert 'rel="last"' in pages[0].headers["link"]
    assert json.loads(pages[0].headers["pagination"])["total_count"] == 130


async def test_branches_keep_changes_apart_until_merged(fake: PhraseFake, kind: str) -> None:
    project_id = fake.create_project("App", ["en"])
    async with client_for(kind, fake) as client:
        await upload(client, project_id, b'{"a": "main"}', "simple_json", "en")
        await client.branches.create(project_id, body=CreateBranchBody(name="feature"))
        await upload(
            client,
            project_id,
            b'{"a": "branch", "b": "new"}',
            "simple_json",
            "en",
            branch="feature",
            update_translations=True,
        )
        on_main = json.loads(await download(client, project_id, "en", "simple_json"))
        on_branch = json.loads(await download(client, project_id, "en", "simple_json", branch="feature"))
        await client.branches.merge(project_id, "feature", body=MergeBranchBody())
        merged = json.loads(await download(client, project_id, "en", "simple_json"))
        with pytest.raises(NotFound, match="Branch 'nope'"):
            await client.keys.list(project_id, branch="nope")
    assert on_main == {"a": "main"}
    assert on_branch == {"a": "branch", "b": "new"}
    assert merged == on_branch


async def test_a_job_runs_from_draft_to_completed(fake: PhraseFake, kind: str) -> None:
    project_id = fake.create_project("App", ["en", "de"])
    async with client_for(kind, fake) as client:
        await upload(client, project_id, b'{"a": "A", "b": "B"}', "simple_json", "en")
        keys = {k.name: k.id for k in await client.keys.list(project_id)}
        job = await client.jobs.create(project_id, body=CreateJobBody(name="Spring", translation_key_ids=[keys["a"]]))
        assert job.state == "draft"
        with pytest.raises(ValidationFailed, match="keys and locales"):
            await client.jobs.start(project_id, job.id, body=StartJobBody())
        await client.jobs.add_keys(project_id, job.id, body=AddJobKeysBody(translation_key_ids=[keys["b"]]))
        job_locale = await client.job_locales.create(project_id, job.id, body=CreateJobLocaleBody(locale_id="de"))
        started = await client.jobs.start(project_id, job.id, body=StartJobBody())
        done = await client.jobs.complete(project_id, job.id, body=CompleteJobBody())
        locale_state = await client.job_locales.show(project_id, job.id, job_locale.id)
    assert started.state == "in_progress"
    assert sorted(k.name for k in started.keys) == ["a", "b"]
    assert [loc.code for loc in started.locales] == ["de"]
    assert done.state == "completed"
    assert locale_state.completed is True


async def test_webhooks_deliver_signed_events(kind: str) -> None:
    received: list[tuple[str, Mapping[str, str], bytes]] = []

    def receiver(url: str, headers: Mapping[str, str], body: bytes) -> int:
        received.append((url, headers, body))
        return 200

    fake, violations = checked_fake(deliver=receiver)
    project_id = fake.create_project("App", ["en"])
    async with client_for(kind, fake) as client:
        hook = await client.webhooks.create(
            project_id,
            body=CreateWebhookBody(callback_url="https://hooks.test/phrase", secret="s3cret", events="uploads:create"),
        )
        await upload(client, project_id, b'{"a": "A"}', "simple_json", "en")
        await client.webhooks.test(project_id, hook.id)
        deliveries = await client.webhook_deliveries.list(project_id, hook.id)
    assert [json.loads(body)["event"] for _, _, body in received] == ["uploads:create", "webhooks:test"]
    url, headers, body = received[0]
    expected = base64.b64encode(hmac.new(b"s3cret", body, hashlib.sha256).digest()).decode()
    assert url == "https://hooks.test/phrase"
    assert headers["X-PhraseApp-Signature"] == expected
    assert verify_signature(body, headers["X-PhraseApp-Signature"], "s3cret")
    assert not verify_signature(body, headers["X-PhraseApp-Signature"], "other")
    assert json.loads(body)["upload"]["filename"] == "en.simple_json"
    assert [d.response_status_code for d in deliveries] == [200, 200]
    assert fake.webhook_deliveries[0].payload["project"]["id"] == project_id
    assert not violations, violations


async def test_tokens_otp_challenge_and_revocation(kind: str) -> None:
    fake, violations = checked_fake(tokens=["known-token-1"], password="pw", otp="123456")
    asked: list[str] = []

    def provider(mfa_type: str) -> str:
        asked.append(mfa_type)
        return "123456"

    async def async_provider(mfa_type: str) -> str:
        return provider(mfa_type)

    async with client_for(kind, fake, token="unknown-token-2") as client:
        with pytest.raises(Unauthorized, match="Invalid access token"):
            await client.users.show_current()
    login: dict[str, Any] = {"email": "tester@example.com", "password": "pw"}
    login["otp_provider"] = provider if kind == "sync" else async_provider
    async with client_for(kind, fake, token=None, **login) as client:
        created = await client.authorizations.create(body=CreateAuthorizationBody(note="ci", scopes=["read"]))
    assert asked == ["app"]
    async with client_for(kind, fake, token=created.token) as client:
        assert (await client.users.show_current()).username == "tester"
        listed = await client.authorizations.list()
        assert [a.token_last_eight for a in listed] == [created.token[-8:]]
        await client.authorizations.delete(created.id)
        with pytest.raises(Unauthorized, match="revoked"):
            await client.users.show_current()
    assert not violations, violations


async def test_rate_limit_headers_and_429(kind: str) -> None:
    fake, violations = checked_fake(rate_limit=2, rate_window=1.0)
    async with client_for(kind, fake) as first:
        await first.users.show_current()
        assert first.rate_limit.remaining == 1
        await first.users.show_current()
        assert first.rate_limit.remaining == 0
    # Another client of the same account knows nothing of the spent window: it meets the 429.
    async with client_for(kind, fake, retry_budget=0.01) as impatient:
        with pytest.raises(RateLimited):
            await impatient.users.show_current()
    async with client_for(kind, fake) as patient:
        await patient.users.show_current()  # waits for the window's end, then succeeds
    statuses = [r.status for r in fake.requests]
    assert statuses.count(429) >= 2
    assert statuses[-1] == 200
    assert not violations, violations


async def test_operations_not_modelled_answer_501_naming_them(fake: PhraseFake, kind: str) -> None:
    async with client_for(kind, fake) as client:
        with pytest.raises(ServerError, match="list_glossaries") as raised:
            await client.glossaries.list("account")
    assert raised.value.status_code == 501
    assert fake.requests[-1].operation == "list_glossaries"


async def test_upload_polls_make_clients_wait_for_processing(kind: str) -> None:
    from phrase_strings import apush, push

    fake, violations = checked_fake(upload_polls=2)
    project_id = fake.create_project("App", ["en"])
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "en.json").write_text('{"a": "A"}', encoding="utf-8")
        async with client_for(kind, fake) as client:
            pattern = str(Path(tmp) / "<locale_code>.json")
            if kind == "sync":
                result = push(client._target, pattern, file_format="simple_json", project_id=project_id)
            else:
                result = await apush(client, pattern, file_format="simple_json", project_id=project_id)
    assert result.keys_created == 1
    shows = [r for r in fake.requests if r.operation == "show_upload"]
    assert len(shows) >= 2
    assert fake.translations(project_id, "en") == {"a": "A"}
    assert not violations, violations


async def test_webhooks_get_only_their_events_and_branch_events_on_request(kind: str) -> None:
    received: list[tuple[str, str]] = []

    def receiver(url: str, headers: Mapping[str, str], body: bytes) -> int:
        received.append((url, json.loads(body)["event"]))
        return 204

    fake, violations = checked_fake(deliver=receiver)
    project_id = fake.create_project("App", ["en"])
    async with client_for(kind, fake) as client:
        for name, include in (("main-only", False), ("with-branches", True)):
            await client.webhooks.create(
                project_id,
                body=CreateWebhookBody(
                    callback_url=f"https://hooks.test/{name}", events="keys:create", include_branches=include
                ),
            )
        await client.branches.create(project_id, body=CreateBranchBody(name="feature"))
        await client.keys.create(project_id, body=CreateKeyBody(name="on.main"))
        await client.keys.create(project_id, body=CreateKeyBody(name="on.branch", branch="feature"))
    assert sorted(received) == [
        ("https://hooks.test/main-only", "keys:create"),
        ("https://hooks.test/with-branches", "keys:create"),
        ("https://hooks.test/with-branches", "keys:create"),
    ]
    branch_event = [d for d in fake.webhook_deliveries if "branch" in d.payload]
    assert [d.payload["branch"]["name"] for d in branch_event] == ["feature"]
    assert not violations, violations


async def test_queued_pull_uses_the_asynchronous_export(fake: PhraseFake, kind: str, tmp_path: Any) -> None:
    from phrase_strings import apull, pull

    project_id = fake.create_project("App", ["en", "de"])
    fake.add_translations(project_id, "de", {"a.b": "Hallo"})
    pattern = str(tmp_path / "<locale_code>.json")
    async with client_for(kind, fake) as client:
        if kind == "sync":
            result = pull(client._target, pattern, file_format="nested_json", project_id=project_id, queued=True)
        else:
            result = await apull(client, pattern, file_format="nested_json", project_id=project_id, queued=True)
    assert result.downloaded == 2
    assert json.loads((tmp_path / "de.json").read_text()) == {"a": {"b": "Hallo"}}
    assert "create_locale_download" in {r.operation for r in fake.requests}
