"""Counters for the login and password-reset throttles, keyed the way accounts are matched.

Sign-in normalises the user name (NFKC, as Django's `normalize_username`), so
"ｃarol" (a full-width c) signs in as "carol": the throttle must count both as one.
"""

from __future__ import annotations

import unicodedata

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def account_key(value: str) -> str:
    return unicodedata.normalize("NFKC", str(value)).strip().casefold()


def client_address(request: HttpRequest | None) -> str:
    # Behind a reverse proxy every client shares the proxy's REMOTE_ADDR: the proxy's
    # header with the real client address is named by RELANCE_CLIENT_IP_HEADER.
    meta = request.META if request else {}
    return str(meta.get(settings.CLIENT_IP_HEADER) or meta.get("REMOTE_ADDR", ""))


def over_limit(keys: list[str], limit: int) -> bool:
    return any(cache.get(key, 0) >= limit for key in keys)


def count(keys: list[str], seconds: int) -> None:
    for key in keys:
        cache.add(key, 0, seconds)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, seconds)
