from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnreviewTranslationsBody")


@_attrs_define
class UnreviewTranslationsBody:
    """Request body of unreview_translations: Unreview translations matching a query."""

    branch: str | Unset = UNSET
    """ Name of the branch to operate on """
    q: str | Unset = UNSET
    """ Search expression matched against translation content; wildcards are allowed. Supported qualifiers:
    id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false, excluded:true|false, and
    updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range. At most 10,000 matches are considered, and
    very recent changes may not be indexed yet in large projects """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        q = self.q

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if q is not UNSET:
            field_dict["q"] = q

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
        branch = d.pop("branch", UNSET)

        q = d.pop("q", UNSET)

        unreview_translations_body = cls(
            branch,
            q,
        )

        unreview_translations_body.additional_properties = d
        return unreview_translations_body

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
