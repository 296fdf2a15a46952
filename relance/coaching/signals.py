"""Remembers in the session whether the user coaches or is coached, so the nav link to the
coaching pages costs no query per page (and is absent outside every organisation)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest

from relance.coaching.models import Membership, Role
from relance.coaching.services.access import is_coach

SESSION_FLAG = "relance_coach"


@receiver(user_logged_in)
def remember_coaching(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        if is_coach(user):
            request.session[SESSION_FLAG] = "coach"
        elif Membership.objects.filter(user=user, role=Role.CANDIDATE).exists():
            request.session[SESSION_FLAG] = "candidate"
        else:
            request.session.pop(SESSION_FLAG, None)
