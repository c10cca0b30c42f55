from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWebhookBody")


@_attrs_define
class CreateWebhookBody:
    """Request body of create_webhook: Add a webhook to a project."""

    callback_url: str
    """ URL that receives the webhook requests """
    secret: str | Unset = _attrs_field(repr=False, default=UNSET)
    """ Secret used to sign each request; when empty, the project's default secret is used """
    description: str | Unset = UNSET
    """ Free-text description of the webhook """
    events: str | Unset = UNSET
    """ Comma-separated names of the events that fire the webhook """
    active: bool | Unset = UNSET
    """ Whether the webhook is enabled """
    include_branches: bool | Unset = UNSET
    """ Also fire the webhook for events that happen on branches of the project """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        secret = self.secret

        description = self.description

        events = self.events

        active = self.active

        include_branches = self.include_branches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback_url": callback_url,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
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
            callback_url = d.pop("callback_url")

            secret = d.pop("secret", UNSET)

            description = d.pop("description", UNSET)

            events = d.pop("events", UNSET)

            active = d.pop("active", UNSET)

            include_branches = d.pop("include_branches", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_webhook_body = cls(
            callback_url,
            secret,
            description,
            events,
            active,
            include_branches,
        )

        create_webhook_body.additional_properties = d
        return create_webhook_body

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
