from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationGroupDetail")


@_attrs_define
class NotificationGroupDetail:
    """A notification group with its size and latest entry."""

    id: str
    """ Unique identifier of the group """
    event_name: str
    """ Name of the event the group collects """
    created_at: datetime.datetime
    """ Timestamp at which the group was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the group """
    notifications_count: int | Unset = UNSET
    """ Number of notifications in the group """
    latest_notification: None | Notification | Unset = UNSET
    """ Most recent notification in the group """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_name = self.event_name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        notifications_count = self.notifications_count

        latest_notification: dict[str, Any] | None | Unset
        if isinstance(self.latest_notification, Unset):
            latest_notification = UNSET
        elif isinstance(self.latest_notification, Notification):
            latest_notification = self.latest_notification.to_dict()
        else:
            latest_notification = self.latest_notification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_name": event_name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if notifications_count is not UNSET:
            field_dict["notifications_count"] = notifications_count
        if latest_notification is not UNSET:
            field_dict["latest_notification"] = latest_notification

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

            event_name = d.pop("event_name")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            notifications_count = d.pop("notifications_count", UNSET)

            _latest_notification: Any = d.pop("latest_notification", UNSET)
            latest_notification: None | Notification | Unset = _latest_notification
            if isinstance(_latest_notification, dict):
                try:
                    latest_notification_type_0 = Notification.from_dict(
                        _latest_notification
                    )

                    latest_notification = latest_notification_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        notification_group_detail = cls(
            id,
            event_name,
            created_at,
            updated_at,
            notifications_count,
            latest_notification,
        )

        notification_group_detail.additional_properties = d
        return notification_group_detail

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
from ..models.notification import Notification
