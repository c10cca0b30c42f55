from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateReleaseTriggerBody")


@_attrs_define
class CreateReleaseTriggerBody:
    """Request body of create_release_trigger: Create a release trigger."""

    cron_schedule: str | Unset = UNSET
    """ Cron expression that controls when new releases are published """
    time_zone: str | Unset = UNSET
    """ Time zone in which the cron schedule is evaluated """
    locale_ids: list[str] | Unset = UNSET
    """ IDs of the locales included in each release """
    tags: list[str] | Unset = UNSET
    """ Tag names; only keys carrying every one of these tags are included """
    branch: str | Unset = UNSET
    """ Branch the releases are built from """
    app_min_version: str | Unset = UNSET
    """ Releases created by this trigger are served only to app versions equal to or above this value """
    app_max_version: str | Unset = UNSET
    """ Releases created by this trigger are served only to app versions equal to or below this value """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron_schedule = self.cron_schedule

        time_zone = self.time_zone

        locale_ids: list[str] | Unset = UNSET
        if not isinstance(self.locale_ids, Unset):
            locale_ids = self.locale_ids

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        branch = self.branch

        app_min_version = self.app_min_version

        app_max_version = self.app_max_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cron_schedule is not UNSET:
            field_dict["cron_schedule"] = cron_schedule
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if locale_ids is not UNSET:
            field_dict["locale_ids"] = locale_ids
        if tags is not UNSET:
            field_dict["tags"] = tags
        if branch is not UNSET:
            field_dict["branch"] = branch
        if app_min_version is not UNSET:
            field_dict["app_min_version"] = app_min_version
        if app_max_version is not UNSET:
            field_dict["app_max_version"] = app_max_version

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
        cron_schedule = d.pop("cron_schedule", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        locale_ids: list[str] | Unset = d.pop("locale_ids", UNSET)

        tags: list[str] | Unset = d.pop("tags", UNSET)

        branch = d.pop("branch", UNSET)

        app_min_version = d.pop("app_min_version", UNSET)

        app_max_version = d.pop("app_max_version", UNSET)

        create_release_trigger_body = cls(
            cron_schedule,
            time_zone,
            locale_ids,
            tags,
            branch,
            app_min_version,
            app_max_version,
        )

        create_release_trigger_body.additional_properties = d
        return create_release_trigger_body

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
