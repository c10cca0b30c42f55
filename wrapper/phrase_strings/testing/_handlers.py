"""The operations the fake models, one handler each, registered against ``openapi.yaml``'s paths."""

from __future__ import annotations

import fnmatch
import hashlib
from collections.abc import Callable, Iterable, Mapping

from . import _formats
from ._engine import EXPORTS_PATH, Call, Engine, Response, empty_response, json_response, paginate, route
from ._errors import FormatError, invalid, not_found, not_modelled
from ._model import (
    ACCOUNT,
    JSON,
    USER,
    Authorization,
    Branch,
    Content,
    Job,
    JobLocale,
    Key,
    Locale,
    Project,
    Translation,
    Upload,
    Webhook,
    authorization_json,
    branch_json,
    job_json,
    job_locale_json,
    key_json,
    locale_json,
    new_id,
    project_json,
    project_short_json,
    timestamp,
    translation_json,
    upload_json,
    webhook_json,
)

# --- helpers ---


def _text(call: Call, name: str, resource: str, *, required: bool = False, default: str = "") -> str:
    value = call.arg(name)
    if value is None or value == "":
        if required:
            raise invalid(resource, name, "can't be blank")
        return default
    return str(value)


def _list(value: object) -> list[str]:
    """Tags and IDs arrive as a JSON list or as comma-separated text."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(item) for item in value]
    return [part.strip() for part in str(value).split(",") if part.strip()]


def _refuse_unmodelled(call: Call, values: Mapping[str, object], names: Iterable[str] | None = None) -> None:
    """501 for options (``names``, or every key of ``values``) set to something the fake would not reproduce."""
    for name in values if names is None else names:
        if values.get(name) not in (None, "", "false", False, [], {}):
            raise not_modelled(call.operation, f"option {name!r}")


def _locale(content: Content, ref: str, *, field: str = "locale_id") -> Locale:
    """A locale by ID, code or name (the API accepts each)."""
    for locale in content.locales.values():
        if ref in (locale.id, locale.code, locale.name):
            return locale
    raise not_found(f"Locale {ref!r}") if field == "id" else invalid("Locale", field, f"no locale {ref!r}")


def _key(content: Content, key_id: str) -> Key:
    key = content.keys.get(key_id)
    if key is None:
        raise not_found("Key")
    return key


def _set_translation(content: Content, key: Key, locale: Locale, text: str) -> Translation:
    existing = content.translations.get((key.id, locale.id))
    if existing is None:
        existing = Translation(new_id("translation"), key.id, locale.id, text)
        content.translations[(key.id, locale.id)] = existing
    else:
        existing.content, existing.updated_at = text, timestamp()
    return existing


def _terms(call: Call, q: str, qualifiers: tuple[str, ...]) -> list[tuple[str, str]]:
    """``q`` as (qualifier, value) pairs ("" for plain words); qualifiers the fake lacks answer 501."""
    terms = []
    for token in q.split():
        qualifier, colon, value = token.partition(":")
        if not colon:
            qualifier, value = "", token
        elif qualifier not in qualifiers:
            raise not_modelled(call.operation, f"search qualifier {qualifier}:")
        terms.append((qualifier, value))
    return terms


def _key_filter(call: Call, content: Content, q: str, locale_ref: str | None) -> Callable[[Key], bool]:
    """The part of the key search the fake reads: words, name:, ids:, tags:, translated:, unmentioned_in_upload:."""
    terms = _terms(call, q, ("name", "ids", "tags", "translated", "unmentioned_in_upload"))
    locale = _locale(content, locale_ref) if locale_ref else None
    if locale is None and any(qualifier == "translated" for qualifier, _ in terms):
        raise invalid("Key", "locale_id", "is needed to filter by translation state")
    for qualifier, value in terms:
        if qualifier == "unmentioned_in_upload" and value not in content.uploads:
            raise not_found("Upload")

    def one(key: Key, qualifier: str, value: str) -> bool:
        if qualifier == "":
            pattern = value.lower() if "*" in value else f"*{value.lower()}*"
            return fnmatch.fnmatchcase(key.name.lower(), pattern)
        if qualifier == "name":
            return fnmatch.fnmatchcase(key.name, value)
        if qualifier == "ids":
            return key.id in _list(value)
        if qualifier == "tags":
            return bool(set(_list(value)) & set(key.tags))
        if qualifier == "translated":
            found = content.translations.get((key.id, locale.id)) if locale else None
            return bool(found and found.content) == (value == "true")
        return key.id not in content.uploads[value].mentioned_key_ids

    return lambda key: all(one(key, qualifier, value) for qualifier, value in terms)


def _keys_matching(call: Call, content: Content, source: dict[str, object]) -> list[Key]:
    q = str(source.get("q") or "")
    locale_ref = source.get("locale_id")
    test = _key_filter(call, content, q, str(locale_ref) if locale_ref else None)
    keys = [key for key in content.keys.values() if test(key)]
    sort, order = source.get("sort") or "name", source.get("order") or "asc"
    if sort not in ("name", "created_at", "updated_at"):
        raise not_modelled(call.operation, f"sort {sort!r}")
    keys.sort(key=lambda key: getattr(key, str(sort)), reverse=order == "desc")
    return keys


# --- user, accounts, formats ---


@route("GET", "/user")
def show_current_user(engine: Engine, call: Call) -> Response:
    """The fake's one user."""
    return json_response(200, {**USER, "position": "", "language": "en"})


@route("GET", "/accounts")
def list_accounts(engine: Engine, call: Call) -> Response:
    """The fake's one account."""
    return paginate(call, [ACCOUNT])


@route("GET", "/accounts/{id}")
def show_account(engine: Engine, call: Call) -> Response:
    """The fake's one account, by ID."""
    if call.params["id"] != ACCOUNT["id"]:
        raise not_found("Account")
    return json_response(200, {**ACCOUNT, "roles": ["owner"]})


@route("GET", "/formats")
def list_formats(engine: Engine, call: Call) -> Response:
    """The formats the fake reads and writes."""
    formats = [
        {
            "name": name,
            "api_name": api_name,
            "extension": extension,
            "default_encoding": "UTF-8",
            "importable": True,
            "exportable": True,
        }
        for api_name, (name, extension, _, _) in _formats.FORMATS.items()
    ]
    return json_response(200, formats)


# --- projects ---


