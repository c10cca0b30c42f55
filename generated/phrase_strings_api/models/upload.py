from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Upload")


@_attrs_define
class Upload:
    """A file import into a project and the outcome of processing it."""

    id: str
    """ Unique identifier of the upload """
    filename: str
    """ Name of the uploaded file """
    state: str
    """ Processing state of the upload """
    created_at: datetime.datetime
    """ Timestamp at which the upload was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the upload """
    format_: str | Unset = UNSET
    """ File format the upload was parsed as """
    tag: str | Unset = UNSET
    """ Tag that identifies this upload alone """
    tags: list[str] | None | Unset = UNSET
    """ Tags applied to the keys that came in with the upload """
    url: str | Unset = UNSET
    """ Address of the upload in the web application """
    summary: None | Unset | UploadSummaryType0 = UNSET
    """ Object with counts of what the upload did: locales, keys, translations and tags created or updated, keys
    ignored or not mentioned, and translations processed versus total (the unmentioned-keys count stays 0 for
    uploads with more than 10,000 keys) """
    user: None | Unset | UserPreview = UNSET
    """ User who started the upload """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename = self.filename

        state = self.state

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        format_ = self.format_

        tag = self.tag

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        url = self.url

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, UploadSummaryType0):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserPreview):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "filename": filename,
                "state": state,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if tag is not UNSET:
            field_dict["tag"] = tag
        if tags is not UNSET:
            field_dict["tags"] = tags
        if url is not UNSET:
            field_dict["url"] = url
        if summary is not UNSET:
            field_dict["summary"] = summary
        if user is not UNSET:
            field_dict["user"] = user

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

            state = d.pop("state")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            format_ = d.pop("format", UNSET)

            tag = d.pop("tag", UNSET)

            tags: list[str] | None | Unset = d.pop("tags", UNSET)

            url = d.pop("url", UNSET)

            _summary: Any = d.pop("summary", UNSET)
            summary: None | Unset | UploadSummaryType0 = _summary
            if isinstance(_summary, dict):
                try:
                    summary_type_0 = UploadSummaryType0.from_dict(_summary)

                    summary = summary_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _user: Any = d.pop("user", UNSET)
            user: None | Unset | UserPreview = _user
            if isinstance(_user, dict):
                try:
                    user_type_0 = UserPreview.from_dict(_user)

                    user = user_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        upload = cls(
            id,
            filename,
            state,
            created_at,
            updated_at,
            format_,
            tag,
            tags,
            url,
            summary,
            user,
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
from ..models.upload_summary_type_0 import UploadSummaryType0
from ..models.user_preview import UserPreview
