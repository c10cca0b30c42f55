from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Glossary")


@_attrs_define
class Glossary:
    """A term base (glossary) holding terms shared across projects."""

    id: str | Unset = UNSET
    """ Unique identifier of the term base """
    name: str | Unset = UNSET
    """ Name of the term base """
    projects: list[ProjectShort] | None | Unset = UNSET
    """ Projects the term base is applied to """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp at which the term base was created """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of the most recent change to the term base """
    spaces: list[SpaceShort] | None | Unset = UNSET
    """ Spaces the term base is shared with """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        projects: list[dict[str, Any]] | None | Unset
        if isinstance(self.projects, Unset):
            projects = UNSET
        elif isinstance(self.projects, list):
            projects = []
            for projects_type_0_item_data in self.projects:
                projects_type_0_item = projects_type_0_item_data.to_dict()
                projects.append(projects_type_0_item)

        else:
            projects = self.projects

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

        spaces: list[dict[str, Any]] | None | Unset
        if isinstance(self.spaces, Unset):
            spaces = UNSET
        elif isinstance(self.spaces, list):
            spaces = []
            for spaces_type_0_item_data in self.spaces:
                spaces_type_0_item = spaces_type_0_item_data.to_dict()
                spaces.append(spaces_type_0_item)

        else:
            spaces = self.spaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if projects is not UNSET:
            field_dict["projects"] = projects
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if spaces is not UNSET:
            field_dict["spaces"] = spaces

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _projects: Any = d.pop("projects", UNSET)
        projects: list[ProjectShort] | None | Unset = _projects
        if isinstance(_projects, list):
            try:
                projects_type_0 = []
                _projects_type_0 = _projects
                for projects_type_0_item_data in _projects_type_0:
                    projects_type_0_item = ProjectShort.from_dict(
                        projects_type_0_item_data
                    )

                    projects_type_0.append(projects_type_0_item)

                projects = projects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _created_at: Any = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None | Unset = _created_at
        if isinstance(_created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _updated_at: Any = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset = _updated_at
        if isinstance(_updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _spaces: Any = d.pop("spaces", UNSET)
        spaces: list[SpaceShort] | None | Unset = _spaces
        if isinstance(_spaces, list):
            try:
                spaces_type_0 = []
                _spaces_type_0 = _spaces
                for spaces_type_0_item_data in _spaces_type_0:
                    spaces_type_0_item = SpaceShort.from_dict(spaces_type_0_item_data)

                    spaces_type_0.append(spaces_type_0_item)

                spaces = spaces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        glossary = cls(
            id,
            name,
            projects,
            created_at,
            updated_at,
            spaces,
        )

        glossary.additional_properties = d
        return glossary

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
from ..models.project_short import ProjectShort
from ..models.space_short import SpaceShort
