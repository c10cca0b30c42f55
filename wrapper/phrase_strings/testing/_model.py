"""The fake's state: projects, their branches' content, and how each entity looks in the API's JSON."""

from __future__ import annotations

import copy
import hashlib
import itertools
import time
from typing import Any

import attrs

JSON = dict[str, Any]

_counter = itertools.count(1)


def new_id(kind: str) -> str:
    """A 32-hex-digit ID like the API's, unique within the process and stable across runs of one test."""
    return hashlib.sha256(f"{kind}:{next(_counter)}".encode()).hexdigest()[:32]


def timestamp(at: float | None = None) -> str:
    """RFC 3339 UTC, as the API writes ``created_at``."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() if at is None else at))


USER: JSON = {"id": new_id("user"), "username": "tester", "name": "Test User", "email": "tester@example.com"}
ACCOUNT: JSON = {
    "id": new_id("account"),
    "name": "Test Account",
    "slug": "test-account",
    "company": "Example",
    "created_at": timestamp(),
    "updated_at": timestamp(),
}


@attrs.define
class Locale:
    """A locale of one branch."""

    id: str
    name: str
    code: str
    default: bool = False
    main: bool = False
    rtl: bool = False
    fallback_locale_id: str | None = None
    created_at: str = attrs.field(factory=timestamp)
    updated_at: str = attrs.field(factory=timestamp)


@attrs.define
class Key:
    """A translation key."""

    id: str
    name: str
    description: str = ""
    tags: list[str] = attrs.field(factory=list)
    data_type: str = "string"
    created_at: str = attrs.field(factory=timestamp)
    updated_at: str = attrs.field(factory=timestamp)


@attrs.define
class Translation:
    """The text of one key in one locale."""

    id: str
    key_id: str
    locale_id: str
    content: str
    unverified: bool = False
    excluded: bool = False
    state: str = "translated"
    created_at: str = attrs.field(factory=timestamp)
    updated_at: str = attrs.field(factory=timestamp)


@attrs.define
class Upload:
    """A processed (or, while polls are pending, processing) file upload."""

    id: str
    filename: str
    format: str
    tag: str | None
    tags: list[str]
    summary: dict[str, int]
    mentioned_key_ids: set[str]
    polls_left: int = 0
    created_at: str = attrs.field(factory=timestamp)


@attrs.define
class JobLocale:
    """A locale taking part in a job."""

    id: str
    locale_id: str
    user_ids: list[str]
    completed: bool = False
    translation_completed_at: str | None = None


@attrs.define
class Job:
    """A translation job: draft -> in_progress -> completed."""

    id: str
    name: str
    briefing: str = ""
    due_date: str | None = None
    ticket_url: str = ""
    state: str = "draft"
    key_ids: list[str] = attrs.field(factory=list)
    locales: list[JobLocale] = attrs.field(factory=list)
    source_locale_id: str | None = None
    tag_name: str = ""
    created_at: str = attrs.field(factory=timestamp)
    updated_at: str = attrs.field(factory=timestamp)


@attrs.define
class Content:
    """What differs per branch: locales, keys, translations, uploads and jobs."""

    locales: dict[str, Locale] = attrs.field(factory=dict)
    keys: dict[str, Key] = attrs.field(factory=dict)
    translations: dict[tuple[str, str], Translation] = attrs.field(factory=dict)
    uploads: dict[str, Upload] = attrs.field(factory=dict)
    jobs: dict[str, Job] = attrs.field(factory=dict)

    def copy(self) -> Content:
        """An independent copy, as a new branch starts from its base."""
        return copy.deepcopy(self)


@attrs.define
class Branch:
    """A named copy of a project's content."""

    name: str
    content: Content
    state: str = "success"
    created_at: str = attrs.field(factory=timestamp)
    updated_at: str = attrs.field(factory=timestamp)
    merged_at: str | None = None


