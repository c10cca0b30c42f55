"""Regenerate the webhook event models from reference/webhook_schemas/.

Usage: python scripts/generate_webhooks.py [--out DIR]   (default: generated/)

Phrase publishes one JSON Schema (draft-04) and one example per webhook event. This script turns them
into an OpenAPI 3.1 document, ``webhooks.openapi.yaml``, and runs openapi-python-client on it with the
project's generator config and templates into ``phrase_strings_webhooks/``; then it writes
``phrase_strings_webhooks/events.py`` (event-name constants and the name -> class table).
Both land in the output folder, replacing what was there.

How the schemas become models:

- One model per event, named after the event (``jobs:locale:complete`` -> ``JobsLocaleComplete``).
  ``event``, ``message`` and ``sent_at`` are required in every one: every delivery carries them.
- Objects that several events share (``user``, ``project``, ``key``, ...) become one model each, merged
  from every event's variant: the union of their fields, a field required only where every variant
  requires it, and the union of the types a field may have. Objects in arrays are ``<Array>Item``
  (``keys`` -> ``KeysItem``). Nested objects get their own model, named by path (``ProjectPointOfContact``).
- Draft-04 leftovers are normalised: ``items: [schema]`` -> ``items: schema``; ``const``/``enum`` on
  the event name dropped (the model says which event it is; generated enums would be closed);
  ``anyOf`` of a date-time and Phrase's ``YYYY-MM-DD HH:MM:SS UTC`` pattern -> date-time.
- ``$ref``s to files Phrase does not publish (``user.json``, ``release.json``) and empty schemas
  (``items: {}``) are replaced by a schema inferred from that event's example.
- A field that is an object in one event and something else in another becomes a union
  (``KeysItem.tags``: tag objects in ``keys:tags:batch_create``, names in the other events).
- Timestamps stay ``format: date-time``; the template override in templates/webhooks/ makes the models
  read Phrase's ``2025-02-07 16:44:04 UTC`` form (the stdlib parser alone rejects it) as aware datetimes.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a file, this script still imports its sibling as scripts.<name>
from scripts.generate import BIN, run_generator  # noqa: E402

SCHEMAS = ROOT / "reference" / "webhook_schemas"
DEFAULT_OUT = ROOT / "generated"
PACKAGE = "phrase_strings_webhooks"
DOCUMENT = "webhooks.openapi.yaml"
ENVELOPE = ("event", "message", "sent_at")
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}")

Schema = dict[str, Any]


def pascal(name: str) -> str:
    """``custom_metadata_values:batch_update`` -> ``CustomMetadataValuesBatchUpdate``."""
    return "".join(part.capitalize() for part in re.split(r"[:_]", name) if part)


def types_of(schema: Schema) -> set[str]:
    """The types a schema allows, as a set (``type`` may be a string or a list)."""
    kind = schema.get("type")
    if kind is None:
        return set()
    return {kind} if isinstance(kind, str) else set(kind)


def infer(value: Any) -> Schema:
    """A schema for an example value, for the schemas Phrase refers to but does not publish."""
    if value is None:
        return {}
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        return {"type": "string", "format": "date-time"} if TIMESTAMP.match(value) else {"type": "string"}
    if isinstance(value, list):
        return {"type": "array", "items": infer(value[0]) if value else {}}
    # What the example has is taken as required: merged with Phrase's own schemas, it requires nothing more.
    properties = {key: infer(item) for key, item in value.items()}
    return {"type": "object", "properties": properties, "required": sorted(properties)}


def normalise(schema: Schema, example: Any) -> Schema:
    """Draft-04 schema (with Phrase's quirks) -> the subset of OpenAPI 3.1 the merge below works on."""
    if "$ref" in schema:
        referred = SCHEMAS / schema["$ref"]
        return normalise(json.loads(referred.read_text()), example) if referred.is_file() else infer(example)
    if "anyOf" in schema:
        members = [normalise(member, example) for member in schema["anyOf"]]
        if all(types_of(member) == {"string"} for member in members):
            date_time = any(member.get("format") == "date-time" for member in members)
            return {"type": "string", "format": "date-time"} if date_time else {"type": "string"}
        raise SystemExit(f"unexpected anyOf: {schema}")
    out: Schema = {}
    kinds = types_of(schema)
    if "const" in schema:
        kinds.add("string")
    if kinds:
        out["type"] = sorted(kinds)
    if schema.get("format") == "date-time":
        out["format"] = "date-time"
    if "properties" in schema:
        values = example if isinstance(example, dict) else {}
        out["properties"] = {key: normalise(sub, values.get(key)) for key, sub in schema["properties"].items()}
        out["required"] = sorted(schema.get("required", []))
    if "items" in schema:
        items = schema["items"]
        if isinstance(items, list):
            items = items[0] if items else {}
        first = example[0] if isinstance(example, list) and example else None
        out["items"] = normalise(items, first)
    # An empty schema says nothing; the example at least shows one value.
    return out or infer(example)


def merge(a: Schema, b: Schema) -> Schema:
    """One schema that admits what either variant admits; ``{}`` (unknown) gives way to the other."""
    if not a:
        return b
    if not b:
        return a
    out: Schema = {"type": sorted(types_of(a) | types_of(b))}
    if "date-time" in (a.get("format"), b.get("format")):
        out["format"] = "date-time"
    if "properties" in a or "properties" in b:
        pa, pb = a.get("properties", {}), b.get("properties", {})
        out["properties"] = {key: merge(pa.get(key, {}), pb.get(key, {})) for key in {**pa, **pb}}
        ra = set(a.get("required", [])) if "properties" in a else set(pb)
        rb = set(b.get("required", [])) if "properties" in b else set(pa)
        out["required"] = sorted(ra & rb)
    if "items" in a or "items" in b:
        out["items"] = merge(a.get("items", {}), b.get("items", {}))
    return out


class Builder:
    """Hoists objects into named components and writes schemas in OpenAPI 3.1 form."""

    def __init__(self) -> None:
        self.components: dict[str, Schema] = {}

    def emit(self, schema: Schema, name: str) -> Schema:
        """The OpenAPI form of a merged schema; objects become ``$ref``s to a component called ``name``."""
        kinds = types_of(schema)
        if "object" in kinds:
            self.add(name, schema)
            ref: Schema = {"$ref": f"#/components/schemas/{name}"}
            rest = sorted(kinds - {"object"})
            if not rest:
                return ref
            # An object in some events, something else (or null) in others.
            return {"anyOf": [ref, self.emit({**schema, "type": rest}, name)]}
        out: Schema = {}
        if kinds:
            out["type"] = sorted(kinds)[0] if len(kinds) == 1 else sorted(kinds)
        if "format" in schema and "string" in kinds:
            out["format"] = schema["format"]
        if "array" in kinds:
            out["items"] = self.emit(schema.get("items", {}), name)
        return out

    def add(self, name: str, schema: Schema) -> None:
        """Component ``name`` for an object schema; nested objects are named by their path."""
        properties = {}
        for key, sub in schema.get("properties", {}).items():
            sub_name = pascal(key) + "Item" if types_of(sub) & {"array"} else pascal(key)
            properties[key] = self.emit(sub, name + sub_name)
        component: Schema = {"type": "object", "properties": properties}
        if schema.get("required"):
            component["required"] = schema["required"]
        if self.components.get(name, component) != component:
            raise SystemExit(f"two different schemas would be called {name}")
        self.components[name] = component


def load_events() -> dict[str, Schema]:
    """Event name -> normalised schema, from the vendored files."""
    events: dict[str, Schema] = {}
    for path in sorted(SCHEMAS.glob("*.json")):
        if path.stem.endswith("_example"):
            continue
        example = json.loads(path.with_name(f"{path.stem}_example.json").read_text())
        events[example["event"]] = normalise(json.loads(path.read_text()), example)
    return events


def build_document() -> Schema:
    """The OpenAPI document: one component per event and per shared object."""
    events = load_events()
    shared: dict[str, Schema] = {}  # component name -> merged object schema
    for schema in events.values():
        for key, sub in schema["properties"].items():
            if key in ENVELOPE:
                continue
            if "object" in types_of(sub):
                shared[pascal(key)] = merge(shared.get(pascal(key), {}), sub)
            elif "object" in types_of(sub.get("items", {})):
                name = pascal(key) + "Item"
                shared[name] = merge(shared.get(name, {}), sub["items"])
    builder = Builder()
    for name, schema in sorted(shared.items()):
        builder.emit({**schema, "type": ["object"]}, name)
    for event, schema in sorted(events.items()):
        properties: Schema = {
            "event": {"type": "string", "description": f"Always `{event}`."},
            "message": {"type": "string", "description": "What happened, in words."},
            "sent_at": {"type": "string", "format": "date-time", "description": "When Phrase sent the event."},
        }
        for key, sub in schema["properties"].items():
            if key in ENVELOPE:
                continue
            # Shared objects keep this event's own nullability.
            if "object" in types_of(sub):
                holder = pascal(key)
                properties[key] = builder.emit({**shared[holder], "type": sub["type"]}, holder)
            elif "object" in types_of(sub.get("items", {})):
                holder = pascal(key) + "Item"
                properties[key] = builder.emit({**sub, "items": {**shared[holder], "type": ["object"]}}, holder)
            else:
                properties[key] = builder.emit(sub, pascal(event) + pascal(key))
        required = sorted(set(schema["required"]) | set(ENVELOPE))
        name = pascal(event)
        if name in builder.components:
            raise SystemExit(f"event {event} and a shared object are both called {name}")
        builder.components[name] = {
            "type": "object",
            "description": f"The `{event}` webhook event.",
            "properties": properties,
            "required": required,
            "x-event": event,
        }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Phrase Strings webhook events",
            "version": "1.0.0",
            "description": "Built by scripts/generate_webhooks.py from reference/webhook_schemas/; do not edit.",
        },
        "paths": {},
        "components": {"schemas": dict(sorted(builder.components.items()))},
    }


