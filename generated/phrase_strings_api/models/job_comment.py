from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_preview import UserPreview


T = TypeVar("T", bound="JobComment")


@_attrs_define
class JobComment:
    """A comment posted on a job."""

    id: str | Unset = UNSET
    """ Unique identifier of the comment """
    message: str | Unset = UNSET
    """ Text of the comment """
    job_id: str | Unset = UNSET
    """ Identifier of the job the comment is on """
    user: None | Unset | UserPreview = UNSET
    """ Author of the comment """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp at which the comment was created """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of the most recent change to the comment """
    mentioned_users: list[UserPreview] | None | Unset = UNSET
    """ Users mentioned in the comment text """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_preview import UserPreview

        id = self.id

        message = self.message

        job_id = self.job_id

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserPreview):
            user = self.user.to_dict()
        else:
            user = self.user

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if message is not UNSET:
            field_dict["message"] = message
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if user is not UNSET:
            field_dict["user"] = user
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if mentioned_users is not UNSET:
            field_dict["mentioned_users"] = mentioned_users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_preview import UserPreview

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        message = d.pop("message", UNSET)

        job_id = d.pop("job_id", UNSET)

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

        def _parse_mentioned_users(data: object) -> list[UserPreview] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mentioned_users_type_0 = []
                _mentioned_users_type_0 = data
                for mentioned_users_type_0_item_data in _mentioned_users_type_0:
                    mentioned_users_type_0_item = UserPreview.from_dict(
                        mentioned_users_type_0_item_data
                    )

                    mentioned_users_type_0.append(mentioned_users_type_0_item)

                return mentioned_users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserPreview] | None | Unset, data)

        mentioned_users = _parse_mentioned_users(d.pop("mentioned_users", UNSET))

        job_comment = cls(
            id=id,
            message=message,
            job_id=job_id,
            user=user,
            created_at=created_at,
            updated_at=updated_at,
            mentioned_users=mentioned_users,
        )

        job_comment.additional_properties = d
        return job_comment

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
