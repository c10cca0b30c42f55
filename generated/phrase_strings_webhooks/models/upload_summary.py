from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadSummary")


@_attrs_define
class UploadSummary:
    locales_created: int | Unset = UNSET
    translation_keys_created: int | Unset = UNSET
    translation_keys_updated: int | Unset = UNSET
    translation_keys_unmentioned: int | Unset = UNSET
    translations_created: int | Unset = UNSET
    translations_updated: int | Unset = UNSET
    tags_created: int | Unset = UNSET
    translation_keys_ignored: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locales_created = self.locales_created

        translation_keys_created = self.translation_keys_created

        translation_keys_updated = self.translation_keys_updated

        translation_keys_unmentioned = self.translation_keys_unmentioned

        translations_created = self.translations_created

        translations_updated = self.translations_updated

        tags_created = self.tags_created

        translation_keys_ignored = self.translation_keys_ignored

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locales_created is not UNSET:
            field_dict["locales_created"] = locales_created
        if translation_keys_created is not UNSET:
            field_dict["translation_keys_created"] = translation_keys_created
        if translation_keys_updated is not UNSET:
            field_dict["translation_keys_updated"] = translation_keys_updated
        if translation_keys_unmentioned is not UNSET:
            field_dict["translation_keys_unmentioned"] = translation_keys_unmentioned
        if translations_created is not UNSET:
            field_dict["translations_created"] = translations_created
        if translations_updated is not UNSET:
            field_dict["translations_updated"] = translations_updated
        if tags_created is not UNSET:
            field_dict["tags_created"] = tags_created
        if translation_keys_ignored is not UNSET:
            field_dict["translation_keys_ignored"] = translation_keys_ignored

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
        locales_created = d.pop("locales_created", UNSET)

        translation_keys_created = d.pop("translation_keys_created", UNSET)

        translation_keys_updated = d.pop("translation_keys_updated", UNSET)

        translation_keys_unmentioned = d.pop("translation_keys_unmentioned", UNSET)

        translations_created = d.pop("translations_created", UNSET)

        translations_updated = d.pop("translations_updated", UNSET)

        tags_created = d.pop("tags_created", UNSET)

        translation_keys_ignored = d.pop("translation_keys_ignored", UNSET)

        upload_summary = cls(
            locales_created,
            translation_keys_created,
            translation_keys_updated,
            translation_keys_unmentioned,
            translations_created,
            translations_updated,
            tags_created,
            translation_keys_ignored,
        )

        upload_summary.additional_properties = d
        return upload_summary

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
