from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A translation project grouping keys, locales and their translations."""

    id: str
    """ Unique identifier of the project """
    name: str
    """ Name of the project """
    created_at: datetime.datetime
    """ Timestamp at which the project was created """
    updated_at: datetime.datetime
    """ Timestamp of the most recent change to the project """
    slug: str | Unset = UNSET
    """ URL-friendly short name of the project """
    main_format: str | Unset = UNSET
    """ File format the project mainly uses """
    project_image_url: str | Unset = UNSET
    """ Address of the project image """
    media: str | Unset = UNSET
    """ Main technology stack the project is built with """
    account: Account | None | Unset = UNSET
    """ Account that owns the project """
    space: None | ProjectSpace | Unset = UNSET
    """ Object describing the space the project sits in: ID, name, timestamps and number of projects """
    point_of_contact: None | Unset | UserPreview = UNSET
    """ User to contact about the project """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        slug = self.slug

        main_format = self.main_format

        project_image_url = self.project_image_url

        media = self.media

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, Account):
            account = self.account.to_dict()
        else:
            account = self.account

        space: dict[str, Any] | None | Unset
        if isinstance(self.space, Unset):
            space = UNSET
        elif isinstance(self.space, ProjectSpace):
            space = self.space.to_dict()
        else:
            space = self.space

        point_of_contact: dict[str, Any] | None | Unset
        if isinstance(self.point_of_contact, Unset):
            point_of_contact = UNSET
        elif isinstance(self.point_of_contact, UserPreview):
            point_of_contact = self.point_of_contact.to_dict()
        else:
            point_of_contact = self.point_of_contact

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
        if slug is not UNSET:
            field_dict["slug"] = slug
        if main_format is not UNSET:
            field_dict["main_format"] = main_format
        if project_image_url is not UNSET:
            field_dict["project_image_url"] = project_image_url
        if media is not UNSET:
            field_dict["media"] = media
        if account is not UNSET:
            field_dict["account"] = account
        if space is not UNSET:
            field_dict["space"] = space
        if point_of_contact is not UNSET:
            field_dict["point_of_contact"] = point_of_contact

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

            slug = d.pop("slug", UNSET)

            main_format = d.pop("main_format", UNSET)

            project_image_url = d.pop("project_image_url", UNSET)

            media = d.pop("media", UNSET)

            _account: Any = d.pop("account", UNSET)
            account: Account | None | Unset = _account
            if isinstance(_account, dict):
                try:
                    account_type_0 = Account.from_dict(_account)

                    account = account_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _space: Any = d.pop("space", UNSET)
            space: None | ProjectSpace | Unset = _space
            if isinstance(_space, dict):
                try:
                    space_type_0 = ProjectSpace.from_dict(_space)

                    space = space_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _point_of_contact: Any = d.pop("point_of_contact", UNSET)
            point_of_contact: None | Unset | UserPreview = _point_of_contact
            if isinstance(_point_of_contact, dict):
                try:
                    point_of_contact_type_0 = UserPreview.from_dict(_point_of_contact)

                    point_of_contact = point_of_contact_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        project = cls(
            id,
            name,
            created_at,
            updated_at,
            slug,
            main_format,
            project_image_url,
            media,
            account,
            space,
            point_of_contact,
        )

        project.additional_properties = d
        return project

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
from ..models.account import Account
from ..models.project_space import ProjectSpace
from ..models.user_preview import UserPreview
