"""The first run, signing in and out, and password reset when mail is configured."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, cast

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from relance.tracker.models import Profile
from relance.tracker.services import accounts
from relance.tracker.services.places import place_for_zone
from relance.web.forms.accounts import (
    FirstRunForm,
    ProfileForm,
    ThrottledAuthenticationForm,
    ThrottledPasswordResetForm,
)
from relance.web.views.common import form_error, now

# The services' error codes and the first-run field each one is about.
FIRST_RUN_FIELDS = {
    "username": "email",
    "email": "email",
    "password_too_short": "password",
    "password_too_common": "password",
    "password_too_similar": "password",
    "password_entirely_numeric": "password",
}


@require_http_methods(["GET", "POST"])
def first_run(request: HttpRequest) -> HttpResponse:
    """Create the local account and its profile; only while nobody can sign in."""
    if not accounts.needs_first_run():
        return redirect("login")
    browser_language = "en" if (get_language() or "fr").startswith("en") else "fr"
    form = FirstRunForm(request.POST or None, initial={"language": browser_language})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        country, subdivision, zone = place_for_zone(data["timezone"])
        try:
            user = accounts.create_account(
                username=data["email"].strip().lower(),
                password=data["password"],
                name=data["name"],
                email=data["email"],
                language=data["language"],
                country=country,
                subdivision=subdivision,
                timezone=zone,
                now=now(),
            )
        except ValidationError as exc:
            form_error(form, exc, FIRST_RUN_FIELDS)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            request.session["relance_language"] = data["language"]
            messages.success(
                request,
                _(
                    "Welcome! Add your first application. Your place of work and time zone "
                    "are guessed from this browser: check them in the settings."
                ),
            )
            return redirect("application_add")
    return render(request, "relance/first_run.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def profile_create(request: HttpRequest) -> HttpResponse:
    """An account made on the command line gets its profile here."""
    user = cast(User, request.user)
    if Profile.objects.filter(user_id=user.pk).exists():
        return redirect("today")
    form = ProfileForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            accounts.create_profile(user, now=now(), **form.cleaned_data)
        except ValidationError as exc:
            form_error(form, exc)
        else:
            request.session["relance_language"] = form.cleaned_data["language"]
            return redirect("today")
    return render(request, "relance/profile_create.html", {"form": form})


class LoginView(auth_views.LoginView):
    template_name = "relance/login.html"
    authentication_form = ThrottledAuthenticationForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["password_reset"] = bool(settings.EMAIL_HOST)
        return context


def mail_configured(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """Password reset exists only when the server can send mail."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not settings.EMAIL_HOST:
            raise Http404("no mail server")
        return view(request, *args, **kwargs)

    return wrapper


class ThrottledPasswordResetView(auth_views.PasswordResetView):
    form_class = ThrottledPasswordResetForm

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "request": self.request}


logout = auth_views.LogoutView.as_view()
password_reset = mail_configured(
    ThrottledPasswordResetView.as_view(
        template_name="relance/password_reset.html",
        email_template_name="relance/email/password_reset.txt",
        subject_template_name="relance/email/password_reset_subject.txt",
        success_url=reverse_lazy("password_reset_done"),
    )
)
password_reset_done = mail_configured(
    auth_views.PasswordResetDoneView.as_view(template_name="relance/password_reset_done.html")
)
password_reset_confirm = mail_configured(
    auth_views.PasswordResetConfirmView.as_view(
        template_name="relance/password_reset_confirm.html",
        success_url=reverse_lazy("password_reset_complete"),
    )
)
password_reset_complete = mail_configured(
    auth_views.PasswordResetCompleteView.as_view(
        template_name="relance/password_reset_complete.html"
    )
)
