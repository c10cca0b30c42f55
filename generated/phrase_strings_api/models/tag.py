from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    """A label that groups translation keys."""

    name: str
    """ Name of the tag """
    created_at: datetime.datetime
    """ Timestamp at which the tag was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the tag """
    keys_count: int | Unset = UNSET
    """ Number of keys carrying the tag """
    system_tag: bool | Unset = UNSET
    """ True for tags Phrase creates itself (for jobs, uploads, Figma attachments), false for tags people add """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        keys_count = self.keys_count

        system_tag = self.system_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if keys_count is not UNSET:
            field_dict["keys_count"] = keys_count
        if system_tag is not UNSET:
            field_dict["system_tag"] = system_tag

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
            name = d.pop("name")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            keys_count = d.pop("keys_count", UNSET)

            system_tag = d.pop("system_tag", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        tag = cls(
            name,
            created_at,
            updated_at,
            keys_count,
            system_tag,
        )

        tag.additional_properties = d
        return tag

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
