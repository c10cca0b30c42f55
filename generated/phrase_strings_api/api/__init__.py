"""Resource groups of the API as attributes of a client: ``client.keys.list(...)``.

Each attribute is built on first access, so only the groups a program uses are imported. What the
facades run on (paging, checks, strict answers) is in `phrase_strings_api._facade`.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._facade import (
    AsyncFetchPage,
    AsyncPaging,
    AsyncResource,
    FetchPage,
    NotModified,
    Page,
    Paging,
    Resource,
)
from ..client import Client

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

__all__ = [
    "AsyncFetchPage",
    "AsyncPaging",
    "AsyncResource",
    "AsyncResources",
    "FetchPage",
    "NotModified",
    "Page",
    "Paging",
    "Resource",
    "Resources",
]


class Resources:
    """Every resource group as a lazily built attribute; subclasses set ``api_client`` and ``paging``.

    Project-scoped methods called without ``project_id`` use ``_default_project()``.
    """

    api_client: Client
    paging: Paging

    def _default_project(self) -> str | None:
        """The project that project-scoped calls use when given none; a client supplies it."""
        return None

    @cached_property
    def accounts(self) -> AccountsApi:
        """Accounts are the organizations a user belongs to; projects, teams and term bases live inside an
        account."""
        from .accounts import AccountsApi

        return AccountsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def authorizations(self) -> AuthorizationsApi:
        """Authorizations are personal access tokens, optionally limited by scopes and an expiry date.
        These endpoints accept only Basic authentication with email and password, and the full token is
        returned once, when it is created."""
        from .authorizations import AuthorizationsApi

        return AuthorizationsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def automation_events(self) -> AutomationEventsApi:
        """The runs of automations: when each started, what started it, how it ended and which jobs it
        made."""
        from .automation_events import AutomationEventsApi

        return AutomationEventsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def automations(self) -> AutomationsApi:
        """Automations create jobs for an account on a schedule or after file uploads, selecting keys by
        translation state and tags."""
        from .automations import AutomationsApi

        return AutomationsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def blacklisted_keys(self) -> BlacklistedKeysApi:
        """Blocked key rules (blacklisted keys in the API paths) define key names that are blocked in a
        project."""
        from .blacklisted_keys import BlacklistedKeysApi

        return BlacklistedKeysApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def branches(self) -> BranchesApi:
        """Branches are working copies of a project that can be edited separately and later merged back
        into the main branch. These endpoints create, compare, sync, merge and delete them."""
        from .branches import BranchesApi

        return BranchesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def checks(self) -> ChecksApi:
        """Quality checks look for problems in translations, such as missing placeholders, text over the
        length limit or terms used against the term base."""
        from .checks import ChecksApi

        return ChecksApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def comment_reactions(self) -> CommentReactionsApi:
        """Reactions are emoji responses that users add to a comment on a key."""
        from .comment_reactions import CommentReactionsApi

        return CommentReactionsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def comment_replies(self) -> CommentRepliesApi:
        """Replies are answers posted under a comment on a key. These endpoints list, create, read and
        delete them and set their read state."""
        from .comment_replies import CommentRepliesApi

        return CommentRepliesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def comments(self) -> CommentsApi:
        """Comments are discussion messages attached to a translation key, optionally tied to specific
        locales and tracked as read or unread per user."""
        from .comments import CommentsApi

        return CommentsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def custom_metadata(self) -> CustomMetadataApi:
        """Custom metadata properties are account-wide fields that can be attached to keys in selected
        projects. Available on advanced plans and higher."""
        from .custom_metadata import CustomMetadataApi

        return CustomMetadataApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def distributions(self) -> DistributionsApi:
        """Distributions publish a project's translations for over-the-air delivery to mobile and web apps
        on supported platforms."""
        from .distributions import DistributionsApi

        return DistributionsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def documents(self) -> DocumentsApi:
        """Documents are files stored in a project."""
        from .documents import DocumentsApi

        return DocumentsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def figma_attachments(self) -> FigmaAttachmentsApi:
        """Figma attachments link a Figma file to a project so its designs can be associated with keys."""
        from .figma_attachments import FigmaAttachmentsApi

        return FigmaAttachmentsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def formats(self) -> FormatsApi:
        """Formats are the localization file formats that can be used for uploads and downloads."""
        from .formats import FormatsApi

        return FormatsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def glossaries(self) -> GlossariesApi:
        """Term bases (formerly called glossaries) are account-level collections of terms that can be
        assigned to projects and spaces."""
        from .glossaries import GlossariesApi

        return GlossariesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def glossary_term_translations(self) -> GlossaryTermTranslationsApi:
        """Per-language renderings of a term in a term base (formerly called a glossary)."""
        from .glossary_term_translations import GlossaryTermTranslationsApi

        return GlossaryTermTranslationsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def glossary_terms(self) -> GlossaryTermsApi:
        """Terms are the entries of a term base (formerly called glossary), used to keep terminology
        consistent across translations."""
        from .glossary_terms import GlossaryTermsApi

        return GlossaryTermsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def icu(self) -> IcuApi:
        """Helpers for ICU MessageFormat content, such as generating plural skeletons per locale."""
        from .icu import IcuApi

        return IcuApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def invitations(self) -> InvitationsApi:
        """Invitations bring new people into an account with a Manager, Developer or Translator role.
        Developers and translators only reach the projects and locales assigned to them."""
        from .invitations import InvitationsApi

        return InvitationsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def job_annotations(self) -> JobAnnotationsApi:
        """Annotations are named values attached to a job or to one of its target locales to carry extra
        metadata. These endpoints read, set and remove them."""
        from .job_annotations import JobAnnotationsApi

        return JobAnnotationsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def job_comments(self) -> JobCommentsApi:
        """Comments posted on a translation job, used for discussion among the people working on it."""
        from .job_comments import JobCommentsApi

        return JobCommentsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def job_locales(self) -> JobLocalesApi:
        """Job locales are the target locales of a job, each with its own translators and reviewers. These
        endpoints add, change, remove and complete them."""
        from .job_locales import JobLocalesApi

        return JobLocalesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def job_template_locales(self) -> JobTemplateLocalesApi:
        """The target locales of a job template, each with the translators and reviewers that jobs created
        from the template will receive."""
        from .job_template_locales import JobTemplateLocalesApi

        return JobTemplateLocalesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def job_templates(self) -> JobTemplatesApi:
        """Job templates hold reusable job settings, such as a name and briefing, for one project. New jobs
        can be based on them."""
        from .job_templates import JobTemplatesApi

        return JobTemplatesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def jobs(self) -> JobsApi:
        """Jobs bundle a set of keys that need translating into chosen target locales, with a briefing and
        due date. These endpoints create jobs, move them through their lifecycle and change which keys
        they cover."""
        from .jobs import JobsApi

        return JobsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def key_format_annotations(self) -> KeyFormatAnnotationsApi:
        """Format-specific details of a key, recorded on import so that exports can reproduce the original
        file."""
        from .key_format_annotations import KeyFormatAnnotationsApi

        return KeyFormatAnnotationsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def keys(self) -> KeysApi:
        """Keys are the translatable identifiers of a project; each key collects the translations of one
        string across locales. These endpoints create, read, edit, search and delete keys, and tag,
        untag or change locale exclusion for many keys at once."""
        from .keys import KeysApi

        return KeysApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def keys_figma_attachments(self) -> KeysFigmaAttachmentsApi:
        """Links between a project's Figma attachments and individual keys."""
        from .keys_figma_attachments import KeysFigmaAttachmentsApi

        return KeysFigmaAttachmentsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def linked_keys(self) -> LinkedKeysApi:
        """Linked keys tie child keys to a parent key. These endpoints create and remove those links and
        list a parent's children."""
        from .linked_keys import LinkedKeysApi

        return LinkedKeysApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def locale_downloads(self) -> LocaleDownloadsApi:
        """Asynchronous locale exports: start rendering a locale file in the background, then poll for its
        status and download link."""
        from .locale_downloads import LocaleDownloadsApi

        return LocaleDownloadsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def locales(self) -> LocalesApi:
        """Locales are the languages or language variants a project is translated into. These endpoints
        manage a project's locales and render a locale as a file."""
        from .locales import LocalesApi

        return LocalesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def machine_translation(self) -> MachineTranslationApi:
        """An account's machine translation services: the default one and those chosen per language pair."""
        from .machine_translation import MachineTranslationApi

        return MachineTranslationApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def members(self) -> MembersApi:
        """Members are the users of an account, each with a role that decides what they may access;
        developers and translators only see the projects and locales assigned to them."""
        from .members import MembersApi

        return MembersApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def notification_groups(self) -> NotificationGroupsApi:
        """Notification groups bundle related notifications of the current user and can be marked as read
        together."""
        from .notification_groups import NotificationGroupsApi

        return NotificationGroupsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def notifications(self) -> NotificationsApi:
        """Notifications are the messages addressed to the authenticated user. These endpoints list them,
        fetch one and mark them as read."""
        from .notifications import NotificationsApi

        return NotificationsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def orders(self) -> OrdersApi:
        """Orders buy professional translations for a project from a language service provider such as
        Gengo or TextMaster."""
        from .orders import OrdersApi

        return OrdersApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def organization_job_template_locales(self) -> OrganizationJobTemplateLocalesApi:
        """The target locales of an account-level job template, each with its assigned translators and
        reviewers."""
        from .organization_job_template_locales import OrganizationJobTemplateLocalesApi

        return OrganizationJobTemplateLocalesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def organization_job_templates(self) -> OrganizationJobTemplatesApi:
        """Job templates defined at the account level rather than inside a single project."""
        from .organization_job_templates import OrganizationJobTemplatesApi

        return OrganizationJobTemplatesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def pre_translations(self) -> PreTranslationsApi:
        """Pre-translation fills in missing translations from machine translation and translation memory,
        as a background run."""
        from .pre_translations import PreTranslationsApi

        return PreTranslationsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def projects(self) -> ProjectsApi:
        """Projects are the top-level containers for locales, keys and translations, together with their
        settings."""
        from .projects import ProjectsApi

        return ProjectsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def quality_performance_score(self) -> QualityPerformanceScoreApi:
        """Quality scores that rate existing translations."""
        from .quality_performance_score import QualityPerformanceScoreApi

        return QualityPerformanceScoreApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def release_triggers(self) -> ReleaseTriggersApi:
        """A release trigger publishes new releases of a distribution automatically on a cron schedule. A
        distribution can have only one trigger."""
        from .release_triggers import ReleaseTriggersApi

        return ReleaseTriggersApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def releases(self) -> ReleasesApi:
        """A release is a published snapshot of translations served through an over-the-air distribution to
        mobile or web apps."""
        from .releases import ReleasesApi

        return ReleasesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def repo_sync_events(self) -> RepoSyncEventsApi:
        """Repo sync events are the history entries of a repository sync, one for each import or export it
        ran."""
        from .repo_sync_events import RepoSyncEventsApi

        return RepoSyncEventsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def repo_syncs(self) -> RepoSyncsApi:
        """Repo Syncs connect Strings projects with a code repository so translations can be imported from
        it and exported to it."""
        from .repo_syncs import RepoSyncsApi

        return RepoSyncsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def reports(self) -> ReportsApi:
        """Reports give translation progress statistics for a project as a whole and for each of its
        locales."""
        from .reports import ReportsApi

        return ReportsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def screenshot_markers(self) -> ScreenshotMarkersApi:
        """Screenshot markers highlight where a key appears on a screenshot, as a labeled rectangle at a
        given position and size."""
        from .screenshot_markers import ScreenshotMarkersApi

        return ScreenshotMarkersApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def screenshots(self) -> ScreenshotsApi:
        """Screenshots are images attached to a project that show where keys appear in the user interface."""
        from .screenshots import ScreenshotsApi

        return ScreenshotsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def search(self) -> SearchApi:
        """Search finds keys and translations across all projects of an account."""
        from .search import SearchApi

        return SearchApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def spaces(self) -> SpacesApi:
        """Spaces are account-level folders for grouping projects. These endpoints manage spaces and which
        projects they contain."""
        from .spaces import SpacesApi

        return SpacesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def style_guides(self) -> StyleGuidesApi:
        """Style guides record tone, audience, grammar and terminology requirements that translators of a
        project should follow."""
        from .style_guides import StyleGuidesApi

        return StyleGuidesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def supported_languages(self) -> SupportedLanguagesApi:
        """The languages Phrase supports, by code."""
        from .supported_languages import SupportedLanguagesApi

        return SupportedLanguagesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def tags(self) -> TagsApi:
        """Tags are labels attached to keys within a project, used to group and filter them."""
        from .tags import TagsApi

        return TagsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def teams(self) -> TeamsApi:
        """Teams are named groups of users within an account, to which projects and spaces can be assigned."""
        from .teams import TeamsApi

        return TeamsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def translations(self) -> TranslationsApi:
        """Translations hold the text of a key in one locale. These endpoints read, create and edit them
        and change their verified, reviewed and excluded states, singly or in bulk by query."""
        from .translations import TranslationsApi

        return TranslationsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def upload_batches(self) -> UploadBatchesApi:
        """Upload batches group several file uploads of a project so they can be treated as one unit."""
        from .upload_batches import UploadBatchesApi

        return UploadBatchesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def uploads(self) -> UploadsApi:
        """Uploads import localization files into a project. Processing runs in the background, so check
        the returned state (initialized, waiting_for_preview, waiting, processing, success or error) to
        follow progress."""
        from .uploads import UploadsApi

        return UploadsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def users(self) -> UsersApi:
        """The user resource describes the person whose credentials authenticate the request."""
        from .users import UsersApi

        return UsersApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def variables(self) -> VariablesApi:
        """Variables are named values stored in a project, each identified by its name."""
        from .variables import VariablesApi

        return VariablesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def versions_history(self) -> VersionsHistoryApi:
        """Versions record each change made to a translation, so its history can be reviewed."""
        from .versions_history import VersionsHistoryApi

        return VersionsHistoryApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def webhook_deliveries(self) -> WebhookDeliveriesApi:
        """Webhook deliveries record each request sent for a webhook, including its response, and can be
        sent again."""
        from .webhook_deliveries import WebhookDeliveriesApi

        return WebhookDeliveriesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def webhooks(self) -> WebhooksApi:
        """Webhooks send HTTP callbacks to an external URL when selected events occur in a project."""
        from .webhooks import WebhooksApi

        return WebhooksApi(self.api_client, self.paging, self._default_project())


