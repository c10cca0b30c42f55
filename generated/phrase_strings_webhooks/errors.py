"""The errors the webhook models raise: the generated API client's, so each is a PhraseError."""

from phrase_strings_api.errors import MalformedResponseError, MissingFieldError

__all__ = ["MalformedResponseError", "MissingFieldError"]