@route("GET", "/projects")
def list_projects(engine: Engine, call: Call) -> Response:
    """Every project, oldest first."""
    return paginate(call, [project_json(p) for p in engine.projects.values()])


@route("POST", "/projects")
def create_project(engine: Engine, call: Call) -> Response:
    """A new, empty project."""
    name = _text(call, "name", "Project", required=True)
    main_format = _text(call, "main_format", "Project", default="yml")
    if main_format not in _formats.FORMATS:
        raise invalid("Project", "main_format", f"{main_format!r} is not a format the fake supports")
    project = Project(new_id("project"), name, main_format)
    engine.projects[project.id] = project
    return json_response(201, project_json(project, details=True))


@route("GET", "/projects/{id}")
def show_project(engine: Engine, call: Call) -> Response:
    """One project."""
    return json_response(200, project_json(engine.project(call), details=True))


@route("PATCH", "/projects/{id}")
def update_project(engine: Engine, call: Call) -> Response:
    """Rename a project or change its main format."""
    project = engine.project(call)
    project.name = _text(call, "name", "Project", default=project.name)
    main_format = _text(call, "main_format", "Project", default=project.main_format)
    if main_format not in _formats.FORMATS:
        raise invalid("Project", "main_format", f"{main_format!r} is not a format the fake supports")
    project.main_format, project.updated_at = main_format, timestamp()
    body = project_json(project, details=True)
    engine.emit(call, project, None, "project:update", "project", body)
    return json_response(200, body)


@route("DELETE", "/projects/{id}")
def delete_project(engine: Engine, call: Call) -> Response:
    """Remove a project and everything in it."""
    del engine.projects[engine.project(call).id]
    return empty_response()


# --- locales ---


@route("GET", "/projects/{project_id}/locales")
def list_locales(engine: Engine, call: Call) -> Response:
    """The locales of a project (or branch)."""
    content, _ = engine.content(call, engine.project(call))
    return paginate(call, [locale_json(locale) for locale in content.locales.values()])


@route("POST", "/projects/{project_id}/locales")
def create_locale(engine: Engine, call: Call) -> Response:
    """A new locale; the first one becomes the default."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    name = _text(call, "name", "Locale", required=True)
    code = _text(call, "code", "Locale", required=True)
    if any(locale.name == name for locale in content.locales.values()):
        raise invalid("Locale", "name", "has already been taken")
    fallback = _text(call, "fallback_locale_id", "Locale")
    locale = Locale(
        new_id("locale"),
        name,
        code,
        default=call.flag("default") or not content.locales,
        main=call.flag("main"),
        rtl=call.flag("rtl"),
        fallback_locale_id=_locale(content, fallback, field="fallback_locale_id").id if fallback else None,
    )
    if locale.default:
        for other in content.locales.values():
            other.default = False
    content.locales[locale.id] = locale
    body = locale_json(locale, content)
    engine.emit(call, project, branch, "locales:create", "locale", body)
    return json_response(201, body)


@route("GET", "/projects/{project_id}/locales/{id}")
def show_locale(engine: Engine, call: Call) -> Response:
    """One locale with its statistics."""
    content, _ = engine.content(call, engine.project(call))
    return json_response(200, locale_json(_locale(content, call.params["id"], field="id"), content))


@route("PATCH", "/projects/{project_id}/locales/{id}")
def update_locale(engine: Engine, call: Call) -> Response:
    """Change a locale's name, code, flags or fallback."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    locale = _locale(content, call.params["id"], field="id")
    locale.name = _text(call, "name", "Locale", default=locale.name)
    locale.code = _text(call, "code", "Locale", default=locale.code)
    locale.rtl = call.flag("rtl", locale.rtl)
    locale.main = call.flag("main", locale.main)
    fallback = _text(call, "fallback_locale_id", "Locale")
    if fallback:
        locale.fallback_locale_id = _locale(content, fallback, field="fallback_locale_id").id
    if call.flag("default"):
        for other in content.locales.values():
            other.default = other is locale
    locale.updated_at = timestamp()
    body = locale_json(locale, content)
    engine.emit(call, project, branch, "locales:update", "locale", body)
    return json_response(200, body)


@route("DELETE", "/projects/{project_id}/locales/{id}")
def delete_locale(engine: Engine, call: Call) -> Response:
    """Remove a locale and its translations."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    locale = _locale(content, call.params["id"], field="id")
    del content.locales[locale.id]
    for pair in [pair for pair in content.translations if pair[1] == locale.id]:
        del content.translations[pair]
    engine.emit(call, project, branch, "locales:delete", "locale", locale_json(locale))
    return empty_response()


_DOWNLOAD_OPTIONS = {
    "branch",
    "file_format",
    "tags",
    "tag",
    "include_empty_translations",
    "include_translated_keys",
    "skip_unverified_translations",
    "include_unverified_translations",
    "fallback_locale_id",
    "use_locale_fallback",
    "encoding",
}


@route("GET", "/projects/{project_id}/locales/{id}/download")
def download_locale(engine: Engine, call: Call) -> Response:
    """Render a locale's translations in a format, with tag, empty, unverified and fallback options."""
    project = engine.project(call)
    content, _ = engine.content(call, project)
    body = _render_locale(call, project, content, _locale(content, call.params["id"], field="id"))
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    if call.request.headers.get("if-none-match") == etag:
        return Response(304, (("ETag", etag),), b"")
    return Response(200, (("Content-Type", "application/octet-stream"), ("ETag", etag)), body)


def _render_locale(call: Call, project: Project, content: Content, locale: Locale) -> bytes:
    """The file for ``locale`` with the options of the query (GET) or body (POST)."""
    options = call.body if call.request.method == "POST" else call.query
    unknown = {k: v for k, v in options.items() if k not in _DOWNLOAD_OPTIONS}
    _refuse_unmodelled(call, unknown)
    file_format = _text(call, "file_format", "Download", default=project.main_format)
    if file_format not in _formats.FORMATS:
        raise not_modelled(call.operation, f"file_format {file_format!r} (the fake has {', '.join(_formats.FORMATS)})")
    if _text(call, "encoding", "Download", default="UTF-8").upper().replace("-", "") != "UTF8":
        raise not_modelled(call.operation, "encodings other than UTF-8")
    tags = set(_list(call.arg("tags")) + _list(call.arg("tag")))
    include_empty = call.flag("include_empty_translations")
    include_translated = call.flag("include_translated_keys", True)
    include_unverified = call.flag("include_unverified_translations", True) and not call.flag(
        "skip_unverified_translations"
    )
    fallbacks: list[Locale] = []
    if ref := _text(call, "fallback_locale_id", "Download"):
        fallbacks.append(_locale(content, ref, field="fallback_locale_id"))
    if call.flag("use_locale_fallback") and locale.fallback_locale_id in content.locales:
        fallbacks.append(content.locales[locale.fallback_locale_id])

    def text_of(key: Key, of: Locale) -> str | None:
        found = content.translations.get((key.id, of.id))
        if found is None or not found.content or found.excluded or (found.unverified and not include_unverified):
            return None
        return found.content

    flat: dict[str, str] = {}
    for key in sorted(content.keys.values(), key=lambda k: k.name):
        if tags and not tags & set(key.tags):
            continue
        own = text_of(key, locale)
        if own is not None and not include_translated:
            continue
        value = own
        for fallback in fallbacks:
            value = value if value is not None else text_of(key, fallback)
        if value is not None or include_empty:
            flat[key.name] = value or ""
    return _formats.write(file_format, flat, locale.code)


