from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="StyleguideDetails")


@_attrs_define
class StyleguideDetails:
    """Extends styleguide with its full content."""

    id: str
    """ Unique identifier of the style guide """
    title: str
    """ Title of the style guide """
    created_at: datetime.datetime
    """ Timestamp at which the style guide was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the style guide """
    public_url: str | Unset = UNSET
    """ Public address where the style guide can be read """
    audience: str | Unset = UNSET
    """ Who the translated content is written for """
    target_audience: str | Unset = UNSET
    """ Category of the intended audience """
    grammatical_person: str | Unset = UNSET
    """ Grammatical person to write in """
    vocabulary_type: str | Unset = UNSET
    """ Type of vocabulary to use """
    business: str | Unset = UNSET
    """ Description of the business """
    company_branding: str | Unset = UNSET
    """ Guidance on company branding """
    formatting: str | Unset = UNSET
    """ Guidance on formatting """
    glossary_terms: str | Unset = UNSET
    """ Guidance on terminology """
    grammar_consistency: str | Unset = UNSET
    """ Guidance on consistent grammar """
    literal_translation: str | Unset = UNSET
    """ Guidance on how literally to translate """
    overall_tone: str | Unset = UNSET
    """ Desired overall tone """
    samples: str | Unset = UNSET
    """ Example texts """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        public_url = self.public_url

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
                "id": id,
                "title": title,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if public_url is not UNSET:
            field_dict["public_url"] = public_url
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
            id = d.pop("id")

            title = d.pop("title")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            public_url = d.pop("public_url", UNSET)

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
        styleguide_details = cls(
            id,
            title,
            created_at,
            updated_at,
            public_url,
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

        styleguide_details.additional_properties = d
        return styleguide_details

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
