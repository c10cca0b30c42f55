"""Operations of the quality_performance_score resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
import json
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from ..._facade import (
    AsyncResource,
    NotModified,
    Page,
    Resource,
    as_enum,
    async_items,
    check_per_page,
    deep_object,
    items,
    join_tags,
    malformed_json,
    path_value,
    project_value,
    unwrap,
    unwrap_conditional,
)
from ...types import UNSET, Response, Unset

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

from . import (
    list_quality_performance_score,
)

__all__ = ["AsyncQualityPerformanceScoreApi", "QualityPerformanceScoreApi"]


class QualityPerformanceScoreApi(Resource):
    """Quality scores that rate existing translations.

    Blocking calls; `AsyncQualityPerformanceScoreApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        body: ListQualityPerformanceScoreBody,
    ) -> (
        ListQualityPerformanceScoreResponse200Type0
        | ListQualityPerformanceScoreResponse200Type1
    ):
        """Get quality scores for translations

        Computes a Phrase Quality Performance Score (QPS) for each of the given translations.

        Calls `POST /projects/{project_id}/quality_performance_score` (list_quality_performance_score).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of list_quality_performance_score: Get quality scores for translations.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = list_quality_performance_score.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/quality_performance_score", exc
            ) from exc
        return cast(
            "ListQualityPerformanceScoreResponse200Type0 | ListQualityPerformanceScoreResponse200Type1",
            unwrap(
                response,
                (200,),
                "POST /projects/{project_id}/quality_performance_score",
            ),
        )


class AsyncQualityPerformanceScoreApi(AsyncResource):
    """Quality scores that rate existing translations.

    Awaitable calls; `QualityPerformanceScoreApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        body: ListQualityPerformanceScoreBody,
    ) -> (
        ListQualityPerformanceScoreResponse200Type0
        | ListQualityPerformanceScoreResponse200Type1
    ):
        """Get quality scores for translations

        Computes a Phrase Quality Performance Score (QPS) for each of the given translations.

        Calls `POST /projects/{project_id}/quality_performance_score` (list_quality_performance_score).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of list_quality_performance_score: Get quality scores for translations.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await list_quality_performance_score.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/quality_performance_score", exc
            ) from exc
        return cast(
            "ListQualityPerformanceScoreResponse200Type0 | ListQualityPerformanceScoreResponse200Type1",
            unwrap(
                response,
                (200,),
                "POST /projects/{project_id}/quality_performance_score",
            ),
        )
