from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="MachineTranslationSettings")


@_attrs_define
class MachineTranslationSettings:
    """An account's machine translation setup: its default service, its usage and the services chosen per language pair."""

    default_service: str | Unset = UNSET
    """ Service used for language pairs without a mapping of their own """
    machine_translation_units_used: int | None | Unset = UNSET
    """ Machine translation units spent in the current period """
    machine_translation_units_total: int | None | Unset = UNSET
    """ Machine translation units the plan includes per period """
    locale_provider_mappings: (
        list[MachineTranslationLocaleProviderMapping] | None | Unset
    ) = UNSET
    """ Language pairs that use a service other than the default """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_service = self.default_service

        machine_translation_units_used: int | None | Unset
        if isinstance(self.machine_translation_units_used, Unset):
            machine_translation_units_used = UNSET
        else:
            machine_translation_units_used = self.machine_translation_units_used

        machine_translation_units_total: int | None | Unset
        if isinstance(self.machine_translation_units_total, Unset):
            machine_translation_units_total = UNSET
        else:
            machine_translation_units_total = self.machine_translation_units_total

        locale_provider_mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.locale_provider_mappings, Unset):
            locale_provider_mappings = UNSET
        elif isinstance(self.locale_provider_mappings, list):
            locale_provider_mappings = []
            for (
                locale_provider_mappings_type_0_item_data
            ) in self.locale_provider_mappings:
                locale_provider_mappings_type_0_item = (
                    locale_provider_mappings_type_0_item_data.to_dict()
                )
                locale_provider_mappings.append(locale_provider_mappings_type_0_item)

        else:
            locale_provider_mappings = self.locale_provider_mappings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_service is not UNSET:
            field_dict["default_service"] = default_service
        if machine_translation_units_used is not UNSET:
            field_dict["machine_translation_units_used"] = (
                machine_translation_units_used
            )
        if machine_translation_units_total is not UNSET:
            field_dict["machine_translation_units_total"] = (
                machine_translation_units_total
            )
        if locale_provider_mappings is not UNSET:
            field_dict["locale_provider_mappings"] = locale_provider_mappings

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
        default_service = d.pop("default_service", UNSET)

        def _parse_machine_translation_units_used(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        machine_translation_units_used = _parse_machine_translation_units_used(
            d.pop("machine_translation_units_used", UNSET)
        )

        def _parse_machine_translation_units_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        machine_translation_units_total = _parse_machine_translation_units_total(
            d.pop("machine_translation_units_total", UNSET)
        )

        _locale_provider_mappings: Any = d.pop("locale_provider_mappings", UNSET)
        locale_provider_mappings: (
            list[MachineTranslationLocaleProviderMapping] | None | Unset
        ) = _locale_provider_mappings
        if isinstance(_locale_provider_mappings, list):
            try:
                locale_provider_mappings_type_0 = []
                _locale_provider_mappings_type_0 = _locale_provider_mappings
                for (
                    locale_provider_mappings_type_0_item_data
                ) in _locale_provider_mappings_type_0:
                    locale_provider_mappings_type_0_item = (
                        MachineTranslationLocaleProviderMapping.from_dict(
                            locale_provider_mappings_type_0_item_data
                        )
                    )

                    locale_provider_mappings_type_0.append(
                        locale_provider_mappings_type_0_item
                    )

                locale_provider_mappings = locale_provider_mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        machine_translation_settings = cls(
            default_service,
            machine_translation_units_used,
            machine_translation_units_total,
            locale_provider_mappings,
        )

        machine_translation_settings.additional_properties = d
        return machine_translation_settings

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
from ..models.machine_translation_locale_provider_mapping import (
    MachineTranslationLocaleProviderMapping,
)
