from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInvitationSettingsBody")


@_attrs_define
class UpdateInvitationSettingsBody:
    """Request body of update_invitation_settings: Change an invitee's project access."""

    project_role: str | Unset = UNSET
    """ Role of the member in the project: Manager, Developer or Translator """
    locale_ids: list[str] | Unset = UNSET
    """ IDs of the locales the member may access """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_role = self.project_role

        locale_ids: list[str] | Unset = UNSET
        if not isinstance(self.locale_ids, Unset):
            locale_ids = self.locale_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_role is not UNSET:
            field_dict["project_role"] = project_role
        if locale_ids is not UNSET:
            field_dict["locale_ids"] = locale_ids

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
        project_role = d.pop("project_role", UNSET)

        locale_ids: list[str] | Unset = d.pop("locale_ids", UNSET)

        update_invitation_settings_body = cls(
            project_role,
            locale_ids,
        )

        update_invitation_settings_body.additional_properties = d
        return update_invitation_settings_body

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
