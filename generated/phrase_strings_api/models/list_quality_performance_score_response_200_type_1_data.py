from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListQualityPerformanceScoreResponse200Type1Data")


@_attrs_define
class ListQualityPerformanceScoreResponse200Type1Data:
    translations: (
        list[ListQualityPerformanceScoreResponse200Type1DataTranslationsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if translations is not UNSET:
            field_dict["translations"] = translations

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
        _translations = d.pop("translations", UNSET)
        translations: (
            list[ListQualityPerformanceScoreResponse200Type1DataTranslationsItem]
            | Unset
        ) = UNSET
        if _translations is not UNSET:
            translations = []
            for translations_item_data in _translations:
                translations_item = ListQualityPerformanceScoreResponse200Type1DataTranslationsItem.from_dict(
                    translations_item_data
                )

                translations.append(translations_item)

        list_quality_performance_score_response_200_type_1_data = cls(
            translations,
        )

        list_quality_performance_score_response_200_type_1_data.additional_properties = d
        return list_quality_performance_score_response_200_type_1_data

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
from ..models.list_quality_performance_score_response_200_type_1_data_translations_item import (
    ListQualityPerformanceScoreResponse200Type1DataTranslationsItem,
)
