from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="BranchComparisonChange")


@_attrs_define
class BranchComparisonChange:
    """One changed record: its state before and after."""

    from_: BranchComparisonChangeFromType0 | None | Unset = UNSET
    """ The record before the change (attribute name to value) """
    to: BranchComparisonChangeToType0 | None | Unset = UNSET
    """ The record after the change (attribute name to value) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, BranchComparisonChangeFromType0):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        to: dict[str, Any] | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, BranchComparisonChangeToType0):
            to = self.to.to_dict()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

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
        _from_: Any = d.pop("from", UNSET)
        from_: BranchComparisonChangeFromType0 | None | Unset = _from_
        if isinstance(_from_, dict):
            try:
                from_type_0 = BranchComparisonChangeFromType0.from_dict(_from_)

                from_ = from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _to: Any = d.pop("to", UNSET)
        to: BranchComparisonChangeToType0 | None | Unset = _to
        if isinstance(_to, dict):
            try:
                to_type_0 = BranchComparisonChangeToType0.from_dict(_to)

                to = to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        branch_comparison_change = cls(
            from_,
            to,
        )

        branch_comparison_change.additional_properties = d
        return branch_comparison_change

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
from ..models.branch_comparison_change_from_type_0 import (
    BranchComparisonChangeFromType0,
)
from ..models.branch_comparison_change_to_type_0 import BranchComparisonChangeToType0