@route("POST", "/projects/{project_id}/locales/{locale_id}/downloads")
def create_locale_download(engine: Engine, call: Call) -> Response:
    """The asynchronous export, rendered at once.

    Its file is served at ``result.url``, outside /v2 and without credentials, as the API's storage links are.
    """
    project = engine.project(call)
    content, _ = engine.content(call, project)
    locale = _locale(content, call.params["locale_id"], field="id")
    record: JSON = {
        "id": new_id("download"),
        "status": "completed",
        "params": {"file_format": call.body.get("file_format"), "locale_id": locale.id},
        "created_at": timestamp(),
        "completed_at": timestamp(),
    }
    engine.exports[record["id"]] = (record, _render_locale(call, project, content, locale))
    origin = call.request.base_url.removesuffix("/v2")
    record["result"] = {"url": f"{origin}{EXPORTS_PATH}{record['id']}"}
    return json_response(201, record)


@route("GET", "/projects/{project_id}/locales/{locale_id}/downloads/{id}")
def show_locale_download(engine: Engine, call: Call) -> Response:
    """An asynchronous export (always completed in the fake)."""
    engine.project(call)
    found = engine.exports.get(call.params["id"])
    if found is None:
        raise not_found("Locale download")
    return json_response(200, found[0])


# --- keys and tags ---


@route("GET", "/projects/{project_id}/keys")
def list_keys(engine: Engine, call: Call) -> Response:
    """Keys, filtered by ``q`` (name words, ``name:``, ``ids:``, ``tags:``, ``translated:``)."""
    content, _ = engine.content(call, engine.project(call))
    return paginate(call, [key_json(k) for k in _keys_matching(call, content, dict(call.query))])


@route("POST", "/projects/{project_id}/keys/search")
def search_keys(engine: Engine, call: Call) -> Response:
    """As `list_keys`, with the filters in the body."""
    content, _ = engine.content(call, engine.project(call))
    return paginate(call, [key_json(k) for k in _keys_matching(call, content, call.body)])


@route("POST", "/projects/{project_id}/keys")
def create_key(engine: Engine, call: Call) -> Response:
    """A new key, with tags and a default translation in the default locale if given."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    _refuse_unmodelled(call, call.body, ("plural", "screenshot", "autotranslate", "custom_metadata"))
    name = _text(call, "name", "Key", required=True)
    if any(key.name == name for key in content.keys.values()):
        raise invalid("Key", "name", "has already been taken")
    key = Key(
        new_id("key"),
        name,
        _text(call, "description", "Key"),
        _list(call.arg("tags")),
        _text(call, "data_type", "Key", default="string"),
    )
    content.keys[key.id] = key
    default_text = _text(call, "default_translation_content", "Key")
    default_locale = next((loc for loc in content.locales.values() if loc.default), None)
    if default_text and default_locale:
        _set_translation(content, key, default_locale, default_text)
    body = key_json(key, details=True)
    engine.emit(call, project, branch, "keys:create", "key", body)
    return json_response(201, body)


@route("GET", "/projects/{project_id}/keys/{id}")
def show_key(engine: Engine, call: Call) -> Response:
    """One key."""
    content, _ = engine.content(call, engine.project(call))
    return json_response(200, key_json(_key(content, call.params["id"]), details=True))


@route("PATCH", "/projects/{project_id}/keys/{id}")
def update_key(engine: Engine, call: Call) -> Response:
    """Rename a key or change its description, tags or data type."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    _refuse_unmodelled(call, call.body, ("plural", "screenshot", "custom_metadata"))
    key = _key(content, call.params["id"])
    name = _text(call, "name", "Key", default=key.name)
    if name != key.name and any(other.name == name for other in content.keys.values()):
        raise invalid("Key", "name", "has already been taken")
    key.name, key.description = name, _text(call, "description", "Key", default=key.description)
    if "tags" in call.body:
        key.tags = _list(call.body["tags"])
    key.data_type, key.updated_at = _text(call, "data_type", "Key", default=key.data_type), timestamp()
    body = key_json(key, details=True)
    engine.emit(call, project, branch, "keys:update", "key", body)
    return json_response(200, body)


def _remove_keys(content: Content, keys: list[Key]) -> None:
    for key in keys:
        del content.keys[key.id]
        for pair in [pair for pair in content.translations if pair[0] == key.id]:
            del content.translations[pair]


@route("DELETE", "/projects/{project_id}/keys/{id}")
def delete_key(engine: Engine, call: Call) -> Response:
    """Remove a key and its translations."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    key = _key(content, call.params["id"])
    _remove_keys(content, [key])
    engine.emit(call, project, branch, "keys:delete", "key", key_json(key))
    return empty_response()


@route("DELETE", "/projects/{project_id}/keys")
def delete_keys(engine: Engine, call: Call) -> Response:
    """Remove every key matching ``q``."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    keys = _keys_matching(call, content, dict(call.query))
    _remove_keys(content, keys)
    if keys:
        engine.emit(call, project, branch, "keys:batch_delete", "keys", [key_json(k) for k in keys])
    return json_response(200, {"records_affected": len(keys)})


