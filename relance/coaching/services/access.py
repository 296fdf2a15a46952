"""Who may see what: every coach read goes through here, and is written to the audit log.

A coach reaches a candidate only through a Membership naming them as the coach, in an
organisation where they are still a coach or admin; anything else is "does not exist", so
another organisation learns nothing (the views answer 404). Sharing is read from the row
on every request: a revocation takes effect on the next one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet

from relance.coaching.models import AuditEntry, Membership, Role, Sharing

LEVELS = {Sharing.NOTHING: 0, Sharing.STATUSES: 1, Sharing.TEXTS: 2}
# AuditEntry's table (a test checks the name).
_AUDIT_INSERT = """
    INSERT INTO coaching_auditentry (coach_id, candidate_id, what, object_id, at, detail)
    SELECT %s::integer, candidate, %s::varchar, %s::bigint, %s::timestamptz, '{}'::jsonb
    FROM unnest(%s::integer[]) AS candidate
"""
STAFF_ROLES = (Role.COACH, Role.ADMIN)


def is_coach(user: User) -> bool:
    return Membership.objects.filter(user=user, role__in=STAFF_ROLES).exists()


def coached_by(coach: User) -> QuerySet[Membership]:
    """The candidates this coach follows, in organisations where they still coach."""
    still_coaching = Membership.objects.filter(
        organisation_id=OuterRef("organisation_id"), user=coach, role__in=STAFF_ROLES
    )
    return Membership.objects.filter(coach=coach, role=Role.CANDIDATE).filter(
        Exists(still_coaching)
    )


def admin_organisations(user: User) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user, role=Role.ADMIN)


def staff_memberships(user: User) -> list[Membership]:
    """Where this user coaches or administers, read once per request (with the organisation)."""
    return list(
        Membership.objects.filter(user=user, role__in=STAFF_ROLES).select_related("organisation")
    )


def board_scope(user: User, staff: list[Membership] | None = None) -> QuerySet[Membership]:
    """The candidates on a dashboard: one's own, and for an organisation admin every
    candidate of the organisation (their status lines only: pages with texts, nudges and
    reviews stay with the candidate's own coach).

    `staff`: the user's staff memberships when the page has read them already. The scope is
    then written with their organisations as literal values rather than as subqueries, so
    the planner knows a coach's scope is a couple of hundred rows (it joined every profile of
    the organisation to sort them when it guessed half the table).
    """
    if staff is None:
        staff = staff_memberships(user)
    administering = [m.organisation_id for m in staff if m.role == Role.ADMIN]
    # Where they administer, every candidate is in reach: their own need no other condition,
    # and an admin's scope is then one `organisation_id IN (...)`, which the dashboard's index
    # (membership_org_order) reads in order.
    coaching = [m.organisation_id for m in staff if m.organisation_id not in administering]
    reach = Q(coach=user, organisation_id__in=coaching)
    if not coaching:
        reach = Q(organisation_id__in=administering)
    elif administering:
        reach |= Q(organisation_id__in=administering)
    return Membership.objects.filter(reach, role=Role.CANDIDATE)


def coached_candidate(coach: User, membership_id: int) -> Membership:
    """The membership of one of this coach's candidates; Membership.DoesNotExist otherwise."""
    return coached_by(coach).select_related("user__profile", "organisation").get(pk=membership_id)


def shares(membership: Membership, level: str) -> bool:
    return LEVELS[Sharing(membership.sharing)] >= LEVELS[Sharing(level)]


def require_sharing(membership: Membership, level: str) -> None:
    if not shares(membership, level):
        raise PermissionDenied("not shared")


def record_view(
    coach: User,
    candidate_ids: Iterable[int],
    what: str,
    *,
    at: datetime,
    object_id: int | None = None,
) -> None:
    """One audit row per candidate whose data the coach is about to see (one query)."""
    candidates = list(candidate_ids)
    if not candidates:
        return
    if connection.vendor != "postgresql":
        AuditEntry.objects.bulk_create(
            AuditEntry(coach=coach, candidate_id=pk, what=what, object_id=object_id, at=at)
            for pk in candidates
        )
        return
    # A dashboard writes 50 rows a view: as one array rather than 50 model instances and
    # 300 parameters bound one by one (2.9 -> 0.5 ms of CPU per page, bench/coach.py). In a
    # transaction, as bulk_create writes: the same statements on both databases.
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        cursor.execute(_AUDIT_INSERT, [coach.pk, what, object_id, at, candidates])


def candidate_memberships(user: User) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user, role=Role.CANDIDATE).select_related(
        "organisation", "coach__profile"
    )


def set_sharing(candidate: User, membership_id: int, level: str) -> Membership:
    """Only the candidate changes what their coach sees."""
    membership = candidate_memberships(candidate).get(pk=membership_id)
    membership.sharing = Sharing(level)
    membership.save(update_fields=["sharing"])
    return membership
