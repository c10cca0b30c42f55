from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._facade import join_tags
from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLocaleDownloadBody")


@_attrs_define
class CreateLocaleDownloadBody:
    """Request body of create_locale_download: Start an asynchronous locale download."""

    file_format: str
    """ Name of the file format to render """
    branch: str | Unset = UNSET
    """ Name of the branch to operate on """
    tags: str | Unset = _attrs_field(default=UNSET, converter=join_tags)
    """ Comma-separated tag names; only keys with these tags are exported """
    include_empty_translations: bool | Unset = UNSET
    """ Also export keys that have no translation """
    exclude_empty_zero_forms: bool | Unset = UNSET
    """ Whether empty zero forms of pluralized keys are left out """
    include_translated_keys: bool | Unset = UNSET
    """ Whether keys that already have a translation are exported; set it to false while include_empty_translations
    is true to get only untranslated keys """
    keep_notranslate_tags: bool | Unset = UNSET
    """ Keep [NOTRANSLATE] markers in the output """
    format_options: CreateLocaleDownloadBodyFormatOptions | Unset = UNSET
    """ Object of extra rendering options specific to the chosen format, given as option name and value pairs """
    encoding: str | Unset = UNSET
    """ Encoding to force on the file: UTF-8, UTF-16 or ISO-8859-1 """
    include_unverified_translations: bool | Unset = UNSET
    """ When false, unverified translations are left out """
    use_last_reviewed_version: bool | Unset = UNSET
    """ Export the most recently reviewed version of each translation; only available when the project uses the
    review workflow """
    locale_ids: list[str] | Unset = UNSET
    """ IDs or names of the locales to export """
    fallback_locale_id: str | Unset = UNSET
    """ ID of a locale whose translation is used when a key is untranslated in the exported locale. Requires
    include_empty_translations to be true; cannot be combined with use_locale_fallback """
    use_locale_fallback: bool | Unset = UNSET
    """ Fill untranslated keys from the fallback locale configured in the locale's settings. Requires
    include_empty_translations to be true; cannot be combined with fallback_locale_id """
    source_locale_id: str | Unset = UNSET
    """ Locale to write as the source language of the generated file; only honored when a tag identifying a job is
    also given """
    custom_metadata_filters: CreateLocaleDownloadBodyCustomMetadataFilters | Unset = (
        UNSET
    )
    """ Object mapping custom metadata field names to values; only keys whose metadata matches are exported """
    updated_since: str | Unset = UNSET
    """ ISO 8601 timestamp, e.g. 2023-01-01T00:00:00Z; only keys and translations changed after it are exported """
    fallback_for_unverified_translations: bool | Unset = UNSET
    """ With true, translations that are not final yet (unverified, or not reviewed in the review workflow) are
    exported as the fallback locale's text """
    translation_key_prefix: str | Unset = UNSET
    """ Prefix removed from key names in the file where possible (beware of keys that then share a name) """
    filter_by_prefix: bool | Unset = UNSET
    """ With true, only keys starting with translation_key_prefix are exported, without that prefix """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_format = self.file_format

        branch = self.branch

        tags = self.tags

        include_empty_translations = self.include_empty_translations

        exclude_empty_zero_forms = self.exclude_empty_zero_forms

        include_translated_keys = self.include_translated_keys

        keep_notranslate_tags = self.keep_notranslate_tags

        format_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_options, Unset):
            format_options = self.format_options.to_dict()

        encoding = self.encoding

        include_unverified_translations = self.include_unverified_translations

        use_last_reviewed_version = self.use_last_reviewed_version

        locale_ids: list[str] | Unset = UNSET
        if not isinstance(self.locale_ids, Unset):
            locale_ids = self.locale_ids

        fallback_locale_id = self.fallback_locale_id

        use_locale_fallback = self.use_locale_fallback

        source_locale_id = self.source_locale_id

        custom_metadata_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_metadata_filters, Unset):
            custom_metadata_filters = self.custom_metadata_filters.to_dict()

        updated_since = self.updated_since

        fallback_for_unverified_translations = self.fallback_for_unverified_translations

        translation_key_prefix = self.translation_key_prefix

        filter_by_prefix = self.filter_by_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_format": file_format,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch
        if tags is not UNSET:
            field_dict["tags"] = tags
        if include_empty_translations is not UNSET:
            field_dict["include_empty_translations"] = include_empty_translations
        if exclude_empty_zero_forms is not UNSET:
            field_dict["exclude_empty_zero_forms"] = exclude_empty_zero_forms
        if include_translated_keys is not UNSET:
            field_dict["include_translated_keys"] = include_translated_keys
        if keep_notranslate_tags is not UNSET:
            field_dict["keep_notranslate_tags"] = keep_notranslate_tags
        if format_options is not UNSET:
            field_dict["format_options"] = format_options
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if include_unverified_translations is not UNSET:
            field_dict["include_unverified_translations"] = (
                include_unverified_translations
            )
        if use_last_reviewed_version is not UNSET:
            field_dict["use_last_reviewed_version"] = use_last_reviewed_version
        if locale_ids is not UNSET:
            field_dict["locale_ids"] = locale_ids
        if fallback_locale_id is not UNSET:
            field_dict["fallback_locale_id"] = fallback_locale_id
        if use_locale_fallback is not UNSET:
            field_dict["use_locale_fallback"] = use_locale_fallback
        if source_locale_id is not UNSET:
            field_dict["source_locale_id"] = source_locale_id
        if custom_metadata_filters is not UNSET:
            field_dict["custom_metadata_filters"] = custom_metadata_filters
        if updated_since is not UNSET:
            field_dict["updated_since"] = updated_since
        if fallback_for_unverified_translations is not UNSET:
            field_dict["fallback_for_unverified_translations"] = (
                fallback_for_unverified_translations
            )
        if translation_key_prefix is not UNSET:
            field_dict["translation_key_prefix"] = translation_key_prefix
        if filter_by_prefix is not UNSET:
            field_dict["filter_by_prefix"] = filter_by_prefix

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
            file_format = d.pop("file_format")

            branch = d.pop("branch", UNSET)

            tags = d.pop("tags", UNSET)

            include_empty_translations = d.pop("include_empty_translations", UNSET)

            exclude_empty_zero_forms = d.pop("exclude_empty_zero_forms", UNSET)

            include_translated_keys = d.pop("include_translated_keys", UNSET)

            keep_notranslate_tags = d.pop("keep_notranslate_tags", UNSET)

            _format_options = d.pop("format_options", UNSET)
            format_options: CreateLocaleDownloadBodyFormatOptions | Unset
            if isinstance(_format_options, Unset):
                format_options = UNSET
            else:
                format_options = CreateLocaleDownloadBodyFormatOptions.from_dict(
                    _format_options
                )

            encoding = d.pop("encoding", UNSET)

            include_unverified_translations = d.pop(
                "include_unverified_translations", UNSET
            )

            use_last_reviewed_version = d.pop("use_last_reviewed_version", UNSET)

            locale_ids: list[str] | Unset = d.pop("locale_ids", UNSET)

            fallback_locale_id = d.pop("fallback_locale_id", UNSET)

            use_locale_fallback = d.pop("use_locale_fallback", UNSET)

            source_locale_id = d.pop("source_locale_id", UNSET)

            _custom_metadata_filters = d.pop("custom_metadata_filters", UNSET)
            custom_metadata_filters: (
                CreateLocaleDownloadBodyCustomMetadataFilters | Unset
            )
            if isinstance(_custom_metadata_filters, Unset):
                custom_metadata_filters = UNSET
            else:
                custom_metadata_filters = (
                    CreateLocaleDownloadBodyCustomMetadataFilters.from_dict(
                        _custom_metadata_filters
                    )
                )

            updated_since = d.pop("updated_since", UNSET)

            fallback_for_unverified_translations = d.pop(
                "fallback_for_unverified_translations", UNSET
            )

            translation_key_prefix = d.pop("translation_key_prefix", UNSET)

            filter_by_prefix = d.pop("filter_by_prefix", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_locale_download_body = cls(
            file_format,
            branch,
            tags,
            include_empty_translations,
            exclude_empty_zero_forms,
            include_translated_keys,
            keep_notranslate_tags,
            format_options,
            encoding,
            include_unverified_translations,
            use_last_reviewed_version,
            locale_ids,
            fallback_locale_id,
            use_locale_fallback,
            source_locale_id,
            custom_metadata_filters,
            updated_since,
            fallback_for_unverified_translations,
            translation_key_prefix,
            filter_by_prefix,
        )

        create_locale_download_body.additional_properties = d
        return create_locale_download_body

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
from ..models.create_locale_download_body_custom_metadata_filters import (
    CreateLocaleDownloadBodyCustomMetadataFilters,
)
from ..models.create_locale_download_body_format_options import (
    CreateLocaleDownloadBodyFormatOptions,
)
