from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchAccountBody")


@_attrs_define
class SearchAccountBody:
    """Request body of search_account: Search keys and translations in an account."""

    query: str | Unset = UNSET
    """ Text to search for """
    locale_code: str | Unset = UNSET
    """ Code of the locale to search in """
    page: int | Unset = UNSET
    """ Page number of the results to return """
    per_page: int | Unset = UNSET
    """ How many results to return per page """
    project_ids: list[str] | Unset = UNSET
    """ Projects to search; every project the user can reach in the account when omitted """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        locale_code = self.locale_code

        page = self.page

        per_page = self.per_page

        project_ids: list[str] | Unset = UNSET
        if not isinstance(self.project_ids, Unset):
            project_ids = self.project_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query is not UNSET:
            field_dict["query"] = query
        if locale_code is not UNSET:
            field_dict["locale_code"] = locale_code
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if project_ids is not UNSET:
            field_dict["project_ids"] = project_ids

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
        query = d.pop("query", UNSET)

        locale_code = d.pop("locale_code", UNSET)

        page = d.pop("page", UNSET)

        per_page = d.pop("per_page", UNSET)

        project_ids: list[str] | Unset = d.pop("project_ids", UNSET)

        search_account_body = cls(
            query,
            locale_code,
            page,
            per_page,
            project_ids,
        )

        search_account_body.additional_properties = d
        return search_account_body

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
