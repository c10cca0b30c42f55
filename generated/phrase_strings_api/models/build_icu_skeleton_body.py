from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildIcuSkeletonBody")


@_attrs_define
class BuildIcuSkeletonBody:
    """Request body of build_icu_skeleton: Build ICU skeletons for several locales."""

    content: str | Unset = UNSET
    """ ICU message to build the skeletons from """
    locale_codes: list[str] | Unset = UNSET
    """ Locale codes to produce a skeleton for, e.g. en """
    keep_content: bool | Unset = UNSET
    """ Keep the original content and only add the plural forms each locale is missing """
    zero_form_enabled: bool | Unset = UNSET
    """ Whether the zero plural form is part of the returned skeletons """
    cldr_version: str | Unset = UNSET
    """ Set of CLDR plural rules to apply: legacy or cldr_41. Defaults to legacy """
    id: str | Unset = UNSET
    """ Translation whose content the skeleton is built from; give either this or content, not both """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        locale_codes: list[str] | Unset = UNSET
        if not isinstance(self.locale_codes, Unset):
            locale_codes = self.locale_codes

        keep_content = self.keep_content

        zero_form_enabled = self.zero_form_enabled

        cldr_version = self.cldr_version

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if locale_codes is not UNSET:
            field_dict["locale_codes"] = locale_codes
        if keep_content is not UNSET:
            field_dict["keep_content"] = keep_content
        if zero_form_enabled is not UNSET:
            field_dict["zero_form_enabled"] = zero_form_enabled
        if cldr_version is not UNSET:
            field_dict["cldr_version"] = cldr_version
        if id is not UNSET:
            field_dict["id"] = id

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
        content = d.pop("content", UNSET)

        locale_codes: list[str] | Unset = d.pop("locale_codes", UNSET)

        keep_content = d.pop("keep_content", UNSET)

        zero_form_enabled = d.pop("zero_form_enabled", UNSET)

        cldr_version = d.pop("cldr_version", UNSET)

        id = d.pop("id", UNSET)

        build_icu_skeleton_body = cls(
            content,
            locale_codes,
            keep_content,
            zero_form_enabled,
            cldr_version,
            id,
        )

        build_icu_skeleton_body.additional_properties = d
        return build_icu_skeleton_body

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
