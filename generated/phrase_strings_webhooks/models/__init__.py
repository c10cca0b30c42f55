"""Data models of the API. Each one is imported on first use (PEP 562), so importing
this package stays cheap; type checkers see the ordinary imports below."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .branch import Branch
    from .branch_created_by import BranchCreatedBy
    from .branch_merged_by import BranchMergedBy
    from .branches_create import BranchesCreate
    from .branches_merge import BranchesMerge
    from .branches_sync import BranchesSync
    from .comment import Comment
    from .comment_key import CommentKey
    from .comment_mentioned_users_item import CommentMentionedUsersItem
    from .comment_user import CommentUser
    from .comments_create import CommentsCreate
    from .custom_metadata_value import CustomMetadataValue
    from .custom_metadata_values_batch_update import CustomMetadataValuesBatchUpdate
    from .custom_metadata_values_update import CustomMetadataValuesUpdate
    from .job import Job
    from .job_owner import JobOwner
    from .jobs_complete import JobsComplete
    from .jobs_create import JobsCreate
    from .jobs_locale_complete import JobsLocaleComplete
    from .jobs_locale_reopened import JobsLocaleReopened
    from .jobs_locale_review_complete import JobsLocaleReviewComplete
    from .jobs_locale_review_reopen import JobsLocaleReviewReopen
    from .jobs_reopened import JobsReopened
    from .jobs_start import JobsStart
    from .jobs_update import JobsUpdate
    from .key import Key
    from .keys_batch_delete import KeysBatchDelete
    from .keys_create import KeysCreate
    from .keys_delete import KeysDelete
    from .keys_item import KeysItem
    from .keys_item_tags_item import KeysItemTagsItem
    from .keys_tags_batch_create import KeysTagsBatchCreate
    from .keys_tags_create import KeysTagsCreate
    from .keys_update import KeysUpdate
    from .locale import Locale
    from .locale_fallback_locale import LocaleFallbackLocale
    from .locale_source_locale import LocaleSourceLocale
    from .locales_create import LocalesCreate
    from .locales_delete import LocalesDelete
    from .locales_update import LocalesUpdate
    from .project import Project
    from .project_account import ProjectAccount
    from .project_point_of_contact import ProjectPointOfContact
    from .project_space import ProjectSpace
    from .project_update import ProjectUpdate
    from .release import Release
    from .releases_create import ReleasesCreate
    from .releases_delete import ReleasesDelete
    from .screenshot import Screenshot
    from .screenshots_create import ScreenshotsCreate
    from .screenshots_delete import ScreenshotsDelete
    from .screenshots_update import ScreenshotsUpdate
    from .translation import Translation
    from .translation_key import TranslationKey
    from .translation_locale import TranslationLocale
    from .translations_batch_delete import TranslationsBatchDelete
    from .translations_batch_exclude import TranslationsBatchExclude
    from .translations_batch_include import TranslationsBatchInclude
    from .translations_batch_review import TranslationsBatchReview
    from .translations_batch_unreview import TranslationsBatchUnreview
    from .translations_batch_unverify import TranslationsBatchUnverify
    from .translations_batch_verify import TranslationsBatchVerify
    from .translations_create import TranslationsCreate
    from .translations_deliver import TranslationsDeliver
    from .translations_exclude import TranslationsExclude
    from .translations_include import TranslationsInclude
    from .translations_item import TranslationsItem
    from .translations_item_key import TranslationsItemKey
    from .translations_item_locale import TranslationsItemLocale
    from .translations_review import TranslationsReview
    from .translations_unreview import TranslationsUnreview
    from .translations_unverify import TranslationsUnverify
    from .translations_update import TranslationsUpdate
    from .translations_verify import TranslationsVerify
    from .upload import Upload
    from .upload_batches_complete import UploadBatchesComplete
    from .upload_summary import UploadSummary
    from .uploads_create import UploadsCreate
    from .uploads_item import UploadsItem
    from .uploads_item_summary import UploadsItemSummary
    from .uploads_processing import UploadsProcessing
    from .user import User

_MODULE_OF = {
    "Branch": ".branch",
    "BranchCreatedBy": ".branch_created_by",
    "BranchMergedBy": ".branch_merged_by",
    "BranchesCreate": ".branches_create",
    "BranchesMerge": ".branches_merge",
    "BranchesSync": ".branches_sync",
    "Comment": ".comment",
    "CommentKey": ".comment_key",
    "CommentMentionedUsersItem": ".comment_mentioned_users_item",
    "CommentUser": ".comment_user",
    "CommentsCreate": ".comments_create",
    "CustomMetadataValue": ".custom_metadata_value",
    "CustomMetadataValuesBatchUpdate": ".custom_metadata_values_batch_update",
    "CustomMetadataValuesUpdate": ".custom_metadata_values_update",
    "Job": ".job",
    "JobOwner": ".job_owner",
    "JobsComplete": ".jobs_complete",
    "JobsCreate": ".jobs_create",
    "JobsLocaleComplete": ".jobs_locale_complete",
    "JobsLocaleReopened": ".jobs_locale_reopened",
    "JobsLocaleReviewComplete": ".jobs_locale_review_complete",
    "JobsLocaleReviewReopen": ".jobs_locale_review_reopen",
    "JobsReopened": ".jobs_reopened",
    "JobsStart": ".jobs_start",
    "JobsUpdate": ".jobs_update",
    "Key": ".key",
    "KeysBatchDelete": ".keys_batch_delete",
    "KeysCreate": ".keys_create",
    "KeysDelete": ".keys_delete",
    "KeysItem": ".keys_item",
    "KeysItemTagsItem": ".keys_item_tags_item",
    "KeysTagsBatchCreate": ".keys_tags_batch_create",
    "KeysTagsCreate": ".keys_tags_create",
    "KeysUpdate": ".keys_update",
    "Locale": ".locale",
    "LocaleFallbackLocale": ".locale_fallback_locale",
    "LocaleSourceLocale": ".locale_source_locale",
    "LocalesCreate": ".locales_create",
    "LocalesDelete": ".locales_delete",
    "LocalesUpdate": ".locales_update",
    "Project": ".project",
    "ProjectAccount": ".project_account",
    "ProjectPointOfContact": ".project_point_of_contact",
    "ProjectSpace": ".project_space",
    "ProjectUpdate": ".project_update",
    "Release": ".release",
    "ReleasesCreate": ".releases_create",
    "ReleasesDelete": ".releases_delete",
    "Screenshot": ".screenshot",
    "ScreenshotsCreate": ".screenshots_create",
    "ScreenshotsDelete": ".screenshots_delete",
    "ScreenshotsUpdate": ".screenshots_update",
    "Translation": ".translation",
    "TranslationKey": ".translation_key",
    "TranslationLocale": ".translation_locale",
    "TranslationsBatchDelete": ".translations_batch_delete",
    "TranslationsBatchExclude": ".translations_batch_exclude",
    "TranslationsBatchInclude": ".translations_batch_include",
    "TranslationsBatchReview": ".translations_batch_review",
    "TranslationsBatchUnreview": ".translations_batch_unreview",
    "TranslationsBatchUnverify": ".translations_batch_unverify",
    "TranslationsBatchVerify": ".translations_batch_verify",
    "TranslationsCreate": ".translations_create",
    "TranslationsDeliver": ".translations_deliver",
    "TranslationsExclude": ".translations_exclude",
    "TranslationsInclude": ".translations_include",
    "TranslationsItem": ".translations_item",
    "TranslationsItemKey": ".translations_item_key",
    "TranslationsItemLocale": ".translations_item_locale",
    "TranslationsReview": ".translations_review",
    "TranslationsUnreview": ".translations_unreview",
    "TranslationsUnverify": ".translations_unverify",
    "TranslationsUpdate": ".translations_update",
    "TranslationsVerify": ".translations_verify",
    "Upload": ".upload",
    "UploadBatchesComplete": ".upload_batches_complete",
    "UploadSummary": ".upload_summary",
    "UploadsCreate": ".uploads_create",
    "UploadsItem": ".uploads_item",
    "UploadsItemSummary": ".uploads_item_summary",
    "UploadsProcessing": ".uploads_processing",
    "User": ".user",
}

__all__ = (
    "Branch",
    "BranchCreatedBy",
    "BranchMergedBy",
    "BranchesCreate",
    "BranchesMerge",
    "BranchesSync",
    "Comment",
    "CommentKey",
    "CommentMentionedUsersItem",
    "CommentUser",
    "CommentsCreate",
    "CustomMetadataValue",
    "CustomMetadataValuesBatchUpdate",
    "CustomMetadataValuesUpdate",
    "Job",
    "JobOwner",
    "JobsComplete",
    "JobsCreate",
    "JobsLocaleComplete",
    "JobsLocaleReopened",
    "JobsLocaleReviewComplete",
    "JobsLocaleReviewReopen",
    "JobsReopened",
    "JobsStart",
    "JobsUpdate",
    "Key",
    "KeysBatchDelete",
    "KeysCreate",
    "KeysDelete",
    "KeysItem",
    "KeysItemTagsItem",
    "KeysTagsBatchCreate",
    "KeysTagsCreate",
    "KeysUpdate",
    "Locale",
    "LocaleFallbackLocale",
    "LocaleSourceLocale",
    "LocalesCreate",
    "LocalesDelete",
    "LocalesUpdate",
    "Project",
    "ProjectAccount",
    "ProjectPointOfContact",
    "ProjectSpace",
    "ProjectUpdate",
    "Release",
    "ReleasesCreate",
    "ReleasesDelete",
    "Screenshot",
    "ScreenshotsCreate",
    "ScreenshotsDelete",
    "ScreenshotsUpdate",
    "Translation",
    "TranslationKey",
    "TranslationLocale",
    "TranslationsBatchDelete",
    "TranslationsBatchExclude",
    "TranslationsBatchInclude",
    "TranslationsBatchReview",
    "TranslationsBatchUnreview",
    "TranslationsBatchUnverify",
    "TranslationsBatchVerify",
    "TranslationsCreate",
    "TranslationsDeliver",
    "TranslationsExclude",
    "TranslationsInclude",
    "TranslationsItem",
    "TranslationsItemKey",
    "TranslationsItemLocale",
    "TranslationsReview",
    "TranslationsUnreview",
    "TranslationsUnverify",
    "TranslationsUpdate",
    "TranslationsVerify",
    "Upload",
    "UploadBatchesComplete",
    "UploadSummary",
    "UploadsCreate",
    "UploadsItem",
    "UploadsItemSummary",
    "UploadsProcessing",
    "User",
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
