from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrganizationJobTemplateLocaleBody")


@_attrs_define
class CreateOrganizationJobTemplateLocaleBody:
    """Request body of create_organization_job_template_locale: Add a locale to an account job template."""

    locale_name: str
    """ Name of the locale """
    locale_code: str
    """ Code of the locale """
    user_ids: list[str] | Unset = UNSET
    """ IDs of the users to assign to this template locale """
    reviewer_ids: list[str] | Unset = UNSET
    """ IDs of the users to assign as reviewers of this template locale """
    translator_team_ids: list[str] | Unset = UNSET
    """ IDs of the teams to assign as translators """
    reviewer_team_ids: list[str] | Unset = UNSET
    """ IDs of the teams to assign as reviewers """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locale_name = self.locale_name

        locale_code = self.locale_code

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        reviewer_ids: list[str] | Unset = UNSET
        if not isinstance(self.reviewer_ids, Unset):
            reviewer_ids = self.reviewer_ids

        translator_team_ids: list[str] | Unset = UNSET
        if not isinstance(self.translator_team_ids, Unset):
            translator_team_ids = self.translator_team_ids

        reviewer_team_ids: list[str] | Unset = UNSET
        if not isinstance(self.reviewer_team_ids, Unset):
            reviewer_team_ids = self.reviewer_team_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locale_name": locale_name,
                "locale_code": locale_code,
            }
        )
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if reviewer_ids is not UNSET:
            field_dict["reviewer_ids"] = reviewer_ids
        if translator_team_ids is not UNSET:
            field_dict["translator_team_ids"] = translator_team_ids
        if reviewer_team_ids is not UNSET:
            field_dict["reviewer_team_ids"] = reviewer_team_ids

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
            locale_name = d.pop("locale_name")

            locale_code = d.pop("locale_code")

            user_ids: list[str] | Unset = d.pop("user_ids", UNSET)

            reviewer_ids: list[str] | Unset = d.pop("reviewer_ids", UNSET)

            translator_team_ids: list[str] | Unset = d.pop("translator_team_ids", UNSET)

            reviewer_team_ids: list[str] | Unset = d.pop("reviewer_team_ids", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_organization_job_template_locale_body = cls(
            locale_name,
            locale_code,
            user_ids,
            reviewer_ids,
            translator_team_ids,
            reviewer_team_ids,
        )

        create_organization_job_template_locale_body.additional_properties = d
        return create_organization_job_template_locale_body

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
