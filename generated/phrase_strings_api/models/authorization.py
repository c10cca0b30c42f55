from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Authorization")


@_attrs_define
class Authorization:
    """An access token record belonging to the user, without the secret token value."""

    id: str
    """ Unique identifier of the authorization """
    created_at: datetime.datetime
    """ Timestamp at which the authorization was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the authorization """
    note: str | Unset = UNSET
    """ Free-text label the user gave the token """
    token_last_eight: str | Unset = _attrs_field(repr=False, default=UNSET)
    """ Final eight characters of the token, useful for recognizing it """
    hashed_token: str | Unset = UNSET
    """ Hash of the token value """
    scopes: list[str] | None | Unset = UNSET
    """ List of scopes the token grants """
    expires_at: datetime.datetime | None | Unset = UNSET
    """ Time after which the token stops working """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        note = self.note

        token_last_eight = self.token_last_eight

        hashed_token = self.hashed_token

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if token_last_eight is not UNSET:
            field_dict["token_last_eight"] = token_last_eight
        if hashed_token is not UNSET:
            field_dict["hashed_token"] = hashed_token
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

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

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            note = d.pop("note", UNSET)

            token_last_eight = d.pop("token_last_eight", UNSET)

            hashed_token = d.pop("hashed_token", UNSET)

            scopes: list[str] | None | Unset = d.pop("scopes", UNSET)

            _expires_at: Any = d.pop("expires_at", UNSET)
            expires_at: datetime.datetime | None | Unset = _expires_at
            if isinstance(_expires_at, str):
                try:
                    expires_at_type_0 = datetime.datetime.fromisoformat(_expires_at)

                    expires_at = expires_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        authorization = cls(
            id,
            created_at,
            updated_at,
            note,
            token_last_eight,
            hashed_token,
            scopes,
            expires_at,
        )

        authorization.additional_properties = d
        return authorization

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
