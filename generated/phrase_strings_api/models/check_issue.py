from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckIssue")


@_attrs_define
class CheckIssue:
    """A problem a quality check found in a translation, such as a missing placeholder or text beyond the allowed length."""

    id: str | Unset = UNSET
    """ Unique identifier of the issue """
    check_name: None | str | Unset = UNSET
    """ Check that found the issue: translation_content_length (longer than the key allows),
    translation_placeholder_usage (placeholders missing or added), translation_glossary_usage (term base not
    followed) """
    state: None | str | Unset = UNSET
    """ Whether the issue is active, solved or dismissed """
    description: None | str | Unset = UNSET
    """ What is wrong, in words """
    dismissed_at: datetime.datetime | None | Unset = UNSET
    """ When the issue was dismissed; null unless it was """
    solved_at: datetime.datetime | None | Unset = UNSET
    """ When the issue was solved; null unless it was """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp at which the issue was found """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of the most recent change to the issue """
    translation: None | Translation | Unset = UNSET
    """ Translation the issue was found in """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        check_name: None | str | Unset
        if isinstance(self.check_name, Unset):
            check_name = UNSET
        else:
            check_name = self.check_name

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        dismissed_at: None | str | Unset
        if isinstance(self.dismissed_at, Unset):
            dismissed_at = UNSET
        elif isinstance(self.dismissed_at, datetime.datetime):
            dismissed_at = self.dismissed_at.isoformat()
        else:
            dismissed_at = self.dismissed_at

        solved_at: None | str | Unset
        if isinstance(self.solved_at, Unset):
            solved_at = UNSET
        elif isinstance(self.solved_at, datetime.datetime):
            solved_at = self.solved_at.isoformat()
        else:
            solved_at = self.solved_at

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

        translation: dict[str, Any] | None | Unset
        if isinstance(self.translation, Unset):
            translation = UNSET
        elif isinstance(self.translation, Translation):
            translation = self.translation.to_dict()
        else:
            translation = self.translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if check_name is not UNSET:
            field_dict["check_name"] = check_name
        if state is not UNSET:
            field_dict["state"] = state
        if description is not UNSET:
            field_dict["description"] = description
        if dismissed_at is not UNSET:
            field_dict["dismissed_at"] = dismissed_at
        if solved_at is not UNSET:
            field_dict["solved_at"] = solved_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if translation is not UNSET:
            field_dict["translation"] = translation

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
        id = d.pop("id", UNSET)

        def _parse_check_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        check_name = _parse_check_name(d.pop("check_name", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _dismissed_at: Any = d.pop("dismissed_at", UNSET)
        dismissed_at: datetime.datetime | None | Unset = _dismissed_at
        if isinstance(_dismissed_at, str):
            try:
                dismissed_at_type_0 = datetime.datetime.fromisoformat(_dismissed_at)

                dismissed_at = dismissed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _solved_at: Any = d.pop("solved_at", UNSET)
        solved_at: datetime.datetime | None | Unset = _solved_at
        if isinstance(_solved_at, str):
            try:
                solved_at_type_0 = datetime.datetime.fromisoformat(_solved_at)

                solved_at = solved_at_type_0
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

        _translation: Any = d.pop("translation", UNSET)
        translation: None | Translation | Unset = _translation
        if isinstance(_translation, dict):
            try:
                translation_type_0 = Translation.from_dict(_translation)

                translation = translation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        check_issue = cls(
            id,
            check_name,
            state,
            description,
            dismissed_at,
            solved_at,
            created_at,
            updated_at,
            translation,
        )

        check_issue.additional_properties = d
        return check_issue

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
from ..models.translation import Translation
