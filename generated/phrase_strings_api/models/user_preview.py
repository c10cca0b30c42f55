from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPreview")


@_attrs_define
class UserPreview:
    """A compact reference to a user."""

    id: str | Unset = UNSET
    """ Unique identifier of the user """
    username: str | Unset = UNSET
    """ Login name of the user """
    name: str | Unset = UNSET
    """ Full name of the user """
    gravatar_uid: str | Unset = UNSET
    """ Identifier used to fetch the user's Gravatar image """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        name = self.name

        gravatar_uid = self.gravatar_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if gravatar_uid is not UNSET:
            field_dict["gravatar_uid"] = gravatar_uid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        username = d.pop("username", UNSET)

        name = d.pop("name", UNSET)

        gravatar_uid = d.pop("gravatar_uid", UNSET)

        user_preview = cls(
            id,
            username,
            name,
            gravatar_uid,
        )

        user_preview.additional_properties = d
        return user_preview

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
