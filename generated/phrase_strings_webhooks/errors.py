"""The errors the webhook models raise: those of the generated API client, so each is a PhraseError."""

from phrase_strings_api.errors import MalformedResponse, MissingField

__all__ = ["MalformedResponse", "MissingField"]
