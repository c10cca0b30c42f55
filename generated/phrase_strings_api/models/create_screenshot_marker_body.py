from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateScreenshotMarkerBody")


@_attrs_define
class CreateScreenshotMarkerBody:
    """Request body of create_screenshot_marker: Place a key marker on a screenshot."""

    key_id: str
    """ ID of the key to highlight on the screenshot; it must belong to the same project """
    branch: str | Unset = UNSET
    """ Name of the branch to use """
    presentation: str | Unset = UNSET
    """ JSON string placing the marker's rectangle: x and y give its offset in pixels from the screenshot's top-left
    corner, w and h its width and height in pixels """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        branch = self.branch

        presentation = self.presentation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_id": key_id,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch
        if presentation is not UNSET:
            field_dict["presentation"] = presentation

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
            key_id = d.pop("key_id")

            branch = d.pop("branch", UNSET)

            presentation = d.pop("presentation", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_screenshot_marker_body = cls(
            key_id,
            branch,
            presentation,
        )

        create_screenshot_marker_body.additional_properties = d
        return create_screenshot_marker_body

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
