from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationEvent")


@_attrs_define
class AutomationEvent:
    """One run of an automation: when and why it started, how it ended and which jobs it created."""

    id: str | Unset = UNSET
    """ Unique identifier of the run """
    automation_id: str | Unset = UNSET
    """ Automation that ran """
    state: None | str | Unset = UNSET
    """ Outcome: success, failure or in_progress """
    triggered_by: None | str | Unset = UNSET
    """ What started the run: manual, schedule, upload or upload_batch """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp at which the run started """
    jobs_created: int | None | Unset = UNSET
    """ How many jobs the run created """
    job_ids: list[str] | None | Unset = UNSET
    """ Jobs the run created """
    project: AutomationEventProject | None | Unset = UNSET
    """ Project the run worked on """
    details: None | str | Unset = UNSET
    """ More about the outcome, such as why a run failed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        automation_id = self.automation_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        triggered_by: None | str | Unset
        if isinstance(self.triggered_by, Unset):
            triggered_by = UNSET
        else:
            triggered_by = self.triggered_by

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        jobs_created: int | None | Unset
        if isinstance(self.jobs_created, Unset):
            jobs_created = UNSET
        else:
            jobs_created = self.jobs_created

        job_ids: list[str] | None | Unset
        if isinstance(self.job_ids, Unset):
            job_ids = UNSET
        elif isinstance(self.job_ids, list):
            job_ids = self.job_ids

        else:
            job_ids = self.job_ids

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, AutomationEventProject):
            project = self.project.to_dict()
        else:
            project = self.project

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if automation_id is not UNSET:
            field_dict["automation_id"] = automation_id
        if state is not UNSET:
            field_dict["state"] = state
        if triggered_by is not UNSET:
            field_dict["triggered_by"] = triggered_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if jobs_created is not UNSET:
            field_dict["jobs_created"] = jobs_created
        if job_ids is not UNSET:
            field_dict["job_ids"] = job_ids
        if project is not UNSET:
            field_dict["project"] = project
        if details is not UNSET:
            field_dict["details"] = details

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

        automation_id = d.pop("automation_id", UNSET)

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_triggered_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        triggered_by = _parse_triggered_by(d.pop("triggered_by", UNSET))

        _created_at: Any = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None | Unset = _created_at
        if isinstance(_created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        def _parse_jobs_created(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        jobs_created = _parse_jobs_created(d.pop("jobs_created", UNSET))

        job_ids: list[str] | None | Unset = d.pop("job_ids", UNSET)

        _project: Any = d.pop("project", UNSET)
        project: AutomationEventProject | None | Unset = _project
        if isinstance(_project, dict):
            try:
                project_type_0 = AutomationEventProject.from_dict(_project)

                project = project_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        def _parse_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        automation_event = cls(
            id,
            automation_id,
            state,
            triggered_by,
            created_at,
            jobs_created,
            job_ids,
            project,
            details,
        )

        automation_event.additional_properties = d
        return automation_event

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
from ..models.automation_event_project import AutomationEventProject
