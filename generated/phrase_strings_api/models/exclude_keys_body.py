from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._facade import join_tags
from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExcludeKeysBody")


@_attrs_define
class ExcludeKeysBody:
    """Request body of exclude_keys: Exclude a locale for all matching keys."""

    branch: str | Unset = UNSET
    """ Name of the branch to use """
    q: str | Unset = UNSET
    """ Key search expression selecting the keys to change: a name pattern (wildcards allowed) optionally combined
    with qualifiers such as ids:, name:, tags:, translated:true|false (needs locale_id) and updated_at:>=|<= a
    timestamp """
    target_locale_id: str | Unset = UNSET
    """ ID of the locale whose translations become excluded """
    tags: str | Unset = _attrs_field(default=UNSET, converter=join_tags)
    """ One tag name, or several separated by commas """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        q = self.q

        target_locale_id = self.target_locale_id

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if q is not UNSET:
            field_dict["q"] = q
        if target_locale_id is not UNSET:
            field_dict["target_locale_id"] = target_locale_id
        if tags is not UNSET:
            field_dict["tags"] = tags

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

        target_locale_id = d.pop("target_locale_id", UNSET)

        tags = d.pop("tags", UNSET)

        exclude_keys_body = cls(
            branch,
            q,
            target_locale_id,
            tags,
        )

        exclude_keys_body.additional_properties = d
        return exclude_keys_body

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
