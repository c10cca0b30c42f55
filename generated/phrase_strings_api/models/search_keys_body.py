from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchKeysBody")


@_attrs_define
class SearchKeysBody:
    """Request body of search_keys: Search the keys of a project."""

    branch: str | Unset = UNSET
    """ Name of the branch to use """
    sort: str | Unset = UNSET
    """ Field to sort by: name, created_at or updated_at """
    order: str | Unset = UNSET
    """ Sort direction: asc or desc """
    q: str | Unset = UNSET
    """ Key search expression: a name pattern (wildcards allowed) optionally combined with qualifiers such as ids:,
    name:, tags:, uploads:, job:true|false, translated:true|false (needs locale_id), updated_at:>=|<= a timestamp
    and unmentioned_in_upload:. Filtering by tags caps the search at 65,536 tagged keys """
    locale_id: str | Unset = UNSET
    """ Locale whose translations decide whether a key counts as translated or untranslated when the query filters
    on that state """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        sort = self.sort

        order = self.order

        q = self.q

        locale_id = self.locale_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if sort is not UNSET:
            field_dict["sort"] = sort
        if order is not UNSET:
            field_dict["order"] = order
        if q is not UNSET:
            field_dict["q"] = q
        if locale_id is not UNSET:
            field_dict["locale_id"] = locale_id

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

        sort = d.pop("sort", UNSET)

        order = d.pop("order", UNSET)

        q = d.pop("q", UNSET)

        locale_id = d.pop("locale_id", UNSET)

        search_keys_body = cls(
            branch,
            sort,
            order,
            q,
            locale_id,
        )

        search_keys_body.additional_properties = d
        return search_keys_body

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
