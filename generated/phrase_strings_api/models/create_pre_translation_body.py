from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..models.create_pre_translation_body_translatable_type import (
    CreatePreTranslationBodyTranslatableType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePreTranslationBody")


@_attrs_define
class CreatePreTranslationBody:
    """Request body of create_pre_translation: Start a pre-translation run."""

    translatable_type: CreatePreTranslationBodyTranslatableType | Unset = UNSET
    """ Kind of thing to pre-translate: locale, job, translation_key or upload """
    translatable_id: str | Unset = UNSET
    """ Identifier of the locale, job, key or upload """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        translatable_type: str | Unset = UNSET
        if not isinstance(self.translatable_type, Unset):
            translatable_type = self.translatable_type.value

        translatable_id = self.translatable_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if translatable_type is not UNSET:
            field_dict["translatable_type"] = translatable_type
        if translatable_id is not UNSET:
            field_dict["translatable_id"] = translatable_id

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
        _translatable_type = d.pop("translatable_type", UNSET)
        translatable_type: CreatePreTranslationBodyTranslatableType | Unset
        if isinstance(_translatable_type, Unset):
            translatable_type = UNSET
        else:
            translatable_type = CreatePreTranslationBodyTranslatableType(
                _translatable_type
            )

        translatable_id = d.pop("translatable_id", UNSET)

        create_pre_translation_body = cls(
            translatable_type,
            translatable_id,
        )

        create_pre_translation_body.additional_properties = d
        return create_pre_translation_body

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
