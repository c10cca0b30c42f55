from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranslationsUpdate")


@_attrs_define
class TranslationsUpdate:
    """The `translations:update` webhook event."""

    event: str
    """ Always `translations:update`. """
    message: str
    """ What happened, in words. """
    sent_at: datetime.datetime
    """ When Phrase sent the event. """
    user: User
    project: Project
    translation: Translation
    branch: Branch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        message = self.message

        sent_at = self.sent_at.isoformat()

        user = self.user.to_dict()

        project = self.project.to_dict()

        translation = self.translation.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "message": message,
                "sent_at": sent_at,
                "user": user,
                "project": project,
                "translation": translation,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch

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
            event = d.pop("event")

            message = d.pop("message")

            sent_at = datetime.datetime.fromisoformat(
                d.pop("sent_at").replace(" UTC", "+00:00")
            )

            user = User.from_dict(d.pop("user"))

            project = Project.from_dict(d.pop("project"))

            translation = Translation.from_dict(d.pop("translation"))

            _branch = d.pop("branch", UNSET)
            branch: Branch | Unset
            if isinstance(_branch, Unset):
                branch = UNSET
            else:
                branch = Branch.from_dict(_branch)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        translations_update = cls(
            event,
            message,
            sent_at,
            user,
            project,
            translation,
            branch,
        )

        translations_update.additional_properties = d
        return translations_update

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
from ..models.branch import Branch
from ..models.project import Project
from ..models.translation import Translation
from ..models.user import User
