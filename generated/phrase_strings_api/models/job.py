from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A translation job: a set of keys to be translated into chosen locales."""

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

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        job = cls(
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
        )

        job.additional_properties = d
        return job

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
from ..models.job_branch import JobBranch
from ..models.project_short import ProjectShort
