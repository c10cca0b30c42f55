from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError

T = TypeVar("T", bound="BranchComparisonDiffConflictsType0")


@_attrs_define
class BranchComparisonDiffConflictsType0:
    """Records changed on both sides, by identifier"""

    additional_properties: dict[str, BranchComparisonConflict] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

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
        branch_comparison_diff_conflicts_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = BranchComparisonConflict.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        branch_comparison_diff_conflicts_type_0.additional_properties = (
            additional_properties
        )
        return branch_comparison_diff_conflicts_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> BranchComparisonConflict:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BranchComparisonConflict) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, once per process rather than on every call; models that refer to
# each other still import cleanly (each class exists before its module imports the others).
from ..models.branch_comparison_conflict import BranchComparisonConflict
