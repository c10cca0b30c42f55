from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTranslationBody")


@_attrs_define
class UpdateTranslationBody:
    """Request body of update_translation: Update a translation."""

    branch: str | Unset = UNSET
    """ Name of the branch to operate on """
    content: str | Unset = UNSET
    """ Translated text """
    plural_suffix: str | Unset = UNSET
    """ Plural form this translation belongs to: zero, one, two, few, many or other. Required when the key is
    pluralized """
    unverified: bool | Unset = UNSET
    """ Whether the translation is flagged as unverified (advanced review workflow) """
    excluded: bool | Unset = UNSET
    """ Whether the translation is left out of exports """
    autotranslate: bool | Unset = UNSET
    """ Whether to fill in the translation automatically. Rejected with status 422 for locales other than the
    default one or when Autopilot is not enabled for the project """
    reviewed: bool | Unset = UNSET
    """ Set to true to mark the translation as reviewed """
    minor_change: bool | Unset = UNSET
    """ With true, the edit counts as minor and does not send translations of linked locales back to verification
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        content = self.content

        plural_suffix = self.plural_suffix

        unverified = self.unverified

        excluded = self.excluded

        autotranslate = self.autotranslate

        reviewed = self.reviewed

        minor_change = self.minor_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if content is not UNSET:
            field_dict["content"] = content
        if plural_suffix is not UNSET:
            field_dict["plural_suffix"] = plural_suffix
        if unverified is not UNSET:
            field_dict["unverified"] = unverified
        if excluded is not UNSET:
            field_dict["excluded"] = excluded
        if autotranslate is not UNSET:
            field_dict["autotranslate"] = autotranslate
        if reviewed is not UNSET:
            field_dict["reviewed"] = reviewed
        if minor_change is not UNSET:
            field_dict["minor_change"] = minor_change

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

        content = d.pop("content", UNSET)

        plural_suffix = d.pop("plural_suffix", UNSET)

        unverified = d.pop("unverified", UNSET)

        excluded = d.pop("excluded", UNSET)

        autotranslate = d.pop("autotranslate", UNSET)

        reviewed = d.pop("reviewed", UNSET)

        minor_change = d.pop("minor_change", UNSET)

        update_translation_body = cls(
            branch,
            content,
            plural_suffix,
            unverified,
            excluded,
            autotranslate,
            reviewed,
            minor_change,
        )

        update_translation_body.additional_properties = d
        return update_translation_body

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