def _retag(engine: Engine, call: Call, *, add: bool) -> Response:
    project = engine.project(call)
    content, branch = engine.content(call, project)
    tags = _list(call.body.get("tags"))
    if not tags:
        raise invalid("Key", "tags", "can't be blank")
    keys = _keys_matching(call, content, call.body)
    for key in keys:
        key.tags = sorted(set(key.tags) | set(tags)) if add else [t for t in key.tags if t not in tags]
    if add and keys:
        engine.emit(call, project, branch, "keys:tags:batch_create", "keys", [key_json(k) for k in keys])
    return json_response(200, {"records_affected": len(keys)})


@route("PATCH", "/projects/{project_id}/keys/tag")
def tag_keys(engine: Engine, call: Call) -> Response:
    """Add tags to every key matching ``q``."""
    return _retag(engine, call, add=True)


@route("PATCH", "/projects/{project_id}/keys/untag")
def untag_keys(engine: Engine, call: Call) -> Response:
    """Remove tags from every key matching ``q``."""
    return _retag(engine, call, add=False)


def _tag_json(name: str, content: Content) -> JSON:
    # A tag exists while keys carry it: it dates from the first of them and changes with any of them.
    keys = [key for key in content.keys.values() if name in key.tags]
    return {
        "name": name,
        "keys_count": len(keys),
        "created_at": min((key.created_at for key in keys), default=timestamp()),
        "updated_at": max((key.updated_at for key in keys), default=timestamp()),
    }


@route("GET", "/projects/{project_id}/tags")
def list_tags(engine: Engine, call: Call) -> Response:
    """Every tag on a key, with how many keys carry it."""
    content, _ = engine.content(call, engine.project(call))
    names = sorted({tag for key in content.keys.values() for tag in key.tags})
    return paginate(call, [_tag_json(name, content) for name in names])


@route("GET", "/projects/{project_id}/tags/{name}")
def show_tag(engine: Engine, call: Call) -> Response:
    """One tag."""
    content, _ = engine.content(call, engine.project(call))
    body = _tag_json(call.params["name"], content)
    if not body["keys_count"]:
        raise not_found("Tag")
    return json_response(200, body)


# --- translations ---


def _translations_matching(call: Call, content: Content, q: str) -> list[Translation]:
    """Translations matching words (in the text), unverified:, excluded: and tags: (of the key)."""
    terms = _terms(call, q, ("unverified", "excluded", "tags"))

    def one(translation: Translation, qualifier: str, value: str) -> bool:
        if qualifier == "":
            return value.lower() in translation.content.lower()
        if qualifier == "tags":
            return bool(set(_list(value)) & set(content.keys[translation.key_id].tags))
        return bool(getattr(translation, qualifier)) == (value == "true")

    found = [t for t in content.translations.values() if all(one(t, q_, v) for q_, v in terms)]
    return sorted(found, key=lambda t: (content.keys[t.key_id].name, content.locales[t.locale_id].code))


@route("GET", "/projects/{project_id}/translations")
def list_translations(engine: Engine, call: Call) -> Response:
    """Translations, filtered by ``q`` (words, ``unverified:``, ``excluded:``, ``tags:``)."""
    content, _ = engine.content(call, engine.project(call))
    found = _translations_matching(call, content, str(call.arg("q") or ""))
    return paginate(call, [translation_json(t, content) for t in found])


@route("POST", "/projects/{project_id}/translations/search")
def search_translations(engine: Engine, call: Call) -> Response:
    """As `list_translations`, with the filters in the body."""
    content, _ = engine.content(call, engine.project(call))
    found = _translations_matching(call, content, str(call.body.get("q") or ""))
    if locale_ref := call.body.get("locale_id"):
        locale = _locale(content, str(locale_ref))
        found = [t for t in found if t.locale_id == locale.id]
    return paginate(call, [translation_json(t, content) for t in found])


@route("GET", "/projects/{project_id}/locales/{locale_id}/translations")
def list_translations_by_locale(engine: Engine, call: Call) -> Response:
    """The translations of one locale."""
    content, _ = engine.content(call, engine.project(call))
    locale = _locale(content, call.params["locale_id"], field="id")
    found = [t for t in _translations_matching(call, content, str(call.arg("q") or "")) if t.locale_id == locale.id]
    return paginate(call, [translation_json(t, content) for t in found])


@route("GET", "/projects/{project_id}/keys/{key_id}/translations")
def list_translations_by_key(engine: Engine, call: Call) -> Response:
    """The translations of one key."""
    content, _ = engine.content(call, engine.project(call))
    key = _key(content, call.params["key_id"])
    found = [t for t in _translations_matching(call, content, str(call.arg("q") or "")) if t.key_id == key.id]
    return paginate(call, [translation_json(t, content) for t in found])


@route("POST", "/projects/{project_id}/translations")
def create_translation(engine: Engine, call: Call) -> Response:
    """Set the text of a key in a locale (creating or replacing it)."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    _refuse_unmodelled(call, call.body, ("plural_suffix", "autotranslate"))
    locale = _locale(content, _text(call, "locale_id", "Translation", required=True))
    key = content.keys.get(_text(call, "key_id", "Translation", required=True))
    if key is None:
        raise invalid("Translation", "key_id", "no such key")
    existed = (key.id, locale.id) in content.translations
    translation = _set_translation(content, key, locale, _text(call, "content", "Translation"))
    translation.unverified = call.flag("unverified", translation.unverified)
    translation.excluded = call.flag("excluded", translation.excluded)
    body = translation_json(translation, content, details=True)
    engine.emit(call, project, branch, "translations:update" if existed else "translations:create", "translation", body)
    return json_response(201, body)


def _translation(content: Content, translation_id: str) -> Translation:
    for translation in content.translations.values():
        if translation.id == translation_id:
            return translation
    raise not_found("Translation")


@route("GET", "/projects/{project_id}/translations/{id}")
def show_translation(engine: Engine, call: Call) -> Response:
    """One translation."""
    content, _ = engine.content(call, engine.project(call))
    return json_response(200, translation_json(_translation(content, call.params["id"]), content, details=True))


@route("PATCH", "/projects/{project_id}/translations/{id}")
def update_translation(engine: Engine, call: Call) -> Response:
    """Change a translation's text or flags."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    _refuse_unmodelled(call, call.body, ("plural_suffix", "autotranslate"))
    translation = _translation(content, call.params["id"])
    translation.content = _text(call, "content", "Translation", default=translation.content)
    translation.unverified = call.flag("unverified", translation.unverified)
    translation.excluded = call.flag("excluded", translation.excluded)
    translation.updated_at = timestamp()
    body = translation_json(translation, content, details=True)
    engine.emit(call, project, branch, "translations:update", "translation", body)
    return json_response(200, body)


