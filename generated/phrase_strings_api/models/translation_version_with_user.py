from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranslationVersionWithUser")


@_attrs_define
class TranslationVersionWithUser:
    """Extends translation_version with the user who made the change."""

    id: str
    """ Unique identifier of the version """
    content: str
    """ Text of the translation at this version """
    created_at: datetime.datetime
    """ Timestamp at which the version was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the version """
    plural_suffix: str | Unset = UNSET
    """ Plural form the version covers, for plural keys """
    key: KeyPreview | None | Unset = UNSET
    """ Key the translation belongs to """
    locale: LocalePreview | None | Unset = UNSET
    """ Locale of the translation """
    changed_at: datetime.datetime | None | Unset = UNSET
    """ Time the change recorded by this version was made """
    user: None | Unset | UserPreview = UNSET
    """ User responsible for this version """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content = self.content

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        plural_suffix = self.plural_suffix

        key: dict[str, Any] | None | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, KeyPreview):
            key = self.key.to_dict()
        else:
            key = self.key

        locale: dict[str, Any] | None | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, LocalePreview):
            locale = self.locale.to_dict()
        else:
            locale = self.locale

        changed_at: None | str | Unset
        if isinstance(self.changed_at, Unset):
            changed_at = UNSET
        elif isinstance(self.changed_at, datetime.datetime):
            changed_at = self.changed_at.isoformat()
        else:
            changed_at = self.changed_at

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserPreview):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "content": content,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if plural_suffix is not UNSET:
            field_dict["plural_suffix"] = plural_suffix
        if key is not UNSET:
            field_dict["key"] = key
        if locale is not UNSET:
            field_dict["locale"] = locale
        if changed_at is not UNSET:
            field_dict["changed_at"] = changed_at
        if user is not UNSET:
            field_dict["user"] = user

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

            content = d.pop("content")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            plural_suffix = d.pop("plural_suffix", UNSET)

            _key: Any = d.pop("key", UNSET)
            key: KeyPreview | None | Unset = _key
            if isinstance(_key, dict):
                try:
                    key_type_0 = KeyPreview.from_dict(_key)

                    key = key_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _locale: Any = d.pop("locale", UNSET)
            locale: LocalePreview | None | Unset = _locale
            if isinstance(_locale, dict):
                try:
                    locale_type_0 = LocalePreview.from_dict(_locale)

                    locale = locale_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _changed_at: Any = d.pop("changed_at", UNSET)
            changed_at: datetime.datetime | None | Unset = _changed_at
            if isinstance(_changed_at, str):
                try:
                    changed_at_type_0 = datetime.datetime.fromisoformat(_changed_at)

                    changed_at = changed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _user: Any = d.pop("user", UNSET)
            user: None | Unset | UserPreview = _user
            if isinstance(_user, dict):
                try:
                    user_type_0 = UserPreview.from_dict(_user)

                    user = user_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        translation_version_with_user = cls(
            id,
            content,
            created_at,
            updated_at,
            plural_suffix,
            key,
            locale,
            changed_at,
            user,
        )

        translation_version_with_user.additional_properties = d
        return translation_version_with_user

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
from ..models.key_preview import KeyPreview
from ..models.locale_preview import LocalePreview
from ..models.user_preview import UserPreview
