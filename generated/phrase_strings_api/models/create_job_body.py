from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateJobBody")


@_attrs_define
class CreateJobBody:
    """Request body of create_job: Create a job."""

    name: str
    """ Name of the job """
    branch: str | Unset = UNSET
    """ Name of the branch to operate on """
    source_locale_id: str | Unset = UNSET
    """ ID of the locale translators work from """
    briefing: str | Unset = UNSET
    """ Instructions for the translators """
    due_date: datetime.datetime | None | Unset = UNSET
    """ Date by which the job should be done """
    ticket_url: str | Unset = UNSET
    """ Link to a related ticket in an issue tracker such as Jira or Trello """
    tags: list[str] | Unset = UNSET
    """ Tag names; keys carrying these tags are added to the job """
    translation_key_ids: list[str] | Unset = UNSET
    """ IDs of keys to add to the job """
    job_template_id: str | Unset = UNSET
    """ ID of a job template to base the job on; fields given in the request take precedence over the template """
    target_locale_ids: list[str] | Unset = UNSET
    """ Locales the job translates into (not together with job_template_id) """
    autotranslate: bool | Unset = UNSET
    """ Whether the job is machine translated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        branch = self.branch

        source_locale_id = self.source_locale_id

        briefing = self.briefing

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        ticket_url = self.ticket_url

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        translation_key_ids: list[str] | Unset = UNSET
        if not isinstance(self.translation_key_ids, Unset):
            translation_key_ids = self.translation_key_ids

        job_template_id = self.job_template_id

        target_locale_ids: list[str] | Unset = UNSET
        if not isinstance(self.target_locale_ids, Unset):
            target_locale_ids = self.target_locale_ids

        autotranslate = self.autotranslate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch
        if source_locale_id is not UNSET:
            field_dict["source_locale_id"] = source_locale_id
        if briefing is not UNSET:
            field_dict["briefing"] = briefing
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if ticket_url is not UNSET:
            field_dict["ticket_url"] = ticket_url
        if tags is not UNSET:
            field_dict["tags"] = tags
        if translation_key_ids is not UNSET:
            field_dict["translation_key_ids"] = translation_key_ids
        if job_template_id is not UNSET:
            field_dict["job_template_id"] = job_template_id
        if target_locale_ids is not UNSET:
            field_dict["target_locale_ids"] = target_locale_ids
        if autotranslate is not UNSET:
            field_dict["autotranslate"] = autotranslate

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

            branch = d.pop("branch", UNSET)

            source_locale_id = d.pop("source_locale_id", UNSET)

            briefing = d.pop("briefing", UNSET)

            _due_date: Any = d.pop("due_date", UNSET)
            due_date: datetime.datetime | None | Unset = _due_date
            if isinstance(_due_date, str):
                try:
                    due_date_type_0 = datetime.datetime.fromisoformat(_due_date)

                    due_date = due_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            ticket_url = d.pop("ticket_url", UNSET)

            tags: list[str] | Unset = d.pop("tags", UNSET)

            translation_key_ids: list[str] | Unset = d.pop("translation_key_ids", UNSET)

            job_template_id = d.pop("job_template_id", UNSET)

            target_locale_ids: list[str] | Unset = d.pop("target_locale_ids", UNSET)

            autotranslate = d.pop("autotranslate", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_job_body = cls(
            name,
            branch,
            source_locale_id,
            briefing,
            due_date,
            ticket_url,
            tags,
            translation_key_ids,
            job_template_id,
            target_locale_ids,
            autotranslate,
        )

        create_job_body.additional_properties = d
        return create_job_body

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
