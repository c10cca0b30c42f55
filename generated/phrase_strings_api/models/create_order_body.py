from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderBody")


@_attrs_define
class CreateOrderBody:
    """Request body of create_order: Create a translation order."""

    name: str
    """ Name of the order; by default it is named after the current date and time """
    lsp: str
    """ Language service provider that handles the order; one of gengo, textmaster """
    branch: str | Unset = UNSET
    """ Name of the branch to work on; omit it to use the main project """
    source_locale_id: str | Unset = UNSET
    """ Locale to translate from, given by ID (preferred) or name """
    target_locale_ids: list[str] | Unset = UNSET
    """ Locales to translate into, given by ID (preferred) or name """
    translation_type: str | Unset = UNSET
    """ Quality level, which depends on the provider: standard or pro for Gengo; regular, premium or enterprise for
    TextMaster """
    tag: str | Unset = UNSET
    """ Only order translations for keys carrying this tag """
    message: str | Unset = UNSET
    """ Note shown to the translators describing the work """
    styleguide_id: str | Unset = UNSET
    """ ID of a style guide to send to the translators with the order """
    unverify_translations_upon_delivery: bool | Unset = UNSET
    """ Mark delivered translations as unverified """
    include_untranslated_keys: bool | Unset = UNSET
    """ Include keys that have no translation yet in the chosen target locales """
    include_unverified_translations: bool | Unset = UNSET
    """ Include keys whose translations in the chosen target locales are unverified """
    category: str | Unset = UNSET
    """ TextMaster category ID such as C001; required when the provider is TextMaster """
    quality: bool | Unset = UNSET
    """ Add an extra proofreading pass for consistent vocabulary and style; TextMaster only """
    priority: bool | Unset = UNSET
    """ Order priority handling, which shortens turnaround by 30%; TextMaster only """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        lsp = self.lsp

        branch = self.branch

        source_locale_id = self.source_locale_id

        target_locale_ids: list[str] | Unset = UNSET
        if not isinstance(self.target_locale_ids, Unset):
            target_locale_ids = self.target_locale_ids

        translation_type = self.translation_type

        tag = self.tag

        message = self.message

        styleguide_id = self.styleguide_id

        unverify_translations_upon_delivery = self.unverify_translations_upon_delivery

        include_untranslated_keys = self.include_untranslated_keys

        include_unverified_translations = self.include_unverified_translations

        category = self.category

        quality = self.quality

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "lsp": lsp,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch
        if source_locale_id is not UNSET:
            field_dict["source_locale_id"] = source_locale_id
        if target_locale_ids is not UNSET:
            field_dict["target_locale_ids"] = target_locale_ids
        if translation_type is not UNSET:
            field_dict["translation_type"] = translation_type
        if tag is not UNSET:
            field_dict["tag"] = tag
        if message is not UNSET:
            field_dict["message"] = message
        if styleguide_id is not UNSET:
            field_dict["styleguide_id"] = styleguide_id
        if unverify_translations_upon_delivery is not UNSET:
            field_dict["unverify_translations_upon_delivery"] = (
                unverify_translations_upon_delivery
            )
        if include_untranslated_keys is not UNSET:
            field_dict["include_untranslated_keys"] = include_untranslated_keys
        if include_unverified_translations is not UNSET:
            field_dict["include_unverified_translations"] = (
                include_unverified_translations
            )
        if category is not UNSET:
            field_dict["category"] = category
        if quality is not UNSET:
            field_dict["quality"] = quality
        if priority is not UNSET:
            field_dict["priority"] = priority

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

            lsp = d.pop("lsp")

            branch = d.pop("branch", UNSET)

            source_locale_id = d.pop("source_locale_id", UNSET)

            target_locale_ids: list[str] | Unset = d.pop("target_locale_ids", UNSET)

            translation_type = d.pop("translation_type", UNSET)

            tag = d.pop("tag", UNSET)

            message = d.pop("message", UNSET)

            styleguide_id = d.pop("styleguide_id", UNSET)

            unverify_translations_upon_delivery = d.pop(
                "unverify_translations_upon_delivery", UNSET
            )

            include_untranslated_keys = d.pop("include_untranslated_keys", UNSET)

            include_unverified_translations = d.pop(
                "include_unverified_translations", UNSET
            )

            category = d.pop("category", UNSET)

            quality = d.pop("quality", UNSET)

            priority = d.pop("priority", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_order_body = cls(
            name,
            lsp,
            branch,
            source_locale_id,
            target_locale_ids,
            translation_type,
            tag,
            message,
            styleguide_id,
            unverify_translations_upon_delivery,
            include_untranslated_keys,
            include_unverified_translations,
            category,
            quality,
            priority,
        )

        create_order_body.additional_properties = d
        return create_order_body

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
