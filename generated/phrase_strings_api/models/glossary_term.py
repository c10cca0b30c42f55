from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="GlossaryTerm")


@_attrs_define
class GlossaryTerm:
    """A single term in a term base, with its translations."""

    id: str
    """ Unique identifier of the term """
    term: str
    """ The term text """
    created_at: datetime.datetime
    """ Timestamp at which the term was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the term """
    description: str | Unset = UNSET
    """ Explanation of the term or how to use it """
    translatable: bool | Unset = UNSET
    """ Whether the term may be translated; false means it stays as is """
    case_sensitive: bool | Unset = UNSET
    """ Whether matching the term respects letter case """
    translations: list[GlossaryTermTranslation] | None | Unset = UNSET
    """ Translations of the term into other locales """
    glossary: GlossaryTermGlossaryType0 | None | Unset = UNSET
    """ Term base the term belongs to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        term = self.term

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description = self.description

        translatable = self.translatable

        case_sensitive = self.case_sensitive

        translations: list[dict[str, Any]] | None | Unset
        if isinstance(self.translations, Unset):
            translations = UNSET
        elif isinstance(self.translations, list):
            translations = []
            for translations_type_0_item_data in self.translations:
                translations_type_0_item = translations_type_0_item_data.to_dict()
                translations.append(translations_type_0_item)

        else:
            translations = self.translations

        glossary: dict[str, Any] | None | Unset
        if isinstance(self.glossary, Unset):
            glossary = UNSET
        elif isinstance(self.glossary, GlossaryTermGlossaryType0):
            glossary = self.glossary.to_dict()
        else:
            glossary = self.glossary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "term": term,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if translatable is not UNSET:
            field_dict["translatable"] = translatable
        if case_sensitive is not UNSET:
            field_dict["case_sensitive"] = case_sensitive
        if translations is not UNSET:
            field_dict["translations"] = translations
        if glossary is not UNSET:
            field_dict["glossary"] = glossary

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

            term = d.pop("term")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            description = d.pop("description", UNSET)

            translatable = d.pop("translatable", UNSET)

            case_sensitive = d.pop("case_sensitive", UNSET)

            _translations: Any = d.pop("translations", UNSET)
            translations: list[GlossaryTermTranslation] | None | Unset = _translations
            if isinstance(_translations, list):
                try:
                    translations_type_0 = []
                    _translations_type_0 = _translations
                    for translations_type_0_item_data in _translations_type_0:
                        translations_type_0_item = GlossaryTermTranslation.from_dict(
                            translations_type_0_item_data
                        )

                        translations_type_0.append(translations_type_0_item)

                    translations = translations_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _glossary: Any = d.pop("glossary", UNSET)
            glossary: GlossaryTermGlossaryType0 | None | Unset = _glossary
            if isinstance(_glossary, dict):
                try:
                    glossary_type_0 = GlossaryTermGlossaryType0.from_dict(_glossary)

                    glossary = glossary_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        glossary_term = cls(
            id,
            term,
            created_at,
            updated_at,
            description,
            translatable,
            case_sensitive,
            translations,
            glossary,
        )

        glossary_term.additional_properties = d
        return glossary_term

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
from ..models.glossary_term_glossary_type_0 import GlossaryTermGlossaryType0
from ..models.glossary_term_translation import GlossaryTermTranslation
