from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagWithStatsStatisticsType0Item")


@_attrs_define
class TagWithStatsStatisticsType0Item:
    locale: LocalePreview | None | Unset = UNSET
    statistics: None | TagWithStatsStatisticsType0ItemStatisticsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locale: dict[str, Any] | None | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, LocalePreview):
            locale = self.locale.to_dict()
        else:
            locale = self.locale

        statistics: dict[str, Any] | None | Unset
        if isinstance(self.statistics, Unset):
            statistics = UNSET
        elif isinstance(
            self.statistics, TagWithStatsStatisticsType0ItemStatisticsType0
        ):
            statistics = self.statistics.to_dict()
        else:
            statistics = self.statistics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locale is not UNSET:
            field_dict["locale"] = locale
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

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
        _locale: Any = d.pop("locale", UNSET)
        locale: LocalePreview | None | Unset = _locale
        if isinstance(_locale, dict):
            try:
                locale_type_0 = LocalePreview.from_dict(_locale)

                locale = locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _statistics: Any = d.pop("statistics", UNSET)
        statistics: None | TagWithStatsStatisticsType0ItemStatisticsType0 | Unset = (
            _statistics
        )
        if isinstance(_statistics, dict):
            try:
                statistics_type_0 = (
                    TagWithStatsStatisticsType0ItemStatisticsType0.from_dict(
                        _statistics
                    )
                )

                statistics = statistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tag_with_stats_statistics_type_0_item = cls(
            locale,
            statistics,
        )

        tag_with_stats_statistics_type_0_item.additional_properties = d
        return tag_with_stats_statistics_type_0_item

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
from ..models.locale_preview import LocalePreview
from ..models.tag_with_stats_statistics_type_0_item_statistics_type_0 import (
    TagWithStatsStatisticsType0ItemStatisticsType0,
)
