from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateStyleGuideBody")


@_attrs_define
class CreateStyleGuideBody:
    """Request body of create_style_guide: Add a style guide to a project."""

    title: str
    """ Name of the style guide """
    audience: str | Unset = UNSET
    """ Free-text description of who the content is written for """
    target_audience: str | Unset = UNSET
    """ Age group of the readers; one of not_specified, children, teenager, young_adults, adults, old_adults """
    grammatical_person: str | Unset = UNSET
    """ Grammatical person to write in; one of not_specified, first_person_singular, second_person_singular,
    third_person_singular_masculine, third_person_singular_feminine, third_person_singular_neuter,
    first_person_plural, second_person_plural, third_person_plural """
    vocabulary_type: str | Unset = UNSET
    """ Kind of vocabulary to use; one of not_specified, popular, technical, fictional """
    business: str | Unset = UNSET
    """ What the business does, as background for translators """
    company_branding: str | Unset = UNSET
    """ Brand conventions that translations should keep consistent """
    formatting: str | Unset = UNSET
    """ Formatting rules and limits on character counts """
    glossary_terms: str | Unset = UNSET
    """ Words and phrases that must always be translated the same way """
    grammar_consistency: str | Unset = UNSET
    """ Grammar rules to keep consistent, such as formal or informal address, verb forms and grammatical gender """
    literal_translation: str | Unset = UNSET
    """ How closely to follow the source; one of Cultural/Conversational, Literal, Neutral """
    overall_tone: str | Unset = UNSET
    """ Tone the translations should have """
    samples: str | Unset = UNSET
    """ Reference material for translators, such as links to sample pages or earlier translations """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        audience = self.audience

        target_audience = self.target_audience

        grammatical_person = self.grammatical_person

        vocabulary_type = self.vocabulary_type

        business = self.business

        company_branding = self.company_branding

        formatting = self.formatting

        glossary_terms = self.glossary_terms

        grammar_consistency = self.grammar_consistency

        literal_translation = self.literal_translation

        overall_tone = self.overall_tone

        samples = self.samples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if audience is not UNSET:
            field_dict["audience"] = audience
        if target_audience is not UNSET:
            field_dict["target_audience"] = target_audience
        if grammatical_person is not UNSET:
            field_dict["grammatical_person"] = grammatical_person
        if vocabulary_type is not UNSET:
            field_dict["vocabulary_type"] = vocabulary_type
        if business is not UNSET:
            field_dict["business"] = business
        if company_branding is not UNSET:
            field_dict["company_branding"] = company_branding
        if formatting is not UNSET:
            field_dict["formatting"] = formatting
        if glossary_terms is not UNSET:
            field_dict["glossary_terms"] = glossary_terms
        if grammar_consistency is not UNSET:
            field_dict["grammar_consistency"] = grammar_consistency
        if literal_translation is not UNSET:
            field_dict["literal_translation"] = literal_translation
        if overall_tone is not UNSET:
            field_dict["overall_tone"] = overall_tone
        if samples is not UNSET:
            field_dict["samples"] = samples

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
            title = d.pop("title")

            audience = d.pop("audience", UNSET)

            target_audience = d.pop("target_audience", UNSET)

            grammatical_person = d.pop("grammatical_person", UNSET)

            vocabulary_type = d.pop("vocabulary_type", UNSET)

            business = d.pop("business", UNSET)

            company_branding = d.pop("company_branding", UNSET)

            formatting = d.pop("formatting", UNSET)

            glossary_terms = d.pop("glossary_terms", UNSET)

            grammar_consistency = d.pop("grammar_consistency", UNSET)

            literal_translation = d.pop("literal_translation", UNSET)

            overall_tone = d.pop("overall_tone", UNSET)

            samples = d.pop("samples", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_style_guide_body = cls(
            title,
            audience,
            target_audience,
            grammatical_person,
            vocabulary_type,
            business,
            company_branding,
            formatting,
            glossary_terms,
            grammar_consistency,
            literal_translation,
            overall_tone,
            samples,
        )

        create_style_guide_body.additional_properties = d
        return create_style_guide_body

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
