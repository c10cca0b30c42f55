from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..models.create_repo_sync_body_connection_type import (
    CreateRepoSyncBodyConnectionType,
)
from ..models.create_repo_sync_body_git_provider import CreateRepoSyncBodyGitProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRepoSyncBody")


@_attrs_define
class CreateRepoSyncBody:
    """Request body of create_repo_sync: Connect a repository to a project."""

    project_id: str
    """ Project the repository is connected to """
    connection_type: CreateRepoSyncBodyConnectionType
    """ How Phrase signs in to the provider: token (an access token, any provider), github_app (the Phrase GitHub
    App installed on the account, GitHub only) or self_hosted (a token for a self-hosted instance) """
    repo_name: str
    """ Repository with its owner, as owner/repository """
    name: None | str | Unset = UNSET
    """ Display name of the sync (at most 100 characters); the project's name when empty """
    git_provider: CreateRepoSyncBodyGitProvider | Unset = UNSET
    """ Hosting service of the repository (github unless given) """
    base_branch: str | Unset = UNSET
    """ Repository branch that imports read and exports target """
    pr_branch: str | Unset = UNSET
    """ Branch exports are pushed to before a pull request is opened; exports go to base_branch when not set """
    auto_import: bool | Unset = UNSET
    """ Whether pushes to the repository start an import """
    access_token: str | Unset = _attrs_field(repr=False, default=UNSET)
    """ Access token for the provider; needed for the token and self_hosted connection types """
    custom_api_endpoint: str | Unset = UNSET
    """ API address of a self-hosted Git instance; needed for self_hosted """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        connection_type = self.connection_type.value

        repo_name = self.repo_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        git_provider: str | Unset = UNSET
        if not isinstance(self.git_provider, Unset):
            git_provider = self.git_provider.value

        base_branch = self.base_branch

        pr_branch = self.pr_branch

        auto_import = self.auto_import

        access_token = self.access_token

        custom_api_endpoint = self.custom_api_endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "connection_type": connection_type,
                "repo_name": repo_name,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if git_provider is not UNSET:
            field_dict["git_provider"] = git_provider
        if base_branch is not UNSET:
            field_dict["base_branch"] = base_branch
        if pr_branch is not UNSET:
            field_dict["pr_branch"] = pr_branch
        if auto_import is not UNSET:
            field_dict["auto_import"] = auto_import
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if custom_api_endpoint is not UNSET:
            field_dict["custom_api_endpoint"] = custom_api_endpoint

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
            project_id = d.pop("project_id")

            connection_type = CreateRepoSyncBodyConnectionType(d.pop("connection_type"))

            repo_name = d.pop("repo_name")

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name = _parse_name(d.pop("name", UNSET))

            _git_provider = d.pop("git_provider", UNSET)
            git_provider: CreateRepoSyncBodyGitProvider | Unset
            if isinstance(_git_provider, Unset):
                git_provider = UNSET
            else:
                git_provider = CreateRepoSyncBodyGitProvider(_git_provider)

            base_branch = d.pop("base_branch", UNSET)

            pr_branch = d.pop("pr_branch", UNSET)

            auto_import = d.pop("auto_import", UNSET)

            access_token = d.pop("access_token", UNSET)

            custom_api_endpoint = d.pop("custom_api_endpoint", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_repo_sync_body = cls(
            project_id,
            connection_type,
            repo_name,
            name,
            git_provider,
            base_branch,
            pr_branch,
            auto_import,
            access_token,
            custom_api_endpoint,
        )

        create_repo_sync_body.additional_properties = d
        return create_repo_sync_body

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
