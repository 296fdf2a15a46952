"""Every error the API gives is JSON `{"error": …}` in the key owner's language, with the
status saying what kind: 400 a value refused, 401 no usable key, 403 a read-only key writing,
404 not found (or not yours), 409 a golden rule (with its `rule`), 413 too large, 422 not the
documented shape, 429 too many requests, 500 our fault. The OpenAPI document says so for
every operation."""

from __future__ import annotations

import json
import logging
from typing import Any

from django.core.exceptions import RequestDataTooBig, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError, Throttled
from ninja.errors import ValidationError as SchemaError
from ninja.parser import Parser

from relance.core.errors import RuleViolation
from relance.tracker.exchange import ImportRefused
from relance.tracker.services.errors import explain

log = logging.getLogger(__name__)


class ErrorOut(Schema):
    error: str
    rule: str | None = None  # the golden rule that refused, on a 409
    detail: list[dict[str, Any]] | None = None  # where the body differs from its schema, on 422


READ_ERRORS = (400, 401, 404, 422, 429, 500)
WRITE_ERRORS = (400, 401, 403, 404, 409, 413, 422, 429, 500)


def responses(ok: dict[int, Any], *, writes: bool = True) -> dict[int, Any]:
    """The documented answers of an operation: its own, then the errors it may give."""
    return {**ok, **dict.fromkeys(WRITE_ERRORS if writes else READ_ERRORS, ErrorOut)}


class Refused(Exception):
    """A request the API itself refuses (a bad cursor, nothing to save): 400."""


class Unstorable(Exception):
    """A NUL character in the request: no database column takes it (PostgreSQL refuses it),
    so the request does not match the documented schema: 422, whatever the field."""


def _holds_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_holds_nul(v) for v in value)
    return False


class JsonBodyParser(Parser):
    """An empty body is `{}`; a body too large, too deep or not JSON is a 400/413, not a 500;
    a NUL character in the body or the query is a 422."""

    def parse_querydict(
        self, data: MultiValueDict[str, Any], list_fields: list[str], request: HttpRequest
    ) -> dict[str, Any]:
        parsed = super().parse_querydict(data, list_fields, request)
        if _holds_nul(parsed):
            raise Unstorable
        return parsed

    def parse_body(self, request: HttpRequest) -> dict[str, Any]:
        raw = request.body  # RequestDataTooBig goes up to its handler: 413
        if not raw.strip():
            return {}
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError, ValueError) as exc:
            # ValueError: an integer of more than 4,300 digits.
            raise Refused(_("The request body is not valid JSON.")) from exc
        if not isinstance(data, dict):
            raise Refused(_("The request body must be a JSON object."))
        if _holds_nul(data):
            raise Unstorable
        return data


def _answer(api: NinjaAPI, request: HttpRequest, status: int, message: str, **extra: Any) -> Any:
    return api.create_response(request, {"error": message, **extra}, status=status)


def install_handlers(api: NinjaAPI) -> None:
    def rule(request: HttpRequest, exc: RuleViolation) -> HttpResponse:
        return _answer(api, request, 409, explain(exc), rule=exc.rule_id)

    def refused(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        return _answer(api, request, 400, " ".join(exc.messages))

    def bad(request: HttpRequest, exc: Exception) -> HttpResponse:
        return _answer(api, request, 400, str(exc))

    def not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
        return _answer(api, request, 404, _("Not found."))

    def too_large(request: HttpRequest, exc: Exception) -> HttpResponse:
        return _answer(api, request, 413, _("The request body is too large."))

    def shape(request: HttpRequest, exc: SchemaError) -> HttpResponse:
        detail = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")}
            for e in exc.errors
        ]
        message = _("The request does not match the documented schema.")
        return _answer(api, request, 422, message, detail=detail)

    def unstorable(request: HttpRequest, exc: Exception) -> HttpResponse:
        message = _("The request holds a NUL character (U+0000), which cannot be stored.")
        return _answer(api, request, 422, message)

    def throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
        return _answer(api, request, 429, _("Too many requests: wait, then try again."))

    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        # Ninja wraps what the body parser raised in its own English "Cannot parse…".
        cause = exc.__cause__
        if isinstance(cause, Unstorable):
            return unstorable(request, cause)
        return _answer(
            api, request, exc.status_code, str(cause if isinstance(cause, Refused) else exc)
        )

    def unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        # Logged with its traceback; the client gets JSON, not Django's HTML page.
        log.exception("API operation %s %s failed", request.method, request.path)
        return _answer(api, request, 500, _("Unexpected server error."))

    handlers: list[tuple[type[Exception], Any]] = [
        (Exception, unexpected),
        (RuleViolation, rule),
        (ValidationError, refused),
        (ImportRefused, bad),
        (Refused, bad),
        (Http404, not_found),
        (RequestDataTooBig, too_large),
        (SchemaError, shape),
        (Unstorable, unstorable),
        (Throttled, throttled),
        (HttpError, http_error),
    ]
    for exception, handler in handlers:
        api.add_exception_handler(exception, handler)
