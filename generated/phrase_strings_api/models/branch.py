from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_preview import UserPreview


T = TypeVar("T", bound="Branch")


@_attrs_define
class Branch:
    """A branch: a separate copy of a project where changes can be made and later merged back."""

    base_project_id: str | Unset = UNSET
    """ Identifier of the project the branch was made from """
    branch_project_id: str | Unset = UNSET
    """ Identifier of the project copy that holds the branch """
    name: str | Unset = UNSET
    """ Name of the branch """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp at which the branch was created """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of the most recent change to the branch """
    merged_at: datetime.datetime | None | Unset = UNSET
    """ Time the branch was merged """
    merged_by: None | Unset | UserPreview = UNSET
    """ User who merged the branch """
    created_by: None | Unset | UserPreview = UNSET
    """ User who created the branch """
    state: str | Unset = UNSET
    """ Current status of the branch """
    child_branches: list[str] | None | Unset = UNSET
    """ Names of branches created from this one """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_preview import UserPreview

        base_project_id = self.base_project_id

        branch_project_id = self.branch_project_id

        name = self.name

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

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
        elif isinstance(self.merged_by, UserPreview):
            merged_by = self.merged_by.to_dict()
        else:
            merged_by = self.merged_by

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserPreview):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        state = self.state

        child_branches: list[str] | None | Unset
        if isinstance(self.child_branches, Unset):
            child_branches = UNSET
        elif isinstance(self.child_branches, list):
            child_branches = self.child_branches

        else:
            child_branches = self.child_branches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_project_id is not UNSET:
            field_dict["base_project_id"] = base_project_id
        if branch_project_id is not UNSET:
            field_dict["branch_project_id"] = branch_project_id
        if name is not UNSET:
            field_dict["name"] = name
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
        from ..models.user_preview import UserPreview

        d = dict(src_dict)
        base_project_id = d.pop("base_project_id", UNSET)

        branch_project_id = d.pop("branch_project_id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_merged_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                merged_at_type_0 = datetime.datetime.fromisoformat(data)

                return merged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        merged_at = _parse_merged_at(d.pop("merged_at", UNSET))

        def _parse_merged_by(data: object) -> None | Unset | UserPreview:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                merged_by_type_0 = UserPreview.from_dict(data)

                return merged_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserPreview, data)

        merged_by = _parse_merged_by(d.pop("merged_by", UNSET))

        def _parse_created_by(data: object) -> None | Unset | UserPreview:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_0 = UserPreview.from_dict(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserPreview, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        state = d.pop("state", UNSET)

        def _parse_child_branches(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                child_branches_type_0 = cast(list[str], data)

                return child_branches_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        child_branches = _parse_child_branches(d.pop("child_branches", UNSET))

        branch = cls(
            base_project_id=base_project_id,
            branch_project_id=branch_project_id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            merged_at=merged_at,
            merged_by=merged_by,
            created_by=created_by,
            state=state,
            child_branches=child_branches,
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
