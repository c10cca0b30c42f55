from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectReport")


@_attrs_define
class ProjectReport:
    """Aggregate counts describing the translation status of a project."""

    locales_count: int | Unset = UNSET
    """ Number of locales in the project """
    keys_count: int | Unset = UNSET
    """ Number of translation keys in the project """
    translations_count: int | Unset = UNSET
    """ Number of translations in the project """
    untranslated_keys_count: int | Unset = UNSET
    """ Number of keys still missing a translation """
    unverified_translations_count: int | Unset = UNSET
    """ Number of translations marked as unverified """
    reviewed_translations_count: int | Unset = UNSET
    """ Number of translations that have been reviewed """
    managed_words_count: int | Unset = UNSET
    """ Number of words managed in the project """
    project: None | ProjectShort | Unset = UNSET
    """ The project the report covers """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locales_count = self.locales_count

        keys_count = self.keys_count

        translations_count = self.translations_count

        untranslated_keys_count = self.untranslated_keys_count

        unverified_translations_count = self.unverified_translations_count

        reviewed_translations_count = self.reviewed_translations_count

        managed_words_count = self.managed_words_count

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, ProjectShort):
            project = self.project.to_dict()
        else:
            project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locales_count is not UNSET:
            field_dict["locales_count"] = locales_count
        if keys_count is not UNSET:
            field_dict["keys_count"] = keys_count
        if translations_count is not UNSET:
            field_dict["translations_count"] = translations_count
        if untranslated_keys_count is not UNSET:
            field_dict["untranslated_keys_count"] = untranslated_keys_count
        if unverified_translations_count is not UNSET:
            field_dict["unverified_translations_count"] = unverified_translations_count
        if reviewed_translations_count is not UNSET:
            field_dict["reviewed_translations_count"] = reviewed_translations_count
        if managed_words_count is not UNSET:
            field_dict["managed_words_count"] = managed_words_count
        if project is not UNSET:
            field_dict["project"] = project

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
        locales_count = d.pop("locales_count", UNSET)

        keys_count = d.pop("keys_count", UNSET)

        translations_count = d.pop("translations_count", UNSET)

        untranslated_keys_count = d.pop("untranslated_keys_count", UNSET)

        unverified_translations_count = d.pop("unverified_translations_count", UNSET)

        reviewed_translations_count = d.pop("reviewed_translations_count", UNSET)

        managed_words_count = d.pop("managed_words_count", UNSET)

        _project: Any = d.pop("project", UNSET)
        project: None | ProjectShort | Unset = _project
        if isinstance(_project, dict):
            try:
                project_type_0 = ProjectShort.from_dict(_project)

                project = project_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        project_report = cls(
            locales_count,
            keys_count,
            translations_count,
            untranslated_keys_count,
            unverified_translations_count,
            reviewed_translations_count,
            managed_words_count,
            project,
        )

        project_report.additional_properties = d
        return project_report

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
from ..models.project_short import ProjectShort
