from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Invitation")


@_attrs_define
class Invitation:
    """A pending or accepted invitation for someone to join an account."""

    id: str
    """ Unique identifier of the invitation """
    state: str
    """ Current status of the invitation """
    created_at: datetime.datetime
    """ Timestamp at which the invitation was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the invitation """
    email: str | Unset = UNSET
    """ Address the invitation was sent to """
    role: str | Unset = UNSET
    """ Role the invitee receives on joining """
    projects: list[ProjectShort] | None | Unset = UNSET
    """ Projects the invitee will get access to """
    locales: list[LocalePreview] | None | Unset = UNSET
    """ Locales the invitee will get access to """
    teams: list[TeamShort] | None | Unset = UNSET
    """ Teams the invitee will be added to """
    default_locale_codes: list[str] | None | Unset = UNSET
    """ Locale codes assigned to the invitee by default """
    permissions: InvitationPermissionsType0 | None | Unset = UNSET
    """ Object of extra permissions granted to the invitee """
    locale_ids: list[str] | None | Unset = UNSET
    """ IDs of locales the invitee is restricted to """
    accepted_at: datetime.datetime | None | Unset = UNSET
    """ Time the invitation was accepted """
    spaces: list[ProjectSpace] | None | Unset = UNSET
    """ Spaces the invitee will be added to """
    project_role: list[InvitationProjectRoleType0Item] | None | Unset = UNSET
    """ List pairing a project ID with the invitee's role in that project """
    project_roles: list[InvitationProjectRolesType0Item] | None | Unset = UNSET
    """ Roles the person gets in individual projects """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state = self.state

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        email = self.email

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

        locales: list[dict[str, Any]] | None | Unset
        if isinstance(self.locales, Unset):
            locales = UNSET
        elif isinstance(self.locales, list):
            locales = []
            for locales_type_0_item_data in self.locales:
                locales_type_0_item = locales_type_0_item_data.to_dict()
                locales.append(locales_type_0_item)

        else:
            locales = self.locales

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

        default_locale_codes: list[str] | None | Unset
        if isinstance(self.default_locale_codes, Unset):
            default_locale_codes = UNSET
        elif isinstance(self.default_locale_codes, list):
            default_locale_codes = self.default_locale_codes

        else:
            default_locale_codes = self.default_locale_codes

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, InvitationPermissionsType0):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        locale_ids: list[str] | None | Unset
        if isinstance(self.locale_ids, Unset):
            locale_ids = UNSET
        elif isinstance(self.locale_ids, list):
            locale_ids = self.locale_ids

        else:
            locale_ids = self.locale_ids

        accepted_at: None | str | Unset
        if isinstance(self.accepted_at, Unset):
            accepted_at = UNSET
        elif isinstance(self.accepted_at, datetime.datetime):
            accepted_at = self.accepted_at.isoformat()
        else:
            accepted_at = self.accepted_at

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

        project_role: list[dict[str, Any]] | None | Unset
        if isinstance(self.project_role, Unset):
            project_role = UNSET
        elif isinstance(self.project_role, list):
            project_role = []
            for project_role_type_0_item_data in self.project_role:
                project_role_type_0_item = project_role_type_0_item_data.to_dict()
                project_role.append(project_role_type_0_item)

        else:
            project_role = self.project_role

        project_roles: list[dict[str, Any]] | None | Unset
        if isinstance(self.project_roles, Unset):
            project_roles = UNSET
        elif isinstance(self.project_roles, list):
            project_roles = []
            for project_roles_type_0_item_data in self.project_roles:
                project_roles_type_0_item = project_roles_type_0_item_data.to_dict()
                project_roles.append(project_roles_type_0_item)

        else:
            project_roles = self.project_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if projects is not UNSET:
            field_dict["projects"] = projects
        if locales is not UNSET:
            field_dict["locales"] = locales
        if teams is not UNSET:
            field_dict["teams"] = teams
        if default_locale_codes is not UNSET:
            field_dict["default_locale_codes"] = default_locale_codes
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if locale_ids is not UNSET:
            field_dict["locale_ids"] = locale_ids
        if accepted_at is not UNSET:
            field_dict["accepted_at"] = accepted_at
        if spaces is not UNSET:
            field_dict["spaces"] = spaces
        if project_role is not UNSET:
            field_dict["project_role"] = project_role
        if project_roles is not UNSET:
            field_dict["project_roles"] = project_roles

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

            state = d.pop("state")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            email = d.pop("email", UNSET)

            role = d.pop("role", UNSET)

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

            _locales: Any = d.pop("locales", UNSET)
            locales: list[LocalePreview] | None | Unset = _locales
            if isinstance(_locales, list):
                try:
                    locales_type_0 = []
                    _locales_type_0 = _locales
                    for locales_type_0_item_data in _locales_type_0:
                        locales_type_0_item = LocalePreview.from_dict(
                            locales_type_0_item_data
                        )

                        locales_type_0.append(locales_type_0_item)

                    locales = locales_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

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

            default_locale_codes: list[str] | None | Unset = d.pop(
                "default_locale_codes", UNSET
            )

            _permissions: Any = d.pop("permissions", UNSET)
            permissions: InvitationPermissionsType0 | None | Unset = _permissions
            if isinstance(_permissions, dict):
                try:
                    permissions_type_0 = InvitationPermissionsType0.from_dict(
                        _permissions
                    )

                    permissions = permissions_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            locale_ids: list[str] | None | Unset = d.pop("locale_ids", UNSET)

            _accepted_at: Any = d.pop("accepted_at", UNSET)
            accepted_at: datetime.datetime | None | Unset = _accepted_at
            if isinstance(_accepted_at, str):
                try:
                    accepted_at_type_0 = datetime.datetime.fromisoformat(_accepted_at)

                    accepted_at = accepted_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _spaces: Any = d.pop("spaces", UNSET)
            spaces: list[ProjectSpace] | None | Unset = _spaces
            if isinstance(_spaces, list):
                try:
                    spaces_type_0 = []
                    _spaces_type_0 = _spaces
                    for spaces_type_0_item_data in _spaces_type_0:
                        spaces_type_0_item = ProjectSpace.from_dict(
                            spaces_type_0_item_data
                        )

                        spaces_type_0.append(spaces_type_0_item)

                    spaces = spaces_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _project_role: Any = d.pop("project_role", UNSET)
            project_role: list[InvitationProjectRoleType0Item] | None | Unset = (
                _project_role
            )
            if isinstance(_project_role, list):
                try:
                    project_role_type_0 = []
                    _project_role_type_0 = _project_role
                    for project_role_type_0_item_data in _project_role_type_0:
                        project_role_type_0_item = (
                            InvitationProjectRoleType0Item.from_dict(
                                project_role_type_0_item_data
                            )
                        )

                        project_role_type_0.append(project_role_type_0_item)

                    project_role = project_role_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _project_roles: Any = d.pop("project_roles", UNSET)
            project_roles: list[InvitationProjectRolesType0Item] | None | Unset = (
                _project_roles
            )
            if isinstance(_project_roles, list):
                try:
                    project_roles_type_0 = []
                    _project_roles_type_0 = _project_roles
                    for project_roles_type_0_item_data in _project_roles_type_0:
                        project_roles_type_0_item = (
                            InvitationProjectRolesType0Item.from_dict(
                                project_roles_type_0_item_data
                            )
                        )

                        project_roles_type_0.append(project_roles_type_0_item)

                    project_roles = project_roles_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        invitation = cls(
            id,
            state,
            created_at,
            updated_at,
            email,
            role,
            projects,
            locales,
            teams,
            default_locale_codes,
            permissions,
            locale_ids,
            accepted_at,
            spaces,
            project_role,
            project_roles,
        )

        invitation.additional_properties = d
        return invitation

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
from ..models.invitation_permissions_type_0 import InvitationPermissionsType0
from ..models.invitation_project_role_type_0_item import InvitationProjectRoleType0Item
from ..models.invitation_project_roles_type_0_item import (
    InvitationProjectRolesType0Item,
)
from ..models.locale_preview import LocalePreview
from ..models.project_short import ProjectShort
from ..models.project_space import ProjectSpace
from ..models.team_short import TeamShort
