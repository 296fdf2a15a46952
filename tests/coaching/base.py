"""Coaching personas: Carole coaches Alice at the Mission locale; Olivier coaches elsewhere."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth.models import User
from django.test import Client

from relance.coaching.models import Membership, Organisation, Role, Sharing
from relance.coaching.services.invitations import accept, create_organisation, invite
from relance.tracker.models import Application, FollowUp, Interview, Reply
from tests.fixtures.clock import NOW
from tests.web.base import WebTestCase


class CoachingTestCase(WebTestCase):
    """Alice (signed in on self.client) is Carole's candidate and shares `sharing`."""

    sharing = Sharing.TEXTS

    def setUp(self) -> None:
        super().setUp()
        self.admin = self.make_user("amina", "Amina Diallo", language="fr")
        self.carole = self.make_user("carole", "Carole Petit", language="fr")
        self.olivier = self.make_user("olivier", "Olivier Roux", language="en")
        self.org = create_organisation("Mission locale", self.admin, now=NOW)
        self.join(self.carole, self.admin, Role.COACH, self.org)
        self.membership = self.join(self.alice, self.carole, Role.CANDIDATE, self.org, self.sharing)
        self.other_org = create_organisation("Other school", self.olivier, now=NOW)
        Membership.objects.filter(user=self.olivier).update(role=Role.COACH)

    def join(
        self,
        user: User,
        inviter: User,
        role: str,
        org: Organisation,
        sharing: str = Sharing.NOTHING,
    ) -> Membership:
        invitation = invite(inviter, org, role=role, now=NOW)
        return accept(invitation.token, user, sharing=sharing, now=NOW)

    def signed_in(self, user: User) -> Client:
        client = Client()
        client.force_login(user)
        return client

    def set_sharing(self, level: str) -> None:
        Membership.objects.filter(pk=self.membership.pk).update(sharing=level)


def past_round(
    user: User,
    *,
    trade: str = "Restauration",
    channel: str | None = "email",
    sent_after_days: int = 2,
    answered_after_days: int | None = 3,
    outcome: str = "offer",
    interview_at: datetime = NOW - timedelta(days=30),
    status: str = "waiting",
) -> Application:
    """An application with one interview (decision promised 10 days later), the follow-up
    sent `sent_after_days` days after that date inside its window, and the answer."""
    app = Application.objects.create(
        owner=user, company="Brasserie Lipp", position="chef de rang", trade=trade, status=status
    )
    promised = interview_at + timedelta(days=10)
    interview = Interview.objects.create(
        application=app, at=interview_at, decision_date=promised.date()
    )
    if channel is not None:
        sent = promised + timedelta(days=sent_after_days)
        FollowUp.objects.create(
            application=app,
            interview=interview,
            kind="followup_email" if channel == "email" else "followup_call",
            channel=channel,
            state="sent" if channel == "email" else "done",
            earliest_at=sent - timedelta(hours=1),
            latest_at=sent + timedelta(hours=1),
            done_at=sent,
        )
        if answered_after_days is not None:
            Reply.objects.create(
                application=app,
                at=sent + timedelta(days=answered_after_days),
                channel="email",
                outcome=outcome,
            )
    return app
