from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A subscription that sends HTTP callbacks when selected project events happen."""

    id: str
    """ Unique identifier of the webhook """
    callback_url: str
    """ Address that receives the callbacks """
    created_at: datetime.datetime
    """ Timestamp at which the webhook was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the webhook """
    description: str | Unset = UNSET
    """ Free-text note about the webhook """
    events: list[str] | None | Unset = UNSET
    """ Event names that trigger a callback """
    active: bool | Unset = UNSET
    """ Whether callbacks are currently sent """
    include_branches: bool | Unset = UNSET
    """ Whether events in branches also trigger callbacks """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        callback_url = self.callback_url

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description = self.description

        events: list[str] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = self.events

        else:
            events = self.events

        active = self.active

        include_branches = self.include_branches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "callback_url": callback_url,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if events is not UNSET:
            field_dict["events"] = events
        if active is not UNSET:
            field_dict["active"] = active
        if include_branches is not UNSET:
            field_dict["include_branches"] = include_branches

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

            callback_url = d.pop("callback_url")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            description = d.pop("description", UNSET)

            events: list[str] | None | Unset = d.pop("events", UNSET)

            active = d.pop("active", UNSET)

            include_branches = d.pop("include_branches", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        webhook = cls(
            id,
            callback_url,
            created_at,
            updated_at,
            description,
            events,
            active,
            include_branches,
        )

        webhook.additional_properties = d
        return webhook

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
