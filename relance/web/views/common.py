"""What every page needs: the signed-in profile, owned objects, errors as messages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import wraps
from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.forms import BaseForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone

from relance.tracker.models import Application, FollowUp, Interview, Profile
from relance.tracker.services.errors import REFUSALS, Refusal, refusal_texts

View = Callable[..., HttpResponse]


def user_of(request: HttpRequest) -> User:
    """The signed-in user (views behind profile_required only)."""
    return cast(User, request.user)


def now() -> datetime:
    return timezone.now()


def profile_required(view: View) -> View:
    """Signed in, with a profile; dates are shown in the profile's time zone."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            profile = Profile.objects.get(user_id=user_of(request).pk)
        except ObjectDoesNotExist:
            return redirect("profile_create")
        request.profile = profile  # type: ignore[attr-defined]
        timezone.activate(profile.timezone)
        return view(request, *args, **kwargs)

    return wrapper


def profile_of(request: HttpRequest) -> Profile:
    return request.profile  # type: ignore[attr-defined]


def owned_application(request: HttpRequest, pk: int) -> Application:
    return get_object_or_404(Application.objects.filter(owner_id=request.user.pk), pk=pk)


def owned_interview(request: HttpRequest, pk: int) -> Interview:
    return get_object_or_404(
        Interview.objects.select_related("application"),
        pk=pk,
        application__owner_id=request.user.pk,
    )


def owned_followup(request: HttpRequest, pk: int) -> FollowUp:
    return get_object_or_404(
        FollowUp.objects.select_related("application", "contact", "interview"),
        pk=pk,
        application__owner_id=request.user.pk,
    )


def form_error(form: BaseForm, exc: Refusal, fields: dict[str, str] | None = None) -> None:
    """The service's refusal on the form: next to its field when its code names one
    (`fields` maps error codes to field names), else at the top."""
    parts: list[Refusal] = (
        list(exc.error_list) if isinstance(exc, ValidationError) and exc.error_list else [exc]
    )
    for part in parts:
        field = (fields or {}).get(getattr(part, "code", None) or "")
        for text in refusal_texts(part):
            form.add_error(field if field in form.fields else None, text)


def message_error(request: HttpRequest, exc: Refusal) -> None:
    for text in refusal_texts(exc):
        messages.error(request, text)


def refusals_back(to: str | View) -> Callable[[View], View]:
    """The web's one handler of the services' refusals, for the pages' buttons (no form shown).

    A refusal (a value, a state, a golden rule) becomes error messages and a redirect back:
    to the URL named `to` with the view's own arguments, or to what `to(request, ...)` returns.
    The view itself is written for success only.
    """

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            try:
                return view(request, *args, **kwargs)
            except REFUSALS as refusal:
                message_error(request, refusal)
                if isinstance(to, str):
                    return redirect(to, *args, **kwargs)
                return to(request, *args, **kwargs)

        return wrapper

    return decorate


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"
