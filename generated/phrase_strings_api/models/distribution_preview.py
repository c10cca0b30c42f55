from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="DistributionPreview")


@_attrs_define
class DistributionPreview:
    """A compact view of an over-the-air distribution."""

    id: str | Unset = UNSET
    """ Unique identifier of the distribution """
    name: str | Unset = UNSET
    """ Name of the distribution """
    project: None | ProjectShort | Unset = UNSET
    """ Project the distribution serves """
    platforms: list[str] | None | Unset = UNSET
    """ Platforms the distribution targets """
    release_count: int | Unset = UNSET
    """ Number of releases in the distribution """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp at which the distribution was created """
    deleted_at: datetime.datetime | None | Unset = UNSET
    """ Time the distribution was deleted, if it was """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of the most recent change to the distribution """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, ProjectShort):
            project = self.project.to_dict()
        else:
            project = self.project

        platforms: list[str] | None | Unset
        if isinstance(self.platforms, Unset):
            platforms = UNSET
        elif isinstance(self.platforms, list):
            platforms = self.platforms

        else:
            platforms = self.platforms

        release_count = self.release_count

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if project is not UNSET:
            field_dict["project"] = project
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if release_count is not UNSET:
            field_dict["release_count"] = release_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _project: Any = d.pop("project", UNSET)
        project: None | ProjectShort | Unset = _project
        if isinstance(_project, dict):
            try:
                project_type_0 = ProjectShort.from_dict(_project)

                project = project_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        platforms: list[str] | None | Unset = d.pop("platforms", UNSET)

        release_count = d.pop("release_count", UNSET)

        _created_at: Any = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None | Unset = _created_at
        if isinstance(_created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _deleted_at: Any = d.pop("deleted_at", UNSET)
        deleted_at: datetime.datetime | None | Unset = _deleted_at
        if isinstance(_deleted_at, str):
            try:
                deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at)

                deleted_at = deleted_at_type_0
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

        distribution_preview = cls(
            id,
            name,
            project,
            platforms,
            release_count,
            created_at,
            deleted_at,
            updated_at,
        )

        distribution_preview.additional_properties = d
        return distribution_preview

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
