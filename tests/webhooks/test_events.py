from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import phrase_strings.webhooks as webhooks
import pytest
from phrase_strings import ConfigurationError, PhraseError
from phrase_strings.webhooks import (
    EVENT_MODELS,
    JOBS_COMPLETE,
    CustomMetadataValuesBatchUpdate,
    InvalidEvent,
    InvalidSignature,
    JobsComplete,
    KeysTagsBatchCreate,
    UnknownEvent,
    parse_event,
    parse_timestamp,
)
from phrase_strings_webhooks.types import Unset

from .conftest import EXAMPLES, SCHEMAS, SECRET, example, sign

UTC = datetime.UTC


def class_name(event: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[:_]", event))


def constant_name(event: str) -> str:
    return re.sub(r"[^A-Z0-9]", "_", event.upper())


def same_modulo_timestamps(original: Any, produced: Any, path: str = "$") -> None:
    """``produced`` equals ``original``, except that timestamps may be written differently for the same instant."""
    if isinstance(original, dict):
        assert isinstance(produced, dict), path
        assert set(produced) == set(original), path
        for key in original:
            same_modulo_timestamps(original[key], produced[key], f"{path}.{key}")
    elif isinstance(original, list):
        assert isinstance(produced, list) and len(produced) == len(original), path
        for index, (a, b) in enumerate(zip(original, produced, strict=True)):
            same_modulo_timestamps(a, b, f"{path}[{index}]")
    elif isinstance(original, str) and original != produced:
        assert isinstance(produced, str), path
        before, after = parse_timestamp(original), parse_timestamp(produced)
        assert before is not None and before == after, f"{path}: {original!r} -> {produced!r}"
    else:
        assert produced == original, path


def test_every_published_event_has_a_model_and_a_constant() -> None:
    schemas = [p for p in SCHEMAS.glob("*.json") if not p.stem.endswith("_example")]
    names = {json.loads(p.read_text())["event"] for p in EXAMPLES}
    assert len(schemas) == len(EXAMPLES) == len(names) == 49
    assert set(EVENT_MODELS) == names
    for name in names:
        assert getattr(webhooks, constant_name(name)) == name
        assert EVENT_MODELS[name] is getattr(webhooks, class_name(name))
        assert class_name(name) in webhooks.__all__ and constant_name(name) in webhooks.__all__


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem.removesuffix("_example") for p in EXAMPLES])
def test_every_example_parses_into_its_class_and_round_trips(path: Path) -> None:
    body = path.read_bytes()
    original = json.loads(body)
    event = parse_event(body, {"X-PhraseApp-Signature": sign(body)}, secret=SECRET)
    assert type(event).__name__ == class_name(original["event"])
    assert isinstance(event, EVENT_MODELS[original["event"]])
    assert event.event == original["event"]
    assert event.message == original["message"]
    assert event.sent_at == parse_timestamp(original["sent_at"])
    assert event.sent_at.tzinfo is not None and event.sent_at.utcoffset() == datetime.timedelta(0)
    produced = event.to_dict()
    same_modulo_timestamps(original, produced)
    assert type(event).from_dict(produced) == event
    assert parse_event(json.dumps(produced)) == event


def test_jobs_complete_fields_are_typed(jobs_complete_body: bytes) -> None:
    event = parse_event(jobs_complete_body)
    assert isinstance(event, JobsComplete) and event.event == JOBS_COMPLETE
    assert event.sent_at == datetime.datetime(2025, 2, 7, 16, 44, 4, tzinfo=UTC)
    assert not isinstance(event.job, Unset) and not isinstance(event.branch, Unset)
    assert event.job.name == "Translation job for feature 1"
    assert event.job.owner.username == "john.smith"
    assert event.job.due_date == datetime.datetime(2025, 2, 7, 16, 18, 13, tzinfo=UTC)
    assert event.job.review_due_date is None
    assert event.project.name == "Translation Project"
    assert event.project.created_at == datetime.datetime(2025, 2, 7, 16, 18, 13, tzinfo=UTC)
    assert event.user.username == "john.smith"
    assert event.branch.name == "new-feature-1"


def test_a_field_shaped_differently_across_events_parses_both_ways() -> None:
    # keys:tags:batch_create lists tag objects; custom_metadata_values:batch_update lists tag names.
    tagged = parse_event(json.dumps(example("keys_tags_batch_create")))
    assert isinstance(tagged, KeysTagsBatchCreate)
    published = example("keys_tags_batch_create")["keys"][0]["tags"]
    objects = [tag for tag in tagged.keys[0].tags if not isinstance(tag, str)]
    assert len(objects) == len(tagged.keys[0].tags)  # tag objects only, no names
    assert [tag.name for tag in objects] == [tag["name"] for tag in published]
    named = parse_event(json.dumps(example("custom_metadata_values_batch_update")))
    assert isinstance(named, CustomMetadataValuesBatchUpdate)
    assert named.keys[0].tags == ["web"]


def test_unknown_fields_are_kept_at_every_level() -> None:
    data = example("jobs_complete")
    data["priority"] = {"level": 3}
    data["project"]["colour"] = "teal"
    data["job"]["owner"]["pronouns"] = None
    event = parse_event(json.dumps(data))
    assert isinstance(event, JobsComplete)
    assert event.additional_properties == {"priority": {"level": 3}}
    assert event.project["colour"] == "teal"
    assert not isinstance(event.job, Unset)
    assert "pronouns" in event.job.owner
    produced = event.to_dict()
    assert produced["priority"] == {"level": 3}
    assert produced["project"]["colour"] == "teal"
    assert produced["job"]["owner"]["pronouns"] is None


