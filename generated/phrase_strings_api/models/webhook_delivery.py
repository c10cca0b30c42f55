from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery:
    """One attempt to deliver a webhook callback, with its outcome."""

    id: str | Unset = UNSET
    """ Unique identifier of the delivery """
    webhook_id: str | Unset = UNSET
    """ Identifier of the webhook that was triggered """
    response_status_code: int | Unset = UNSET
    """ HTTP status code returned by the receiving server """
    delivered_at: datetime.datetime | None | Unset = UNSET
    """ Time the callback was sent """
    duration_ms: int | Unset = UNSET
    """ Time the request took, in milliseconds """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp at which the delivery was created """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of the most recent change to the delivery """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        webhook_id = self.webhook_id

        response_status_code = self.response_status_code

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        duration_ms = self.duration_ms

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if response_status_code is not UNSET:
            field_dict["response_status_code"] = response_status_code
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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

        webhook_id = d.pop("webhook_id", UNSET)

        response_status_code = d.pop("response_status_code", UNSET)

        _delivered_at: Any = d.pop("delivered_at", UNSET)
        delivered_at: datetime.datetime | None | Unset = _delivered_at
        if isinstance(_delivered_at, str):
            try:
                delivered_at_type_0 = datetime.datetime.fromisoformat(_delivered_at)

                delivered_at = delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        duration_ms = d.pop("duration_ms", UNSET)

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

        webhook_delivery = cls(
            id,
            webhook_id,
            response_status_code,
            delivered_at,
            duration_ms,
            created_at,
            updated_at,
        )

        webhook_delivery.additional_properties = d
        return webhook_delivery

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
