from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseTrigger")


@_attrs_define
class ReleaseTrigger:
    """A schedule that creates releases for a distribution automatically."""

    id: str
    """ Unique identifier of the trigger """
    created_at: datetime.datetime
    """ Timestamp at which the trigger was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the trigger """
    branch: str | Unset = UNSET
    """ Branch the releases are built from """
    cron_schedule: str | Unset = UNSET
    """ When releases are created, written as a cron expression """
    time_zone: str | Unset = UNSET
    """ Time zone in which the schedule is evaluated """
    next_run_at: datetime.datetime | None | Unset = UNSET
    """ Time the trigger will next create a release """
    app_min_version: str | Unset = UNSET
    """ Lowest app version that receives the created releases """
    app_max_version: str | Unset = UNSET
    """ Highest app version that receives the created releases """
    locales: list[LocalePreview] | None | Unset = UNSET
    """ Locales included in the created releases """
    tags: list[str] | None | Unset = UNSET
    """ Tags whose keys are included """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        branch = self.branch

        cron_schedule = self.cron_schedule

        time_zone = self.time_zone

        next_run_at: None | str | Unset
        if isinstance(self.next_run_at, Unset):
            next_run_at = UNSET
        elif isinstance(self.next_run_at, datetime.datetime):
            next_run_at = self.next_run_at.isoformat()
        else:
            next_run_at = self.next_run_at

        app_min_version = self.app_min_version

        app_max_version = self.app_max_version

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

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch
        if cron_schedule is not UNSET:
            field_dict["cron_schedule"] = cron_schedule
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if next_run_at is not UNSET:
            field_dict["next_run_at"] = next_run_at
        if app_min_version is not UNSET:
            field_dict["app_min_version"] = app_min_version
        if app_max_version is not UNSET:
            field_dict["app_max_version"] = app_max_version
        if locales is not UNSET:
            field_dict["locales"] = locales
        if tags is not UNSET:
            field_dict["tags"] = tags

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

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            branch = d.pop("branch", UNSET)

            cron_schedule = d.pop("cron_schedule", UNSET)

            time_zone = d.pop("time_zone", UNSET)

            _next_run_at: Any = d.pop("next_run_at", UNSET)
            next_run_at: datetime.datetime | None | Unset = _next_run_at
            if isinstance(_next_run_at, str):
                try:
                    next_run_at_type_0 = datetime.datetime.fromisoformat(_next_run_at)

                    next_run_at = next_run_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            app_min_version = d.pop("app_min_version", UNSET)

            app_max_version = d.pop("app_max_version", UNSET)

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

            tags: list[str] | None | Unset = d.pop("tags", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        release_trigger = cls(
            id,
            created_at,
            updated_at,
            branch,
            cron_schedule,
            time_zone,
            next_run_at,
            app_min_version,
            app_max_version,
            locales,
            tags,
        )

        release_trigger.additional_properties = d
        return release_trigger

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
from ..models.locale_preview import LocalePreview
