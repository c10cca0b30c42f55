from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.locale_preview import LocalePreview
    from ..models.tag_with_stats_statistics_type_0_item_statistics_type_0 import (
        TagWithStatsStatisticsType0ItemStatisticsType0,
    )


T = TypeVar("T", bound="TagWithStatsStatisticsType0Item")


@_attrs_define
class TagWithStatsStatisticsType0Item:
    locale: LocalePreview | None | Unset = UNSET
    statistics: None | TagWithStatsStatisticsType0ItemStatisticsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.locale_preview import LocalePreview
        from ..models.tag_with_stats_statistics_type_0_item_statistics_type_0 import (
            TagWithStatsStatisticsType0ItemStatisticsType0,
        )

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
        from ..models.locale_preview import LocalePreview
        from ..models.tag_with_stats_statistics_type_0_item_statistics_type_0 import (
            TagWithStatsStatisticsType0ItemStatisticsType0,
        )

        d = dict(src_dict)

        def _parse_locale(data: object) -> LocalePreview | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                locale_type_0 = LocalePreview.from_dict(data)

                return locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalePreview | None | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_statistics(
            data: object,
        ) -> None | TagWithStatsStatisticsType0ItemStatisticsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                statistics_type_0 = (
                    TagWithStatsStatisticsType0ItemStatisticsType0.from_dict(data)
                )

                return statistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | TagWithStatsStatisticsType0ItemStatisticsType0 | Unset, data
            )

        statistics = _parse_statistics(d.pop("statistics", UNSET))

        tag_with_stats_statistics_type_0_item = cls(
            locale=locale,
            statistics=statistics,
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