def events_module(document: Schema) -> str:
    """Source of ``events.py``: a constant per event name and the table from names to models."""
    events = {
        schema["x-event"]: name for name, schema in document["components"]["schemas"].items() if "x-event" in schema
    }
    lines = [
        '"""Webhook event names and the model of each; generated by scripts/generate_webhooks.py."""',
        "",
        "import datetime",
        "from typing import Any, Final, Protocol, Self",
        "",
        *(f"from .models.{re.sub(r'(?<!^)(?=[A-Z])', '_', n).lower()} import {n}" for n in sorted(events.values())),
        "",
        "",
        "class EventModel(Protocol):",
        '    """What every generated event model offers."""',
        "",
        "    event: str",
        "    message: str",
        "    sent_at: datetime.datetime",
        "",
        "    @classmethod",
        "    def from_dict(cls, src_dict: Any) -> Self: ...",
        "",
        "    def to_dict(self) -> dict[str, Any]: ...",
        "",
        "",
    ]
    constants = {event: re.sub(r"[^A-Z0-9]", "_", event.upper()) for event in events}
    lines += [f'{constants[event]}: Final = "{event}"' for event in sorted(events)]
    lines += ["", "EVENT_MODELS: Final[dict[str, type[EventModel]]] = {"]
    lines += [f"    {constants[event]}: {events[event]}," for event in sorted(events)]
    lines += ["}", '"""Event name -> model class."""', "", "__all__ = ["]
    exported = ["EVENT_MODELS", "EventModel", *constants.values(), *events.values()]
    lines += [f'    "{name}",' for name in sorted(exported)]
    lines += ["]", ""]
    return "\n".join(lines)


