from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedResponseError, MissingFieldError
from ..models.create_project_body_default_encoding import (
    CreateProjectBodyDefaultEncoding,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateProjectBody")


@_attrs_define
class CreateProjectBody:
    """Request body of create_project: Create a project."""

    name: str
    """ Project name """
    main_format: str | Unset = UNSET
    """ API extension name of the project's primary file format; locale downloads use it when no format is given """
    media: str | Unset = UNSET
    """ Main technology used by the project, which influences things such as the suggested placeholder style. Known
    values include Ruby, JavaScript, AngularJS, React, iOS, Android, Python, PHP, Java, Go, Windows Phone, Rails,
    Node.js, .NET, Django, Symfony, Yii Framework, Zend Framework, Apple App Store Description and Google Play
    Description; other values are accepted too """
    shares_translation_memory: bool | Unset = UNSET
    """ Whether the project uses the account's shared translation memory """
    project_image: File | Unset = UNSET
    """ Image file used to identify the project """
    remove_project_image: bool | Unset = UNSET
    """ Set to true to delete the current project image """
    account_id: str | Unset = UNSET
    """ ID of the account to create the project in; needed when the user is a member of several accounts """
    point_of_contact: str | Unset = UNSET
    """ User ID of the person who acts as point of contact for the project """
    source_project_id: str | Unset = UNSET
    """ ID of an existing project to clone; its locales, keys, translations and main settings are copied unless
    other values are passed in this request """
    workflow: str | Unset = UNSET
    """ Review workflow to use: simple or review """
    machine_translation_enabled: bool | Unset = UNSET
    """ Turns on machine translation for the project; pre-translation depends on it """
    enable_branching: bool | Unset = UNSET
    """ Turns on branching for the project """
    protect_master_branch: bool | Unset = UNSET
    """ Protects the master branch when branching is enabled """
    enable_all_data_type_translation_keys_for_translators: bool | Unset = UNSET
    """ Lets translators edit translations of every data type, not only strings """
    enable_icu_message_format: bool | Unset = UNSET
    """ Turns on validation and highlighting of ICU messages """
    zero_plural_form_enabled: bool | Unset = UNSET
    """ Shows an input for the zero plural form on every key, even for languages that do not strictly need it """
    autotranslate_enabled: bool | Unset = UNSET
    """ Turns on Autopilot; needs machine_translation_enabled """
    autotranslate_check_new_translation_keys: bool | Unset = UNSET
    """ Autopilot setting for newly created keys; needs autotranslate_enabled """
    autotranslate_check_new_uploads: bool | Unset = UNSET
    """ Autopilot setting for new uploads; needs autotranslate_enabled """
    autotranslate_check_new_locales: bool | Unset = UNSET
    """ Autopilot setting for newly added locales; needs autotranslate_enabled """
    autotranslate_mark_as_unverified: bool | Unset = UNSET
    """ Autopilot setting to flag its translations as unverified; needs autotranslate_enabled """
    autotranslate_use_machine_translation: bool | Unset = UNSET
    """ Autopilot setting to draw on machine translation; needs autotranslate_enabled """
    autotranslate_use_translation_memory: bool | Unset = UNSET
    """ Autopilot setting to draw on the translation memory; needs autotranslate_enabled """
    autotranslate_overwrite_unverified_translations: bool | Unset = UNSET
    """ Whether automatic translation may replace translations that are still unverified (needs automatic
    translation turned on) """
    autocomplete_job_enabled: bool | Unset = UNSET
    """ Whether keys and locales created later join jobs that are already running """
    job_locking_enabled: bool | Unset = UNSET
    """ Whether a job's translations become read-only once it reaches review """
    smart_suggest_enabled: bool | Unset = UNSET
    """ Whether Smart Suggest proposes translations in the editor """
    smart_suggest_use_glossary: bool | Unset = UNSET
    """ Whether Smart Suggest draws on the term base """
    smart_suggest_use_machine_translation: bool | Unset = UNSET
    """ Whether Smart Suggest draws on machine translation """
    translation_keys_sort_collation: str | Unset = UNSET
    """ Collation for sorting keys alphabetically (unicode_ci unless set) """
    default_encoding: CreateProjectBodyDefaultEncoding | Unset = UNSET
    """ Encoding assumed for uploads that do not name one; guessed per file when empty """
    cldr_version: str | Unset = UNSET
    """ Version of the CLDR plural rules the project follows """
    placeholder_styles: list[str] | Unset = UNSET
    """ Placeholder syntaxes the project recognises """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        main_format = self.main_format

        media = self.media

        shares_translation_memory = self.shares_translation_memory

        project_image: FileTypes | Unset = UNSET
        if not isinstance(self.project_image, Unset):
            project_image = self.project_image.to_tuple()

        remove_project_image = self.remove_project_image

        account_id = self.account_id

        point_of_contact = self.point_of_contact

        source_project_id = self.source_project_id

        workflow = self.workflow

        machine_translation_enabled = self.machine_translation_enabled

        enable_branching = self.enable_branching

        protect_master_branch = self.protect_master_branch

        enable_all_data_type_translation_keys_for_translators = (
            self.enable_all_data_type_translation_keys_for_translators
        )

        enable_icu_message_format = self.enable_icu_message_format

        zero_plural_form_enabled = self.zero_plural_form_enabled

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

        autotranslate_overwrite_unverified_translations = (
            self.autotranslate_overwrite_unverified_translations
        )

        autocomplete_job_enabled = self.autocomplete_job_enabled

        job_locking_enabled = self.job_locking_enabled

        smart_suggest_enabled = self.smart_suggest_enabled

        smart_suggest_use_glossary = self.smart_suggest_use_glossary

        smart_suggest_use_machine_translation = (
            self.smart_suggest_use_machine_translation
        )

        translation_keys_sort_collation = self.translation_keys_sort_collation

        default_encoding: str | Unset = UNSET
        if not isinstance(self.default_encoding, Unset):
            default_encoding = self.default_encoding.value

        cldr_version = self.cldr_version

        placeholder_styles: list[str] | Unset = UNSET
        if not isinstance(self.placeholder_styles, Unset):
            placeholder_styles = self.placeholder_styles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if main_format is not UNSET:
            field_dict["main_format"] = main_format
        if media is not UNSET:
            field_dict["media"] = media
        if shares_translation_memory is not UNSET:
            field_dict["shares_translation_memory"] = shares_translation_memory
        if project_image is not UNSET:
            field_dict["project_image"] = project_image
        if remove_project_image is not UNSET:
            field_dict["remove_project_image"] = remove_project_image
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if point_of_contact is not UNSET:
            field_dict["point_of_contact"] = point_of_contact
        if source_project_id is not UNSET:
            field_dict["source_project_id"] = source_project_id
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if machine_translation_enabled is not UNSET:
            field_dict["machine_translation_enabled"] = machine_translation_enabled
        if enable_branching is not UNSET:
            field_dict["enable_branching"] = enable_branching
        if protect_master_branch is not UNSET:
            field_dict["protect_master_branch"] = protect_master_branch
        if enable_all_data_type_translation_keys_for_translators is not UNSET:
            field_dict["enable_all_data_type_translation_keys_for_translators"] = (
                enable_all_data_type_translation_keys_for_translators
            )
        if enable_icu_message_format is not UNSET:
            field_dict["enable_icu_message_format"] = enable_icu_message_format
        if zero_plural_form_enabled is not UNSET:
            field_dict["zero_plural_form_enabled"] = zero_plural_form_enabled
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
        if autotranslate_overwrite_unverified_translations is not UNSET:
            field_dict["autotranslate_overwrite_unverified_translations"] = (
                autotranslate_overwrite_unverified_translations
            )
        if autocomplete_job_enabled is not UNSET:
            field_dict["autocomplete_job_enabled"] = autocomplete_job_enabled
        if job_locking_enabled is not UNSET:
            field_dict["job_locking_enabled"] = job_locking_enabled
        if smart_suggest_enabled is not UNSET:
            field_dict["smart_suggest_enabled"] = smart_suggest_enabled
        if smart_suggest_use_glossary is not UNSET:
            field_dict["smart_suggest_use_glossary"] = smart_suggest_use_glossary
        if smart_suggest_use_machine_translation is not UNSET:
            field_dict["smart_suggest_use_machine_translation"] = (
                smart_suggest_use_machine_translation
            )
        if translation_keys_sort_collation is not UNSET:
            field_dict["translation_keys_sort_collation"] = (
                translation_keys_sort_collation
            )
        if default_encoding is not UNSET:
            field_dict["default_encoding"] = default_encoding
        if cldr_version is not UNSET:
            field_dict["cldr_version"] = cldr_version
        if placeholder_styles is not UNSET:
            field_dict["placeholder_styles"] = placeholder_styles

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

            main_format = d.pop("main_format", UNSET)

            media = d.pop("media", UNSET)

            shares_translation_memory = d.pop("shares_translation_memory", UNSET)

            _project_image = d.pop("project_image", UNSET)
            project_image: File | Unset
            if isinstance(_project_image, Unset):
                project_image = UNSET
            else:
                project_image = File(payload=BytesIO(_project_image))

            remove_project_image = d.pop("remove_project_image", UNSET)

            account_id = d.pop("account_id", UNSET)

            point_of_contact = d.pop("point_of_contact", UNSET)

            source_project_id = d.pop("source_project_id", UNSET)

            workflow = d.pop("workflow", UNSET)

            machine_translation_enabled = d.pop("machine_translation_enabled", UNSET)

            enable_branching = d.pop("enable_branching", UNSET)

            protect_master_branch = d.pop("protect_master_branch", UNSET)

            enable_all_data_type_translation_keys_for_translators = d.pop(
                "enable_all_data_type_translation_keys_for_translators", UNSET
            )

            enable_icu_message_format = d.pop("enable_icu_message_format", UNSET)

            zero_plural_form_enabled = d.pop("zero_plural_form_enabled", UNSET)

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

            autotranslate_overwrite_unverified_translations = d.pop(
                "autotranslate_overwrite_unverified_translations", UNSET
            )

            autocomplete_job_enabled = d.pop("autocomplete_job_enabled", UNSET)

            job_locking_enabled = d.pop("job_locking_enabled", UNSET)

            smart_suggest_enabled = d.pop("smart_suggest_enabled", UNSET)

            smart_suggest_use_glossary = d.pop("smart_suggest_use_glossary", UNSET)

            smart_suggest_use_machine_translation = d.pop(
                "smart_suggest_use_machine_translation", UNSET
            )

            translation_keys_sort_collation = d.pop(
                "translation_keys_sort_collation", UNSET
            )

            _default_encoding = d.pop("default_encoding", UNSET)
            default_encoding: CreateProjectBodyDefaultEncoding | Unset
            if isinstance(_default_encoding, Unset):
                default_encoding = UNSET
            else:
                default_encoding = CreateProjectBodyDefaultEncoding(_default_encoding)

            cldr_version = d.pop("cldr_version", UNSET)

            placeholder_styles: list[str] | Unset = d.pop("placeholder_styles", UNSET)

        except KeyError as missing:
            raise MissingFieldError(cls.__name__, str(missing.args[0])) from None
        create_project_body = cls(
            name,
            main_format,
            media,
            shares_translation_memory,
            project_image,
            remove_project_image,
            account_id,
            point_of_contact,
            source_project_id,
            workflow,
            machine_translation_enabled,
            enable_branching,
            protect_master_branch,
            enable_all_data_type_translation_keys_for_translators,
            enable_icu_message_format,
            zero_plural_form_enabled,
            autotranslate_enabled,
            autotranslate_check_new_translation_keys,
            autotranslate_check_new_uploads,
            autotranslate_check_new_locales,
            autotranslate_mark_as_unverified,
            autotranslate_use_machine_translation,
            autotranslate_use_translation_memory,
            autotranslate_overwrite_unverified_translations,
            autocomplete_job_enabled,
            job_locking_enabled,
            smart_suggest_enabled,
            smart_suggest_use_glossary,
            smart_suggest_use_machine_translation,
            translation_keys_sort_collation,
            default_encoding,
            cldr_version,
            placeholder_styles,
        )

        create_project_body.additional_properties = d
        return create_project_body

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
