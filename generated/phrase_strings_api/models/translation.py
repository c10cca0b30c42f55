from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Translation")


@_attrs_define
class Translation:
    """The text of one key in one locale."""

    id: str
    """ Unique identifier of the translation """
    content: str
    """ Translated text """
    state: str
    """ Workflow status of the translation """
    created_at: datetime.datetime
    """ Timestamp at which the translation was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the translation """
    unverified: bool | Unset = UNSET
    """ True if the translation still needs verification """
    excluded: bool | Unset = UNSET
    """ True if the translation is marked as excluded """
    plural_suffix: str | Unset = UNSET
    """ Plural form this translation covers, for plural keys """
    key: KeyPreview | None | Unset = UNSET
    """ Key the translation belongs to """
    locale: LocalePreview | None | Unset = UNSET
    """ Locale the translation is written in """
    placeholders: list[str] | None | Unset = UNSET
    """ Placeholders found in the text """
    linked_translation: None | TranslationLinkedTranslationType0 | Unset = UNSET
    """ Object with the ID and content of the translation this one is linked to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content = self.content

        state = self.state

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        unverified = self.unverified

        excluded = self.excluded

        plural_suffix = self.plural_suffix

        key: dict[str, Any] | None | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, KeyPreview):
            key = self.key.to_dict()
        else:
            key = self.key

        locale: dict[str, Any] | None | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, LocalePreview):
            locale = self.locale.to_dict()
        else:
            locale = self.locale

        placeholders: list[str] | None | Unset
        if isinstance(self.placeholders, Unset):
            placeholders = UNSET
        elif isinstance(self.placeholders, list):
            placeholders = self.placeholders

        else:
            placeholders = self.placeholders

        linked_translation: dict[str, Any] | None | Unset
        if isinstance(self.linked_translation, Unset):
            linked_translation = UNSET
        elif isinstance(self.linked_translation, TranslationLinkedTranslationType0):
            linked_translation = self.linked_translation.to_dict()
        else:
            linked_translation = self.linked_translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "content": content,
                "state": state,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if unverified is not UNSET:
            field_dict["unverified"] = unverified
        if excluded is not UNSET:
            field_dict["excluded"] = excluded
        if plural_suffix is not UNSET:
            field_dict["plural_suffix"] = plural_suffix
        if key is not UNSET:
            field_dict["key"] = key
        if locale is not UNSET:
            field_dict["locale"] = locale
        if placeholders is not UNSET:
            field_dict["placeholders"] = placeholders
        if linked_translation is not UNSET:
            field_dict["linked_translation"] = linked_translation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # An answer of the wrong shape, or one lacking a required field, is a typed error naming
        # the model (and field), not a TypeError or KeyError from deep inside the parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise MalformedResponseError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        # A missing required field surfaces as the KeyError of its pop: catching it costs nothing
        # when every field is there, unlike checking the keys up front on every model of a list.
        try:
            id = d.pop("id")

            content = d.pop("content")

            state = d.pop("state")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            unverified = d.pop("unverified", UNSET)

            excluded = d.pop("excluded", UNSET)

            plural_suffix = d.pop("plural_suffix", UNSET)

            _key: Any = d.pop("key", UNSET)
            key: KeyPreview | None | Unset = _key
            if isinstance(_key, dict):
                try:
                    key_type_0 = KeyPreview.from_dict(_key)

                    key = key_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _locale: Any = d.pop("locale", UNSET)
            locale: LocalePreview | None | Unset = _locale
            if isinstance(_locale, dict):
                try:
                    locale_type_0 = LocalePreview.from_dict(_locale)

                    locale = locale_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            placeholders: list[str] | None | Unset = d.pop("placeholders", UNSET)

            _linked_translation: Any = d.pop("linked_translation", UNSET)
            linked_translation: None | TranslationLinkedTranslationType0 | Unset = (
                _linked_translation
            )
            if isinstance(_linked_translation, dict):
                try:
                    linked_translation_type_0 = (
                        TranslationLinkedTranslationType0.from_dict(_linked_translation)
                    )

                    linked_translation = linked_translation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        translation = cls(
            id,
            content,
            state,
            created_at,
            updated_at,
            unverified,
            excluded,
            plural_suffix,
            key,
            locale,
            placeholders,
            linked_translation,
        )

        translation.additional_properties = d
        return translation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, once per process rather than on every call; models that refer to
# each other still import cleanly (each class exists before its module imports the others).
from ..models.key_preview import KeyPreview
from ..models.locale_preview import LocalePreview
from ..models.translation_linked_translation_type_0 import (
    TranslationLinkedTranslationType0,
)
