from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Release")


@_attrs_define
class Release:
    """A published snapshot of translations within an over-the-air distribution."""

    id: str
    """ Unique identifier of the release """
    version: int
    """ Sequential version number of the release """
    created_at: datetime.datetime
    """ Timestamp at which the release was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the release """
    app_min_version: str | Unset = UNSET
    """ Lowest app version that receives the release """
    app_max_version: str | Unset = UNSET
    """ Highest app version that receives the release """
    description: str | Unset = UNSET
    """ Notes about the release """
    platforms: list[str] | None | Unset = UNSET
    """ Platforms the release targets """
    environments: list[str] | None | Unset = UNSET
    """ Environments the release is available in """
    locales: list[LocalePreview] | None | Unset = UNSET
    """ Locales in the release """
    tags: list[str] | None | Unset = UNSET
    """ Tags whose keys are included """
    project: None | ProjectShort | Unset = UNSET
    """ Project the release comes from """
    state: str | Unset = UNSET
    """ Publication status of the release """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        app_min_version = self.app_min_version

        app_max_version = self.app_max_version

        description = self.description

        platforms: list[str] | None | Unset
        if isinstance(self.platforms, Unset):
            platforms = UNSET
        elif isinstance(self.platforms, list):
            platforms = self.platforms

        else:
            platforms = self.platforms

        environments: list[str] | None | Unset
        if isinstance(self.environments, Unset):
            environments = UNSET
        elif isinstance(self.environments, list):
            environments = self.environments

        else:
            environments = self.environments

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

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, ProjectShort):
            project = self.project.to_dict()
        else:
            project = self.project

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if app_min_version is not UNSET:
            field_dict["app_min_version"] = app_min_version
        if app_max_version is not UNSET:
            field_dict["app_max_version"] = app_max_version
        if description is not UNSET:
            field_dict["description"] = description
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if environments is not UNSET:
            field_dict["environments"] = environments
        if locales is not UNSET:
            field_dict["locales"] = locales
        if tags is not UNSET:
            field_dict["tags"] = tags
        if project is not UNSET:
            field_dict["project"] = project
        if state is not UNSET:
            field_dict["state"] = state

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

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            app_min_version = d.pop("app_min_version", UNSET)

            app_max_version = d.pop("app_max_version", UNSET)

            description = d.pop("description", UNSET)

            platforms: list[str] | None | Unset = d.pop("platforms", UNSET)

            environments: list[str] | None | Unset = d.pop("environments", UNSET)

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

            _project: Any = d.pop("project", UNSET)
            project: None | ProjectShort | Unset = _project
            if isinstance(_project, dict):
                try:
                    project_type_0 = ProjectShort.from_dict(_project)

                    project = project_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            state = d.pop("state", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        release = cls(
            id,
            version,
            created_at,
            updated_at,
            app_min_version,
            app_max_version,
            description,
            platforms,
            environments,
            locales,
            tags,
            project,
            state,
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


# Imported after the class, once per process rather than on every call; models that refer to
# each other still import cleanly (each class exists before its module imports the others).
from ..models.locale_preview import LocalePreview
from ..models.project_short import ProjectShort
