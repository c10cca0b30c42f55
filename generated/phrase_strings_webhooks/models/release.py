from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError

T = TypeVar("T", bound="Release")


@_attrs_define
class Release:
    id: str
    version: int
    app_min_version: str
    app_max_version: str
    description: Any
    platforms: list[str]
    environments: list[str]
    locale_codes: list[str]
    tags: list[Any]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        app_min_version = self.app_min_version

        app_max_version = self.app_max_version

        description = self.description

        platforms = self.platforms

        environments = self.environments

        locale_codes = self.locale_codes

        tags = self.tags

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "app_min_version": app_min_version,
                "app_max_version": app_max_version,
                "description": description,
                "platforms": platforms,
                "environments": environments,
                "locale_codes": locale_codes,
                "tags": tags,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

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

            version = d.pop("version")

            app_min_version = d.pop("app_min_version")

            app_max_version = d.pop("app_max_version")

            description = d.pop("description")

            platforms: list[str] = d.pop("platforms")

            environments: list[str] = d.pop("environments")

            locale_codes: list[str] = d.pop("locale_codes")

            tags: list[Any] = d.pop("tags")

            created_at = datetime.datetime.fromisoformat(
                d.pop("created_at").replace(" UTC", "+00:00")
            )

            updated_at = datetime.datetime.fromisoformat(
                d.pop("updated_at").replace(" UTC", "+00:00")
            )

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        release = cls(
            id,
            version,
            app_min_version,
            app_max_version,
            description,
            platforms,
            environments,
            locale_codes,
            tags,
            created_at,
            updated_at,
        )

        release.additional_properties = d
        return release

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
