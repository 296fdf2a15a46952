from __future__ import annotations

import copy
from datetime import UTC, date, datetime, timedelta

from django.contrib.auth.models import User
from django.utils import translation

from relance.tracker.exchange import ImportRefused, export_user, import_user
from relance.tracker.models import Application, Profile
from relance.tracker.services.followups import approve, mark_sent, save_draft
from relance.tracker.services.interviews import save_agreement, save_debrief
from relance.tracker.services.replies import record_reply
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW


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

    def test_it_carries_the_trade_over(self) -> None:
        Application.objects.filter(owner=self.alice).update(trade="Restauration")
        exported = export_user(self.alice)
        self.assertEqual(exported["applications"][0]["trade"], "Restauration")
        Application.objects.filter(owner=self.alice).delete()
        import_user(self.carol, exported, NOW)
        self.assertEqual(Application.objects.get(owner=self.carol).trade, "Restauration")

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

    def test_it_brings_back_an_approved_feedback_request_as_a_draft(self) -> None:
        app = Application.objects.get(owner=self.alice)
        refused_at = datetime(2026, 3, 12, 14, 0, tzinfo=UTC)
        record_reply(app, at=refused_at, channel="email", outcome="rejection", now=refused_at)
        feedback = app.followups.get(kind="feedback_request")
        save_draft(feedback, subject="Merci", body="Bonjour Madame Durand,", now=refused_at)
        approve(feedback, now=refused_at)
        exported = export_user(self.alice)
        Application.objects.filter(owner=self.alice).delete()
        import_user(self.carol, exported, refused_at + timedelta(hours=1))
        imported = Application.objects.get(owner=self.carol)
        self.assertEqual(imported.status, "rejected")
        row = imported.followups.get(kind="feedback_request")
        # Never sent on an old approval: it comes back as a draft to approve again.
        self.assertEqual((row.state, row.due_at, row.body), ("drafted", None, feedback.body))


class ExchangeRoundsTestCase(BaseTestCase):
    def test_it_reads_back_one_followup_per_interview_round(self) -> None:
        from datetime import timedelta

        app = self.make_application()
        self.make_contact(app)
        first = self.make_interview(app)
        save_agreement(first, NOW, agreement_obtained=False)
        followup = app.followups.get(kind="followup_email")
        mark_sent(followup, at=followup.earliest_at, now=followup.earliest_at)
        # A second round, recorded without a reply in between: its own follow-up is allowed.
        second_at = followup.earliest_at + timedelta(days=3)
        second = self.make_interview(app, at=second_at)
        save_agreement(second, second_at, agreement_obtained=False)
        again = app.followups.get(kind="followup_email", interview=second)
        mark_sent(again, at=again.earliest_at, now=again.earliest_at)
        document = export_user(self.alice)
        carol = self.make_user("carol", "Carol", language="fr")
        import_user(carol, document, again.earliest_at)
        self.assertEqual(
            Application.objects.get(owner=carol).followups.filter(state="done").count(), 2
        )


class ImportTwiceTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.catchup = self.make_catchup()
        save_draft(self.catchup, subject="Merci", body="Bonjour Madame Durand,", now=NOW)
        from relance.tracker.services.followups import approve

        approve(self.catchup, now=NOW)

    def test_it_refuses_a_file_already_imported_into_the_account(self) -> None:
        with translation.override("en"), self.assertRaisesRegex(ImportRefused, "already"):
            import_user(self.alice, export_user(self.alice), NOW)
        self.assertEqual(Application.objects.filter(owner=self.alice).count(), 1)

    def test_it_brings_approved_followups_back_as_drafts(self) -> None:
        carol = self.make_user("carol", "Carol", language="fr")
        import_user(carol, export_user(self.alice), NOW)
        imported = Application.objects.get(owner=carol).followups.get(kind="catchup")
        self.assertEqual(imported.state, "drafted")
        self.assertIsNone(imported.due_at)


class ImportContactTestCase(BaseTestCase):
    def test_it_refuses_a_contact_address_that_could_inject_headers(self) -> None:
        self.make_contact(self.make_application())
        document = export_user(self.alice)
        document["applications"][0]["contacts"][0]["email"] = "a@b.example\nBcc: x@evil.example"
        carol = self.make_user("carol", "Carol", language="fr")
        with self.assertRaisesRegex(ImportRefused, r"contacts\[0\]\.email"):
            import_user(carol, document, NOW)