def _set_verified(engine: Engine, call: Call, *, unverified: bool) -> Response:
    project = engine.project(call)
    content, branch = engine.content(call, project)
    translation = _translation(content, call.params["id"])
    translation.unverified, translation.updated_at = unverified, timestamp()
    body = translation_json(translation, content, details=True)
    event = "translations:unverify" if unverified else "translations:verify"
    engine.emit(call, project, branch, event, "translation", body)
    return json_response(200, body)


@route("PATCH", "/projects/{project_id}/translations/{id}/verify")
def verify_translation(engine: Engine, call: Call) -> Response:
    """Mark a translation verified."""
    return _set_verified(engine, call, unverified=False)


@route("PATCH", "/projects/{project_id}/translations/{id}/unverify")
def unverify_translation(engine: Engine, call: Call) -> Response:
    """Mark a translation unverified."""
    return _set_verified(engine, call, unverified=True)


# --- uploads ---

_UPLOAD_FIELDS = {
    "branch",
    "file",
    "file_format",
    "locale_id",
    "tags",
    "update_translations",
    "update_descriptions",
    "skip_upload_tags",
    "skip_unverification",
    "file_encoding",
    "mark_reviewed",
    "tag_only_affected_keys",
    "update_translation_keys",
    "update_custom_metadata",  # no custom metadata in the fake: nothing to update
}


@route("POST", "/projects/{project_id}/uploads")
def create_upload(engine: Engine, call: Call) -> Response:
    """Read a locale file into keys and translations, counting what changed in ``summary``.

    New keys and translations are always created; existing translations change only with
    ``update_translations``. A changed text in the default locale marks the other locales' translations of
    that key unverified unless ``skip_unverification``. Keys in the file get the upload's tag (unless
    ``skip_upload_tags``) and ``tags``.
    """
    project = engine.project(call)
    fields, files = call.form
    unknown = {k: v for k, v in fields.items() if k not in _UPLOAD_FIELDS and not k.startswith("locale_mapping[")}
    _refuse_unmodelled(call, unknown)
    name = fields.get("branch") or None
    if name is not None and name not in project.branches:
        raise not_found(f"Branch {name!r}")
    content = project.branches[name].content if name else project.content
    if "file" not in files:
        raise invalid("Upload", "file", "can't be blank")
    filename, data = files["file"]
    file_format = fields.get("file_format") or project.main_format
    if file_format not in _formats.FORMATS:
        raise not_modelled(call.operation, f"file_format {file_format!r} (the fake has {', '.join(_formats.FORMATS)})")
    if fields.get("file_encoding", "UTF-8").upper().replace("-", "") not in ("UTF8", ""):
        raise not_modelled(call.operation, "encodings other than UTF-8")
    locale_ref = fields.get("locale_id")
    upload_locale = _locale(content, locale_ref) if locale_ref else None
    try:
        columns = _formats.read(file_format, data, upload_locale.code if upload_locale else None)
    except FormatError as error:
        raise invalid("Upload", "file", f"{filename}: {error}") from None
    # locale_mapping[<locale>]=<column>: a 1-based column number (the keys are column 1) or a header.
    headers = [column for column in columns if column is not None]
    mapping = {
        headers[int(column) - 2] if column.isdigit() and 2 <= int(column) <= len(headers) + 1 else column: ref
        for ref, column in call.prefixed("locale_mapping", fields).items()
    }
    summary = dict.fromkeys(
        (
            "locales_created",
            "translation_keys_created",
            "translation_keys_updated",
            "translation_keys_unmentioned",
            "translations_created",
            "translations_updated",
            "tags_created",
            "translation_keys_ignored",
        ),
        0,
    )
    upload = Upload(new_id("upload"), filename, file_format, None, [], summary, set())
    existing_tags = {tag for key in content.keys.values() for tag in key.tags}
    tags = _list(fields.get("tags"))
    if not (fields.get("skip_upload_tags") == "true"):
        upload.tag = f"upload-{upload.id[:8]}"
        tags.append(upload.tag)
    upload.tags = tags
    update = fields.get("update_translations") == "true"
    unverify = fields.get("skip_unverification") != "true"
    only_affected = fields.get("tag_only_affected_keys") == "true"
    by_name = {key.name: key for key in content.keys.values()}
    created: set[str] = set()
    changed: set[str] = set()
    for column, flat in columns.items():
        locale = _upload_target(content, column, mapping, upload_locale, summary, single=len(columns) == 1)
        if locale is None:
            continue
        for key_name, text in flat.items():
            key = by_name.get(key_name)
            if key is None:
                key = Key(new_id("key"), key_name)
                content.keys[key.id] = by_name[key_name] = key
                created.add(key.id)
            upload.mentioned_key_ids.add(key.id)
            found = content.translations.get((key.id, locale.id))
            if found is None:
                if text:
                    translation = _set_translation(content, key, locale, text)
                    translation.state = "reviewed" if fields.get("mark_reviewed") == "true" else "translated"
                    summary["translations_created"] += 1
                    changed.add(key.id)
            elif found.content != text and update:
                found.content, found.updated_at = text, timestamp()
                summary["translations_updated"] += 1
                changed.add(key.id)
                if locale.default and unverify:
                    for other in content.translations.values():
                        if other.key_id == key.id and other.locale_id != locale.id:
                            other.unverified = True
    for key_id in upload.mentioned_key_ids:
        if not only_affected or key_id in changed:
            key = content.keys[key_id]
            key.tags = sorted(set(key.tags) | set(tags))
    summary["translation_keys_created"] = len(created)
    summary["translation_keys_updated"] = len(changed - created)
    summary["translation_keys_unmentioned"] = len(content.keys) - len(upload.mentioned_key_ids)
    summary["tags_created"] = len(set(tags) - existing_tags)
    upload.polls_left = engine.upload_polls
    content.uploads[upload.id] = upload
    body = upload_json(upload)
    engine.emit(call, project, name, "uploads:create", "upload", body)
    return json_response(201, body)


