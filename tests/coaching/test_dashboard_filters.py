"""The dashboard's filters by coach, cohort and status, its pages, and an admin's view."""

from __future__ import annotations

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext

from relance.coaching.models import AuditEntry, Cohort, Membership, Role, Sharing
from relance.coaching.services import dashboard as board
from tests.base import NOW
from tests.coaching.base import CoachingTestCase


class DashboardFiltersTestCase(CoachingTestCase):
    sharing = Sharing.STATUSES

    def setUp(self) -> None:
        super().setUp()
        self.nadia = self.make_user("nadia", "Nadia Benali")
        self.join(self.nadia, self.admin, Role.COACH, self.org)
        self.promo = Cohort.objects.create(organisation=self.org, name="Promo 2026", created_at=NOW)
        self.bob_membership = self.join(self.bob, self.nadia, Role.CANDIDATE, self.org, "statuses")
        Membership.objects.filter(pk=self.bob_membership.pk).update(cohort=self.promo)

    def names(self, user: object, **filters: object) -> list[str]:
        rows = board.attention(user, now=self.clock, filters=board.Filters(**filters))  # type: ignore[arg-type]
        return [row.membership.user.username for row in rows]

    def test_it_shows_a_coach_only_their_candidates(self) -> None:
        self.assertEqual(self.names(self.carole), ["alice"])
        self.assertEqual(self.names(self.nadia), ["bob"])

    def test_it_shows_the_admin_every_candidate_filtered_by_coach_and_cohort(self) -> None:
        self.assertEqual(sorted(self.names(self.admin)), ["alice", "bob"])
        self.assertEqual(self.names(self.admin, coach_id=self.nadia.pk), ["bob"])
        self.assertEqual(self.names(self.admin, cohort_id=self.promo.pk), ["bob"])
        self.assertEqual(
            self.names(self.admin, coach_id=self.carole.pk, cohort_id=self.promo.pk), []
        )

    def test_it_offers_the_admin_each_coach_and_cohort_with_the_chosen_selected(self) -> None:
        query = {"coach": self.nadia.pk, "cohort": self.promo.pk}
        html = self.signed_in(self.admin).get("/coaching/", query).content.decode()
        self.assertIn(f'<option value="{self.carole.pk}">Carole Petit</option>', html)
        self.assertIn(f'<option value="{self.nadia.pk}" selected>Nadia Benali</option>', html)
        self.assertIn(f'<option value="{self.promo.pk}" selected>Promo 2026</option>', html)
        # A coach filters by cohort only.
        html = self.signed_in(self.carole).get("/coaching/").content.decode()
        self.assertNotIn('name="coach"', html)
        self.assertIn(f'<option value="{self.promo.pk}">Promo 2026</option>', html)

    def test_it_filters_by_status(self) -> None:
        app, _interview = self.interviewed()
        page = self.signed_in(self.carole).get("/coaching/", {"status": "offer"})
        self.assertNotIn("coach.debrief", page.content.decode())
        page = self.signed_in(self.carole).get("/coaching/", {"status": app.status})
        self.assertIn("coach.debrief", page.content.decode())

    def test_it_gives_the_admin_no_candidate_page(self) -> None:
        html = self.signed_in(self.admin).get("/coaching/").content.decode()
        self.assertIn("Bob", html)
        self.assertNotIn(f'href="/coaching/candidates/{self.bob_membership.pk}/"', html)
        admin = self.signed_in(self.admin)
        self.assertEqual(
            admin.get(f"/coaching/candidates/{self.bob_membership.pk}/").status_code, 404
        )

    def test_it_pages_and_audits_only_the_page_shown(self) -> None:
        for n in range(board.PAGE_SIZE + 5):
            user = self.make_user(f"c{n}", f"Candidat {n:03}")
            self.join(user, self.carole, Role.CANDIDATE, self.org, Sharing.STATUSES)
        carole = self.signed_in(self.carole)
        AuditEntry.objects.all().delete()
        html = carole.get("/coaching/").content.decode()
        self.assertIn('rel="next"', html)
        self.assertEqual(AuditEntry.objects.count(), board.PAGE_SIZE)
        html = carole.get("/coaching/", {"page": 2}).content.decode()
        self.assertIn("Candidat 054", html)
        self.assertNotIn("Candidat 000", html)

    def test_it_keeps_a_constant_number_of_queries_with_filters(self) -> None:
        Membership.objects.filter(pk=self.membership.pk).update(cohort=self.promo)
        self.interviewed()
        carole = self.signed_in(self.carole)
        query: dict[str, str | int] = {
            "status": "interviewing",
            "cohort": self.promo.pk,
            "coach": self.carole.pk,
        }
        carole.get("/coaching/", query)
        with CaptureQueriesContext(connection) as first:
            carole.get("/coaching/", query)
        for n in range(6):
            user = self.make_user(f"c{n}", f"Candidat {n}")
            membership = self.join(user, self.carole, Role.CANDIDATE, self.org, Sharing.STATUSES)
            Membership.objects.filter(pk=membership.pk).update(cohort=self.promo)
            app = self.make_application(user)
            self.make_contact(app)
            self.make_interview(app, NOW - timedelta(days=1))
        with self.assertNumQueries(len(first.captured_queries)):
            self.assertEqual(carole.get("/coaching/", query).status_code, 200)

    def test_it_puts_the_admins_most_pressing_candidate_first_beyond_a_page(self) -> None:
        for n in range(board.PAGE_SIZE + 5):
            user = self.make_user(f"c{n}", f"Candidat {n:03}")
            self.join(user, self.carole, Role.CANDIDATE, self.org, Sharing.STATUSES)
        admin = self.signed_in(self.admin)
        admin.get("/coaching/")
        with CaptureQueriesContext(connection) as calm:
            admin.get("/coaching/")
        late = self.make_user("zz", "Zygmunt Zola")  # sorts last by name
        self.join(late, self.carole, Role.CANDIDATE, self.org, Sharing.STATUSES)
        app = self.make_application(late)
        self.make_contact(app)
        self.make_interview(app, NOW - timedelta(days=1))
        # Zygmunt's rank is computed again (his row ensured, his lines, his next instants, his
        # membership; his place and the upsert in a savepoint), then read as stored.
        with self.assertNumQueries(len(calm.captured_queries) + 8):
            page = admin.get("/coaching/").context["board"]
        self.assertEqual(page.rows[0].membership.user.username, "zz")
        with self.assertNumQueries(len(calm.captured_queries)):
            page = admin.get("/coaching/").context["board"]
        self.assertEqual(page.rows[0].membership.user.username, "zz")
        self.assertIn("debrief", [line.reason.id for line in page.rows[0].lines])
        self.assertEqual(page.total, board.PAGE_SIZE + 5 + 3)

    def test_it_shows_the_admin_no_status_of_a_candidate_who_shares_nothing(self) -> None:
        Membership.objects.filter(pk=self.bob_membership.pk).update(sharing=Sharing.NOTHING)
        app = self.make_application(self.bob, company="Hôtel Ritz")
        self.make_contact(app)
        self.make_interview(app, NOW - timedelta(days=1))  # would need a debrief
        response = self.signed_in(self.admin).get("/coaching/")
        rows = {r.membership.user.username: r for r in response.context["board"].rows}
        self.assertEqual(rows["bob"].lines, [])
        self.assertEqual(list(rows), ["alice", "bob"])  # last: the order tells nothing either
        html = response.content.decode()
        self.assertIn("Ne partage rien pour le moment.", html)
        self.assertNotIn("Hôtel Ritz", html)
        self.assertFalse(AuditEntry.objects.filter(candidate=self.bob))
        self.assertTrue(AuditEntry.objects.filter(candidate=self.alice, coach=self.admin))
