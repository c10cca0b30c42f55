from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """A user who belongs to an account, together with their role, access and memberships."""

    id: str
    """ Unique identifier of the member """
    username: str
    """ Login name of the member """
    created_at: datetime.datetime
    """ Timestamp at which the membership was created """
    email: str | Unset = UNSET
    """ Email address of the member """
    last_activity_at: datetime.datetime | None | Unset = UNSET
    """ Time of the member's most recent activity """
    role: str | Unset = UNSET
    """ Account role of the member """
    projects: list[ProjectLocales] | None | Unset = UNSET
    """ Projects the member can access, with their locales """
    permissions: MemberPermissionsType0 | None | Unset = UNSET
    """ Object of extra permissions granted to the member """
    default_locale_codes: list[str] | None | Unset = UNSET
    """ Locale codes assigned to the member by default """
    teams: list[TeamShort] | None | Unset = UNSET
    """ Teams the member belongs to """
    spaces: list[MemberSpacesType0Item] | None | Unset = UNSET
    """ Spaces the member belongs to; each entry gives the space ID, name, timestamps and project count """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        created_at = self.created_at.isoformat()

        email = self.email

        last_activity_at: None | str | Unset
        if isinstance(self.last_activity_at, Unset):
            last_activity_at = UNSET
        elif isinstance(self.last_activity_at, datetime.datetime):
            last_activity_at = self.last_activity_at.isoformat()
        else:
            last_activity_at = self.last_activity_at

        role = self.role

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

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, MemberPermissionsType0):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        default_locale_codes: list[str] | None | Unset
        if isinstance(self.default_locale_codes, Unset):
            default_locale_codes = UNSET
        elif isinstance(self.default_locale_codes, list):
            default_locale_codes = self.default_locale_codes

        else:
            default_locale_codes = self.default_locale_codes

        teams: list[dict[str, Any]] | None | Unset
        if isinstance(self.teams, Unset):
            teams = UNSET
        elif isinstance(self.teams, list):
            teams = []
            for teams_type_0_item_data in self.teams:
                teams_type_0_item = teams_type_0_item_data.to_dict()
                teams.append(teams_type_0_item)

        else:
            teams = self.teams

        spaces: list[dict[str, Any]] | None | Unset
        if isinstance(self.spaces, Unset):
            spaces = UNSET
        elif isinstance(self.spaces, list):
            spaces = []
            for spaces_type_0_item_data in self.spaces:
                spaces_type_0_item = spaces_type_0_item_data.to_dict()
                spaces.append(spaces_type_0_item)

        else:
            spaces = self.spaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "created_at": created_at,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if last_activity_at is not UNSET:
            field_dict["last_activity_at"] = last_activity_at
        if role is not UNSET:
            field_dict["role"] = role
        if projects is not UNSET:
            field_dict["projects"] = projects
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if default_locale_codes is not UNSET:
            field_dict["default_locale_codes"] = default_locale_codes
        if teams is not UNSET:
            field_dict["teams"] = teams
        if spaces is not UNSET:
            field_dict["spaces"] = spaces

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

            username = d.pop("username")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            email = d.pop("email", UNSET)

            _last_activity_at: Any = d.pop("last_activity_at", UNSET)
            last_activity_at: datetime.datetime | None | Unset = _last_activity_at
            if isinstance(_last_activity_at, str):
                try:
                    last_activity_at_type_0 = datetime.datetime.fromisoformat(
                        _last_activity_at
                    )

                    last_activity_at = last_activity_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            role = d.pop("role", UNSET)

            _projects: Any = d.pop("projects", UNSET)
            projects: list[ProjectLocales] | None | Unset = _projects
            if isinstance(_projects, list):
                try:
                    projects_type_0 = []
                    _projects_type_0 = _projects
                    for projects_type_0_item_data in _projects_type_0:
                        projects_type_0_item = ProjectLocales.from_dict(
                            projects_type_0_item_data
                        )

                        projects_type_0.append(projects_type_0_item)

                    projects = projects_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _permissions: Any = d.pop("permissions", UNSET)
            permissions: MemberPermissionsType0 | None | Unset = _permissions
            if isinstance(_permissions, dict):
                try:
                    permissions_type_0 = MemberPermissionsType0.from_dict(_permissions)

                    permissions = permissions_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            default_locale_codes: list[str] | None | Unset = d.pop(
                "default_locale_codes", UNSET
            )

            _teams: Any = d.pop("teams", UNSET)
            teams: list[TeamShort] | None | Unset = _teams
            if isinstance(_teams, list):
                try:
                    teams_type_0 = []
                    _teams_type_0 = _teams
                    for teams_type_0_item_data in _teams_type_0:
                        teams_type_0_item = TeamShort.from_dict(teams_type_0_item_data)

                        teams_type_0.append(teams_type_0_item)

                    teams = teams_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _spaces: Any = d.pop("spaces", UNSET)
            spaces: list[MemberSpacesType0Item] | None | Unset = _spaces
            if isinstance(_spaces, list):
                try:
                    spaces_type_0 = []
                    _spaces_type_0 = _spaces
                    for spaces_type_0_item_data in _spaces_type_0:
                        spaces_type_0_item = MemberSpacesType0Item.from_dict(
                            spaces_type_0_item_data
                        )

                        spaces_type_0.append(spaces_type_0_item)

                    spaces = spaces_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        member = cls(
            id,
            username,
            created_at,
            email,
            last_activity_at,
            role,
            projects,
            permissions,
            default_locale_codes,
            teams,
            spaces,
        )

        member.additional_properties = d
        return member

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
from ..models.member_permissions_type_0 import MemberPermissionsType0
from ..models.member_spaces_type_0_item import MemberSpacesType0Item
from ..models.project_locales import ProjectLocales
from ..models.team_short import TeamShort