@attrs.define
class Webhook:
    """A callback for project events; ``secret`` signs each delivery."""

    id: str
    callback_url: str
    secret: str | None = attrs.field(repr=False)
    description: str = ""
    events: list[str] = attrs.field(factory=list)
    active: bool = True
    include_branches: bool = False
    created_at: str = attrs.field(factory=timestamp)
    updated_at: str = attrs.field(factory=timestamp)


@attrs.define
class Project:
    """A project: its main content, branches and webhooks."""

    id: str
    name: str
    main_format: str = "yml"
    content: Content = attrs.field(factory=Content)
    branches: dict[str, Branch] = attrs.field(factory=dict)
    webhooks: dict[str, Webhook] = attrs.field(factory=dict)
    created_at: str = attrs.field(factory=timestamp)
    updated_at: str = attrs.field(factory=timestamp)


@attrs.define
class Authorization:
    """An access token; only its hash and last eight characters are shown after creation."""

    id: str
    token: str = attrs.field(repr=False)
    note: str
    scopes: list[str]
    expires_at: str | None
    created_at: str = attrs.field(factory=timestamp)
    updated_at: str = attrs.field(factory=timestamp)


# --- JSON shapes (components/schemas of openapi.yaml) ---


def project_json(project: Project, *, details: bool = False) -> JSON:
    """``project`` or ``project_details``."""
    body: JSON = {
        "id": project.id,
        "name": project.name,
        "slug": project.name.lower().replace(" ", "-"),
        "main_format": project.main_format,
        "account": ACCOUNT,
        "created_at": project.created_at,
        "updated_at": project.updated_at,
    }
    if details:
        body["enable_branching"] = True
    return body


def project_short_json(project: Project) -> JSON:
    """``project_short``: how other resources (jobs, upload batches) name their project."""
    return {
        "id": project.id,
        "name": project.name,
        "main_format": project.main_format,
        "created_at": project.created_at,
        "updated_at": project.updated_at,
    }


def locale_json(locale: Locale, content: Content | None = None) -> JSON:
    """``locale``, or ``locale_details`` with statistics when ``content`` is given."""
    body: JSON = {
        "id": locale.id,
        "name": locale.name,
        "code": locale.code,
        "default": locale.default,
        "main": locale.main,
        "rtl": locale.rtl,
        "plural_forms": ["one", "other"],
        "fallback_locale": None,
        "created_at": locale.created_at,
        "updated_at": locale.updated_at,
    }
    if locale.fallback_locale_id and content and locale.fallback_locale_id in content.locales:
        fallback = content.locales[locale.fallback_locale_id]
        body["fallback_locale"] = {"id": fallback.id, "name": fallback.name, "code": fallback.code}
    if content is not None:
        texts = [t for t in content.translations.values() if t.locale_id == locale.id and t.content]
        body["statistics"] = {
            "keys_total_count": len(content.keys),
            "keys_untranslated_count": len(content.keys) - len(texts),
            "translations_completed_count": len(texts),
            "translations_unverified_count": sum(t.unverified for t in texts),
        }
    return body


def key_json(key: Key, *, details: bool = False) -> JSON:
    """``translation_key`` or ``translation_key_details``."""
    body: JSON = {
        "id": key.id,
        "name": key.name,
        "description": key.description,
        "name_hash": hashlib.md5(key.name.encode(), usedforsecurity=False).hexdigest(),
        "plural": False,
        "use_ordinal_rules": False,
        "tags": sorted(key.tags),
        "data_type": key.data_type,
        "created_at": key.created_at,
        "updated_at": key.updated_at,
    }
    if details:
        body |= {"name_plural": "", "comments_count": 0, "unformatted": False, "xml_space_preserve": False}
    return body


def key_preview(key: Key) -> JSON:
    """``key_preview``."""
    return {"id": key.id, "name": key.name, "plural": False, "use_ordinal_rules": False}


def locale_preview(locale: Locale) -> JSON:
    """``locale_preview``."""
    return {"id": locale.id, "name": locale.name, "code": locale.code}


def user_preview() -> JSON:
    """``user_preview`` of the fake's one user."""
    return {"id": USER["id"], "username": USER["username"], "name": USER["name"]}


