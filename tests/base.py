"""Personas and helpers shared by the Django tests, in the manner of healthchecks' hc/test.py."""

from __future__ import annotations

from datetime import date, datetime

from django.contrib.auth.models import User
from django.test import TestCase

from relance.tracker.models import Application, Contact, FollowUp, Interview, Profile
from relance.tracker.services.applications import add_contact, create_application
from relance.tracker.services.followups import save_draft
from relance.tracker.services.interviews import add_interview, save_agreement
from tests.fixtures.clock import NOW

CALM = "Bonjour Madame Durand,\n\nJe reste très motivée par le poste.\n\nAlice Martin"


class BaseTestCase(TestCase):
    """Alice is a job seeker in Paris; Bob is another user of the same server."""

    password = "correct horse battery staple"

    def setUp(self) -> None:
        super().setUp()
        self.alice = self.make_user("alice", "Alice Martin", language="fr")
        self.bob = self.make_user("bob", "Bob Smith", language="en")
        self.profile: Profile = self.alice.profile

    def make_user(self, username: str, name: str, **profile: object) -> User:
        user = User.objects.create_user(username, f"{username}@example.org", self.password)
        Profile.objects.create(user=user, name=name, email=f"{username}@example.org", **profile)
        return user

    def make_application(
        self,
        user: User | None = None,
        company: str = "Brasserie Lipp",
        position: str = "chef de rang",
    ) -> Application:
        return create_application(user or self.alice, company=company, position=position, now=NOW)

    def make_contact(self, app: Application, *, direct_line: bool = False) -> Contact:
        phones = [("01 45 48 53 91", True)] if direct_line else []
        return add_contact(
            app,
            first_name="Claire",
            last_name="Durand",
            civility="madame",
            role="Directrice de salle",
            email="claire.durand@example.com",
            phones=phones,
            is_decision_maker=True,
            now=NOW,
        )

    def make_interview(self, app: Application, at: datetime = NOW) -> Interview:
        return add_interview(app, at=at, now=at)

    def make_catchup(self, user: User | None = None) -> FollowUp:
        """The catch-up e-mail planned after an interview at NOW that ended with no next step
        agreed, to Madame Claire Durand (Alice's, unless `user`)."""
        app = self.make_application(user)
        self.make_contact(app)
        save_agreement(self.make_interview(app), NOW, agreement_obtained=False)
        return app.followups.get(kind="catchup")

    def promised_followup(self, body: str | None = CALM) -> FollowUp:
        """Alice's follow-up e-mail after a decision promised for 20 March, drafted with `body`."""
        app = self.make_application()
        self.make_contact(app)
        interview = self.make_interview(app)
        save_agreement(interview, NOW, agreement_obtained=True, decision_date=date(2026, 3, 20))
        followup = app.followups.get(kind="followup_email")
        if body is not None:
            save_draft(followup, subject="Candidature", body=body, now=NOW)
        return followup
