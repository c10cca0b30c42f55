from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationJobTemplate")


@_attrs_define
class OrganizationJobTemplate:
    """A job template defined at the account level rather than in a single project."""

    id: str
    """ Unique identifier of the template """
    name: str
    """ Name of the template """
    created_at: datetime.datetime
    """ Timestamp at which the template was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the template """
    briefing: str | Unset = UNSET
    """ Default instructions for jobs created from the template """
    autotranslate_enabled: bool | Unset = UNSET
    """ Whether jobs made from this template are machine translated when they are created """
    source_locale_id: None | str | Unset = UNSET
    """ Source locale of jobs made from this template; the project's default locale when not set """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        briefing = self.briefing

        autotranslate_enabled = self.autotranslate_enabled

        source_locale_id: None | str | Unset
        if isinstance(self.source_locale_id, Unset):
            source_locale_id = UNSET
        else:
            source_locale_id = self.source_locale_id

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
        if briefing is not UNSET:
            field_dict["briefing"] = briefing
        if autotranslate_enabled is not UNSET:
            field_dict["autotranslate_enabled"] = autotranslate_enabled
        if source_locale_id is not UNSET:
            field_dict["source_locale_id"] = source_locale_id

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

            briefing = d.pop("briefing", UNSET)

            autotranslate_enabled = d.pop("autotranslate_enabled", UNSET)

            def _parse_source_locale_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            source_locale_id = _parse_source_locale_id(d.pop("source_locale_id", UNSET))

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        organization_job_template = cls(
            id,
            name,
            created_at,
            updated_at,
            briefing,
            autotranslate_enabled,
            source_locale_id,
        )

        organization_job_template.additional_properties = d
        return organization_job_template

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
