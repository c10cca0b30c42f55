from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocaleReport")


@_attrs_define
class LocaleReport:
    """Translation progress figures for one locale of a project."""

    keys_count: int | Unset = UNSET
    """ Number of keys considered """
    translated_translations_percentage: float | Unset = UNSET
    """ Share of translations that are done, as a percentage """
    unverified_translations_percentage: float | Unset = UNSET
    """ Share of translations marked as unverified, as a percentage """
    reviewed_translations_percentage: float | Unset = UNSET
    """ Share of translations that were reviewed, as a percentage """
    untranslated_keys_percentage: float | Unset = UNSET
    """ Share of keys without a translation, as a percentage """
    completed_translations_count: int | Unset = UNSET
    """ Number of finished translations """
    untranslated_keys_count: int | Unset = UNSET
    """ Number of keys without a translation """
    unverified_translations_count: int | Unset = UNSET
    """ Number of translations marked as unverified """
    reviewed_translations_count: int | Unset = UNSET
    """ Number of reviewed translations """
    source_word_count: int | Unset = UNSET
    """ Number of words in the source content """
    word_count: int | Unset = UNSET
    """ Number of words in this locale """
    word_count_unverified: int | Unset = UNSET
    """ Number of words in unverified translations """
    word_count_missing: int | Unset = UNSET
    """ Number of words still to be translated """
    locale: LocalePreview | None | Unset = UNSET
    """ The locale the figures refer to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys_count = self.keys_count

        translated_translations_percentage = self.translated_translations_percentage

        unverified_translations_percentage = self.unverified_translations_percentage

        reviewed_translations_percentage = self.reviewed_translations_percentage

        untranslated_keys_percentage = self.untranslated_keys_percentage

        completed_translations_count = self.completed_translations_count

        untranslated_keys_count = self.untranslated_keys_count

        unverified_translations_count = self.unverified_translations_count

        reviewed_translations_count = self.reviewed_translations_count

        source_word_count = self.source_word_count

        word_count = self.word_count

        word_count_unverified = self.word_count_unverified

        word_count_missing = self.word_count_missing

        locale: dict[str, Any] | None | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, LocalePreview):
            locale = self.locale.to_dict()
        else:
            locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keys_count is not UNSET:
            field_dict["keys_count"] = keys_count
        if translated_translations_percentage is not UNSET:
            field_dict["translated_translations_percentage"] = (
                translated_translations_percentage
            )
        if unverified_translations_percentage is not UNSET:
            field_dict["unverified_translations_percentage"] = (
                unverified_translations_percentage
            )
        if reviewed_translations_percentage is not UNSET:
            field_dict["reviewed_translations_percentage"] = (
                reviewed_translations_percentage
            )
        if untranslated_keys_percentage is not UNSET:
            field_dict["untranslated_keys_percentage"] = untranslated_keys_percentage
        if completed_translations_count is not UNSET:
            field_dict["completed_translations_count"] = completed_translations_count
        if untranslated_keys_count is not UNSET:
            field_dict["untranslated_keys_count"] = untranslated_keys_count
        if unverified_translations_count is not UNSET:
            field_dict["unverified_translations_count"] = unverified_translations_count
        if reviewed_translations_count is not UNSET:
            field_dict["reviewed_translations_count"] = reviewed_translations_count
        if source_word_count is not UNSET:
            field_dict["source_word_count"] = source_word_count
        if word_count is not UNSET:
            field_dict["word_count"] = word_count
        if word_count_unverified is not UNSET:
            field_dict["word_count_unverified"] = word_count_unverified
        if word_count_missing is not UNSET:
            field_dict["word_count_missing"] = word_count_missing
        if locale is not UNSET:
            field_dict["locale"] = locale

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
        keys_count = d.pop("keys_count", UNSET)

        translated_translations_percentage = d.pop(
            "translated_translations_percentage", UNSET
        )

        unverified_translations_percentage = d.pop(
            "unverified_translations_percentage", UNSET
        )

        reviewed_translations_percentage = d.pop(
            "reviewed_translations_percentage", UNSET
        )

        untranslated_keys_percentage = d.pop("untranslated_keys_percentage", UNSET)

        completed_translations_count = d.pop("completed_translations_count", UNSET)

        untranslated_keys_count = d.pop("untranslated_keys_count", UNSET)

        unverified_translations_count = d.pop("unverified_translations_count", UNSET)

        reviewed_translations_count = d.pop("reviewed_translations_count", UNSET)

        source_word_count = d.pop("source_word_count", UNSET)

        word_count = d.pop("word_count", UNSET)

        word_count_unverified = d.pop("word_count_unverified", UNSET)

        word_count_missing = d.pop("word_count_missing", UNSET)

        _locale: Any = d.pop("locale", UNSET)
        locale: LocalePreview | None | Unset = _locale
        if isinstance(_locale, dict):
            try:
                locale_type_0 = LocalePreview.from_dict(_locale)

                locale = locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        locale_report = cls(
            keys_count,
            translated_translations_percentage,
            unverified_translations_percentage,
            reviewed_translations_percentage,
            untranslated_keys_percentage,
            completed_translations_count,
            untranslated_keys_count,
            unverified_translations_count,
            reviewed_translations_count,
            source_word_count,
            word_count,
            word_count_unverified,
            word_count_missing,
            locale,
        )

        locale_report.additional_properties = d
        return locale_report

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
from ..models.locale_preview import LocalePreview
