"""Receiving Phrase webhooks with Django.

Add the view to your URLconf, e.g. ``path("phrase/webhooks", webhook_view(SECRET, handle, pool))``.
It verifies and parses the delivery, submits the work to an executor (a thread pool here; a task
queue such as Celery in production) and answers at once: Phrase allows 5 seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from phrase_strings.webhooks import Event, receive


def webhook_view(
    secret: str, handle: Callable[[Event], None], workers: Executor
) -> Callable[[HttpRequest], HttpResponse]:
    """A view that runs ``handle(event)`` on ``workers`` for each verified delivery."""

    @csrf_exempt  # Phrase signs its requests instead; it has no CSRF token
    @require_POST
    def phrase_webhook(request: HttpRequest) -> HttpResponse:
        delivery = receive(request.headers, request.body, secret=secret)
        if delivery.event is not None:
            workers.submit(handle, delivery.event)
        return HttpResponse(status=delivery.status)

    return phrase_webhook
