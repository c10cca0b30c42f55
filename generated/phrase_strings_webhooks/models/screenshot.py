from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError

T = TypeVar("T", bound="Screenshot")


@_attrs_define
class Screenshot:
    id: str
    name: str
    description: str
    screenshot_url: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    markers_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        screenshot_url = self.screenshot_url

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        markers_count = self.markers_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "screenshot_url": screenshot_url,
                "created_at": created_at,
                "updated_at": updated_at,
                "markers_count": markers_count,
            }
        )

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

            description = d.pop("description")

            screenshot_url = d.pop("screenshot_url")

            created_at = datetime.datetime.fromisoformat(
                d.pop("created_at").replace(" UTC", "+00:00")
            )

            updated_at = datetime.datetime.fromisoformat(
                d.pop("updated_at").replace(" UTC", "+00:00")
            )

            markers_count = d.pop("markers_count")

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        screenshot = cls(
            id,
            name,
            description,
            screenshot_url,
            created_at,
            updated_at,
            markers_count,
        )

        screenshot.additional_properties = d
        return screenshot

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
