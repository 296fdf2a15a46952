"""Draft review: asked by the candidate, proposed by the coach, decided by the candidate."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from relance.coaching.models import ReviewRequest, ReviewState, Sharing
from relance.coaching.services.reviews import Piece, ask_review, word_diff
from relance.tracker import lifecycle as lc
from relance.tracker.services.followups import save_draft
from tests.coaching.base import CoachingTestCase
from tests.fixtures.clock import NOW

IMPATIENT = "Bonjour, je n'ai toujours pas de réponse. Merci de me répondre rapidement."
CALMER = "Bonjour, je reste très intéressée par le poste et disponible pour en parler."


class ReviewTestCase(CoachingTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, _ = self.interviewed()
        self.followup = self.pending(self.app)
        save_draft(self.followup, subject="Entretien", body=IMPATIENT, now=NOW)
        self.carole_client = self.signed_in(self.carole)

    def ask(self) -> ReviewRequest:
        r = self.client.post(f"/coaching/mine/followups/{self.followup.pk}/review/")
        review = ReviewRequest.objects.get()
        self.assertRedirects(r, f"/coaching/mine/reviews/{review.pk}/")
        return review

    def propose(self, review: ReviewRequest) -> None:
        r = self.carole_client.post(
            f"/coaching/reviews/{review.pk}/",
            {"comment": "Plus calme ?", "subject": "Entretien", "body": CALMER},
        )
        self.assertEqual(r.status_code, 302)

    def test_it_goes_from_asking_to_accepting(self) -> None:
        review = self.ask()
        html = self.carole_client.get(f"/coaching/reviews/{review.pk}/").content.decode()
        self.assertIn("toujours pas de réponse", html)
        self.propose(review)
        html = self.client.get(f"/coaching/mine/reviews/{review.pk}/").content.decode()
        self.assertIn("<del>", html)
        self.assertIn("<ins>", html)
        self.assertIn("Plus calme ?", html)
        r = self.client.post(f"/coaching/mine/reviews/{review.pk}/", {"answer": "accept"})
        self.assertRedirects(r, f"/followups/{self.followup.pk}/", fetch_redirect_response=False)
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.body, CALMER)
        self.assertEqual(self.followup.state, lc.DRAFTED)  # still the candidate's to approve
        self.assertEqual(ReviewRequest.objects.get().state, ReviewState.ACCEPTED)

    def test_it_leaves_the_draft_when_the_candidate_declines(self) -> None:
        review = self.ask()
        self.propose(review)
        self.client.post(f"/coaching/mine/reviews/{review.pk}/", {"answer": "decline"})
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.body, IMPATIENT)
        self.assertEqual(ReviewRequest.objects.get().state, ReviewState.DECLINED)

    def test_it_shows_the_tone_findings_on_both_versions(self) -> None:
        review = self.ask()
        self.propose(review)
        html = self.carole_client.get(f"/coaching/reviews/{review.pk}/").content.decode()
        self.assertIn('class="finding', html)

    def test_it_needs_the_texts_shared(self) -> None:
        self.set_sharing(Sharing.STATUSES)
        with self.assertRaises(ValidationError):
            ask_review(self.alice, self.followup, now=NOW)

    def test_it_opens_one_review_at_a_time(self) -> None:
        ask_review(self.alice, self.followup, now=NOW)
        with self.assertRaises(ValidationError):
            ask_review(self.alice, self.followup, now=NOW)

    def test_it_diffs_by_word(self) -> None:
        pieces = [
            (p.op, p.text) for p in word_diff("Merci de répondre vite.", "Merci de votre temps.")
        ]
        self.assertEqual(pieces[0], ("same", "Merci de "))
        self.assertEqual(
            pieces[1:], [("del", "répondre vite"), ("ins", "votre temps"), ("same", ".")]
        )
        self.assertEqual(word_diff("Bonjour", "Bonjour"), [Piece("same", "Bonjour")])
