"""Analytics pages: a candidate's own figures, a coach's candidates', an organisation's.

The figures come from `relance.core.analytics` through `services.analytics`; this module
only words them (translated) and draws them (`charts.bar_chart`). A coach sees only
candidates who share at least statuses, and each view is audited; an organisation's page
is its admins' alone, and hides every cell drawn from fewer than five people.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import formats
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext
from django.views.decorators.http import require_GET, require_http_methods

from relance.coaching.charts import Bar, bar_chart
from relance.coaching.forms import RetentionForm
from relance.coaching.models import Membership, Organisation, Role, Sharing, Viewed
from relance.coaching.services import analytics
from relance.coaching.services.access import candidate_memberships, record_view, shares
from relance.coaching.views.common import candidate_or_404, require_coach
from relance.core.analytics import Figures, Rate
from relance.web.views.common import now, profile_required, user_of


def _labels() -> dict[str, str]:
    return {
        "email": _("E-mail"),
        "phone": _("Phone"),
        "before": _("Before the recruiter's date"),
        "0-2": _("0 to 2 working days after it"),
        "3-5": _("3 to 5 working days after it"),
        "later": _("Later"),
        "no_date": _("No date given"),
        "interviews": _("Interviews"),
        "followed_up": _("Follow-up sent"),
        "replied": _("Reply received"),
        "decided": _("Offer or refusal"),
        "offers": _("Offer"),
    }


def _rate_text(rate: Rate, min_people: int) -> str:
    if rate.hidden and rate.n:
        return _("hidden (fewer than %(min)s people)") % {"min": min_people}
    if not rate.n:
        return _("no follow-up yet")
    return _("%(percent)s %% (%(hits)s of %(n)s)") % {
        "percent": rate.percent,
        "hits": rate.hits,
        "n": rate.n,
    }


def _short(rate: Rate) -> str:
    """The figure on the chart itself: the long form is in <desc>."""
    if rate.hidden and rate.n:
        return _("hidden")
    return "—" if not rate.n else ""


def _rate_bars(rates: list[Rate], figures: Figures, labels: dict[str, str]) -> list[Bar]:
    return [
        Bar(
            labels.get(rate.key) or rate.key or _("Trade not given"),
            rate.percent,
            _rate_text(rate, figures.min_people),
            _short(rate),
        )
        for rate in rates
    ]


def charts(figures: Figures) -> dict[str, Any]:
    """The page's charts (SVG) and key figures, in the user's language."""
    labels = _labels()
    interviews = figures.funnel[0].n
    funnel = [
        Bar(
            labels[stage.key],
            None if stage.hidden else stage.n,
            _("hidden (fewer than %(min)s people)") % {"min": figures.min_people}
            if stage.hidden and stage.n
            else str(stage.n),
            _("hidden") if stage.hidden and stage.n else "",
        )
        for stage in figures.funnel
    ]
    drawn = [
        (_("Answered, by channel"), _rate_bars(figures.by_channel, figures, labels), 100.0),
        (
            _("Answered, by delay after the recruiter's date"),
            _rate_bars(figures.by_delay, figures, labels),
            100.0,
        ),
        (_("Answered, by trade"), _rate_bars(figures.by_trade, figures, labels), 100.0),
        (_("From interview to decision"), funnel, float(max(interviews, 1))),
    ]
    median = figures.median_answer_days
    # Translators: one bar of a chart, read out by screen readers: "E-mail: 50 % (1 of 2)".
    pair = _("%(label)s: %(text)s")
    return {
        "charts": [
            (title, mark_safe(bar_chart(title, bars, scale=scale, pair=pair)))  # noqa: S308
            for title, bars, scale in drawn
            if bars
        ],
        "median": None
        if median is None
        else ngettext("%(days)s day", "%(days)s days", 1 if median <= 1 else 2)
        % {"days": formats.number_format(median, decimal_pos=0 if median.is_integer() else 1)},
        "window": _rate_text(figures.window, figures.min_people),
        "followups": _("hidden") if figures.funnel[1].hidden else figures.funnel[1].n,
        "any_hidden": figures.any_hidden,
        "min_people": figures.min_people,
    }


@profile_required
@require_GET
def mine(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    if not candidate_memberships(user).exists():
        raise Http404
    context = charts(analytics.candidate_figures(user))
    context["heading"] = _("My figures")
    return render(request, "coaching/analytics.html", context)


@profile_required
@require_GET
def coach(request: HttpRequest) -> HttpResponse:
    require_coach(request)
    coach_user = user_of(request)
    ids = list(analytics.sharing_candidates(coach_user).values_list("user_id", flat=True))
    record_view(coach_user, ids, Viewed.ANALYTICS, at=now())
    context = charts(analytics.coach_figures(coach_user, ids))
    context.update(
        heading=_("Your candidates' figures"),
        note=_("Only candidates who share at least their statuses are counted (%(n)s).")
        % {"n": len(ids)},
    )
    return render(request, "coaching/analytics.html", context)


@profile_required
@require_GET
def candidate(request: HttpRequest, pk: int) -> HttpResponse:
    membership = candidate_or_404(request, pk)
    context: dict[str, Any] = {"heading": membership.user.profile.name}
    if shares(membership, Sharing.STATUSES):
        record_view(user_of(request), [membership.user_id], Viewed.ANALYTICS, at=now())
        context.update(charts(analytics.coach_figures(user_of(request), [membership.user_id])))
    else:
        context["not_shared"] = True
    return render(request, "coaching/analytics.html", context)


def _administered(request: HttpRequest, pk: int) -> Organisation:
    found = Membership.objects.filter(
        user=user_of(request), organisation_id=pk, role=Role.ADMIN
    ).select_related("organisation")
    membership = found.first()
    if membership is None:
        raise Http404
    return membership.organisation


@profile_required
@require_http_methods(["GET", "POST"])
def organisation(request: HttpRequest, pk: int) -> HttpResponse:
    org = _administered(request, pk)
    form = RetentionForm(request.POST or None, instance=org)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Saved: the worker applies it from its next pass."))
            return redirect("coaching:organisation_analytics", pk=org.pk)
        messages.error(request, _("Check the retention period."))
    context = charts(analytics.organisation_figures(org))
    context.update(
        heading=org.name,
        organisation=org,
        retention_form=form,
        note=pgettext(
            "organisation analytics",
            "Candidates who share at least their statuses, and the counts kept of those "
            "who left. No candidate is named.",
        ),
    )
    return render(request, "coaching/analytics.html", context)
