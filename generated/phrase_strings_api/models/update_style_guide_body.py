from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateStyleGuideBody")


@_attrs_define
class UpdateStyleGuideBody:
    title: str | Unset = UNSET
    audience: str | Unset = UNSET
    target_audience: str | Unset = UNSET
    grammatical_person: str | Unset = UNSET
    vocabulary_type: str | Unset = UNSET
    business: str | Unset = UNSET
    company_branding: str | Unset = UNSET
    formatting: str | Unset = UNSET
    glossary_terms: str | Unset = UNSET
    grammar_consistency: str | Unset = UNSET
    literal_translation: str | Unset = UNSET
    overall_tone: str | Unset = UNSET
    samples: str | Unset = UNSET
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
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
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
        d = dict(src_dict)
        title = d.pop("title", UNSET)

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

        update_style_guide_body = cls(
            title=title,
            audience=audience,
            target_audience=target_audience,
            grammatical_person=grammatical_person,
            vocabulary_type=vocabulary_type,
            business=business,
            company_branding=company_branding,
            formatting=formatting,
            glossary_terms=glossary_terms,
            grammar_consistency=grammar_consistency,
            literal_translation=literal_translation,
            overall_tone=overall_tone,
            samples=samples,
        )

        update_style_guide_body.additional_properties = d
        return update_style_guide_body

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
