"""What every API answer shares, applied around each view Ninja makes: ETags on reads
(If-None-Match → 304), the Idempotency-Key of POSTs, and JSON for a wrong method.

This layer sees whole HTTP answers, so a retried POST gets back byte for byte what the first
one got, whatever the operation."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any

from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from relance.api.auth import usable_for_writing
from relance.api.models import IdempotentRequest

View = Callable[..., HttpResponseBase]
KEPT_FOR = timedelta(hours=24)
MAX_KEY_LENGTH = 255


def with_conventions(view: View) -> View:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.method == "POST" and "Idempotency-Key" in request.headers:
            response = _idempotent(view, request, *args, **kwargs)
        else:
            response = view(request, *args, **kwargs)
        if response.status_code == 405 and not _is_json(response):
            allowed = response.get("Allow", "")
            response = JsonResponse({"error": _("Method not allowed.")}, status=405)
            response["Allow"] = allowed
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            return _tagged(request, response)
        return response

    return wrapper


def _is_json(response: HttpResponseBase) -> bool:
    return str(response.get("Content-Type", "")).startswith("application/json")


def _tagged(request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
    """A strong ETag from the content: a client that has it gets 304 and no body."""
    if not isinstance(response, HttpResponse) or response.streaming:
        return response
    etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
    response["ETag"] = etag
    # Private: the answer depends on the key; no-cache: revalidate each time.
    response.setdefault("Cache-Control", "private, no-cache")
    patch_vary_headers(response, ("X-Api-Key",))
    wanted = [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]
    if etag in wanted or "*" in wanted:
        not_modified = HttpResponse(status=304)
        for header in ("ETag", "Cache-Control", "Vary"):
            not_modified[header] = response[header]
        return not_modified
    return response


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _idempotent(view: View, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
    api_key = usable_for_writing(request)
    if api_key is None:  # no usable key: Ninja answers 401 or 403, nothing to remember
        return view(request, *args, **kwargs)
    key = request.headers["Idempotency-Key"].strip()
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
        return _error(_("The Idempotency-Key header must have 1 to 255 printable characters."), 400)
    route = f"{request.method} {request.path}"[:300]
    digest = hashlib.sha256(request.body).hexdigest()
    moment = timezone.now()
    user = api_key.user
    IdempotentRequest.objects.filter(user=user, created_at__lt=moment - KEPT_FOR).delete()
    try:
        with transaction.atomic():
            record = IdempotentRequest.objects.create(
                user=user, key=key, route=route, body_digest=digest, created_at=moment
            )
    except IntegrityError:
        return _replay(IdempotentRequest.objects.get(user=user, key=key), route, digest)
    response = view(request, *args, **kwargs)
    # Only a success is kept: a refused request may be sent again once its cause is gone.
    if 200 <= response.status_code < 300 and isinstance(response, HttpResponse):
        record.response_status = response.status_code
        record.response_body = response.content.decode()
        record.content_type = str(response.get("Content-Type", "application/json"))
        record.save(update_fields=["response_status", "response_body", "content_type"])
    else:
        record.delete()
    return response


def _replay(record: IdempotentRequest, route: str, digest: str) -> HttpResponseBase:
    if record.route != route or record.body_digest != digest:
        return _error(_("This Idempotency-Key was used for another request: use a new key."), 422)
    if record.response_status is None:
        return _error(_("A request with this Idempotency-Key is still running."), 409)
    response = HttpResponse(
        record.response_body, status=record.response_status, content_type=record.content_type
    )
    response["Idempotent-Replayed"] = "true"
    return response
