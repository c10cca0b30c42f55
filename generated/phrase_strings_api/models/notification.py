from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """A notification sent to a user about an event."""

    id: str
    """ Unique identifier of the notification """
    event_name: str
    """ Name of the event that caused the notification """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp at which the notification was created """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of the most recent change to the notification """
    delivered_at: datetime.datetime | None | Unset = UNSET
    """ Time the notification was delivered """
    seen_at: datetime.datetime | None | Unset = UNSET
    """ Time the user saw the notification """
    data: None | NotificationDataType0 | Unset = UNSET
    """ Object with event-specific details """
    resource: None | NotificationResourceType0 | Unset = UNSET
    """ Object describing the resource the event concerns """
    locale: Locale | None | Unset = UNSET
    """ Locale related to the event """
    user: None | Unset | UserPreview = UNSET
    """ User related to the event """
    project: None | Project | Unset = UNSET
    """ Project related to the event """
    account: Account | None | Unset = UNSET
    """ Account related to the event """
    group: None | NotificationGroup | Unset = UNSET
    """ Group the notification belongs to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_name = self.event_name

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

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        seen_at: None | str | Unset
        if isinstance(self.seen_at, Unset):
            seen_at = UNSET
        elif isinstance(self.seen_at, datetime.datetime):
            seen_at = self.seen_at.isoformat()
        else:
            seen_at = self.seen_at

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, NotificationDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        resource: dict[str, Any] | None | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        elif isinstance(self.resource, NotificationResourceType0):
            resource = self.resource.to_dict()
        else:
            resource = self.resource

        locale: dict[str, Any] | None | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, Locale):
            locale = self.locale.to_dict()
        else:
            locale = self.locale

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserPreview):
            user = self.user.to_dict()
        else:
            user = self.user

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, Project):
            project = self.project.to_dict()
        else:
            project = self.project

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, Account):
            account = self.account.to_dict()
        else:
            account = self.account

        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, NotificationGroup):
            group = self.group.to_dict()
        else:
            group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_name": event_name,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if seen_at is not UNSET:
            field_dict["seen_at"] = seen_at
        if data is not UNSET:
            field_dict["data"] = data
        if resource is not UNSET:
            field_dict["resource"] = resource
        if locale is not UNSET:
            field_dict["locale"] = locale
        if user is not UNSET:
            field_dict["user"] = user
        if project is not UNSET:
            field_dict["project"] = project
        if account is not UNSET:
            field_dict["account"] = account
        if group is not UNSET:
            field_dict["group"] = group

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

            _delivered_at: Any = d.pop("delivered_at", UNSET)
            delivered_at: datetime.datetime | None | Unset = _delivered_at
            if isinstance(_delivered_at, str):
                try:
                    delivered_at_type_0 = datetime.datetime.fromisoformat(_delivered_at)

                    delivered_at = delivered_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _seen_at: Any = d.pop("seen_at", UNSET)
            seen_at: datetime.datetime | None | Unset = _seen_at
            if isinstance(_seen_at, str):
                try:
                    seen_at_type_0 = datetime.datetime.fromisoformat(_seen_at)

                    seen_at = seen_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _data: Any = d.pop("data", UNSET)
            data: None | NotificationDataType0 | Unset = _data
            if isinstance(_data, dict):
                try:
                    data_type_0 = NotificationDataType0.from_dict(_data)

                    data = data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _resource: Any = d.pop("resource", UNSET)
            resource: None | NotificationResourceType0 | Unset = _resource
            if isinstance(_resource, dict):
                try:
                    resource_type_0 = NotificationResourceType0.from_dict(_resource)

                    resource = resource_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _locale: Any = d.pop("locale", UNSET)
            locale: Locale | None | Unset = _locale
            if isinstance(_locale, dict):
                try:
                    locale_type_0 = Locale.from_dict(_locale)

                    locale = locale_type_0
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

            _project: Any = d.pop("project", UNSET)
            project: None | Project | Unset = _project
            if isinstance(_project, dict):
                try:
                    project_type_0 = Project.from_dict(_project)

                    project = project_type_0
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

            _group: Any = d.pop("group", UNSET)
            group: None | NotificationGroup | Unset = _group
            if isinstance(_group, dict):
                try:
                    group_type_0 = NotificationGroup.from_dict(_group)

                    group = group_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        notification = cls(
            id,
            event_name,
            created_at,
            updated_at,
            delivered_at,
            seen_at,
            data,
            resource,
            locale,
            user,
            project,
            account,
            group,
        )

        notification.additional_properties = d
        return notification

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
from ..models.locale import Locale
from ..models.notification_data_type_0 import NotificationDataType0
from ..models.notification_group import NotificationGroup
from ..models.notification_resource_type_0 import NotificationResourceType0
from ..models.project import Project
from ..models.user_preview import UserPreview
