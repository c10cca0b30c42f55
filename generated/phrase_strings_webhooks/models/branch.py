from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Branch")


@_attrs_define
class Branch:
    name: str
    base_project_id: None | str | Unset = UNSET
    branch_project_id: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    merged_at: datetime.datetime | None | Unset = UNSET
    merged_by: BranchMergedBy | None | Unset = UNSET
    created_by: BranchCreatedBy | None | Unset = UNSET
    state: str | Unset = UNSET
    child_branches: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        base_project_id: None | str | Unset
        if isinstance(self.base_project_id, Unset):
            base_project_id = UNSET
        else:
            base_project_id = self.base_project_id

        branch_project_id: None | str | Unset
        if isinstance(self.branch_project_id, Unset):
            branch_project_id = UNSET
        else:
            branch_project_id = self.branch_project_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        merged_at: None | str | Unset
        if isinstance(self.merged_at, Unset):
            merged_at = UNSET
        elif isinstance(self.merged_at, datetime.datetime):
            merged_at = self.merged_at.isoformat()
        else:
            merged_at = self.merged_at

        merged_by: dict[str, Any] | None | Unset
        if isinstance(self.merged_by, Unset):
            merged_by = UNSET
        elif isinstance(self.merged_by, BranchMergedBy):
            merged_by = self.merged_by.to_dict()
        else:
            merged_by = self.merged_by

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, BranchCreatedBy):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        state = self.state

        child_branches: list[str] | Unset = UNSET
        if not isinstance(self.child_branches, Unset):
            child_branches = self.child_branches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if base_project_id is not UNSET:
            field_dict["base_project_id"] = base_project_id
        if branch_project_id is not UNSET:
            field_dict["branch_project_id"] = branch_project_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if merged_at is not UNSET:
            field_dict["merged_at"] = merged_at
        if merged_by is not UNSET:
            field_dict["merged_by"] = merged_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if state is not UNSET:
            field_dict["state"] = state
        if child_branches is not UNSET:
            field_dict["child_branches"] = child_branches

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

            def _parse_base_project_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            base_project_id = _parse_base_project_id(d.pop("base_project_id", UNSET))

            def _parse_branch_project_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            branch_project_id = _parse_branch_project_id(
                d.pop("branch_project_id", UNSET)
            )

            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(
                    _created_at.replace(" UTC", "+00:00")
                )

            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(
                    _updated_at.replace(" UTC", "+00:00")
                )

            _merged_at: Any = d.pop("merged_at", UNSET)
            merged_at: datetime.datetime | None | Unset = _merged_at
            if isinstance(_merged_at, str):
                try:
                    merged_at_type_1 = datetime.datetime.fromisoformat(
                        _merged_at.replace(" UTC", "+00:00")
                    )

                    merged_at = merged_at_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _merged_by: Any = d.pop("merged_by", UNSET)
            merged_by: BranchMergedBy | None | Unset = _merged_by
            if isinstance(_merged_by, dict):
                try:
                    merged_by_type_0 = BranchMergedBy.from_dict(_merged_by)

                    merged_by = merged_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _created_by: Any = d.pop("created_by", UNSET)
            created_by: BranchCreatedBy | None | Unset = _created_by
            if isinstance(_created_by, dict):
                try:
                    created_by_type_0 = BranchCreatedBy.from_dict(_created_by)

                    created_by = created_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            state = d.pop("state", UNSET)

            child_branches: list[str] | Unset = d.pop("child_branches", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        branch = cls(
            name,
            base_project_id,
            branch_project_id,
            created_at,
            updated_at,
            merged_at,
            merged_by,
            created_by,
            state,
            child_branches,
        )

        branch.additional_properties = d
        return branch

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
from ..models.branch_created_by import BranchCreatedBy
from ..models.branch_merged_by import BranchMergedBy
