from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    id: str
    name: None | str
    owner: JobOwner
    briefing: None | str
    due_date: datetime.datetime | None
    state: None | str
    ticket_url: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    review_due_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        owner = self.owner.to_dict()

        briefing: None | str
        briefing = self.briefing

        due_date: None | str
        if isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        state: None | str
        state = self.state

        ticket_url: None | str
        ticket_url = self.ticket_url

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        review_due_date: None | str | Unset
        if isinstance(self.review_due_date, Unset):
            review_due_date = UNSET
        elif isinstance(self.review_due_date, datetime.datetime):
            review_due_date = self.review_due_date.isoformat()
        else:
            review_due_date = self.review_due_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "owner": owner,
                "briefing": briefing,
                "due_date": due_date,
                "state": state,
                "ticket_url": ticket_url,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if review_due_date is not UNSET:
            field_dict["review_due_date"] = review_due_date

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

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            name = _parse_name(d.pop("name"))

            owner = JobOwner.from_dict(d.pop("owner"))

            def _parse_briefing(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            briefing = _parse_briefing(d.pop("briefing"))

            _due_date: Any = d.pop("due_date")
            due_date: datetime.datetime | None = _due_date
            if isinstance(_due_date, str):
                try:
                    due_date_type_1 = datetime.datetime.fromisoformat(
                        _due_date.replace(" UTC", "+00:00")
                    )

                    due_date = due_date_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            def _parse_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            state = _parse_state(d.pop("state"))

            def _parse_ticket_url(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            ticket_url = _parse_ticket_url(d.pop("ticket_url"))

            created_at = datetime.datetime.fromisoformat(
                d.pop("created_at").replace(" UTC", "+00:00")
            )

            updated_at = datetime.datetime.fromisoformat(
                d.pop("updated_at").replace(" UTC", "+00:00")
            )

            _review_due_date: Any = d.pop("review_due_date", UNSET)
            review_due_date: datetime.datetime | None | Unset = _review_due_date
            if isinstance(_review_due_date, str):
                try:
                    review_due_date_type_1 = datetime.datetime.fromisoformat(
                        _review_due_date.replace(" UTC", "+00:00")
                    )

                    review_due_date = review_due_date_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        job = cls(
            id,
            name,
            owner,
            briefing,
            due_date,
            state,
            ticket_url,
            created_at,
            updated_at,
            review_due_date,
        )

        job.additional_properties = d
        return job

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
from ..models.job_owner import JobOwner
