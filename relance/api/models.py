"""API keys (stored hashed, shown once, with a scope and an expiry), the answers kept for
retried POSTs (the Idempotency-Key header) and each key's request count per window."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class Scope(models.TextChoices):
    READ = "read", "read"
    WRITE = "write", "write"  # reads too


class ApiKey(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="api_keys")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=8)  # shown in lists, to tell keys apart
    digest = models.CharField(max_length=64, unique=True)
    # Keys made before scopes existed could write: they keep that power.
    scope = models.CharField(max_length=8, choices=Scope.choices, default=Scope.WRITE)
    expires_at = models.DateTimeField(null=True, blank=True)  # None: until revoked
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def can_write(self) -> bool:
        return self.scope == Scope.WRITE

    def expired(self, now: datetime) -> bool:
        return self.expires_at is not None and self.expires_at <= now

    @classmethod
    def issue(
        cls,
        user: object,
        name: str,
        *,
        scope: str = Scope.WRITE,
        expires_in: timedelta | None = None,
    ) -> tuple[ApiKey, str]:
        """Create a key; the clear value is returned once and never stored."""
        key = "rl_" + secrets.token_urlsafe(30)
        expires_at = timezone.now() + expires_in if expires_in is not None else None
        api_key = cls.objects.create(
            user=user,
            name=name,
            prefix=key[:8],
            digest=hash_key(key),
            scope=scope,
            expires_at=expires_at,
        )
        return api_key, key


class IdempotentRequest(models.Model):
    """The first answer to a POST sent with an Idempotency-Key, replayed to its retries.

    `response_status` is None while the first request runs: a concurrent twin is told to
    wait rather than run the action a second time."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)
    route = models.CharField(max_length=300)  # method and path
    body_digest = models.CharField(max_length=64)
    response_status = models.PositiveSmallIntegerField(null=True)
    response_body = models.TextField(blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="api_idempotency_key_once")
        ]
        indexes = [models.Index(fields=["created_at"], name="api_idempotency_age")]

    def __str__(self) -> str:
        return f"{self.route} ({self.key})"


class RateWindow(models.Model):
    """How many requests a key made in one fixed window of time.

    In the database, so that every process and thread serving the API (waitress threads,
    several workers) shares one budget per key; counted by one atomic upsert."""

    api_key = models.ForeignKey(ApiKey, models.CASCADE, related_name="+")
    window = models.BigIntegerField()  # the window's number: seconds since the epoch // period
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["api_key", "window"], name="api_rate_window_once")
        ]

    def __str__(self) -> str:
        return f"{self.api_key_id}@{self.window}: {self.count}"
