from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobTemplateDetails")


@_attrs_define
class JobTemplateDetails:
    """Extends job_template with its owner, creator and locales."""

    id: str
    """ Unique identifier of the template """
    name: str
    """ Name of the template """
    created_at: datetime.datetime
    """ Timestamp at which the template was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the template """
    briefing: str | Unset = UNSET
    """ Default instructions for jobs created from the template """
    project: None | ProjectShort | Unset = UNSET
    """ Project the template belongs to """
    branch: JobBranch | None | Unset = UNSET
    """ Branch the template applies to """
    autotranslate_enabled: bool | Unset = UNSET
    """ Whether jobs made from this template are machine translated when they are created """
    owner: None | Unset | UserPreview = UNSET
    """ User who owns the template """
    creator: None | Unset | UserPreview = UNSET
    """ User who created the template """
    locales: list[LocalePreview] | None | Unset = UNSET
    """ Target locales set in the template """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        briefing = self.briefing

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, ProjectShort):
            project = self.project.to_dict()
        else:
            project = self.project

        branch: dict[str, Any] | None | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        elif isinstance(self.branch, JobBranch):
            branch = self.branch.to_dict()
        else:
            branch = self.branch

        autotranslate_enabled = self.autotranslate_enabled

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserPreview):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserPreview):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        locales: list[dict[str, Any]] | None | Unset
        if isinstance(self.locales, Unset):
            locales = UNSET
        elif isinstance(self.locales, list):
            locales = []
            for locales_type_0_item_data in self.locales:
                locales_type_0_item = locales_type_0_item_data.to_dict()
                locales.append(locales_type_0_item)

        else:
            locales = self.locales

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if briefing is not UNSET:
            field_dict["briefing"] = briefing
        if project is not UNSET:
            field_dict["project"] = project
        if branch is not UNSET:
            field_dict["branch"] = branch
        if autotranslate_enabled is not UNSET:
            field_dict["autotranslate_enabled"] = autotranslate_enabled
        if owner is not UNSET:
            field_dict["owner"] = owner
        if creator is not UNSET:
            field_dict["creator"] = creator
        if locales is not UNSET:
            field_dict["locales"] = locales

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

            name = d.pop("name")

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            briefing = d.pop("briefing", UNSET)

            _project: Any = d.pop("project", UNSET)
            project: None | ProjectShort | Unset = _project
            if isinstance(_project, dict):
                try:
                    project_type_0 = ProjectShort.from_dict(_project)

                    project = project_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _branch: Any = d.pop("branch", UNSET)
            branch: JobBranch | None | Unset = _branch
            if isinstance(_branch, dict):
                try:
                    branch_type_0 = JobBranch.from_dict(_branch)

                    branch = branch_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            autotranslate_enabled = d.pop("autotranslate_enabled", UNSET)

            _owner: Any = d.pop("owner", UNSET)
            owner: None | Unset | UserPreview = _owner
            if isinstance(_owner, dict):
                try:
                    owner_type_0 = UserPreview.from_dict(_owner)

                    owner = owner_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _creator: Any = d.pop("creator", UNSET)
            creator: None | Unset | UserPreview = _creator
            if isinstance(_creator, dict):
                try:
                    creator_type_0 = UserPreview.from_dict(_creator)

                    creator = creator_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _locales: Any = d.pop("locales", UNSET)
            locales: list[LocalePreview] | None | Unset = _locales
            if isinstance(_locales, list):
                try:
                    locales_type_0 = []
                    _locales_type_0 = _locales
                    for locales_type_0_item_data in _locales_type_0:
                        locales_type_0_item = LocalePreview.from_dict(
                            locales_type_0_item_data
                        )

                        locales_type_0.append(locales_type_0_item)

                    locales = locales_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        job_template_details = cls(
            id,
            name,
            created_at,
            updated_at,
            briefing,
            project,
            branch,
            autotranslate_enabled,
            owner,
            creator,
            locales,
        )

        job_template_details.additional_properties = d
        return job_template_details

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
from ..models.job_branch import JobBranch
from ..models.locale_preview import LocalePreview
from ..models.project_short import ProjectShort
from ..models.user_preview import UserPreview
