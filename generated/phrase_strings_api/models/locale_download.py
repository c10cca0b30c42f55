from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..models.locale_download_status_type_1 import LocaleDownloadStatusType1
from ..models.locale_download_status_type_2_type_1 import LocaleDownloadStatusType2Type1
from ..models.locale_download_status_type_3_type_1 import LocaleDownloadStatusType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocaleDownload")


@_attrs_define
class LocaleDownload:
    """An asynchronous export of a locale into a file, with its progress and result."""

    id: str
    """ Unique identifier of the download """
    status: (
        LocaleDownloadStatusType1
        | LocaleDownloadStatusType2Type1
        | LocaleDownloadStatusType3Type1
        | None
    )
    """ Progress of the export: processing, completed or error """
    created_at: datetime.datetime
    """ Timestamp at which the download was requested """
    result: LocaleDownloadResultType0 | None | Unset = UNSET
    """ Object holding the address of the finished file; the address stays valid for 15 minutes """
    params: LocaleDownloadParamsType0 | None | Unset = UNSET
    """ Object repeating the options the export was requested with, such as file format, locale, tags, branch and
    which translations to include """
    error: str | Unset = UNSET
    """ Error message, set when the export failed """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ Time the export finished """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: None | str
        if (
            isinstance(self.status, LocaleDownloadStatusType1)
            or isinstance(self.status, LocaleDownloadStatusType2Type1)
            or isinstance(self.status, LocaleDownloadStatusType3Type1)
        ):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at.isoformat()

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, LocaleDownloadResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, LocaleDownloadParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        error = self.error

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "created_at": created_at,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if params is not UNSET:
            field_dict["params"] = params
        if error is not UNSET:
            field_dict["error"] = error
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

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

            def _parse_status(
                data: object,
            ) -> (
                LocaleDownloadStatusType1
                | LocaleDownloadStatusType2Type1
                | LocaleDownloadStatusType3Type1
                | None
            ):
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_1 = LocaleDownloadStatusType1(data)

                    return status_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_2_type_1 = LocaleDownloadStatusType2Type1(data)

                    return status_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_3_type_1 = LocaleDownloadStatusType3Type1(data)

                    return status_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    LocaleDownloadStatusType1
                    | LocaleDownloadStatusType2Type1
                    | LocaleDownloadStatusType3Type1
                    | None,
                    data,
                )

            status = _parse_status(d.pop("status"))

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _result: Any = d.pop("result", UNSET)
            result: LocaleDownloadResultType0 | None | Unset = _result
            if isinstance(_result, dict):
                try:
                    result_type_0 = LocaleDownloadResultType0.from_dict(_result)

                    result = result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _params: Any = d.pop("params", UNSET)
            params: LocaleDownloadParamsType0 | None | Unset = _params
            if isinstance(_params, dict):
                try:
                    params_type_0 = LocaleDownloadParamsType0.from_dict(_params)

                    params = params_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            error = d.pop("error", UNSET)

            _completed_at: Any = d.pop("completed_at", UNSET)
            completed_at: datetime.datetime | None | Unset = _completed_at
            if isinstance(_completed_at, str):
                try:
                    completed_at_type_0 = datetime.datetime.fromisoformat(_completed_at)

                    completed_at = completed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        locale_download = cls(
            id,
            status,
            created_at,
            result,
            params,
            error,
            completed_at,
        )

        locale_download.additional_properties = d
        return locale_download

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
from ..models.locale_download_params_type_0 import LocaleDownloadParamsType0
from ..models.locale_download_result_type_0 import LocaleDownloadResultType0
