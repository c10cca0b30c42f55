from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment:
    id: str
    message: str
    user: CommentUser | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    mentioned_users: list[CommentMentionedUsersItem]
    key: CommentKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message

        user: dict[str, Any] | None
        if isinstance(self.user, CommentUser):
            user = self.user.to_dict()
        else:
            user = self.user

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        mentioned_users = []
        for mentioned_users_item_data in self.mentioned_users:
            mentioned_users_item = mentioned_users_item_data.to_dict()
            mentioned_users.append(mentioned_users_item)

        key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key, Unset):
            key = self.key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
                "user": user,
                "created_at": created_at,
                "updated_at": updated_at,
                "mentioned_users": mentioned_users,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key

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

            message = d.pop("message")

            _user: Any = d.pop("user")
            user: CommentUser | None = _user
            if isinstance(_user, dict):
                try:
                    user_type_0 = CommentUser.from_dict(_user)

                    user = user_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            created_at = datetime.datetime.fromisoformat(
                d.pop("created_at").replace(" UTC", "+00:00")
            )

            updated_at = datetime.datetime.fromisoformat(
                d.pop("updated_at").replace(" UTC", "+00:00")
            )

            mentioned_users = []
            _mentioned_users = d.pop("mentioned_users")
            for mentioned_users_item_data in _mentioned_users:
                mentioned_users_item = CommentMentionedUsersItem.from_dict(
                    mentioned_users_item_data
                )

                mentioned_users.append(mentioned_users_item)

            _key = d.pop("key", UNSET)
            key: CommentKey | Unset
            if isinstance(_key, Unset):
                key = UNSET
            else:
                key = CommentKey.from_dict(_key)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        comment = cls(
            id,
            message,
            user,
            created_at,
            updated_at,
            mentioned_users,
            key,
        )

        comment.additional_properties = d
        return comment

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
from ..models.comment_key import CommentKey
from ..models.comment_mentioned_users_item import CommentMentionedUsersItem
from ..models.comment_user import CommentUser
