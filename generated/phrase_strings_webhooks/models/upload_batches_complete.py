from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError

T = TypeVar("T", bound="UploadBatchesComplete")


@_attrs_define
class UploadBatchesComplete:
    """The `upload_batches:complete` webhook event."""

    event: str
    """ Always `upload_batches:complete`. """
    message: str
    """ What happened, in words. """
    sent_at: datetime.datetime
    """ When Phrase sent the event. """
    status: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    delete_unmentioned_keys: bool
    uploads_count: int
    user: User
    project: Project
    uploads: list[UploadsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        message = self.message

        sent_at = self.sent_at.isoformat()

        status = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        delete_unmentioned_keys = self.delete_unmentioned_keys

        uploads_count = self.uploads_count

        user = self.user.to_dict()

        project = self.project.to_dict()

        uploads = []
        for uploads_item_data in self.uploads:
            uploads_item = uploads_item_data.to_dict()
            uploads.append(uploads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "message": message,
                "sent_at": sent_at,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
                "delete_unmentioned_keys": delete_unmentioned_keys,
                "uploads_count": uploads_count,
                "user": user,
                "project": project,
                "uploads": uploads,
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

            status = d.pop("status")

            created_at = datetime.datetime.fromisoformat(
                d.pop("created_at").replace(" UTC", "+00:00")
            )

            updated_at = datetime.datetime.fromisoformat(
                d.pop("updated_at").replace(" UTC", "+00:00")
            )

            delete_unmentioned_keys = d.pop("delete_unmentioned_keys")

            uploads_count = d.pop("uploads_count")

            user = User.from_dict(d.pop("user"))

            project = Project.from_dict(d.pop("project"))

            uploads = []
            _uploads = d.pop("uploads")
            for uploads_item_data in _uploads:
                uploads_item = UploadsItem.from_dict(uploads_item_data)

                uploads.append(uploads_item)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        upload_batches_complete = cls(
            event,
            message,
            sent_at,
            status,
            created_at,
            updated_at,
            delete_unmentioned_keys,
            uploads_count,
            user,
            project,
            uploads,
        )

        upload_batches_complete.additional_properties = d
        return upload_batches_complete

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
from ..models.project import Project
from ..models.uploads_item import UploadsItem
from ..models.user import User
