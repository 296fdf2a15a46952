"""The candidate's side of coaching through the API: consent, audit log, reviews, nudges."""

from __future__ import annotations

import json
from typing import Any

from django.test import Client

from relance.api.models import ApiKey
from relance.coaching.models import Membership, Nudge, ReviewRequest, ReviewState, Sharing
from relance.coaching.services.access import record_view
from relance.coaching.services.reviews import propose
from relance.tracker import lifecycle as lc
from relance.tracker.services.followups import save_draft
from tests.base import NOW
from tests.coaching.base import CoachingTestCase

DRAFT = "Bonjour, je n'ai toujours pas de réponse. Merci de me répondre rapidement."
CALMER = "Bonjour, je reste très intéressée par le poste et disponible pour en parler."


class CandidateApiTestCase(CoachingTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, self.interview = self.interviewed()
        self.followup = self.pending(self.app)
        save_draft(self.followup, subject="Entretien", body=DRAFT, now=NOW)
        self.key = ApiKey.issue(self.alice, "tests")[1]
        self.carole_key = ApiKey.issue(self.carole, "tests")[1]
        self.api = Client(enforce_csrf_checks=True)

    def call(self, method: str, url: str, body: Any = None, key: str | None = None) -> Any:
        return self.api.generic(
            method, url, json.dumps(body or {}), content_type="application/json",
            HTTP_X_API_KEY=key or self.key,
        )  # fmt: skip

    def test_it_lists_my_memberships_and_changes_what_my_coach_sees(self) -> None:
        (mine,) = self.call("GET", "/api/v1/memberships/").json()["items"]
        self.assertEqual((mine["coach"], mine["sharing"]), ("Carole Petit", "texts"))
        url = f"/api/v1/memberships/{self.membership.pk}/sharing/"
        response = self.call("POST", url, {"sharing": "nothing"})
        self.assertEqual(response.json()["sharing"], "nothing")
        # The coach sees it on their next request.
        shown = self.call("GET", f"/api/v1/coaching/candidates/{mine['id']}/", key=self.carole_key)
        self.assertFalse(shown.json()["shared"])

    def test_the_coach_cannot_change_the_sharing(self) -> None:
        url = f"/api/v1/memberships/{self.membership.pk}/sharing/"
        response = self.call("POST", url, {"sharing": "texts"}, key=self.carole_key)
        self.assertEqual(response.status_code, 404)
        self.assertEqual(Membership.objects.get(pk=self.membership.pk).sharing, Sharing.TEXTS)

    def test_it_shows_me_the_audit_log(self) -> None:
        record_view(self.carole, [self.alice.pk], "candidate_texts", at=NOW)
        (entry,) = self.call("GET", "/api/v1/audit/").json()["items"]
        self.assertEqual((entry["coach"], entry["what"]), ("Carole Petit", "candidate_texts"))
        self.assertIn("texte des messages", entry["what_text"])  # Alice reads French
        theirs = self.call("GET", "/api/v1/audit/", key=self.carole_key)
        self.assertEqual(theirs.json()["items"], [])

    def test_it_asks_a_review_then_declines_the_proposal(self) -> None:
        response = self.call("POST", f"/api/v1/followups/{self.followup.pk}/review/")
        self.assertEqual(response.status_code, 201, response.content)
        review = ReviewRequest.objects.get()
        propose(self.carole, review, comment="Plus calme ?", subject="", body=CALMER, now=NOW)
        shown = self.call("GET", f"/api/v1/reviews/{review.pk}/").json()
        self.assertEqual((shown["comment"], shown["state"]), ("Plus calme ?", "proposed"))
        declined = self.call("POST", f"/api/v1/reviews/{review.pk}/decline/")
        self.assertEqual(declined.json()["state"], "declined")
        self.followup.refresh_from_db()
        self.assertEqual((self.followup.body, self.followup.state), (DRAFT, lc.DRAFTED))
        again = self.call("POST", f"/api/v1/reviews/{review.pk}/accept/")
        self.assertEqual(again.status_code, 400)  # nothing left to answer
        self.assertEqual(ReviewRequest.objects.get().state, ReviewState.DECLINED)

    def test_it_refuses_a_review_when_texts_are_not_shared(self) -> None:
        self.set_sharing(Sharing.STATUSES)
        response = self.call("POST", f"/api/v1/followups/{self.followup.pk}/review/")
        self.assertEqual(response.status_code, 400)
        self.assertIn("Partagez", response.json()["error"])
        self.assertFalse(ReviewRequest.objects.exists())

    def test_it_lists_unread_nudges_and_marks_one_read(self) -> None:
        nudge = Nudge.objects.create(
            coach=self.carole, candidate=self.alice, template="debrief_fresh", created_at=NOW
        )
        (shown,) = self.call("GET", "/api/v1/nudges/").json()["items"]
        self.assertEqual((shown["id"], shown["coach"]), (nudge.pk, "Carole Petit"))
        self.assertIn("compte rendu", shown["text"])  # in French
        self.assertEqual(self.call("POST", f"/api/v1/nudges/{nudge.pk}/read/").status_code, 200)
        self.assertEqual(self.call("GET", "/api/v1/nudges/").json()["items"], [])
        self.assertEqual(self.call("POST", f"/api/v1/nudges/{nudge.pk}/read/").status_code, 404)
