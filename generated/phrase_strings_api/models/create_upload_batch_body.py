from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUploadBatchBody")


@_attrs_define
class CreateUploadBatchBody:
    """Request body of create_upload_batch: Group uploads into a batch."""

    upload_ids: list[str]
    """ IDs of the uploads that make up the batch """
    branch: str | Unset = UNSET
    """ Name of the branch to use """
    delete_unmentioned_keys: bool | Unset = UNSET
    """ Whether to delete keys absent from every uploaded file once the whole batch has finished """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_ids = self.upload_ids

        branch = self.branch

        delete_unmentioned_keys = self.delete_unmentioned_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_ids": upload_ids,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch
        if delete_unmentioned_keys is not UNSET:
            field_dict["delete_unmentioned_keys"] = delete_unmentioned_keys

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
            upload_ids: list[str] = d.pop("upload_ids")

            branch = d.pop("branch", UNSET)

            delete_unmentioned_keys = d.pop("delete_unmentioned_keys", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_upload_batch_body = cls(
            upload_ids,
            branch,
            delete_unmentioned_keys,
        )

        create_upload_batch_body.additional_properties = d
        return create_upload_batch_body

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
