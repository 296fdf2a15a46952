"""The API's ways out for a follow-up and the interview corrections."""

from __future__ import annotations

import json

from relance.tracker.models import FollowUp
from tests.api.base import ApiTestCase
from tests.base import CALM


class SettleApiTestCase(ApiTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app = self.make_application()
        self.make_contact(self.app)
        self.interview = self.make_interview(self.app)
        response = self.post(
            f"/api/v1/interviews/{self.interview.pk}/agreement/",
            {"obtained": True, "decision_date": "2026-03-20"},
        )
        self.assertEqual(response.status_code, 200, response.content)
        self.followup = self.app.followups.get(kind="followup_email", state="planned")
        FollowUp.objects.filter(pk=self.followup.pk).update(subject="Candidature", body=CALM)

    def url(self, end: str = "") -> str:
        return f"/api/v1/followups/{self.followup.pk}/{end}"

    def test_it_shows_a_followup_with_its_cause(self) -> None:
        FollowUp.objects.filter(pk=self.followup.pk).update(
            state="failed", last_error="The message bounced: claire.durand@example.com."
        )
        data = self.get(self.url()).json()
        self.assertEqual(data["state"], "failed")
        self.assertIn("revenu", data["cause_text"])

    def test_it_brings_a_failed_followup_back_to_draft(self) -> None:
        FollowUp.objects.filter(pk=self.followup.pk).update(state="failed")
        response = self.post(self.url("not-sent/"), {})
        self.assertEqual(response.status_code, 200, response.content)
        self.assertEqual(response.json()["state"], "drafted")

    def test_it_retries_a_failed_followup_by_hand(self) -> None:
        FollowUp.objects.filter(pk=self.followup.pk).update(state="failed")
        response = self.post(self.url("retry/"), {"send_by": "self"})
        self.assertEqual(response.status_code, 200, response.content)
        self.assertEqual(
            (response.json()["state"], response.json()["send_by"]), ("approved", "self")
        )

    def test_it_refuses_to_send_by_mailbox_without_one(self) -> None:
        response = self.post(self.url("approve/"), {"send_by": "mailbox"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("boîte aux lettres", response.json()["error"])

    def test_it_blocks_an_impatient_text_until_dismissed(self) -> None:
        FollowUp.objects.filter(pk=self.followup.pk).update(body=CALM + "\nRéponse au plus vite !")
        self.assertEqual(self.post(self.url("approve/"), {}).status_code, 400)
        response = self.post(self.url("dismiss-finding/"), {"rule_id": "fr.impatience.urgence"})
        self.assertEqual(response.status_code, 200, response.content)
        self.assertEqual(len(response.json()["dismissed_findings"]), 1)
        self.assertEqual(self.post(self.url("approve/"), {}).status_code, 200)

    def test_it_corrects_and_deletes_an_interview(self) -> None:
        url = f"/api/v1/interviews/{self.interview.pk}/"
        patched = self.api.patch(
            url, json.dumps({"format": "phone"}), content_type="application/json",
            HTTP_X_API_KEY=self.key,
        )  # fmt: skip
        self.assertEqual(patched.status_code, 200, patched.content)
        self.interview.refresh_from_db()
        self.assertEqual(self.interview.format, "phone")
        deleted = self.api.delete(url, HTTP_X_API_KEY=self.key)
        self.assertEqual(deleted.status_code, 200, deleted.content)
        self.assertFalse(self.app.interviews.exists())

    def test_it_gives_404_for_another_users_followup(self) -> None:
        response = self.post(self.url("not-sent/"), {}, key=self.bob_key)
        self.assertEqual(response.status_code, 404)
