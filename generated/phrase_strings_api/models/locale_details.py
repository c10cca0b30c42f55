from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocaleDetails")


@_attrs_define
class LocaleDetails:
    """Extends locale with translation statistics."""

    id: str
    """ Unique identifier of the locale """
    name: str
    """ Name of the locale """
    code: str
    """ Language or region code of the locale """
    created_at: datetime.datetime
    """ Timestamp at which the locale was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the locale """
    default: bool | Unset = UNSET
    """ True if this is the project's default locale """
    main: bool | Unset = UNSET
    """ True if this locale is a main locale """
    rtl: bool | Unset = UNSET
    """ True if the language is written right to left """
    plural_forms: list[str] | None | Unset = UNSET
    """ Plural categories the locale uses """
    ordinal_plural_forms: list[str] | None | Unset = UNSET
    """ Ordinal plural categories the locale uses """
    source_locale: LocalePreview | None | Unset = UNSET
    """ Locale that serves as the source for translating this one """
    fallback_locale: LocalePreview | None | Unset = UNSET
    """ Locale whose content is used when a translation is missing here """
    language_ai_profile: str | Unset = UNSET
    """ Language AI profile used for this locale """
    statistics: LocaleStatistics | None | Unset = UNSET
    """ Key, word and translation counts for the locale """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        code = self.code

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        default = self.default

        main = self.main

        rtl = self.rtl

        plural_forms: list[str] | None | Unset
        if isinstance(self.plural_forms, Unset):
            plural_forms = UNSET
        elif isinstance(self.plural_forms, list):
            plural_forms = self.plural_forms

        else:
            plural_forms = self.plural_forms

        ordinal_plural_forms: list[str] | None | Unset
        if isinstance(self.ordinal_plural_forms, Unset):
            ordinal_plural_forms = UNSET
        elif isinstance(self.ordinal_plural_forms, list):
            ordinal_plural_forms = self.ordinal_plural_forms

        else:
            ordinal_plural_forms = self.ordinal_plural_forms

        source_locale: dict[str, Any] | None | Unset
        if isinstance(self.source_locale, Unset):
            source_locale = UNSET
        elif isinstance(self.source_locale, LocalePreview):
            source_locale = self.source_locale.to_dict()
        else:
            source_locale = self.source_locale

        fallback_locale: dict[str, Any] | None | Unset
        if isinstance(self.fallback_locale, Unset):
            fallback_locale = UNSET
        elif isinstance(self.fallback_locale, LocalePreview):
            fallback_locale = self.fallback_locale.to_dict()
        else:
            fallback_locale = self.fallback_locale

        language_ai_profile = self.language_ai_profile

        statistics: dict[str, Any] | None | Unset
        if isinstance(self.statistics, Unset):
            statistics = UNSET
        elif isinstance(self.statistics, LocaleStatistics):
            statistics = self.statistics.to_dict()
        else:
            statistics = self.statistics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "code": code,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if default is not UNSET:
            field_dict["default"] = default
        if main is not UNSET:
            field_dict["main"] = main
        if rtl is not UNSET:
            field_dict["rtl"] = rtl
        if plural_forms is not UNSET:
            field_dict["plural_forms"] = plural_forms
        if ordinal_plural_forms is not UNSET:
            field_dict["ordinal_plural_forms"] = ordinal_plural_forms
        if source_locale is not UNSET:
            field_dict["source_locale"] = source_locale
        if fallback_locale is not UNSET:
            field_dict["fallback_locale"] = fallback_locale
        if language_ai_profile is not UNSET:
            field_dict["language_ai_profile"] = language_ai_profile
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

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

            code = d.pop("code")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            default = d.pop("default", UNSET)

            main = d.pop("main", UNSET)

            rtl = d.pop("rtl", UNSET)

            plural_forms: list[str] | None | Unset = d.pop("plural_forms", UNSET)

            ordinal_plural_forms: list[str] | None | Unset = d.pop(
                "ordinal_plural_forms", UNSET
            )

            _source_locale: Any = d.pop("source_locale", UNSET)
            source_locale: LocalePreview | None | Unset = _source_locale
            if isinstance(_source_locale, dict):
                try:
                    source_locale_type_0 = LocalePreview.from_dict(_source_locale)

                    source_locale = source_locale_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _fallback_locale: Any = d.pop("fallback_locale", UNSET)
            fallback_locale: LocalePreview | None | Unset = _fallback_locale
            if isinstance(_fallback_locale, dict):
                try:
                    fallback_locale_type_0 = LocalePreview.from_dict(_fallback_locale)

                    fallback_locale = fallback_locale_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            language_ai_profile = d.pop("language_ai_profile", UNSET)

            _statistics: Any = d.pop("statistics", UNSET)
            statistics: LocaleStatistics | None | Unset = _statistics
            if isinstance(_statistics, dict):
                try:
                    statistics_type_0 = LocaleStatistics.from_dict(_statistics)

                    statistics = statistics_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        locale_details = cls(
            id,
            name,
            code,
            created_at,
            updated_at,
            default,
            main,
            rtl,
            plural_forms,
            ordinal_plural_forms,
            source_locale,
            fallback_locale,
            language_ai_profile,
            statistics,
        )

        locale_details.additional_properties = d
        return locale_details

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
from ..models.locale_statistics import LocaleStatistics
