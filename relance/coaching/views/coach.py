"""The coach's pages: the dashboard, a candidate's shared data, nudges, draft reviews.

None of them writes to a candidate's applications or follow-ups: the only writes are an
invitation, a nudge and a review proposal. Every read of a candidate's data is audited.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from relance.coaching.forms import InvitationForm, NudgeForm, NudgeTemplateForm, ProposalForm
from relance.coaching.models import Cohort, Membership, NudgeTemplate, Role, Sharing, Viewed
from relance.coaching.services import dashboard as board
from relance.coaching.services import reasons
from relance.coaching.services.access import STAFF_ROLES, record_view, shares
from relance.coaching.services.invitations import invite as create_invitation
from relance.coaching.services.nudge_texts import compose
from relance.coaching.services.nudges import candidate_address, mail_configured, nudge
from relance.coaching.services.reviews import propose, reviews_for_coach
from relance.coaching.views.board_rows import rows_html
from relance.coaching.views.choices import Choices
from relance.coaching.views.common import candidate_or_404, require_coach, review_context
from relance.tracker.models import Application
from relance.tracker.models.choices import Status
from relance.web.views.common import now, profile_required, user_of


def _whole(value: str | None) -> int | None:
    """A whole number from the address, or None (also beyond what a database id holds)."""
    number = int(value) if value and value.isascii() and value.isdigit() else None
    return number if number is not None and number < 2**63 else None


def _present(rows: list[board.Row]) -> None:
    """What the template prints, computed once per reason and per candidate rather than per
    line in the template: each line's texts and, for the coach's own shared candidates,
    their page's link and each line's action."""
    texts = {reason.id: (str(reason.label), reason.explanation) for reason in reasons.REASONS}
    for row in rows:
        for line in row.lines:
            line.label, line.why = texts[line.reason.id]
        if not (row.own and row.shared):
            continue
        pk = row.membership.pk
        row.url = reverse("coaching:candidate", args=[pk])
        nudge_url = reverse("coaching:nudge", args=[pk])
        for line in row.lines:
            if line.review_id:
                line.url = reverse("coaching:review", args=[line.review_id])
            else:
                query = {"template": line.reason.nudge or ""}
                if line.application:
                    query["application"] = str(line.application.pk)
                line.url = f"{nudge_url}?{urlencode(query)}"


@profile_required
@require_http_methods(["GET"])
def dashboard(request: HttpRequest) -> HttpResponse:
    return _dashboard_page(request, require_coach(request))


def _dashboard_page(
    request: HttpRequest, staff: list[Membership], invitation_form: InvitationForm | None = None
) -> HttpResponse:
    """The dashboard; `staff`: where the user coaches; `invitation_form` is an invitation
    sent back with its errors."""
    user = user_of(request)
    status = request.GET.get("status", "")
    filters = board.Filters(
        status=status if status in Status.values else "",
        coach_id=_whole(request.GET.get("coach")),
        cohort_id=_whole(request.GET.get("cohort")),
    )
    # The next page's link names the membership it continues after, the previous page's
    # the one it ends before (read from the index from there, either way); `page` alone (a
    # typed address, a status filter's pages) counts an offset.
    page = board.board(
        user,
        now=now(),
        filters=filters,
        page=_whole(request.GET.get("page")) or 1,
        after=_whole(request.GET.get("after")),
        before=_whole(request.GET.get("before")),
        staff=staff,
    )
    _present(page.rows)
    orgs = [m.organisation_id for m in staff]
    admin_of = [m for m in staff if m.role == Role.ADMIN]
    coaches = []  # the coach filter is an admin's: a coach's page asks nothing for it
    if admin_of:
        staff_names = (
            Membership.objects.filter(organisation_id__in=orgs, role__in=STAFF_ROLES)
            .order_by("pk")
            .values_list("user_id", "user__profile__name")
        )
        coaches = [(user, name or "") for user, name in staff_names]
    cohorts = list(Cohort.objects.filter(organisation_id__in=orgs).values_list("pk", "name"))
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("after", None)
    query.pop("before", None)
    return render(
        request,
        "coaching/dashboard.html",
        {
            "board": page,
            "rows": page.rows,
            "rows_html": rows_html(page.rows),
            "filters": filters,
            "status": filters.status,
            "statuses": Status.choices,
            # Each select's options escaped once (coaching/views/choices.py), from plain values.
            "coaches": len(coaches),
            "coach_options": Choices(coaches).html(filters.coach_id),
            "cohorts": len(cohorts),
            "cohort_options": Choices(cohorts).html(filters.cohort_id),
            "query": query.urlencode(),
            "admin_of": admin_of,
            "invitation_form": invitation_form or InvitationForm(memberships=staff),
        },
        status=400 if invitation_form is not None else 200,
    )


@profile_required
@require_POST
def invite(request: HttpRequest) -> HttpResponse:
    staff = require_coach(request)
    form = InvitationForm(request.POST, memberships=staff)
    if not form.is_valid():
        return _dashboard_page(request, staff, form)
    try:
        invitation = create_invitation(
            user_of(request),
            form.cleaned_data["organisation"],
            role=form.cleaned_data["role"],
            email=form.cleaned_data["email"],
            now=now(),
        )
    except PermissionDenied:
        messages.error(request, _("Only an organisation admin may invite coaches."))
        return redirect("coaching:dashboard")
    link = request.build_absolute_uri(reverse("coaching:join", args=[invitation.token]))
    messages.success(
        request, _("Send this link; it works once, for 14 days: %(link)s") % {"link": link}
    )
    if request.POST.get("next") == "organisation":
        return redirect("coaching:organisation", pk=invitation.organisation_id)
    return redirect("coaching:dashboard")


@profile_required
@require_http_methods(["GET"])
def candidate_detail(request: HttpRequest, pk: int) -> HttpResponse:
    membership = candidate_or_404(request, pk)
    context: dict[str, object] = {"membership": membership, "shared": False}
    if shares(membership, Sharing.STATUSES):
        moment = now()
        texts = shares(membership, Sharing.TEXTS)
        coach = user_of(request)
        record_view(
            coach,
            [membership.user_id],
            Viewed.CANDIDATE_TEXTS if texts else Viewed.CANDIDATE,
            at=moment,
        )
        apps = Application.objects.filter(owner_id=membership.user_id).prefetch_related(
            "interviews", "followups"
        )
        owners = Membership.objects.filter(pk=membership.pk)
        lines = [line for _owner, line in reasons.reason_lines(coach, owners, apps, moment, "")]
        context.update({"shared": True, "texts": texts, "applications": apps, "lines": lines})
    return render(request, "coaching/candidate.html", context)


@profile_required
@require_http_methods(["GET", "POST"])
def send_nudge(request: HttpRequest, pk: int) -> HttpResponse:
    """The coach picks a template; it comes filled with the candidate's dates, editable."""
    membership = candidate_or_404(request, pk)
    coach = user_of(request)
    picker = NudgeTemplateForm(
        request.GET or {"template": NudgeTemplate.CHECK_IN}, auto_id="pick_%s"
    )
    template = NudgeTemplate.CHECK_IN.value
    application_id = None
    if picker.is_valid():
        template = picker.cleaned_data["template"]
        application_id = picker.cleaned_data["application"]
    filled = compose(coach, membership, template, application_id=application_id)
    initial = {"template": template, "subject": filled.subject, "body": filled.body}
    form = NudgeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            nudge(coach, membership, now=now(), **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Your message is on their Today page."))
            return redirect("coaching:dashboard")
    context = {
        "membership": membership,
        "picker": picker,
        "form": form,
        "language": filled.language,
        "by_mail": mail_configured() and bool(candidate_address(membership)),
    }
    return render(request, "coaching/nudge.html", context)


@profile_required
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, pk: int) -> HttpResponse:
    coach = user_of(request)
    # Only while the candidate shares their texts: a revocation hides the review at once.
    found = get_object_or_404(reviews_for_coach(coach), pk=pk)
    form = ProposalForm(
        request.POST or None,
        initial={
            "subject": found.proposed_subject or found.original_subject,
            "body": found.proposed_body or found.original_body,
            "comment": found.comment,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            propose(coach, found, now=now(), **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Proposal sent: the candidate decides."))
        return redirect("coaching:review", pk=found.pk)
    record_view(coach, [found.candidate_id], Viewed.REVIEW, at=now(), object_id=found.pk)
    return render(request, "coaching/review.html", {**review_context(found), "form": form})
