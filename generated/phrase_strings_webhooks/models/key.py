from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Key")


@_attrs_define
class Key:
    id: str
    name: str
    plural: bool
    tags: list[str]
    data_type: str | Unset = UNSET
    description: None | str | Unset = UNSET
    name_hash: None | str | Unset = UNSET
    max_characters_allowed: int | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    use_ordinal_rules: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        plural = self.plural

        tags = self.tags

        data_type = self.data_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name_hash: None | str | Unset
        if isinstance(self.name_hash, Unset):
            name_hash = UNSET
        else:
            name_hash = self.name_hash

        max_characters_allowed: int | None | Unset
        if isinstance(self.max_characters_allowed, Unset):
            max_characters_allowed = UNSET
        else:
            max_characters_allowed = self.max_characters_allowed

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        use_ordinal_rules = self.use_ordinal_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "plural": plural,
                "tags": tags,
            }
        )
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if description is not UNSET:
            field_dict["description"] = description
        if name_hash is not UNSET:
            field_dict["name_hash"] = name_hash
        if max_characters_allowed is not UNSET:
            field_dict["max_characters_allowed"] = max_characters_allowed
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if use_ordinal_rules is not UNSET:
            field_dict["use_ordinal_rules"] = use_ordinal_rules

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

            plural = d.pop("plural")

            tags: list[str] = d.pop("tags")

            data_type = d.pop("data_type", UNSET)

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(d.pop("description", UNSET))

            def _parse_name_hash(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name_hash = _parse_name_hash(d.pop("name_hash", UNSET))

            def _parse_max_characters_allowed(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            max_characters_allowed = _parse_max_characters_allowed(
                d.pop("max_characters_allowed", UNSET)
            )

            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(
                    _created_at.replace(" UTC", "+00:00")
                )

            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(
                    _updated_at.replace(" UTC", "+00:00")
                )

            use_ordinal_rules = d.pop("use_ordinal_rules", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        key = cls(
            id,
            name,
            plural,
            tags,
            data_type,
            description,
            name_hash,
            max_characters_allowed,
            created_at,
            updated_at,
            use_ordinal_rules,
        )

        key.additional_properties = d
        return key

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
