"""Data models of the API. Each one is imported on first use (PEP 562), so importing
this package stays cheap; type checkers see the ordinary imports below."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .account import Account
    from .account_details import AccountDetails
    from .account_details_subscription_type_0 import AccountDetailsSubscriptionType0
    from .add_job_keys_body import AddJobKeysBody
    from .add_space_project_body import AddSpaceProjectBody
    from .add_team_project_body import AddTeamProjectBody
    from .add_team_space_body import AddTeamSpaceBody
    from .add_team_user_body import AddTeamUserBody
    from .affected_count import AffectedCount
    from .affected_resources import AffectedResources
    from .authorization import Authorization
    from .authorization_with_token import AuthorizationWithToken
    from .automation import Automation
    from .automation_event import AutomationEvent
    from .automation_event_project import AutomationEventProject
    from .automation_status_filters_type_0_item import AutomationStatusFiltersType0Item
    from .automation_status_type_1 import AutomationStatusType1
    from .automation_status_type_2_type_1 import AutomationStatusType2Type1
    from .automation_status_type_3_type_1 import AutomationStatusType3Type1
    from .automation_trigger_type_1 import AutomationTriggerType1
    from .automation_trigger_type_2_type_1 import AutomationTriggerType2Type1
    from .automation_trigger_type_3_type_1 import AutomationTriggerType3Type1
    from .blacklisted_key import BlacklistedKey
    from .branch import Branch
    from .branch_comparison import BranchComparison
    from .branch_comparison_change import BranchComparisonChange
    from .branch_comparison_change_from_type_0 import BranchComparisonChangeFromType0
    from .branch_comparison_change_to_type_0 import BranchComparisonChangeToType0
    from .branch_comparison_conflict import BranchComparisonConflict
    from .branch_comparison_conflict_base_type_0_item import (
        BranchComparisonConflictBaseType0Item,
    )
    from .branch_comparison_conflict_head_type_0_item import (
        BranchComparisonConflictHeadType0Item,
    )
    from .branch_comparison_diff import BranchComparisonDiff
    from .branch_comparison_diff_conflicts_type_0 import (
        BranchComparisonDiffConflictsType0,
    )
    from .build_icu_skeleton_body import BuildIcuSkeletonBody
    from .check_issue import CheckIssue
    from .comment import Comment
    from .comment_reaction import CommentReaction
    from .complete_job_body import CompleteJobBody
    from .complete_job_locale_body import CompleteJobLocaleBody
    from .complete_job_locale_review_body import CompleteJobLocaleReviewBody
    from .confirm_order_body import ConfirmOrderBody
    from .create_authorization_body import CreateAuthorizationBody
    from .create_automation_body import CreateAutomationBody
    from .create_automation_body_status_filters_item import (
        CreateAutomationBodyStatusFiltersItem,
    )
    from .create_automation_body_trigger import CreateAutomationBodyTrigger
    from .create_blacklisted_key_body import CreateBlacklistedKeyBody
    from .create_branch_body import CreateBranchBody
    from .create_branch_comparison_body import CreateBranchComparisonBody
    from .create_comment_body import CreateCommentBody
    from .create_comment_reply_body import CreateCommentReplyBody
    from .create_custom_metadata_property_body import CreateCustomMetadataPropertyBody
    from .create_distribution_body import CreateDistributionBody
    from .create_distribution_body_format_options import (
        CreateDistributionBodyFormatOptions,
    )
    from .create_figma_attachment_body import CreateFigmaAttachmentBody
    from .create_glossary_body import CreateGlossaryBody
    from .create_glossary_term_body import CreateGlossaryTermBody
    from .create_glossary_term_translation_body import CreateGlossaryTermTranslationBody
    from .create_invitation_body import CreateInvitationBody
    from .create_invitation_body_permissions import CreateInvitationBodyPermissions
    from .create_job_body import CreateJobBody
    from .create_job_comment_body import CreateJobCommentBody
    from .create_job_locale_body import CreateJobLocaleBody
    from .create_job_template_body import CreateJobTemplateBody
    from .create_job_template_locale_body import CreateJobTemplateLocaleBody
    from .create_key_body import CreateKeyBody
    from .create_key_body_custom_metadata import CreateKeyBodyCustomMetadata
    from .create_linked_keys_body import CreateLinkedKeysBody
    from .create_locale_body import CreateLocaleBody
    from .create_locale_download_body import CreateLocaleDownloadBody
    from .create_locale_download_body_custom_metadata_filters import (
        CreateLocaleDownloadBodyCustomMetadataFilters,
    )
    from .create_locale_download_body_format_options import (
        CreateLocaleDownloadBodyFormatOptions,
    )
    from .create_machine_translation_locale_provider_mapping_body import (
        CreateMachineTranslationLocaleProviderMappingBody,
    )
    from .create_order_body import CreateOrderBody
    from .create_organization_job_template_body import CreateOrganizationJobTemplateBody
    from .create_organization_job_template_locale_body import (
        CreateOrganizationJobTemplateLocaleBody,
    )
    from .create_pre_translation_body import CreatePreTranslationBody
    from .create_pre_translation_body_translatable_type import (
        CreatePreTranslationBodyTranslatableType,
    )
    from .create_project_body import CreateProjectBody
    from .create_project_body_default_encoding import CreateProjectBodyDefaultEncoding
    from .create_release_body import CreateReleaseBody
    from .create_release_trigger_body import CreateReleaseTriggerBody
    from .create_repo_sync_body import CreateRepoSyncBody
    from .create_repo_sync_body_connection_type import CreateRepoSyncBodyConnectionType
    from .create_repo_sync_body_git_provider import CreateRepoSyncBodyGitProvider
    from .create_screenshot_body import CreateScreenshotBody
    from .create_screenshot_marker_body import CreateScreenshotMarkerBody
    from .create_space_body import CreateSpaceBody
    from .create_style_guide_body import CreateStyleGuideBody
    from .create_tag_body import CreateTagBody
    from .create_team_body import CreateTeamBody
    from .create_translation_body import CreateTranslationBody
    from .create_upload_batch_body import CreateUploadBatchBody
    from .create_upload_batch_response_201 import CreateUploadBatchResponse201
    from .create_upload_batch_response_201_state import (
        CreateUploadBatchResponse201State,
    )
    from .create_upload_batch_response_201_status_type_1 import (
        CreateUploadBatchResponse201StatusType1,
    )
    from .create_upload_batch_response_201_status_type_2_type_1 import (
        CreateUploadBatchResponse201StatusType2Type1,
    )
    from .create_upload_batch_response_201_status_type_3_type_1 import (
        CreateUploadBatchResponse201StatusType3Type1,
    )
    from .create_upload_body import CreateUploadBody
    from .create_upload_body_format_options import CreateUploadBodyFormatOptions
    from .create_upload_body_locale_mapping import CreateUploadBodyLocaleMapping
    from .create_variable_body import CreateVariableBody
    from .create_webhook_body import CreateWebhookBody
    from .current_user import CurrentUser
    from .custom_metadata_data_type import CustomMetadataDataType
    from .custom_metadata_property import CustomMetadataProperty
    from .delete_linked_keys_body import DeleteLinkedKeysBody
    from .delete_linked_keys_body_strategy import DeleteLinkedKeysBodyStrategy
    from .distribution import Distribution
    from .distribution_preview import DistributionPreview
    from .download_locale_custom_metadata_filters import (
        DownloadLocaleCustomMetadataFilters,
    )
    from .download_locale_format_options import DownloadLocaleFormatOptions
    from .error import Error
    from .exclude_keys_body import ExcludeKeysBody
    from .exclude_translation_body import ExcludeTranslationBody
    from .exclude_translations_body import ExcludeTranslationsBody
    from .export_repo_sync_body import ExportRepoSyncBody
    from .field_error import FieldError
    from .figma_attachment import FigmaAttachment
    from .format_ import Format
    from .glossary import Glossary
    from .glossary_term import GlossaryTerm
    from .glossary_term_glossary_type_0 import GlossaryTermGlossaryType0
    from .glossary_term_translation import GlossaryTermTranslation
    from .icu import Icu
    from .import_repo_sync_body import ImportRepoSyncBody
    from .include_keys_body import IncludeKeysBody
    from .include_translation_body import IncludeTranslationBody
    from .include_translations_body import IncludeTranslationsBody
    from .invitation import Invitation
    from .invitation_permissions_type_0 import InvitationPermissionsType0
    from .invitation_project_role_type_0_item import InvitationProjectRoleType0Item
    from .invitation_project_roles_type_0_item import InvitationProjectRolesType0Item
    from .job import Job
    from .job_annotation import JobAnnotation
    from .job_annotation_short import JobAnnotationShort
    from .job_branch import JobBranch
    from .job_comment import JobComment
    from .job_details import JobDetails
    from .job_locale import JobLocale
    from .job_preview import JobPreview
    from .job_template import JobTemplate
    from .job_template_details import JobTemplateDetails
    from .job_template_locales import JobTemplateLocales
    from .job_template_locales_job_template_type_0 import (
        JobTemplateLocalesJobTemplateType0,
    )
    from .key_format_annotation import KeyFormatAnnotation
    from .key_link import KeyLink
    from .key_preview import KeyPreview
    from .list_comment_replies_order import ListCommentRepliesOrder
    from .list_comments_order import ListCommentsOrder
    from .list_custom_metadata_properties_order import ListCustomMetadataPropertiesOrder
    from .list_custom_metadata_properties_sort import ListCustomMetadataPropertiesSort
    from .list_documents_response_200_item import ListDocumentsResponse200Item
    from .list_job_comments_order import ListJobCommentsOrder
    from .list_jobs_in_account_state import ListJobsInAccountState
    from .list_jobs_state import ListJobsState
    from .list_keys_order import ListKeysOrder
    from .list_keys_sort import ListKeysSort
    from .list_languages_response_200 import ListLanguagesResponse200
    from .list_linked_keys_response_400 import ListLinkedKeysResponse400
    from .list_locales_in_account_response_200_item import (
        ListLocalesInAccountResponse200Item,
    )
    from .list_locales_sort_by import ListLocalesSortBy
    from .list_projects_sort_by import ListProjectsSortBy
    from .list_quality_performance_score_body import ListQualityPerformanceScoreBody
    from .list_quality_performance_score_response_200_type_0 import (
        ListQualityPerformanceScoreResponse200Type0,
    )
    from .list_quality_performance_score_response_200_type_0_error import (
        ListQualityPerformanceScoreResponse200Type0Error,
    )
    from .list_quality_performance_score_response_200_type_1 import (
        ListQualityPerformanceScoreResponse200Type1,
    )
    from .list_quality_performance_score_response_200_type_1_data import (
        ListQualityPerformanceScoreResponse200Type1Data,
    )
    from .list_quality_performance_score_response_200_type_1_data_translations_item import (
        ListQualityPerformanceScoreResponse200Type1DataTranslationsItem,
    )
    from .list_quality_performance_score_response_200_type_1_errors_item import (
        ListQualityPerformanceScoreResponse200Type1ErrorsItem,
    )
    from .list_translations_by_key_order import ListTranslationsByKeyOrder
    from .list_translations_by_key_sort import ListTranslationsByKeySort
    from .list_translations_by_locale_order import ListTranslationsByLocaleOrder
    from .list_translations_by_locale_sort import ListTranslationsByLocaleSort
    from .list_translations_order import ListTranslationsOrder
    from .list_translations_sort import ListTranslationsSort
    from .locale import Locale
    from .locale_details import LocaleDetails
    from .locale_download import LocaleDownload
    from .locale_download_params_type_0 import LocaleDownloadParamsType0
    from .locale_download_result_type_0 import LocaleDownloadResultType0
    from .locale_download_status_type_1 import LocaleDownloadStatusType1
    from .locale_download_status_type_2_type_1 import LocaleDownloadStatusType2Type1
    from .locale_download_status_type_3_type_1 import LocaleDownloadStatusType3Type1
    from .locale_preview import LocalePreview
    from .locale_report import LocaleReport
    from .locale_statistics import LocaleStatistics
    from .locale_team_preview import LocaleTeamPreview
    from .locale_user_preview import LocaleUserPreview
    from .machine_translation_locale_provider_mapping import (
        MachineTranslationLocaleProviderMapping,
    )
    from .machine_translation_settings import MachineTranslationSettings
    from .mark_comment_read_body import MarkCommentReadBody
    from .member import Member
    from .member_permissions_type_0 import MemberPermissionsType0
    from .member_project_detail import MemberProjectDetail
    from .member_project_detail_permissions_type_0 import (
        MemberProjectDetailPermissionsType0,
    )
    from .member_project_detail_project_roles_type_0_item import (
        MemberProjectDetailProjectRolesType0Item,
    )
    from .member_project_detail_spaces_type_0_item import (
        MemberProjectDetailSpacesType0Item,
    )
    from .member_spaces_type_0_item import MemberSpacesType0Item
    from .merge_branch_body import MergeBranchBody
    from .notification import Notification
    from .notification_data_type_0 import NotificationDataType0
    from .notification_group import NotificationGroup
    from .notification_group_detail import NotificationGroupDetail
    from .notification_resource_type_0 import NotificationResourceType0
    from .organization_job_template import OrganizationJobTemplate
    from .organization_job_template_details import OrganizationJobTemplateDetails
    from .pre_translation import PreTranslation
    from .pre_translation_status_type_1 import PreTranslationStatusType1
    from .pre_translation_status_type_2_type_1 import PreTranslationStatusType2Type1
    from .pre_translation_status_type_3_type_1 import PreTranslationStatusType3Type1
    from .pre_translation_translatable_type_type_1 import (
        PreTranslationTranslatableTypeType1,
    )
    from .pre_translation_translatable_type_type_2_type_1 import (
        PreTranslationTranslatableTypeType2Type1,
    )
    from .pre_translation_translatable_type_type_3_type_1 import (
        PreTranslationTranslatableTypeType3Type1,
    )
    from .project import Project
    from .project_details import ProjectDetails
    from .project_locales import ProjectLocales
    from .project_member import ProjectMember
    from .project_report import ProjectReport
    from .project_short import ProjectShort
    from .project_space import ProjectSpace
    from .release import Release
    from .release_preview import ReleasePreview
    from .release_trigger import ReleaseTrigger
    from .remove_job_keys_body import RemoveJobKeysBody
    from .reopen_job_body import ReopenJobBody
    from .reopen_job_locale_body import ReopenJobLocaleBody
    from .repo_sync import RepoSync
    from .repo_sync_event import RepoSyncEvent
    from .repo_sync_event_status_type_1 import RepoSyncEventStatusType1
    from .repo_sync_event_status_type_2_type_1 import RepoSyncEventStatusType2Type1
    from .repo_sync_event_status_type_3_type_1 import RepoSyncEventStatusType3Type1
    from .repo_sync_event_type_type_1 import RepoSyncEventTypeType1
    from .repo_sync_event_type_type_2_type_1 import RepoSyncEventTypeType2Type1
    from .repo_sync_event_type_type_3_type_1 import RepoSyncEventTypeType3Type1
    from .review_translation_body import ReviewTranslationBody
    from .review_translations_body import ReviewTranslationsBody
    from .screenshot import Screenshot
    from .screenshot_marker import ScreenshotMarker
    from .screenshot_marker_presentation_type_0 import ScreenshotMarkerPresentationType0
    from .search_account_body import SearchAccountBody
    from .search_account_response_200 import SearchAccountResponse200
    from .search_keys_body import SearchKeysBody
    from .search_translations_body import SearchTranslationsBody
    from .space import Space
    from .space_short import SpaceShort
    from .start_job_body import StartJobBody
    from .styleguide import Styleguide
    from .styleguide_details import StyleguideDetails
    from .styleguide_preview import StyleguidePreview
    from .sync_branch_body import SyncBranchBody
    from .tag import Tag
    from .tag_keys_body import TagKeysBody
    from .tag_with_stats import TagWithStats
    from .tag_with_stats_statistics_type_0_item import TagWithStatsStatisticsType0Item
    from .tag_with_stats_statistics_type_0_item_statistics_type_0 import (
        TagWithStatsStatisticsType0ItemStatisticsType0,
    )
    from .team import Team
    from .team_detail import TeamDetail
    from .team_short import TeamShort
    from .translation import Translation
    from .translation_details import TranslationDetails
    from .translation_key import TranslationKey
    from .translation_key_details import TranslationKeyDetails
    from .translation_key_details_custom_metadata_type_0 import (
        TranslationKeyDetailsCustomMetadataType0,
    )
    from .translation_linked_translation_type_0 import TranslationLinkedTranslationType0
    from .translation_order import TranslationOrder
    from .translation_version import TranslationVersion
    from .translation_version_with_user import TranslationVersionWithUser
    from .unreview_translation_body import UnreviewTranslationBody
    from .unreview_translations_body import UnreviewTranslationsBody
    from .untag_keys_body import UntagKeysBody
    from .unverify_translation_body import UnverifyTranslationBody
    from .unverify_translations_body import UnverifyTranslationsBody
    from .update_authorization_body import UpdateAuthorizationBody
    from .update_automation_body import UpdateAutomationBody
    from .update_automation_body_status_filters_item import (
        UpdateAutomationBodyStatusFiltersItem,
    )
    from .update_automation_body_trigger import UpdateAutomationBodyTrigger
    from .update_blacklisted_key_body import UpdateBlacklistedKeyBody
    from .update_branch_body import UpdateBranchBody
    from .update_comment_body import UpdateCommentBody
    from .update_custom_metadata_property_body import UpdateCustomMetadataPropertyBody
    from .update_distribution_body import UpdateDistributionBody
    from .update_distribution_body_format_options import (
        UpdateDistributionBodyFormatOptions,
    )
    from .update_figma_attachment_body import UpdateFigmaAttachmentBody
    from .update_glossary_body import UpdateGlossaryBody
    from .update_glossary_term_body import UpdateGlossaryTermBody
    from .update_glossary_term_translation_body import UpdateGlossaryTermTranslationBody
    from .update_invitation_body import UpdateInvitationBody
    from .update_invitation_body_permissions import UpdateInvitationBodyPermissions
    from .update_invitation_settings_body import UpdateInvitationSettingsBody
    from .update_job_annotation_body import UpdateJobAnnotationBody
    from .update_job_annotation_for_locale_body import UpdateJobAnnotationForLocaleBody
    from .update_job_body import UpdateJobBody
    from .update_job_comment_body import UpdateJobCommentBody
    from .update_job_locale_body import UpdateJobLocaleBody
    from .update_job_template_body import UpdateJobTemplateBody
    from .update_job_template_locale_body import UpdateJobTemplateLocaleBody
    from .update_key_body import UpdateKeyBody
    from .update_key_body_custom_metadata import UpdateKeyBodyCustomMetadata
    from .update_locale_body import UpdateLocaleBody
    from .update_machine_translation_settings_body import (
        UpdateMachineTranslationSettingsBody,
    )
    from .update_member_body import UpdateMemberBody
    from .update_member_body_permissions import UpdateMemberBodyPermissions
    from .update_member_settings_body import UpdateMemberSettingsBody
    from .update_organization_job_template_body import UpdateOrganizationJobTemplateBody
    from .update_organization_job_template_locale_body import (
        UpdateOrganizationJobTemplateLocaleBody,
    )
    from .update_project_body import UpdateProjectBody
    from .update_project_body_default_encoding import UpdateProjectBodyDefaultEncoding
    from .update_release_body import UpdateReleaseBody
    from .update_release_trigger_body import UpdateReleaseTriggerBody
    from .update_screenshot_body import UpdateScreenshotBody
    from .update_screenshot_marker_body import UpdateScreenshotMarkerBody
    from .update_space_body import UpdateSpaceBody
    from .update_style_guide_body import UpdateStyleGuideBody
    from .update_team_body import UpdateTeamBody
    from .update_translation_body import UpdateTranslationBody
    from .update_variable_body import UpdateVariableBody
    from .update_webhook_body import UpdateWebhookBody
    from .upload import Upload
    from .upload_summary_type_0 import UploadSummaryType0
    from .user import User
    from .user_preview import UserPreview
    from .validation_error import ValidationError
    from .variable import Variable
    from .verify_translation_body import VerifyTranslationBody
    from .verify_translations_body import VerifyTranslationsBody
    from .webhook import Webhook
    from .webhook_delivery import WebhookDelivery

_MODULE_OF = {
    "Account": ".account",
    "AccountDetails": ".account_details",
    "AccountDetailsSubscriptionType0": ".account_details_subscription_type_0",
    "AddJobKeysBody": ".add_job_keys_body",
    "AddSpaceProjectBody": ".add_space_project_body",
    "AddTeamProjectBody": ".add_team_project_body",
    "AddTeamSpaceBody": ".add_team_space_body",
    "AddTeamUserBody": ".add_team_user_body",
    "AffectedCount": ".affected_count",
    "AffectedResources": ".affected_resources",
    "Authorization": ".authorization",
    "AuthorizationWithToken": ".authorization_with_token",
    "Automation": ".automation",
    "AutomationEvent": ".automation_event",
    "AutomationEventProject": ".automation_event_project",
    "AutomationStatusFiltersType0Item": ".automation_status_filters_type_0_item",
    "AutomationStatusType1": ".automation_status_type_1",
    "AutomationStatusType2Type1": ".automation_status_type_2_type_1",
    "AutomationStatusType3Type1": ".automation_status_type_3_type_1",
    "AutomationTriggerType1": ".automation_trigger_type_1",
    "AutomationTriggerType2Type1": ".automation_trigger_type_2_type_1",
    "AutomationTriggerType3Type1": ".automation_trigger_type_3_type_1",
    "BlacklistedKey": ".blacklisted_key",
    "Branch": ".branch",
    "BranchComparison": ".branch_comparison",
    "BranchComparisonChange": ".branch_comparison_change",
    "BranchComparisonChangeFromType0": ".branch_comparison_change_from_type_0",
    "BranchComparisonChangeToType0": ".branch_comparison_change_to_type_0",
    "BranchComparisonConflict": ".branch_comparison_conflict",
    "BranchComparisonConflictBaseType0Item": ".branch_comparison_conflict_base_type_0_item",
    "BranchComparisonConflictHeadType0Item": ".branch_comparison_conflict_head_type_0_item",
    "BranchComparisonDiff": ".branch_comparison_diff",
    "BranchComparisonDiffConflictsType0": ".branch_comparison_diff_conflicts_type_0",
    "BuildIcuSkeletonBody": ".build_icu_skeleton_body",
    "CheckIssue": ".check_issue",
    "Comment": ".comment",
    "CommentReaction": ".comment_reaction",
    "CompleteJobBody": ".complete_job_body",
    "CompleteJobLocaleBody": ".complete_job_locale_body",
    "CompleteJobLocaleReviewBody": ".complete_job_locale_review_body",
    "ConfirmOrderBody": ".confirm_order_body",
    "CreateAuthorizationBody": ".create_authorization_body",
    "CreateAutomationBody": ".create_automation_body",
    "CreateAutomationBodyStatusFiltersItem": ".create_automation_body_status_filters_item",
    "CreateAutomationBodyTrigger": ".create_automation_body_trigger",
    "CreateBlacklistedKeyBody": ".create_blacklisted_key_body",
    "CreateBranchBody": ".create_branch_body",
    "CreateBranchComparisonBody": ".create_branch_comparison_body",
    "CreateCommentBody": ".create_comment_body",
    "CreateCommentReplyBody": ".create_comment_reply_body",
    "CreateCustomMetadataPropertyBody": ".create_custom_metadata_property_body",
    "CreateDistributionBody": ".create_distribution_body",
    "CreateDistributionBodyFormatOptions": ".create_distribution_body_format_options",
    "CreateFigmaAttachmentBody": ".create_figma_attachment_body",
    "CreateGlossaryBody": ".create_glossary_body",
    "CreateGlossaryTermBody": ".create_glossary_term_body",
    "CreateGlossaryTermTranslationBody": ".create_glossary_term_translation_body",
    "CreateInvitationBody": ".create_invitation_body",
    "CreateInvitationBodyPermissions": ".create_invitation_body_permissions",
    "CreateJobBody": ".create_job_body",
    "CreateJobCommentBody": ".create_job_comment_body",
    "CreateJobLocaleBody": ".create_job_locale_body",
    "CreateJobTemplateBody": ".create_job_template_body",
    "CreateJobTemplateLocaleBody": ".create_job_template_locale_body",
    "CreateKeyBody": ".create_key_body",
    "CreateKeyBodyCustomMetadata": ".create_key_body_custom_metadata",
    "CreateLinkedKeysBody": ".create_linked_keys_body",
    "CreateLocaleBody": ".create_locale_body",
    "CreateLocaleDownloadBody": ".create_locale_download_body",
    "CreateLocaleDownloadBodyCustomMetadataFilters": ".create_locale_download_body_custom_metadata_filters",
    "CreateLocaleDownloadBodyFormatOptions": ".create_locale_download_body_format_options",
    "CreateMachineTranslationLocaleProviderMappingBody": ".create_machine_translation_locale_provider_mapping_body",
    "CreateOrderBody": ".create_order_body",
    "CreateOrganizationJobTemplateBody": ".create_organization_job_template_body",
    "CreateOrganizationJobTemplateLocaleBody": ".create_organization_job_template_locale_body",
    "CreatePreTranslationBody": ".create_pre_translation_body",
    "CreatePreTranslationBodyTranslatableType": ".create_pre_translation_body_translatable_type",
    "CreateProjectBody": ".create_project_body",
    "CreateProjectBodyDefaultEncoding": ".create_project_body_default_encoding",
    "CreateReleaseBody": ".create_release_body",
    "CreateReleaseTriggerBody": ".create_release_trigger_body",
    "CreateRepoSyncBody": ".create_repo_sync_body",
    "CreateRepoSyncBodyConnectionType": ".create_repo_sync_body_connection_type",
    "CreateRepoSyncBodyGitProvider": ".create_repo_sync_body_git_provider",
    "CreateScreenshotBody": ".create_screenshot_body",
    "CreateScreenshotMarkerBody": ".create_screenshot_marker_body",
    "CreateSpaceBody": ".create_space_body",
    "CreateStyleGuideBody": ".create_style_guide_body",
    "CreateTagBody": ".create_tag_body",
    "CreateTeamBody": ".create_team_body",
    "CreateTranslationBody": ".create_translation_body",
    "CreateUploadBatchBody": ".create_upload_batch_body",
    "CreateUploadBatchResponse201": ".create_upload_batch_response_201",
    "CreateUploadBatchResponse201State": ".create_upload_batch_response_201_state",
    "CreateUploadBatchResponse201StatusType1": ".create_upload_batch_response_201_status_type_1",
    "CreateUploadBatchResponse201StatusType2Type1": ".create_upload_batch_response_201_status_type_2_type_1",
    "CreateUploadBatchResponse201StatusType3Type1": ".create_upload_batch_response_201_status_type_3_type_1",
    "CreateUploadBody": ".create_upload_body",
    "CreateUploadBodyFormatOptions": ".create_upload_body_format_options",
    "CreateUploadBodyLocaleMapping": ".create_upload_body_locale_mapping",
    "CreateVariableBody": ".create_variable_body",
    "CreateWebhookBody": ".create_webhook_body",
    "CurrentUser": ".current_user",
    "CustomMetadataDataType": ".custom_metadata_data_type",
    "CustomMetadataProperty": ".custom_metadata_property",
    "DeleteLinkedKeysBody": ".delete_linked_keys_body",
    "DeleteLinkedKeysBodyStrategy": ".delete_linked_keys_body_strategy",
    "Distribution": ".distribution",
    "DistributionPreview": ".distribution_preview",
    "DownloadLocaleCustomMetadataFilters": ".download_locale_custom_metadata_filters",
    "DownloadLocaleFormatOptions": ".download_locale_format_options",
    "Error": ".error",
    "ExcludeKeysBody": ".exclude_keys_body",
    "ExcludeTranslationBody": ".exclude_translation_body",
    "ExcludeTranslationsBody": ".exclude_translations_body",
    "ExportRepoSyncBody": ".export_repo_sync_body",
    "FieldError": ".field_error",
    "FigmaAttachment": ".figma_attachment",
    "Format": ".format_",
    "Glossary": ".glossary",
    "GlossaryTerm": ".glossary_term",
    "GlossaryTermGlossaryType0": ".glossary_term_glossary_type_0",
    "GlossaryTermTranslation": ".glossary_term_translation",
    "Icu": ".icu",
    "ImportRepoSyncBody": ".import_repo_sync_body",
    "IncludeKeysBody": ".include_keys_body",
    "IncludeTranslationBody": ".include_translation_body",
    "IncludeTranslationsBody": ".include_translations_body",
    "Invitation": ".invitation",
    "InvitationPermissionsType0": ".invitation_permissions_type_0",
    "InvitationProjectRoleType0Item": ".invitation_project_role_type_0_item",
    "InvitationProjectRolesType0Item": ".invitation_project_roles_type_0_item",
    "Job": ".job",
    "JobAnnotation": ".job_annotation",
    "JobAnnotationShort": ".job_annotation_short",
    "JobBranch": ".job_branch",
    "JobComment": ".job_comment",
    "JobDetails": ".job_details",
    "JobLocale": ".job_locale",
    "JobPreview": ".job_preview",
    "JobTemplate": ".job_template",
    "JobTemplateDetails": ".job_template_details",
    "JobTemplateLocales": ".job_template_locales",
    "JobTemplateLocalesJobTemplateType0": ".job_template_locales_job_template_type_0",
    "KeyFormatAnnotation": ".key_format_annotation",
    "KeyLink": ".key_link",
    "KeyPreview": ".key_preview",
    "ListCommentRepliesOrder": ".list_comment_replies_order",
    "ListCommentsOrder": ".list_comments_order",
    "ListCustomMetadataPropertiesOrder": ".list_custom_metadata_properties_order",
    "ListCustomMetadataPropertiesSort": ".list_custom_metadata_properties_sort",
    "ListDocumentsResponse200Item": ".list_documents_response_200_item",
    "ListJobCommentsOrder": ".list_job_comments_order",
    "ListJobsInAccountState": ".list_jobs_in_account_state",
    "ListJobsState": ".list_jobs_state",
    "ListKeysOrder": ".list_keys_order",
    "ListKeysSort": ".list_keys_sort",
    "ListLanguagesResponse200": ".list_languages_response_200",
    "ListLinkedKeysResponse400": ".list_linked_keys_response_400",
    "ListLocalesInAccountResponse200Item": ".list_locales_in_account_response_200_item",
    "ListLocalesSortBy": ".list_locales_sort_by",
    "ListProjectsSortBy": ".list_projects_sort_by",
    "ListQualityPerformanceScoreBody": ".list_quality_performance_score_body",
    "ListQualityPerformanceScoreResponse200Type0": ".list_quality_performance_score_response_200_type_0",
    "ListQualityPerformanceScoreResponse200Type0Error": ".list_quality_performance_score_response_200_type_0_error",
    "ListQualityPerformanceScoreResponse200Type1": ".list_quality_performance_score_response_200_type_1",
    "ListQualityPerformanceScoreResponse200Type1Data": ".list_quality_performance_score_response_200_type_1_data",
    "ListQualityPerformanceScoreResponse200Type1DataTranslationsItem": ".list_quality_performance_score_response_200_type_1_data_translations_item",
    "ListQualityPerformanceScoreResponse200Type1ErrorsItem": ".list_quality_performance_score_response_200_type_1_errors_item",
    "ListTranslationsByKeyOrder": ".list_translations_by_key_order",
    "ListTranslationsByKeySort": ".list_translations_by_key_sort",
    "ListTranslationsByLocaleOrder": ".list_translations_by_locale_order",
    "ListTranslationsByLocaleSort": ".list_translations_by_locale_sort",
    "ListTranslationsOrder": ".list_translations_order",
    "ListTranslationsSort": ".list_translations_sort",
    "Locale": ".locale",
    "LocaleDetails": ".locale_details",
    "LocaleDownload": ".locale_download",
    "LocaleDownloadParamsType0": ".locale_download_params_type_0",
    "LocaleDownloadResultType0": ".locale_download_result_type_0",
    "LocaleDownloadStatusType1": ".locale_download_status_type_1",
    "LocaleDownloadStatusType2Type1": ".locale_download_status_type_2_type_1",
    "LocaleDownloadStatusType3Type1": ".locale_download_status_type_3_type_1",
    "LocalePreview": ".locale_preview",
    "LocaleReport": ".locale_report",
    "LocaleStatistics": ".locale_statistics",
    "LocaleTeamPreview": ".locale_team_preview",
    "LocaleUserPreview": ".locale_user_preview",
    "MachineTranslationLocaleProviderMapping": ".machine_translation_locale_provider_mapping",
    "MachineTranslationSettings": ".machine_translation_settings",
    "MarkCommentReadBody": ".mark_comment_read_body",
    "Member": ".member",
    "MemberPermissionsType0": ".member_permissions_type_0",
    "MemberProjectDetail": ".member_project_detail",
    "MemberProjectDetailPermissionsType0": ".member_project_detail_permissions_type_0",
    "MemberProjectDetailProjectRolesType0Item": ".member_project_detail_project_roles_type_0_item",
    "MemberProjectDetailSpacesType0Item": ".member_project_detail_spaces_type_0_item",
    "MemberSpacesType0Item": ".member_spaces_type_0_item",
    "MergeBranchBody": ".merge_branch_body",
    "Notification": ".notification",
    "NotificationDataType0": ".notification_data_type_0",
    "NotificationGroup": ".notification_group",
    "NotificationGroupDetail": ".notification_group_detail",
    "NotificationResourceType0": ".notification_resource_type_0",
    "OrganizationJobTemplate": ".organization_job_template",
    "OrganizationJobTemplateDetails": ".organization_job_template_details",
    "PreTranslation": ".pre_translation",
    "PreTranslationStatusType1": ".pre_translation_status_type_1",
    "PreTranslationStatusType2Type1": ".pre_translation_status_type_2_type_1",
    "PreTranslationStatusType3Type1": ".pre_translation_status_type_3_type_1",
    "PreTranslationTranslatableTypeType1": ".pre_translation_translatable_type_type_1",
    "PreTranslationTranslatableTypeType2Type1": ".pre_translation_translatable_type_type_2_type_1",
    "PreTranslationTranslatableTypeType3Type1": ".pre_translation_translatable_type_type_3_type_1",
    "Project": ".project",
    "ProjectDetails": ".project_details",
    "ProjectLocales": ".project_locales",
    "ProjectMember": ".project_member",
    "ProjectReport": ".project_report",
    "ProjectShort": ".project_short",
    "ProjectSpace": ".project_space",
    "Release": ".release",
    "ReleasePreview": ".release_preview",
    "ReleaseTrigger": ".release_trigger",
    "RemoveJobKeysBody": ".remove_job_keys_body",
    "ReopenJobBody": ".reopen_job_body",
    "ReopenJobLocaleBody": ".reopen_job_locale_body",
    "RepoSync": ".repo_sync",
    "RepoSyncEvent": ".repo_sync_event",
    "RepoSyncEventStatusType1": ".repo_sync_event_status_type_1",
    "RepoSyncEventStatusType2Type1": ".repo_sync_event_status_type_2_type_1",
    "RepoSyncEventStatusType3Type1": ".repo_sync_event_status_type_3_type_1",
    "RepoSyncEventTypeType1": ".repo_sync_event_type_type_1",
    "RepoSyncEventTypeType2Type1": ".repo_sync_event_type_type_2_type_1",
    "RepoSyncEventTypeType3Type1": ".repo_sync_event_type_type_3_type_1",
    "ReviewTranslationBody": ".review_translation_body",
    "ReviewTranslationsBody": ".review_translations_body",
    "Screenshot": ".screenshot",
    "ScreenshotMarker": ".screenshot_marker",
    "ScreenshotMarkerPresentationType0": ".screenshot_marker_presentation_type_0",
    "SearchAccountBody": ".search_account_body",
    "SearchAccountResponse200": ".search_account_response_200",
    "SearchKeysBody": ".search_keys_body",
    "SearchTranslationsBody": ".search_translations_body",
    "Space": ".space",
    "SpaceShort": ".space_short",
    "StartJobBody": ".start_job_body",
    "Styleguide": ".styleguide",
    "StyleguideDetails": ".styleguide_details",
    "StyleguidePreview": ".styleguide_preview",
    "SyncBranchBody": ".sync_branch_body",
    "Tag": ".tag",
    "TagKeysBody": ".tag_keys_body",
    "TagWithStats": ".tag_with_stats",
    "TagWithStatsStatisticsType0Item": ".tag_with_stats_statistics_type_0_item",
    "TagWithStatsStatisticsType0ItemStatisticsType0": ".tag_with_stats_statistics_type_0_item_statistics_type_0",
    "Team": ".team",
    "TeamDetail": ".team_detail",
    "TeamShort": ".team_short",
    "Translation": ".translation",
    "TranslationDetails": ".translation_details",
    "TranslationKey": ".translation_key",
    "TranslationKeyDetails": ".translation_key_details",
    "TranslationKeyDetailsCustomMetadataType0": ".translation_key_details_custom_metadata_type_0",
    "TranslationLinkedTranslationType0": ".translation_linked_translation_type_0",
    "TranslationOrder": ".translation_order",
    "TranslationVersion": ".translation_version",
    "TranslationVersionWithUser": ".translation_version_with_user",
    "UnreviewTranslationBody": ".unreview_translation_body",
    "UnreviewTranslationsBody": ".unreview_translations_body",
    "UntagKeysBody": ".untag_keys_body",
    "UnverifyTranslationBody": ".unverify_translation_body",
    "UnverifyTranslationsBody": ".unverify_translations_body",
    "UpdateAuthorizationBody": ".update_authorization_body",
    "UpdateAutomationBody": ".update_automation_body",
    "UpdateAutomationBodyStatusFiltersItem": ".update_automation_body_status_filters_item",
    "UpdateAutomationBodyTrigger": ".update_automation_body_trigger",
    "UpdateBlacklistedKeyBody": ".update_blacklisted_key_body",
    "UpdateBranchBody": ".update_branch_body",
    "UpdateCommentBody": ".update_comment_body",
    "UpdateCustomMetadataPropertyBody": ".update_custom_metadata_property_body",
    "UpdateDistributionBody": ".update_distribution_body",
    "UpdateDistributionBodyFormatOptions": ".update_distribution_body_format_options",
    "UpdateFigmaAttachmentBody": ".update_figma_attachment_body",
    "UpdateGlossaryBody": ".update_glossary_body",
    "UpdateGlossaryTermBody": ".update_glossary_term_body",
    "UpdateGlossaryTermTranslationBody": ".update_glossary_term_translation_body",
    "UpdateInvitationBody": ".update_invitation_body",
    "UpdateInvitationBodyPermissions": ".update_invitation_body_permissions",
    "UpdateInvitationSettingsBody": ".update_invitation_settings_body",
    "UpdateJobAnnotationBody": ".update_job_annotation_body",
    "UpdateJobAnnotationForLocaleBody": ".update_job_annotation_for_locale_body",
    "UpdateJobBody": ".update_job_body",
    "UpdateJobCommentBody": ".update_job_comment_body",
    "UpdateJobLocaleBody": ".update_job_locale_body",
    "UpdateJobTemplateBody": ".update_job_template_body",
    "UpdateJobTemplateLocaleBody": ".update_job_template_locale_body",
    "UpdateKeyBody": ".update_key_body",
    "UpdateKeyBodyCustomMetadata": ".update_key_body_custom_metadata",
    "UpdateLocaleBody": ".update_locale_body",
    "UpdateMachineTranslationSettingsBody": ".update_machine_translation_settings_body",
    "UpdateMemberBody": ".update_member_body",
    "UpdateMemberBodyPermissions": ".update_member_body_permissions",
    "UpdateMemberSettingsBody": ".update_member_settings_body",
    "UpdateOrganizationJobTemplateBody": ".update_organization_job_template_body",
    "UpdateOrganizationJobTemplateLocaleBody": ".update_organization_job_template_locale_body",
    "UpdateProjectBody": ".update_project_body",
    "UpdateProjectBodyDefaultEncoding": ".update_project_body_default_encoding",
    "UpdateReleaseBody": ".update_release_body",
    "UpdateReleaseTriggerBody": ".update_release_trigger_body",
    "UpdateScreenshotBody": ".update_screenshot_body",
    "UpdateScreenshotMarkerBody": ".update_screenshot_marker_body",
    "UpdateSpaceBody": ".update_space_body",
    "UpdateStyleGuideBody": ".update_style_guide_body",
    "UpdateTeamBody": ".update_team_body",
    "UpdateTranslationBody": ".update_translation_body",
    "UpdateVariableBody": ".update_variable_body",
    "UpdateWebhookBody": ".update_webhook_body",
    "Upload": ".upload",
    "UploadSummaryType0": ".upload_summary_type_0",
    "User": ".user",
    "UserPreview": ".user_preview",
    "ValidationError": ".validation_error",
    "Variable": ".variable",
    "VerifyTranslationBody": ".verify_translation_body",
    "VerifyTranslationsBody": ".verify_translations_body",
    "Webhook": ".webhook",
    "WebhookDelivery": ".webhook_delivery",
}

__all__ = (
    "Account",
    "AccountDetails",
    "AccountDetailsSubscriptionType0",
    "AddJobKeysBody",
    "AddSpaceProjectBody",
    "AddTeamProjectBody",
    "AddTeamSpaceBody",
    "AddTeamUserBody",
    "AffectedCount",
    "AffectedResources",
    "Authorization",
    "AuthorizationWithToken",
    "Automation",
    "AutomationEvent",
    "AutomationEventProject",
    "AutomationStatusFiltersType0Item",
    "AutomationStatusType1",
    "AutomationStatusType2Type1",
    "AutomationStatusType3Type1",
    "AutomationTriggerType1",
    "AutomationTriggerType2Type1",
    "AutomationTriggerType3Type1",
    "BlacklistedKey",
    "Branch",
    "BranchComparison",
    "BranchComparisonChange",
    "BranchComparisonChangeFromType0",
    "BranchComparisonChangeToType0",
    "BranchComparisonConflict",
    "BranchComparisonConflictBaseType0Item",
    "BranchComparisonConflictHeadType0Item",
    "BranchComparisonDiff",
    "BranchComparisonDiffConflictsType0",
    "BuildIcuSkeletonBody",
    "CheckIssue",
    "Comment",
    "CommentReaction",
    "CompleteJobBody",
    "CompleteJobLocaleBody",
    "CompleteJobLocaleReviewBody",
    "ConfirmOrderBody",
    "CreateAuthorizationBody",
    "CreateAutomationBody",
    "CreateAutomationBodyStatusFiltersItem",
    "CreateAutomationBodyTrigger",
    "CreateBlacklistedKeyBody",
    "CreateBranchBody",
    "CreateBranchComparisonBody",
    "CreateCommentBody",
    "CreateCommentReplyBody",
    "CreateCustomMetadataPropertyBody",
    "CreateDistributionBody",
    "CreateDistributionBodyFormatOptions",
    "CreateFigmaAttachmentBody",
    "CreateGlossaryBody",
    "CreateGlossaryTermBody",
    "CreateGlossaryTermTranslationBody",
    "CreateInvitationBody",
    "CreateInvitationBodyPermissions",
    "CreateJobBody",
    "CreateJobCommentBody",
    "CreateJobLocaleBody",
    "CreateJobTemplateBody",
    "CreateJobTemplateLocaleBody",
    "CreateKeyBody",
    "CreateKeyBodyCustomMetadata",
    "CreateLinkedKeysBody",
    "CreateLocaleBody",
    "CreateLocaleDownloadBody",
    "CreateLocaleDownloadBodyCustomMetadataFilters",
    "CreateLocaleDownloadBodyFormatOptions",
    "CreateMachineTranslationLocaleProviderMappingBody",
    "CreateOrderBody",
    "CreateOrganizationJobTemplateBody",
    "CreateOrganizationJobTemplateLocaleBody",
    "CreatePreTranslationBody",
    "CreatePreTranslationBodyTranslatableType",
    "CreateProjectBody",
    "CreateProjectBodyDefaultEncoding",
    "CreateReleaseBody",
    "CreateReleaseTriggerBody",
    "CreateRepoSyncBody",
    "CreateRepoSyncBodyConnectionType",
    "CreateRepoSyncBodyGitProvider",
    "CreateScreenshotBody",
    "CreateScreenshotMarkerBody",
    "CreateSpaceBody",
    "CreateStyleGuideBody",
    "CreateTagBody",
    "CreateTeamBody",
    "CreateTranslationBody",
    "CreateUploadBatchBody",
    "CreateUploadBatchResponse201",
    "CreateUploadBatchResponse201State",
    "CreateUploadBatchResponse201StatusType1",
    "CreateUploadBatchResponse201StatusType2Type1",
    "CreateUploadBatchResponse201StatusType3Type1",
    "CreateUploadBody",
    "CreateUploadBodyFormatOptions",
    "CreateUploadBodyLocaleMapping",
    "CreateVariableBody",
    "CreateWebhookBody",
    "CurrentUser",
    "CustomMetadataDataType",
    "CustomMetadataProperty",
    "DeleteLinkedKeysBody",
    "DeleteLinkedKeysBodyStrategy",
    "Distribution",
    "DistributionPreview",
    "DownloadLocaleCustomMetadataFilters",
    "DownloadLocaleFormatOptions",
    "Error",
    "ExcludeKeysBody",
    "ExcludeTranslationBody",
    "ExcludeTranslationsBody",
    "ExportRepoSyncBody",
    "FieldError",
    "FigmaAttachment",
    "Format",
    "Glossary",
    "GlossaryTerm",
    "GlossaryTermGlossaryType0",
    "GlossaryTermTranslation",
    "Icu",
    "ImportRepoSyncBody",
    "IncludeKeysBody",
    "IncludeTranslationBody",
    "IncludeTranslationsBody",
    "Invitation",
    "InvitationPermissionsType0",
    "InvitationProjectRoleType0Item",
    "InvitationProjectRolesType0Item",
    "Job",
    "JobAnnotation",
    "JobAnnotationShort",
    "JobBranch",
    "JobComment",
    "JobDetails",
    "JobLocale",
    "JobPreview",
    "JobTemplate",
    "JobTemplateDetails",
    "JobTemplateLocales",
    "JobTemplateLocalesJobTemplateType0",
    "KeyFormatAnnotation",
    "KeyLink",
    "KeyPreview",
    "ListCommentRepliesOrder",
    "ListCommentsOrder",
    "ListCustomMetadataPropertiesOrder",
    "ListCustomMetadataPropertiesSort",
    "ListDocumentsResponse200Item",
    "ListJobCommentsOrder",
    "ListJobsInAccountState",
    "ListJobsState",
    "ListKeysOrder",
    "ListKeysSort",
    "ListLanguagesResponse200",
    "ListLinkedKeysResponse400",
    "ListLocalesInAccountResponse200Item",
    "ListLocalesSortBy",
    "ListProjectsSortBy",
    "ListQualityPerformanceScoreBody",
    "ListQualityPerformanceScoreResponse200Type0",
    "ListQualityPerformanceScoreResponse200Type0Error",
    "ListQualityPerformanceScoreResponse200Type1",
    "ListQualityPerformanceScoreResponse200Type1Data",
    "ListQualityPerformanceScoreResponse200Type1DataTranslationsItem",
    "ListQualityPerformanceScoreResponse200Type1ErrorsItem",
    "ListTranslationsByKeyOrder",
    "ListTranslationsByKeySort",
    "ListTranslationsByLocaleOrder",
    "ListTranslationsByLocaleSort",
    "ListTranslationsOrder",
    "ListTranslationsSort",
    "Locale",
    "LocaleDetails",
    "LocaleDownload",
    "LocaleDownloadParamsType0",
    "LocaleDownloadResultType0",
    "LocaleDownloadStatusType1",
    "LocaleDownloadStatusType2Type1",
    "LocaleDownloadStatusType3Type1",
    "LocalePreview",
    "LocaleReport",
    "LocaleStatistics",
    "LocaleTeamPreview",
    "LocaleUserPreview",
    "MachineTranslationLocaleProviderMapping",
    "MachineTranslationSettings",
    "MarkCommentReadBody",
    "Member",
    "MemberPermissionsType0",
    "MemberProjectDetail",
    "MemberProjectDetailPermissionsType0",
    "MemberProjectDetailProjectRolesType0Item",
    "MemberProjectDetailSpacesType0Item",
    "MemberSpacesType0Item",
    "MergeBranchBody",
    "Notification",
    "NotificationDataType0",
    "NotificationGroup",
    "NotificationGroupDetail",
    "NotificationResourceType0",
    "OrganizationJobTemplate",
    "OrganizationJobTemplateDetails",
    "PreTranslation",
    "PreTranslationStatusType1",
    "PreTranslationStatusType2Type1",
    "PreTranslationStatusType3Type1",
    "PreTranslationTranslatableTypeType1",
    "PreTranslationTranslatableTypeType2Type1",
    "PreTranslationTranslatableTypeType3Type1",
    "Project",
    "ProjectDetails",
    "ProjectLocales",
    "ProjectMember",
    "ProjectReport",
    "ProjectShort",
    "ProjectSpace",
    "Release",
    "ReleasePreview",
    "ReleaseTrigger",
    "RemoveJobKeysBody",
    "ReopenJobBody",
    "ReopenJobLocaleBody",
    "RepoSync",
    "RepoSyncEvent",
    "RepoSyncEventStatusType1",
    "RepoSyncEventStatusType2Type1",
    "RepoSyncEventStatusType3Type1",
    "RepoSyncEventTypeType1",
    "RepoSyncEventTypeType2Type1",
    "RepoSyncEventTypeType3Type1",
    "ReviewTranslationBody",
    "ReviewTranslationsBody",
    "Screenshot",
    "ScreenshotMarker",
    "ScreenshotMarkerPresentationType0",
    "SearchAccountBody",
    "SearchAccountResponse200",
    "SearchKeysBody",
    "SearchTranslationsBody",
    "Space",
    "SpaceShort",
    "StartJobBody",
    "Styleguide",
    "StyleguideDetails",
    "StyleguidePreview",
    "SyncBranchBody",
    "Tag",
    "TagKeysBody",
    "TagWithStats",
    "TagWithStatsStatisticsType0Item",
    "TagWithStatsStatisticsType0ItemStatisticsType0",
    "Team",
    "TeamDetail",
    "TeamShort",
    "Translation",
    "TranslationDetails",
    "TranslationKey",
    "TranslationKeyDetails",
    "TranslationKeyDetailsCustomMetadataType0",
    "TranslationLinkedTranslationType0",
    "TranslationOrder",
    "TranslationVersion",
    "TranslationVersionWithUser",
    "UnreviewTranslationBody",
    "UnreviewTranslationsBody",
    "UntagKeysBody",
    "UnverifyTranslationBody",
    "UnverifyTranslationsBody",
    "UpdateAuthorizationBody",
    "UpdateAutomationBody",
    "UpdateAutomationBodyStatusFiltersItem",
    "UpdateAutomationBodyTrigger",
    "UpdateBlacklistedKeyBody",
    "UpdateBranchBody",
    "UpdateCommentBody",
    "UpdateCustomMetadataPropertyBody",
    "UpdateDistributionBody",
    "UpdateDistributionBodyFormatOptions",
    "UpdateFigmaAttachmentBody",
    "UpdateGlossaryBody",
    "UpdateGlossaryTermBody",
    "UpdateGlossaryTermTranslationBody",
    "UpdateInvitationBody",
    "UpdateInvitationBodyPermissions",
    "UpdateInvitationSettingsBody",
    "UpdateJobAnnotationBody",
    "UpdateJobAnnotationForLocaleBody",
    "UpdateJobBody",
    "UpdateJobCommentBody",
    "UpdateJobLocaleBody",
    "UpdateJobTemplateBody",
    "UpdateJobTemplateLocaleBody",
    "UpdateKeyBody",
    "UpdateKeyBodyCustomMetadata",
    "UpdateLocaleBody",
    "UpdateMachineTranslationSettingsBody",
    "UpdateMemberBody",
    "UpdateMemberBodyPermissions",
    "UpdateMemberSettingsBody",
    "UpdateOrganizationJobTemplateBody",
    "UpdateOrganizationJobTemplateLocaleBody",
    "UpdateProjectBody",
    "UpdateProjectBodyDefaultEncoding",
    "UpdateReleaseBody",
    "UpdateReleaseTriggerBody",
    "UpdateScreenshotBody",
    "UpdateScreenshotMarkerBody",
    "UpdateSpaceBody",
    "UpdateStyleGuideBody",
    "UpdateTeamBody",
    "UpdateTranslationBody",
    "UpdateVariableBody",
    "UpdateWebhookBody",
    "Upload",
    "UploadSummaryType0",
    "User",
    "UserPreview",
    "ValidationError",
    "Variable",
    "VerifyTranslationBody",
    "VerifyTranslationsBody",
    "Webhook",
    "WebhookDelivery",
)


def __getattr__(name: str) -> object:
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
