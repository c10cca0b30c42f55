"""Resource groups of the API as attributes of a client: ``client.keys.list(...)``.

Each attribute is built on first access, so only the groups a program uses are imported.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from attrs import frozen

from ..client import Client
from ..errors import UnexpectedStatus
from ..types import Response, Unset, form_fields

if TYPE_CHECKING:
    from .accounts import AccountsApi, AsyncAccountsApi
    from .authorizations import AsyncAuthorizationsApi, AuthorizationsApi
    from .automation_events import AsyncAutomationEventsApi, AutomationEventsApi
    from .automations import AsyncAutomationsApi, AutomationsApi
    from .blacklisted_keys import AsyncBlacklistedKeysApi, BlacklistedKeysApi
    from .branches import AsyncBranchesApi, BranchesApi
    from .checks import AsyncChecksApi, ChecksApi
    from .comment_reactions import AsyncCommentReactionsApi, CommentReactionsApi
    from .comment_replies import AsyncCommentRepliesApi, CommentRepliesApi
    from .comments import AsyncCommentsApi, CommentsApi
    from .custom_metadata import AsyncCustomMetadataApi, CustomMetadataApi
    from .distributions import AsyncDistributionsApi, DistributionsApi
    from .documents import AsyncDocumentsApi, DocumentsApi
    from .figma_attachments import AsyncFigmaAttachmentsApi, FigmaAttachmentsApi
    from .formats import AsyncFormatsApi, FormatsApi
    from .glossaries import AsyncGlossariesApi, GlossariesApi
    from .glossary_term_translations import (
        AsyncGlossaryTermTranslationsApi,
        GlossaryTermTranslationsApi,
    )
    from .glossary_terms import AsyncGlossaryTermsApi, GlossaryTermsApi
    from .icu import AsyncIcuApi, IcuApi
    from .invitations import AsyncInvitationsApi, InvitationsApi
    from .job_annotations import AsyncJobAnnotationsApi, JobAnnotationsApi
    from .job_comments import AsyncJobCommentsApi, JobCommentsApi
    from .job_locales import AsyncJobLocalesApi, JobLocalesApi
    from .job_template_locales import AsyncJobTemplateLocalesApi, JobTemplateLocalesApi
    from .job_templates import AsyncJobTemplatesApi, JobTemplatesApi
    from .jobs import AsyncJobsApi, JobsApi
    from .key_format_annotations import (
        AsyncKeyFormatAnnotationsApi,
        KeyFormatAnnotationsApi,
    )
    from .keys import AsyncKeysApi, KeysApi
    from .keys_figma_attachments import (
        AsyncKeysFigmaAttachmentsApi,
        KeysFigmaAttachmentsApi,
    )
    from .linked_keys import AsyncLinkedKeysApi, LinkedKeysApi
    from .locale_downloads import AsyncLocaleDownloadsApi, LocaleDownloadsApi
    from .locales import AsyncLocalesApi, LocalesApi
    from .machine_translation import AsyncMachineTranslationApi, MachineTranslationApi
    from .members import AsyncMembersApi, MembersApi
    from .notification_groups import AsyncNotificationGroupsApi, NotificationGroupsApi
    from .notifications import AsyncNotificationsApi, NotificationsApi
    from .orders import AsyncOrdersApi, OrdersApi
    from .organization_job_template_locales import (
        AsyncOrganizationJobTemplateLocalesApi,
        OrganizationJobTemplateLocalesApi,
    )
    from .organization_job_templates import (
        AsyncOrganizationJobTemplatesApi,
        OrganizationJobTemplatesApi,
    )
    from .pre_translations import AsyncPreTranslationsApi, PreTranslationsApi
    from .projects import AsyncProjectsApi, ProjectsApi
    from .quality_performance_score import (
        AsyncQualityPerformanceScoreApi,
        QualityPerformanceScoreApi,
    )
    from .release_triggers import AsyncReleaseTriggersApi, ReleaseTriggersApi
    from .releases import AsyncReleasesApi, ReleasesApi
    from .repo_sync_events import AsyncRepoSyncEventsApi, RepoSyncEventsApi
    from .repo_syncs import AsyncRepoSyncsApi, RepoSyncsApi
    from .reports import AsyncReportsApi, ReportsApi
    from .screenshot_markers import AsyncScreenshotMarkersApi, ScreenshotMarkersApi
    from .screenshots import AsyncScreenshotsApi, ScreenshotsApi
    from .search import AsyncSearchApi, SearchApi
    from .spaces import AsyncSpacesApi, SpacesApi
    from .style_guides import AsyncStyleGuidesApi, StyleGuidesApi
    from .supported_languages import AsyncSupportedLanguagesApi, SupportedLanguagesApi
    from .tags import AsyncTagsApi, TagsApi
    from .teams import AsyncTeamsApi, TeamsApi
    from .translations import AsyncTranslationsApi, TranslationsApi
    from .upload_batches import AsyncUploadBatchesApi, UploadBatchesApi
    from .uploads import AsyncUploadsApi, UploadsApi
    from .users import AsyncUsersApi, UsersApi
    from .variables import AsyncVariablesApi, VariablesApi
    from .versions_history import AsyncVersionsHistoryApi, VersionsHistoryApi
    from .webhook_deliveries import AsyncWebhookDeliveriesApi, WebhookDeliveriesApi
    from .webhooks import AsyncWebhooksApi, WebhooksApi


Q = TypeVar("Q")


def deep_object(name: str, value: Q) -> Q:
    """An object query parameter re-keyed as ``name[key]`` (OpenAPI's deepObject style).

    The generated functions spread an object parameter's fields into the query under their own
    names (``enclose_in_cdata=true``); the API reads ``format_options[enclose_in_cdata]=true``.
    The facades pass the object through this first. Lists inside the object keep their last item.
    """
    if isinstance(value, Unset) or value is None:
        return value
    prefixed = dict(form_fields(name, cast(Any, value).to_dict()))
    return cast(Q, type(value).from_dict(prefixed))  # type: ignore[attr-defined]


def unwrap(response: Response[Any]) -> Any:
    """Return the parsed body of a 2xx answer; raise UnexpectedStatus for any other."""
    if 200 <= response.status_code < 300:
        return response.parsed
    raise UnexpectedStatus(response.status_code, response.content)


T = TypeVar("T")

FetchPage = Callable[[int, int], Response[Any]]
"""Fetch one page of a list: (page number, page size) -> the answer."""
AsyncFetchPage = Callable[[int, int], Awaitable[Response[Any]]]


@frozen
class Page(Generic[T]):
    """One page of a list: its items, its 1-based number and the answer's headers."""

    items: list[T]
    number: int
    headers: Mapping[str, str]


class Paging(Protocol):
    """How `*_pages` methods walk a list; the client that builds the facade supplies it."""

    def pages(
        self, fetch: FetchPage, per_page: int, concurrent: bool
    ) -> Iterator[Page[Any]]:
        """Yield the pages of a list in order."""
        ...


class AsyncPaging(Protocol):
    """How async `*_pages` methods walk a list; the client that builds the facade supplies it."""

    def pages(
        self, fetch: AsyncFetchPage, per_page: int, concurrent: bool
    ) -> AsyncIterator[Page[Any]]:
        """Yield the pages of a list in order."""
        ...


def items(pages: Iterator[Page[T]]) -> Iterator[T]:
    """Flatten pages into their items, fetching lazily."""
    for page in pages:
        yield from page.items


async def async_items(pages: AsyncIterator[Page[T]]) -> AsyncIterator[T]:
    """Flatten pages into their items, fetching lazily."""
    async for page in pages:
        for item in page.items:
            yield item


class Resource:
    """Base of the blocking facade classes: the generated client they call and the paging."""

    def __init__(self, client: Client, paging: Paging) -> None:
        self._client = client
        self._paging = paging


class AsyncResource:
    """Base of the awaitable facade classes: the generated client they call and the paging."""

    def __init__(self, client: Client, paging: AsyncPaging) -> None:
        self._client = client
        self._paging = paging


class Resources:
    """Every resource group as a lazily built attribute; subclasses set ``api_client`` and ``paging``."""

    api_client: Client
    paging: Paging

    @cached_property
    def accounts(self) -> AccountsApi:
        """The accounts resource group."""
        from .accounts import AccountsApi

        return AccountsApi(self.api_client, self.paging)

    @cached_property
    def authorizations(self) -> AuthorizationsApi:
        """The authorizations resource group."""
        from .authorizations import AuthorizationsApi

        return AuthorizationsApi(self.api_client, self.paging)

    @cached_property
    def automation_events(self) -> AutomationEventsApi:
        """The automation_events resource group."""
        from .automation_events import AutomationEventsApi

        return AutomationEventsApi(self.api_client, self.paging)

    @cached_property
    def automations(self) -> AutomationsApi:
        """The automations resource group."""
        from .automations import AutomationsApi

        return AutomationsApi(self.api_client, self.paging)

    @cached_property
    def blacklisted_keys(self) -> BlacklistedKeysApi:
        """The blacklisted_keys resource group."""
        from .blacklisted_keys import BlacklistedKeysApi

        return BlacklistedKeysApi(self.api_client, self.paging)

    @cached_property
    def branches(self) -> BranchesApi:
        """The branches resource group."""
        from .branches import BranchesApi

        return BranchesApi(self.api_client, self.paging)

    @cached_property
    def checks(self) -> ChecksApi:
        """The checks resource group."""
        from .checks import ChecksApi

        return ChecksApi(self.api_client, self.paging)

    @cached_property
    def comment_reactions(self) -> CommentReactionsApi:
        """The comment_reactions resource group."""
        from .comment_reactions import CommentReactionsApi

        return CommentReactionsApi(self.api_client, self.paging)

    @cached_property
    def comment_replies(self) -> CommentRepliesApi:
        """The comment_replies resource group."""
        from .comment_replies import CommentRepliesApi

        return CommentRepliesApi(self.api_client, self.paging)

    @cached_property
    def comments(self) -> CommentsApi:
        """The comments resource group."""
        from .comments import CommentsApi

        return CommentsApi(self.api_client, self.paging)

    @cached_property
    def custom_metadata(self) -> CustomMetadataApi:
        """The custom_metadata resource group."""
        from .custom_metadata import CustomMetadataApi

        return CustomMetadataApi(self.api_client, self.paging)

    @cached_property
    def distributions(self) -> DistributionsApi:
        """The distributions resource group."""
        from .distributions import DistributionsApi

        return DistributionsApi(self.api_client, self.paging)

    @cached_property
    def documents(self) -> DocumentsApi:
        """The documents resource group."""
        from .documents import DocumentsApi

        return DocumentsApi(self.api_client, self.paging)

    @cached_property
    def figma_attachments(self) -> FigmaAttachmentsApi:
        """The figma_attachments resource group."""
        from .figma_attachments import FigmaAttachmentsApi

        return FigmaAttachmentsApi(self.api_client, self.paging)

    @cached_property
    def formats(self) -> FormatsApi:
        """The formats resource group."""
        from .formats import FormatsApi

        return FormatsApi(self.api_client, self.paging)

    @cached_property
    def glossaries(self) -> GlossariesApi:
        """The glossaries resource group."""
        from .glossaries import GlossariesApi

        return GlossariesApi(self.api_client, self.paging)

    @cached_property
    def glossary_term_translations(self) -> GlossaryTermTranslationsApi:
        """The glossary_term_translations resource group."""
        from .glossary_term_translations import GlossaryTermTranslationsApi

        return GlossaryTermTranslationsApi(self.api_client, self.paging)

    @cached_property
    def glossary_terms(self) -> GlossaryTermsApi:
        """The glossary_terms resource group."""
        from .glossary_terms import GlossaryTermsApi

        return GlossaryTermsApi(self.api_client, self.paging)

    @cached_property
    def icu(self) -> IcuApi:
        """The icu resource group."""
        from .icu import IcuApi

        return IcuApi(self.api_client, self.paging)

    @cached_property
    def invitations(self) -> InvitationsApi:
        """The invitations resource group."""
        from .invitations import InvitationsApi

        return InvitationsApi(self.api_client, self.paging)

    @cached_property
    def job_annotations(self) -> JobAnnotationsApi:
        """The job_annotations resource group."""
        from .job_annotations import JobAnnotationsApi

        return JobAnnotationsApi(self.api_client, self.paging)

    @cached_property
    def job_comments(self) -> JobCommentsApi:
        """The job_comments resource group."""
        from .job_comments import JobCommentsApi

        return JobCommentsApi(self.api_client, self.paging)

    @cached_property
    def job_locales(self) -> JobLocalesApi:
        """The job_locales resource group."""
        from .job_locales import JobLocalesApi

        return JobLocalesApi(self.api_client, self.paging)

    @cached_property
    def job_template_locales(self) -> JobTemplateLocalesApi:
        """The job_template_locales resource group."""
        from .job_template_locales import JobTemplateLocalesApi

        return JobTemplateLocalesApi(self.api_client, self.paging)

    @cached_property
    def job_templates(self) -> JobTemplatesApi:
        """The job_templates resource group."""
        from .job_templates import JobTemplatesApi

        return JobTemplatesApi(self.api_client, self.paging)

    @cached_property
    def jobs(self) -> JobsApi:
        """The jobs resource group."""
        from .jobs import JobsApi

        return JobsApi(self.api_client, self.paging)

    @cached_property
    def key_format_annotations(self) -> KeyFormatAnnotationsApi:
        """The key_format_annotations resource group."""
        from .key_format_annotations import KeyFormatAnnotationsApi

        return KeyFormatAnnotationsApi(self.api_client, self.paging)

    @cached_property
    def keys(self) -> KeysApi:
        """The keys resource group."""
        from .keys import KeysApi

        return KeysApi(self.api_client, self.paging)

    @cached_property
    def keys_figma_attachments(self) -> KeysFigmaAttachmentsApi:
        """The keys_figma_attachments resource group."""
        from .keys_figma_attachments import KeysFigmaAttachmentsApi

        return KeysFigmaAttachmentsApi(self.api_client, self.paging)

    @cached_property
    def linked_keys(self) -> LinkedKeysApi:
        """The linked_keys resource group."""
        from .linked_keys import LinkedKeysApi

        return LinkedKeysApi(self.api_client, self.paging)

    @cached_property
    def locale_downloads(self) -> LocaleDownloadsApi:
        """The locale_downloads resource group."""
        from .locale_downloads import LocaleDownloadsApi

        return LocaleDownloadsApi(self.api_client, self.paging)

    @cached_property
    def locales(self) -> LocalesApi:
        """The locales resource group."""
        from .locales import LocalesApi

        return LocalesApi(self.api_client, self.paging)

    @cached_property
    def machine_translation(self) -> MachineTranslationApi:
        """The machine_translation resource group."""
        from .machine_translation import MachineTranslationApi

        return MachineTranslationApi(self.api_client, self.paging)

    @cached_property
    def members(self) -> MembersApi:
        """The members resource group."""
        from .members import MembersApi

        return MembersApi(self.api_client, self.paging)

    @cached_property
    def notification_groups(self) -> NotificationGroupsApi:
        """The notification_groups resource group."""
        from .notification_groups import NotificationGroupsApi

        return NotificationGroupsApi(self.api_client, self.paging)

    @cached_property
    def notifications(self) -> NotificationsApi:
        """The notifications resource group."""
        from .notifications import NotificationsApi

        return NotificationsApi(self.api_client, self.paging)

    @cached_property
    def orders(self) -> OrdersApi:
        """The orders resource group."""
        from .orders import OrdersApi

        return OrdersApi(self.api_client, self.paging)

    @cached_property
    def organization_job_template_locales(self) -> OrganizationJobTemplateLocalesApi:
        """The organization_job_template_locales resource group."""
        from .organization_job_template_locales import OrganizationJobTemplateLocalesApi

        return OrganizationJobTemplateLocalesApi(self.api_client, self.paging)

    @cached_property
    def organization_job_templates(self) -> OrganizationJobTemplatesApi:
        """The organization_job_templates resource group."""
        from .organization_job_templates import OrganizationJobTemplatesApi

        return OrganizationJobTemplatesApi(self.api_client, self.paging)

    @cached_property
    def pre_translations(self) -> PreTranslationsApi:
        """The pre_translations resource group."""
        from .pre_translations import PreTranslationsApi

        return PreTranslationsApi(self.api_client, self.paging)

    @cached_property
    def projects(self) -> ProjectsApi:
        """The projects resource group."""
        from .projects import ProjectsApi

        return ProjectsApi(self.api_client, self.paging)

    @cached_property
    def quality_performance_score(self) -> QualityPerformanceScoreApi:
        """The quality_performance_score resource group."""
        from .quality_performance_score import QualityPerformanceScoreApi

        return QualityPerformanceScoreApi(self.api_client, self.paging)

    @cached_property
    def release_triggers(self) -> ReleaseTriggersApi:
        """The release_triggers resource group."""
        from .release_triggers import ReleaseTriggersApi

        return ReleaseTriggersApi(self.api_client, self.paging)

    @cached_property
    def releases(self) -> ReleasesApi:
        """The releases resource group."""
        from .releases import ReleasesApi

        return ReleasesApi(self.api_client, self.paging)

    @cached_property
    def repo_sync_events(self) -> RepoSyncEventsApi:
        """The repo_sync_events resource group."""
        from .repo_sync_events import RepoSyncEventsApi

        return RepoSyncEventsApi(self.api_client, self.paging)

    @cached_property
    def repo_syncs(self) -> RepoSyncsApi:
        """The repo_syncs resource group."""
        from .repo_syncs import RepoSyncsApi

        return RepoSyncsApi(self.api_client, self.paging)

    @cached_property
    def reports(self) -> ReportsApi:
        """The reports resource group."""
        from .reports import ReportsApi

        return ReportsApi(self.api_client, self.paging)

    @cached_property
    def screenshot_markers(self) -> ScreenshotMarkersApi:
        """The screenshot_markers resource group."""
        from .screenshot_markers import ScreenshotMarkersApi

        return ScreenshotMarkersApi(self.api_client, self.paging)

    @cached_property
    def screenshots(self) -> ScreenshotsApi:
        """The screenshots resource group."""
        from .screenshots import ScreenshotsApi

        return ScreenshotsApi(self.api_client, self.paging)

    @cached_property
    def search(self) -> SearchApi:
        """The search resource group."""
        from .search import SearchApi

        return SearchApi(self.api_client, self.paging)

    @cached_property
    def spaces(self) -> SpacesApi:
        """The spaces resource group."""
        from .spaces import SpacesApi

        return SpacesApi(self.api_client, self.paging)

    @cached_property
    def style_guides(self) -> StyleGuidesApi:
        """The style_guides resource group."""
        from .style_guides import StyleGuidesApi

        return StyleGuidesApi(self.api_client, self.paging)

    @cached_property
    def supported_languages(self) -> SupportedLanguagesApi:
        """The supported_languages resource group."""
        from .supported_languages import SupportedLanguagesApi

        return SupportedLanguagesApi(self.api_client, self.paging)

    @cached_property
    def tags(self) -> TagsApi:
        """The tags resource group."""
        from .tags import TagsApi

        return TagsApi(self.api_client, self.paging)

    @cached_property
    def teams(self) -> TeamsApi:
        """The teams resource group."""
        from .teams import TeamsApi

        return TeamsApi(self.api_client, self.paging)

    @cached_property
    def translations(self) -> TranslationsApi:
        """The translations resource group."""
        from .translations import TranslationsApi

        return TranslationsApi(self.api_client, self.paging)

    @cached_property
    def upload_batches(self) -> UploadBatchesApi:
        """The upload_batches resource group."""
        from .upload_batches import UploadBatchesApi

        return UploadBatchesApi(self.api_client, self.paging)

    @cached_property
    def uploads(self) -> UploadsApi:
        """The uploads resource group."""
        from .uploads import UploadsApi

        return UploadsApi(self.api_client, self.paging)

    @cached_property
    def users(self) -> UsersApi:
        """The users resource group."""
        from .users import UsersApi

        return UsersApi(self.api_client, self.paging)

    @cached_property
    def variables(self) -> VariablesApi:
        """The variables resource group."""
        from .variables import VariablesApi

        return VariablesApi(self.api_client, self.paging)

    @cached_property
    def versions_history(self) -> VersionsHistoryApi:
        """The versions_history resource group."""
        from .versions_history import VersionsHistoryApi

        return VersionsHistoryApi(self.api_client, self.paging)

    @cached_property
    def webhook_deliveries(self) -> WebhookDeliveriesApi:
        """The webhook_deliveries resource group."""
        from .webhook_deliveries import WebhookDeliveriesApi

        return WebhookDeliveriesApi(self.api_client, self.paging)

    @cached_property
    def webhooks(self) -> WebhooksApi:
        """The webhooks resource group."""
        from .webhooks import WebhooksApi

        return WebhooksApi(self.api_client, self.paging)


class AsyncResources:
    """Every resource group, awaitable, as a lazily built attribute; subclasses set ``api_client`` and ``paging``."""

    api_client: Client
    paging: AsyncPaging

    @cached_property
    def accounts(self) -> AsyncAccountsApi:
        """The accounts resource group."""
        from .accounts import AsyncAccountsApi

        return AsyncAccountsApi(self.api_client, self.paging)

    @cached_property
    def authorizations(self) -> AsyncAuthorizationsApi:
        """The authorizations resource group."""
        from .authorizations import AsyncAuthorizationsApi

        return AsyncAuthorizationsApi(self.api_client, self.paging)

    @cached_property
    def automation_events(self) -> AsyncAutomationEventsApi:
        """The automation_events resource group."""
        from .automation_events import AsyncAutomationEventsApi

        return AsyncAutomationEventsApi(self.api_client, self.paging)

    @cached_property
    def automations(self) -> AsyncAutomationsApi:
        """The automations resource group."""
        from .automations import AsyncAutomationsApi

        return AsyncAutomationsApi(self.api_client, self.paging)

    @cached_property
    def blacklisted_keys(self) -> AsyncBlacklistedKeysApi:
        """The blacklisted_keys resource group."""
        from .blacklisted_keys import AsyncBlacklistedKeysApi

        return AsyncBlacklistedKeysApi(self.api_client, self.paging)

    @cached_property
    def branches(self) -> AsyncBranchesApi:
        """The branches resource group."""
        from .branches import AsyncBranchesApi

        return AsyncBranchesApi(self.api_client, self.paging)

    @cached_property
    def checks(self) -> AsyncChecksApi:
        """The checks resource group."""
        from .checks import AsyncChecksApi

        return AsyncChecksApi(self.api_client, self.paging)

    @cached_property
    def comment_reactions(self) -> AsyncCommentReactionsApi:
        """The comment_reactions resource group."""
        from .comment_reactions import AsyncCommentReactionsApi

        return AsyncCommentReactionsApi(self.api_client, self.paging)

    @cached_property
    def comment_replies(self) -> AsyncCommentRepliesApi:
        """The comment_replies resource group."""
        from .comment_replies import AsyncCommentRepliesApi

        return AsyncCommentRepliesApi(self.api_client, self.paging)

    @cached_property
    def comments(self) -> AsyncCommentsApi:
        """The comments resource group."""
        from .comments import AsyncCommentsApi

        return AsyncCommentsApi(self.api_client, self.paging)

    @cached_property
    def custom_metadata(self) -> AsyncCustomMetadataApi:
        """The custom_metadata resource group."""
        from .custom_metadata import AsyncCustomMetadataApi

        return AsyncCustomMetadataApi(self.api_client, self.paging)

    @cached_property
    def distributions(self) -> AsyncDistributionsApi:
        """The distributions resource group."""
        from .distributions import AsyncDistributionsApi

        return AsyncDistributionsApi(self.api_client, self.paging)

    @cached_property
    def documents(self) -> AsyncDocumentsApi:
        """The documents resource group."""
        from .documents import AsyncDocumentsApi

        return AsyncDocumentsApi(self.api_client, self.paging)

    @cached_property
    def figma_attachments(self) -> AsyncFigmaAttachmentsApi:
        """The figma_attachments resource group."""
        from .figma_attachments import AsyncFigmaAttachmentsApi

        return AsyncFigmaAttachmentsApi(self.api_client, self.paging)

    @cached_property
    def formats(self) -> AsyncFormatsApi:
        """The formats resource group."""
        from .formats import AsyncFormatsApi

        return AsyncFormatsApi(self.api_client, self.paging)

    @cached_property
    def glossaries(self) -> AsyncGlossariesApi:
        """The glossaries resource group."""
        from .glossaries import AsyncGlossariesApi

        return AsyncGlossariesApi(self.api_client, self.paging)

    @cached_property
    def glossary_term_translations(self) -> AsyncGlossaryTermTranslationsApi:
        """The glossary_term_translations resource group."""
        from .glossary_term_translations import AsyncGlossaryTermTranslationsApi

        return AsyncGlossaryTermTranslationsApi(self.api_client, self.paging)

    @cached_property
    def glossary_terms(self) -> AsyncGlossaryTermsApi:
        """The glossary_terms resource group."""
        from .glossary_terms import AsyncGlossaryTermsApi

        return AsyncGlossaryTermsApi(self.api_client, self.paging)

    @cached_property
    def icu(self) -> AsyncIcuApi:
        """The icu resource group."""
        from .icu import AsyncIcuApi

        return AsyncIcuApi(self.api_client, self.paging)

    @cached_property
    def invitations(self) -> AsyncInvitationsApi:
        """The invitations resource group."""
        from .invitations import AsyncInvitationsApi

        return AsyncInvitationsApi(self.api_client, self.paging)

    @cached_property
    def job_annotations(self) -> AsyncJobAnnotationsApi:
        """The job_annotations resource group."""
        from .job_annotations import AsyncJobAnnotationsApi

        return AsyncJobAnnotationsApi(self.api_client, self.paging)

    @cached_property
    def job_comments(self) -> AsyncJobCommentsApi:
        """The job_comments resource group."""
        from .job_comments import AsyncJobCommentsApi

        return AsyncJobCommentsApi(self.api_client, self.paging)

    @cached_property
    def job_locales(self) -> AsyncJobLocalesApi:
        """The job_locales resource group."""
        from .job_locales import AsyncJobLocalesApi

        return AsyncJobLocalesApi(self.api_client, self.paging)

    @cached_property
    def job_template_locales(self) -> AsyncJobTemplateLocalesApi:
        """The job_template_locales resource group."""
        from .job_template_locales import AsyncJobTemplateLocalesApi

        return AsyncJobTemplateLocalesApi(self.api_client, self.paging)

    @cached_property
    def job_templates(self) -> AsyncJobTemplatesApi:
        """The job_templates resource group."""
        from .job_templates import AsyncJobTemplatesApi

        return AsyncJobTemplatesApi(self.api_client, self.paging)

    @cached_property
    def jobs(self) -> AsyncJobsApi:
        """The jobs resource group."""
        from .jobs import AsyncJobsApi

        return AsyncJobsApi(self.api_client, self.paging)

    @cached_property
    def key_format_annotations(self) -> AsyncKeyFormatAnnotationsApi:
        """The key_format_annotations resource group."""
        from .key_format_annotations import AsyncKeyFormatAnnotationsApi

        return AsyncKeyFormatAnnotationsApi(self.api_client, self.paging)

    @cached_property
    def keys(self) -> AsyncKeysApi:
        """The keys resource group."""
        from .keys import AsyncKeysApi

        return AsyncKeysApi(self.api_client, self.paging)

    @cached_property
    def keys_figma_attachments(self) -> AsyncKeysFigmaAttachmentsApi:
        """The keys_figma_attachments resource group."""
        from .keys_figma_attachments import AsyncKeysFigmaAttachmentsApi

        return AsyncKeysFigmaAttachmentsApi(self.api_client, self.paging)

    @cached_property
    def linked_keys(self) -> AsyncLinkedKeysApi:
        """The linked_keys resource group."""
        from .linked_keys import AsyncLinkedKeysApi

        return AsyncLinkedKeysApi(self.api_client, self.paging)

    @cached_property
    def locale_downloads(self) -> AsyncLocaleDownloadsApi:
        """The locale_downloads resource group."""
        from .locale_downloads import AsyncLocaleDownloadsApi

        return AsyncLocaleDownloadsApi(self.api_client, self.paging)

    @cached_property
    def locales(self) -> AsyncLocalesApi:
        """The locales resource group."""
        from .locales import AsyncLocalesApi

        return AsyncLocalesApi(self.api_client, self.paging)

    @cached_property
    def machine_translation(self) -> AsyncMachineTranslationApi:
        """The machine_translation resource group."""
        from .machine_translation import AsyncMachineTranslationApi

        return AsyncMachineTranslationApi(self.api_client, self.paging)

    @cached_property
    def members(self) -> AsyncMembersApi:
        """The members resource group."""
        from .members import AsyncMembersApi

        return AsyncMembersApi(self.api_client, self.paging)

    @cached_property
    def notification_groups(self) -> AsyncNotificationGroupsApi:
        """The notification_groups resource group."""
        from .notification_groups import AsyncNotificationGroupsApi

        return AsyncNotificationGroupsApi(self.api_client, self.paging)

    @cached_property
    def notifications(self) -> AsyncNotificationsApi:
        """The notifications resource group."""
        from .notifications import AsyncNotificationsApi

        return AsyncNotificationsApi(self.api_client, self.paging)

    @cached_property
    def orders(self) -> AsyncOrdersApi:
        """The orders resource group."""
        from .orders import AsyncOrdersApi

        return AsyncOrdersApi(self.api_client, self.paging)

    @cached_property
    def organization_job_template_locales(
        self,
    ) -> AsyncOrganizationJobTemplateLocalesApi:
        """The organization_job_template_locales resource group."""
        from .organization_job_template_locales import (
            AsyncOrganizationJobTemplateLocalesApi,
        )

        return AsyncOrganizationJobTemplateLocalesApi(self.api_client, self.paging)

    @cached_property
    def organization_job_templates(self) -> AsyncOrganizationJobTemplatesApi:
        """The organization_job_templates resource group."""
        from .organization_job_templates import AsyncOrganizationJobTemplatesApi

        return AsyncOrganizationJobTemplatesApi(self.api_client, self.paging)

    @cached_property
    def pre_translations(self) -> AsyncPreTranslationsApi:
        """The pre_translations resource group."""
        from .pre_translations import AsyncPreTranslationsApi

        return AsyncPreTranslationsApi(self.api_client, self.paging)

    @cached_property
    def projects(self) -> AsyncProjectsApi:
        """The projects resource group."""
        from .projects import AsyncProjectsApi

        return AsyncProjectsApi(self.api_client, self.paging)

    @cached_property
    def quality_performance_score(self) -> AsyncQualityPerformanceScoreApi:
        """The quality_performance_score resource group."""
        from .quality_performance_score import AsyncQualityPerformanceScoreApi

        return AsyncQualityPerformanceScoreApi(self.api_client, self.paging)

    @cached_property
    def release_triggers(self) -> AsyncReleaseTriggersApi:
        """The release_triggers resource group."""
        from .release_triggers import AsyncReleaseTriggersApi

        return AsyncReleaseTriggersApi(self.api_client, self.paging)

    @cached_property
    def releases(self) -> AsyncReleasesApi:
        """The releases resource group."""
        from .releases import AsyncReleasesApi

        return AsyncReleasesApi(self.api_client, self.paging)

    @cached_property
    def repo_sync_events(self) -> AsyncRepoSyncEventsApi:
        """The repo_sync_events resource group."""
        from .repo_sync_events import AsyncRepoSyncEventsApi

        return AsyncRepoSyncEventsApi(self.api_client, self.paging)

    @cached_property
    def repo_syncs(self) -> AsyncRepoSyncsApi:
        """The repo_syncs resource group."""
        from .repo_syncs import AsyncRepoSyncsApi

        return AsyncRepoSyncsApi(self.api_client, self.paging)

    @cached_property
    def reports(self) -> AsyncReportsApi:
        """The reports resource group."""
        from .reports import AsyncReportsApi

        return AsyncReportsApi(self.api_client, self.paging)

    @cached_property
    def screenshot_markers(self) -> AsyncScreenshotMarkersApi:
        """The screenshot_markers resource group."""
        from .screenshot_markers import AsyncScreenshotMarkersApi

        return AsyncScreenshotMarkersApi(self.api_client, self.paging)

    @cached_property
    def screenshots(self) -> AsyncScreenshotsApi:
        """The screenshots resource group."""
        from .screenshots import AsyncScreenshotsApi

        return AsyncScreenshotsApi(self.api_client, self.paging)

    @cached_property
    def search(self) -> AsyncSearchApi:
        """The search resource group."""
        from .search import AsyncSearchApi

        return AsyncSearchApi(self.api_client, self.paging)

    @cached_property
    def spaces(self) -> AsyncSpacesApi:
        """The spaces resource group."""
        from .spaces import AsyncSpacesApi

        return AsyncSpacesApi(self.api_client, self.paging)

    @cached_property
    def style_guides(self) -> AsyncStyleGuidesApi:
        """The style_guides resource group."""
        from .style_guides import AsyncStyleGuidesApi

        return AsyncStyleGuidesApi(self.api_client, self.paging)

    @cached_property
    def supported_languages(self) -> AsyncSupportedLanguagesApi:
        """The supported_languages resource group."""
        from .supported_languages import AsyncSupportedLanguagesApi

        return AsyncSupportedLanguagesApi(self.api_client, self.paging)

    @cached_property
    def tags(self) -> AsyncTagsApi:
        """The tags resource group."""
        from .tags import AsyncTagsApi

        return AsyncTagsApi(self.api_client, self.paging)

    @cached_property
    def teams(self) -> AsyncTeamsApi:
        """The teams resource group."""
        from .teams import AsyncTeamsApi

        return AsyncTeamsApi(self.api_client, self.paging)

    @cached_property
    def translations(self) -> AsyncTranslationsApi:
        """The translations resource group."""
        from .translations import AsyncTranslationsApi

        return AsyncTranslationsApi(self.api_client, self.paging)

    @cached_property
    def upload_batches(self) -> AsyncUploadBatchesApi:
        """The upload_batches resource group."""
        from .upload_batches import AsyncUploadBatchesApi

        return AsyncUploadBatchesApi(self.api_client, self.paging)

    @cached_property
    def uploads(self) -> AsyncUploadsApi:
        """The uploads resource group."""
        from .uploads import AsyncUploadsApi

        return AsyncUploadsApi(self.api_client, self.paging)

    @cached_property
    def users(self) -> AsyncUsersApi:
        """The users resource group."""
        from .users import AsyncUsersApi

        return AsyncUsersApi(self.api_client, self.paging)

    @cached_property
    def variables(self) -> AsyncVariablesApi:
        """The variables resource group."""
        from .variables import AsyncVariablesApi

        return AsyncVariablesApi(self.api_client, self.paging)

    @cached_property
    def versions_history(self) -> AsyncVersionsHistoryApi:
        """The versions_history resource group."""
        from .versions_history import AsyncVersionsHistoryApi

        return AsyncVersionsHistoryApi(self.api_client, self.paging)

    @cached_property
    def webhook_deliveries(self) -> AsyncWebhookDeliveriesApi:
        """The webhook_deliveries resource group."""
        from .webhook_deliveries import AsyncWebhookDeliveriesApi

        return AsyncWebhookDeliveriesApi(self.api_client, self.paging)

    @cached_property
    def webhooks(self) -> AsyncWebhooksApi:
        """The webhooks resource group."""
        from .webhooks import AsyncWebhooksApi

        return AsyncWebhooksApi(self.api_client, self.paging)
