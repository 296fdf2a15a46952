"""Who is calling: the X-Api-Key header (keys hashed, with a scope and an expiry), and how
often (a per-key rate limit counted in the database, so that every process shares it,
answered 429 with Retry-After)."""

from __future__ import annotations

import math
import time

from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, AuthorizationError
from ninja.security import APIKeyHeader
from ninja.throttling import BaseThrottle

from relance.api.models import ApiKey, RateWindow, hash_key

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
# Requests a key may make per window of seconds; a setting so that tests can lower it.
DEFAULT_RATE = (120, 60)


def key_for(request: HttpRequest) -> ApiKey | None:
    """The key the request carries, looked up once per request (the idempotency layer asks
    before Ninja's authentication does)."""
    if not hasattr(request, "_relance_api_key"):
        clear = request.headers.get("X-Api-Key", "")
        found = None
        if clear:
            found = (
                ApiKey.objects.select_related("user__profile")
                .filter(digest=hash_key(clear))
                .first()
            )
        request._relance_api_key = found  # type: ignore[attr-defined]
    return request._relance_api_key  # type: ignore[attr-defined]


def usable_for_writing(request: HttpRequest) -> ApiKey | None:
    found = key_for(request)
    if found is None or found.expired(timezone.now()) or not found.can_write:
        return None
    return found


class ApiKeyAuth(APIKeyHeader):
    """Writes (any method but GET) need a key of scope `write`, unless `any_scope`: the tone
    check is a POST that changes nothing."""

    param_name = "X-Api-Key"

    def __init__(self, *, any_scope: bool = False) -> None:
        self.any_scope = any_scope
        super().__init__()

    def authenticate(self, request: HttpRequest, key: str | None) -> ApiKey:
        found = key_for(request)
        if found is None:
            raise AuthenticationError(401, _("Missing or wrong X-Api-Key header."))
        user = found.user
        # From here on, every message is in the key owner's language.
        translation.activate(user.profile.language)
        moment = timezone.now()
        if found.expired(moment):
            raise AuthenticationError(401, _("This API key has expired: create another one."))
        if request.method not in SAFE_METHODS and not self.any_scope and not found.can_write:
            raise AuthorizationError(403, _("This API key can only read."))
        ApiKey.objects.filter(pk=found.pk).update(last_used_at=moment)
        request.user = user
        return found


def api_user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


def count_request(api_key: ApiKey, window: int) -> int:
    """Count one request of `api_key` in `window` and return the window's count so far: one
    atomic upsert (SQLite ≥ 3.35 and PostgreSQL), so two processes never both see the last
    request of the budget as theirs."""
    quote = connection.ops.quote_name
    table = quote(RateWindow._meta.db_table)
    key, number, count = quote("api_key_id"), quote("window"), quote("count")
    # Only quoted names of our own model go in the text; the values are parameters.
    upsert = (
        f"INSERT INTO {table} ({key}, {number}, {count}) VALUES (%s, %s, 1) "  # noqa: S608
        f"ON CONFLICT ({key}, {number}) DO UPDATE SET {count} = {table}.{count} + 1 "
        f"RETURNING {count}"
    )
    with connection.cursor() as cursor:
        cursor.execute(upsert, [api_key.pk, window])
        row = cursor.fetchone()
    if row[0] == 1:  # a new window: the key's older ones are history
        RateWindow.objects.filter(api_key=api_key, window__lt=window).delete()
    return int(row[0])


class KeyRateThrottle(BaseThrottle):
    """A fixed window per key, counted in the database: the same budget for every thread and
    every process serving the API."""

    def allow_request(self, request: HttpRequest) -> bool:
        limit, period = getattr(settings, "API_RATE_LIMIT", DEFAULT_RATE)
        api_key = getattr(request, "auth", None)
        if not isinstance(api_key, ApiKey):
            return True
        return count_request(api_key, int(time.time() // period)) <= limit

    def wait(self) -> float:
        _limit, period = getattr(settings, "API_RATE_LIMIT", DEFAULT_RATE)
        return max(1, math.ceil(period - time.time() % period))
