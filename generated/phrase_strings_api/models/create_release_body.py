from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateReleaseBody")


@_attrs_define
class CreateReleaseBody:
    """Request body of create_release: Create a release."""

    description: str | Unset = UNSET
    """ Free-text description of the release """
    platforms: list[str] | Unset = UNSET
    """ Platforms the release targets """
    locale_ids: list[str] | Unset = UNSET
    """ IDs of the locales to include; when empty, the distribution's locales are used """
    tags: list[str] | Unset = UNSET
    """ Tag names; only keys carrying every one of these tags are included """
    app_min_version: str | Unset = UNSET
    """ Lowest app version, in semantic versioning format, that the release applies to """
    app_max_version: str | Unset = UNSET
    """ Highest app version, in semantic versioning format, that the release applies to """
    branch: str | Unset = UNSET
    """ Branch the release is built from """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms

        locale_ids: list[str] | Unset = UNSET
        if not isinstance(self.locale_ids, Unset):
            locale_ids = self.locale_ids

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        app_min_version = self.app_min_version

        app_max_version = self.app_max_version

        branch = self.branch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if locale_ids is not UNSET:
            field_dict["locale_ids"] = locale_ids
        if tags is not UNSET:
            field_dict["tags"] = tags
        if app_min_version is not UNSET:
            field_dict["app_min_version"] = app_min_version
        if app_max_version is not UNSET:
            field_dict["app_max_version"] = app_max_version
        if branch is not UNSET:
            field_dict["branch"] = branch

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
        description = d.pop("description", UNSET)

        platforms: list[str] | Unset = d.pop("platforms", UNSET)

        locale_ids: list[str] | Unset = d.pop("locale_ids", UNSET)

        tags: list[str] | Unset = d.pop("tags", UNSET)

        app_min_version = d.pop("app_min_version", UNSET)

        app_max_version = d.pop("app_max_version", UNSET)

        branch = d.pop("branch", UNSET)

        create_release_body = cls(
            description,
            platforms,
            locale_ids,
            tags,
            app_min_version,
            app_max_version,
            branch,
        )

        create_release_body.additional_properties = d
        return create_release_body

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
