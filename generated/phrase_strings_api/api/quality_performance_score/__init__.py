"""Operations of the quality_performance_score resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.error import Error
    from ...models.list_quality_performance_score_body import (
        ListQualityPerformanceScoreBody,
    )
    from ...models.list_quality_performance_score_response_200_type_0 import (
        ListQualityPerformanceScoreResponse200Type0,
    )
    from ...models.list_quality_performance_score_response_200_type_1 import (
        ListQualityPerformanceScoreResponse200Type1,
    )
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    list_quality_performance_score,
)

__all__ = ["AsyncQualityPerformanceScoreApi", "QualityPerformanceScoreApi"]


class QualityPerformanceScoreApi(Resource):
    """Blocking calls to the quality_performance_score resource group."""

    def list(
        self,
        project_id: str,
        *,
        body: ListQualityPerformanceScoreBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> (
        ListQualityPerformanceScoreResponse200Type0
        | ListQualityPerformanceScoreResponse200Type1
    ):
        """Get quality scores for translations

        Computes a Phrase Quality Performance Score (QPS) for each of the given translations.

        Calls `POST /projects/{project_id}/quality_performance_score` (list_quality_performance_score).
        """
        response = list_quality_performance_score.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast(
            "ListQualityPerformanceScoreResponse200Type0 | ListQualityPerformanceScoreResponse200Type1",
            unwrap(response),
        )


class AsyncQualityPerformanceScoreApi(AsyncResource):
    """Awaitable calls to the quality_performance_score resource group."""

    async def list(
        self,
        project_id: str,
        *,
        body: ListQualityPerformanceScoreBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> (
        ListQualityPerformanceScoreResponse200Type0
        | ListQualityPerformanceScoreResponse200Type1
    ):
        """Get quality scores for translations

        Computes a Phrase Quality Performance Score (QPS) for each of the given translations.

        Calls `POST /projects/{project_id}/quality_performance_score` (list_quality_performance_score).
        """
        response = await list_quality_performance_score.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast(
            "ListQualityPerformanceScoreResponse200Type0 | ListQualityPerformanceScoreResponse200Type1",
            unwrap(response),
        )
