from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._facade import join_tags
from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateUploadBody")


@_attrs_define
class CreateUploadBody:
    """Request body of create_upload: Upload a localization file."""

    file: File
    """ The file to import """
    file_format: str
    """ Format of the file; detected automatically when possible if left out """
    locale_id: str
    """ Locale of the file's content, given by ID (preferred) or name """
    branch: str | Unset = UNSET
    """ Name of the branch to work on; omit it to use the main project """
    tags: str | Unset = _attrs_field(default=UNSET, converter=join_tags)
    """ Comma-separated tags to attach to keys created by the upload """
    update_translations: bool | Unset = UNSET
    """ Overwrite existing translations with the file's content """
    update_custom_metadata: bool | Unset = True
    """ Apply custom metadata values from the file, which may change or remove existing values; an empty value
    removes that property. Defaults to true """
    update_translation_keys: bool | Unset = True
    """ Set to false so that no keys are created and existing keys stay unchanged. Defaults to true """
    update_translations_on_source_match: bool | Unset = False
    """ For multilingual files, update target translations only when the file's source text matches the stored
    source translation. Defaults to false """
    source_locale_id: str | Unset = UNSET
    """ Source locale of a multilingual file, given by ID (preferred) or name """
    update_descriptions: bool | Unset = UNSET
    """ Overwrite key descriptions with those from the file; empty descriptions in the file clear existing ones """
    convert_emoji: bool | Unset = UNSET
    """ Deprecated and no longer supported; sending it makes the request fail with a bad request error """
    skip_upload_tags: bool | Unset = UNSET
    """ Do not create the automatic upload tags """
    skip_unverification: bool | Unset = UNSET
    """ Leave updated translations verified instead of marking them unverified """
    file_encoding: str | Unset = UNSET
    """ Force the encoding used to read the file; one of UTF-8, UTF-16, ISO-8859-1 """
    locale_mapping: CreateUploadBodyLocaleMapping | Unset = UNSET
    """ Object mapping locale names to translation columns, needed by formats such as CSV and XLSX """
    format_options: CreateUploadBodyFormatOptions | Unset = UNSET
    """ Object of extra settings specific to the file format """
    autotranslate: bool | Unset = UNSET
    """ Fetch translations automatically for the uploaded locale """
    verify_mentioned_translations: bool | Unset = False
    """ Mark every translation contained in the upload as verified. Defaults to false """
    mark_reviewed: bool | Unset = UNSET
    """ Mark imported translations as reviewed; only available when the project uses the review workflow """
    tag_only_affected_keys: bool | Unset = False
    """ Tag only the keys the upload actually created or changed. Defaults to false """
    translation_key_prefix: str | Unset = UNSET
    """ Prefix added to the names of all uploaded keys to avoid name clashes """
    skip_automated_job_creation: bool | Unset = UNSET
    """ With true, the project's automations do not run for this upload, so it creates no jobs (default false) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        file_format = self.file_format

        locale_id = self.locale_id

        branch = self.branch

        tags = self.tags

        update_translations = self.update_translations

        update_custom_metadata = self.update_custom_metadata

        update_translation_keys = self.update_translation_keys

        update_translations_on_source_match = self.update_translations_on_source_match

        source_locale_id = self.source_locale_id

        update_descriptions = self.update_descriptions

        convert_emoji = self.convert_emoji

        skip_upload_tags = self.skip_upload_tags

        skip_unverification = self.skip_unverification

        file_encoding = self.file_encoding

        locale_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.locale_mapping, Unset):
            locale_mapping = self.locale_mapping.to_dict()

        format_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_options, Unset):
            format_options = self.format_options.to_dict()

        autotranslate = self.autotranslate

        verify_mentioned_translations = self.verify_mentioned_translations

        mark_reviewed = self.mark_reviewed

        tag_only_affected_keys = self.tag_only_affected_keys

        translation_key_prefix = self.translation_key_prefix

        skip_automated_job_creation = self.skip_automated_job_creation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "file_format": file_format,
                "locale_id": locale_id,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch
        if tags is not UNSET:
            field_dict["tags"] = tags
        if update_translations is not UNSET:
            field_dict["update_translations"] = update_translations
        if update_custom_metadata is not UNSET:
            field_dict["update_custom_metadata"] = update_custom_metadata
        if update_translation_keys is not UNSET:
            field_dict["update_translation_keys"] = update_translation_keys
        if update_translations_on_source_match is not UNSET:
            field_dict["update_translations_on_source_match"] = (
                update_translations_on_source_match
            )
        if source_locale_id is not UNSET:
            field_dict["source_locale_id"] = source_locale_id
        if update_descriptions is not UNSET:
            field_dict["update_descriptions"] = update_descriptions
        if convert_emoji is not UNSET:
            field_dict["convert_emoji"] = convert_emoji
        if skip_upload_tags is not UNSET:
            field_dict["skip_upload_tags"] = skip_upload_tags
        if skip_unverification is not UNSET:
            field_dict["skip_unverification"] = skip_unverification
        if file_encoding is not UNSET:
            field_dict["file_encoding"] = file_encoding
        if locale_mapping is not UNSET:
            field_dict["locale_mapping"] = locale_mapping
        if format_options is not UNSET:
            field_dict["format_options"] = format_options
        if autotranslate is not UNSET:
            field_dict["autotranslate"] = autotranslate
        if verify_mentioned_translations is not UNSET:
            field_dict["verify_mentioned_translations"] = verify_mentioned_translations
        if mark_reviewed is not UNSET:
            field_dict["mark_reviewed"] = mark_reviewed
        if tag_only_affected_keys is not UNSET:
            field_dict["tag_only_affected_keys"] = tag_only_affected_keys
        if translation_key_prefix is not UNSET:
            field_dict["translation_key_prefix"] = translation_key_prefix
        if skip_automated_job_creation is not UNSET:
            field_dict["skip_automated_job_creation"] = skip_automated_job_creation

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        for name, value in self.to_dict().items():
            if isinstance(value, tuple):  # a File, as File.to_tuple() gives it
                files.append((name, value))
            else:
                files.extend(
                    (field, (None, text.encode(), "text/plain"))
                    for field, text in types.form_fields(name, value)
                )
        return files

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
            file = File(payload=BytesIO(d.pop("file")))

            file_format = d.pop("file_format")

            locale_id = d.pop("locale_id")

            branch = d.pop("branch", UNSET)

            tags = d.pop("tags", UNSET)

            update_translations = d.pop("update_translations", UNSET)

            update_custom_metadata = d.pop("update_custom_metadata", UNSET)

            update_translation_keys = d.pop("update_translation_keys", UNSET)

            update_translations_on_source_match = d.pop(
                "update_translations_on_source_match", UNSET
            )

            source_locale_id = d.pop("source_locale_id", UNSET)

            update_descriptions = d.pop("update_descriptions", UNSET)

            convert_emoji = d.pop("convert_emoji", UNSET)

            skip_upload_tags = d.pop("skip_upload_tags", UNSET)

            skip_unverification = d.pop("skip_unverification", UNSET)

            file_encoding = d.pop("file_encoding", UNSET)

            _locale_mapping = d.pop("locale_mapping", UNSET)
            locale_mapping: CreateUploadBodyLocaleMapping | Unset
            if isinstance(_locale_mapping, Unset):
                locale_mapping = UNSET
            else:
                locale_mapping = CreateUploadBodyLocaleMapping.from_dict(
                    _locale_mapping
                )

            _format_options = d.pop("format_options", UNSET)
            format_options: CreateUploadBodyFormatOptions | Unset
            if isinstance(_format_options, Unset):
                format_options = UNSET
            else:
                format_options = CreateUploadBodyFormatOptions.from_dict(
                    _format_options
                )

            autotranslate = d.pop("autotranslate", UNSET)

            verify_mentioned_translations = d.pop(
                "verify_mentioned_translations", UNSET
            )

            mark_reviewed = d.pop("mark_reviewed", UNSET)

            tag_only_affected_keys = d.pop("tag_only_affected_keys", UNSET)

            translation_key_prefix = d.pop("translation_key_prefix", UNSET)

            skip_automated_job_creation = d.pop("skip_automated_job_creation", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_upload_body = cls(
            file,
            file_format,
            locale_id,
            branch,
            tags,
            update_translations,
            update_custom_metadata,
            update_translation_keys,
            update_translations_on_source_match,
            source_locale_id,
            update_descriptions,
            convert_emoji,
            skip_upload_tags,
            skip_unverification,
            file_encoding,
            locale_mapping,
            format_options,
            autotranslate,
            verify_mentioned_translations,
            mark_reviewed,
            tag_only_affected_keys,
            translation_key_prefix,
            skip_automated_job_creation,
        )

        create_upload_body.additional_properties = d
        return create_upload_body

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
from ..models.create_upload_body_format_options import CreateUploadBodyFormatOptions
from ..models.create_upload_body_locale_mapping import CreateUploadBodyLocaleMapping
