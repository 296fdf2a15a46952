"""The analytics and leaving pages in Chromium: a 360 px phone and a desktop, axe-clean."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from relance.coaching.models import Membership, Role, Sharing
from relance.coaching.services.invitations import accept, create_organisation, invite
from relance.tracker.services.accounts import create_account
from tests.base import NOW
from tests.coaching.base import past_round
from tests.fixtures.browser import DESKTOP, PASSWORD, PHONE, BrowserTestCase


@pytest.mark.browser
class AnalyticsBrowserTestCase(BrowserTestCase):
    def account(self, username: str, name: str) -> User:
        return create_account(
            username=username,
            password=PASSWORD,
            name=name,
            now=NOW,
            email=f"{username}@example.org",
            language="fr",
        )

    def setUp(self) -> None:
        super().setUp()
        self.admin = self.account("amina", "Amina Diallo")
        self.org = create_organisation("Mission locale", self.admin, now=NOW)
        self.alice = self.account("alice", "Alice Martin")
        self.membership = self.join(self.alice, Sharing.STATUSES)
        past_round(self.alice)
        past_round(self.alice, trade="Hôtellerie", channel="phone", outcome="rejection")
        past_round(self.alice, sent_after_days=6, answered_after_days=None)
        for index in range(5):
            user = self.account(f"cand{index}", f"Zoé Lambert{index}")
            self.join(user, Sharing.STATUSES)
            past_round(user, trade="BTP", sent_after_days=index, answered_after_days=index or None)

    def join(self, user: User, sharing: str) -> Membership:
        invitation = invite(self.admin, self.org, role=Role.CANDIDATE, now=NOW)
        membership = accept(invitation.token, user, sharing=sharing, now=NOW)
        Membership.objects.filter(pk=membership.pk).update(coach=self.admin)
        return membership

    def test_it_shows_the_candidates_figures_on_a_phone_and_a_desktop(self) -> None:
        for viewport, size in ((PHONE, "phone"), (DESKTOP, "desktop")):
            with self.page(viewport, "fr") as page:
                self.sign_in(page, "alice")
                page.goto(self.url("/coaching/mine/analytics/"))
                self.assertEqual(page.locator("svg.chart").count(), 4)
                self.check_page(page, f"fr-coaching-my-analytics-{size}")
                page.goto(self.url(f"/coaching/mine/{self.membership.pk}/leave/"))
                self.check_page(page, f"fr-coaching-leave-{size}")

    def test_it_shows_the_organisations_figures_to_its_admin(self) -> None:
        for viewport, size in ((PHONE, "phone"), (DESKTOP, "desktop")):
            with self.page(viewport, "fr") as page:
                self.sign_in(page, "amina")
                page.goto(self.url(f"/coaching/organisations/{self.org.pk}/figures/"))
                self.assertIn("masqué", page.inner_text("main"))  # Alice's phone call, alone
                self.check_page(page, f"fr-coaching-organisation-{size}")
                page.goto(self.url("/coaching/analytics/"))
                self.check_page(page, f"fr-coaching-coach-analytics-{size}")
