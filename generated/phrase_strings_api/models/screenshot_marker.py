from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScreenshotMarker")


@_attrs_define
class ScreenshotMarker:
    """A marker that ties a translation key to a region of a screenshot."""

    id: str | Unset = UNSET
    """ Unique identifier of the marker """
    presentation: None | ScreenshotMarkerPresentationType0 | str | Unset = UNSET
    """ Rectangle of the marker on the screenshot in pixels (x and y from the top-left corner, width w, height h);
    older answers give it as JSON text """
    presentation_type: str | Unset = UNSET
    """ How the marked region is encoded """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp at which the marker was created """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of the most recent change to the marker """
    translation_key: None | TranslationKey | Unset = UNSET
    """ Key the marker points to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        presentation: dict[str, Any] | None | str | Unset
        if isinstance(self.presentation, Unset):
            presentation = UNSET
        elif isinstance(self.presentation, ScreenshotMarkerPresentationType0):
            presentation = self.presentation.to_dict()
        else:
            presentation = self.presentation

        presentation_type = self.presentation_type

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

        translation_key: dict[str, Any] | None | Unset
        if isinstance(self.translation_key, Unset):
            translation_key = UNSET
        elif isinstance(self.translation_key, TranslationKey):
            translation_key = self.translation_key.to_dict()
        else:
            translation_key = self.translation_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if presentation is not UNSET:
            field_dict["presentation"] = presentation
        if presentation_type is not UNSET:
            field_dict["presentation_type"] = presentation_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if translation_key is not UNSET:
            field_dict["translation_key"] = translation_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _presentation: Any = d.pop("presentation", UNSET)
        presentation: None | ScreenshotMarkerPresentationType0 | str | Unset = (
            _presentation
        )
        if isinstance(_presentation, dict):
            try:
                presentation_type_0 = ScreenshotMarkerPresentationType0.from_dict(
                    _presentation
                )

                presentation = presentation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        presentation_type = d.pop("presentation_type", UNSET)

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

        _translation_key: Any = d.pop("translation_key", UNSET)
        translation_key: None | TranslationKey | Unset = _translation_key
        if isinstance(_translation_key, dict):
            try:
                translation_key_type_0 = TranslationKey.from_dict(_translation_key)

                translation_key = translation_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        screenshot_marker = cls(
            id,
            presentation,
            presentation_type,
            created_at,
            updated_at,
            translation_key,
        )

        screenshot_marker.additional_properties = d
        return screenshot_marker

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
from ..models.screenshot_marker_presentation_type_0 import (
    ScreenshotMarkerPresentationType0,
)
from ..models.translation_key import TranslationKey
