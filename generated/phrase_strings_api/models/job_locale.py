from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_annotation_short import JobAnnotationShort
    from ..models.job_preview import JobPreview
    from ..models.locale_preview import LocalePreview
    from ..models.locale_team_preview import LocaleTeamPreview
    from ..models.locale_user_preview import LocaleUserPreview


T = TypeVar("T", bound="JobLocale")


@_attrs_define
class JobLocale:
    """One target locale of a job, with its assignees and progress."""

    id: str | Unset = UNSET
    """ Unique identifier of the job locale """
    job: JobPreview | None | Unset = UNSET
    """ Job this locale belongs to """
    locale: LocalePreview | None | Unset = UNSET
    """ The target locale """
    users: list[LocaleUserPreview] | None | Unset = UNSET
    """ Users assigned to this locale """
    teams: list[LocaleTeamPreview] | None | Unset = UNSET
    """ Teams assigned to this locale """
    completed: bool | Unset = UNSET
    """ True if work on this locale is finished """
    translation_completed_at: datetime.datetime | None | Unset = UNSET
    """ Time translation of this locale was finished """
    review_completed_at: datetime.datetime | None | Unset = UNSET
    """ Time review of this locale was finished """
    annotations: list[JobAnnotationShort] | None | Unset = UNSET
    """ Annotations attached to this job locale """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_preview import JobPreview
        from ..models.locale_preview import LocalePreview

        id = self.id

        job: dict[str, Any] | None | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, JobPreview):
            job = self.job.to_dict()
        else:
            job = self.job

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

        completed = self.completed

        translation_completed_at: None | str | Unset
        if isinstance(self.translation_completed_at, Unset):
            translation_completed_at = UNSET
        elif isinstance(self.translation_completed_at, datetime.datetime):
            translation_completed_at = self.translation_completed_at.isoformat()
        else:
            translation_completed_at = self.translation_completed_at

        review_completed_at: None | str | Unset
        if isinstance(self.review_completed_at, Unset):
            review_completed_at = UNSET
        elif isinstance(self.review_completed_at, datetime.datetime):
            review_completed_at = self.review_completed_at.isoformat()
        else:
            review_completed_at = self.review_completed_at

        annotations: list[dict[str, Any]] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, list):
            annotations = []
            for annotations_type_0_item_data in self.annotations:
                annotations_type_0_item = annotations_type_0_item_data.to_dict()
                annotations.append(annotations_type_0_item)

        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if job is not UNSET:
            field_dict["job"] = job
        if locale is not UNSET:
            field_dict["locale"] = locale
        if users is not UNSET:
            field_dict["users"] = users
        if teams is not UNSET:
            field_dict["teams"] = teams
        if completed is not UNSET:
            field_dict["completed"] = completed
        if translation_completed_at is not UNSET:
            field_dict["translation_completed_at"] = translation_completed_at
        if review_completed_at is not UNSET:
            field_dict["review_completed_at"] = review_completed_at
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_annotation_short import JobAnnotationShort
        from ..models.job_preview import JobPreview
        from ..models.locale_preview import LocalePreview
        from ..models.locale_team_preview import LocaleTeamPreview
        from ..models.locale_user_preview import LocaleUserPreview

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_job(data: object) -> JobPreview | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_type_0 = JobPreview.from_dict(data)

                return job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobPreview | None | Unset, data)

        job = _parse_job(d.pop("job", UNSET))

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

        completed = d.pop("completed", UNSET)

        def _parse_translation_completed_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                translation_completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return translation_completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        translation_completed_at = _parse_translation_completed_at(
            d.pop("translation_completed_at", UNSET)
        )

        def _parse_review_completed_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return review_completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        review_completed_at = _parse_review_completed_at(
            d.pop("review_completed_at", UNSET)
        )

        def _parse_annotations(data: object) -> list[JobAnnotationShort] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                annotations_type_0 = []
                _annotations_type_0 = data
                for annotations_type_0_item_data in _annotations_type_0:
                    annotations_type_0_item = JobAnnotationShort.from_dict(
                        annotations_type_0_item_data
                    )

                    annotations_type_0.append(annotations_type_0_item)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobAnnotationShort] | None | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        job_locale = cls(
            id=id,
            job=job,
            locale=locale,
            users=users,
            teams=teams,
            completed=completed,
            translation_completed_at=translation_completed_at,
            review_completed_at=review_completed_at,
            annotations=annotations,
        )

        job_locale.additional_properties = d
        return job_locale

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
