from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranslationKey")


@_attrs_define
class TranslationKey:
    """A translation key: the identifier under which text is translated into each locale."""

    id: str
    """ Unique identifier of the key """
    name: str
    """ Name of the key """
    created_at: datetime.datetime
    """ Timestamp at which the key was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the key """
    description: str | Unset = UNSET
    """ Notes that give translators context """
    name_hash: str | Unset = UNSET
    """ Hash of the key name """
    plural: bool | Unset = UNSET
    """ True if the key has plural forms """
    use_ordinal_rules: bool | Unset = UNSET
    """ True if the key's plural forms follow ordinal rules """
    tags: list[str] | None | Unset = UNSET
    """ Tags assigned to the key """
    data_type: str | Unset = UNSET
    """ Kind of value the key holds """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description = self.description

        name_hash = self.name_hash

        plural = self.plural

        use_ordinal_rules = self.use_ordinal_rules

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        data_type = self.data_type

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
        if description is not UNSET:
            field_dict["description"] = description
        if name_hash is not UNSET:
            field_dict["name_hash"] = name_hash
        if plural is not UNSET:
            field_dict["plural"] = plural
        if use_ordinal_rules is not UNSET:
            field_dict["use_ordinal_rules"] = use_ordinal_rules
        if tags is not UNSET:
            field_dict["tags"] = tags
        if data_type is not UNSET:
            field_dict["data_type"] = data_type

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

            description = d.pop("description", UNSET)

            name_hash = d.pop("name_hash", UNSET)

            plural = d.pop("plural", UNSET)

            use_ordinal_rules = d.pop("use_ordinal_rules", UNSET)

            tags: list[str] | None | Unset = d.pop("tags", UNSET)

            data_type = d.pop("data_type", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        translation_key = cls(
            id,
            name,
            created_at,
            updated_at,
            description,
            name_hash,
            plural,
            use_ordinal_rules,
            tags,
            data_type,
        )

        translation_key.additional_properties = d
        return translation_key

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
