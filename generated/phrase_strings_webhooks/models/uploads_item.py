from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadsItem")


@_attrs_define
class UploadsItem:
    id: str | Unset = UNSET
    filename: str | Unset = UNSET
    format_: str | Unset = UNSET
    state: None | str | Unset = UNSET
    tag: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    summary: None | Unset | UploadsItemSummary = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename = self.filename

        format_ = self.format_

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, UploadsItemSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if format_ is not UNSET:
            field_dict["format"] = format_
        if state is not UNSET:
            field_dict["state"] = state
        if tag is not UNSET:
            field_dict["tag"] = tag
        if tags is not UNSET:
            field_dict["tags"] = tags
        if summary is not UNSET:
            field_dict["summary"] = summary

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
        id = d.pop("id", UNSET)

        filename = d.pop("filename", UNSET)

        format_ = d.pop("format", UNSET)

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("tag", UNSET))

        tags: list[str] | Unset = d.pop("tags", UNSET)

        _summary: Any = d.pop("summary", UNSET)
        summary: None | Unset | UploadsItemSummary = _summary
        if isinstance(_summary, dict):
            try:
                summary_type_0 = UploadsItemSummary.from_dict(_summary)

                summary = summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        uploads_item = cls(
            id,
            filename,
            format_,
            state,
            tag,
            tags,
            summary,
        )

        uploads_item.additional_properties = d
        return uploads_item

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
from ..models.uploads_item_summary import UploadsItemSummary
