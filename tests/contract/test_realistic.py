"""Hand-picked calls the way an app makes them, against Prism mocks of both documents.

Models are built with their constructors (not from dicts), values look like real ones, and
each test checks the typed results and that Prism saw nothing wrong with any request.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest
from phrase_strings import AsyncPhrase, Phrase
from phrase_strings_api.models.add_job_keys_body import AddJobKeysBody
from phrase_strings_api.models.authorization import Authorization
from phrase_strings_api.models.authorization_with_token import AuthorizationWithToken
from phrase_strings_api.models.complete_job_body import CompleteJobBody
from phrase_strings_api.models.create_authorization_body import CreateAuthorizationBody
from phrase_strings_api.models.create_job_body import CreateJobBody
from phrase_strings_api.models.create_key_body import CreateKeyBody
from phrase_strings_api.models.create_locale_body import CreateLocaleBody
from phrase_strings_api.models.create_locale_download_body import CreateLocaleDownloadBody
from phrase_strings_api.models.create_project_body import CreateProjectBody
from phrase_strings_api.models.create_translation_body import CreateTranslationBody
from phrase_strings_api.models.create_upload_body import CreateUploadBody
from phrase_strings_api.models.job_details import JobDetails
from phrase_strings_api.models.locale import Locale
from phrase_strings_api.models.locale_details import LocaleDetails
from phrase_strings_api.models.locale_download import LocaleDownload
from phrase_strings_api.models.project import Project
from phrase_strings_api.models.project_details import ProjectDetails
from phrase_strings_api.models.search_keys_body import SearchKeysBody
from phrase_strings_api.models.start_job_body import StartJobBody
from phrase_strings_api.models.tag_keys_body import TagKeysBody
from phrase_strings_api.models.translation import Translation
from phrase_strings_api.models.translation_details import TranslationDetails
from phrase_strings_api.models.translation_key import TranslationKey
from phrase_strings_api.models.translation_key_details import TranslationKeyDetails
from phrase_strings_api.models.update_authorization_body import UpdateAuthorizationBody
from phrase_strings_api.models.update_project_body import UpdateProjectBody
from phrase_strings_api.models.update_translation_body import UpdateTranslationBody
from phrase_strings_api.models.upload import Upload
from phrase_strings_api.models.verify_translations_body import VerifyTranslationsBody
from phrase_strings_api.types import File

from tests.contract.conftest import TOKEN, Mock
from tests.contract.recording import Recorder
from tests.contract.served_specs import UPSTREAM

pytestmark = pytest.mark.prism

PROJECT = "6bd2e43ef24e9b7b0d1bb7f8e4c2a1d0"
LOCALE = "0e1d7f4a6c3b2a19f8e7d6c5b4a39281"
KEY = "c4f2a1e0d9b8c7a6f5e4d3c2b1a09f8e"


def assert_clean(recorder: Recorder, expected_requests: int) -> None:
    assert len(recorder.exchanges) == expected_requests
    assert not recorder.problems(), "\n".join(recorder.problems())


def test_authorizations(client: Phrase, recorder: Recorder) -> None:
    created = client.authorizations.create(
        body=CreateAuthorizationBody(
            note="CI deploy", scopes=["read", "write"], expires_at=datetime(2027, 6, 30, 12, 0, tzinfo=UTC)
        )
    )
    assert isinstance(created, AuthorizationWithToken)
    sent = json.loads(recorder.exchanges[0].body)
    assert sent == {"note": "CI deploy", "scopes": ["read", "write"], "expires_at": "2027-06-30T12:00:00+00:00"}
    listed = client.authorizations.list(page=1, per_page=25)
    assert all(isinstance(a, Authorization) for a in listed)
    shown = client.authorizations.show("a1b2c3d4")
    updated = client.authorizations.update("a1b2c3d4", body=UpdateAuthorizationBody(note="CI deploy (rotated)"))
    assert isinstance(shown, Authorization) and isinstance(updated, Authorization)
    client.authorizations.delete("a1b2c3d4")  # returns None; assert_clean checks the 2xx
    assert_clean(recorder, 5)
    # The token never leaks through the client's repr, whatever the mock answered.
    assert TOKEN not in repr(client)


def test_projects(client: Phrase, recorder: Recorder) -> None:
    created = client.projects.create(
        body=CreateProjectBody(name="Mobile app", main_format="json", shares_translation_memory=True)
    )
    assert isinstance(created, ProjectDetails)
    assert json.loads(recorder.exchanges[0].body) == {
        "name": "Mobile app",
        "main_format": "json",
        "shares_translation_memory": True,
    }
    projects = client.projects.list(per_page=10, sort_by="name_asc", filters=["favorites"])
    assert all(isinstance(p, Project) for p in projects)
    assert recorder.exchanges[1].url.params.get_list("filters") == ["favorites"]
    assert isinstance(client.projects.show(PROJECT), ProjectDetails)
    assert isinstance(client.projects.update(PROJECT, body=UpdateProjectBody(name="Mobile app (iOS)")), ProjectDetails)
    client.projects.delete(PROJECT)
    assert_clean(recorder, 5)


def test_locales_and_download(client: Phrase, recorder: Recorder) -> None:
    locale = client.locales.create(PROJECT, body=CreateLocaleBody(name="German", code="de-DE", default=False))
    assert isinstance(locale, LocaleDetails)
    assert all(isinstance(loc, Locale) for loc in client.locales.list(PROJECT, per_page=100))
    job = client.locale_downloads.create(
        PROJECT, LOCALE, body=CreateLocaleDownloadBody(file_format="yml", include_unverified_translations=False)
    )
    assert isinstance(job, LocaleDownload)
    assert json.loads(recorder.exchanges[2].body) == {"file_format": "yml", "include_unverified_translations": False}
    assert isinstance(client.locale_downloads.show(PROJECT, LOCALE, "d0wn10ad"), LocaleDownload)
    assert_clean(recorder, 4)


def test_locale_download(client: Phrase, recorder: Recorder, mock: Mock) -> None:
    """The file comes back as bytes. Phrase's document declares the answer's media type as `*`
    (spec change 5), for which Prism sends an empty body and reports its own answer as wrong."""
    downloaded = client.locales.download(PROJECT, LOCALE, file_format="nested_json", include_empty_translations=True)
    assert isinstance(downloaded, File)
    query = recorder.exchanges[0].url.params
    assert (query["file_format"], query["include_empty_translations"]) == ("nested_json", "true")
    assert not recorder.exchanges[0].where("request")
    if mock.spec is UPSTREAM:
        assert downloaded.payload.read() == b""
        assert any("response: *" in line for line in recorder.exchanges[0].where("response"))
    else:
        assert downloaded.payload.read()
        assert_clean(recorder, 1)


def test_keys(client: Phrase, recorder: Recorder) -> None:
    key = client.keys.create(
        PROJECT,
        body=CreateKeyBody(
            name="checkout.pay_button",
            description="Label of the button that confirms the order",
            tags="checkout,web",
            plural=False,
            max_characters_allowed=40,
        ),
    )
    assert isinstance(key, TranslationKeyDetails)
    keys = client.keys.list(PROJECT, q="name:checkout.*", sort="name", order="asc", per_page=50)
    assert all(isinstance(k, TranslationKey) for k in keys)
    found = client.keys.search(PROJECT, body=SearchKeysBody(q="tags:checkout", locale_id=LOCALE))
    assert all(isinstance(k, TranslationKey) for k in found)
    tagged = client.keys.tag(PROJECT, body=TagKeysBody(q="name:checkout.*", tags="release-2.4"))
    deleted = client.keys.delete_many(PROJECT, q="tags:obsolete")
    assert tagged.records_affected is not None and deleted.records_affected is not None
    assert_clean(recorder, 5)


def test_translations(client: Phrase, recorder: Recorder) -> None:
    made = client.translations.create(
        PROJECT, body=CreateTranslationBody(locale_id=LOCALE, key_id=KEY, content="Jetzt bezahlen")
    )
    assert isinstance(made, TranslationDetails)
    by_key = client.translations.list_by_key(PROJECT, KEY, sort="updated_at", order="desc")
    assert all(isinstance(t, Translation) for t in by_key)
    changed = client.translations.update(
        PROJECT, "7r4n5", body=UpdateTranslationBody(content="Bezahlen", reviewed=True)
    )
    assert isinstance(changed, TranslationDetails)
    affected = client.translations.verify_many(
        PROJECT, body=VerifyTranslationsBody(locale_id=LOCALE, q="unverified:true")
    )
    assert affected.records_affected is not None
    assert_clean(recorder, 4)


def test_upload_of_a_file(client: Phrase, recorder: Recorder) -> None:
    """A multipart upload: the file part keeps its name and bytes; text fields go as parts.

    Built with ``from_dict`` so no boolean or object field is sent: those are known defects
    (test_known_defects.py), and the model's defaults would add booleans.
    """
    content = b'{"checkout": {"pay_button": "Jetzt bezahlen"}}'
    body = CreateUploadBody.from_dict(
        {"file": content, "file_format": "nested_json", "locale_id": LOCALE, "tags": "release-2.4"}
    )
    body.file = File(payload=io.BytesIO(content), file_name="de.json", mime_type="application/json")
    upload = client.uploads.create(PROJECT, body=body)
    assert isinstance(upload, Upload)
    sent = recorder.exchanges[0]
    assert sent.content_type.startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="de.json"' in sent.body and content in sent.body
    for field in (b'name="file_format"', b'name="locale_id"', b'name="tags"'):
        assert field in sent.body
    assert isinstance(client.uploads.show(PROJECT, "upl0ad"), Upload)
    assert_clean(recorder, 2)


def test_jobs(client: Phrase, recorder: Recorder) -> None:
    job = client.jobs.create(
        PROJECT,
        body=CreateJobBody(
            name="Release 2.4",
            briefing="New checkout texts; keep them short.",
            due_date=datetime(2027, 1, 15, 17, 0, tzinfo=UTC),
            tags=["release-2.4"],
            translation_key_ids=[KEY],
        ),
    )
    assert isinstance(job, JobDetails)
    assert json.loads(recorder.exchanges[0].body)["due_date"] == "2027-01-15T17:00:00+00:00"
    assert isinstance(client.jobs.add_keys(PROJECT, "j0b", body=AddJobKeysBody(translation_key_ids=[KEY])), JobDetails)
    assert isinstance(client.jobs.start(PROJECT, "j0b", body=StartJobBody()), JobDetails)
    client.jobs.lock(PROJECT, "j0b")
    assert isinstance(client.jobs.complete(PROJECT, "j0b", body=CompleteJobBody()), JobDetails)
    assert isinstance(client.jobs.show(PROJECT, "j0b", include_annotations=True), JobDetails)
    assert all(isinstance(j, type(job)) or j.id for j in client.jobs.list(PROJECT, state="in_progress"))
    assert_clean(recorder, 7)


@pytest.mark.anyio
async def test_async_flow(aclient: AsyncPhrase, recorder: Recorder) -> None:
    """The same kind of calls through AsyncPhrase, including a paged list."""
    project = await aclient.projects.create(body=CreateProjectBody(name="Web shop", main_format="yml"))
    assert isinstance(project, ProjectDetails)
    keys = [k async for k in aclient.keys.list_all(PROJECT, q="tags:checkout")]
    assert all(isinstance(k, TranslationKey) for k in keys)
    locale = await aclient.locales.create(PROJECT, body=CreateLocaleBody(name="French", code="fr"))
    assert isinstance(locale, LocaleDetails)
    started = await aclient.locale_downloads.create(PROJECT, LOCALE, body=CreateLocaleDownloadBody(file_format="yml"))
    assert isinstance(started, LocaleDownload)
    assert recorder.exchanges[1].url.params["per_page"] == "100"
    assert_clean(recorder, 4)
