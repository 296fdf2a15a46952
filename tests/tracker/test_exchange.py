from __future__ import annotations

import copy
from datetime import date

from django.contrib.auth.models import User
from django.utils import translation

from relance.tracker.exchange import ImportRefused, export_user, import_user
from relance.tracker.models import Application, Profile
from relance.tracker.services.followups import mark_sent, save_draft
from relance.tracker.services.interviews import save_agreement, save_debrief
from relance.tracker.services.replies import record_reply
from tests.base import NOW, BaseTestCase


def without_volatile(document: dict) -> dict:
    """What must survive a round trip: everything but the export moment."""
    document = copy.deepcopy(document)
    document.pop("exported_at", None)
    for app in document["applications"]:
        app["timeline"] = [e for e in app["timeline"] if e["kind"] != "application.imported"]
    return document


class ExchangeTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        app = self.make_application()
        self.make_contact(app, direct_line=True)
        interview = self.make_interview(app)
        save_debrief(interview, NOW, strong_points="Mon expérience « au Fouquet's »")
        save_agreement(interview, NOW, agreement_obtained=True, decision_date=date(2026, 3, 13))
        followup = app.followups.get(kind="thankyou")
        save_draft(followup, subject="Merci", body="Bonjour Madame Durand,", now=NOW)
        mark_sent(followup, at=followup.earliest_at, now=followup.earliest_at)
        record_reply(
            app,
            at=followup.earliest_at,
            channel="email",
            outcome="postponed",
            new_date=date(2026, 3, 27),
            now=followup.earliest_at,
        )
        self.carol = self.make_user("carol", "Carol", language="fr")

    def test_it_round_trips_without_loss(self) -> None:
        exported = export_user(self.alice)
        Application.objects.filter(owner=self.alice).delete()  # frees the follow-up codes
        import_user(self.carol, exported, NOW)
        again = export_user(self.carol)
        # The import re-plans as of NOW, which may only add events; history is intact.
        first, second = without_volatile(exported), without_volatile(again)
        self.assertEqual(first["profile"], second["profile"])
        a, b = first["applications"][0], second["applications"][0]
        for key in ("company", "position", "status", "contacts", "interviews", "replies"):
            self.assertEqual(a[key], b[key], key)
        settled = [fu for fu in a["followups"] if fu["state"] == "done"]
        self.assertEqual(settled, [fu for fu in b["followups"] if fu["state"] == "done"])
        self.assertEqual(a["timeline"], b["timeline"][: len(a["timeline"])])

    def test_it_refuses_a_file_of_another_format(self) -> None:
        with self.assertRaises(ImportRefused):
            import_user(self.carol, {"format": "other"}, NOW)

    def test_it_names_the_path_of_a_bad_value(self) -> None:
        document = export_user(self.alice)
        document["applications"][0]["interviews"][0]["at"] = "31/02/2026"
        with self.assertRaisesRegex(ImportRefused, r"applications\[0\]\.interviews\[0\]\.at"):
            import_user(self.carol, document, NOW)

    def test_it_changes_nothing_when_refused(self) -> None:
        document = export_user(self.alice)
        document["applications"].append(copy.deepcopy(document["applications"][0]))
        document["applications"][1]["contacts"][0]["phones"][0]["number"] = "12"
        with self.assertRaises(ImportRefused):
            import_user(self.carol, document, NOW)
        self.assertFalse(Application.objects.filter(owner=self.carol).exists())
        self.assertEqual(Profile.objects.get(user=self.carol).name, "Carol")

    def test_it_refuses_two_followups_in_one_silence(self) -> None:
        document = export_user(self.alice)
        app = document["applications"][0]
        sent = copy.deepcopy(next(fu for fu in app["followups"] if fu["state"] == "done"))
        sent.update(
            kind="followup_email", state="done", code="00000000-0000-4000-8000-000000000001"
        )
        twin = dict(sent, code="00000000-0000-4000-8000-000000000002")
        app["replies"] = []
        app["followups"] += [sent, twin]
        with translation.override("en"), self.assertRaisesRegex(ImportRefused, "more than once"):
            import_user(self.carol, document, NOW)

    def test_it_refuses_an_unknown_field(self) -> None:
        document = export_user(self.alice)
        document["applications"][0]["salary"] = 1
        with self.assertRaisesRegex(ImportRefused, "salary"):
            import_user(self.carol, document, NOW)

    def test_it_keeps_users_apart(self) -> None:
        import_user(self.carol, export_user(self.alice), NOW)
        self.assertEqual(Application.objects.filter(owner=self.alice).count(), 1)
        self.assertEqual(Application.objects.filter(owner=self.carol).count(), 1)
        self.assertFalse(User.objects.filter(username="alice", applications__owner=self.carol))