def translation_json(translation: Translation, content: Content, *, details: bool = False) -> JSON:
    """``translation`` or ``translation_details``."""
    body: JSON = {
        "id": translation.id,
        "content": translation.content,
        "unverified": translation.unverified,
        "excluded": translation.excluded,
        "plural_suffix": "",
        "key": key_preview(content.keys[translation.key_id]),
        "locale": locale_preview(content.locales[translation.locale_id]),
        "placeholders": [],
        "state": translation.state,
        "created_at": translation.created_at,
        "updated_at": translation.updated_at,
    }
    if details:
        body |= {"user": user_preview(), "word_count": len(translation.content.split())}
    return body


def upload_json(upload: Upload) -> JSON:
    """``upload``; ``state`` is ``processing`` until its pending polls are used up."""
    return {
        "id": upload.id,
        "filename": upload.filename,
        "format": upload.format,
        "state": "processing" if upload.polls_left else "success",
        "tag": upload.tag,
        "tags": upload.tags,
        "url": "",
        "summary": upload.summary,
        "created_at": upload.created_at,
        "updated_at": upload.created_at,
    }


def branch_json(project: Project, branch: Branch) -> JSON:
    """``branch``."""
    return {
        "base_project_id": project.id,
        "branch_project_id": hashlib.sha256(f"{project.id}/{branch.name}".encode()).hexdigest()[:32],
        "name": branch.name,
        "state": branch.state,
        "created_at": branch.created_at,
        "updated_at": branch.updated_at,
        "merged_at": branch.merged_at,
        "created_by": user_preview(),
    }


def job_json(project: Project, job: Job, content: Content, branch: str | None, *, details: bool = True) -> JSON:
    """``job`` or ``job_details``."""
    body: JSON = {
        "id": job.id,
        "name": job.name,
        "briefing": job.briefing,
        "due_date": job.due_date,
        "state": job.state,
        "ticket_url": job.ticket_url,
        "project": project_short_json(project),
        "branch": {"name": branch} if branch else None,
        "created_at": job.created_at,
        "updated_at": job.updated_at,
    }
    if details:
        source = content.locales.get(job.source_locale_id or "")
        body |= {
            "owner": user_preview(),
            "job_tag_name": job.tag_name,
            "source_locale": locale_preview(source) if source else None,
            "locales": [locale_preview(content.locales[j.locale_id]) for j in job.locales],
            "keys": [key_preview(content.keys[k]) for k in job.key_ids if k in content.keys],
        }
    return body


def job_locale_json(job: Job, job_locale: JobLocale, content: Content) -> JSON:
    """``job_locale``."""
    return {
        "id": job_locale.id,
        "job": {"id": job.id, "name": job.name, "state": job.state},
        "locale": locale_preview(content.locales[job_locale.locale_id]),
        "users": [user_preview() for user in job_locale.user_ids if user == USER["id"]],
        "completed": job_locale.completed,
        "translation_completed_at": job_locale.translation_completed_at,
    }


def webhook_json(webhook: Webhook) -> JSON:
    """``webhook`` (the secret is never shown)."""
    return {
        "id": webhook.id,
        "callback_url": webhook.callback_url,
        "description": webhook.description,
        "events": webhook.events,
        "active": webhook.active,
        "include_branches": webhook.include_branches,
        "created_at": webhook.created_at,
        "updated_at": webhook.updated_at,
    }


def authorization_json(authorization: Authorization, *, with_token: bool = False) -> JSON:
    """``authorization``, or ``authorization_with_token`` right after creation."""
    body: JSON = {
        "id": authorization.id,
        "note": authorization.note,
        "token_last_eight": authorization.token[-8:],
        "hashed_token": hashlib.sha256(authorization.token.encode()).hexdigest(),
        "scopes": authorization.scopes,
        "expires_at": authorization.expires_at,
        "created_at": authorization.created_at,
        "updated_at": authorization.updated_at,
    }
    if with_token:
        body["token"] = authorization.token
    return body
