from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_template_locales_job_template_type_0 import (
        JobTemplateLocalesJobTemplateType0,
    )
    from ..models.locale_preview import LocalePreview
    from ..models.locale_team_preview import LocaleTeamPreview
    from ..models.locale_user_preview import LocaleUserPreview


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
        from ..models.job_template_locales_job_template_type_0 import (
            JobTemplateLocalesJobTemplateType0,
        )
        from ..models.locale_preview import LocalePreview

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
        from ..models.job_template_locales_job_template_type_0 import (
            JobTemplateLocalesJobTemplateType0,
        )
        from ..models.locale_preview import LocalePreview
        from ..models.locale_team_preview import LocaleTeamPreview
        from ..models.locale_user_preview import LocaleUserPreview

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_job_template(
            data: object,
        ) -> JobTemplateLocalesJobTemplateType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_template_type_0 = JobTemplateLocalesJobTemplateType0.from_dict(data)

                return job_template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobTemplateLocalesJobTemplateType0 | None | Unset, data)

        job_template = _parse_job_template(d.pop("job_template", UNSET))

        def _parse_locale(data: object) -> LocalePreview | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                locale_type_0 = LocalePreview.from_dict(data)

                return locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalePreview | None | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_users(data: object) -> list[LocaleUserPreview] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                users_type_0 = []
                _users_type_0 = data
                for users_type_0_item_data in _users_type_0:
                    users_type_0_item = LocaleUserPreview.from_dict(
                        users_type_0_item_data
                    )

                    users_type_0.append(users_type_0_item)

                return users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LocaleUserPreview] | None | Unset, data)

        users = _parse_users(d.pop("users", UNSET))

        def _parse_teams(data: object) -> list[LocaleTeamPreview] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                teams_type_0 = []
                _teams_type_0 = data
                for teams_type_0_item_data in _teams_type_0:
                    teams_type_0_item = LocaleTeamPreview.from_dict(
                        teams_type_0_item_data
                    )

                    teams_type_0.append(teams_type_0_item)

                return teams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LocaleTeamPreview] | None | Unset, data)

        teams = _parse_teams(d.pop("teams", UNSET))

        job_template_locales = cls(
            id=id,
            job_template=job_template,
            locale=locale,
            users=users,
            teams=teams,
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
