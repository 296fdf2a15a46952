"""The analytics pages: who sees which figures, charts readable without the picture."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from relance.coaching.models import AuditEntry, Membership, Role, Sharing, Viewed
from tests.coaching.base import CoachingTestCase, past_round


class AnalyticsTestCase(CoachingTestCase):
    sharing = Sharing.STATUSES

    def candidates(self, count: int, sharing: str = Sharing.STATUSES) -> list[User]:
        people = []
        start = User.objects.count()
        for index in range(start, start + count):
            user = self.make_user(f"cand{index}", f"Zoé Lambert{index}")
            self.join(user, self.carole, Role.CANDIDATE, self.org, sharing)
            past_round(user, trade="BTP")
            people.append(user)
        return people


class CandidatePageTestCase(AnalyticsTestCase):
    def test_it_shows_the_candidate_their_own_figures_as_accessible_charts(self) -> None:
        past_round(self.alice)
        past_round(self.alice, channel="phone", answered_after_days=None)
        past_round(self.bob, trade="Comptabilité")
        html = self.client.get("/coaching/mine/analytics/").content.decode()
        self.assertIn("<svg", html)
        self.assertIn("<title", html)
        # The figures in words, for screen readers: 1 e-mail of 1 answered, no call.
        self.assertIn("E-mail\xa0: 100\xa0% (1 sur 1)", html)
        self.assertIn("Téléphone\xa0: 0\xa0% (0 sur 1)", html)
        self.assertIn("3 jours", html)  # median time to an answer
        self.assertIn("Restauration", html)
        self.assertNotIn("Comptabilité", html)  # Bob's

    def test_it_speaks_english_to_an_english_speaker(self) -> None:
        self.alice.profile.language = "en"
        self.alice.profile.save()
        past_round(self.alice)
        html = self.signed_in(self.alice).get("/coaching/mine/analytics/").content.decode()
        self.assertIn("E-mail: 100 % (1 of 1)", html)

    def test_it_is_a_404_outside_every_organisation(self) -> None:
        self.assertEqual(self.as_bob().get("/coaching/mine/analytics/").status_code, 404)


class CoachPageTestCase(AnalyticsTestCase):
    def test_it_counts_only_candidates_who_share_and_audits_each(self) -> None:
        past_round(self.alice)
        hidden = self.candidates(1, Sharing.NOTHING)
        html = self.signed_in(self.carole).get("/coaching/analytics/").content.decode()
        self.assertIn("100\xa0% (1 sur 1)", html)  # Alice's e-mail; the BTP candidate not counted
        # Not a bare "BTP": the page's random CSRF token can contain those three letters.
        self.assertNotIn(">BTP<", html)
        self.assertNotIn("BTP\xa0:", html)
        audited = AuditEntry.objects.filter(what=Viewed.ANALYTICS)
        self.assertEqual([e.candidate for e in audited], [self.alice])
        self.assertFalse(AuditEntry.objects.filter(candidate=hidden[0]))

    def test_it_shows_no_figures_of_a_candidate_who_shares_nothing(self) -> None:
        past_round(self.alice)
        self.set_sharing(Sharing.NOTHING)
        url = f"/coaching/candidates/{self.membership.pk}/analytics/"
        html = self.signed_in(self.carole).get(url).content.decode()
        self.assertNotIn("<svg", html)
        self.assertIn("ne partage rien", html)
        self.assertFalse(AuditEntry.objects.filter(what=Viewed.ANALYTICS))

    def test_it_shows_one_sharing_candidates_figures(self) -> None:
        past_round(self.alice)
        url = f"/coaching/candidates/{self.membership.pk}/analytics/"
        html = self.signed_in(self.carole).get(url).content.decode()
        self.assertIn("100\xa0% (1 sur 1)", html)
        self.assertTrue(AuditEntry.objects.filter(what=Viewed.ANALYTICS, candidate=self.alice))

    def test_it_is_a_404_for_another_organisations_coach(self) -> None:
        olivier = self.signed_in(self.olivier)
        url = f"/coaching/candidates/{self.membership.pk}/analytics/"
        self.assertEqual(olivier.get(url).status_code, 404)
        self.assertEqual(
            olivier.get(f"/coaching/organisations/{self.org.pk}/figures/").status_code, 404
        )
        # Olivier's own figures count none of Carole's candidates.
        past_round(self.alice)
        html = olivier.get("/coaching/analytics/").content.decode()
        self.assertNotIn("1 of 1", html)

    def test_it_is_a_404_for_a_candidate(self) -> None:
        self.assertEqual(self.client.get("/coaching/analytics/").status_code, 404)
        url = f"/coaching/candidates/{self.membership.pk}/analytics/"
        self.assertEqual(self.client.get(url).status_code, 404)
        org_url = f"/coaching/organisations/{self.org.pk}/figures/"
        self.assertEqual(self.client.get(org_url).status_code, 404)


class OrganisationPageTestCase(AnalyticsTestCase):
    def url(self) -> str:
        return f"/coaching/organisations/{self.org.pk}/figures/"

    def test_it_is_the_admins_alone(self) -> None:
        self.assertEqual(self.signed_in(self.carole).get(self.url()).status_code, 404)
        self.assertEqual(self.signed_in(self.admin).get(self.url()).status_code, 200)

    def test_it_hides_cells_from_fewer_than_five_people(self) -> None:
        self.candidates(4)
        html = self.signed_in(self.admin).get(self.url()).content.decode()
        self.assertIn("masqué (moins de 5 personnes)", html)
        self.assertNotIn("100\xa0% (4 sur 4)", html)
        self.assertNotIn("Lambert", html)

    def test_it_shows_cells_from_five_people_without_naming_anyone(self) -> None:
        self.candidates(5)
        self.candidates(3, Sharing.NOTHING)
        html = self.signed_in(self.admin).get(self.url()).content.decode()
        self.assertIn("E-mail\xa0: 100\xa0% (5 sur 5)", html)
        self.assertIn("BTP\xa0: 100\xa0% (5 sur 5)", html)
        self.assertNotIn("Lambert", html)

    def test_it_reads_a_constant_number_of_queries(self) -> None:
        admin = self.signed_in(self.admin)
        self.candidates(1)
        with CaptureQueriesContext(connection) as few:
            admin.get(self.url())
        self.candidates(6)
        with CaptureQueriesContext(connection) as many:
            admin.get(self.url())
        self.assertEqual(len(few), len(many))  # both recount who changed
        with CaptureQueriesContext(connection) as unchanged:
            admin.get(self.url())
        self.assertLessEqual(len(unchanged), 12)
        self.assertLess(len(unchanged), len(many))

    def test_it_saves_the_retention_period(self) -> None:
        admin = self.signed_in(self.admin)
        response = admin.post(self.url(), {"retention_months": "12"})
        self.assertRedirects(response, self.url())
        self.org.refresh_from_db()
        self.assertEqual(self.org.retention_months, 12)

    def test_it_refuses_a_retention_period_of_zero(self) -> None:
        admin = self.signed_in(self.admin)
        html = admin.post(self.url(), {"retention_months": "0"}).content.decode()
        self.assertIn("Vérifiez la durée de conservation", html)
        self.org.refresh_from_db()
        self.assertEqual(self.org.retention_months, 24)

    def test_it_is_a_404_for_another_organisations_admin(self) -> None:
        Membership.objects.filter(user=self.olivier).update(role=Role.ADMIN)
        olivier = self.signed_in(self.olivier)
        self.assertEqual(olivier.get(self.url()).status_code, 404)
        self.assertEqual(olivier.post(self.url(), {"retention_months": "1"}).status_code, 404)
        self.org.refresh_from_db()
        self.assertEqual(self.org.retention_months, 24)
