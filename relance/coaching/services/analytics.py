"""The figures of a candidate, a coach and an organisation.

The rows come from `analytics_rows` (the reference: one row per interview round, three
queries); the arithmetic is the framework-free `relance.core.analytics`. The pages read
each person's counts as kept in the database (`tally_cache.summed`: recounted from those
rows only when their history changed, added up in SQL), so their cost follows the number
of people, not the length of their history.

Who is counted: a candidate counts their own applications; a coach, their candidates who
share at least statuses; an organisation's admin, the organisation's candidates who share
at least statuses plus the counts kept when a candidate left (`OrganisationTally`), with
every cell from fewer than `ORGANISATION_MIN_PEOPLE` people hidden.
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db.models import QuerySet

from relance.coaching.models import Membership, Organisation, OrganisationTally, Role, Sharing
from relance.coaching.services.access import coached_by
from relance.coaching.services.tally_cache import summed
from relance.core.analytics import Figures, Tally, figures, merge

ORGANISATION_MIN_PEOPLE = 5


def candidate_figures(user: User) -> Figures:
    return figures(summed([user.pk]))


def sharing_candidates(coach: User) -> QuerySet[Membership]:
    return coached_by(coach).exclude(sharing=Sharing.NOTHING)


def coach_figures(coach: User, candidate_ids: list[int]) -> Figures:
    """Over the coach's candidates who share at least statuses (ids read by the caller)."""
    return figures(summed(candidate_ids))


def organisation_candidates(organisation: Organisation) -> QuerySet[Membership]:
    return Membership.objects.filter(organisation=organisation, role=Role.CANDIDATE).exclude(
        sharing=Sharing.NOTHING
    )


def organisation_figures(organisation: Organisation) -> Figures:
    """The sharing candidates, plus the counts kept of those who left; small cells hidden."""
    owners = organisation_candidates(organisation).values("user_id")
    kept = [
        Tally.from_json(counts)
        for counts in OrganisationTally.objects.filter(organisation=organisation).values_list(
            "counts", flat=True
        )
    ]
    return figures(merge([summed(owners), *kept]), min_people=ORGANISATION_MIN_PEOPLE)


def fold_into_organisation(organisation_id: int, counts: Tally) -> None:
    """Add a tally to what the organisation keeps (inside the caller's transaction)."""
    kept, _created = OrganisationTally.objects.select_for_update().get_or_create(
        organisation_id=organisation_id
    )
    kept.counts = merge([Tally.from_json(kept.counts), counts]).to_json()
    kept.save(update_fields=["counts"])
