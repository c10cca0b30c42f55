from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Format")


@_attrs_define
class Format:
    """A file format that the service can read or write."""

    name: str
    """ Human-readable name of the format """
    api_name: str | Unset = UNSET
    """ Identifier to use for the format in requests """
    description: str | Unset = UNSET
    """ Short explanation of the format """
    extension: str | Unset = UNSET
    """ Usual file extension """
    default_encoding: str | Unset = UNSET
    """ Character encoding used unless another is chosen """
    importable: bool | Unset = UNSET
    """ True if files in this format can be uploaded """
    exportable: bool | Unset = UNSET
    """ True if locales can be downloaded in this format """
    default_file: str | Unset = UNSET
    """ Typical file name or path for this format """
    renders_default_locale: bool | Unset = UNSET
    """ True if output includes the default locale's content """
    includes_locale_information: bool | Unset = UNSET
    """ True if the file itself records which locale it holds """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        api_name = self.api_name

        description = self.description

        extension = self.extension

        default_encoding = self.default_encoding

        importable = self.importable

        exportable = self.exportable

        default_file = self.default_file

        renders_default_locale = self.renders_default_locale

        includes_locale_information = self.includes_locale_information

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if description is not UNSET:
            field_dict["description"] = description
        if extension is not UNSET:
            field_dict["extension"] = extension
        if default_encoding is not UNSET:
            field_dict["default_encoding"] = default_encoding
        if importable is not UNSET:
            field_dict["importable"] = importable
        if exportable is not UNSET:
            field_dict["exportable"] = exportable
        if default_file is not UNSET:
            field_dict["default_file"] = default_file
        if renders_default_locale is not UNSET:
            field_dict["renders_default_locale"] = renders_default_locale
        if includes_locale_information is not UNSET:
            field_dict["includes_locale_information"] = includes_locale_information

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

            api_name = d.pop("api_name", UNSET)

            description = d.pop("description", UNSET)

            extension = d.pop("extension", UNSET)

            default_encoding = d.pop("default_encoding", UNSET)

            importable = d.pop("importable", UNSET)

            exportable = d.pop("exportable", UNSET)

            default_file = d.pop("default_file", UNSET)

            renders_default_locale = d.pop("renders_default_locale", UNSET)

            includes_locale_information = d.pop("includes_locale_information", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        format_ = cls(
            name,
            api_name,
            description,
            extension,
            default_encoding,
            importable,
            exportable,
            default_file,
            renders_default_locale,
            includes_locale_information,
        )

        format_.additional_properties = d
        return format_

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
