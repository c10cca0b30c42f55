from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobDetails")


@_attrs_define
class JobDetails:
    """Extends job with its owner, locales, keys and annotations."""

    id: str
    """ Unique identifier of the job """
    name: str
    """ Name of the job """
    state: str
    """ Current status of the job """
    created_at: datetime.datetime
    """ Timestamp at which the job was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the job """
    briefing: str | Unset = UNSET
    """ Instructions for the people working on the job """
    due_date: datetime.datetime | None | Unset = UNSET
    """ Deadline for the job; may be null """
    ticket_url: str | Unset = UNSET
    """ Address of a related ticket in an external tracker """
    project: None | ProjectShort | Unset = UNSET
    """ Project the job belongs to """
    branch: JobBranch | None | Unset = UNSET
    """ Object giving the name of the branch the job runs in """
    automation_id: None | str | Unset = UNSET
    """ Automation that created the job; null for jobs created by hand """
    job_template_id: None | str | Unset = UNSET
    """ Job template the job was based on; null when none was used """
    review_due_date: datetime.datetime | None | Unset = UNSET
    """ Deadline for the review step; null unless the project uses the review workflow """
    owner: None | Unset | UserPreview = UNSET
    """ User who owns the job """
    job_tag_name: str | Unset = UNSET
    """ Tag that marks the keys in the job """
    source_translations_updated_at: datetime.datetime | None | Unset = UNSET
    """ Time the source translations of the job last changed """
    source_locale: LocalePreview | None | Unset = UNSET
    """ Locale the job translates from """
    locales: list[LocalePreview] | None | Unset = UNSET
    """ Target locales of the job """
    keys: list[KeyPreview] | None | Unset = UNSET
    """ Keys included in the job """
    annotations: list[JobAnnotationShort] | None | Unset = UNSET
    """ Annotations attached to the job """
    locked: bool | Unset = UNSET
    """ True while the job-locking workflow keeps the job's translations read-only """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        state = self.state

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        briefing = self.briefing

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        ticket_url = self.ticket_url

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, ProjectShort):
            project = self.project.to_dict()
        else:
            project = self.project

        branch: dict[str, Any] | None | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        elif isinstance(self.branch, JobBranch):
            branch = self.branch.to_dict()
        else:
            branch = self.branch

        automation_id: None | str | Unset
        if isinstance(self.automation_id, Unset):
            automation_id = UNSET
        else:
            automation_id = self.automation_id

        job_template_id: None | str | Unset
        if isinstance(self.job_template_id, Unset):
            job_template_id = UNSET
        else:
            job_template_id = self.job_template_id

        review_due_date: None | str | Unset
        if isinstance(self.review_due_date, Unset):
            review_due_date = UNSET
        elif isinstance(self.review_due_date, datetime.datetime):
            review_due_date = self.review_due_date.isoformat()
        else:
            review_due_date = self.review_due_date

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserPreview):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        job_tag_name = self.job_tag_name

        source_translations_updated_at: None | str | Unset
        if isinstance(self.source_translations_updated_at, Unset):
            source_translations_updated_at = UNSET
        elif isinstance(self.source_translations_updated_at, datetime.datetime):
            source_translations_updated_at = (
                self.source_translations_updated_at.isoformat()
            )
        else:
            source_translations_updated_at = self.source_translations_updated_at

        source_locale: dict[str, Any] | None | Unset
        if isinstance(self.source_locale, Unset):
            source_locale = UNSET
        elif isinstance(self.source_locale, LocalePreview):
            source_locale = self.source_locale.to_dict()
        else:
            source_locale = self.source_locale

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

        keys: list[dict[str, Any]] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, list):
            keys = []
            for keys_type_0_item_data in self.keys:
                keys_type_0_item = keys_type_0_item_data.to_dict()
                keys.append(keys_type_0_item)

        else:
            keys = self.keys

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

        locked = self.locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "state": state,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if briefing is not UNSET:
            field_dict["briefing"] = briefing
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if ticket_url is not UNSET:
            field_dict["ticket_url"] = ticket_url
        if project is not UNSET:
            field_dict["project"] = project
        if branch is not UNSET:
            field_dict["branch"] = branch
        if automation_id is not UNSET:
            field_dict["automation_id"] = automation_id
        if job_template_id is not UNSET:
            field_dict["job_template_id"] = job_template_id
        if review_due_date is not UNSET:
            field_dict["review_due_date"] = review_due_date
        if owner is not UNSET:
            field_dict["owner"] = owner
        if job_tag_name is not UNSET:
            field_dict["job_tag_name"] = job_tag_name
        if source_translations_updated_at is not UNSET:
            field_dict["source_translations_updated_at"] = (
                source_translations_updated_at
            )
        if source_locale is not UNSET:
            field_dict["source_locale"] = source_locale
        if locales is not UNSET:
            field_dict["locales"] = locales
        if keys is not UNSET:
            field_dict["keys"] = keys
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if locked is not UNSET:
            field_dict["locked"] = locked

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

            name = d.pop("name")

            state = d.pop("state")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            briefing = d.pop("briefing", UNSET)

            _due_date: Any = d.pop("due_date", UNSET)
            due_date: datetime.datetime | None | Unset = _due_date
            if isinstance(_due_date, str):
                try:
                    due_date_type_0 = datetime.datetime.fromisoformat(_due_date)

                    due_date = due_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            ticket_url = d.pop("ticket_url", UNSET)

            _project: Any = d.pop("project", UNSET)
            project: None | ProjectShort | Unset = _project
            if isinstance(_project, dict):
                try:
                    project_type_0 = ProjectShort.from_dict(_project)

                    project = project_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _branch: Any = d.pop("branch", UNSET)
            branch: JobBranch | None | Unset = _branch
            if isinstance(_branch, dict):
                try:
                    branch_type_0 = JobBranch.from_dict(_branch)

                    branch = branch_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            def _parse_automation_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            automation_id = _parse_automation_id(d.pop("automation_id", UNSET))

            def _parse_job_template_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            job_template_id = _parse_job_template_id(d.pop("job_template_id", UNSET))

            _review_due_date: Any = d.pop("review_due_date", UNSET)
            review_due_date: datetime.datetime | None | Unset = _review_due_date
            if isinstance(_review_due_date, str):
                try:
                    review_due_date_type_0 = datetime.datetime.fromisoformat(
                        _review_due_date
                    )

                    review_due_date = review_due_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _owner: Any = d.pop("owner", UNSET)
            owner: None | Unset | UserPreview = _owner
            if isinstance(_owner, dict):
                try:
                    owner_type_0 = UserPreview.from_dict(_owner)

                    owner = owner_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            job_tag_name = d.pop("job_tag_name", UNSET)

            _source_translations_updated_at: Any = d.pop(
                "source_translations_updated_at", UNSET
            )
            source_translations_updated_at: datetime.datetime | None | Unset = (
                _source_translations_updated_at
            )
            if isinstance(_source_translations_updated_at, str):
                try:
                    source_translations_updated_at_type_0 = (
                        datetime.datetime.fromisoformat(_source_translations_updated_at)
                    )

                    source_translations_updated_at = (
                        source_translations_updated_at_type_0
                    )
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _source_locale: Any = d.pop("source_locale", UNSET)
            source_locale: LocalePreview | None | Unset = _source_locale
            if isinstance(_source_locale, dict):
                try:
                    source_locale_type_0 = LocalePreview.from_dict(_source_locale)

                    source_locale = source_locale_type_0
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

            _keys: Any = d.pop("keys", UNSET)
            keys: list[KeyPreview] | None | Unset = _keys
            if isinstance(_keys, list):
                try:
                    keys_type_0 = []
                    _keys_type_0 = _keys
                    for keys_type_0_item_data in _keys_type_0:
                        keys_type_0_item = KeyPreview.from_dict(keys_type_0_item_data)

                        keys_type_0.append(keys_type_0_item)

                    keys = keys_type_0
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

            locked = d.pop("locked", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        job_details = cls(
            id,
            name,
            state,
            created_at,
            updated_at,
            briefing,
            due_date,
            ticket_url,
            project,
            branch,
            automation_id,
            job_template_id,
            review_due_date,
            owner,
            job_tag_name,
            source_translations_updated_at,
            source_locale,
            locales,
            keys,
            annotations,
            locked,
        )

        job_details.additional_properties = d
        return job_details

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
from ..models.job_branch import JobBranch
from ..models.key_preview import KeyPreview
from ..models.locale_preview import LocalePreview
from ..models.project_short import ProjectShort
from ..models.user_preview import UserPreview
