from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobTemplateLocales")


@_attrs_define
class JobTemplateLocales:
    """One target locale of a job template, with its assignees."""

    id: str | Unset = UNSET
    """ Unique identifier of the template locale """
    job_template: JobTemplateLocalesJobTemplateType0 | None | Unset = UNSET
    """ Object giving the ID and name of the template """
    locale: LocalePreview | None | Unset = UNSET
    """ The target locale """
    users: list[LocaleUserPreview] | None | Unset = UNSET
    """ Users assigned to this locale """
    teams: list[LocaleTeamPreview] | None | Unset = UNSET
    """ Teams assigned to this locale """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_template: dict[str, Any] | None | Unset
        if isinstance(self.job_template, Unset):
            job_template = UNSET
        elif isinstance(self.job_template, JobTemplateLocalesJobTemplateType0):
            job_template = self.job_template.to_dict()
        else:
            job_template = self.job_template

        locale: dict[str, Any] | None | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, LocalePreview):
            locale = self.locale.to_dict()
        else:
            locale = self.locale

        users: list[dict[str, Any]] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_0_item_data in self.users:
                users_type_0_item = users_type_0_item_data.to_dict()
                users.append(users_type_0_item)

        else:
            users = self.users

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if job_template is not UNSET:
            field_dict["job_template"] = job_template
        if locale is not UNSET:
            field_dict["locale"] = locale
        if users is not UNSET:
            field_dict["users"] = users
        if teams is not UNSET:
            field_dict["teams"] = teams

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
        id = d.pop("id", UNSET)

        _job_template: Any = d.pop("job_template", UNSET)
        job_template: JobTemplateLocalesJobTemplateType0 | None | Unset = _job_template
        if isinstance(_job_template, dict):
            try:
                job_template_type_0 = JobTemplateLocalesJobTemplateType0.from_dict(
                    _job_template
                )

                job_template = job_template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _locale: Any = d.pop("locale", UNSET)
        locale: LocalePreview | None | Unset = _locale
        if isinstance(_locale, dict):
            try:
                locale_type_0 = LocalePreview.from_dict(_locale)

                locale = locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _users: Any = d.pop("users", UNSET)
        users: list[LocaleUserPreview] | None | Unset = _users
        if isinstance(_users, list):
            try:
                users_type_0 = []
                _users_type_0 = _users
                for users_type_0_item_data in _users_type_0:
                    users_type_0_item = LocaleUserPreview.from_dict(
                        users_type_0_item_data
                    )

                    users_type_0.append(users_type_0_item)

                users = users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _teams: Any = d.pop("teams", UNSET)
        teams: list[LocaleTeamPreview] | None | Unset = _teams
        if isinstance(_teams, list):
            try:
                teams_type_0 = []
                _teams_type_0 = _teams
                for teams_type_0_item_data in _teams_type_0:
                    teams_type_0_item = LocaleTeamPreview.from_dict(
                        teams_type_0_item_data
                    )

                    teams_type_0.append(teams_type_0_item)

                teams = teams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        job_template_locales = cls(
            id,
            job_template,
            locale,
            users,
            teams,
        )

        job_template_locales.additional_properties = d
        return job_template_locales

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
from ..models.job_template_locales_job_template_type_0 import (
    JobTemplateLocalesJobTemplateType0,
)
from ..models.locale_preview import LocalePreview
from ..models.locale_team_preview import LocaleTeamPreview
from ..models.locale_user_preview import LocaleUserPreview
