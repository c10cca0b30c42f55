from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RepoSync")


@_attrs_define
class RepoSync:
    """A connection that syncs a project with a code repository."""

    id: str
    """ Unique identifier of the repository sync """
    created_at: datetime.datetime
    """ Timestamp at which the sync was set up """
    project: None | ProjectShort | Unset = UNSET
    """ Project being synced """
    provider: str | Unset = UNSET
    """ Hosting service of the repository """
    enabled: bool | Unset = UNSET
    """ Whether the sync is active """
    auto_import: bool | Unset = UNSET
    """ Whether pushes to the repository start an import automatically """
    repo_name: str | Unset = UNSET
    """ Name of the repository """
    last_import_at: datetime.datetime | None | Unset = UNSET
    """ Time of the last import from the repository """
    last_export_at: datetime.datetime | None | Unset = UNSET
    """ Time of the last export to the repository """
    name: None | str | Unset = UNSET
    """ Display name; when empty the project's name is shown """
    pr_branch: None | str | Unset = UNSET
    """ Repository branch that exports and pull requests start from; null when pushing straight to the base branch
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, ProjectShort):
            project = self.project.to_dict()
        else:
            project = self.project

        provider = self.provider

        enabled = self.enabled

        auto_import = self.auto_import

        repo_name = self.repo_name

        last_import_at: None | str | Unset
        if isinstance(self.last_import_at, Unset):
            last_import_at = UNSET
        elif isinstance(self.last_import_at, datetime.datetime):
            last_import_at = self.last_import_at.isoformat()
        else:
            last_import_at = self.last_import_at

        last_export_at: None | str | Unset
        if isinstance(self.last_export_at, Unset):
            last_export_at = UNSET
        elif isinstance(self.last_export_at, datetime.datetime):
            last_export_at = self.last_export_at.isoformat()
        else:
            last_export_at = self.last_export_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        pr_branch: None | str | Unset
        if isinstance(self.pr_branch, Unset):
            pr_branch = UNSET
        else:
            pr_branch = self.pr_branch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if provider is not UNSET:
            field_dict["provider"] = provider
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if auto_import is not UNSET:
            field_dict["auto_import"] = auto_import
        if repo_name is not UNSET:
            field_dict["repo_name"] = repo_name
        if last_import_at is not UNSET:
            field_dict["last_import_at"] = last_import_at
        if last_export_at is not UNSET:
            field_dict["last_export_at"] = last_export_at
        if name is not UNSET:
            field_dict["name"] = name
        if pr_branch is not UNSET:
            field_dict["pr_branch"] = pr_branch

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

            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _project: Any = d.pop("project", UNSET)
            project: None | ProjectShort | Unset = _project
            if isinstance(_project, dict):
                try:
                    project_type_0 = ProjectShort.from_dict(_project)

                    project = project_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            provider = d.pop("provider", UNSET)

            enabled = d.pop("enabled", UNSET)

            auto_import = d.pop("auto_import", UNSET)

            repo_name = d.pop("repo_name", UNSET)

            _last_import_at: Any = d.pop("last_import_at", UNSET)
            last_import_at: datetime.datetime | None | Unset = _last_import_at
            if isinstance(_last_import_at, str):
                try:
                    last_import_at_type_0 = datetime.datetime.fromisoformat(
                        _last_import_at
                    )

                    last_import_at = last_import_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _last_export_at: Any = d.pop("last_export_at", UNSET)
            last_export_at: datetime.datetime | None | Unset = _last_export_at
            if isinstance(_last_export_at, str):
                try:
                    last_export_at_type_0 = datetime.datetime.fromisoformat(
                        _last_export_at
                    )

                    last_export_at = last_export_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name = _parse_name(d.pop("name", UNSET))

            def _parse_pr_branch(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            pr_branch = _parse_pr_branch(d.pop("pr_branch", UNSET))

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        repo_sync = cls(
            id,
            created_at,
            project,
            provider,
            enabled,
            auto_import,
            repo_name,
            last_import_at,
            last_export_at,
            name,
            pr_branch,
        )

        repo_sync.additional_properties = d
        return repo_sync

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
