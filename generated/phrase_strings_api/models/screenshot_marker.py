from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScreenshotMarker")


@_attrs_define
class ScreenshotMarker:
    """A marker that ties a translation key to a region of a screenshot."""

    id: str
    """ Unique identifier of the marker """
    created_at: datetime.datetime
    """ Timestamp at which the marker was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the marker """
    presentation: None | ScreenshotMarkerPresentationType0 | str | Unset = UNSET
    """ Rectangle of the marker on the screenshot in pixels (x and y from the top-left corner, width w, height h);
    older answers give it as JSON text """
    presentation_type: str | Unset = UNSET
    """ How the marked region is encoded """
    translation_key: None | TranslationKey | Unset = UNSET
    """ Key the marker points to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        presentation: dict[str, Any] | None | str | Unset
        if isinstance(self.presentation, Unset):
            presentation = UNSET
        elif isinstance(self.presentation, ScreenshotMarkerPresentationType0):
            presentation = self.presentation.to_dict()
        else:
            presentation = self.presentation

        presentation_type = self.presentation_type

        translation_key: dict[str, Any] | None | Unset
        if isinstance(self.translation_key, Unset):
            translation_key = UNSET
        elif isinstance(self.translation_key, TranslationKey):
            translation_key = self.translation_key.to_dict()
        else:
            translation_key = self.translation_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if presentation is not UNSET:
            field_dict["presentation"] = presentation
        if presentation_type is not UNSET:
            field_dict["presentation_type"] = presentation_type
        if translation_key is not UNSET:
            field_dict["translation_key"] = translation_key

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

            _translation_key: Any = d.pop("translation_key", UNSET)
            translation_key: None | TranslationKey | Unset = _translation_key
            if isinstance(_translation_key, dict):
                try:
                    translation_key_type_0 = TranslationKey.from_dict(_translation_key)

                    translation_key = translation_key_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        screenshot_marker = cls(
            id,
            created_at,
            updated_at,
            presentation,
            presentation_type,
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
