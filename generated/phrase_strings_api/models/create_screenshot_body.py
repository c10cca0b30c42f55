from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateScreenshotBody")


@_attrs_define
class CreateScreenshotBody:
    """Request body of create_screenshot: Upload a screenshot."""

    filename: File
    """ Image file to upload as the screenshot """
    branch: str | Unset = UNSET
    """ Name of the branch to operate on """
    name: str | Unset = UNSET
    """ Screenshot name """
    description: str | Unset = UNSET
    """ Free-text description of the screenshot """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename.to_tuple()

        branch = self.branch

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        for name, value in self.to_dict().items():
            if isinstance(value, tuple):  # a File, as File.to_tuple() gives it
                files.append((name, value))
            else:
                files.extend(
                    (field, (None, text.encode(), "text/plain"))
                    for field, text in types.form_fields(name, value)
                )
        return files

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
            filename = File(payload=BytesIO(d.pop("filename")))

            branch = d.pop("branch", UNSET)

            name = d.pop("name", UNSET)

            description = d.pop("description", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_screenshot_body = cls(
            filename,
            branch,
            name,
            description,
        )

        create_screenshot_body.additional_properties = d
        return create_screenshot_body

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
