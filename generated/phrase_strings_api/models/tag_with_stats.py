from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagWithStats")


@_attrs_define
class TagWithStats:
    """Extends tag with per-locale translation statistics."""

    name: str
    """ Name of the tag """
    created_at: datetime.datetime
    """ Timestamp at which the tag was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the tag """
    keys_count: int | Unset = UNSET
    """ Number of keys carrying the tag """
    system_tag: bool | Unset = UNSET
    """ True for tags Phrase creates itself (for jobs, uploads, Figma attachments), false for tags people add """
    statistics: list[TagWithStatsStatisticsType0Item] | None | Unset = UNSET
    """ One entry per locale, holding the locale and its counts of total keys, completed, unverified and
    untranslated items for the tagged keys """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        keys_count = self.keys_count

        system_tag = self.system_tag

        statistics: list[dict[str, Any]] | None | Unset
        if isinstance(self.statistics, Unset):
            statistics = UNSET
        elif isinstance(self.statistics, list):
            statistics = []
            for statistics_type_0_item_data in self.statistics:
                statistics_type_0_item = statistics_type_0_item_data.to_dict()
                statistics.append(statistics_type_0_item)

        else:
            statistics = self.statistics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if keys_count is not UNSET:
            field_dict["keys_count"] = keys_count
        if system_tag is not UNSET:
            field_dict["system_tag"] = system_tag
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
        # A missing required field surfaces as the KeyError of its pop: catching it costs nothing
        # when every field is there, unlike checking the keys up front on every model of a list.
        try:
            name = d.pop("name")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            keys_count = d.pop("keys_count", UNSET)

            system_tag = d.pop("system_tag", UNSET)

            _statistics: Any = d.pop("statistics", UNSET)
            statistics: list[TagWithStatsStatisticsType0Item] | None | Unset = (
                _statistics
            )
            if isinstance(_statistics, list):
                try:
                    statistics_type_0 = []
                    _statistics_type_0 = _statistics
                    for statistics_type_0_item_data in _statistics_type_0:
                        statistics_type_0_item = (
                            TagWithStatsStatisticsType0Item.from_dict(
                                statistics_type_0_item_data
                            )
                        )

                        statistics_type_0.append(statistics_type_0_item)

                    statistics = statistics_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        tag_with_stats = cls(
            name,
            created_at,
            updated_at,
            keys_count,
            system_tag,
            statistics,
        )

        tag_with_stats.additional_properties = d
        return tag_with_stats

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
from ..models.tag_with_stats_statistics_type_0_item import (
    TagWithStatsStatisticsType0Item,
)