class AsyncResources:
    """Every resource group, awaitable, as a lazily built attribute; subclasses set ``api_client`` and ``paging``.

    Project-scoped methods called without ``project_id`` use ``_default_project()``.
    """

    api_client: Client
    paging: AsyncPaging

    def _default_project(self) -> str | None:
        """The project that project-scoped calls use when given none; a client supplies it."""
        return None

    @cached_property
    def accounts(self) -> AsyncAccountsApi:
        """Accounts are the organizations a user belongs to; projects, teams and term bases live inside an
        account."""
        from .accounts import AsyncAccountsApi

        return AsyncAccountsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def authorizations(self) -> AsyncAuthorizationsApi:
        """Authorizations are personal access tokens, optionally limited by scopes and an expiry date.
        These endpoints accept only Basic authentication with email and password, and the full token is
        returned once, when it is created."""
        from .authorizations import AsyncAuthorizationsApi

        return AsyncAuthorizationsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def automation_events(self) -> AsyncAutomationEventsApi:
        """The runs of automations: when each started, what started it, how it ended and which jobs it
        made."""
        from .automation_events import AsyncAutomationEventsApi

        return AsyncAutomationEventsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def automations(self) -> AsyncAutomationsApi:
        """Automations create jobs for an account on a schedule or after file uploads, selecting keys by
        translation state and tags."""
        from .automations import AsyncAutomationsApi

        return AsyncAutomationsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def blacklisted_keys(self) -> AsyncBlacklistedKeysApi:
        """Blocked key rules (blacklisted keys in the API paths) define key names that are blocked in a
        project."""
        from .blacklisted_keys import AsyncBlacklistedKeysApi

        return AsyncBlacklistedKeysApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def branches(self) -> AsyncBranchesApi:
        """Branches are working copies of a project that can be edited separately and later merged back
        into the main branch. These endpoints create, compare, sync, merge and delete them."""
        from .branches import AsyncBranchesApi

        return AsyncBranchesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def checks(self) -> AsyncChecksApi:
        """Quality checks look for problems in translations, such as missing placeholders, text over the
        length limit or terms used against the term base."""
        from .checks import AsyncChecksApi

        return AsyncChecksApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def comment_reactions(self) -> AsyncCommentReactionsApi:
        """Reactions are emoji responses that users add to a comment on a key."""
        from .comment_reactions import AsyncCommentReactionsApi

        return AsyncCommentReactionsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def comment_replies(self) -> AsyncCommentRepliesApi:
        """Replies are answers posted under a comment on a key. These endpoints list, create, read and
        delete them and set their read state."""
        from .comment_replies import AsyncCommentRepliesApi

        return AsyncCommentRepliesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def comments(self) -> AsyncCommentsApi:
        """Comments are discussion messages attached to a translation key, optionally tied to specific
        locales and tracked as read or unread per user."""
        from .comments import AsyncCommentsApi

        return AsyncCommentsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def custom_metadata(self) -> AsyncCustomMetadataApi:
        """Custom metadata properties are account-wide fields that can be attached to keys in selected
        projects. Available on advanced plans and higher."""
        from .custom_metadata import AsyncCustomMetadataApi

        return AsyncCustomMetadataApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def distributions(self) -> AsyncDistributionsApi:
        """Distributions publish a project's translations for over-the-air delivery to mobile and web apps
        on supported platforms."""
        from .distributions import AsyncDistributionsApi

        return AsyncDistributionsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def documents(self) -> AsyncDocumentsApi:
        """Documents are files stored in a project."""
        from .documents import AsyncDocumentsApi

        return AsyncDocumentsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def figma_attachments(self) -> AsyncFigmaAttachmentsApi:
        """Figma attachments link a Figma file to a project so its designs can be associated with keys."""
        from .figma_attachments import AsyncFigmaAttachmentsApi

        return AsyncFigmaAttachmentsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def formats(self) -> AsyncFormatsApi:
        """Formats are the localization file formats that can be used for uploads and downloads."""
        from .formats import AsyncFormatsApi

        return AsyncFormatsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def glossaries(self) -> AsyncGlossariesApi:
        """Term bases (formerly called glossaries) are account-level collections of terms that can be
        assigned to projects and spaces."""
        from .glossaries import AsyncGlossariesApi

        return AsyncGlossariesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def glossary_term_translations(self) -> AsyncGlossaryTermTranslationsApi:
        """Per-language renderings of a term in a term base (formerly called a glossary)."""
        from .glossary_term_translations import AsyncGlossaryTermTranslationsApi

        return AsyncGlossaryTermTranslationsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def glossary_terms(self) -> AsyncGlossaryTermsApi:
        """Terms are the entries of a term base (formerly called glossary), used to keep terminology
        consistent across translations."""
        from .glossary_terms import AsyncGlossaryTermsApi

        return AsyncGlossaryTermsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def icu(self) -> AsyncIcuApi:
        """Helpers for ICU MessageFormat content, such as generating plural skeletons per locale."""
        from .icu import AsyncIcuApi

        return AsyncIcuApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def invitations(self) -> AsyncInvitationsApi:
        """Invitations bring new people into an account with a Manager, Developer or Translator role.
        Developers and translators only reach the projects and locales assigned to them."""
        from .invitations import AsyncInvitationsApi

        return AsyncInvitationsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def job_annotations(self) -> AsyncJobAnnotationsApi:
        """Annotations are named values attached to a job or to one of its target locales to carry extra
        metadata. These endpoints read, set and remove them."""
        from .job_annotations import AsyncJobAnnotationsApi

        return AsyncJobAnnotationsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def job_comments(self) -> AsyncJobCommentsApi:
        """Comments posted on a translation job, used for discussion among the people working on it."""
        from .job_comments import AsyncJobCommentsApi

        return AsyncJobCommentsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def job_locales(self) -> AsyncJobLocalesApi:
        """Job locales are the target locales of a job, each with its own translators and reviewers. These
        endpoints add, change, remove and complete them."""
        from .job_locales import AsyncJobLocalesApi

        return AsyncJobLocalesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def job_template_locales(self) -> AsyncJobTemplateLocalesApi:
        """The target locales of a job template, each with the translators and reviewers that jobs created
        from the template will receive."""
        from .job_template_locales import AsyncJobTemplateLocalesApi

        return AsyncJobTemplateLocalesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def job_templates(self) -> AsyncJobTemplatesApi:
        """Job templates hold reusable job settings, such as a name and briefing, for one project. New jobs
        can be based on them."""
        from .job_templates import AsyncJobTemplatesApi

        return AsyncJobTemplatesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def jobs(self) -> AsyncJobsApi:
        """Jobs bundle a set of keys that need translating into chosen target locales, with a briefing and
        due date. These endpoints create jobs, move them through their lifecycle and change which keys
        they cover."""
        from .jobs import AsyncJobsApi

        return AsyncJobsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def key_format_annotations(self) -> AsyncKeyFormatAnnotationsApi:
        """Format-specific details of a key, recorded on import so that exports can reproduce the original
        file."""
        from .key_format_annotations import AsyncKeyFormatAnnotationsApi

        return AsyncKeyFormatAnnotationsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def keys(self) -> AsyncKeysApi:
        """Keys are the translatable identifiers of a project; each key collects the translations of one
        string across locales. These endpoints create, read, edit, search and delete keys, and tag,
        untag or change locale exclusion for many keys at once."""
        from .keys import AsyncKeysApi

        return AsyncKeysApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def keys_figma_attachments(self) -> AsyncKeysFigmaAttachmentsApi:
        """Links between a project's Figma attachments and individual keys."""
        from .keys_figma_attachments import AsyncKeysFigmaAttachmentsApi

        return AsyncKeysFigmaAttachmentsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def linked_keys(self) -> AsyncLinkedKeysApi:
        """Linked keys tie child keys to a parent key. These endpoints create and remove those links and
        list a parent's children."""
        from .linked_keys import AsyncLinkedKeysApi

        return AsyncLinkedKeysApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def locale_downloads(self) -> AsyncLocaleDownloadsApi:
        """Asynchronous locale exports: start rendering a locale file in the background, then poll for its
        status and download link."""
        from .locale_downloads import AsyncLocaleDownloadsApi

        return AsyncLocaleDownloadsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def locales(self) -> AsyncLocalesApi:
        """Locales are the languages or language variants a project is translated into. These endpoints
        manage a project's locales and render a locale as a file."""
        from .locales import AsyncLocalesApi

        return AsyncLocalesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def machine_translation(self) -> AsyncMachineTranslationApi:
        """An account's machine translation services: the default one and those chosen per language pair."""
        from .machine_translation import AsyncMachineTranslationApi

        return AsyncMachineTranslationApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def members(self) -> AsyncMembersApi:
        """Members are the users of an account, each with a role that decides what they may access;
        developers and translators only see the projects and locales assigned to them."""
        from .members import AsyncMembersApi

        return AsyncMembersApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def notification_groups(self) -> AsyncNotificationGroupsApi:
        """Notification groups bundle related notifications of the current user and can be marked as read
        together."""
        from .notification_groups import AsyncNotificationGroupsApi

        return AsyncNotificationGroupsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def notifications(self) -> AsyncNotificationsApi:
        """Notifications are the messages addressed to the authenticated user. These endpoints list them,
        fetch one and mark them as read."""
        from .notifications import AsyncNotificationsApi

        return AsyncNotificationsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def orders(self) -> AsyncOrdersApi:
        """Orders buy professional translations for a project from a language service provider such as
        Gengo or TextMaster."""
        from .orders import AsyncOrdersApi

        return AsyncOrdersApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def organization_job_template_locales(
        self,
    ) -> AsyncOrganizationJobTemplateLocalesApi:
        """The target locales of an account-level job template, each with its assigned translators and
        reviewers."""
        from .organization_job_template_locales import (
            AsyncOrganizationJobTemplateLocalesApi,
        )

        return AsyncOrganizationJobTemplateLocalesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def organization_job_templates(self) -> AsyncOrganizationJobTemplatesApi:
        """Job templates defined at the account level rather than inside a single project."""
        from .organization_job_templates import AsyncOrganizationJobTemplatesApi

        return AsyncOrganizationJobTemplatesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def pre_translations(self) -> AsyncPreTranslationsApi:
        """Pre-translation fills in missing translations from machine translation and translation memory,
        as a background run."""
        from .pre_translations import AsyncPreTranslationsApi

        return AsyncPreTranslationsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def projects(self) -> AsyncProjectsApi:
        """Projects are the top-level containers for locales, keys and translations, together with their
        settings."""
        from .projects import AsyncProjectsApi

        return AsyncProjectsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def quality_performance_score(self) -> AsyncQualityPerformanceScoreApi:
        """Quality scores that rate existing translations."""
        from .quality_performance_score import AsyncQualityPerformanceScoreApi

        return AsyncQualityPerformanceScoreApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def release_triggers(self) -> AsyncReleaseTriggersApi:
        """A release trigger publishes new releases of a distribution automatically on a cron schedule. A
        distribution can have only one trigger."""
        from .release_triggers import AsyncReleaseTriggersApi

        return AsyncReleaseTriggersApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def releases(self) -> AsyncReleasesApi:
        """A release is a published snapshot of translations served through an over-the-air distribution to
        mobile or web apps."""
        from .releases import AsyncReleasesApi

        return AsyncReleasesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def repo_sync_events(self) -> AsyncRepoSyncEventsApi:
        """Repo sync events are the history entries of a repository sync, one for each import or export it
        ran."""
        from .repo_sync_events import AsyncRepoSyncEventsApi

        return AsyncRepoSyncEventsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def repo_syncs(self) -> AsyncRepoSyncsApi:
        """Repo Syncs connect Strings projects with a code repository so translations can be imported from
        it and exported to it."""
        from .repo_syncs import AsyncRepoSyncsApi

        return AsyncRepoSyncsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def reports(self) -> AsyncReportsApi:
        """Reports give translation progress statistics for a project as a whole and for each of its
        locales."""
        from .reports import AsyncReportsApi

        return AsyncReportsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def screenshot_markers(self) -> AsyncScreenshotMarkersApi:
        """Screenshot markers highlight where a key appears on a screenshot, as a labeled rectangle at a
        given position and size."""
        from .screenshot_markers import AsyncScreenshotMarkersApi

        return AsyncScreenshotMarkersApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def screenshots(self) -> AsyncScreenshotsApi:
        """Screenshots are images attached to a project that show where keys appear in the user interface."""
        from .screenshots import AsyncScreenshotsApi

        return AsyncScreenshotsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def search(self) -> AsyncSearchApi:
        """Search finds keys and translations across all projects of an account."""
        from .search import AsyncSearchApi

        return AsyncSearchApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def spaces(self) -> AsyncSpacesApi:
        """Spaces are account-level folders for grouping projects. These endpoints manage spaces and which
        projects they contain."""
        from .spaces import AsyncSpacesApi

        return AsyncSpacesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def style_guides(self) -> AsyncStyleGuidesApi:
        """Style guides record tone, audience, grammar and terminology requirements that translators of a
        project should follow."""
        from .style_guides import AsyncStyleGuidesApi

        return AsyncStyleGuidesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def supported_languages(self) -> AsyncSupportedLanguagesApi:
        """The languages Phrase supports, by code."""
        from .supported_languages import AsyncSupportedLanguagesApi

        return AsyncSupportedLanguagesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def tags(self) -> AsyncTagsApi:
        """Tags are labels attached to keys within a project, used to group and filter them."""
        from .tags import AsyncTagsApi

        return AsyncTagsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def teams(self) -> AsyncTeamsApi:
        """Teams are named groups of users within an account, to which projects and spaces can be assigned."""
        from .teams import AsyncTeamsApi

        return AsyncTeamsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def translations(self) -> AsyncTranslationsApi:
        """Translations hold the text of a key in one locale. These endpoints read, create and edit them
        and change their verified, reviewed and excluded states, singly or in bulk by query."""
        from .translations import AsyncTranslationsApi

        return AsyncTranslationsApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def upload_batches(self) -> AsyncUploadBatchesApi:
        """Upload batches group several file uploads of a project so they can be treated as one unit."""
        from .upload_batches import AsyncUploadBatchesApi

        return AsyncUploadBatchesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def uploads(self) -> AsyncUploadsApi:
        """Uploads import localization files into a project. Processing runs in the background, so check
        the returned state (initialized, waiting_for_preview, waiting, processing, success or error) to
        follow progress."""
        from .uploads import AsyncUploadsApi

        return AsyncUploadsApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def users(self) -> AsyncUsersApi:
        """The user resource describes the person whose credentials authenticate the request."""
        from .users import AsyncUsersApi

        return AsyncUsersApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def variables(self) -> AsyncVariablesApi:
        """Variables are named values stored in a project, each identified by its name."""
        from .variables import AsyncVariablesApi

        return AsyncVariablesApi(self.api_client, self.paging, self._default_project())

    @cached_property
    def versions_history(self) -> AsyncVersionsHistoryApi:
        """Versions record each change made to a translation, so its history can be reviewed."""
        from .versions_history import AsyncVersionsHistoryApi

        return AsyncVersionsHistoryApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def webhook_deliveries(self) -> AsyncWebhookDeliveriesApi:
        """Webhook deliveries record each request sent for a webhook, including its response, and can be
        sent again."""
        from .webhook_deliveries import AsyncWebhookDeliveriesApi

        return AsyncWebhookDeliveriesApi(
            self.api_client, self.paging, self._default_project()
        )

    @cached_property
    def webhooks(self) -> AsyncWebhooksApi:
        """Webhooks send HTTP callbacks to an external URL when selected events occur in a project."""
        from .webhooks import AsyncWebhooksApi

        return AsyncWebhooksApi(self.api_client, self.paging, self._default_project())
