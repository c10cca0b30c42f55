from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="BranchComparison")


@_attrs_define
class BranchComparison:
    """Differences between a branch and the branch it came from, per kind of resource."""

    translation_keys: BranchComparisonDiff | None | Unset = UNSET
    """ Changes to keys """
    translations: BranchComparisonDiff | None | Unset = UNSET
    """ Changes to translations """
    locales: BranchComparisonDiff | None | Unset = UNSET
    """ Changes to locales """
    tags: BranchComparisonDiff | None | Unset = UNSET
    """ Changes to tags """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        translation_keys: dict[str, Any] | None | Unset
        if isinstance(self.translation_keys, Unset):
            translation_keys = UNSET
        elif isinstance(self.translation_keys, BranchComparisonDiff):
            translation_keys = self.translation_keys.to_dict()
        else:
            translation_keys = self.translation_keys

        translations: dict[str, Any] | None | Unset
        if isinstance(self.translations, Unset):
            translations = UNSET
        elif isinstance(self.translations, BranchComparisonDiff):
            translations = self.translations.to_dict()
        else:
            translations = self.translations

        locales: dict[str, Any] | None | Unset
        if isinstance(self.locales, Unset):
            locales = UNSET
        elif isinstance(self.locales, BranchComparisonDiff):
            locales = self.locales.to_dict()
        else:
            locales = self.locales

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, BranchComparisonDiff):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if translation_keys is not UNSET:
            field_dict["translation_keys"] = translation_keys
        if translations is not UNSET:
            field_dict["translations"] = translations
        if locales is not UNSET:
            field_dict["locales"] = locales
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
        _translation_keys: Any = d.pop("translation_keys", UNSET)
        translation_keys: BranchComparisonDiff | None | Unset = _translation_keys
        if isinstance(_translation_keys, dict):
            try:
                translation_keys_type_0 = BranchComparisonDiff.from_dict(
                    _translation_keys
                )

                translation_keys = translation_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _translations: Any = d.pop("translations", UNSET)
        translations: BranchComparisonDiff | None | Unset = _translations
        if isinstance(_translations, dict):
            try:
                translations_type_0 = BranchComparisonDiff.from_dict(_translations)

                translations = translations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _locales: Any = d.pop("locales", UNSET)
        locales: BranchComparisonDiff | None | Unset = _locales
        if isinstance(_locales, dict):
            try:
                locales_type_0 = BranchComparisonDiff.from_dict(_locales)

                locales = locales_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _tags: Any = d.pop("tags", UNSET)
        tags: BranchComparisonDiff | None | Unset = _tags
        if isinstance(_tags, dict):
            try:
                tags_type_0 = BranchComparisonDiff.from_dict(_tags)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        branch_comparison = cls(
            translation_keys,
            translations,
            locales,
            tags,
        )

        branch_comparison.additional_properties = d
        return branch_comparison

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
from ..models.branch_comparison_diff import BranchComparisonDiff
