"""Requests Prism must refuse: the client refuses them first where its types can, else a typed error.

- A missing required body field or argument: the attrs model raises TypeError (a missing project,
  ConfigurationError) and nothing is sent; a wrong query type (``per_page="many"``) is refused too.
- A wrong type the models do not check at run time (attrs keeps what it is given): Prism refuses
  it with 422 (both documents list 422 for these writes) and the wrapper raises `ValidationFailed`.
- A malformed JSON body: Prism never answers it, so only the request's timeout ends the wait.
"""

from __future__ import annotations

import httpx
import pytest
from phrase_strings import (
    APITimeoutError,
    ConfigurationError,
    MissingFieldError,
    Phrase,
    Unauthorized,
    ValidationFailed,
)
from phrase_strings_api.models.create_key_body import CreateKeyBody
from phrase_strings_api.models.create_locale_body import CreateLocaleBody

from tests.contract.conftest import Mock
from tests.contract.recording import Recorder

pytestmark = pytest.mark.prism

PROJECT = "6bd2e43ef24e9b7b0d1bb7f8e4c2a1d0"


def test_model_without_a_required_field_is_refused_before_sending(client: Phrase, recorder: Recorder) -> None:
    with pytest.raises(TypeError, match="name"):
        CreateKeyBody()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="code"):
        CreateLocaleBody(name="German")  # type: ignore[call-arg]
    with pytest.raises(MissingFieldError, match="name"):
        CreateKeyBody.from_dict({"description": "no name"})
    with pytest.raises(ConfigurationError, match="project_id"):
        client.keys.create(body=CreateKeyBody(name="a.b"))
    assert recorder.exchanges == []


def test_wrong_body_type_is_a_typed_error(client: Phrase, recorder: Recorder, mock: Mock) -> None:
    with pytest.raises(ValidationFailed) as caught:
        client.keys.create(PROJECT, body=CreateKeyBody(name=12345))  # type: ignore[arg-type]
    assert caught.value.method == "POST" and caught.value.url.endswith(f"/projects/{PROJECT}/keys")
    assert recorder.exchanges[0].where("request") == ["request.body.name: Request body property name must be string"]


def test_missing_body_field_sent_raw_is_a_typed_error(client: Phrase, recorder: Recorder, mock: Mock) -> None:
    """Past the models (raw `client.http`), the refusal still arrives as a typed error."""
    with pytest.raises(ValidationFailed) as caught:
        client.http.post(f"/projects/{PROJECT}/locales", json={"name": "German", "default": "yes"})
    assert caught.value.status_code == 422
    assert set(recorder.exchanges[0].where("request")) == {
        "request.body: Request body must have required property 'code'",
        "request.body.default: Request body property default must be boolean",
    }


def test_wrong_query_type_is_refused_before_sending(client: Phrase, recorder: Recorder) -> None:
    with pytest.raises(ConfigurationError, match="per_page must be a whole number"):
        client.keys.list(PROJECT, per_page="many")  # type: ignore[arg-type]
    assert recorder.exchanges == []


def test_missing_credentials_are_refused(mock: Mock) -> None:
    with Phrase(auth=httpx.BasicAuth("", ""), base_url=mock.url, timeout=10, max_retries=0) as bare:
        bare.http.auth = None  # type: ignore[assignment]
        with pytest.raises(Unauthorized):
            bare.projects.list()


def test_malformed_json_ends_with_the_timeout(client: Phrase) -> None:
    """Prism never answers a body that is not JSON; the request's timeout is what ends it."""
    quick = client.with_options(timeout=httpx.Timeout(1.5), max_retries=0)
    with pytest.raises(APITimeoutError):
        quick.http.post(
            f"/projects/{PROJECT}/keys", content=b'{"name": "a.b",', headers={"Content-Type": "application/json"}
        )
