from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountDetailsSubscriptionType0")


@_attrs_define
class AccountDetailsSubscriptionType0:
    """Object describing the subscription: whether it is current and whether the trial has expired"""

    is_current: bool | Unset = UNSET
    trial_expired: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_current = self.is_current

        trial_expired = self.trial_expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_current is not UNSET:
            field_dict["is_current"] = is_current
        if trial_expired is not UNSET:
            field_dict["trial_expired"] = trial_expired

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
        is_current = d.pop("is_current", UNSET)

        trial_expired = d.pop("trial_expired", UNSET)

        account_details_subscription_type_0 = cls(
            is_current,
            trial_expired,
        )

        account_details_subscription_type_0.additional_properties = d
        return account_details_subscription_type_0

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
