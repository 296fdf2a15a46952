"""The coach's dashboard: who needs attention, why, one action, at a constant cost."""

from __future__ import annotations

from datetime import timedelta

from relance.coaching.models import AuditEntry, Membership, Role, Sharing
from relance.coaching.services.dashboard import dashboard
from relance.mailbox.models import IncomingMessage, MailboxSettings
from relance.tracker import lifecycle as lc
from relance.tracker.models import Application, FollowUp
from relance.tracker.models.choices import Status
from relance.tracker.services.followups import save_draft
from relance.tracker.services.interviews import save_debrief
from tests.coaching.base import CoachingTestCase
from tests.fixtures.clock import NOW


class DashboardTestCase(CoachingTestCase):
    sharing = Sharing.STATUSES

    def reasons(self, status: str = "") -> dict[str, list[str]]:
        rows = dashboard(self.carole, now=self.clock, status=status)
        return {r.membership.user.username: [line.reason.id for line in r.lines] for r in rows}

    def test_it_flags_a_fresh_interview_with_no_debrief_and_no_catchup(self) -> None:
        self.interviewed()
        self.assertEqual(self.reasons()["alice"], ["due_today", "no_next_steps", "debrief"])

    def test_it_drops_the_reasons_once_the_candidate_acted(self) -> None:
        app, interview = self.interviewed()
        save_debrief(interview, NOW, strong_points="Le service du soir")
        save_draft(self.pending(app), subject="Entretien", body="Bonjour.", now=NOW)
        self.assertEqual(self.reasons()["alice"], ["due_today"])

    def test_it_flags_overdue_failed_replies_and_closings(self) -> None:
        app, interview = self.interviewed()
        save_debrief(interview, NOW, strong_points="Le service du soir")
        followup = self.pending(app)
        FollowUp.objects.filter(pk=followup.pk).update(
            state=lc.APPROVED, latest_at=self.clock - timedelta(hours=1)
        )
        failed = self.make_application(company="Le Train Bleu")
        FollowUp.objects.create(
            application=failed,
            kind="followup_email",
            channel="email",
            state=lc.FAILED,
            earliest_at=NOW,
            latest_at=NOW,
        )
        mailbox = MailboxSettings.objects.create(user=self.alice)
        IncomingMessage.objects.create(
            mailbox=mailbox, application=failed, kind="reply", folder="INBOX", uid=1,
            received_at=NOW, created_at=NOW,
        )  # fmt: skip
        closed = self.make_application(company="Lasserre")
        Application.objects.filter(pk=closed.pk).update(status=Status.CLOSED_NO_ANSWER)
        reasons = self.reasons()["alice"]
        for expected in ["overdue", "failed", "reply", "closed_no_answer"]:
            self.assertIn(expected, reasons)
        self.assertEqual(reasons[0], "reply")
        self.assertEqual(self.reasons(Status.CLOSED_NO_ANSWER)["alice"], ["closed_no_answer"])

    def test_it_flags_two_weeks_without_activity(self) -> None:
        Membership.objects.filter(pk=self.membership.pk).update(joined_at=NOW - timedelta(days=30))
        self.assertEqual(self.reasons()["alice"], ["inactive"])
        self.make_application()
        self.assertEqual(self.reasons()["alice"], [])

    def test_it_lists_those_needing_attention_first(self) -> None:
        calm = self.make_user("zoe", "Zoé Calme")
        self.join(calm, self.carole, Role.CANDIDATE, self.org, Sharing.STATUSES)
        quiet = self.make_user("aaron", "Aaron Discret")
        self.join(quiet, self.carole, Role.CANDIDATE, self.org, Sharing.NOTHING)
        self.interviewed()
        names = [r.membership.user.username for r in dashboard(self.carole, now=self.clock)]
        self.assertEqual(names, ["alice", "zoe", "aaron"])

    def test_it_costs_the_same_queries_for_one_or_many_candidates(self) -> None:
        self.interviewed()
        carole = self.signed_in(self.carole)
        carole.get("/coaching/")  # warm the session and the content types

        def count() -> int:
            from django.db import connection
            from django.test.utils import CaptureQueriesContext

            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(carole.get("/coaching/").status_code, 200)
            return len(queries)

        one = count()
        for n in range(6):
            user = self.make_user(f"c{n}", f"Candidat {n}")
            self.join(user, self.carole, Role.CANDIDATE, self.org, Sharing.STATUSES)
            app = self.make_application(user)
            self.make_contact(app)
            self.make_interview(app, NOW - timedelta(days=1))
        # The six new candidates' ranks are computed at once: the same eight queries for one
        # or a hundred (their rows ensured, their lines, their next instants, their
        # memberships; their places and the upsert in a savepoint).
        with self.assertNumQueries(one + 8):
            self.assertEqual(carole.get("/coaching/").status_code, 200)
        with self.assertNumQueries(one):
            self.assertEqual(carole.get("/coaching/").status_code, 200)
        self.assertEqual(AuditEntry.objects.filter(coach=self.carole).count(), 1 + 1 + 7 + 7)

    def test_it_renders_each_line_with_its_rule_and_action(self) -> None:
        self.interviewed()
        html = self.signed_in(self.carole).get("/coaching/").content.decode()
        self.assertIn("default.catchup_next_day", html)
        self.assertIn("coach.debrief", html)
        self.assertIn(
            f"/coaching/candidates/{self.membership.pk}/nudge/?template=debrief_fresh", html
        )

    def test_it_is_not_there_for_a_candidate(self) -> None:
        self.assertEqual(self.client.get("/coaching/").status_code, 404)
        self.assertNotIn('href="/coaching/"', self.client.get("/today/").content.decode())

    def test_it_reads_the_page_in_a_fixed_number_of_queries(self) -> None:
        self.interviewed()
        carole = self.signed_in(self.carole)
        carole.get("/coaching/")
        # session, user, profile, where the user coaches (read once: the scope, the filters,
        # the invitation form); the count, the viewer's reviewed candidates (put first), whose
        # stored rank is out of date (nobody), the page's rows read from the order's index,
        # every reason's lines (one UNION ALL), the audit log's insert; the cohorts
        with self.assertNumQueries(11):
            self.assertEqual(carole.get("/coaching/").status_code, 200)