def _upload_target(
    content: Content,
    column: str | None,
    mapping: dict[str, str],
    upload_locale: Locale | None,
    summary: dict[str, int],
    *,
    single: bool,
) -> Locale | None:
    """The locale a file's column goes to: the upload's, a mapped or same-named one, or a new one (None: skip)."""
    if column is None:
        if upload_locale is None:
            raise invalid("Upload", "locale_id", "can't be blank (the file does not name its locale)")
        return upload_locale
    if column in mapping:
        return _locale(content, mapping[column], field="locale_mapping")
    for locale in content.locales.values():
        if column in (locale.code, locale.name):
            return locale
    if column in ("description", "comment", "tags"):
        return None
    if single and upload_locale is not None:
        return upload_locale
    locale = Locale(new_id("locale"), column, column, default=not content.locales)
    content.locales[locale.id] = locale
    summary["locales_created"] += 1
    return locale


@route("GET", "/projects/{project_id}/uploads")
def list_uploads(engine: Engine, call: Call) -> Response:
    """Every upload of a project (or branch)."""
    content, _ = engine.content(call, engine.project(call))
    return paginate(call, [upload_json(u) for u in content.uploads.values()])


@route("GET", "/projects/{project_id}/uploads/{id}")
def show_upload(engine: Engine, call: Call) -> Response:
    """One upload; with ``upload_polls`` it answers ``processing`` that many times first."""
    content, _ = engine.content(call, engine.project(call))
    upload = content.uploads.get(call.params["id"])
    if upload is None:
        raise not_found("Upload")
    body = upload_json(upload)
    upload.polls_left = max(0, upload.polls_left - 1)
    return json_response(200, body)


@route("POST", "/projects/{project_id}/upload_batches")
def create_upload_batch(engine: Engine, call: Call) -> Response:
    """Close a set of uploads; with ``delete_unmentioned_keys``, remove keys none of them mentioned."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    ids = _list(call.body.get("upload_ids"))
    if not ids:
        raise invalid("UploadBatch", "upload_ids", "can't be blank")
    uploads = []
    for upload_id in ids:
        if upload_id not in content.uploads:
            raise invalid("UploadBatch", "upload_ids", f"no upload {upload_id!r}")
        uploads.append(content.uploads[upload_id])
    delete = call.flag("delete_unmentioned_keys")
    if delete:
        mentioned = set().union(*(u.mentioned_key_ids for u in uploads))
        gone = [key for key in content.keys.values() if key.id not in mentioned]
        _remove_keys(content, gone)
        if gone:
            engine.emit(call, project, branch, "keys:batch_delete", "keys", [key_json(k) for k in gone])
    now = timestamp()
    body: JSON = {
        "state": "done",
        "delete_unmentioned_keys": delete,
        "created_at": now,
        "updated_at": now,
        "project": project_short_json(project),
        "uploads": [upload_json(u) for u in uploads],
    }
    engine.emit(call, project, branch, "upload_batches:complete", "upload_batch", body)
    return json_response(201, body)


# --- branches ---


@route("GET", "/projects/{project_id}/branches")
def list_branches(engine: Engine, call: Call) -> Response:
    """Every branch of a project."""
    project = engine.project(call)
    return paginate(call, [branch_json(project, b) for b in project.branches.values()])


@route("POST", "/projects/{project_id}/branches")
def create_branch(engine: Engine, call: Call) -> Response:
    """A branch: a copy of the main content that changes on its own until merged."""
    project = engine.project(call)
    branch = engine.new_branch(project, _text(call, "name", "Branch", required=True))
    body = branch_json(project, branch)
    engine.emit(call, project, None, "branches:create", "branch", body)
    return json_response(201, body)


def _branch(project: Project, name: str) -> Branch:
    branch = project.branches.get(name)
    if branch is None:
        raise not_found(f"Branch {name!r}")
    return branch


@route("GET", "/projects/{project_id}/branches/{name}")
def show_branch(engine: Engine, call: Call) -> Response:
    """One branch."""
    project = engine.project(call)
    return json_response(200, branch_json(project, _branch(project, call.params["name"])))


@route("DELETE", "/projects/{project_id}/branches/{name}")
def delete_branch(engine: Engine, call: Call) -> Response:
    """Remove a branch and its content."""
    project = engine.project(call)
    del project.branches[_branch(project, call.params["name"]).name]
    return empty_response()


@route("PATCH", "/projects/{project_id}/branches/{name}/merge")
def merge_branch(engine: Engine, call: Call) -> Response:
    """Make the branch's content the main content (strategy ``use_branch``, the only one modelled)."""
    project = engine.project(call)
    branch = _branch(project, call.params["name"])
    strategy = call.body.get("strategy") or "use_branch"
    if strategy != "use_branch":
        raise not_modelled(call.operation, f"strategy {strategy!r}")
    project.content = branch.content.copy()
    branch.state, branch.merged_at = "merged", timestamp()
    engine.emit(call, project, None, "branches:merge", "branch", branch_json(project, branch))
    return Response(200, (), b"")


# --- jobs ---


def _job(content: Content, job_id: str) -> Job:
    job = content.jobs.get(job_id)
    if job is None:
        raise not_found("Job")
    return job


def _add_keys(content: Content, job: Job, ids: list[str], tags: list[str]) -> None:
    for key_id in ids:
        if key_id not in content.keys:
            raise invalid("Job", "translation_key_ids", f"no key {key_id!r}")
    tagged = [key.id for key in content.keys.values() if set(tags) & set(key.tags)]
    job.key_ids = list(dict.fromkeys([*job.key_ids, *ids, *tagged]))


@route("GET", "/projects/{project_id}/jobs")
def list_jobs(engine: Engine, call: Call) -> Response:
    """The jobs of a project (or branch), filtered by ``state``."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    jobs = [j for j in content.jobs.values() if call.arg("state") in (None, "", j.state)]
    return paginate(call, [job_json(project, j, content, branch, details=False) for j in jobs])


@route("POST", "/projects/{project_id}/jobs")
def create_job(engine: Engine, call: Call) -> Response:
    """A draft job with keys (by ID or tag)."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    _refuse_unmodelled(call, call.body, ("job_template_id",))
    source = _text(call, "source_locale_id", "Job")
    job = Job(
        new_id("job"),
        _text(call, "name", "Job", required=True),
        _text(call, "briefing", "Job"),
        call.body.get("due_date"),
        _text(call, "ticket_url", "Job"),
        source_locale_id=_locale(content, source, field="source_locale_id").id if source else None,
    )
    job.tag_name = f"job-{job.id[:8]}"
    _add_keys(content, job, _list(call.body.get("translation_key_ids")), _list(call.body.get("tags")))
    content.jobs[job.id] = job
    body = job_json(project, job, content, branch)
    engine.emit(call, project, branch, "jobs:create", "job", body)
    return json_response(201, body)


