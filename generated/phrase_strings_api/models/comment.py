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
    """A comment posted on a translation key."""

    id: str
    """ Unique identifier of the comment """
    message: str
    """ Text of the comment """
    created_at: datetime.datetime
    """ Timestamp at which the comment was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the comment """
    has_replies: bool | Unset = UNSET
    """ True if other comments reply to this one """
    user: None | Unset | UserPreview = UNSET
    """ Author of the comment """
    mentioned_users: list[UserPreview] | None | Unset = UNSET
    """ Users mentioned in the comment text """
    locales: list[LocalePreview] | None | Unset = UNSET
    """ Locales the comment is associated with """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        has_replies = self.has_replies

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserPreview):
            user = self.user.to_dict()
        else:
            user = self.user

        mentioned_users: list[dict[str, Any]] | None | Unset
        if isinstance(self.mentioned_users, Unset):
            mentioned_users = UNSET
        elif isinstance(self.mentioned_users, list):
            mentioned_users = []
            for mentioned_users_type_0_item_data in self.mentioned_users:
                mentioned_users_type_0_item = mentioned_users_type_0_item_data.to_dict()
                mentioned_users.append(mentioned_users_type_0_item)

        else:
            mentioned_users = self.mentioned_users

        locales: list[dict[str, Any]] | None | Unset
        if isinstance(self.locales, Unset):
            locales = UNSET
        elif isinstance(self.locales, list):
            locales = []
            for locales_type_0_item_data in self.locales:
                locales_type_0_item = locales_type_0_item_data.to_dict()
                locales.append(locales_type_0_item)

        else:
            locales = self.locales

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if has_replies is not UNSET:
            field_dict["has_replies"] = has_replies
        if user is not UNSET:
            field_dict["user"] = user
        if mentioned_users is not UNSET:
            field_dict["mentioned_users"] = mentioned_users
        if locales is not UNSET:
            field_dict["locales"] = locales

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

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            has_replies = d.pop("has_replies", UNSET)

            _user: Any = d.pop("user", UNSET)
            user: None | Unset | UserPreview = _user
            if isinstance(_user, dict):
                try:
                    user_type_0 = UserPreview.from_dict(_user)

                    user = user_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _mentioned_users: Any = d.pop("mentioned_users", UNSET)
            mentioned_users: list[UserPreview] | None | Unset = _mentioned_users
            if isinstance(_mentioned_users, list):
                try:
                    mentioned_users_type_0 = []
                    _mentioned_users_type_0 = _mentioned_users
                    for mentioned_users_type_0_item_data in _mentioned_users_type_0:
                        mentioned_users_type_0_item = UserPreview.from_dict(
                            mentioned_users_type_0_item_data
                        )

                        mentioned_users_type_0.append(mentioned_users_type_0_item)

                    mentioned_users = mentioned_users_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _locales: Any = d.pop("locales", UNSET)
            locales: list[LocalePreview] | None | Unset = _locales
            if isinstance(_locales, list):
                try:
                    locales_type_0 = []
                    _locales_type_0 = _locales
                    for locales_type_0_item_data in _locales_type_0:
                        locales_type_0_item = LocalePreview.from_dict(
                            locales_type_0_item_data
                        )

                        locales_type_0.append(locales_type_0_item)

                    locales = locales_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        comment = cls(
            id,
            message,
            created_at,
            updated_at,
            has_replies,
            user,
            mentioned_users,
            locales,
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
from ..models.locale_preview import LocalePreview
from ..models.user_preview import UserPreview
