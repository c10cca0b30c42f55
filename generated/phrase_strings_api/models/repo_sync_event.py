from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..models.repo_sync_event_status_type_1 import RepoSyncEventStatusType1
from ..models.repo_sync_event_status_type_2_type_1 import RepoSyncEventStatusType2Type1
from ..models.repo_sync_event_status_type_3_type_1 import RepoSyncEventStatusType3Type1
from ..models.repo_sync_event_type_type_1 import RepoSyncEventTypeType1
from ..models.repo_sync_event_type_type_2_type_1 import RepoSyncEventTypeType2Type1
from ..models.repo_sync_event_type_type_3_type_1 import RepoSyncEventTypeType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="RepoSyncEvent")


@_attrs_define
class RepoSyncEvent:
    """One import or export run of a repository sync."""

    created_at: datetime.datetime
    """ Timestamp at which the run started """
    status: (
        None
        | RepoSyncEventStatusType1
        | RepoSyncEventStatusType2Type1
        | RepoSyncEventStatusType3Type1
    )
    """ Result of the run: running, success or failure """
    id: str | Unset = UNSET
    """ Unique identifier of the event """
    type_: (
        None
        | RepoSyncEventTypeType1
        | RepoSyncEventTypeType2Type1
        | RepoSyncEventTypeType3Type1
        | Unset
    ) = UNSET
    """ Direction of the run: import or export """
    pull_request_url: str | Unset = UNSET
    """ Address of the pull request opened by an export """
    auto_import: bool | Unset = UNSET
    """ True if a push to the repository started this import """
    errors: list[str] | None | Unset = UNSET
    """ Error messages, filled when the run failed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        status: None | str
        if (
            isinstance(self.status, RepoSyncEventStatusType1)
            or isinstance(self.status, RepoSyncEventStatusType2Type1)
            or isinstance(self.status, RepoSyncEventStatusType3Type1)
        ):
            status = self.status.value
        else:
            status = self.status

        id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif (
            isinstance(self.type_, RepoSyncEventTypeType1)
            or isinstance(self.type_, RepoSyncEventTypeType2Type1)
            or isinstance(self.type_, RepoSyncEventTypeType3Type1)
        ):
            type_ = self.type_.value
        else:
            type_ = self.type_

        pull_request_url = self.pull_request_url

        auto_import = self.auto_import

        errors: list[str] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if pull_request_url is not UNSET:
            field_dict["pull_request_url"] = pull_request_url
        if auto_import is not UNSET:
            field_dict["auto_import"] = auto_import
        if errors is not UNSET:
            field_dict["errors"] = errors

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
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            def _parse_status(
                data: object,
            ) -> (
                None
                | RepoSyncEventStatusType1
                | RepoSyncEventStatusType2Type1
                | RepoSyncEventStatusType3Type1
            ):
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_1 = RepoSyncEventStatusType1(data)

                    return status_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_2_type_1 = RepoSyncEventStatusType2Type1(data)

                    return status_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_3_type_1 = RepoSyncEventStatusType3Type1(data)

                    return status_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    None
                    | RepoSyncEventStatusType1
                    | RepoSyncEventStatusType2Type1
                    | RepoSyncEventStatusType3Type1,
                    data,
                )

            status = _parse_status(d.pop("status"))

            id = d.pop("id", UNSET)

            def _parse_type_(
                data: object,
            ) -> (
                None
                | RepoSyncEventTypeType1
                | RepoSyncEventTypeType2Type1
                | RepoSyncEventTypeType3Type1
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_1 = RepoSyncEventTypeType1(data)

                    return type_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_2_type_1 = RepoSyncEventTypeType2Type1(data)

                    return type_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_3_type_1 = RepoSyncEventTypeType3Type1(data)

                    return type_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    None
                    | RepoSyncEventTypeType1
                    | RepoSyncEventTypeType2Type1
                    | RepoSyncEventTypeType3Type1
                    | Unset,
                    data,
                )

            type_ = _parse_type_(d.pop("type", UNSET))

            pull_request_url = d.pop("pull_request_url", UNSET)

            auto_import = d.pop("auto_import", UNSET)

            errors: list[str] | None | Unset = d.pop("errors", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        repo_sync_event = cls(
            created_at,
            status,
            id,
            type_,
            pull_request_url,
            auto_import,
            errors,
        )

        repo_sync_event.additional_properties = d
        return repo_sync_event

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
