from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..models.delete_linked_keys_body_strategy import DeleteLinkedKeysBodyStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteLinkedKeysBody")


@_attrs_define
class DeleteLinkedKeysBody:
    """Request body of delete_linked_keys: Unlink several child keys from a parent."""

    child_key_ids: list[str]
    """ IDs of the child keys to detach """
    unlink_parent: bool | Unset = False
    """ Also remove the parent's linked-key status. Defaults to false """
    strategy: DeleteLinkedKeysBodyStrategy | Unset = UNSET
    """ What the children keep once unlinked: keep_content copies the parent's text into them (default),
    remove_content empties them """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        child_key_ids = self.child_key_ids

        unlink_parent = self.unlink_parent

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "child_key_ids": child_key_ids,
            }
        )
        if unlink_parent is not UNSET:
            field_dict["unlink_parent"] = unlink_parent
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

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
            child_key_ids: list[str] = d.pop("child_key_ids")

            unlink_parent = d.pop("unlink_parent", UNSET)

            _strategy = d.pop("strategy", UNSET)
            strategy: DeleteLinkedKeysBodyStrategy | Unset
            if isinstance(_strategy, Unset):
                strategy = UNSET
            else:
                strategy = DeleteLinkedKeysBodyStrategy(_strategy)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        delete_linked_keys_body = cls(
            child_key_ids,
            unlink_parent,
            strategy,
        )

        delete_linked_keys_body.additional_properties = d
        return delete_linked_keys_body

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
