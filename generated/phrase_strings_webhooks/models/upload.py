from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Upload")


@_attrs_define
class Upload:
    id: str
    filename: str
    format_: str
    state: None | str
    tag: None | str
    summary: None | UploadSummary
    created_at: datetime.datetime
    updated_at: datetime.datetime
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename = self.filename

        format_ = self.format_

        state: None | str
        state = self.state

        tag: None | str
        tag = self.tag

        summary: dict[str, Any] | None
        if isinstance(self.summary, UploadSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "filename": filename,
                "format": format_,
                "state": state,
                "tag": tag,
                "summary": summary,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

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

            filename = d.pop("filename")

            format_ = d.pop("format")

            def _parse_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            state = _parse_state(d.pop("state"))

            def _parse_tag(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            tag = _parse_tag(d.pop("tag"))

            _summary: Any = d.pop("summary")
            summary: None | UploadSummary = _summary
            if isinstance(_summary, dict):
                try:
                    summary_type_0 = UploadSummary.from_dict(_summary)

                    summary = summary_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            created_at = datetime.datetime.fromisoformat(
                d.pop("created_at").replace(" UTC", "+00:00")
            )

            updated_at = datetime.datetime.fromisoformat(
                d.pop("updated_at").replace(" UTC", "+00:00")
            )

            tags: list[str] | Unset = d.pop("tags", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        upload = cls(
            id,
            filename,
            format_,
            state,
            tag,
            summary,
            created_at,
            updated_at,
            tags,
        )

        upload.additional_properties = d
        return upload

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
from ..models.upload_summary import UploadSummary
