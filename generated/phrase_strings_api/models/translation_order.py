from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranslationOrder")


@_attrs_define
class TranslationOrder:
    """An order for professional translation placed with a language service provider."""

    id: str
    """ Unique identifier of the order """
    message: str
    """ Notes for the translators """
    state: str
    """ Current status of the order """
    created_at: datetime.datetime
    """ Timestamp at which the order was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the order """
    name: str | Unset = UNSET
    """ Name of the order """
    lsp: str | Unset = UNSET
    """ Language service provider handling the order """
    amount_in_cents: int | Unset = UNSET
    """ Price of the order in cents """
    currency: str | Unset = UNSET
    """ Currency of the price """
    translation_type: str | Unset = UNSET
    """ Type or level of translation ordered """
    progress_percent: int | Unset = UNSET
    """ How far along the order is, as a percentage """
    source_locale: LocalePreview | None | Unset = UNSET
    """ Locale to translate from """
    target_locales: list[LocalePreview] | None | Unset = UNSET
    """ Locales to translate into """
    tag: str | Unset = UNSET
    """ Tag that marks the keys included in the order """
    styleguide: None | StyleguidePreview | Unset = UNSET
    """ Style guide the translators should follow """
    unverify_translations_upon_delivery: bool | Unset = UNSET
    """ Whether delivered translations are flagged as unverified """
    quality: bool | Unset = UNSET
    """ Whether an extra quality check was ordered """
    priority: bool | Unset = UNSET
    """ Whether the order was placed as a priority order """
    tag_name: str | Unset = UNSET
    """ Tag whose keys the order covers """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message

        state = self.state

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        name = self.name

        lsp = self.lsp

        amount_in_cents = self.amount_in_cents

        currency = self.currency

        translation_type = self.translation_type

        progress_percent = self.progress_percent

        source_locale: dict[str, Any] | None | Unset
        if isinstance(self.source_locale, Unset):
            source_locale = UNSET
        elif isinstance(self.source_locale, LocalePreview):
            source_locale = self.source_locale.to_dict()
        else:
            source_locale = self.source_locale

        target_locales: list[dict[str, Any]] | None | Unset
        if isinstance(self.target_locales, Unset):
            target_locales = UNSET
        elif isinstance(self.target_locales, list):
            target_locales = []
            for target_locales_type_0_item_data in self.target_locales:
                target_locales_type_0_item = target_locales_type_0_item_data.to_dict()
                target_locales.append(target_locales_type_0_item)

        else:
            target_locales = self.target_locales

        tag = self.tag

        styleguide: dict[str, Any] | None | Unset
        if isinstance(self.styleguide, Unset):
            styleguide = UNSET
        elif isinstance(self.styleguide, StyleguidePreview):
            styleguide = self.styleguide.to_dict()
        else:
            styleguide = self.styleguide

        unverify_translations_upon_delivery = self.unverify_translations_upon_delivery

        quality = self.quality

        priority = self.priority

        tag_name = self.tag_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
                "state": state,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if lsp is not UNSET:
            field_dict["lsp"] = lsp
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if translation_type is not UNSET:
            field_dict["translation_type"] = translation_type
        if progress_percent is not UNSET:
            field_dict["progress_percent"] = progress_percent
        if source_locale is not UNSET:
            field_dict["source_locale"] = source_locale
        if target_locales is not UNSET:
            field_dict["target_locales"] = target_locales
        if tag is not UNSET:
            field_dict["tag"] = tag
        if styleguide is not UNSET:
            field_dict["styleguide"] = styleguide
        if unverify_translations_upon_delivery is not UNSET:
            field_dict["unverify_translations_upon_delivery"] = (
                unverify_translations_upon_delivery
            )
        if quality is not UNSET:
            field_dict["quality"] = quality
        if priority is not UNSET:
            field_dict["priority"] = priority
        if tag_name is not UNSET:
            field_dict["tag_name"] = tag_name

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

            message = d.pop("message")

            state = d.pop("state")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            name = d.pop("name", UNSET)

            lsp = d.pop("lsp", UNSET)

            amount_in_cents = d.pop("amount_in_cents", UNSET)

            currency = d.pop("currency", UNSET)

            translation_type = d.pop("translation_type", UNSET)

            progress_percent = d.pop("progress_percent", UNSET)

            _source_locale: Any = d.pop("source_locale", UNSET)
            source_locale: LocalePreview | None | Unset = _source_locale
            if isinstance(_source_locale, dict):
                try:
                    source_locale_type_0 = LocalePreview.from_dict(_source_locale)

                    source_locale = source_locale_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _target_locales: Any = d.pop("target_locales", UNSET)
            target_locales: list[LocalePreview] | None | Unset = _target_locales
            if isinstance(_target_locales, list):
                try:
                    target_locales_type_0 = []
                    _target_locales_type_0 = _target_locales
                    for target_locales_type_0_item_data in _target_locales_type_0:
                        target_locales_type_0_item = LocalePreview.from_dict(
                            target_locales_type_0_item_data
                        )

                        target_locales_type_0.append(target_locales_type_0_item)

                    target_locales = target_locales_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            tag = d.pop("tag", UNSET)

            _styleguide: Any = d.pop("styleguide", UNSET)
            styleguide: None | StyleguidePreview | Unset = _styleguide
            if isinstance(_styleguide, dict):
                try:
                    styleguide_type_0 = StyleguidePreview.from_dict(_styleguide)

                    styleguide = styleguide_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            unverify_translations_upon_delivery = d.pop(
                "unverify_translations_upon_delivery", UNSET
            )

            quality = d.pop("quality", UNSET)

            priority = d.pop("priority", UNSET)

            tag_name = d.pop("tag_name", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        translation_order = cls(
            id,
            message,
            state,
            created_at,
            updated_at,
            name,
            lsp,
            amount_in_cents,
            currency,
            translation_type,
            progress_percent,
            source_locale,
            target_locales,
            tag,
            styleguide,
            unverify_translations_upon_delivery,
            quality,
            priority,
            tag_name,
        )

        translation_order.additional_properties = d
        return translation_order

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
from ..models.styleguide_preview import StyleguidePreview
