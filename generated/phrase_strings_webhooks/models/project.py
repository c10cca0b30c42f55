from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    id: str
    name: str
    main_format: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    slug: None | str | Unset = UNSET
    project_image_url: None | str | Unset = UNSET
    point_of_contact: None | ProjectPointOfContact | Unset = UNSET
    account: ProjectAccount | Unset = UNSET
    space: None | ProjectSpace | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        main_format: None | str
        main_format = self.main_format

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        project_image_url: None | str | Unset
        if isinstance(self.project_image_url, Unset):
            project_image_url = UNSET
        else:
            project_image_url = self.project_image_url

        point_of_contact: dict[str, Any] | None | Unset
        if isinstance(self.point_of_contact, Unset):
            point_of_contact = UNSET
        elif isinstance(self.point_of_contact, ProjectPointOfContact):
            point_of_contact = self.point_of_contact.to_dict()
        else:
            point_of_contact = self.point_of_contact

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        space: dict[str, Any] | None | Unset
        if isinstance(self.space, Unset):
            space = UNSET
        elif isinstance(self.space, ProjectSpace):
            space = self.space.to_dict()
        else:
            space = self.space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "main_format": main_format,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
        if project_image_url is not UNSET:
            field_dict["project_image_url"] = project_image_url
        if point_of_contact is not UNSET:
            field_dict["point_of_contact"] = point_of_contact
        if account is not UNSET:
            field_dict["account"] = account
        if space is not UNSET:
            field_dict["space"] = space

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

            def _parse_main_format(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            main_format = _parse_main_format(d.pop("main_format"))

            created_at = datetime.datetime.fromisoformat(
                d.pop("created_at").replace(" UTC", "+00:00")
            )

            updated_at = datetime.datetime.fromisoformat(
                d.pop("updated_at").replace(" UTC", "+00:00")
            )

            def _parse_slug(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            slug = _parse_slug(d.pop("slug", UNSET))

            def _parse_project_image_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            project_image_url = _parse_project_image_url(
                d.pop("project_image_url", UNSET)
            )

            _point_of_contact: Any = d.pop("point_of_contact", UNSET)
            point_of_contact: None | ProjectPointOfContact | Unset = _point_of_contact
            if isinstance(_point_of_contact, dict):
                try:
                    point_of_contact_type_0 = ProjectPointOfContact.from_dict(
                        _point_of_contact
                    )

                    point_of_contact = point_of_contact_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            _account = d.pop("account", UNSET)
            account: ProjectAccount | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = ProjectAccount.from_dict(_account)

            _space: Any = d.pop("space", UNSET)
            space: None | ProjectSpace | Unset = _space
            if isinstance(_space, dict):
                try:
                    space_type_0 = ProjectSpace.from_dict(_space)

                    space = space_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        project = cls(
            id,
            name,
            main_format,
            created_at,
            updated_at,
            slug,
            project_image_url,
            point_of_contact,
            account,
            space,
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
from ..models.project_account import ProjectAccount
from ..models.project_point_of_contact import ProjectPointOfContact
from ..models.project_space import ProjectSpace
