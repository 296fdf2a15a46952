from __future__ import annotations

from datetime import timedelta

import time_machine

from tests.api.base import ApiTestCase
from tests.fixtures.clock import NOW


class FollowUpsApiTestCase(ApiTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app = self.make_application()
        self.make_contact(self.app)
        interview = self.make_interview(self.app)
        response = self.post(
            f"/api/v1/interviews/{interview.pk}/agreement/",
            {"obtained": True, "decision_date": "2026-03-20"},
        )
        self.assertEqual(response.status_code, 200, response.content)
        self.followup = self.app.followups.get(kind="followup_email", state="planned")
        self.followup.body = "Bonjour Madame Durand,"
        self.followup.save()

    def test_it_refuses_to_approve_before_the_recruiters_date_naming_the_rule(self) -> None:
        response = self.post(
            f"/api/v1/followups/{self.followup.pk}/approve/", {"at": "2026-03-12 10:00"}
        )
        self.assertEqual(response.status_code, 409)
        self.assertEqual(response.json()["rule"], "golden.respect_deadlines")
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "planned")

    def test_it_approves_inside_the_window(self) -> None:
        response = self.post(f"/api/v1/followups/{self.followup.pk}/approve/", {})
        self.assertEqual(response.status_code, 200, response.content)
        self.assertEqual(response.json()["state"], "approved")

    def test_it_refuses_a_second_followup_after_one_was_sent(self) -> None:
        clock = time_machine.travel(self.followup.earliest_at + timedelta(hours=1), tick=False)
        clock.start()
        self.addCleanup(clock.stop)
        when = self.followup.earliest_at.isoformat()
        first = self.post(f"/api/v1/followups/{self.followup.pk}/sent/", {"at": when})
        self.assertEqual(first.status_code, 200, first.content)
        twin = self.app.followups.create(
            kind="followup_email",
            channel="email",
            earliest_at=self.followup.earliest_at,
            latest_at=self.followup.latest_at,
            created_at=NOW,
        )
        second = self.post(f"/api/v1/followups/{twin.pk}/sent/", {"at": when})
        self.assertEqual(second.status_code, 409)
        self.assertEqual(second.json()["rule"], "golden.once")
