from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyLink")


@_attrs_define
class KeyLink:
    """A link that connects a parent translation key to one or more child keys."""

    created_at: datetime.datetime
    """ Timestamp at which the link was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the link """
    created_by: None | Unset | UserPreview = UNSET
    """ User who made the link """
    updated_by: None | Unset | UserPreview = UNSET
    """ User who last changed the link """
    account: Account | None | Unset = UNSET
    """ Account the link belongs to """
    parent: KeyPreview | None | Unset = UNSET
    """ Parent key of the link """
    children: list[KeyPreview] | None | Unset = UNSET
    """ Child keys attached to the parent """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserPreview):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        updated_by: dict[str, Any] | None | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        elif isinstance(self.updated_by, UserPreview):
            updated_by = self.updated_by.to_dict()
        else:
            updated_by = self.updated_by

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, Account):
            account = self.account.to_dict()
        else:
            account = self.account

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, KeyPreview):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if account is not UNSET:
            field_dict["account"] = account
        if parent is not UNSET:
            field_dict["parent"] = parent
        if children is not UNSET:
            field_dict["children"] = children

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
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            _created_by: Any = d.pop("created_by", UNSET)
            created_by: None | Unset | UserPreview = _created_by
            if isinstance(_created_by, dict):
                try:
                    created_by_type_0 = UserPreview.from_dict(_created_by)

                    created_by = created_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _updated_by: Any = d.pop("updated_by", UNSET)
            updated_by: None | Unset | UserPreview = _updated_by
            if isinstance(_updated_by, dict):
                try:
                    updated_by_type_0 = UserPreview.from_dict(_updated_by)

                    updated_by = updated_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _account: Any = d.pop("account", UNSET)
            account: Account | None | Unset = _account
            if isinstance(_account, dict):
                try:
                    account_type_0 = Account.from_dict(_account)

                    account = account_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _parent: Any = d.pop("parent", UNSET)
            parent: KeyPreview | None | Unset = _parent
            if isinstance(_parent, dict):
                try:
                    parent_type_0 = KeyPreview.from_dict(_parent)

                    parent = parent_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _children: Any = d.pop("children", UNSET)
            children: list[KeyPreview] | None | Unset = _children
            if isinstance(_children, list):
                try:
                    children_type_0 = []
                    _children_type_0 = _children
                    for children_type_0_item_data in _children_type_0:
                        children_type_0_item = KeyPreview.from_dict(
                            children_type_0_item_data
                        )

                        children_type_0.append(children_type_0_item)

                    children = children_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        key_link = cls(
            created_at,
            updated_at,
            created_by,
            updated_by,
            account,
            parent,
            children,
        )

        key_link.additional_properties = d
        return key_link

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
from ..models.account import Account
from ..models.key_preview import KeyPreview
from ..models.user_preview import UserPreview
