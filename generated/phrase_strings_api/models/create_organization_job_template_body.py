from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrganizationJobTemplateBody")


@_attrs_define
class CreateOrganizationJobTemplateBody:
    """Request body of create_organization_job_template: Create an account job template."""

    name: str
    """ Name of the template """
    briefing: str | Unset = UNSET
    """ Instructions for the translators """
    autotranslate: bool | Unset = UNSET
    """ Whether the job is machine translated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        briefing = self.briefing

        autotranslate = self.autotranslate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if briefing is not UNSET:
            field_dict["briefing"] = briefing
        if autotranslate is not UNSET:
            field_dict["autotranslate"] = autotranslate

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
            name = d.pop("name")

            briefing = d.pop("briefing", UNSET)

            autotranslate = d.pop("autotranslate", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_organization_job_template_body = cls(
            name,
            briefing,
            autotranslate,
        )

        create_organization_job_template_body.additional_properties = d
        return create_organization_job_template_body

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
