# ruff: noqa: S311 (seeded generators make the canned data repeatable; nothing here is secret)
"""Canned Phrase answers for the benchmark: a project, pages of keys, translations, a big download.

The shapes follow the API's published schemas (see openapi.yaml): ids are 32 hex digits, dates
are ISO 8601 with ``Z``, translations carry nested ``key``/``locale`` objects, lists come with a
``Link`` header and every answer with the ``X-Rate-Limit-*`` headers. Content is deterministic
(seeded), so every run parses the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any

PROJECT_ID = "a9c2f1e07b3d4c58b6e1f0d2c3b4a596"
PER_PAGE = 100
KEY_PAGES = 100  # 10,000 keys in all
TRANSLATION_PAGES = 20
DOWNLOAD_NAME = "download.bin"

_WORDS = (
    "checkout payment button label title subtitle error message empty state cart total shipping address "
    "billing confirm cancel retry account profile settings password email notification banner tooltip "
    "header footer menu search filter results order invoice discount coupon summary"
).split()
_LOCALES = [
    ("de-DE", "German"),
    ("fr-FR", "French"),
    ("es-ES", "Spanish"),
    ("it-IT", "Italian"),
    ("ja-JP", "Japanese"),
    ("pt-BR", "Portuguese (Brazil)"),
]
_STATES = ("translated", "reviewed", "unverified", "proofread")


def _hex(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def _stamp(rng: random.Random) -> str:
    return (
        f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )


def _key_name(rng: random.Random, index: int) -> str:
    return ".".join(rng.sample(_WORDS, 3)) + f"_{index:05d}"


def project() -> dict[str, Any]:
    """A project as ``GET /projects/{id}`` returns it (project_details)."""
    return {
        "id": PROJECT_ID,
        "name": "Web shop",
        "slug": "web-shop",
        "main_format": "yml",
        "project_image_url": "https://cdn.example.com/projects/web-shop.png",
        "media": "web",
        "account": {
            "id": "0f5e4d3c2b1a09f8e7d6c5b4a3928170",
            "name": "Example Corp",
            "slug": "example-corp",
            "company": "Example Corp GmbH",
            "created_at": "2019-05-02T08:15:00Z",
            "updated_at": "2025-01-20T16:42:11Z",
            "company_logo_url": "https://cdn.example.com/accounts/example-corp.png",
        },
        "space": {
            "id": "7d6c5b4a39281706f5e4d3c2b1a09f8e",
            "name": "Storefront",
            "created_at": "2021-03-14T09:30:00Z",
            "updated_at": "2025-02-01T10:00:00Z",
            "projects_count": 7,
        },
        "point_of_contact": {
            "id": "e7d6c5b4a39281700f5e4d3c2b1a09f8",
            "username": "ada",
            "name": "Ada Lovelace",
            "gravatar_uid": "c0ffee0123456789abcdef0123456789",
        },
        "created_at": "2021-03-14T09:30:00Z",
        "updated_at": "2025-02-11T17:03:27Z",
        "shares_translation_memory": True,
        "machine_translation_enabled": True,
        "zero_plural_form_enabled": False,
        "enable_all_data_type_translation_keys_for_translators": False,
        "enable_icu_message_format": True,
        "enable_branching": True,
        "protect_master_branch": True,
        "autotranslate_enabled": False,
        "autotranslate_check_new_translation_keys": False,
        "autotranslate_check_new_uploads": False,
        "autotranslate_check_new_locales": False,
        "autotranslate_mark_as_unverified": True,
        "autotranslate_use_machine_translation": False,
        "autotranslate_use_translation_memory": True,
        "default_encoding": "UTF-8",
    }


def keys_page(page: int, per_page: int = PER_PAGE) -> list[dict[str, Any]]:
    """Page ``page`` (1-based) of the project's keys, as ``GET /projects/{id}/keys`` returns it."""
    rng = random.Random(f"keys-{page}")
    items = []
    for i in range(per_page):
        index = (page - 1) * per_page + i
        name = _key_name(rng, index)
        items.append(
            {
                "id": _hex(rng),
                "name": name,
                "description": f"Shown on the {name.split('.')[0]} screen" if rng.random() < 0.7 else "",
                "name_hash": hashlib.md5(name.encode(), usedforsecurity=False).hexdigest(),
                "plural": rng.random() < 0.1,
                "use_ordinal_rules": False,
                "tags": rng.sample(["web", "ios", "android", "release-7", "legal", "marketing"], rng.randint(0, 3)),
                "data_type": "string",
                "created_at": _stamp(rng),
                "updated_at": _stamp(rng),
            }
        )
    return items


def translations_page(page: int, per_page: int = PER_PAGE) -> list[dict[str, Any]]:
    """Page ``page`` of the project's translations, with their nested key and locale objects."""
    rng = random.Random(f"translations-{page}")
    locales = [(_hex(random.Random(code)), code, name) for code, name in _LOCALES]
    items = []
    for i in range(per_page):
        index = (page - 1) * per_page + i
        locale_id, code, locale_name = rng.choice(locales)
        plural = rng.random() < 0.1
        content = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 12))).capitalize()
        items.append(
            {
                "id": _hex(rng),
                "content": content + (" {count}" if plural else ""),
                "unverified": rng.random() < 0.2,
                "excluded": False,
                "plural_suffix": "other" if plural else "",
                "key": {
                    "id": _hex(rng),
                    "name": _key_name(rng, index),
                    "plural": plural,
                    "use_ordinal_rules": False,
                },
                "locale": {"id": locale_id, "name": locale_name, "code": code},
                "placeholders": ["{count}"] if plural else [],
                "state": rng.choice(_STATES),
                "created_at": _stamp(rng),
                "updated_at": _stamp(rng),
                "linked_translation": None,
            }
        )
    return items


def link_header(url: str, page: int, last: int, per_page: int = PER_PAGE) -> str:
    """An RFC 8288 ``Link`` header as Phrase sends it (first, prev, next, last)."""
    rels = [("first", 1)]
    if page > 1:
        rels.append(("prev", page - 1))
    if page < last:
        rels.append(("next", page + 1))
    rels.append(("last", last))
    return ", ".join(f'<{url}?page={number}&per_page={per_page}>; rel="{rel}"' for rel, number in rels)


def dump(value: Any) -> bytes:
    """JSON as the API sends it: compact UTF-8."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def write_tree(root: Path, download_mb: int) -> dict[str, int]:
    """Write every canned body under ``root``; return the byte size of the main ones."""
    (root / "keys").mkdir(parents=True, exist_ok=True)
    (root / "translations").mkdir(exist_ok=True)
    sizes = {"project": (root / "project.json").write_bytes(dump(project()))}
    for page in range(1, KEY_PAGES + 1):
        size = (root / "keys" / f"{page}.json").write_bytes(dump(keys_page(page)))
        if page == 1:
            sizes["keys_page"] = size
    for page in range(1, TRANSLATION_PAGES + 1):
        size = (root / "translations" / f"{page}.json").write_bytes(dump(translations_page(page)))
        if page == 1:
            sizes["translations_page"] = size
    (root / "empty.json").write_bytes(b"[]")
    # A file of the requested size; the bytes vary so nothing along the way can compress them away.
    chunk = random.Random("download").randbytes(1 << 20)
    with (root / DOWNLOAD_NAME).open("wb") as out:
        for _ in range(download_mb):
            out.write(chunk)
    sizes["download"] = download_mb << 20
    return sizes
