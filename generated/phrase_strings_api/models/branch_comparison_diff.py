from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="BranchComparisonDiff")


@_attrs_define
class BranchComparisonDiff:
    """Changes to one kind of resource: those made on the base branch, those made on this branch, and the conflicts between
    them.

    """

    base_changes: list[BranchComparisonChange] | None | Unset = UNSET
    """ Changes made on the base branch since this branch was created """
    head_changes: list[BranchComparisonChange] | None | Unset = UNSET
    """ Changes made on this branch """
    conflicts: BranchComparisonDiffConflictsType0 | None | Unset = UNSET
    """ Records changed on both sides, by identifier """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_changes: list[dict[str, Any]] | None | Unset
        if isinstance(self.base_changes, Unset):
            base_changes = UNSET
        elif isinstance(self.base_changes, list):
            base_changes = []
            for base_changes_type_0_item_data in self.base_changes:
                base_changes_type_0_item = base_changes_type_0_item_data.to_dict()
                base_changes.append(base_changes_type_0_item)

        else:
            base_changes = self.base_changes

        head_changes: list[dict[str, Any]] | None | Unset
        if isinstance(self.head_changes, Unset):
            head_changes = UNSET
        elif isinstance(self.head_changes, list):
            head_changes = []
            for head_changes_type_0_item_data in self.head_changes:
                head_changes_type_0_item = head_changes_type_0_item_data.to_dict()
                head_changes.append(head_changes_type_0_item)

        else:
            head_changes = self.head_changes

        conflicts: dict[str, Any] | None | Unset
        if isinstance(self.conflicts, Unset):
            conflicts = UNSET
        elif isinstance(self.conflicts, BranchComparisonDiffConflictsType0):
            conflicts = self.conflicts.to_dict()
        else:
            conflicts = self.conflicts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_changes is not UNSET:
            field_dict["base_changes"] = base_changes
        if head_changes is not UNSET:
            field_dict["head_changes"] = head_changes
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts

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
        _base_changes: Any = d.pop("base_changes", UNSET)
        base_changes: list[BranchComparisonChange] | None | Unset = _base_changes
        if isinstance(_base_changes, list):
            try:
                base_changes_type_0 = []
                _base_changes_type_0 = _base_changes
                for base_changes_type_0_item_data in _base_changes_type_0:
                    base_changes_type_0_item = BranchComparisonChange.from_dict(
                        base_changes_type_0_item_data
                    )

                    base_changes_type_0.append(base_changes_type_0_item)

                base_changes = base_changes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _head_changes: Any = d.pop("head_changes", UNSET)
        head_changes: list[BranchComparisonChange] | None | Unset = _head_changes
        if isinstance(_head_changes, list):
            try:
                head_changes_type_0 = []
                _head_changes_type_0 = _head_changes
                for head_changes_type_0_item_data in _head_changes_type_0:
                    head_changes_type_0_item = BranchComparisonChange.from_dict(
                        head_changes_type_0_item_data
                    )

                    head_changes_type_0.append(head_changes_type_0_item)

                head_changes = head_changes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _conflicts: Any = d.pop("conflicts", UNSET)
        conflicts: BranchComparisonDiffConflictsType0 | None | Unset = _conflicts
        if isinstance(_conflicts, dict):
            try:
                conflicts_type_0 = BranchComparisonDiffConflictsType0.from_dict(
                    _conflicts
                )

                conflicts = conflicts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        branch_comparison_diff = cls(
            base_changes,
            head_changes,
            conflicts,
        )

        branch_comparison_diff.additional_properties = d
        return branch_comparison_diff

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
from ..models.branch_comparison_change import BranchComparisonChange
from ..models.branch_comparison_diff_conflicts_type_0 import (
    BranchComparisonDiffConflictsType0,
)
