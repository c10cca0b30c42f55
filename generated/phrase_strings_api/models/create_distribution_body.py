from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDistributionBody")


@_attrs_define
class CreateDistributionBody:
    """Request body of create_distribution: Add a distribution to an account."""

    name: str
    """ Name of the distribution """
    project_id: str
    """ ID of the project whose translations the distribution serves """
    platforms: list[str] | Unset = UNSET
    """ Platforms to support; allowed values are android, ios, flutter, i18next and rails """
    locale_ids: list[str] | Unset = UNSET
    """ IDs of the locales included in the distribution's releases """
    format_options: CreateDistributionBodyFormatOptions | Unset = UNSET
    """ Extra rendering options as an object of strings; for android only enclose_in_cdata is available """
    fallback_locales_enabled: bool | Unset = UNSET
    """ Serve the fallback locale's text when the requested locale has no translation """
    fallback_to_non_regional_locale: bool | Unset = UNSET
    """ When a requested locale is missing, fall back to its non-regional variant """
    fallback_to_default_locale: bool | Unset = UNSET
    """ When a requested locale is missing, fall back to the project's default locale """
    use_last_reviewed_version: bool | Unset = UNSET
    """ Serve the most recently reviewed translation instead of the latest one """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms

        locale_ids: list[str] | Unset = UNSET
        if not isinstance(self.locale_ids, Unset):
            locale_ids = self.locale_ids

        format_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_options, Unset):
            format_options = self.format_options.to_dict()

        fallback_locales_enabled = self.fallback_locales_enabled

        fallback_to_non_regional_locale = self.fallback_to_non_regional_locale

        fallback_to_default_locale = self.fallback_to_default_locale

        use_last_reviewed_version = self.use_last_reviewed_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "project_id": project_id,
            }
        )
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if locale_ids is not UNSET:
            field_dict["locale_ids"] = locale_ids
        if format_options is not UNSET:
            field_dict["format_options"] = format_options
        if fallback_locales_enabled is not UNSET:
            field_dict["fallback_locales_enabled"] = fallback_locales_enabled
        if fallback_to_non_regional_locale is not UNSET:
            field_dict["fallback_to_non_regional_locale"] = (
                fallback_to_non_regional_locale
            )
        if fallback_to_default_locale is not UNSET:
            field_dict["fallback_to_default_locale"] = fallback_to_default_locale
        if use_last_reviewed_version is not UNSET:
            field_dict["use_last_reviewed_version"] = use_last_reviewed_version

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
            name = d.pop("name")

            project_id = d.pop("project_id")

            platforms: list[str] | Unset = d.pop("platforms", UNSET)

            locale_ids: list[str] | Unset = d.pop("locale_ids", UNSET)

            _format_options = d.pop("format_options", UNSET)
            format_options: CreateDistributionBodyFormatOptions | Unset
            if isinstance(_format_options, Unset):
                format_options = UNSET
            else:
                format_options = CreateDistributionBodyFormatOptions.from_dict(
                    _format_options
                )

            fallback_locales_enabled = d.pop("fallback_locales_enabled", UNSET)

            fallback_to_non_regional_locale = d.pop(
                "fallback_to_non_regional_locale", UNSET
            )

            fallback_to_default_locale = d.pop("fallback_to_default_locale", UNSET)

            use_last_reviewed_version = d.pop("use_last_reviewed_version", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_distribution_body = cls(
            name,
            project_id,
            platforms,
            locale_ids,
            format_options,
            fallback_locales_enabled,
            fallback_to_non_regional_locale,
            fallback_to_default_locale,
            use_last_reviewed_version,
        )

        create_distribution_body.additional_properties = d
        return create_distribution_body

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
from ..models.create_distribution_body_format_options import (
    CreateDistributionBodyFormatOptions,
)