def test_unknown_event_is_generic_and_keeps_everything() -> None:
    data = {
        "event": "glossaries:translate",
        "message": "someone did something new",
        "sent_at": "2026-11-30 08:15:00 UTC",
        "glossary": {"id": "g1"},
    }
    event = parse_event(json.dumps(data).encode())
    assert isinstance(event, UnknownEvent)
    assert event.event == "glossaries:translate"
    assert event.message == "someone did something new"
    assert event.sent_at == datetime.datetime(2026, 11, 30, 8, 15, tzinfo=UTC)
    assert event.data == data
    assert event.to_dict() == data


@pytest.mark.parametrize(
    ("sent_at", "expected"),
    [
        (None, None),
        ("yesterday", None),
        ("2026-11-30T08:15:00Z", datetime.datetime(2026, 11, 30, 8, 15, tzinfo=UTC)),
        ("2026-11-30T09:15:00+01:00", datetime.datetime(2026, 11, 30, 8, 15, tzinfo=UTC)),
        ("2026-11-30 08:15:00", datetime.datetime(2026, 11, 30, 8, 15, tzinfo=UTC)),
    ],
)
def test_unknown_event_timestamps(sent_at: str | None, expected: datetime.datetime | None) -> None:
    data: dict[str, Any] = {"event": "future:thing"}
    if sent_at is not None:
        data["sent_at"] = sent_at
    event = parse_event(json.dumps(data))
    assert isinstance(event, UnknownEvent)
    assert event.message == ""
    assert event.sent_at == expected
    assert event.sent_at is None or event.sent_at.tzinfo is not None


def test_known_event_with_iso_timestamps() -> None:
    data = example("jobs_complete")
    data["sent_at"] = "2025-02-07T16:44:04"  # no offset: taken as UTC, like Phrase's own
    data["project"]["created_at"] = "2025-02-07T17:18:13+01:00"
    event = parse_event(json.dumps(data))
    assert isinstance(event, JobsComplete)
    assert event.sent_at == datetime.datetime(2025, 2, 7, 16, 44, 4, tzinfo=UTC)
    assert event.project.created_at == datetime.datetime(2025, 2, 7, 16, 18, 13, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"event=jobs:complete", "not JSON"),
        (b"[]", "JSON object with a string 'event'"),
        (b'{"message": "no name"}', "JSON object with a string 'event'"),
        (b'{"event": 42}', "JSON object with a string 'event'"),
    ],
)
def test_bodies_that_are_no_event(body: bytes, fragment: str) -> None:
    with pytest.raises(InvalidEvent, match=fragment) as caught:
        parse_event(body)
    assert isinstance(caught.value, PhraseError)


def test_known_event_missing_a_required_field() -> None:
    data = example("jobs_complete")
    del data["user"]
    with pytest.raises(InvalidEvent, match=r"jobs:complete event without its 'user' field"):
        parse_event(json.dumps(data))


def test_known_event_with_a_field_of_the_wrong_type() -> None:
    data = example("jobs_complete")
    data["project"] = "b2abd3bd2c23ff0ac546e0a2d9aa0be1"
    with pytest.raises(InvalidEvent, match=r"jobs:complete event with a field of the wrong type"):
        parse_event(json.dumps(data))
    data = example("jobs_complete")
    data["sent_at"] = "last Tuesday"
    with pytest.raises(InvalidEvent):
        parse_event(json.dumps(data))


@pytest.mark.parametrize(
    "headers",
    [
        lambda s: {"X-PhraseApp-Signature": s},
        lambda s: {"x-phraseapp-signature": s},
        lambda s: [("Content-Type", "application/json"), ("X-PHRASEAPP-SIGNATURE", s)],
    ],
    ids=["dict", "lower-case", "pairs"],
)
def test_signature_header_in_any_case_and_container(headers: Any, jobs_complete_body: bytes) -> None:
    event = parse_event(jobs_complete_body, headers(sign(jobs_complete_body)), secret=SECRET)
    assert isinstance(event, JobsComplete)
    assert parse_event(jobs_complete_body.decode(), headers(sign(jobs_complete_body)), secret=SECRET) == event


def test_missing_or_wrong_signature_raises_without_revealing_it(jobs_complete_body: bytes) -> None:
    with pytest.raises(InvalidSignature, match="no X-PhraseApp-Signature header"):
        parse_event(jobs_complete_body, {}, secret=SECRET)
    with pytest.raises(InvalidSignature, match="no X-PhraseApp-Signature header"):
        parse_event(jobs_complete_body, None, secret=SECRET)
    wrong = sign(jobs_complete_body, "another-secret")
    with pytest.raises(InvalidSignature, match="does not match") as caught:
        parse_event(jobs_complete_body, {"X-PhraseApp-Signature": wrong}, secret=SECRET)
    assert isinstance(caught.value, PhraseError)
    assert wrong not in str(caught.value) and SECRET not in str(caught.value)
    tampered = jobs_complete_body.replace(b"draft", b"final")
    with pytest.raises(InvalidSignature):
        parse_event(tampered, {"X-PhraseApp-Signature": sign(jobs_complete_body)}, secret=SECRET)


def test_signature_is_checked_before_the_body_is_read() -> None:
    with pytest.raises(InvalidSignature):
        parse_event(b"not json", {"X-PhraseApp-Signature": "garbage"}, secret=SECRET)


def test_empty_secret_is_a_configuration_error(jobs_complete_body: bytes) -> None:
    with pytest.raises(ConfigurationError, match="secret is empty"):
        parse_event(jobs_complete_body, {"X-PhraseApp-Signature": sign(jobs_complete_body, "")}, secret="")
