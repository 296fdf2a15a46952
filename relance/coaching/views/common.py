"""Helpers shared by the coaching pages."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest

from relance.coaching.models import Membership, ReviewRequest
from relance.coaching.services.access import coached_candidate, staff_memberships
from relance.coaching.services.reviews import word_diff
from relance.web.highlight import shown_findings, tone_check
from relance.web.views.common import user_of


def require_coach(request: HttpRequest) -> list[Membership]:
    """Where the user coaches or administers (the pages reuse it: one query)."""
    staff = staff_memberships(user_of(request))
    # 404 rather than 403: the coaching pages do not exist for someone who does not coach.
    if not staff:
        raise Http404
    return staff


def candidate_or_404(request: HttpRequest, pk: int) -> Membership:
    try:
        return coached_candidate(user_of(request), pk)
    except Membership.DoesNotExist:
        raise Http404 from None


def review_context(review: ReviewRequest) -> dict[str, Any]:
    """Both versions, the diff between them and the tone guard's findings on each."""
    followup = review.followup
    original = review.original_body
    proposed = review.proposed_body
    context = {"position": followup.application.position}

    def findings(text: str) -> list[Any]:
        return (
            shown_findings(text, tone_check(text, "auto", followup.kind, context)) if text else []
        )

    return {
        "review": review,
        "original_findings": findings(original),
        "proposed_findings": findings(proposed),
        "diff": word_diff(original, proposed) if review.proposed_body else [],
    }
