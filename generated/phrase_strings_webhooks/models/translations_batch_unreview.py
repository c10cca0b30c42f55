from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError

T = TypeVar("T", bound="TranslationsBatchUnreview")


@_attrs_define
class TranslationsBatchUnreview:
    """The `translations:batch_unreview` webhook event."""

    event: str
    """ Always `translations:batch_unreview`. """
    message: str
    """ What happened, in words. """
    sent_at: datetime.datetime
    """ When Phrase sent the event. """
    user: User
    project: Project
    branch: Branch
    translations: list[TranslationsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        message = self.message

        sent_at = self.sent_at.isoformat()

        user = self.user.to_dict()

        project = self.project.to_dict()

        branch = self.branch.to_dict()

        translations = []
        for translations_item_data in self.translations:
            translations_item = translations_item_data.to_dict()
            translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "message": message,
                "sent_at": sent_at,
                "user": user,
                "project": project,
                "branch": branch,
                "translations": translations,
            }
        )

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

            branch = Branch.from_dict(d.pop("branch"))

            translations = []
            _translations = d.pop("translations")
            for translations_item_data in _translations:
                translations_item = TranslationsItem.from_dict(translations_item_data)

                translations.append(translations_item)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        translations_batch_unreview = cls(
            event,
            message,
            sent_at,
            user,
            project,
            branch,
            translations,
        )

        translations_batch_unreview.additional_properties = d
        return translations_batch_unreview

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
from ..models.translations_item import TranslationsItem
from ..models.user import User
