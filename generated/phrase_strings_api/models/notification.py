from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.locale import Locale
    from ..models.notification_data_type_0 import NotificationDataType0
    from ..models.notification_group import NotificationGroup
    from ..models.notification_resource_type_0 import NotificationResourceType0
    from ..models.project import Project
    from ..models.user_preview import UserPreview


T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """A notification sent to a user about an event."""

    id: str | Unset = UNSET
    """ Unique identifier of the notification """
    event_name: str | Unset = UNSET
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
        from ..models.account import Account
        from ..models.locale import Locale
        from ..models.notification_data_type_0 import NotificationDataType0
        from ..models.notification_group import NotificationGroup
        from ..models.notification_resource_type_0 import NotificationResourceType0
        from ..models.project import Project
        from ..models.user_preview import UserPreview

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
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
        from ..models.account import Account
        from ..models.locale import Locale
        from ..models.notification_data_type_0 import NotificationDataType0
        from ..models.notification_group import NotificationGroup
        from ..models.notification_resource_type_0 import NotificationResourceType0
        from ..models.project import Project
        from ..models.user_preview import UserPreview

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        event_name = d.pop("event_name", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at", UNSET))

        def _parse_seen_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seen_at_type_0 = datetime.datetime.fromisoformat(data)

                return seen_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        seen_at = _parse_seen_at(d.pop("seen_at", UNSET))

        def _parse_data(data: object) -> None | NotificationDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = NotificationDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationDataType0 | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_resource(data: object) -> None | NotificationResourceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_type_0 = NotificationResourceType0.from_dict(data)

                return resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationResourceType0 | Unset, data)

        resource = _parse_resource(d.pop("resource", UNSET))

        def _parse_locale(data: object) -> Locale | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                locale_type_0 = Locale.from_dict(data)

                return locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Locale | None | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_user(data: object) -> None | Unset | UserPreview:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = UserPreview.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserPreview, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_project(data: object) -> None | Project | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_type_0 = Project.from_dict(data)

                return project_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Project | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        def _parse_account(data: object) -> Account | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = Account.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Account | None | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        def _parse_group(data: object) -> None | NotificationGroup | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_type_0 = NotificationGroup.from_dict(data)

                return group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationGroup | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        notification = cls(
            id=id,
            event_name=event_name,
            created_at=created_at,
            updated_at=updated_at,
            delivered_at=delivered_at,
            seen_at=seen_at,
            data=data,
            resource=resource,
            locale=locale,
            user=user,
            project=project,
            account=account,
            group=group,
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
