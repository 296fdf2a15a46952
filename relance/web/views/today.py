"""Today: what to do now, what comes next, and what waits on the recruiter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from relance.core.facts import CLOSED_STATUSES, Kind
from relance.tracker.models import Application
from relance.tracker.services.accounts import needs_first_run
from relance.tracker.services.planning import current_plan
from relance.web.presenting import Step, one_next_action, step_of
from relance.web.views.common import now, profile_of, profile_required

# The page plans this many applications, the soonest due first: enough for a day's work,
# and a fixed cost however many applications the candidate has.
PLANNED_ON_PAGE = 30
NEXT_HORIZON = timedelta(days=7)
# The later lists are glances: the Applications page has the rest.
SHOWN_NEXT = 10
SHOWN_WAITING = 10
CLOSED = {s.value for s in CLOSED_STATUSES}


@dataclass
class Waiting:
    app: Application
    next_step: Step | None


def home(request: HttpRequest) -> HttpResponse:
    """`/`: the first-run page on a fresh install, else Today (or the sign-in page)."""
    if not request.user.is_authenticated:
        return redirect("first_run" if needs_first_run() else "login")
    return today(request)


@profile_required
def today(request: HttpRequest) -> HttpResponse:
    profile = profile_of(request)
    moment = now()
    apps = (
        Application.objects.for_user(request.user)
        .plannable()
        .with_planning_data()
        .order_by(F("next_due_at").asc(nulls_last=True), "-updated_at")[:PLANNED_ON_PAGE]
    )
    do_now: list[Step] = []
    coming: list[Step] = []
    waiting: list[Waiting] = []
    for app in apps:
        steps = one_next_action(
            [step_of(app, action) for action in current_plan(app, profile, moment)], moment
        )
        due = [s for s in steps if s.earliest <= moment]
        soon = [s for s in steps if moment < s.earliest <= moment + NEXT_HORIZON]
        do_now.extend(due)
        coming.extend(soon)
        # A closed application is here only for its feedback request: it waits on nobody.
        if not due and not soon and app.status not in CLOSED:
            waiting.append(Waiting(app, steps[0] if steps else None))
    # A possible answer from the recruiter comes first: it decides what else is due.
    do_now.sort(key=lambda s: (s.kind != Kind.CONFIRM_REPLY.value, s.optional, s.latest))
    coming.sort(key=lambda s: s.earliest)
    return render(
        request,
        "relance/today.html",
        {
            "do_now": do_now,
            "coming": coming[:SHOWN_NEXT],
            "waiting": waiting[:SHOWN_WAITING],
            "now": moment,
        },
    )
