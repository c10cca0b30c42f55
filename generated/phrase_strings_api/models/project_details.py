from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectDetails")


@_attrs_define
class ProjectDetails:
    """Extends project with its configuration flags."""

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
    shares_translation_memory: bool | Unset = UNSET
    """ Whether the project uses the shared translation memory """
    machine_translation_enabled: bool | Unset = UNSET
    """ Whether machine translation is turned on """
    zero_plural_form_enabled: bool | Unset = UNSET
    """ Whether a separate zero plural form is allowed """
    enable_all_data_type_translation_keys_for_translators: bool | Unset = UNSET
    """ Whether translators may work on keys of every data type """
    enable_icu_message_format: bool | Unset = UNSET
    """ Whether ICU message format support is on """
    enable_branching: bool | Unset = UNSET
    """ Whether branches can be created in the project """
    protect_master_branch: bool | Unset = UNSET
    """ Whether the main branch is protected from direct changes """
    autotranslate_enabled: bool | Unset = UNSET
    """ Whether automatic translation is on """
    autotranslate_check_new_translation_keys: bool | Unset = UNSET
    """ Whether newly created keys are translated automatically """
    autotranslate_check_new_uploads: bool | Unset = UNSET
    """ Whether new uploads are translated automatically """
    autotranslate_check_new_locales: bool | Unset = UNSET
    """ Whether newly added locales are translated automatically """
    autotranslate_mark_as_unverified: bool | Unset = UNSET
    """ Whether automatic translations are flagged as unverified """
    autotranslate_use_machine_translation: bool | Unset = UNSET
    """ Whether automatic translation draws on machine translation """
    autotranslate_use_translation_memory: bool | Unset = UNSET
    """ Whether automatic translation draws on the translation memory """
    default_encoding: str | Unset = UNSET
    """ Character encoding used for files unless another is chosen """
    autotranslate_overwrite_unverified_translations: bool | Unset = UNSET
    """ Whether automatic translation may replace translations that are still unverified (needs automatic
    translation turned on) """
    autocomplete_job_enabled: bool | Unset = UNSET
    """ Whether keys and locales created later join jobs that are already running """
    cldr_version: str | Unset = UNSET
    """ Version of the CLDR plural rules the project follows """
    job_locking_enabled: bool | Unset = UNSET
    """ Whether a job's translations become read-only once it reaches review """
    placeholder_styles: list[str] | None | Unset = UNSET
    """ Placeholder syntaxes the project recognises """
    branch: Branch | None | Unset = UNSET
    """ The branch these project settings belong to, when read from a branch """
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

        shares_translation_memory = self.shares_translation_memory

        machine_translation_enabled = self.machine_translation_enabled

        zero_plural_form_enabled = self.zero_plural_form_enabled

        enable_all_data_type_translation_keys_for_translators = (
            self.enable_all_data_type_translation_keys_for_translators
        )

        enable_icu_message_format = self.enable_icu_message_format

        enable_branching = self.enable_branching

        protect_master_branch = self.protect_master_branch

        autotranslate_enabled = self.autotranslate_enabled

        autotranslate_check_new_translation_keys = (
            self.autotranslate_check_new_translation_keys
        )

        autotranslate_check_new_uploads = self.autotranslate_check_new_uploads

        autotranslate_check_new_locales = self.autotranslate_check_new_locales

        autotranslate_mark_as_unverified = self.autotranslate_mark_as_unverified

        autotranslate_use_machine_translation = (
            self.autotranslate_use_machine_translation
        )

        autotranslate_use_translation_memory = self.autotranslate_use_translation_memory

        default_encoding = self.default_encoding

        autotranslate_overwrite_unverified_translations = (
            self.autotranslate_overwrite_unverified_translations
        )

        autocomplete_job_enabled = self.autocomplete_job_enabled

        cldr_version = self.cldr_version

        job_locking_enabled = self.job_locking_enabled

        placeholder_styles: list[str] | None | Unset
        if isinstance(self.placeholder_styles, Unset):
            placeholder_styles = UNSET
        elif isinstance(self.placeholder_styles, list):
            placeholder_styles = self.placeholder_styles

        else:
            placeholder_styles = self.placeholder_styles

        branch: dict[str, Any] | None | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        elif isinstance(self.branch, Branch):
            branch = self.branch.to_dict()
        else:
            branch = self.branch

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
        if shares_translation_memory is not UNSET:
            field_dict["shares_translation_memory"] = shares_translation_memory
        if machine_translation_enabled is not UNSET:
            field_dict["machine_translation_enabled"] = machine_translation_enabled
        if zero_plural_form_enabled is not UNSET:
            field_dict["zero_plural_form_enabled"] = zero_plural_form_enabled
        if enable_all_data_type_translation_keys_for_translators is not UNSET:
            field_dict["enable_all_data_type_translation_keys_for_translators"] = (
                enable_all_data_type_translation_keys_for_translators
            )
        if enable_icu_message_format is not UNSET:
            field_dict["enable_icu_message_format"] = enable_icu_message_format
        if enable_branching is not UNSET:
            field_dict["enable_branching"] = enable_branching
        if protect_master_branch is not UNSET:
            field_dict["protect_master_branch"] = protect_master_branch
        if autotranslate_enabled is not UNSET:
            field_dict["autotranslate_enabled"] = autotranslate_enabled
        if autotranslate_check_new_translation_keys is not UNSET:
            field_dict["autotranslate_check_new_translation_keys"] = (
                autotranslate_check_new_translation_keys
            )
        if autotranslate_check_new_uploads is not UNSET:
            field_dict["autotranslate_check_new_uploads"] = (
                autotranslate_check_new_uploads
            )
        if autotranslate_check_new_locales is not UNSET:
            field_dict["autotranslate_check_new_locales"] = (
                autotranslate_check_new_locales
            )
        if autotranslate_mark_as_unverified is not UNSET:
            field_dict["autotranslate_mark_as_unverified"] = (
                autotranslate_mark_as_unverified
            )
        if autotranslate_use_machine_translation is not UNSET:
            field_dict["autotranslate_use_machine_translation"] = (
                autotranslate_use_machine_translation
            )
        if autotranslate_use_translation_memory is not UNSET:
            field_dict["autotranslate_use_translation_memory"] = (
                autotranslate_use_translation_memory
            )
        if default_encoding is not UNSET:
            field_dict["default_encoding"] = default_encoding
        if autotranslate_overwrite_unverified_translations is not UNSET:
            field_dict["autotranslate_overwrite_unverified_translations"] = (
                autotranslate_overwrite_unverified_translations
            )
        if autocomplete_job_enabled is not UNSET:
            field_dict["autocomplete_job_enabled"] = autocomplete_job_enabled
        if cldr_version is not UNSET:
            field_dict["cldr_version"] = cldr_version
        if job_locking_enabled is not UNSET:
            field_dict["job_locking_enabled"] = job_locking_enabled
        if placeholder_styles is not UNSET:
            field_dict["placeholder_styles"] = placeholder_styles
        if branch is not UNSET:
            field_dict["branch"] = branch

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

            shares_translation_memory = d.pop("shares_translation_memory", UNSET)

            machine_translation_enabled = d.pop("machine_translation_enabled", UNSET)

            zero_plural_form_enabled = d.pop("zero_plural_form_enabled", UNSET)

            enable_all_data_type_translation_keys_for_translators = d.pop(
                "enable_all_data_type_translation_keys_for_translators", UNSET
            )

            enable_icu_message_format = d.pop("enable_icu_message_format", UNSET)

            enable_branching = d.pop("enable_branching", UNSET)

            protect_master_branch = d.pop("protect_master_branch", UNSET)

            autotranslate_enabled = d.pop("autotranslate_enabled", UNSET)

            autotranslate_check_new_translation_keys = d.pop(
                "autotranslate_check_new_translation_keys", UNSET
            )

            autotranslate_check_new_uploads = d.pop(
                "autotranslate_check_new_uploads", UNSET
            )

            autotranslate_check_new_locales = d.pop(
                "autotranslate_check_new_locales", UNSET
            )

            autotranslate_mark_as_unverified = d.pop(
                "autotranslate_mark_as_unverified", UNSET
            )

            autotranslate_use_machine_translation = d.pop(
                "autotranslate_use_machine_translation", UNSET
            )

            autotranslate_use_translation_memory = d.pop(
                "autotranslate_use_translation_memory", UNSET
            )

            default_encoding = d.pop("default_encoding", UNSET)

            autotranslate_overwrite_unverified_translations = d.pop(
                "autotranslate_overwrite_unverified_translations", UNSET
            )

            autocomplete_job_enabled = d.pop("autocomplete_job_enabled", UNSET)

            cldr_version = d.pop("cldr_version", UNSET)

            job_locking_enabled = d.pop("job_locking_enabled", UNSET)

            placeholder_styles: list[str] | None | Unset = d.pop(
                "placeholder_styles", UNSET
            )

            _branch: Any = d.pop("branch", UNSET)
            branch: Branch | None | Unset = _branch
            if isinstance(_branch, dict):
                try:
                    branch_type_0 = Branch.from_dict(_branch)

                    branch = branch_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        project_details = cls(
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
            shares_translation_memory,
            machine_translation_enabled,
            zero_plural_form_enabled,
            enable_all_data_type_translation_keys_for_translators,
            enable_icu_message_format,
            enable_branching,
            protect_master_branch,
            autotranslate_enabled,
            autotranslate_check_new_translation_keys,
            autotranslate_check_new_uploads,
            autotranslate_check_new_locales,
            autotranslate_mark_as_unverified,
            autotranslate_use_machine_translation,
            autotranslate_use_translation_memory,
            default_encoding,
            autotranslate_overwrite_unverified_translations,
            autocomplete_job_enabled,
            cldr_version,
            job_locking_enabled,
            placeholder_styles,
            branch,
        )

        project_details.additional_properties = d
        return project_details

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
from ..models.branch import Branch
from ..models.project_space import ProjectSpace
from ..models.user_preview import UserPreview
