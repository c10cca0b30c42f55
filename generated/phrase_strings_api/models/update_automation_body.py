from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..models.update_automation_body_status_filters_item import (
    UpdateAutomationBodyStatusFiltersItem,
)
from ..models.update_automation_body_trigger import UpdateAutomationBodyTrigger
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAutomationBody")


@_attrs_define
class UpdateAutomationBody:
    """Request body of update_automation: Change an automation's configuration."""

    name: str
    """ Name of the automation """
    trigger: UpdateAutomationBodyTrigger
    """ What starts the automation; one of schedule or upload """
    project_ids: list[str]
    """ IDs of the projects the automation works on; at present only the first entry is used """
    status_filters: list[UpdateAutomationBodyStatusFiltersItem]
    """ Translation states that decide which keys go into a job; any of unverified, untranslated, ready_for_review
    """
    job_template_id: str | Unset = UNSET
    """ ID of the job template used to create the jobs """
    tags: list[str] | Unset = UNSET
    """ Tags that limit which keys are added to jobs """
    cron_schedule: str | Unset = UNSET
    """ Cron expression for when a scheduled automation runs, read in the given time_zone """
    time_zone: str | Unset = UNSET
    """ Time zone in which cron_schedule is interpreted """
    job_owner_id: str | Unset = UNSET
    """ User who owns the jobs the automation creates """
    include_only_updated_locales: bool | Unset = UNSET
    """ Whether a run only looks at locales changed since the previous run """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        trigger = self.trigger.value

        project_ids = self.project_ids

        status_filters = []
        for status_filters_item_data in self.status_filters:
            status_filters_item = status_filters_item_data.value
            status_filters.append(status_filters_item)

        job_template_id = self.job_template_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        cron_schedule = self.cron_schedule

        time_zone = self.time_zone

        job_owner_id = self.job_owner_id

        include_only_updated_locales = self.include_only_updated_locales

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "trigger": trigger,
                "project_ids": project_ids,
                "status_filters": status_filters,
            }
        )
        if job_template_id is not UNSET:
            field_dict["job_template_id"] = job_template_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if cron_schedule is not UNSET:
            field_dict["cron_schedule"] = cron_schedule
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if job_owner_id is not UNSET:
            field_dict["job_owner_id"] = job_owner_id
        if include_only_updated_locales is not UNSET:
            field_dict["include_only_updated_locales"] = include_only_updated_locales

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
            name = d.pop("name")

            trigger = UpdateAutomationBodyTrigger(d.pop("trigger"))

            project_ids: list[str] = d.pop("project_ids")

            status_filters = []
            _status_filters = d.pop("status_filters")
            for status_filters_item_data in _status_filters:
                status_filters_item = UpdateAutomationBodyStatusFiltersItem(
                    status_filters_item_data
                )

                status_filters.append(status_filters_item)

            job_template_id = d.pop("job_template_id", UNSET)

            tags: list[str] | Unset = d.pop("tags", UNSET)

            cron_schedule = d.pop("cron_schedule", UNSET)

            time_zone = d.pop("time_zone", UNSET)

            job_owner_id = d.pop("job_owner_id", UNSET)

            include_only_updated_locales = d.pop("include_only_updated_locales", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        update_automation_body = cls(
            name,
            trigger,
            project_ids,
            status_filters,
            job_template_id,
            tags,
            cron_schedule,
            time_zone,
            job_owner_id,
            include_only_updated_locales,
        )

        update_automation_body.additional_properties = d
        return update_automation_body

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
