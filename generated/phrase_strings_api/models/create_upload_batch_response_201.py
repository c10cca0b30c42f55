from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..models.create_upload_batch_response_201_state import (
    CreateUploadBatchResponse201State,
)
from ..models.create_upload_batch_response_201_status_type_1 import (
    CreateUploadBatchResponse201StatusType1,
)
from ..models.create_upload_batch_response_201_status_type_2_type_1 import (
    CreateUploadBatchResponse201StatusType2Type1,
)
from ..models.create_upload_batch_response_201_status_type_3_type_1 import (
    CreateUploadBatchResponse201StatusType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUploadBatchResponse201")


@_attrs_define
class CreateUploadBatchResponse201:
    state: CreateUploadBatchResponse201State | Unset = UNSET
    delete_unmentioned_keys: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    project: ProjectShort | Unset = UNSET
    """ A compact reference to a project. """
    user: UserPreview | Unset = UNSET
    """ A compact reference to a user. """
    uploads: list[Upload] | Unset = UNSET
    status: (
        CreateUploadBatchResponse201StatusType1
        | CreateUploadBatchResponse201StatusType2Type1
        | CreateUploadBatchResponse201StatusType3Type1
        | None
        | Unset
    ) = UNSET
    """ Processing status of the batch """
    uploads_count: int | Unset = UNSET
    """ Number of uploads in the batch """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        delete_unmentioned_keys = self.delete_unmentioned_keys

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        uploads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.uploads, Unset):
            uploads = []
            for uploads_item_data in self.uploads:
                uploads_item = uploads_item_data.to_dict()
                uploads.append(uploads_item)

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif (
            isinstance(self.status, CreateUploadBatchResponse201StatusType1)
            or isinstance(self.status, CreateUploadBatchResponse201StatusType2Type1)
            or isinstance(self.status, CreateUploadBatchResponse201StatusType3Type1)
        ):
            status = self.status.value
        else:
            status = self.status

        uploads_count = self.uploads_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if delete_unmentioned_keys is not UNSET:
            field_dict["delete_unmentioned_keys"] = delete_unmentioned_keys
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if project is not UNSET:
            field_dict["project"] = project
        if user is not UNSET:
            field_dict["user"] = user
        if uploads is not UNSET:
            field_dict["uploads"] = uploads
        if status is not UNSET:
            field_dict["status"] = status
        if uploads_count is not UNSET:
            field_dict["uploads_count"] = uploads_count

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
        _state = d.pop("state", UNSET)
        state: CreateUploadBatchResponse201State | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = CreateUploadBatchResponse201State(_state)

        delete_unmentioned_keys = d.pop("delete_unmentioned_keys", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _project = d.pop("project", UNSET)
        project: ProjectShort | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ProjectShort.from_dict(_project)

        _user = d.pop("user", UNSET)
        user: UserPreview | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserPreview.from_dict(_user)

        _uploads = d.pop("uploads", UNSET)
        uploads: list[Upload] | Unset = UNSET
        if _uploads is not UNSET:
            uploads = []
            for uploads_item_data in _uploads:
                uploads_item = Upload.from_dict(uploads_item_data)

                uploads.append(uploads_item)

        def _parse_status(
            data: object,
        ) -> (
            CreateUploadBatchResponse201StatusType1
            | CreateUploadBatchResponse201StatusType2Type1
            | CreateUploadBatchResponse201StatusType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = CreateUploadBatchResponse201StatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = CreateUploadBatchResponse201StatusType2Type1(
                    data
                )

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = CreateUploadBatchResponse201StatusType3Type1(
                    data
                )

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateUploadBatchResponse201StatusType1
                | CreateUploadBatchResponse201StatusType2Type1
                | CreateUploadBatchResponse201StatusType3Type1
                | None
                | Unset,
                data,
            )

        status = _parse_status(d.pop("status", UNSET))

        uploads_count = d.pop("uploads_count", UNSET)

        create_upload_batch_response_201 = cls(
            state,
            delete_unmentioned_keys,
            created_at,
            updated_at,
            project,
            user,
            uploads,
            status,
            uploads_count,
        )

        create_upload_batch_response_201.additional_properties = d
        return create_upload_batch_response_201

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
from ..models.upload import Upload
from ..models.user_preview import UserPreview
