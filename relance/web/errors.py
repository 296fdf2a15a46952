"""The error pages: translated, in the app's layout; JSON under /api/.

Django's defaults are bare English HTML, and an API client would get HTML for a
404 of an unknown URL or a 500. Declared as handler400/403/404/500 in relance/urls.py.
"""

from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

log = logging.getLogger(__name__)


def _texts(status: int) -> tuple[str, str]:
    return {
        400: (_("Bad request"), _("The request could not be understood. Check what you typed.")),
        403: (_("Access refused"), _("You cannot open this page. Sign in again and retry.")),
        404: (_("Page not found"), _("This page does not exist, or it is not yours.")),
        413: (_("Too large"), _("What you sent is larger than Relance accepts.")),
        500: (
            _("Something went wrong"),
            _("Relance hit an unexpected error; nothing you did caused it. Try again later."),
        ),
    }[status]


def error_response(request: HttpRequest, status: int) -> HttpResponse:
    title, explanation = _texts(status)
    if request.path.startswith("/api/"):
        return JsonResponse({"error": title}, status=status)
    try:
        body: str = render_to_string(
            "relance/error.html", {"title": title, "explanation": explanation}, request
        )
    except Exception:  # the page of last resort must not fail in turn (a database down)
        log.exception("error page could not be rendered")
        body = f"<!doctype html><title>{title}</title><h1>{title}</h1><p>{explanation}</p>"
    return HttpResponse(body, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_response(request, 400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_response(request, 403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_response(request, 404)


def server_error(request: HttpRequest) -> HttpResponse:
    return error_response(request, 500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without its token (a page left open for days, cookies refused): said in
    the user's language, with what to do, instead of Django's English page (CSRF_FAILURE_VIEW)."""
    title = _("This form has expired")
    explanation = _(
        "The page stayed open too long, or this browser refuses cookies. Go back, reload the "
        "page and send it again: what you typed may need to be typed again."
    )
    if request.path.startswith("/api/"):
        return JsonResponse({"error": title}, status=403)
    body = render_to_string(
        "relance/error.html", {"title": title, "explanation": explanation}, request
    )
    return HttpResponse(body, status=403)
