"""Another user's ids answer 404 on every operation that takes an id, read or write, exactly
like an id that does not exist; and nothing of theirs changes. The operations are read from the
OpenAPI document, so a new one is checked as soon as it exists."""

from __future__ import annotations

import json
from typing import Any

from relance.api.api import api
from relance.coaching.models import Membership, Nudge, Role, Sharing
from relance.coaching.services.invitations import accept, create_organisation, invite
from relance.coaching.services.reviews import ask_review
from relance.mailbox.models import IncomingMessage
from relance.tracker.models import Application, TimelineEvent
from relance.tracker.services.followups import save_draft
from tests.api.base import ApiTestCase
from tests.fixtures.clock import NOW
from tests.fixtures.mailbox import connect_mailbox

# A body the schema accepts, so that the answer is about the id, not the body (422).
BODIES: dict[str, dict[str, Any]] = {
    "set_status": {"status": "withdrawn"},
    "add_contact": {"last_name": "Durand"},
    "edit_contact": {"last_name": "Durand"},
    "add_reply": {"outcome": "offer"},
    "add_interview": {"at": "2026-03-10 10:00"},
    "record_call": {"outcome": "reached"},
    "dismiss_tone_finding": {"rule_id": "fr.impatience.urgence"},
    "edit_interview": {"format": "phone"},
    "set_membership_sharing": {"sharing": "nothing"},
}
KINDS = {
    "applications": "application",
    "interviews": "interview",
    "followups": "followup",
    "contacts": "contact",
    "possible-replies": "incoming",
    "memberships": "membership",
    "reviews": "review",
    "nudges": "nudge",
}


def operations_with_an_id() -> list[tuple[str, str, str]]:
    """The operations on the key owner's own rows (the coach's operations, on their
    candidates' rows, are walked in test_coaching_coach.py)."""
    document = api.get_openapi_schema(path_prefix="/api/v1")
    return [
        (method.upper(), path, operation["operationId"])
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
        if "{pk}" in path and "coaching" not in operation["tags"]
    ]


class IsolationTestCase(ApiTestCase):
    def alices_rows(self) -> dict[str, int]:
        app = self.make_application()
        contact = self.make_contact(app)
        interview = self.make_interview(app)
        self.post(
            f"/api/v1/interviews/{interview.pk}/agreement/",
            {"obtained": True, "decision_date": "2026-03-20"},
        )
        mailbox = connect_mailbox(self.alice, address="alice@example.org")
        incoming = IncomingMessage.objects.create(
            mailbox=mailbox, application=app, kind="possible_reply", folder="INBOX", uid=1,
            received_at=NOW, created_at=NOW,
        )  # fmt: skip
        coach = self.make_user("carole", "Carole Petit")
        org = create_organisation("Mission locale", coach, now=NOW)
        membership = accept(
            invite(coach, org, role=Role.CANDIDATE, now=NOW).token, self.alice,
            sharing=Sharing.TEXTS, now=NOW,
        )  # fmt: skip
        Membership.objects.filter(pk=membership.pk).update(coach=coach)
        followup = app.followups.filter(state__in=["planned", "drafted"])[0]
        save_draft(followup, subject="Entretien", body="Bonjour Madame,", now=NOW)
        review = ask_review(self.alice, followup, now=NOW)
        nudge = Nudge.objects.create(
            coach=coach, candidate=self.alice, template="check_in", created_at=NOW
        )
        return {
            "membership": membership.pk,
            "review": review.pk,
            "nudge": nudge.pk,
            "application": app.pk,
            "contact": contact.pk,
            "interview": interview.pk,
            "followup": app.followups.first().pk,
            "incoming": incoming.pk,
        }

    def test_another_users_ids_answer_404_on_every_operation(self) -> None:
        ids = self.alices_rows()
        events = TimelineEvent.objects.count()
        status = Application.objects.get(pk=ids["application"]).status
        checked = []
        for method, path, name in operations_with_an_id():
            kind = KINDS[path.split("/")[3]]
            url = path.replace("{pk}", str(ids[kind]))
            response = self.api.generic(
                method, url, json.dumps(BODIES.get(name, {})),
                content_type="application/json", HTTP_X_API_KEY=self.bob_key,
            )  # fmt: skip
            self.assertEqual(response.status_code, 404, f"{method} {url}: {response.content!r}")
            self.assertEqual(response.json(), {"error": "Not found."})  # Bob reads English
            checked.append(name)
        self.assertIn("approve_followup", checked)
        self.assertIn("confirm_possible_reply", checked)
        self.assertIn("accept_review", checked)
        self.assertIn("set_membership_sharing", checked)
        self.assertGreaterEqual(len(checked), 24)
        self.assertEqual(TimelineEvent.objects.count(), events)
        self.assertEqual(Application.objects.get(pk=ids["application"]).status, status)

    def test_the_owner_reaches_the_same_rows(self) -> None:
        """The other side: the ids above are real, so the 404s are about the owner."""
        ids = self.alices_rows()
        for kind, url in (
            ("application", "/api/v1/applications/{}/"),
            ("followup", "/api/v1/followups/{}/"),
        ):
            self.assertEqual(self.get(url.format(ids[kind])).status_code, 200)
