from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="UpdateScreenshotBody")


@_attrs_define
class UpdateScreenshotBody:
    """Request body of update_screenshot: Update a screenshot."""

    branch: str | Unset = UNSET
    """ Name of the branch to operate on """
    name: str | Unset = UNSET
    """ Screenshot name """
    description: str | Unset = UNSET
    """ Free-text description of the screenshot """
    filename: File | Unset = UNSET
    """ Image file to upload as the screenshot """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        name = self.name

        description = self.description

        filename: FileTypes | Unset = UNSET
        if not isinstance(self.filename, Unset):
            filename = self.filename.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if filename is not UNSET:
            field_dict["filename"] = filename

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
        branch = d.pop("branch", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _filename = d.pop("filename", UNSET)
        filename: File | Unset
        if isinstance(_filename, Unset):
            filename = UNSET
        else:
            filename = File(payload=BytesIO(_filename))

        update_screenshot_body = cls(
            branch,
            name,
            description,
            filename,
        )

        update_screenshot_body.additional_properties = d
        return update_screenshot_body

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
