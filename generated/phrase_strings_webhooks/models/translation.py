from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError

T = TypeVar("T", bound="Translation")


@_attrs_define
class Translation:
    id: str
    content: None | str
    unverified: bool
    excluded: bool
    plural_suffix: None | str
    key: None | TranslationKey
    locale: None | TranslationLocale
    placeholders: list[str]
    state: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content: None | str
        content = self.content

        unverified = self.unverified

        excluded = self.excluded

        plural_suffix: None | str
        plural_suffix = self.plural_suffix

        key: dict[str, Any] | None
        if isinstance(self.key, TranslationKey):
            key = self.key.to_dict()
        else:
            key = self.key

        locale: dict[str, Any] | None
        if isinstance(self.locale, TranslationLocale):
            locale = self.locale.to_dict()
        else:
            locale = self.locale

        placeholders = self.placeholders

        state = self.state

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "content": content,
                "unverified": unverified,
                "excluded": excluded,
                "plural_suffix": plural_suffix,
                "key": key,
                "locale": locale,
                "placeholders": placeholders,
                "state": state,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

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

            def _parse_content(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            content = _parse_content(d.pop("content"))

            unverified = d.pop("unverified")

            excluded = d.pop("excluded")

            def _parse_plural_suffix(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            plural_suffix = _parse_plural_suffix(d.pop("plural_suffix"))

            _key: Any = d.pop("key")
            key: None | TranslationKey = _key
            if isinstance(_key, dict):
                try:
                    key_type_0 = TranslationKey.from_dict(_key)

                    key = key_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _locale: Any = d.pop("locale")
            locale: None | TranslationLocale = _locale
            if isinstance(_locale, dict):
                try:
                    locale_type_0 = TranslationLocale.from_dict(_locale)

                    locale = locale_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            placeholders: list[str] = d.pop("placeholders")

            state = d.pop("state")

            created_at = datetime.datetime.fromisoformat(
                d.pop("created_at").replace(" UTC", "+00:00")
            )

            updated_at = datetime.datetime.fromisoformat(
                d.pop("updated_at").replace(" UTC", "+00:00")
            )

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        translation = cls(
            id,
            content,
            unverified,
            excluded,
            plural_suffix,
            key,
            locale,
            placeholders,
            state,
            created_at,
            updated_at,
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
from ..models.translation_key import TranslationKey
from ..models.translation_locale import TranslationLocale
