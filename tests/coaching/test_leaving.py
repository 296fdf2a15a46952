"""A candidate leaves: export offered first, the coach sees nothing, the counts stay."""

from __future__ import annotations

from relance.coaching.models import Membership, ReviewRequest, ReviewState, Role, Sharing
from relance.coaching.services.analytics import organisation_figures
from relance.coaching.services.reviews import ask_review
from relance.tracker.services.followups import save_draft
from tests.base import NOW
from tests.coaching.base import CoachingTestCase, past_round


class LeavingTestCase(CoachingTestCase):
    sharing = Sharing.STATUSES

    def url(self) -> str:
        return f"/coaching/mine/{self.membership.pk}/leave/"

    def others(self, count: int) -> None:
        for index in range(count):
            user = self.make_user(f"other{index}", f"Zoé Lambert{index}")
            self.join(user, self.carole, Role.CANDIDATE, self.org, Sharing.STATUSES)
            past_round(user)

    def test_it_offers_the_export_first(self) -> None:
        html = self.client.get(self.url()).content.decode()
        self.assertIn('action="/settings/export/"', html)
        self.assertLess(html.index("/settings/export/"), html.index('class="danger"'))
        self.assertTrue(Membership.objects.filter(pk=self.membership.pk))

    def test_it_hides_everything_from_the_coach_at_once(self) -> None:
        past_round(self.alice)
        carole = self.signed_in(self.carole)
        self.assertEqual(carole.get(f"/coaching/candidates/{self.membership.pk}/").status_code, 200)
        response = self.client.post(self.url())
        self.assertRedirects(response, "/today/", fetch_redirect_response=False)
        for url in [
            f"/coaching/candidates/{self.membership.pk}/",
            f"/coaching/candidates/{self.membership.pk}/analytics/",
            f"/coaching/candidates/{self.membership.pk}/nudge/",
        ]:
            with self.subTest(url=url):
                self.assertEqual(carole.get(url).status_code, 404)
        self.assertNotIn("Alice Martin", carole.get("/coaching/").content.decode())
        self.assertNotIn("1 sur 1", carole.get("/coaching/analytics/").content.decode())

    def test_it_keeps_the_candidates_past_figures_anonymously(self) -> None:
        past_round(self.alice)
        past_round(self.alice, channel="phone", answered_after_days=None)
        self.others(4)
        before = organisation_figures(self.org)
        self.client.post(self.url())
        after = organisation_figures(self.org)
        self.assertEqual(after, before)
        email, phone = after.by_channel
        self.assertEqual((email.n, email.hits, email.people), (5, 5, 5))
        self.assertEqual((phone.n, phone.hidden), (1, True))
        html = self.signed_in(self.admin).get(f"/coaching/organisations/{self.org.pk}/figures/")
        self.assertNotIn("Alice", html.content.decode())

    def test_it_keeps_nothing_of_a_candidate_who_shared_nothing(self) -> None:
        self.set_sharing(Sharing.NOTHING)
        past_round(self.alice)
        self.client.post(self.url())
        self.assertEqual(organisation_figures(self.org).funnel[0].n, 0)

    def test_it_withdraws_open_reviews(self) -> None:
        app, _interview = self.interviewed()
        followup = self.pending(app)
        save_draft(followup, subject="Entretien", body="Bonjour Madame Durand,", now=NOW)
        self.set_sharing(Sharing.TEXTS)
        review = ask_review(self.alice, followup, now=NOW)
        self.client.post(self.url())
        review.refresh_from_db()
        self.assertEqual(review.state, ReviewState.WITHDRAWN)
        self.assertEqual(
            self.signed_in(self.carole).get(f"/coaching/reviews/{review.pk}/").status_code, 404
        )
        self.assertTrue(ReviewRequest.objects.filter(pk=review.pk))

    def test_it_is_a_404_for_someone_elses_membership(self) -> None:
        bob = self.as_bob()
        self.assertEqual(bob.get(self.url()).status_code, 404)
        self.assertEqual(bob.post(self.url()).status_code, 404)
        carole = self.signed_in(self.carole)
        self.assertEqual(carole.post(self.url()).status_code, 404)
        self.assertTrue(Membership.objects.filter(pk=self.membership.pk))
