"""The candidate's side: what my coach sees, the audit log, review answers, nudges."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from relance.coaching.forms import SharingForm
from relance.coaching.models import AuditEntry, ReviewRequest, ReviewState, Sharing
from relance.coaching.services.access import candidate_memberships, set_sharing
from relance.coaching.services.nudges import SHOWN_ON_TODAY, mark_read, unread
from relance.coaching.services.reviews import answer
from relance.coaching.services.reviews import ask_review as ask
from relance.coaching.views.common import review_context
from relance.tracker.lifecycle import EDITABLE
from relance.tracker.models import FollowUp
from relance.web.views.common import now, owned_followup, profile_required, user_of

AUDIT_SHOWN = 200


@profile_required
@require_GET
def my_coaching(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    memberships = list(candidate_memberships(user))
    if not memberships:
        raise Http404
    texts_shared = any(m.sharing == Sharing.TEXTS and m.coach_id for m in memberships)
    drafts = (
        FollowUp.objects.filter(application__owner=user, state__in=EDITABLE)
        .select_related("application")
        .order_by("earliest_at")[:20]
        if texts_shared
        else []
    )
    return render(
        request,
        "coaching/mine.html",
        {
            "memberships": [(m, SharingForm(initial={"sharing": m.sharing})) for m in memberships],
            "audit": AuditEntry.objects.filter(candidate=user).select_related("coach__profile")[
                :AUDIT_SHOWN
            ],
            "reviews": ReviewRequest.objects.filter(candidate=user).select_related(
                "followup__application", "coach__profile"
            )[:20],
            "drafts": drafts,
        },
    )


@profile_required
@require_POST
def sharing(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    membership = get_object_or_404(candidate_memberships(user), pk=pk)
    form = SharingForm(request.POST)
    if form.is_valid():
        set_sharing(user, membership.pk, form.cleaned_data["sharing"])
        messages.success(request, _("Saved: your coach sees this from now on."))
    return redirect("coaching:mine")


@profile_required
@require_POST
def ask_review(request: HttpRequest, pk: int) -> HttpResponse:
    followup = owned_followup(request, pk)
    try:
        review = ask(user_of(request), followup, now=now())
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("coaching:mine")
    messages.success(request, _("Your coach has been asked to review this draft."))
    return redirect("coaching:my_review", pk=review.pk)


@profile_required
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    found = get_object_or_404(
        ReviewRequest.objects.select_related("followup__application", "coach__profile"),
        pk=pk,
        candidate=user,
        followup__application__owner=user,
    )
    if request.method == "POST":
        try:
            answer(user, found, accepted=request.POST.get("answer") == "accept", now=now())
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
            return redirect("coaching:my_review", pk=found.pk)
        if request.POST.get("answer") == "accept":
            messages.success(
                request, _("The proposal is now your draft: re-read it, then approve it.")
            )
            return redirect("draft_editor", pk=found.followup_id)
        messages.success(request, _("Proposal declined: your draft is unchanged."))
        return redirect("coaching:mine")
    return render(request, "coaching/my_review.html", review_context(found))


@profile_required
@require_GET
def nudges_banner(request: HttpRequest) -> HttpResponse:
    """For the top of Today, loaded after the page (htmx): empty outside an organisation."""
    user = user_of(request)
    nudges = list(unread(user)[:SHOWN_ON_TODAY])
    proposals = ReviewRequest.objects.filter(candidate=user, state=ReviewState.PROPOSED).count()
    if not nudges and not proposals:
        return HttpResponse("")
    return render(
        request, "coaching/partials/nudges_banner.html", {"nudges": nudges, "proposals": proposals}
    )


@profile_required
@require_POST
def nudge_read(request: HttpRequest, pk: int) -> HttpResponse:
    if not mark_read(user_of(request), pk, now=now()):
        raise Http404
    return redirect("today")