WEBHOOK_ERRORS = '''"""The errors the webhook models raise: the generated API client's, so each is a PhraseError."""

from phrase_strings_api.errors import MalformedResponseError, MissingFieldError

__all__ = ["MalformedResponseError", "MissingFieldError"]
'''


def generate(out: Path) -> None:
    """Write the document, run openapi-python-client, add events.py; replace ``out``'s copies."""
    document = build_document()
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        (scratch / DOCUMENT).write_text(text)
        config = yaml.safe_load((ROOT / "generator-config.yml").read_text())
        config |= {"project_name_override": "phrase-strings-webhooks", "package_name_override": PACKAGE}
        (scratch / "config.yml").write_text(yaml.safe_dump(config))
        # The project's templates, with the webhook overrides on top.
        templates = scratch / "templates"
        shutil.copytree(ROOT / "templates", templates, ignore=shutil.ignore_patterns("webhooks"))
        shutil.copytree(ROOT / "templates" / "webhooks", templates, dirs_exist_ok=True)
        target = scratch / PACKAGE
        run_generator(scratch / DOCUMENT, scratch / "config.yml", templates, target)
        # Models only: the client and (empty) api modules have nothing to do here. The models raise the
        # generated client's errors (PhraseErrors), and use the same hand-written types module.
        shutil.rmtree(target / "api")
        (target / "client.py").unlink()
        (target / "errors.py").write_text(WEBHOOK_ERRORS)
        shutil.copyfile(ROOT / "templates" / "runtime" / "types.py", target / "types.py")
        (target / "py.typed").write_text("")
        (target / "events.py").write_text(events_module(document))
        subprocess.run(
            [str(BIN / "ruff"), "format", "--isolated", "--no-cache", "--line-length", "120", "events.py"],
            check=True,
            cwd=target,
            capture_output=True,
        )
        out.mkdir(parents=True, exist_ok=True)
        if (out / PACKAGE).exists():
            shutil.rmtree(out / PACKAGE)
        shutil.copytree(target, out / PACKAGE)
        (out / DOCUMENT).write_text(text)


def main() -> None:
    """Parse arguments and generate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the document and the package")
    generate(parser.parse_args().out)


if __name__ == "__main__":
    main()
