from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInvitationBody")


@_attrs_define
class CreateInvitationBody:
    """Request body of create_invitation: Invite someone to join an account."""

    email: str
    """ Email address to invite; it is fixed once the invitation exists, so use a new invitation for a different
    address """
    role: str
    """ Role given to the invitee: Manager, Developer or Translator """
    project_ids: str | Unset = UNSET
    """ Projects the invitee may access, as a list of project IDs """
    locale_ids: str | Unset = UNSET
    """ Locales the invitee may access, as a list of locale IDs """
    space_ids: list[str] | Unset = UNSET
    """ IDs of the spaces the invitee is assigned to """
    team_ids: list[str] | Unset = UNSET
    """ IDs of the teams the invitee is assigned to """
    default_locale_codes: list[str] | Unset = UNSET
    """ Locale codes set as the invitee's default locales """
    permissions: CreateInvitationBodyPermissions | Unset = UNSET
    """ Extra permissions granted on top of the role, as name/value pairs; create_upload and review_translations are
    available """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role = self.role

        project_ids = self.project_ids

        locale_ids = self.locale_ids

        space_ids: list[str] | Unset = UNSET
        if not isinstance(self.space_ids, Unset):
            space_ids = self.space_ids

        team_ids: list[str] | Unset = UNSET
        if not isinstance(self.team_ids, Unset):
            team_ids = self.team_ids

        default_locale_codes: list[str] | Unset = UNSET
        if not isinstance(self.default_locale_codes, Unset):
            default_locale_codes = self.default_locale_codes

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "role": role,
            }
        )
        if project_ids is not UNSET:
            field_dict["project_ids"] = project_ids
        if locale_ids is not UNSET:
            field_dict["locale_ids"] = locale_ids
        if space_ids is not UNSET:
            field_dict["space_ids"] = space_ids
        if team_ids is not UNSET:
            field_dict["team_ids"] = team_ids
        if default_locale_codes is not UNSET:
            field_dict["default_locale_codes"] = default_locale_codes
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

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
            email = d.pop("email")

            role = d.pop("role")

            project_ids = d.pop("project_ids", UNSET)

            locale_ids = d.pop("locale_ids", UNSET)

            space_ids: list[str] | Unset = d.pop("space_ids", UNSET)

            team_ids: list[str] | Unset = d.pop("team_ids", UNSET)

            default_locale_codes: list[str] | Unset = d.pop(
                "default_locale_codes", UNSET
            )

            _permissions = d.pop("permissions", UNSET)
            permissions: CreateInvitationBodyPermissions | Unset
            if isinstance(_permissions, Unset):
                permissions = UNSET
            else:
                permissions = CreateInvitationBodyPermissions.from_dict(_permissions)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_invitation_body = cls(
            email,
            role,
            project_ids,
            locale_ids,
            space_ids,
            team_ids,
            default_locale_codes,
            permissions,
        )

        create_invitation_body.additional_properties = d
        return create_invitation_body

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
from ..models.create_invitation_body_permissions import CreateInvitationBodyPermissions
