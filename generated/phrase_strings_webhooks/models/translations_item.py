from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError

T = TypeVar("T", bound="TranslationsItem")


@_attrs_define
class TranslationsItem:
    id: str
    content: str
    unverified: bool
    excluded: bool
    plural_suffix: str
    created_at: str
    updated_at: str
    placeholders: list[Any]
    state: str
    key: TranslationsItemKey
    locale: TranslationsItemLocale
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content = self.content

        unverified = self.unverified

        excluded = self.excluded

        plural_suffix = self.plural_suffix

        created_at = self.created_at

        updated_at = self.updated_at

        placeholders = self.placeholders

        state = self.state

        key = self.key.to_dict()

        locale = self.locale.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "content": content,
                "unverified": unverified,
                "excluded": excluded,
                "plural_suffix": plural_suffix,
                "created_at": created_at,
                "updated_at": updated_at,
                "placeholders": placeholders,
                "state": state,
                "key": key,
                "locale": locale,
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

            content = d.pop("content")

            unverified = d.pop("unverified")

            excluded = d.pop("excluded")

            plural_suffix = d.pop("plural_suffix")

            created_at = d.pop("created_at")

            updated_at = d.pop("updated_at")

            placeholders: list[Any] = d.pop("placeholders")

            state = d.pop("state")

            key = TranslationsItemKey.from_dict(d.pop("key"))

            locale = TranslationsItemLocale.from_dict(d.pop("locale"))

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        translations_item = cls(
            id,
            content,
            unverified,
            excluded,
            plural_suffix,
            created_at,
            updated_at,
            placeholders,
            state,
            key,
            locale,
        )

        translations_item.additional_properties = d
        return translations_item

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
from ..models.translations_item_key import TranslationsItemKey
from ..models.translations_item_locale import TranslationsItemLocale
