from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Space")


@_attrs_define
class Space:
    """A folder-like grouping of projects inside an account."""

    id: str
    """ Unique identifier of the space """
    name: str
    """ Name of the space """
    created_at: datetime.datetime
    """ Timestamp at which the space was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the space """
    projects_count: int | Unset = UNSET
    """ Number of projects in the space """
    projects: list[Project] | None | Unset = UNSET
    """ Projects in the space """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        projects_count = self.projects_count

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if projects_count is not UNSET:
            field_dict["projects_count"] = projects_count
        if projects is not UNSET:
            field_dict["projects"] = projects

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
            id = d.pop("id")

            name = d.pop("name")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            projects_count = d.pop("projects_count", UNSET)

            _projects: Any = d.pop("projects", UNSET)
            projects: list[Project] | None | Unset = _projects
            if isinstance(_projects, list):
                try:
                    projects_type_0 = []
                    _projects_type_0 = _projects
                    for projects_type_0_item_data in _projects_type_0:
                        projects_type_0_item = Project.from_dict(
                            projects_type_0_item_data
                        )

                        projects_type_0.append(projects_type_0_item)

                    projects = projects_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        space = cls(
            id,
            name,
            created_at,
            updated_at,
            projects_count,
            projects,
        )

        space.additional_properties = d
        return space

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
from ..models.project import Project
