from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateMemberBody")


@_attrs_define
class UpdateMemberBody:
    """Request body of update_member: Update a member's access."""

    strategy: str | Unset = UNSET
    """ How the given space, project and locale IDs are applied to the access list; one of set, add, remove """
    role: str | Unset = UNSET
    """ Role of the member; one of Admin, ProjectManager, Developer, Designer, Translator """
    project_ids: str | Unset = UNSET
    """ IDs of the projects the user may access """
    locale_ids: str | Unset = UNSET
    """ IDs of the locales the user may access """
    default_locale_codes: list[str] | Unset = UNSET
    """ Codes of the user's default locales """
    space_ids: list[str] | Unset = UNSET
    """ IDs of the spaces the user belongs to """
    permissions: UpdateMemberBodyPermissions | Unset = UNSET
    """ Extra permissions that depend on the role, as an object; available permissions are create_upload and
    review_translations """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy = self.strategy

        role = self.role

        project_ids = self.project_ids

        locale_ids = self.locale_ids

        default_locale_codes: list[str] | Unset = UNSET
        if not isinstance(self.default_locale_codes, Unset):
            default_locale_codes = self.default_locale_codes

        space_ids: list[str] | Unset = UNSET
        if not isinstance(self.space_ids, Unset):
            space_ids = self.space_ids

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if role is not UNSET:
            field_dict["role"] = role
        if project_ids is not UNSET:
            field_dict["project_ids"] = project_ids
        if locale_ids is not UNSET:
            field_dict["locale_ids"] = locale_ids
        if default_locale_codes is not UNSET:
            field_dict["default_locale_codes"] = default_locale_codes
        if space_ids is not UNSET:
            field_dict["space_ids"] = space_ids
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
        strategy = d.pop("strategy", UNSET)

        role = d.pop("role", UNSET)

        project_ids = d.pop("project_ids", UNSET)

        locale_ids = d.pop("locale_ids", UNSET)

        default_locale_codes: list[str] | Unset = d.pop("default_locale_codes", UNSET)

        space_ids: list[str] | Unset = d.pop("space_ids", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: UpdateMemberBodyPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = UpdateMemberBodyPermissions.from_dict(_permissions)

        update_member_body = cls(
            strategy,
            role,
            project_ids,
            locale_ids,
            default_locale_codes,
            space_ids,
            permissions,
        )

        update_member_body.additional_properties = d
        return update_member_body

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
from ..models.update_member_body_permissions import UpdateMemberBodyPermissions