@route("GET", "/projects/{project_id}/jobs/{id}")
def show_job(engine: Engine, call: Call) -> Response:
    """One job with its keys and locales."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    return json_response(200, job_json(project, _job(content, call.params["id"]), content, branch))


@route("PATCH", "/projects/{project_id}/jobs/{id}")
def update_job(engine: Engine, call: Call) -> Response:
    """Change a job's name, briefing, due date or ticket."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    job = _job(content, call.params["id"])
    job.name = _text(call, "name", "Job", default=job.name)
    job.briefing = _text(call, "briefing", "Job", default=job.briefing)
    job.ticket_url = _text(call, "ticket_url", "Job", default=job.ticket_url)
    job.due_date = call.body.get("due_date", job.due_date)
    job.updated_at = timestamp()
    body = job_json(project, job, content, branch)
    engine.emit(call, project, branch, "jobs:update", "job", body)
    return json_response(200, body)


@route("DELETE", "/projects/{project_id}/jobs/{id}")
def delete_job(engine: Engine, call: Call) -> Response:
    """Remove a job."""
    content, _ = engine.content(call, engine.project(call))
    del content.jobs[_job(content, call.params["id"]).id]
    return empty_response()


def _transition(engine: Engine, call: Call, allowed: tuple[str, ...], state: str, event: str) -> Response:
    project = engine.project(call)
    content, branch = engine.content(call, project)
    job = _job(content, call.params["id"])
    if job.state not in allowed:
        raise invalid("Job", "state", f"a {job.state} job cannot become {state}")
    if state == "in_progress" and job.state == "draft" and not (job.key_ids and job.locales):
        raise invalid("Job", "state", "a job needs keys and locales before it starts")
    job.state, job.updated_at = state, timestamp()
    if state == "completed":
        for job_locale in job.locales:
            job_locale.completed = True
            job_locale.translation_completed_at = job_locale.translation_completed_at or job.updated_at
    body = job_json(project, job, content, branch)
    engine.emit(call, project, branch, event, "job", body)
    return json_response(200, body)


@route("POST", "/projects/{project_id}/jobs/{id}/start")
def start_job(engine: Engine, call: Call) -> Response:
    """Draft -> in_progress (needs keys and locales)."""
    return _transition(engine, call, ("draft",), "in_progress", "jobs:start")


@route("POST", "/projects/{project_id}/jobs/{id}/complete")
def complete_job(engine: Engine, call: Call) -> Response:
    """In_progress -> completed (every job locale completed too)."""
    return _transition(engine, call, ("in_progress",), "completed", "jobs:complete")


@route("POST", "/projects/{project_id}/jobs/{id}/reopen")
def reopen_job(engine: Engine, call: Call) -> Response:
    """Completed -> in_progress."""
    return _transition(engine, call, ("completed",), "in_progress", "jobs:reopened")


@route("POST", "/projects/{project_id}/jobs/{id}/keys")
def add_job_keys(engine: Engine, call: Call) -> Response:
    """Add keys to a job."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    job = _job(content, call.params["id"])
    _add_keys(content, job, _list(call.body.get("translation_key_ids")), [])
    return json_response(200, job_json(project, job, content, branch))


@route("DELETE", "/projects/{project_id}/jobs/{id}/keys")
def remove_job_keys(engine: Engine, call: Call) -> Response:
    """Take keys out of a job."""
    content, _ = engine.content(call, engine.project(call))
    job = _job(content, call.params["id"])
    gone = set(_list(call.arg("translation_key_ids")))
    job.key_ids = [k for k in job.key_ids if k not in gone]
    return empty_response()


def _job_locale(job: Job, job_locale_id: str) -> JobLocale:
    for job_locale in job.locales:
        if job_locale.id == job_locale_id:
            return job_locale
    raise not_found("Job locale")


@route("GET", "/projects/{project_id}/jobs/{job_id}/locales")
def list_job_locales(engine: Engine, call: Call) -> Response:
    """The locales of a job."""
    content, _ = engine.content(call, engine.project(call))
    job = _job(content, call.params["job_id"])
    return paginate(call, [job_locale_json(job, jl, content) for jl in job.locales])


@route("POST", "/projects/{project_id}/jobs/{job_id}/locales")
def create_job_locale(engine: Engine, call: Call) -> Response:
    """Add a locale to a job."""
    content, _ = engine.content(call, engine.project(call))
    job = _job(content, call.params["job_id"])
    locale = _locale(content, _text(call, "locale_id", "JobLocale", required=True))
    if any(jl.locale_id == locale.id for jl in job.locales):
        raise invalid("JobLocale", "locale_id", "is already part of the job")
    job_locale = JobLocale(new_id("job_locale"), locale.id, _list(call.body.get("user_ids")))
    job.locales.append(job_locale)
    return json_response(201, job_locale_json(job, job_locale, content))


@route("GET", "/projects/{project_id}/jobs/{job_id}/locales/{id}")
def show_job_locale(engine: Engine, call: Call) -> Response:
    """One locale of a job."""
    content, _ = engine.content(call, engine.project(call))
    job = _job(content, call.params["job_id"])
    return json_response(200, job_locale_json(job, _job_locale(job, call.params["id"]), content))


@route("DELETE", "/projects/{project_id}/jobs/{job_id}/locales/{id}")
def delete_job_locale(engine: Engine, call: Call) -> Response:
    """Take a locale out of a job."""
    content, _ = engine.content(call, engine.project(call))
    job = _job(content, call.params["job_id"])
    job.locales.remove(_job_locale(job, call.params["id"]))
    return empty_response()


@route("POST", "/projects/{project_id}/jobs/{job_id}/locales/{id}/complete")
def complete_job_locale(engine: Engine, call: Call) -> Response:
    """Mark one locale of a started job translated."""
    project = engine.project(call)
    content, branch = engine.content(call, project)
    job = _job(content, call.params["job_id"])
    if job.state != "in_progress":
        raise invalid("JobLocale", "state", f"the job is {job.state}, not in_progress")
    job_locale = _job_locale(job, call.params["id"])
    job_locale.completed, job_locale.translation_completed_at = True, timestamp()
    body = job_locale_json(job, job_locale, content)
    engine.emit(call, project, branch, "jobs:locale:complete", "job_locale", body)
    return json_response(200, body)


# --- webhooks ---


def _webhook(project: Project, webhook_id: str) -> Webhook:
    webhook = project.webhooks.get(webhook_id)
    if webhook is None:
        raise not_found("Webhook")
    return webhook


def _events(call: Call) -> list[str]:
    return _list(call.body.get("events"))


@route("GET", "/projects/{project_id}/webhooks")
def list_webhooks(engine: Engine, call: Call) -> Response:
    """The webhooks of a project."""
    return paginate(call, [webhook_json(w) for w in engine.project(call).webhooks.values()])


@route("POST", "/projects/{project_id}/webhooks")
def create_webhook(engine: Engine, call: Call) -> Response:
    """A webhook: events (all when empty) POSTed to ``callback_url``, signed with ``secret`` when given."""
    project = engine.project(call)
    url = _text(call, "callback_url", "Webhook", required=True)
    if not url.startswith(("http://", "https://")):
        raise invalid("Webhook", "callback_url", "must be an http(s) URL")
    webhook = Webhook(
        new_id("webhook"),
        url,
        _text(call, "secret", "Webhook") or None,
        _text(call, "description", "Webhook"),
        _events(call),
        call.flag("active", True),
        call.flag("include_branches"),
    )
    project.webhooks[webhook.id] = webhook
    return json_response(201, webhook_json(webhook))


@route("GET", "/projects/{project_id}/webhooks/{id}")
def show_webhook(engine: Engine, call: Call) -> Response:
    """One webhook."""
    return json_response(200, webhook_json(_webhook(engine.project(call), call.params["id"])))


@route("PATCH", "/projects/{project_id}/webhooks/{id}")
def update_webhook(engine: Engine, call: Call) -> Response:
    """Change a webhook's URL, secret, events or flags."""
    webhook = _webhook(engine.project(call), call.params["id"])
    webhook.callback_url = _text(call, "callback_url", "Webhook", default=webhook.callback_url)
    if "secret" in call.body:
        webhook.secret = _text(call, "secret", "Webhook") or None
    webhook.description = _text(call, "description", "Webhook", default=webhook.description)
    if "events" in call.body:
        webhook.events = _events(call)
    webhook.active = call.flag("active", webhook.active)
    webhook.include_branches = call.flag("include_branches", webhook.include_branches)
    webhook.updated_at = timestamp()
    return json_response(200, webhook_json(webhook))


