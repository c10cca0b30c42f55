from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_metadata_data_type import CustomMetadataDataType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_short import ProjectShort
    from ..models.user_preview import UserPreview


T = TypeVar("T", bound="CustomMetadataProperty")


@_attrs_define
class CustomMetadataProperty:
    """A custom metadata field defined on an account that can hold extra data for translation keys."""

    id: str | Unset = UNSET
    """ Unique identifier of the property """
    name: str | Unset = UNSET
    """ Name of the property """
    description: str | Unset = UNSET
    """ Explanation of what the property is for """
    data_type: CustomMetadataDataType | None | Unset = UNSET
    """ Kind of value the property holds """
    user: None | Unset | UserPreview = UNSET
    """ User who created the property """
    projects: list[ProjectShort] | None | Unset = UNSET
    """ Projects that use the property """
    value_options: list[str] | None | Unset = UNSET
    """ Allowed choices, for select-type properties """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp at which the property was created """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of the most recent change to the property """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_preview import UserPreview

        id = self.id

        name = self.name

        description = self.description

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        elif isinstance(self.data_type, CustomMetadataDataType):
            data_type = self.data_type.value
        else:
            data_type = self.data_type

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserPreview):
            user = self.user.to_dict()
        else:
            user = self.user

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

        value_options: list[str] | None | Unset
        if isinstance(self.value_options, Unset):
            value_options = UNSET
        elif isinstance(self.value_options, list):
            value_options = self.value_options

        else:
            value_options = self.value_options

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if user is not UNSET:
            field_dict["user"] = user
        if projects is not UNSET:
            field_dict["projects"] = projects
        if value_options is not UNSET:
            field_dict["value_options"] = value_options
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_short import ProjectShort
        from ..models.user_preview import UserPreview

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        def _parse_data_type(data: object) -> CustomMetadataDataType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_type_type_0 = CustomMetadataDataType(data)

                return data_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomMetadataDataType | None | Unset, data)

        data_type = _parse_data_type(d.pop("data_type", UNSET))

        def _parse_user(data: object) -> None | Unset | UserPreview:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = UserPreview.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserPreview, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_projects(data: object) -> list[ProjectShort] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                projects_type_0 = []
                _projects_type_0 = data
                for projects_type_0_item_data in _projects_type_0:
                    projects_type_0_item = ProjectShort.from_dict(
                        projects_type_0_item_data
                    )

                    projects_type_0.append(projects_type_0_item)

                return projects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProjectShort] | None | Unset, data)

        projects = _parse_projects(d.pop("projects", UNSET))

        def _parse_value_options(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_options_type_0 = cast(list[str], data)

                return value_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        value_options = _parse_value_options(d.pop("value_options", UNSET))

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

        custom_metadata_property = cls(
            id=id,
            name=name,
            description=description,
            data_type=data_type,
            user=user,
            projects=projects,
            value_options=value_options,
            created_at=created_at,
            updated_at=updated_at,
        )

        custom_metadata_property.additional_properties = d
        return custom_metadata_property

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
