from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError

T = TypeVar("T", bound="CommentKey")


@_attrs_define
class CommentKey:
    id: str
    name: str
    description: None | str
    name_hash: None | str
    plural: bool
    max_characters_allowed: int | None
    tags: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        name_hash: None | str
        name_hash = self.name_hash

        plural = self.plural

        max_characters_allowed: int | None
        max_characters_allowed = self.max_characters_allowed

        tags = self.tags

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "name_hash": name_hash,
                "plural": plural,
                "max_characters_allowed": max_characters_allowed,
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

            name = d.pop("name")

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            description = _parse_description(d.pop("description"))

            def _parse_name_hash(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            name_hash = _parse_name_hash(d.pop("name_hash"))

            plural = d.pop("plural")

            def _parse_max_characters_allowed(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            max_characters_allowed = _parse_max_characters_allowed(
                d.pop("max_characters_allowed")
            )

            tags: list[str] = d.pop("tags")

            created_at = datetime.datetime.fromisoformat(
                d.pop("created_at").replace(" UTC", "+00:00")
            )

            updated_at = datetime.datetime.fromisoformat(
                d.pop("updated_at").replace(" UTC", "+00:00")
            )

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        comment_key = cls(
            id,
            name,
            description,
            name_hash,
            plural,
            max_characters_allowed,
            tags,
            created_at,
            updated_at,
        )

        comment_key.additional_properties = d
        return comment_key

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
