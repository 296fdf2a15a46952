"""Emptying the database in any table order (as Django's flush does between transactional
tests, the tables in a set's order) leaves no stored rank behind for a deleted user."""

from __future__ import annotations

from django.core.management.color import no_style
from django.db import connection
from django.test import TransactionTestCase
from django.utils import timezone

from relance.coaching.models import CandidateTally, Membership, Organisation, Role, Sharing
from relance.tracker.models import Application, FollowUp, Profile


class FlushTestCase(TransactionTestCase):
    def test_it_empties_the_database_with_the_ranks_table_first(self) -> None:
        from django.contrib.auth.models import User

        alice = User.objects.create_user("alice")
        Profile.objects.create(user=alice, name="Alice")
        org = Organisation.objects.create(name="Cap Emploi", created_at=timezone.now())
        Membership.objects.create(
            user=alice,
            organisation=org,
            role=Role.CANDIDATE,
            sharing=Sharing.STATUSES,
            joined_at=timezone.now(),
        )
        app = Application.objects.create(owner=alice, company="Lasserre", position="Chef")
        now = timezone.now()
        FollowUp.objects.create(application=app, kind="catchup", earliest_at=now, latest_at=now)
        self.assertTrue(CandidateTally.objects.filter(user=alice).exists())
        first = ["coaching_candidatetally", "auth_user"]
        tables = first + [
            t for t in connection.introspection.django_table_names(True) if t not in first
        ]
        # Fails at the commit if a deletion re-created a rank row for the deleted user.
        connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables))
        self.assertFalse(CandidateTally.objects.exists())
