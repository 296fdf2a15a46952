"""After sign-in, the pages speak the profile's language."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from relance.tracker.models import Profile


def use_profile_language(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    language = Profile.objects.filter(user_id=user.pk).values_list("language", flat=True).first()
    if language and request is not None and hasattr(request, "session"):
        request.session["relance_language"] = language
