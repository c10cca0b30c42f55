from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..models.custom_metadata_data_type import CustomMetadataDataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomMetadataProperty")


@_attrs_define
class CustomMetadataProperty:
    """A custom metadata field defined on an account that can hold extra data for translation keys."""

    id: str
    """ Unique identifier of the property """
    name: str
    """ Name of the property """
    created_at: datetime.datetime
    """ Timestamp at which the property was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the property """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

            description = d.pop("description", UNSET)

            _data_type: Any = d.pop("data_type", UNSET)
            data_type: CustomMetadataDataType | None | Unset = _data_type
            if isinstance(_data_type, str):
                try:
                    data_type_type_0 = CustomMetadataDataType(_data_type)

                    data_type = data_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _user: Any = d.pop("user", UNSET)
            user: None | Unset | UserPreview = _user
            if isinstance(_user, dict):
                try:
                    user_type_0 = UserPreview.from_dict(_user)

                    user = user_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

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

            value_options: list[str] | None | Unset = d.pop("value_options", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        custom_metadata_property = cls(
            id,
            name,
            created_at,
            updated_at,
            description,
            data_type,
            user,
            projects,
            value_options,
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


# Imported after the class, once per process rather than on every call; models that refer to
# each other still import cleanly (each class exists before its module imports the others).
from ..models.project_short import ProjectShort
from ..models.user_preview import UserPreview
