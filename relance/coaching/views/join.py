"""Joining an organisation through an invitation link."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from relance.coaching.forms import JoinForm
from relance.coaching.models import Invitation, Role, Sharing
from relance.coaching.services.invitations import accept, open_invitation
from relance.coaching.signals import SESSION_FLAG
from relance.web.views.common import now, profile_required, user_of


@profile_required
@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation = open_invitation(token, now=now())
    except Invitation.DoesNotExist:
        raise Http404 from None
    form = JoinForm(request.POST or None, initial={"sharing": Sharing.STATUSES})
    if request.method == "POST" and form.is_valid():
        try:
            membership = accept(
                token, user_of(request), sharing=form.cleaned_data["sharing"], now=now()
            )
        except Invitation.DoesNotExist:
            raise Http404 from None
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("today")
        if membership.role == Role.CANDIDATE:
            request.session.setdefault(SESSION_FLAG, "candidate")
            messages.success(
                request, _("Welcome: you can change what your coach sees at any time.")
            )
            return redirect("coaching:mine")
        request.session[SESSION_FLAG] = "coach"
        return redirect("coaching:dashboard")
    return render(
        request,
        "coaching/join.html",
        {"invitation": invitation, "form": form, "as_candidate": invitation.role == Role.CANDIDATE},
    )
