from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLocaleBody")


@_attrs_define
class CreateLocaleBody:
    """Request body of create_locale: Add a locale to a project."""

    name: str
    """ Display name of the locale """
    code: str
    """ ISO code of the locale, e.g. de-DE """
    branch: str | Unset = UNSET
    """ Name of the branch to operate on """
    default: bool | Unset = UNSET
    """ Make this the project's default locale; the locale that was default before loses that status """
    main: bool | Unset = UNSET
    """ Mark the locale as a main locale, a concept used by the verification system """
    rtl: bool | Unset = UNSET
    """ Whether the language is written right to left """
    source_locale_id: str | Unset = UNSET
    """ Locale to translate from, given by ID (preferred) or name """
    fallback_locale_id: str | Unset = UNSET
    """ Locale, by ID or name, whose translations stand in for empty ones """
    unverify_new_translations: bool | Unset = UNSET
    """ Mark newly added translations in this locale as unverified (advanced workflows feature) """
    unverify_updated_translations: bool | Unset = UNSET
    """ Mark changed translations in this locale as unverified (advanced workflows feature) """
    autotranslate: bool | Unset = UNSET
    """ Fetch translations for the locale automatically as soon as it is created """
    language_ai_profile: str | Unset = UNSET
    """ Language AI profile used for this locale """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code = self.code

        branch = self.branch

        default = self.default

        main = self.main

        rtl = self.rtl

        source_locale_id = self.source_locale_id

        fallback_locale_id = self.fallback_locale_id

        unverify_new_translations = self.unverify_new_translations

        unverify_updated_translations = self.unverify_updated_translations

        autotranslate = self.autotranslate

        language_ai_profile = self.language_ai_profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "code": code,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch
        if default is not UNSET:
            field_dict["default"] = default
        if main is not UNSET:
            field_dict["main"] = main
        if rtl is not UNSET:
            field_dict["rtl"] = rtl
        if source_locale_id is not UNSET:
            field_dict["source_locale_id"] = source_locale_id
        if fallback_locale_id is not UNSET:
            field_dict["fallback_locale_id"] = fallback_locale_id
        if unverify_new_translations is not UNSET:
            field_dict["unverify_new_translations"] = unverify_new_translations
        if unverify_updated_translations is not UNSET:
            field_dict["unverify_updated_translations"] = unverify_updated_translations
        if autotranslate is not UNSET:
            field_dict["autotranslate"] = autotranslate
        if language_ai_profile is not UNSET:
            field_dict["language_ai_profile"] = language_ai_profile

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

            code = d.pop("code")

            branch = d.pop("branch", UNSET)

            default = d.pop("default", UNSET)

            main = d.pop("main", UNSET)

            rtl = d.pop("rtl", UNSET)

            source_locale_id = d.pop("source_locale_id", UNSET)

            fallback_locale_id = d.pop("fallback_locale_id", UNSET)

            unverify_new_translations = d.pop("unverify_new_translations", UNSET)

            unverify_updated_translations = d.pop(
                "unverify_updated_translations", UNSET
            )

            autotranslate = d.pop("autotranslate", UNSET)

            language_ai_profile = d.pop("language_ai_profile", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_locale_body = cls(
            name,
            code,
            branch,
            default,
            main,
            rtl,
            source_locale_id,
            fallback_locale_id,
            unverify_new_translations,
            unverify_updated_translations,
            autotranslate,
            language_ai_profile,
        )

        create_locale_body.additional_properties = d
        return create_locale_body

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
