from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError
from ..models.pre_translation_status_type_1 import PreTranslationStatusType1
from ..models.pre_translation_status_type_2_type_1 import PreTranslationStatusType2Type1
from ..models.pre_translation_status_type_3_type_1 import PreTranslationStatusType3Type1
from ..models.pre_translation_translatable_type_type_1 import (
    PreTranslationTranslatableTypeType1,
)
from ..models.pre_translation_translatable_type_type_2_type_1 import (
    PreTranslationTranslatableTypeType2Type1,
)
from ..models.pre_translation_translatable_type_type_3_type_1 import (
    PreTranslationTranslatableTypeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreTranslation")


@_attrs_define
class PreTranslation:
    """A pre-translation run: machine translation and translation memory filling in missing translations of a locale, job,
    key or upload in the background.

    """

    id: str | Unset = UNSET
    """ Unique identifier of the pre-translation run """
    status: (
        None
        | PreTranslationStatusType1
        | PreTranslationStatusType2Type1
        | PreTranslationStatusType3Type1
        | Unset
    ) = UNSET
    """ Where the run stands: pending, running, success or error """
    translatable_type: (
        None
        | PreTranslationTranslatableTypeType1
        | PreTranslationTranslatableTypeType2Type1
        | PreTranslationTranslatableTypeType3Type1
        | Unset
    ) = UNSET
    """ Kind of thing that was pre-translated: locale, job, translation_key or upload """
    translatable_id: str | Unset = UNSET
    """ Identifier of the locale, job, key or upload that was pre-translated """
    error: None | str | Unset = UNSET
    """ Why the run failed; null unless the status is error """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp at which the run was requested """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of the most recent change of status """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif (
            isinstance(self.status, PreTranslationStatusType1)
            or isinstance(self.status, PreTranslationStatusType2Type1)
            or isinstance(self.status, PreTranslationStatusType3Type1)
        ):
            status = self.status.value
        else:
            status = self.status

        translatable_type: None | str | Unset
        if isinstance(self.translatable_type, Unset):
            translatable_type = UNSET
        elif (
            isinstance(self.translatable_type, PreTranslationTranslatableTypeType1)
            or isinstance(
                self.translatable_type, PreTranslationTranslatableTypeType2Type1
            )
            or isinstance(
                self.translatable_type, PreTranslationTranslatableTypeType3Type1
            )
        ):
            translatable_type = self.translatable_type.value
        else:
            translatable_type = self.translatable_type

        translatable_id = self.translatable_id

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if translatable_type is not UNSET:
            field_dict["translatable_type"] = translatable_type
        if translatable_id is not UNSET:
            field_dict["translatable_id"] = translatable_id
        if error is not UNSET:
            field_dict["error"] = error
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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

        def _parse_status(
            data: object,
        ) -> (
            None
            | PreTranslationStatusType1
            | PreTranslationStatusType2Type1
            | PreTranslationStatusType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = PreTranslationStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = PreTranslationStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = PreTranslationStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PreTranslationStatusType1
                | PreTranslationStatusType2Type1
                | PreTranslationStatusType3Type1
                | Unset,
                data,
            )

        status = _parse_status(d.pop("status", UNSET))

        def _parse_translatable_type(
            data: object,
        ) -> (
            None
            | PreTranslationTranslatableTypeType1
            | PreTranslationTranslatableTypeType2Type1
            | PreTranslationTranslatableTypeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                translatable_type_type_1 = PreTranslationTranslatableTypeType1(data)

                return translatable_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                translatable_type_type_2_type_1 = (
                    PreTranslationTranslatableTypeType2Type1(data)
                )

                return translatable_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                translatable_type_type_3_type_1 = (
                    PreTranslationTranslatableTypeType3Type1(data)
                )

                return translatable_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PreTranslationTranslatableTypeType1
                | PreTranslationTranslatableTypeType2Type1
                | PreTranslationTranslatableTypeType3Type1
                | Unset,
                data,
            )

        translatable_type = _parse_translatable_type(d.pop("translatable_type", UNSET))

        translatable_id = d.pop("translatable_id", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _created_at: Any = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None | Unset = _created_at
        if isinstance(_created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _updated_at: Any = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset = _updated_at
        if isinstance(_updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        pre_translation = cls(
            id,
            status,
            translatable_type,
            translatable_id,
            error,
            created_at,
            updated_at,
        )

        pre_translation.additional_properties = d
        return pre_translation

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
