from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListQualityPerformanceScoreResponse200Type1")


@_attrs_define
class ListQualityPerformanceScoreResponse200Type1:
    data: ListQualityPerformanceScoreResponse200Type1Data | Unset = UNSET
    errors: list[ListQualityPerformanceScoreResponse200Type1ErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors

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
        _data = d.pop("data", UNSET)
        data: ListQualityPerformanceScoreResponse200Type1Data | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ListQualityPerformanceScoreResponse200Type1Data.from_dict(_data)

        _errors = d.pop("errors", UNSET)
        errors: list[ListQualityPerformanceScoreResponse200Type1ErrorsItem] | Unset = (
            UNSET
        )
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = (
                    ListQualityPerformanceScoreResponse200Type1ErrorsItem.from_dict(
                        errors_item_data
                    )
                )

                errors.append(errors_item)

        list_quality_performance_score_response_200_type_1 = cls(
            data,
            errors,
        )

        list_quality_performance_score_response_200_type_1.additional_properties = d
        return list_quality_performance_score_response_200_type_1

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
from ..models.list_quality_performance_score_response_200_type_1_data import (
    ListQualityPerformanceScoreResponse200Type1Data,
)
from ..models.list_quality_performance_score_response_200_type_1_errors_item import (
    ListQualityPerformanceScoreResponse200Type1ErrorsItem,
)
