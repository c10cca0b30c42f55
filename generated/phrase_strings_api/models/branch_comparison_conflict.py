from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="BranchComparisonConflict")


@_attrs_define
class BranchComparisonConflict:
    """A record changed on both branches, in both versions."""

    base: list[BranchComparisonConflictBaseType0Item] | None | Unset = UNSET
    """ The record as changed on the base branch """
    head: list[BranchComparisonConflictHeadType0Item] | None | Unset = UNSET
    """ The record as changed on this branch """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base: list[dict[str, Any]] | None | Unset
        if isinstance(self.base, Unset):
            base = UNSET
        elif isinstance(self.base, list):
            base = []
            for base_type_0_item_data in self.base:
                base_type_0_item = base_type_0_item_data.to_dict()
                base.append(base_type_0_item)

        else:
            base = self.base

        head: list[dict[str, Any]] | None | Unset
        if isinstance(self.head, Unset):
            head = UNSET
        elif isinstance(self.head, list):
            head = []
            for head_type_0_item_data in self.head:
                head_type_0_item = head_type_0_item_data.to_dict()
                head.append(head_type_0_item)

        else:
            head = self.head

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base is not UNSET:
            field_dict["base"] = base
        if head is not UNSET:
            field_dict["head"] = head

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
        _base: Any = d.pop("base", UNSET)
        base: list[BranchComparisonConflictBaseType0Item] | None | Unset = _base
        if isinstance(_base, list):
            try:
                base_type_0 = []
                _base_type_0 = _base
                for base_type_0_item_data in _base_type_0:
                    base_type_0_item = BranchComparisonConflictBaseType0Item.from_dict(
                        base_type_0_item_data
                    )

                    base_type_0.append(base_type_0_item)

                base = base_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _head: Any = d.pop("head", UNSET)
        head: list[BranchComparisonConflictHeadType0Item] | None | Unset = _head
        if isinstance(_head, list):
            try:
                head_type_0 = []
                _head_type_0 = _head
                for head_type_0_item_data in _head_type_0:
                    head_type_0_item = BranchComparisonConflictHeadType0Item.from_dict(
                        head_type_0_item_data
                    )

                    head_type_0.append(head_type_0_item)

                head = head_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        branch_comparison_conflict = cls(
            base,
            head,
        )

        branch_comparison_conflict.additional_properties = d
        return branch_comparison_conflict

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
from ..models.branch_comparison_conflict_base_type_0_item import (
    BranchComparisonConflictBaseType0Item,
)
from ..models.branch_comparison_conflict_head_type_0_item import (
    BranchComparisonConflictHeadType0Item,
)
