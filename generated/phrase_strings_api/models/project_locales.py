from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectLocales")


@_attrs_define
class ProjectLocales:
    """A project reference that includes the user's role and the project's locales."""

    id: str | Unset = UNSET
    """ Unique identifier of the project """
    name: str | Unset = UNSET
    """ Name of the project """
    project_role: str | Unset = UNSET
    """ Role the user holds in this project """
    main_format: str | Unset = UNSET
    """ File format the project mainly uses """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp at which the project was created """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of the most recent change to the project """
    locales: list[LocalePreview] | None | Unset = UNSET
    """ Locales of the project """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        project_role = self.project_role

        main_format = self.main_format

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if project_role is not UNSET:
            field_dict["project_role"] = project_role
        if main_format is not UNSET:
            field_dict["main_format"] = main_format
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if locales is not UNSET:
            field_dict["locales"] = locales

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

        name = d.pop("name", UNSET)

        project_role = d.pop("project_role", UNSET)

        main_format = d.pop("main_format", UNSET)

        _created_at: Any = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None | Unset = _created_at
        if isinstance(_created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _updated_at: Any = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset = _updated_at
        if isinstance(_updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

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

        project_locales = cls(
            id,
            name,
            project_role,
            main_format,
            created_at,
            updated_at,
            locales,
        )

        project_locales.additional_properties = d
        return project_locales

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
