from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..models.automation_status_filters_type_0_item import (
    AutomationStatusFiltersType0Item,
)
from ..models.automation_status_type_1 import AutomationStatusType1
from ..models.automation_status_type_2_type_1 import AutomationStatusType2Type1
from ..models.automation_status_type_3_type_1 import AutomationStatusType3Type1
from ..models.automation_trigger_type_1 import AutomationTriggerType1
from ..models.automation_trigger_type_2_type_1 import AutomationTriggerType2Type1
from ..models.automation_trigger_type_3_type_1 import AutomationTriggerType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="Automation")


@_attrs_define
class Automation:
    """A rule that creates jobs automatically, on a schedule or after uploads."""

    id: str
    """ Unique identifier of the automation """
    name: str
    """ Name of the automation """
    status: (
        AutomationStatusType1
        | AutomationStatusType2Type1
        | AutomationStatusType3Type1
        | None
    )
    """ Current state: inactive, active or error """
    created_at: datetime.datetime
    """ Timestamp at which the automation was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the automation """
    trigger: (
        AutomationTriggerType1
        | AutomationTriggerType2Type1
        | AutomationTriggerType3Type1
        | None
        | Unset
    ) = UNSET
    """ What starts the automation: schedule or upload """
    status_filters: list[AutomationStatusFiltersType0Item] | None | Unset = UNSET
    """ Key translation statuses that decide which keys are added to jobs """
    project_id: str | Unset = UNSET
    """ Identifier of the project the automation works on """
    job_template_id: str | Unset = UNSET
    """ Identifier of the job template used for new jobs """
    tags: list[str] | None | Unset = UNSET
    """ Tags that select the keys to include """
    cron_schedule: str | Unset = UNSET
    """ When a scheduled automation runs, as a cron expression """
    time_zone: str | Unset = UNSET
    """ Time zone for the schedule """
    account: Account | None | Unset = UNSET
    """ Account the automation belongs to """
    project_ids: list[str] | None | Unset = UNSET
    """ Projects the automation covers (the single project_id is still sent as well) """
    job_owner_id: None | str | Unset = UNSET
    """ User who owns the jobs the automation creates """
    include_only_updated_locales: bool | Unset = UNSET
    """ Whether a run only looks at locales changed since the previous run """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: None | str
        if (
            isinstance(self.status, AutomationStatusType1)
            or isinstance(self.status, AutomationStatusType2Type1)
            or isinstance(self.status, AutomationStatusType3Type1)
        ):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        trigger: None | str | Unset
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif (
            isinstance(self.trigger, AutomationTriggerType1)
            or isinstance(self.trigger, AutomationTriggerType2Type1)
            or isinstance(self.trigger, AutomationTriggerType3Type1)
        ):
            trigger = self.trigger.value
        else:
            trigger = self.trigger

        status_filters: list[str] | None | Unset
        if isinstance(self.status_filters, Unset):
            status_filters = UNSET
        elif isinstance(self.status_filters, list):
            status_filters = []
            for status_filters_type_0_item_data in self.status_filters:
                status_filters_type_0_item = status_filters_type_0_item_data.value
                status_filters.append(status_filters_type_0_item)

        else:
            status_filters = self.status_filters

        project_id = self.project_id

        job_template_id = self.job_template_id

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        cron_schedule = self.cron_schedule

        time_zone = self.time_zone

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, Account):
            account = self.account.to_dict()
        else:
            account = self.account

        project_ids: list[str] | None | Unset
        if isinstance(self.project_ids, Unset):
            project_ids = UNSET
        elif isinstance(self.project_ids, list):
            project_ids = self.project_ids

        else:
            project_ids = self.project_ids

        job_owner_id: None | str | Unset
        if isinstance(self.job_owner_id, Unset):
            job_owner_id = UNSET
        else:
            job_owner_id = self.job_owner_id

        include_only_updated_locales = self.include_only_updated_locales

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if status_filters is not UNSET:
            field_dict["status_filters"] = status_filters
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if job_template_id is not UNSET:
            field_dict["job_template_id"] = job_template_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if cron_schedule is not UNSET:
            field_dict["cron_schedule"] = cron_schedule
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if account is not UNSET:
            field_dict["account"] = account
        if project_ids is not UNSET:
            field_dict["project_ids"] = project_ids
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
            id = d.pop("id")

            name = d.pop("name")

            def _parse_status(
                data: object,
            ) -> (
                AutomationStatusType1
                | AutomationStatusType2Type1
                | AutomationStatusType3Type1
                | None
            ):
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_1 = AutomationStatusType1(data)

                    return status_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_2_type_1 = AutomationStatusType2Type1(data)

                    return status_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_3_type_1 = AutomationStatusType3Type1(data)

                    return status_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    AutomationStatusType1
                    | AutomationStatusType2Type1
                    | AutomationStatusType3Type1
                    | None,
                    data,
                )

            status = _parse_status(d.pop("status"))

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            def _parse_trigger(
                data: object,
            ) -> (
                AutomationTriggerType1
                | AutomationTriggerType2Type1
                | AutomationTriggerType3Type1
                | None
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    trigger_type_1 = AutomationTriggerType1(data)

                    return trigger_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    trigger_type_2_type_1 = AutomationTriggerType2Type1(data)

                    return trigger_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    trigger_type_3_type_1 = AutomationTriggerType3Type1(data)

                    return trigger_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    AutomationTriggerType1
                    | AutomationTriggerType2Type1
                    | AutomationTriggerType3Type1
                    | None
                    | Unset,
                    data,
                )

            trigger = _parse_trigger(d.pop("trigger", UNSET))

            _status_filters: Any = d.pop("status_filters", UNSET)
            status_filters: list[AutomationStatusFiltersType0Item] | None | Unset = (
                _status_filters
            )
            if isinstance(_status_filters, list):
                try:
                    status_filters_type_0 = []
                    _status_filters_type_0 = _status_filters
                    for status_filters_type_0_item_data in _status_filters_type_0:
                        status_filters_type_0_item = AutomationStatusFiltersType0Item(
                            status_filters_type_0_item_data
                        )

                        status_filters_type_0.append(status_filters_type_0_item)

                    status_filters = status_filters_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            project_id = d.pop("project_id", UNSET)

            job_template_id = d.pop("job_template_id", UNSET)

            tags: list[str] | None | Unset = d.pop("tags", UNSET)

            cron_schedule = d.pop("cron_schedule", UNSET)

            time_zone = d.pop("time_zone", UNSET)

            _account: Any = d.pop("account", UNSET)
            account: Account | None | Unset = _account
            if isinstance(_account, dict):
                try:
                    account_type_0 = Account.from_dict(_account)

                    account = account_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            project_ids: list[str] | None | Unset = d.pop("project_ids", UNSET)

            def _parse_job_owner_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            job_owner_id = _parse_job_owner_id(d.pop("job_owner_id", UNSET))

            include_only_updated_locales = d.pop("include_only_updated_locales", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        automation = cls(
            id,
            name,
            status,
            created_at,
            updated_at,
            trigger,
            status_filters,
            project_id,
            job_template_id,
            tags,
            cron_schedule,
            time_zone,
            account,
            project_ids,
            job_owner_id,
            include_only_updated_locales,
        )

        automation.additional_properties = d
        return automation

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
from ..models.account import Account
