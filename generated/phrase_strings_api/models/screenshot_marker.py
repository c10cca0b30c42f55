from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.translation_key import TranslationKey


T = TypeVar("T", bound="ScreenshotMarker")


@_attrs_define
class ScreenshotMarker:
    """A marker that ties a translation key to a region of a screenshot."""

    id: str | Unset = UNSET
    """ Unique identifier of the marker """
    presentation: str | Unset = UNSET
    """ JSON describing the marker rectangle: x and y offsets from the top-left corner and width w and height h, all
    in pixels """
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
        from ..models.translation_key import TranslationKey

        id = self.id

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
        from ..models.translation_key import TranslationKey

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        presentation = d.pop("presentation", UNSET)

        presentation_type = d.pop("presentation_type", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_translation_key(data: object) -> None | TranslationKey | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                translation_key_type_0 = TranslationKey.from_dict(data)

                return translation_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TranslationKey | Unset, data)

        translation_key = _parse_translation_key(d.pop("translation_key", UNSET))

        screenshot_marker = cls(
            id=id,
            presentation=presentation,
            presentation_type=presentation_type,
            created_at=created_at,
            updated_at=updated_at,
            translation_key=translation_key,
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
