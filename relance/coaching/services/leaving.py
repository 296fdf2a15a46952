"""A candidate leaves an organisation: their data goes with them, the organisation keeps
only counts.

The page offers the export first. On leaving, if the candidate shared at least statuses,
their figures are added to the organisation's `OrganisationTally` (counts, no person, no
date), their open review requests are withdrawn and the membership is removed: from the
next request their coach reaches nothing of theirs (404).
"""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import User
from django.db import transaction

from relance.coaching.models import Membership, ReviewRequest, ReviewState, Sharing
from relance.coaching.services.access import candidate_memberships, shares
from relance.coaching.services.analytics import fold_into_organisation
from relance.coaching.services.analytics_rows import tallies


def leave(candidate: User, membership_id: int, *, now: datetime) -> Membership:
    """Membership.DoesNotExist unless it is this candidate's own."""
    with transaction.atomic():
        membership = (
            candidate_memberships(candidate).select_for_update(of=("self",)).get(pk=membership_id)
        )
        if shares(membership, Sharing.STATUSES):
            counts = tallies([candidate.pk]).get(candidate.pk)
            if counts is not None:
                fold_into_organisation(membership.organisation_id, counts)
        if membership.coach_id is not None:
            ReviewRequest.objects.filter(
                candidate=candidate,
                coach_id=membership.coach_id,
                state__in=[ReviewState.ASKED, ReviewState.PROPOSED],
            ).update(state=ReviewState.WITHDRAWN, answered_at=now)
        membership.delete()
    return membership
