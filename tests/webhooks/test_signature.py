from __future__ import annotations

import base64
import hmac

import pytest
from phrase_strings.webhooks import verify_signature

from .conftest import SECRET, sign

# RFC 4231, test case 2: HMAC-SHA256 with key "Jefe".
RFC_KEY = "Jefe"
RFC_DATA = b"what do ya want for nothing?"
RFC_HEX = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
RFC_B64 = base64.b64encode(bytes.fromhex(RFC_HEX)).decode()


@pytest.mark.parametrize(
    "signature",
    [RFC_B64, RFC_B64 + "\n", f"  {RFC_B64}\r\n", RFC_HEX, RFC_HEX.upper()],
    ids=["base64", "base64-newline", "base64-padded", "hex", "hex-upper"],
)
def test_known_answer_in_every_accepted_encoding(signature: str) -> None:
    assert verify_signature(RFC_DATA, signature, RFC_KEY)


def test_phrase_style_signature_of_a_real_body(jobs_complete_body: bytes) -> None:
    signature = sign(jobs_complete_body)
    assert verify_signature(jobs_complete_body, signature, SECRET)
    # Ruby's Base64.encode64 ends with a newline; PHP's base64_encode does not: both pass.
    assert verify_signature(jobs_complete_body, base64.encodebytes(base64.b64decode(signature)).decode(), SECRET)


def test_tampered_body_fails(jobs_complete_body: bytes) -> None:
    signature = sign(jobs_complete_body)
    tampered = jobs_complete_body.replace(b"john.smith", b"jane.smith", 1)
    assert tampered != jobs_complete_body
    assert not verify_signature(tampered, signature, SECRET)
    assert not verify_signature(jobs_complete_body + b"\n", signature, SECRET)


def test_wrong_secret_fails() -> None:
    assert not verify_signature(RFC_DATA, RFC_B64, "jefe")
    assert not verify_signature(RFC_DATA, RFC_HEX, RFC_KEY + " ")


@pytest.mark.parametrize(
    "signature",
    [
        "",
        "   ",
        "\n",
        "garbage",
        "not base64 at all!",
        "====",
        "ümlaut-signature",
        RFC_B64[:-4],  # Base64 of too few bytes
        base64.b64encode(bytes.fromhex(RFC_HEX) + b"\0").decode(),  # too many
        RFC_HEX[:-2],  # hex of 31 bytes
        RFC_HEX[:-1] + "g",  # 64 characters, not all hex
        "sha256=" + RFC_HEX,  # a prefix we don't speak
    ],
)
def test_empty_and_malformed_signatures_are_false(signature: str) -> None:
    assert not verify_signature(RFC_DATA, signature, RFC_KEY)


def test_empty_secret_verifies_nothing() -> None:
    body = b"{}"
    assert not verify_signature(body, sign(body, ""), "")


def test_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert verify_signature(RFC_DATA, RFC_B64, RFC_KEY)
    assert not verify_signature(RFC_DATA, RFC_B64, "other")
    assert len(compared) == 2
    assert all(len(a) == len(b) == 32 for a, b in compared)
