from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranslationKeyDetails")


@_attrs_define
class TranslationKeyDetails:
    """Extends translation_key with additional settings and metadata."""

    id: str
    """ Unique identifier of the key """
    name: str
    """ Name of the key """
    created_at: datetime.datetime
    """ Timestamp at which the key was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the key """
    description: str | Unset = UNSET
    """ Notes that give translators context """
    name_hash: str | Unset = UNSET
    """ Hash of the key name """
    plural: bool | Unset = UNSET
    """ True if the key has plural forms """
    use_ordinal_rules: bool | Unset = UNSET
    """ True if the key's plural forms follow ordinal rules """
    tags: list[str] | None | Unset = UNSET
    """ Tags assigned to the key """
    data_type: str | Unset = UNSET
    """ Kind of value the key holds """
    name_plural: str | Unset = UNSET
    """ Plural name of the key, needed by some file formats such as Gettext """
    comments_count: int | Unset = UNSET
    """ Number of comments on the key """
    max_characters_allowed: int | Unset = UNSET
    """ Length limit for translations of the key """
    screenshot_url: str | Unset = UNSET
    """ Address of a screenshot showing the key in context """
    unformatted: bool | Unset = UNSET
    """ Whether the key is exported as unformatted """
    xml_space_preserve: bool | Unset = UNSET
    """ Whether the key is exported with the xml:space="preserve" attribute """
    original_file: str | Unset = UNSET
    """ Original-file attribute of the key, used by formats such as XLIFF """
    format_value_type: str | Unset = UNSET
    """ Value type of the key in the file format """
    creator: None | Unset | UserPreview = UNSET
    """ User who created the key """
    custom_metadata: None | TranslationKeyDetailsCustomMetadataType0 | Unset = UNSET
    """ Object of custom metadata values set on the key """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description = self.description

        name_hash = self.name_hash

        plural = self.plural

        use_ordinal_rules = self.use_ordinal_rules

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        data_type = self.data_type

        name_plural = self.name_plural

        comments_count = self.comments_count

        max_characters_allowed = self.max_characters_allowed

        screenshot_url = self.screenshot_url

        unformatted = self.unformatted

        xml_space_preserve = self.xml_space_preserve

        original_file = self.original_file

        format_value_type = self.format_value_type

        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserPreview):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        custom_metadata: dict[str, Any] | None | Unset
        if isinstance(self.custom_metadata, Unset):
            custom_metadata = UNSET
        elif isinstance(self.custom_metadata, TranslationKeyDetailsCustomMetadataType0):
            custom_metadata = self.custom_metadata.to_dict()
        else:
            custom_metadata = self.custom_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if name_hash is not UNSET:
            field_dict["name_hash"] = name_hash
        if plural is not UNSET:
            field_dict["plural"] = plural
        if use_ordinal_rules is not UNSET:
            field_dict["use_ordinal_rules"] = use_ordinal_rules
        if tags is not UNSET:
            field_dict["tags"] = tags
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if name_plural is not UNSET:
            field_dict["name_plural"] = name_plural
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if max_characters_allowed is not UNSET:
            field_dict["max_characters_allowed"] = max_characters_allowed
        if screenshot_url is not UNSET:
            field_dict["screenshot_url"] = screenshot_url
        if unformatted is not UNSET:
            field_dict["unformatted"] = unformatted
        if xml_space_preserve is not UNSET:
            field_dict["xml_space_preserve"] = xml_space_preserve
        if original_file is not UNSET:
            field_dict["original_file"] = original_file
        if format_value_type is not UNSET:
            field_dict["format_value_type"] = format_value_type
        if creator is not UNSET:
            field_dict["creator"] = creator
        if custom_metadata is not UNSET:
            field_dict["custom_metadata"] = custom_metadata

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

            name = d.pop("name")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            description = d.pop("description", UNSET)

            name_hash = d.pop("name_hash", UNSET)

            plural = d.pop("plural", UNSET)

            use_ordinal_rules = d.pop("use_ordinal_rules", UNSET)

            tags: list[str] | None | Unset = d.pop("tags", UNSET)

            data_type = d.pop("data_type", UNSET)

            name_plural = d.pop("name_plural", UNSET)

            comments_count = d.pop("comments_count", UNSET)

            max_characters_allowed = d.pop("max_characters_allowed", UNSET)

            screenshot_url = d.pop("screenshot_url", UNSET)

            unformatted = d.pop("unformatted", UNSET)

            xml_space_preserve = d.pop("xml_space_preserve", UNSET)

            original_file = d.pop("original_file", UNSET)

            format_value_type = d.pop("format_value_type", UNSET)

            _creator: Any = d.pop("creator", UNSET)
            creator: None | Unset | UserPreview = _creator
            if isinstance(_creator, dict):
                try:
                    creator_type_0 = UserPreview.from_dict(_creator)

                    creator = creator_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _custom_metadata: Any = d.pop("custom_metadata", UNSET)
            custom_metadata: None | TranslationKeyDetailsCustomMetadataType0 | Unset = (
                _custom_metadata
            )
            if isinstance(_custom_metadata, dict):
                try:
                    custom_metadata_type_0 = (
                        TranslationKeyDetailsCustomMetadataType0.from_dict(
                            _custom_metadata
                        )
                    )

                    custom_metadata = custom_metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        translation_key_details = cls(
            id,
            name,
            created_at,
            updated_at,
            description,
            name_hash,
            plural,
            use_ordinal_rules,
            tags,
            data_type,
            name_plural,
            comments_count,
            max_characters_allowed,
            screenshot_url,
            unformatted,
            xml_space_preserve,
            original_file,
            format_value_type,
            creator,
            custom_metadata,
        )

        translation_key_details.additional_properties = d
        return translation_key_details

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
from ..models.translation_key_details_custom_metadata_type_0 import (
    TranslationKeyDetailsCustomMetadataType0,
)
from ..models.user_preview import UserPreview
