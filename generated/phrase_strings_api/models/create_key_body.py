from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._facade import join_tags
from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateKeyBody")


@_attrs_define
class CreateKeyBody:
    """Request body of create_key: Create a key."""

    name: str
    """ Name of the key """
    branch: str | Unset = UNSET
    """ Name of the branch to use """
    description: str | Unset = UNSET
    """ Free-text explanation of the key, typically context meant for translators """
    plural: bool | Unset = UNSET
    """ Whether the key has plural forms """
    use_ordinal_rules: bool | Unset = UNSET
    """ Whether the plural forms follow ordinal rather than cardinal rules """
    name_plural: str | Unset = UNSET
    """ Name of the plural variant, needed by formats such as Gettext """
    data_type: str | Unset = UNSET
    """ Value type of the key: string, number, boolean, array or markdown """
    tags: str | Unset = _attrs_field(default=UNSET, converter=join_tags)
    """ Comma-separated tag names to attach to the key """
    max_characters_allowed: int | Unset = UNSET
    """ Upper limit on the length, in characters, of this key's translations """
    screenshot: File | Unset = UNSET
    """ Deprecated. Image file to attach to the key; manage images through the screenshot endpoints instead """
    remove_screenshot: bool | Unset = UNSET
    """ Deprecated. Whether to remove the key's attached image; use the screenshot endpoints instead """
    unformatted: bool | Unset = UNSET
    """ Whether the key is exported as unformatted, for formats that support it such as Android XML """
    default_translation_content: str | Unset = UNSET
    """ Text for a translation in the project's default locale, created together with the key """
    autotranslate: bool | Unset = UNSET
    """ Whether to automatically translate default_translation_content into the project's other locales """
    xml_space_preserve: bool | Unset = UNSET
    """ Whether the key is exported with xml:space="preserve", for XML-based formats that support it """
    original_file: str | Unset = UNSET
    """ Value for the original-file attribute some formats carry, such as XLIFF """
    localized_format_string: str | Unset = UNSET
    """ Value for the NSStringLocalizedFormatKey attribute of the .stringsdict format """
    localized_format_key: str | Unset = UNSET
    """ Value for the NSStringLocalizedFormatKey attribute of the .stringsdict format """
    custom_metadata: CreateKeyBodyCustomMetadata | Unset = UNSET
    """ Object mapping custom metadata property names to the values to store on the key """
    excluded_in_locales: list[str] | Unset = UNSET
    """ Locales whose translations of this key are left out of exports; an empty list removes every exclusion """
    format_value_type: str | Unset = UNSET
    """ Value type the key is exported as, for formats that tell plain strings from plurals (Android XML) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        branch = self.branch

        description = self.description

        plural = self.plural

        use_ordinal_rules = self.use_ordinal_rules

        name_plural = self.name_plural

        data_type = self.data_type

        tags = self.tags

        max_characters_allowed = self.max_characters_allowed

        screenshot: FileTypes | Unset = UNSET
        if not isinstance(self.screenshot, Unset):
            screenshot = self.screenshot.to_tuple()

        remove_screenshot = self.remove_screenshot

        unformatted = self.unformatted

        default_translation_content = self.default_translation_content

        autotranslate = self.autotranslate

        xml_space_preserve = self.xml_space_preserve

        original_file = self.original_file

        localized_format_string = self.localized_format_string

        localized_format_key = self.localized_format_key

        custom_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_metadata, Unset):
            custom_metadata = self.custom_metadata.to_dict()

        excluded_in_locales: list[str] | Unset = UNSET
        if not isinstance(self.excluded_in_locales, Unset):
            excluded_in_locales = self.excluded_in_locales

        format_value_type = self.format_value_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch
        if description is not UNSET:
            field_dict["description"] = description
        if plural is not UNSET:
            field_dict["plural"] = plural
        if use_ordinal_rules is not UNSET:
            field_dict["use_ordinal_rules"] = use_ordinal_rules
        if name_plural is not UNSET:
            field_dict["name_plural"] = name_plural
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if tags is not UNSET:
            field_dict["tags"] = tags
        if max_characters_allowed is not UNSET:
            field_dict["max_characters_allowed"] = max_characters_allowed
        if screenshot is not UNSET:
            field_dict["screenshot"] = screenshot
        if remove_screenshot is not UNSET:
            field_dict["remove_screenshot"] = remove_screenshot
        if unformatted is not UNSET:
            field_dict["unformatted"] = unformatted
        if default_translation_content is not UNSET:
            field_dict["default_translation_content"] = default_translation_content
        if autotranslate is not UNSET:
            field_dict["autotranslate"] = autotranslate
        if xml_space_preserve is not UNSET:
            field_dict["xml_space_preserve"] = xml_space_preserve
        if original_file is not UNSET:
            field_dict["original_file"] = original_file
        if localized_format_string is not UNSET:
            field_dict["localized_format_string"] = localized_format_string
        if localized_format_key is not UNSET:
            field_dict["localized_format_key"] = localized_format_key
        if custom_metadata is not UNSET:
            field_dict["custom_metadata"] = custom_metadata
        if excluded_in_locales is not UNSET:
            field_dict["excluded_in_locales"] = excluded_in_locales
        if format_value_type is not UNSET:
            field_dict["format_value_type"] = format_value_type

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

            branch = d.pop("branch", UNSET)

            description = d.pop("description", UNSET)

            plural = d.pop("plural", UNSET)

            use_ordinal_rules = d.pop("use_ordinal_rules", UNSET)

            name_plural = d.pop("name_plural", UNSET)

            data_type = d.pop("data_type", UNSET)

            tags = d.pop("tags", UNSET)

            max_characters_allowed = d.pop("max_characters_allowed", UNSET)

            _screenshot = d.pop("screenshot", UNSET)
            screenshot: File | Unset
            if isinstance(_screenshot, Unset):
                screenshot = UNSET
            else:
                screenshot = File(payload=BytesIO(_screenshot))

            remove_screenshot = d.pop("remove_screenshot", UNSET)

            unformatted = d.pop("unformatted", UNSET)

            default_translation_content = d.pop("default_translation_content", UNSET)

            autotranslate = d.pop("autotranslate", UNSET)

            xml_space_preserve = d.pop("xml_space_preserve", UNSET)

            original_file = d.pop("original_file", UNSET)

            localized_format_string = d.pop("localized_format_string", UNSET)

            localized_format_key = d.pop("localized_format_key", UNSET)

            _custom_metadata = d.pop("custom_metadata", UNSET)
            custom_metadata: CreateKeyBodyCustomMetadata | Unset
            if isinstance(_custom_metadata, Unset):
                custom_metadata = UNSET
            else:
                custom_metadata = CreateKeyBodyCustomMetadata.from_dict(
                    _custom_metadata
                )

            excluded_in_locales: list[str] | Unset = d.pop("excluded_in_locales", UNSET)

            format_value_type = d.pop("format_value_type", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_key_body = cls(
            name,
            branch,
            description,
            plural,
            use_ordinal_rules,
            name_plural,
            data_type,
            tags,
            max_characters_allowed,
            screenshot,
            remove_screenshot,
            unformatted,
            default_translation_content,
            autotranslate,
            xml_space_preserve,
            original_file,
            localized_format_string,
            localized_format_key,
            custom_metadata,
            excluded_in_locales,
            format_value_type,
        )

        create_key_body.additional_properties = d
        return create_key_body

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
from ..models.create_key_body_custom_metadata import CreateKeyBodyCustomMetadata
