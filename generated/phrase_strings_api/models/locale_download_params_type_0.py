from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocaleDownloadParamsType0")


@_attrs_define
class LocaleDownloadParamsType0:
    """Object repeating the options the export was requested with, such as file format, locale, tags, branch and which
    translations to include

    """

    file_format: str | Unset = UNSET
    locale_id: str | Unset = UNSET
    tags: str | Unset = UNSET
    branch: str | Unset = UNSET
    include_empty_translations: bool | Unset = UNSET
    include_translated_keys: bool | Unset = UNSET
    include_unverified_translations: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_format = self.file_format

        locale_id = self.locale_id

        tags = self.tags

        branch = self.branch

        include_empty_translations = self.include_empty_translations

        include_translated_keys = self.include_translated_keys

        include_unverified_translations = self.include_unverified_translations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_format is not UNSET:
            field_dict["file_format"] = file_format
        if locale_id is not UNSET:
            field_dict["locale_id"] = locale_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if branch is not UNSET:
            field_dict["branch"] = branch
        if include_empty_translations is not UNSET:
            field_dict["include_empty_translations"] = include_empty_translations
        if include_translated_keys is not UNSET:
            field_dict["include_translated_keys"] = include_translated_keys
        if include_unverified_translations is not UNSET:
            field_dict["include_unverified_translations"] = (
                include_unverified_translations
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
        file_format = d.pop("file_format", UNSET)

        locale_id = d.pop("locale_id", UNSET)

        tags = d.pop("tags", UNSET)

        branch = d.pop("branch", UNSET)

        include_empty_translations = d.pop("include_empty_translations", UNSET)

        include_translated_keys = d.pop("include_translated_keys", UNSET)

        include_unverified_translations = d.pop(
            "include_unverified_translations", UNSET
        )

        locale_download_params_type_0 = cls(
            file_format,
            locale_id,
            tags,
            branch,
            include_empty_translations,
            include_translated_keys,
            include_unverified_translations,
        )

        locale_download_params_type_0.additional_properties = d
        return locale_download_params_type_0

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
