from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError

T = TypeVar("T", bound="Locale")


@_attrs_define
class Locale:
    id: str
    name: str
    code: str
    default: bool
    main: bool
    rtl: bool
    plural_forms: list[str]
    source_locale: LocaleSourceLocale | None
    fallback_locale: LocaleFallbackLocale | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        code = self.code

        default = self.default

        main = self.main

        rtl = self.rtl

        plural_forms = self.plural_forms

        source_locale: dict[str, Any] | None
        if isinstance(self.source_locale, LocaleSourceLocale):
            source_locale = self.source_locale.to_dict()
        else:
            source_locale = self.source_locale

        fallback_locale: dict[str, Any] | None
        if isinstance(self.fallback_locale, LocaleFallbackLocale):
            fallback_locale = self.fallback_locale.to_dict()
        else:
            fallback_locale = self.fallback_locale

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "code": code,
                "default": default,
                "main": main,
                "rtl": rtl,
                "plural_forms": plural_forms,
                "source_locale": source_locale,
                "fallback_locale": fallback_locale,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

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

            default = d.pop("default")

            main = d.pop("main")

            rtl = d.pop("rtl")

            plural_forms: list[str] = d.pop("plural_forms")

            _source_locale: Any = d.pop("source_locale")
            source_locale: LocaleSourceLocale | None = _source_locale
            if isinstance(_source_locale, dict):
                try:
                    source_locale_type_0 = LocaleSourceLocale.from_dict(_source_locale)

                    source_locale = source_locale_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _fallback_locale: Any = d.pop("fallback_locale")
            fallback_locale: LocaleFallbackLocale | None = _fallback_locale
            if isinstance(_fallback_locale, dict):
                try:
                    fallback_locale_type_0 = LocaleFallbackLocale.from_dict(
                        _fallback_locale
                    )

                    fallback_locale = fallback_locale_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            created_at = datetime.datetime.fromisoformat(
                d.pop("created_at").replace(" UTC", "+00:00")
            )

            updated_at = datetime.datetime.fromisoformat(
                d.pop("updated_at").replace(" UTC", "+00:00")
            )

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        locale = cls(
            id,
            name,
            code,
            default,
            main,
            rtl,
            plural_forms,
            source_locale,
            fallback_locale,
            created_at,
            updated_at,
        )

        locale.additional_properties = d
        return locale

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
from ..models.locale_fallback_locale import LocaleFallbackLocale
from ..models.locale_source_locale import LocaleSourceLocale
