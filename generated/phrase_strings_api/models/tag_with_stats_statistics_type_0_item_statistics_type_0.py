from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagWithStatsStatisticsType0ItemStatisticsType0")


@_attrs_define
class TagWithStatsStatisticsType0ItemStatisticsType0:
    keys_total_count: int | Unset = UNSET
    translations_completed_count: int | Unset = UNSET
    translations_unverified_count: int | Unset = UNSET
    keys_untranslated_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys_total_count = self.keys_total_count

        translations_completed_count = self.translations_completed_count

        translations_unverified_count = self.translations_unverified_count

        keys_untranslated_count = self.keys_untranslated_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keys_total_count is not UNSET:
            field_dict["keys_total_count"] = keys_total_count
        if translations_completed_count is not UNSET:
            field_dict["translations_completed_count"] = translations_completed_count
        if translations_unverified_count is not UNSET:
            field_dict["translations_unverified_count"] = translations_unverified_count
        if keys_untranslated_count is not UNSET:
            field_dict["keys_untranslated_count"] = keys_untranslated_count

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
        keys_total_count = d.pop("keys_total_count", UNSET)

        translations_completed_count = d.pop("translations_completed_count", UNSET)

        translations_unverified_count = d.pop("translations_unverified_count", UNSET)

        keys_untranslated_count = d.pop("keys_untranslated_count", UNSET)

        tag_with_stats_statistics_type_0_item_statistics_type_0 = cls(
            keys_total_count,
            translations_completed_count,
            translations_unverified_count,
            keys_untranslated_count,
        )

        tag_with_stats_statistics_type_0_item_statistics_type_0.additional_properties = d
        return tag_with_stats_statistics_type_0_item_statistics_type_0

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
