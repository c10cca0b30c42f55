from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..models.custom_metadata_data_type import CustomMetadataDataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomMetadataPropertyBody")


@_attrs_define
class CreateCustomMetadataPropertyBody:
    """Request body of create_custom_metadata_property: Create a custom metadata property."""

    name: str
    """ Name of the property """
    data_type: CustomMetadataDataType
    """ Enumeration of value kinds a custom metadata property can have: boolean, date, link, multi_select, number,
    single_select, string or text. """
    project_ids: list[str] | Unset = UNSET
    """ IDs of the projects the property applies to """
    description: str | Unset = UNSET
    """ Free-text explanation of the property """
    value_options: list[str] | Unset = UNSET
    """ Allowed values; only relevant for single_select and multi_select properties """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_type = self.data_type.value

        project_ids: list[str] | Unset = UNSET
        if not isinstance(self.project_ids, Unset):
            project_ids = self.project_ids

        description = self.description

        value_options: list[str] | Unset = UNSET
        if not isinstance(self.value_options, Unset):
            value_options = self.value_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "data_type": data_type,
            }
        )
        if project_ids is not UNSET:
            field_dict["project_ids"] = project_ids
        if description is not UNSET:
            field_dict["description"] = description
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
            name = d.pop("name")

            data_type = CustomMetadataDataType(d.pop("data_type"))

            project_ids: list[str] | Unset = d.pop("project_ids", UNSET)

            description = d.pop("description", UNSET)

            value_options: list[str] | Unset = d.pop("value_options", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_custom_metadata_property_body = cls(
            name,
            data_type,
            project_ids,
            description,
            value_options,
        )

        create_custom_metadata_property_body.additional_properties = d
        return create_custom_metadata_property_body

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
