from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountDetails")


@_attrs_define
class AccountDetails:
    """Extends account with subscription state and the current user's roles."""

    id: str
    """ Unique identifier of the account """
    name: str
    """ Display name of the account """
    created_at: datetime.datetime
    """ Timestamp at which the account was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the account """
    slug: str | Unset = UNSET
    """ URL-friendly short name of the account """
    company: str | Unset = UNSET
    """ Name of the company behind the account """
    company_logo_url: str | Unset = UNSET
    """ Address of the company logo image """
    subscription: AccountDetailsSubscriptionType0 | None | Unset = UNSET
    """ Object describing the subscription: whether it is current and whether the trial has expired """
    roles: list[str] | None | Unset = UNSET
    """ Roles the requesting user holds in the account """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        slug = self.slug

        company = self.company

        company_logo_url = self.company_logo_url

        subscription: dict[str, Any] | None | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(self.subscription, AccountDetailsSubscriptionType0):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        roles: list[str] | None | Unset
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = self.roles

        else:
            roles = self.roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
        if company is not UNSET:
            field_dict["company"] = company
        if company_logo_url is not UNSET:
            field_dict["company_logo_url"] = company_logo_url
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if roles is not UNSET:
            field_dict["roles"] = roles

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

            name = d.pop("name")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            slug = d.pop("slug", UNSET)

            company = d.pop("company", UNSET)

            company_logo_url = d.pop("company_logo_url", UNSET)

            _subscription: Any = d.pop("subscription", UNSET)
            subscription: AccountDetailsSubscriptionType0 | None | Unset = _subscription
            if isinstance(_subscription, dict):
                try:
                    subscription_type_0 = AccountDetailsSubscriptionType0.from_dict(
                        _subscription
                    )

                    subscription = subscription_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            roles: list[str] | None | Unset = d.pop("roles", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        account_details = cls(
            id,
            name,
            created_at,
            updated_at,
            slug,
            company,
            company_logo_url,
            subscription,
            roles,
        )

        account_details.additional_properties = d
        return account_details

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
from ..models.account_details_subscription_type_0 import AccountDetailsSubscriptionType0
