from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyFormatAnnotation")


@_attrs_define
class KeyFormatAnnotation:
    """How a key looked in an imported file of one format, kept so exports can write it back the same way."""

    file_format: str | Unset = UNSET
    """ File format the annotation belongs to """
    original_representation: None | str | Unset = UNSET
    """ How the key was written in a file of that format when it was imported """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_format = self.file_format

        original_representation: None | str | Unset
        if isinstance(self.original_representation, Unset):
            original_representation = UNSET
        else:
            original_representation = self.original_representation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_format is not UNSET:
            field_dict["file_format"] = file_format
        if original_representation is not UNSET:
            field_dict["original_representation"] = original_representation

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
        file_format = d.pop("file_format", UNSET)

        def _parse_original_representation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_representation = _parse_original_representation(
            d.pop("original_representation", UNSET)
        )

        key_format_annotation = cls(
            file_format,
            original_representation,
        )

        key_format_annotation.additional_properties = d
        return key_format_annotation

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
