"""The organisation admin's page: members, invitations, cohorts, assignment, access log."""

from __future__ import annotations

from datetime import timedelta

from relance.coaching.models import AuditEntry, Cohort, Invitation, Membership, Role, Viewed
from relance.coaching.services.invitations import invite
from tests.base import NOW
from tests.coaching.base import CoachingTestCase


class OrganisationTestCase(CoachingTestCase):
    def url(self, rest: str = "") -> str:
        return f"/coaching/organisations/{self.org.pk}/{rest}"

    def test_it_lists_members_and_pending_invitations_to_the_admin(self) -> None:
        invite(self.admin, self.org, role=Role.COACH, email="nadia@example.org", now=NOW)
        html = self.signed_in(self.admin).get(self.url()).content.decode()
        for text in ["Carole Petit", "Alice Martin", "nadia@example.org"]:
            self.assertIn(text, html)

    def test_it_is_not_there_for_a_coach_or_a_candidate(self) -> None:
        self.assertEqual(self.signed_in(self.carole).get(self.url()).status_code, 404)
        self.assertEqual(self.client.get(self.url()).status_code, 404)

    def test_it_keeps_a_constant_number_of_queries(self) -> None:
        admin = self.signed_in(self.admin)
        AuditEntry.objects.create(coach=self.carole, candidate=self.alice, what="dashboard", at=NOW)
        admin.get(self.url())
        with self.assertNumQueries(11):  # no organisation for the form, no count of the log
            admin.get(self.url())
        for n in range(5):
            user = self.make_user(f"c{n}", f"Candidat {n}")
            self.join(user, self.carole, Role.CANDIDATE, self.org)
            AuditEntry.objects.create(coach=self.carole, candidate=user, what="dashboard", at=NOW)
        with self.assertNumQueries(11):  # no organisation for the form, no count of the log
            self.assertEqual(admin.get(self.url()).status_code, 200)

    def test_it_marks_each_candidates_own_coach_and_cohort_selected(self) -> None:
        nadia = self.make_user("nadia", "Nadia <Benali>")
        self.join(nadia, self.admin, Role.COACH, self.org)
        cohort = Cohort.objects.create(organisation=self.org, name="Promo & Soir", created_at=NOW)
        Cohort.objects.create(organisation=self.org, name="Matin", created_at=NOW)
        self.membership.cohort = cohort
        self.membership.save()
        bruno_user = self.make_user("bruno", "Bruno Roux")
        self.join(bruno_user, nadia, Role.CANDIDATE, self.org)
        html = self.signed_in(self.admin).get(self.url()).content.decode()
        alice, bruno = [row.split("</tr>")[0] for row in html.split('id="coach-')[1:]]
        self.assertIn(f'<option value="{self.carole.pk}" selected>Carole Petit</option>', alice)
        self.assertIn(f'<option value="{cohort.pk}" selected>Promo &amp; Soir</option>', alice)
        self.assertIn(f'<option value="{nadia.pk}">Nadia &lt;Benali&gt;</option>', alice)
        self.assertEqual(alice.count(" selected"), 2)
        self.assertIn(f'<option value="{nadia.pk}" selected>Nadia &lt;Benali&gt;</option>', bruno)
        self.assertEqual(bruno.count(" selected"), 1)  # no cohort: the empty option

    def test_it_revokes_an_invitation_at_once(self) -> None:
        invitation = invite(self.admin, self.org, role=Role.CANDIDATE, now=NOW)
        r = self.signed_in(self.admin).post(self.url(f"invitations/{invitation.pk}/revoke/"))
        self.assertRedirects(r, self.url())
        self.assertFalse(Invitation.objects.filter(pk=invitation.pk).exists())
        self.assertEqual(self.as_bob().get(f"/coaching/join/{invitation.token}/").status_code, 404)

    def test_it_assigns_a_candidate_to_a_coach_and_a_cohort(self) -> None:
        nadia = self.make_user("nadia", "Nadia Benali")
        self.join(nadia, self.admin, Role.COACH, self.org)
        cohort = Cohort.objects.create(organisation=self.org, name="Promo 2026", created_at=NOW)
        r = self.signed_in(self.admin).post(
            self.url(f"members/{self.membership.pk}/assign/"),
            {"coach": nadia.pk, "cohort": cohort.pk},
        )
        self.assertRedirects(r, self.url())
        membership = Membership.objects.get(pk=self.membership.pk)
        self.assertEqual((membership.coach, membership.cohort), (nadia, cohort))
        # Carole no longer reaches Alice: the next request says so.
        carole = self.signed_in(self.carole)
        self.assertEqual(carole.get(f"/coaching/candidates/{self.membership.pk}/").status_code, 404)

    def test_it_refuses_a_coach_or_cohort_of_another_organisation(self) -> None:
        foreign = Cohort.objects.create(organisation=self.other_org, name="X", created_at=NOW)
        admin = self.signed_in(self.admin)
        admin.post(self.url(f"members/{self.membership.pk}/assign/"), {"cohort": foreign.pk})
        admin.post(self.url(f"members/{self.membership.pk}/assign/"), {"coach": self.olivier.pk})
        membership = Membership.objects.get(pk=self.membership.pk)
        self.assertEqual((membership.coach, membership.cohort), (self.carole, None))

    def test_it_removes_a_coach_and_frees_their_candidates(self) -> None:
        coach = Membership.objects.get(user=self.carole)
        self.signed_in(self.admin).post(self.url(f"members/{coach.pk}/remove/"))
        self.assertFalse(Membership.objects.filter(pk=coach.pk).exists())
        self.assertIsNone(Membership.objects.get(pk=self.membership.pk).coach)

    def test_it_lets_an_admin_and_a_coach_create_cohorts_once_by_name(self) -> None:
        self.signed_in(self.admin).post(self.url("cohorts/new/"), {"name": "Promo 2026 BTS MCO"})
        self.signed_in(self.carole).post(self.url("cohorts/new/"), {"name": "Promo 2026 BTS MCO"})
        self.signed_in(self.carole).post(self.url("cohorts/new/"), {"name": "Soir"})
        self.assertEqual(
            list(Cohort.objects.values_list("name", flat=True)), ["Promo 2026 BTS MCO", "Soir"]
        )
        self.assertEqual(self.client.post(self.url("cohorts/new/"), {"name": "A"}).status_code, 404)

    def test_it_shows_the_coaches_access_without_the_candidates_texts(self) -> None:
        AuditEntry.objects.create(
            coach=self.carole, candidate=self.alice, what=Viewed.CANDIDATE_TEXTS, at=NOW
        )
        AuditEntry.objects.create(
            coach=self.olivier, candidate=self.bob, what=Viewed.CANDIDATE_TEXTS, at=NOW
        )
        html = self.signed_in(self.admin).get(self.url()).content.decode()
        self.assertIn("Alice Martin", html)
        self.assertNotIn("Olivier Roux", html)

    def test_it_pages_the_access_log_newest_first_without_counting_it(self) -> None:
        for minute in range(51):
            AuditEntry.objects.create(
                coach=self.carole,
                candidate=self.alice,
                what=Viewed.DASHBOARD,
                at=NOW + timedelta(minutes=minute),
            )
        admin = self.signed_in(self.admin)
        first = admin.get(self.url()).content.decode()
        self.assertIn('href="?log=2"', first)
        self.assertEqual(first.count("<td>Carole Petit</td>"), 50)
        second = admin.get(self.url("?log=2")).content.decode()
        self.assertEqual(second.count("<td>Carole Petit</td>"), 1)  # the oldest one
        self.assertNotIn('href="?log=3"', second)
        self.assertIn('href="?log=1"', second)
        beyond = admin.get(self.url("?log=99")).content.decode()
        self.assertIn("Aucune entrée plus ancienne.", beyond)  # the admin reads French
