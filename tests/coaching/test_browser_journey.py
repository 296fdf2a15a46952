"""In a browser: a coach invites a candidate, who accepts and shares texts and asks for a
review of a draft; the coach proposes a calmer sentence; the candidate accepts it and
approves. The coach's pages are checked (axe, no horizontal scroll, French) on a phone and a
desktop, and kept as screenshots in tests/artifacts/web."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest

from relance.coaching.models import Membership, ReviewRequest, Role, Sharing
from relance.coaching.services.invitations import accept, create_organisation, invite
from relance.tracker.models import FollowUp
from relance.tracker.services.accounts import create_account
from relance.tracker.services.applications import add_contact, create_application
from relance.tracker.services.followups import save_draft
from relance.tracker.services.interviews import add_interview
from tests.base import NOW
from tests.fixtures.browser import DESKTOP, PHONE, BrowserTestCase

PASSWORD = "une phrase de passe solide"
IMPATIENT = "J'attends votre réponse au plus vite !"
CALMER = "Je reste à votre disposition pour toute information complémentaire."
DRAFT = f"Bonjour Madame Durand,\n\nMerci pour notre échange d'hier. {IMPATIENT}\n\nAlice Martin"


def person(username: str, name: str) -> Any:
    return create_account(
        username=username, password=PASSWORD, name=name, now=NOW,
        email=f"{username}@example.org", language="fr",
    )  # fmt: skip


@pytest.mark.browser
class CoachJourneyTestCase(BrowserTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.amina = person("amina", "Amina Diallo")
        self.carole = person("carole", "Carole Petit")
        self.alice = person("alice", "Alice Martin")
        self.org = create_organisation("Mission locale de Paris", self.amina, now=NOW)
        token = invite(self.amina, self.org, role=Role.COACH, now=NOW).token
        accept(token, self.carole, sharing=Sharing.NOTHING, now=NOW)
        app = create_application(
            self.alice, company="Brasserie Lipp", position="chef de rang", now=NOW
        )
        add_contact(
            app, first_name="Claire", last_name="Durand", civility="madame",
            email="claire@example.com", is_decision_maker=True, now=NOW,
        )  # fmt: skip
        add_interview(app, at=NOW - timedelta(days=1), now=NOW)
        self.followup = app.followups.get(kind="catchup")
        save_draft(self.followup, subject="Notre entretien d'hier", body=DRAFT, now=NOW)

    def sign_in(self, page: Any, username: str) -> None:
        page.goto(self.url("/login/"))
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.locator("main button.primary[type=submit]").click()
        page.wait_for_url(re.compile(r"/(today/)?$"))

    def test_it_goes_from_invitation_to_an_approved_calmer_draft(self) -> None:
        with self.page(DESKTOP, "fr") as coach, self.page(DESKTOP, "fr") as candidate:
            self.sign_in(coach, "carole")
            coach.goto(self.url("/coaching/"))
            coach.fill("#id_email", "alice@example.org")
            coach.get_by_role("button", name="Créer le lien d'invitation").click()
            message = coach.locator(".message.success").inner_text()
            link = re.search(r"https?://\S+/coaching/join/\S+/", message)
            assert link is not None, message

            self.sign_in(candidate, "alice")
            candidate.goto(link[0])
            candidate.check('input[name="sharing"][value="texts"]')
            candidate.locator("main button.primary[type=submit]").click()
            candidate.wait_for_url(re.compile(r"/coaching/mine/$"))
            membership = Membership.objects.get(user=self.alice)
            self.assertEqual((membership.coach, membership.sharing), (self.carole, "texts"))
            catchup = candidate.get_by_role("listitem").filter(has_text="E-mail de rattrapage")
            catchup.get_by_role("button", name="Demander à mon coach").click()
            candidate.wait_for_selector(".message.success")
            review = ReviewRequest.objects.get()

            coach.goto(self.url("/coaching/"))
            coach.get_by_role("link", name="Ouvrir le brouillon").first.click()
            coach.wait_for_url(re.compile(rf"/coaching/reviews/{review.pk}/$"))
            self.check_page(coach, "fr-1280-coach-01-review")
            coach.fill("textarea[name=body]", DRAFT.replace(IMPATIENT, CALMER))
            coach.fill("textarea[name=comment]", "Une phrase plus posée pour finir.")
            coach.get_by_role("button", name="Proposer").click()
            coach.wait_for_selector(".message.success")
            self.check_page(coach, "fr-1280-coach-02-proposed")

            candidate.goto(self.url(f"/coaching/mine/reviews/{review.pk}/"))
            candidate.get_by_role("button", name="Faire de ce texte mon brouillon").click()
            candidate.wait_for_selector(".message.success")
            candidate.goto(self.url(f"/followups/{self.followup.pk}/"))
            candidate.wait_for_selector("#tone-findings")
            candidate.get_by_role("button", name="Valider : je l'envoie moi-même").click()
            candidate.wait_for_selector(".message.success")
        followup = FollowUp.objects.get(pk=self.followup.pk)
        self.assertEqual((followup.state, followup.send_by), ("approved", "self"))
        self.assertIn(CALMER, followup.body)
        self.assertNotIn(IMPATIENT, followup.body)

    def test_it_lays_out_the_coach_pages_on_a_phone_and_a_desktop(self) -> None:
        membership = accept(
            invite(self.carole, self.org, role=Role.CANDIDATE, now=NOW).token, self.alice,
            sharing=Sharing.TEXTS, now=NOW,
        )  # fmt: skip
        pages = {
            "dashboard": "/coaching/",
            "candidate": f"/coaching/candidates/{membership.pk}/",
            "nudge": f"/coaching/candidates/{membership.pk}/nudge/?template=catchup_tomorrow"
            f"&application={self.followup.application_id}",
        }
        for viewport in (PHONE, DESKTOP):
            with self.page(viewport, "fr") as page:
                self.sign_in(page, "carole")
                for name, path in pages.items():
                    page.goto(self.url(path))
                    self.check_page(page, f"fr-{viewport['width']}-coach-{name}")
            with self.page(viewport, "fr") as page:
                self.sign_in(page, "amina")
                page.goto(self.url(f"/coaching/organisations/{self.org.pk}/"))
                self.check_page(page, f"fr-{viewport['width']}-coach-organisation")
