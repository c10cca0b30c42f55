from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobLocale")


@_attrs_define
class JobLocale:
    """One target locale of a job, with its assignees and progress."""

    id: str
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
        field_dict.update(
            {
                "id": id,
            }
        )
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

            _job: Any = d.pop("job", UNSET)
            job: JobPreview | None | Unset = _job
            if isinstance(_job, dict):
                try:
                    job_type_0 = JobPreview.from_dict(_job)

                    job = job_type_0
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

            completed = d.pop("completed", UNSET)

            _translation_completed_at: Any = d.pop("translation_completed_at", UNSET)
            translation_completed_at: datetime.datetime | None | Unset = (
                _translation_completed_at
            )
            if isinstance(_translation_completed_at, str):
                try:
                    translation_completed_at_type_0 = datetime.datetime.fromisoformat(
                        _translation_completed_at
                    )

                    translation_completed_at = translation_completed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _review_completed_at: Any = d.pop("review_completed_at", UNSET)
            review_completed_at: datetime.datetime | None | Unset = _review_completed_at
            if isinstance(_review_completed_at, str):
                try:
                    review_completed_at_type_0 = datetime.datetime.fromisoformat(
                        _review_completed_at
                    )

                    review_completed_at = review_completed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _annotations: Any = d.pop("annotations", UNSET)
            annotations: list[JobAnnotationShort] | None | Unset = _annotations
            if isinstance(_annotations, list):
                try:
                    annotations_type_0 = []
                    _annotations_type_0 = _annotations
                    for annotations_type_0_item_data in _annotations_type_0:
                        annotations_type_0_item = JobAnnotationShort.from_dict(
                            annotations_type_0_item_data
                        )

                        annotations_type_0.append(annotations_type_0_item)

                    annotations = annotations_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        job_locale = cls(
            id,
            job,
            locale,
            users,
            teams,
            completed,
            translation_completed_at,
            review_completed_at,
            annotations,
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


# Imported after the class, once per process rather than on every call; models that refer to
# each other still import cleanly (each class exists before its module imports the others).
from ..models.job_annotation_short import JobAnnotationShort
from ..models.job_preview import JobPreview
from ..models.locale_preview import LocalePreview
from ..models.locale_team_preview import LocaleTeamPreview
from ..models.locale_user_preview import LocaleUserPreview