@route("DELETE", "/projects/{project_id}/webhooks/{id}")
def delete_webhook(engine: Engine, call: Call) -> Response:
    """Remove a webhook."""
    project = engine.project(call)
    del project.webhooks[_webhook(project, call.params["id"]).id]
    return empty_response()


@route("POST", "/projects/{project_id}/webhooks/{id}/test")
def test_webhook(engine: Engine, call: Call) -> Response:
    """Deliver a ``webhooks:test`` event now (also to inactive webhooks)."""
    project = engine.project(call)
    webhook = _webhook(project, call.params["id"])
    call.events.append((project, None, "webhooks:test", {"webhook": webhook_json(webhook)}, webhook.id))
    return json_response(200, webhook_json(webhook))  # the API answers with the webhook


def _delivery_json(engine: Engine, delivery_id: str | None, webhook: Webhook) -> list[JSON]:
    return [
        {
            "id": d.id,
            "webhook_id": d.webhook_id,
            "response_status_code": d.status,
            "delivered_at": d.delivered_at,
            "created_at": d.delivered_at,
            "updated_at": d.delivered_at,
        }
        for d in engine.deliveries
        if d.webhook_id == webhook.id and delivery_id in (None, d.id)
    ]


@route("GET", "/projects/{project_id}/webhooks/{webhook_id}/deliveries")
def list_webhook_deliveries(engine: Engine, call: Call) -> Response:
    """What was sent to a webhook, with the receiver's status codes (filter: ``response_status_codes``)."""
    webhook = _webhook(engine.project(call), call.params["webhook_id"])
    codes = {int(code) for code in _list(call.arg("response_status_codes"))}
    found = [d for d in _delivery_json(engine, None, webhook) if not codes or d["response_status_code"] in codes]
    return paginate(call, found)


@route("GET", "/projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}")
def show_webhook_delivery(engine: Engine, call: Call) -> Response:
    """One delivery."""
    webhook = _webhook(engine.project(call), call.params["webhook_id"])
    found = _delivery_json(engine, call.params["id"], webhook)
    if not found:
        raise not_found("Webhook delivery")
    return json_response(200, found[0])


# --- authorizations ---


def _authorization(engine: Engine, authorization_id: str) -> Authorization:
    if authorization_id not in engine.authorizations:
        raise not_found("Authorization")
    return engine.authorizations[authorization_id]


@route("GET", "/authorizations")
def list_authorizations(engine: Engine, call: Call) -> Response:
    """The tokens made through the API (without their secrets)."""
    return paginate(call, [authorization_json(a) for a in engine.authorizations.values()])


@route("POST", "/authorizations")
def create_authorization(engine: Engine, call: Call) -> Response:
    """A new token, shown once; the fake accepts it from then on."""
    scopes = _list(call.body.get("scopes")) or ["read", "write"]
    authorization = engine.issue_token(
        _text(call, "note", "Authorization", required=True), scopes, call.body.get("expires_at")
    )
    return json_response(201, authorization_json(authorization, with_token=True))


@route("GET", "/authorizations/{id}")
def show_authorization(engine: Engine, call: Call) -> Response:
    """One token (without its secret)."""
    return json_response(200, authorization_json(_authorization(engine, call.params["id"])))


@route("PATCH", "/authorizations/{id}")
def update_authorization(engine: Engine, call: Call) -> Response:
    """Change a token's note, scopes or expiry."""
    authorization = _authorization(engine, call.params["id"])
    authorization.note = _text(call, "note", "Authorization", default=authorization.note)
    if "scopes" in call.body:
        authorization.scopes = _list(call.body["scopes"])
    authorization.expires_at = call.body.get("expires_at", authorization.expires_at)
    authorization.updated_at = timestamp()
    return json_response(200, authorization_json(authorization))


@route("DELETE", "/authorizations/{id}")
def delete_authorization(engine: Engine, call: Call) -> Response:
    """Revoke a token: the fake refuses it from then on (when tokens are checked)."""
    authorization = engine.authorizations.pop(_authorization(engine, call.params["id"]).id)
    if engine.accepted_tokens is not None:
        engine.accepted_tokens.discard(authorization.token)
    engine.revoked_tokens.add(authorization.token)
    return empty_response()
