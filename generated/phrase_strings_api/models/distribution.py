from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Distribution")


@_attrs_define
class Distribution:
    """An over-the-air distribution that delivers a project's translations to apps."""

    id: str
    """ Unique identifier of the distribution """
    name: str
    """ Name of the distribution """
    created_at: datetime.datetime
    """ Timestamp at which the distribution was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change """
    project: None | ProjectShort | Unset = UNSET
    """ Project the distribution serves """
    platforms: list[str] | None | Unset = UNSET
    """ Platforms the distribution targets """
    locales: list[LocalePreview] | None | Unset = UNSET
    """ Locales delivered by the distribution """
    releases: list[ReleasePreview] | None | Unset = UNSET
    """ Releases published in the distribution """
    deleted_at: datetime.datetime | None | Unset = UNSET
    """ Time the distribution was deleted, if it was """
    release_count: int | Unset = UNSET
    """ How many releases the distribution has published """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, ProjectShort):
            project = self.project.to_dict()
        else:
            project = self.project

        platforms: list[str] | None | Unset
        if isinstance(self.platforms, Unset):
            platforms = UNSET
        elif isinstance(self.platforms, list):
            platforms = self.platforms

        else:
            platforms = self.platforms

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

        releases: list[dict[str, Any]] | None | Unset
        if isinstance(self.releases, Unset):
            releases = UNSET
        elif isinstance(self.releases, list):
            releases = []
            for releases_type_0_item_data in self.releases:
                releases_type_0_item = releases_type_0_item_data.to_dict()
                releases.append(releases_type_0_item)

        else:
            releases = self.releases

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        release_count = self.release_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if locales is not UNSET:
            field_dict["locales"] = locales
        if releases is not UNSET:
            field_dict["releases"] = releases
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if release_count is not UNSET:
            field_dict["release_count"] = release_count

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

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            _project: Any = d.pop("project", UNSET)
            project: None | ProjectShort | Unset = _project
            if isinstance(_project, dict):
                try:
                    project_type_0 = ProjectShort.from_dict(_project)

                    project = project_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            platforms: list[str] | None | Unset = d.pop("platforms", UNSET)

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

            _releases: Any = d.pop("releases", UNSET)
            releases: list[ReleasePreview] | None | Unset = _releases
            if isinstance(_releases, list):
                try:
                    releases_type_0 = []
                    _releases_type_0 = _releases
                    for releases_type_0_item_data in _releases_type_0:
                        releases_type_0_item = ReleasePreview.from_dict(
                            releases_type_0_item_data
                        )

                        releases_type_0.append(releases_type_0_item)

                    releases = releases_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _deleted_at: Any = d.pop("deleted_at", UNSET)
            deleted_at: datetime.datetime | None | Unset = _deleted_at
            if isinstance(_deleted_at, str):
                try:
                    deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at)

                    deleted_at = deleted_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            release_count = d.pop("release_count", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        distribution = cls(
            id,
            name,
            created_at,
            updated_at,
            project,
            platforms,
            locales,
            releases,
            deleted_at,
            release_count,
        )

        distribution.additional_properties = d
        return distribution

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
from ..models.project_short import ProjectShort
from ..models.release_preview import ReleasePreview
