from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchAccountResponse200")


@_attrs_define
class SearchAccountResponse200:
    query: str | Unset = UNSET
    excerpt: str | Unset = UNSET
    key: KeyPreview | Unset = UNSET
    """ A compact reference to a translation key. """
    locale: LocalePreview | Unset = UNSET
    """ A compact reference to a locale. """
    project: Project | Unset = UNSET
    """ A translation project grouping keys, locales and their translations. """
    translation: Translation | Unset = UNSET
    """ The text of one key in one locale. """
    other_translations: list[Translation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        excerpt = self.excerpt

        key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key, Unset):
            key = self.key.to_dict()

        locale: dict[str, Any] | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = self.locale.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        translation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.translation, Unset):
            translation = self.translation.to_dict()

        other_translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_translations, Unset):
            other_translations = []
            for other_translations_item_data in self.other_translations:
                other_translations_item = other_translations_item_data.to_dict()
                other_translations.append(other_translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query is not UNSET:
            field_dict["query"] = query
        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt
        if key is not UNSET:
            field_dict["key"] = key
        if locale is not UNSET:
            field_dict["locale"] = locale
        if project is not UNSET:
            field_dict["project"] = project
        if translation is not UNSET:
            field_dict["translation"] = translation
        if other_translations is not UNSET:
            field_dict["other_translations"] = other_translations

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
        query = d.pop("query", UNSET)

        excerpt = d.pop("excerpt", UNSET)

        _key = d.pop("key", UNSET)
        key: KeyPreview | Unset
        if isinstance(_key, Unset):
            key = UNSET
        else:
            key = KeyPreview.from_dict(_key)

        _locale = d.pop("locale", UNSET)
        locale: LocalePreview | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = LocalePreview.from_dict(_locale)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _translation = d.pop("translation", UNSET)
        translation: Translation | Unset
        if isinstance(_translation, Unset):
            translation = UNSET
        else:
            translation = Translation.from_dict(_translation)

        _other_translations = d.pop("other_translations", UNSET)
        other_translations: list[Translation] | Unset = UNSET
        if _other_translations is not UNSET:
            other_translations = []
            for other_translations_item_data in _other_translations:
                other_translations_item = Translation.from_dict(
                    other_translations_item_data
                )

                other_translations.append(other_translations_item)

        search_account_response_200 = cls(
            query,
            excerpt,
            key,
            locale,
            project,
            translation,
            other_translations,
        )

        search_account_response_200.additional_properties = d
        return search_account_response_200

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
from ..models.key_preview import KeyPreview
from ..models.locale_preview import LocalePreview
from ..models.project import Project
from ..models.translation import Translation
