from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberProjectDetail")


@_attrs_define
class MemberProjectDetail:
    """A member record that also lists the member's role in each project."""

    id: str
    """ Unique identifier of the member """
    username: str
    """ Login name of the member """
    email: str | Unset = UNSET
    """ Email address of the member """
    role: str | Unset = UNSET
    """ Account role of the member """
    projects: list[ProjectLocales] | None | Unset = UNSET
    """ Projects the member can access, with their locales """
    permissions: MemberProjectDetailPermissionsType0 | None | Unset = UNSET
    """ Object of extra permissions granted to the member """
    locale_ids: list[str] | None | Unset = UNSET
    """ IDs of locales the member is restricted to """
    default_locale_codes: list[str] | None | Unset = UNSET
    """ Locale codes assigned to the member by default """
    spaces: list[MemberProjectDetailSpacesType0Item] | None | Unset = UNSET
    """ Spaces the member belongs to; each entry gives the space ID, name, timestamps and project count """
    project_roles: list[MemberProjectDetailProjectRolesType0Item] | None | Unset = UNSET
    """ List pairing a project ID with the member's role in that project """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

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

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, MemberProjectDetailPermissionsType0):
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

        default_locale_codes: list[str] | None | Unset
        if isinstance(self.default_locale_codes, Unset):
            default_locale_codes = UNSET
        elif isinstance(self.default_locale_codes, list):
            default_locale_codes = self.default_locale_codes

        else:
            default_locale_codes = self.default_locale_codes

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
                "username": username,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if projects is not UNSET:
            field_dict["projects"] = projects
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if locale_ids is not UNSET:
            field_dict["locale_ids"] = locale_ids
        if default_locale_codes is not UNSET:
            field_dict["default_locale_codes"] = default_locale_codes
        if spaces is not UNSET:
            field_dict["spaces"] = spaces
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

            username = d.pop("username")

            email = d.pop("email", UNSET)

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
            permissions: MemberProjectDetailPermissionsType0 | None | Unset = (
                _permissions
            )
            if isinstance(_permissions, dict):
                try:
                    permissions_type_0 = MemberProjectDetailPermissionsType0.from_dict(
                        _permissions
                    )

                    permissions = permissions_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            locale_ids: list[str] | None | Unset = d.pop("locale_ids", UNSET)

            default_locale_codes: list[str] | None | Unset = d.pop(
                "default_locale_codes", UNSET
            )

            _spaces: Any = d.pop("spaces", UNSET)
            spaces: list[MemberProjectDetailSpacesType0Item] | None | Unset = _spaces
            if isinstance(_spaces, list):
                try:
                    spaces_type_0 = []
                    _spaces_type_0 = _spaces
                    for spaces_type_0_item_data in _spaces_type_0:
                        spaces_type_0_item = (
                            MemberProjectDetailSpacesType0Item.from_dict(
                                spaces_type_0_item_data
                            )
                        )

                        spaces_type_0.append(spaces_type_0_item)

                    spaces = spaces_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _project_roles: Any = d.pop("project_roles", UNSET)
            project_roles: (
                list[MemberProjectDetailProjectRolesType0Item] | None | Unset
            ) = _project_roles
            if isinstance(_project_roles, list):
                try:
                    project_roles_type_0 = []
                    _project_roles_type_0 = _project_roles
                    for project_roles_type_0_item_data in _project_roles_type_0:
                        project_roles_type_0_item = (
                            MemberProjectDetailProjectRolesType0Item.from_dict(
                                project_roles_type_0_item_data
                            )
                        )

                        project_roles_type_0.append(project_roles_type_0_item)

                    project_roles = project_roles_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        member_project_detail = cls(
            id,
            username,
            email,
            role,
            projects,
            permissions,
            locale_ids,
            default_locale_codes,
            spaces,
            project_roles,
        )

        member_project_detail.additional_properties = d
        return member_project_detail

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
from ..models.member_project_detail_permissions_type_0 import (
    MemberProjectDetailPermissionsType0,
)
from ..models.member_project_detail_project_roles_type_0_item import (
    MemberProjectDetailProjectRolesType0Item,
)
from ..models.member_project_detail_spaces_type_0_item import (
    MemberProjectDetailSpacesType0Item,
)
from ..models.project_locales import ProjectLocales
