"""Named queries, so views, the CLI and the worker ask the same questions."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.db import models

from relance.core.facts import CLOSED_STATUSES

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


class ApplicationQuerySet(models.QuerySet):
    def for_user(self, user: AbstractBaseUser | AnonymousUser) -> ApplicationQuerySet:
        return self.filter(owner_id=user.pk)

    def open(self) -> ApplicationQuerySet:
        return self.exclude(status__in=[s.value for s in CLOSED_STATUSES])

    def plannable(self) -> ApplicationQuerySet:
        """Open applications, and closed ones with something still due: the engine plans
        nothing for a closed application but a refusal's optional feedback request."""
        closed = [s.value for s in CLOSED_STATUSES]
        return self.filter(~models.Q(status__in=closed) | models.Q(next_due_at__isnull=False))

    def due_before(self, moment: datetime) -> ApplicationQuerySet:
        """Applications with something due by `moment`: uses the partial next-due index."""
        return self.filter(next_due_at__isnull=False, next_due_at__lte=moment)

    def with_planning_data(self) -> ApplicationQuerySet:
        """Everything `to_facts` reads, in a fixed number of queries."""
        return self.prefetch_related(
            "interviews",
            "contacts__phones",
            "followups__call_attempts",
            "replies",
            "incoming_messages",
        )

    def same_job(self, company: str, position: str, **exclude: Any) -> ApplicationQuerySet:
        qs = self.filter(company__iexact=company.strip(), position__iexact=position.strip())
        return qs.exclude(**exclude) if exclude else qs
