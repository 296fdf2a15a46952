"""The organisation admin's page: members, pending invitations, cohorts, who coaches whom,
and the log of coaches' access to candidates' data (never the data itself).

Every page takes the organisation's id and answers 404 unless the signed-in user is its admin.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from relance.coaching.forms import CohortForm, InvitationForm
from relance.coaching.models import Cohort, Invitation, Membership, Organisation, Role
from relance.coaching.services import organisation as orgs
from relance.coaching.services.access import STAFF_ROLES
from relance.coaching.views.choices import Choices
from relance.web.views.common import now, profile_required, user_of

PAGE_SIZE = 50


def _administered(request: HttpRequest, pk: int) -> Organisation:
    try:
        return orgs.administered(user_of(request), pk)
    except Organisation.DoesNotExist:
        raise Http404 from None


def _id(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@profile_required
@require_http_methods(["GET"])
def organisation(request: HttpRequest, pk: int) -> HttpResponse:
    org = _administered(request, pk)
    mine = list(
        Membership.objects.filter(user=user_of(request), role__in=STAFF_ROLES).select_related(
            "organisation"
        )
    )
    # The page's ids are cut from the index (organisation, role, id); only those 50 rows are
    # then read with their names (one query: the cut is a subquery), rather than sorting
    # every member with their names to keep 50.
    candidates = Paginator(orgs.member_ids(org, Role.CANDIDATE), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    staff = list(
        Membership.objects.filter(organisation=org, role__in=STAFF_ROLES)
        .select_related("user__profile")
        .order_by("id")
    )
    access = orgs.coach_access(org, staff, page=_id(request.GET.get("log")) or 1, size=PAGE_SIZE)
    cohorts = list(Cohort.objects.filter(organisation=org))
    coach_choices = Choices((s.user_id, s.user.profile.name) for s in staff)
    cohort_choices = Choices((c.pk, c.name) for c in cohorts)
    rows = [
        (m, coach_choices.html(m.coach_id), cohort_choices.html(m.cohort_id))
        for m in orgs.members(org, Role.CANDIDATE).filter(pk__in=candidates.object_list)
    ]
    return render(
        request,
        "coaching/organisation.html",
        {
            "organisation": org,
            "staff": staff,
            "candidates": candidates,
            "rows": rows,
            "cohorts": cohorts,
            "invitations": orgs.pending_invitations(org, now=now()),
            "access": access,
            "cohort_form": CohortForm(),
            "invitation_form": InvitationForm(
                initial={"organisation": org.pk},
                memberships=[m for m in mine if m.organisation_id == org.pk],
            ),
        },
    )


@profile_required
@require_POST
def new_cohort(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    if not Membership.objects.filter(user=user, organisation_id=pk, role__in=STAFF_ROLES).exists():
        raise Http404
    form = CohortForm(request.POST)
    if request.POST.get("next") == "dashboard":
        back = redirect("coaching:dashboard")
    else:
        back = redirect("coaching:organisation", pk=pk)
    if not form.is_valid():
        messages.error(request, _("Give the cohort a name."))
        return back
    try:
        cohort = orgs.create_cohort(user, pk, form.cleaned_data["name"], now=now())
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
    else:
        messages.success(request, _("Cohort “%(name)s” created.") % {"name": cohort.name})
    return back


def _member_action(
    request: HttpRequest, org: Organisation, act: Callable[[], object], done: str
) -> HttpResponse:
    """Run an admin's action on a member: a foreign member is a 404, a refusal a message."""
    try:
        act()
    except Membership.DoesNotExist:
        raise Http404 from None
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, done)
    return redirect("coaching:organisation", pk=org.pk)


@profile_required
@require_POST
def assign(request: HttpRequest, pk: int, member: int) -> HttpResponse:
    org = _administered(request, pk)
    coach_id, cohort_id = _id(request.POST.get("coach")), _id(request.POST.get("cohort"))
    return _member_action(
        request, org,
        lambda: orgs.assign(user_of(request), org, member, coach_id=coach_id, cohort_id=cohort_id),
        _("Saved."),
    )  # fmt: skip


@profile_required
@require_POST
def remove(request: HttpRequest, pk: int, member: int) -> HttpResponse:
    org = _administered(request, pk)
    return _member_action(
        request, org,
        lambda: orgs.remove_member(user_of(request), org, member),
        _("Removed from the organisation."),
    )  # fmt: skip


@profile_required
@require_POST
def revoke(request: HttpRequest, pk: int, invitation: int) -> HttpResponse:
    org = _administered(request, pk)
    try:
        orgs.revoke_invitation(user_of(request), org, invitation)
    except Invitation.DoesNotExist:
        raise Http404 from None
    messages.success(request, _("Invitation revoked: the link no longer works."))
    return redirect("coaching:organisation", pk=org.pk)
