"""The coach's operations through the API: the same permissions as the coaching pages.

Carole coaches Alice (Mission locale); Olivier coaches in another organisation; Bob coaches
no one."""

from __future__ import annotations

import json
from typing import Any

from django.test import Client

from relance.api.api import api
from relance.api.models import ApiKey
from relance.coaching.models import AuditEntry, Nudge, ReviewRequest, ReviewState, Sharing
from relance.coaching.services.reviews import ask_review
from relance.tracker import lifecycle as lc
from relance.tracker.models import FollowUp
from relance.tracker.services.followups import save_draft
from tests.base import NOW
from tests.coaching.base import CoachingTestCase

DRAFT = "Bonjour, je n'ai toujours pas de réponse. Merci de me répondre rapidement."
CALMER = "Bonjour, je reste très intéressée par le poste et disponible pour en parler."


def coach_operations() -> list[tuple[str, str]]:
    document = api.get_openapi_schema(path_prefix="/api/v1")
    return [
        (method.upper(), path)
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
        if "coaching" in operation["tags"]
    ]


class CoachApiTestCase(CoachingTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, self.interview = self.interviewed()
        self.followup = self.pending(self.app)
        save_draft(self.followup, subject="Entretien", body=DRAFT, now=NOW)
        self.review = ask_review(self.alice, self.followup, now=NOW)
        self.keys = {
            user.username: ApiKey.issue(user, "tests")[1]
            for user in (self.carole, self.olivier, self.bob, self.alice)
        }
        self.api = Client(enforce_csrf_checks=True)

    def call(self, method: str, url: str, who: str = "carole", body: Any = None) -> Any:
        return self.api.generic(
            method, url, json.dumps(body or {}), content_type="application/json",
            HTTP_X_API_KEY=self.keys[who],
        )  # fmt: skip

    def url(self, path: str) -> str:
        ids = {"candidates": self.membership.pk, "reviews": self.review.pk}
        return path.replace("{pk}", str(ids.get(path.split("/")[4], 0)))

    def test_it_lists_the_candidates_needing_attention_and_audits(self) -> None:
        response = self.call("GET", "/api/v1/coaching/dashboard/")
        self.assertEqual(response.status_code, 200, response.content)
        (row,) = response.json()["items"]
        self.assertEqual((row["membership"], row["name"]), (self.membership.pk, "Alice Martin"))
        reasons = {line["reason"]: line for line in row["lines"]}
        self.assertEqual(reasons["review"]["review"], self.review.pk)
        self.assertEqual(reasons["review"]["rule"], "coach.review")
        self.assertTrue(AuditEntry.objects.filter(coach=self.carole, what="dashboard").exists())

    def test_it_pages_and_filters_the_dashboard_like_the_web(self) -> None:
        answer = self.call("GET", "/api/v1/coaching/dashboard/?page=9").json()
        self.assertEqual((answer["page"], answer["pages"], answer["total"]), (1, 1, 1))
        other = self.call("GET", f"/api/v1/coaching/dashboard/?coach={self.carole.pk + 999}")
        self.assertEqual(other.json()["items"], [])

    def test_it_shows_a_candidate_within_their_consent(self) -> None:
        url = f"/api/v1/coaching/candidates/{self.membership.pk}/"
        shown = self.call("GET", url).json()
        self.assertTrue(shown["texts"])
        self.assertEqual(shown["applications"][0]["followups"][0]["body"], DRAFT)
        self.set_sharing(Sharing.STATUSES)  # read again on the next request
        shown = self.call("GET", url).json()
        self.assertIsNone(shown["applications"][0]["followups"][0]["body"])
        self.assertIsNone(shown["applications"][0]["interviews"][0]["debrief"])
        self.set_sharing(Sharing.NOTHING)
        shown = self.call("GET", url).json()
        self.assertEqual((shown["shared"], shown["applications"]), (False, []))
        whats = list(AuditEntry.objects.order_by("id").values_list("what", flat=True))
        self.assertEqual(whats, ["candidate_texts", "candidate"])  # nothing seen, nothing logged

    def test_it_writes_the_audit_log_on_every_view_even_a_304(self) -> None:
        url = f"/api/v1/coaching/reviews/{self.review.pk}/"
        first = self.call("GET", url)
        key = self.keys["carole"]
        again = self.api.get(url, HTTP_X_API_KEY=key, HTTP_IF_NONE_MATCH=first["ETag"])
        self.assertEqual(again.status_code, 304)
        self.assertEqual(AuditEntry.objects.filter(what="review").count(), 2)

    def test_it_hides_the_review_once_texts_are_no_longer_shared(self) -> None:
        self.set_sharing(Sharing.STATUSES)
        url = f"/api/v1/coaching/reviews/{self.review.pk}/"
        self.assertEqual(self.call("GET", url).status_code, 404)
        body = {"body": CALMER}
        self.assertEqual(self.call("POST", url + "proposal/", body=body).status_code, 404)
        self.assertFalse(AuditEntry.objects.exists())

    def test_it_proposes_and_only_the_candidate_makes_it_the_draft(self) -> None:
        url = f"/api/v1/coaching/reviews/{self.review.pk}/proposal/"
        response = self.call("POST", url, body={"comment": "Plus calme ?", "body": CALMER})
        self.assertEqual(response.status_code, 200, response.content)
        self.assertIn("ins", {piece["op"] for piece in response.json()["diff"]})
        self.followup.refresh_from_db()
        self.assertEqual((self.followup.body, self.followup.state), (DRAFT, lc.DRAFTED))
        # The coach's key cannot accept, approve, send or move a date: not theirs, 404.
        for path in (
            f"/api/v1/reviews/{self.review.pk}/accept/",
            f"/api/v1/followups/{self.followup.pk}/approve/",
            f"/api/v1/followups/{self.followup.pk}/sent/",
            f"/api/v1/interviews/{self.interview.pk}/agreement/",
        ):
            self.assertEqual(self.call("POST", path, body={"obtained": True}).status_code, 404)
        before = FollowUp.objects.values().get(pk=self.followup.pk)
        accepted = self.call("POST", f"/api/v1/reviews/{self.review.pk}/accept/", who="alice")
        self.assertEqual(accepted.json()["state"], "accepted")
        self.followup.refresh_from_db()
        self.assertEqual((self.followup.body, self.followup.state), (CALMER, lc.DRAFTED))
        self.assertEqual(before["state"], self.followup.state)

    def test_a_proposal_after_the_candidates_answer_is_a_409_with_its_rule(self) -> None:
        ReviewRequest.objects.filter(pk=self.review.pk).update(state=ReviewState.DECLINED)
        url = f"/api/v1/coaching/reviews/{self.review.pk}/proposal/"
        response = self.call("POST", url, body={"body": CALMER})
        self.assertEqual(response.status_code, 409)
        self.assertEqual(response.json()["rule"], "coach.review")
        self.assertIn("déjà répondu", response.json()["error"])  # Carole reads French

    def test_it_nudges_a_candidate(self) -> None:
        url = f"/api/v1/coaching/candidates/{self.membership.pk}/nudges/"
        response = self.call("POST", url, body={"template": "debrief_fresh", "note": "Courage"})
        self.assertEqual(response.status_code, 201, response.content)
        self.assertEqual(Nudge.objects.get().candidate, self.alice)
        refused = self.call("POST", url, body={"template": "check_in", "note": "a\nb"})
        self.assertEqual(refused.status_code, 400)
        self.assertEqual(Nudge.objects.count(), 1)

    def test_another_organisations_coach_and_a_non_coach_get_404_everywhere(self) -> None:
        walked = 0
        for method, path in coach_operations():
            for who in ("olivier", "bob", "alice"):
                with self.subTest(method=method, path=path, who=who):
                    body = {"template": "check_in", "body": CALMER}
                    response = self.call(method, self.url(path), who=who, body=body)
                    if who == "olivier" and "{pk}" not in path:  # his own dashboard: empty
                        self.assertEqual(response.json()["items"], [])
                    else:
                        self.assertEqual(response.status_code, 404)
            walked += 1
        self.assertEqual(walked, 5)
        self.assertFalse(AuditEntry.objects.exists())
        self.assertFalse(Nudge.objects.exists())
        self.assertEqual(ReviewRequest.objects.get().state, ReviewState.ASKED)
