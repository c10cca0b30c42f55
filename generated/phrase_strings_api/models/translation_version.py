from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranslationVersion")


@_attrs_define
class TranslationVersion:
    """A past state of a translation in its change history."""

    id: str | Unset = UNSET
    """ Unique identifier of the version """
    content: str | Unset = UNSET
    """ Text of the translation at this version """
    plural_suffix: str | Unset = UNSET
    """ Plural form the version covers, for plural keys """
    key: KeyPreview | None | Unset = UNSET
    """ Key the translation belongs to """
    locale: LocalePreview | None | Unset = UNSET
    """ Locale of the translation """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp at which the version was created """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of the most recent change to the version """
    changed_at: datetime.datetime | None | Unset = UNSET
    """ Time the change recorded by this version was made """
    user: None | Unset | UserPreview = UNSET
    """ User who made this version (only sent where the list includes it) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content = self.content

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

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if content is not UNSET:
            field_dict["content"] = content
        if plural_suffix is not UNSET:
            field_dict["plural_suffix"] = plural_suffix
        if key is not UNSET:
            field_dict["key"] = key
        if locale is not UNSET:
            field_dict["locale"] = locale
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if changed_at is not UNSET:
            field_dict["changed_at"] = changed_at
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        content = d.pop("content", UNSET)

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

        _created_at: Any = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None | Unset = _created_at
        if isinstance(_created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _updated_at: Any = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset = _updated_at
        if isinstance(_updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0
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

        translation_version = cls(
            id,
            content,
            plural_suffix,
            key,
            locale,
            created_at,
            updated_at,
            changed_at,
            user,
        )

        translation_version.additional_properties = d
        return translation_version

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
