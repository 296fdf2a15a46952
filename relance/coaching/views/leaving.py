"""Leaving an organisation: the export first, then the organisation keeps only counts."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from relance.coaching.services.access import candidate_memberships
from relance.coaching.services.leaving import leave as leave_organisation
from relance.web.views.common import now, profile_required, user_of


@profile_required
@require_http_methods(["GET", "POST"])
def leave(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    membership = get_object_or_404(candidate_memberships(user), pk=pk)
    if request.method == "POST":
        leave_organisation(user, membership.pk, now=now())
        messages.success(
            request,
            _("You left %(name)s: nobody there sees your applications any more.")
            % {"name": membership.organisation.name},
        )
        if candidate_memberships(user).exists():
            return redirect("coaching:mine")
        return redirect("today")
    return render(request, "coaching/leave.html", {"membership": membership})
