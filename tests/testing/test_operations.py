"""Every operation the fake models, called once through each client with the spec checking both directions."""

from __future__ import annotations

import pytest
from phrase_strings import NotFound
from phrase_strings.testing import PhraseFake
from phrase_strings.testing._engine import ROUTES
from phrase_strings_api.models import (
    CompleteJobBody,
    CompleteJobLocaleBody,
    CreateAuthorizationBody,
    CreateBranchBody,
    CreateJobBody,
    CreateJobLocaleBody,
    CreateKeyBody,
    CreateLocaleBody,
    CreateProjectBody,
    CreateTranslationBody,
    CreateWebhookBody,
    RemoveJobKeysBody,
    ReopenJobBody,
    SearchTranslationsBody,
    StartJobBody,
    TagKeysBody,
    UntagKeysBody,
    UnverifyTranslationBody,
    UpdateAuthorizationBody,
    UpdateJobBody,
    UpdateKeyBody,
    UpdateLocaleBody,
    UpdateProjectBody,
    UpdateTranslationBody,
    UpdateWebhookBody,
    VerifyTranslationBody,
)

from .conftest import client_for

pytestmark = pytest.mark.anyio


async def test_every_modelled_operation_keeps_to_the_contract(fake: PhraseFake, kind: str) -> None:
    async with client_for(kind, fake) as c:
        account = (await c.accounts.list())[0]
        await c.accounts.show(account.id)
        await c.formats.list()
        project = await c.projects.create(body=CreateProjectBody(name="Ops", main_format="nested_json"))
        p = project.id
        await c.projects.update(p, body=UpdateProjectBody(name="Ops 2"))
        assert (await c.projects.show(p)).name == "Ops 2"
        en = await c.locales.create(p, body=CreateLocaleBody(name="English", code="en"))
        de = await c.locales.create(p, body=CreateLocaleBody(name="German", code="de", fallback_locale_id=en.id))
        await c.locales.update(p, de.id, body=UpdateLocaleBody(rtl=False))
        assert (await c.locales.show(p, de.id)).fallback_locale.code == "en"
        key = await c.keys.create(p, body=CreateKeyBody(name="a.b", tags="t1", default_translation_content="A"))
        other = await c.keys.create(p, body=CreateKeyBody(name="gone"))
        await c.keys.update(p, key.id, body=UpdateKeyBody(description="the a"))
        assert (await c.keys.show(p, key.id)).description == "the a"
        assert (await c.keys.tag(p, body=TagKeysBody(q="name:a.b", tags="t2"))).records_affected == 1
        assert (await c.keys.untag(p, body=UntagKeysBody(q="name:a.b", tags="t1"))).records_affected == 1
        assert [t.name for t in await c.tags.list(p)] == ["t2"]
        assert (await c.tags.show(p, "t2")).keys_count == 1
        translation = await c.translations.create(
            p, body=CreateTranslationBody(locale_id=de.id, key_id=key.id, content="B")
        )
        await c.translations.update(p, translation.id, body=UpdateTranslationBody(content="Bee"))
        await c.translations.unverify(p, translation.id, body=UnverifyTranslationBody())
        assert (await c.translations.show(p, translation.id)).unverified is True
        await c.translations.verify(p, translation.id, body=VerifyTranslationBody())
        assert [t.content for t in await c.translations.list_by_locale(p, de.id)] == ["Bee"]
        assert len(await c.translations.list_by_key(p, key.id)) == 2
        assert [t.content for t in await c.translations.search(p, body=SearchTranslationsBody(q="bee"))] == ["Bee"]
        await c.keys.delete(p, other.id)
        assert (await c.keys.delete_many(p, q="name:nothing*")).records_affected == 0
        assert await c.uploads.list(p) == []
        branch = await c.branches.create(p, body=CreateBranchBody(name="b1"))
        assert [b.name for b in await c.branches.list(p)] == ["b1"]
        assert (await c.branches.show(p, branch.name)).state == "success"
        await c.branches.delete(p, "b1")
        job = await c.jobs.create(p, body=CreateJobBody(name="J", tags=["t2"]))
        await c.jobs.update(p, job.id, body=UpdateJobBody(briefing="do it"))
        job_locale = await c.job_locales.create(p, job.id, body=CreateJobLocaleBody(locale_id=de.id))
        assert len(await c.job_locales.list(p, job.id)) == 1
        await c.jobs.start(p, job.id, body=StartJobBody())
        await c.job_locales.complete(p, job.id, job_locale.id, body=CompleteJobLocaleBody())
        await c.jobs.complete(p, job.id, body=CompleteJobBody())
        await c.jobs.reopen(p, job.id, body=ReopenJobBody())
        await c.jobs.remove_keys(p, job.id, body=RemoveJobKeysBody(translation_key_ids=[key.id]))
        assert (await c.jobs.show(p, job.id)).keys == []
        await c.job_locales.delete(p, job.id, job_locale.id)
        assert [j.state for j in await c.jobs.list(p)] == ["in_progress"]
        await c.jobs.delete(p, job.id)
        hook = await c.webhooks.create(p, body=CreateWebhookBody(callback_url="https://h.test/x"))
        await c.webhooks.update(p, hook.id, body=UpdateWebhookBody(active=False))
        assert (await c.webhooks.show(p, hook.id)).active is False
        await c.webhooks.test(p, hook.id)
        delivery = (await c.webhook_deliveries.list(p, hook.id))[0]
        assert (await c.webhook_deliveries.show(p, hook.id, delivery.id)).response_status_code == 0
        assert len(await c.webhooks.list(p)) == 1
        await c.webhooks.delete(p, hook.id)
        token = await c.authorizations.create(body=CreateAuthorizationBody(note="n"))
        await c.authorizations.update(token.id, body=UpdateAuthorizationBody(note="renamed"))
        assert (await c.authorizations.show(token.id)).note == "renamed"
        await c.authorizations.delete(token.id)
        await c.locales.delete(p, de.id)
        await c.projects.delete(p)
        with pytest.raises(NotFound):
            await c.projects.show(p)
    used = {r.operation for r in fake.requests}
    missing = {route.operation for route in ROUTES} - used
    # Covered by the other tests: uploads, downloads, batches, searches, merges, paging, queued exports.
    assert missing <= {
        "create_upload",
        "show_upload",
        "create_upload_batch",
        "download_locale",
        "list_locales",
        "list_keys",
        "search_keys",
        "list_translations",
        "merge_branch",
        "add_job_keys",
        "show_job_locale",
        "list_projects",
        "show_current_user",
        "list_authorizations",
        "create_locale_download",
        "show_locale_download",
    }, missing
