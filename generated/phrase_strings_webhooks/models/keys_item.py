from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="KeysItem")


@_attrs_define
class KeysItem:
    id: str
    tags: list[KeysItemTagsItem | str]
    name: str | Unset = UNSET
    plural: bool | Unset = UNSET
    data_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tags = []
        for tags_item_data in self.tags:
            tags_item: dict[str, Any] | str
            if isinstance(tags_item_data, KeysItemTagsItem):
                tags_item = tags_item_data.to_dict()
            else:
                tags_item = tags_item_data
            tags.append(tags_item)

        name = self.name

        plural = self.plural

        data_type = self.data_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tags": tags,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if plural is not UNSET:
            field_dict["plural"] = plural
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

            tags = []
            _tags = d.pop("tags")
            for tags_item_data in _tags:

                def _parse_tags_item(data: object) -> KeysItemTagsItem | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tags_item_type_0 = KeysItemTagsItem.from_dict(data)

                        return tags_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(KeysItemTagsItem | str, data)

                tags_item = _parse_tags_item(tags_item_data)

                tags.append(tags_item)

            name = d.pop("name", UNSET)

            plural = d.pop("plural", UNSET)

            data_type = d.pop("data_type", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        keys_item = cls(
            id,
            tags,
            name,
            plural,
            data_type,
        )

        keys_item.additional_properties = d
        return keys_item

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
from ..models.keys_item_tags_item import KeysItemTagsItem
