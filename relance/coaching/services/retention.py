"""GDPR retention: closed applications of an organisation's candidates are removed once
the organisation's period has passed since their last activity.

A worker step in the healthchecks style: `handle_one_retention()` claims one organisation
not looked at for a day (compare-and-swap on `retention_checked_at`) and purges it. Before
removal, the applications' counts are added to what each organisation the candidate
shares with keeps (`OrganisationTally`: counts, no person); the candidate reads
"3 closed applications removed after 24 months" in their coaching log.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from relance.coaching.models import AuditEntry, Membership, Organisation, Role, Sharing, Viewed
from relance.coaching.services.analytics import fold_into_organisation
from relance.coaching.services.analytics_rows import tallies
from relance.core.facts import CLOSED_STATUSES
from relance.tracker.models import Application

log = logging.getLogger(__name__)

CHECK_EVERY = timedelta(days=1)
CLOSED = sorted(s.value for s in CLOSED_STATUSES)


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the 31st -> the month's end)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = moment.day
    while True:
        try:
            return moment.replace(year=year, month=month + 1, day=day)
        except ValueError:
            day -= 1


def handle_one_retention(now: datetime | None = None) -> bool:
    """Purge one organisation due for its daily look. False when none was due."""
    now = now or timezone.now()
    due = Organisation.objects.filter(
        Q(retention_checked_at__isnull=True) | Q(retention_checked_at__lte=now - CHECK_EVERY)
    ).order_by("retention_checked_at", "id")
    for org in due[:4]:
        claimed = Organisation.objects.filter(
            pk=org.pk, retention_checked_at=org.retention_checked_at
        ).update(retention_checked_at=now)
        if claimed:
            purge(org, now)
            return True
    return False


def purge(org: Organisation, now: datetime) -> int:
    """Remove this organisation's candidates' closed applications past its period."""
    cutoff = months_before(now, org.retention_months)
    candidates = Membership.objects.filter(organisation=org, role=Role.CANDIDATE)
    with transaction.atomic():
        expired = Application.objects.filter(
            owner_id__in=candidates.values("user_id"), status__in=CLOSED, updated_at__lt=cutoff
        )
        found = list(expired.values_list("id", "owner_id"))
        if not found:
            return 0
        ids = [pk for pk, _owner in found]
        per_owner = Counter(owner for _pk, owner in found)
        counts = tallies(list(per_owner), applications=ids)
        shared_with = Membership.objects.filter(
            user_id__in=list(per_owner), role=Role.CANDIDATE
        ).exclude(sharing=Sharing.NOTHING)
        for owner, org_id in shared_with.values_list("user_id", "organisation_id"):
            if owner in counts:
                fold_into_organisation(org_id, counts[owner])
        Application.objects.filter(pk__in=ids).delete()
        AuditEntry.objects.bulk_create(
            AuditEntry(
                candidate_id=owner,
                what=Viewed.PURGED,
                at=now,
                detail={"count": n, "months": org.retention_months, "organisation": org.name},
            )
            for owner, n in per_owner.items()
        )
    log.info("retention: %s closed applications removed for organisation %s", len(ids), org.pk)
    return len(ids)
