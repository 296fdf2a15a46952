"""Who sees what: sharing levels, revocation, other organisations, and no sending by a coach."""

from __future__ import annotations

import json
from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import URLPattern

from relance.api.models import ApiKey
from relance.coaching.models import AuditEntry, Nudge, ReviewRequest, Sharing, Viewed
from relance.coaching.services.invitations import invite
from relance.coaching.services.reviews import answer, ask_review, propose
from relance.coaching.urls import urlpatterns as coaching_patterns
from relance.mailbox.urls import urlpatterns as mailbox_patterns
from relance.tracker.models import FollowUp
from relance.tracker.services.followups import save_draft
from relance.tracker.services.interviews import save_debrief
from relance.web.urls import urlpatterns as web_patterns
from tests.api.test_isolation import BODIES, operations_with_an_id
from tests.coaching.base import CoachingTestCase
from tests.fixtures.clock import NOW
from tests.web.base import XSS

DEBRIEF = "Elle cherche quelqu'un pour le service du soir"
DRAFT = "Bonjour Madame Durand, merci pour notre entretien d'hier."


class PermissionTestCase(CoachingTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, self.interview = self.interviewed()
        save_debrief(self.interview, NOW, strong_points=DEBRIEF)
        self.followup = self.pending(self.app)
        save_draft(self.followup, subject="Entretien", body=DRAFT, now=NOW)
        self.review = ask_review(self.alice, self.followup, now=NOW)
        self.nudge = Nudge.objects.create(
            coach=self.carole, candidate=self.alice, template="check_in", created_at=NOW
        )

    def coaching_urls(self) -> list[str]:
        ids = {
            "candidates": self.membership.pk,
            "reviews": self.review.pk,
            "mine": self.membership.pk,
            "organisations": self.org.pk,
        }
        pending = invite(self.admin, self.org, role="candidate", now=NOW)
        urls = []
        for pattern in coaching_patterns:
            assert isinstance(pattern, URLPattern)
            route = str(pattern.pattern)
            if "<" not in route:
                continue
            pk = {
                "mine/followups/<int:pk>/review/": self.followup.pk,
                "mine/reviews/<int:pk>/": self.review.pk,
                "mine/nudges/<int:pk>/read/": self.nudge.pk,
            }.get(route) or ids.get(route.split("/")[0])
            route = route.replace("<int:pk>", str(pk)).replace("<str:token>", "not-a-token")
            route = route.replace("<int:member>", str(self.membership.pk))
            route = route.replace("<int:invitation>", str(pending.pk))
            urls.append("/coaching/" + route)
        return urls

    def test_it_gives_404_to_another_organisations_coach_everywhere(self) -> None:
        olivier = self.signed_in(self.olivier)
        urls = self.coaching_urls()
        self.assertGreaterEqual(len(urls), 8)
        for url in urls:
            with self.subTest(url=url):
                codes = {olivier.get(url).status_code, olivier.post(url).status_code}
                self.assertIn(404, codes)
                self.assertLessEqual(codes, {404, 405})
        # Olivier's own dashboard lists none of Carole's candidates.
        html = olivier.get("/coaching/").content.decode()
        self.assertNotIn("Alice Martin", html)
        self.assertFalse(
            AuditEntry.objects.filter(coach=self.olivier).exclude(what=Viewed.DASHBOARD)
        )

    def test_it_gives_404_to_a_user_outside_every_organisation(self) -> None:
        bob = self.as_bob()
        for url in [
            "/coaching/",
            "/coaching/mine/",
            f"/coaching/candidates/{self.membership.pk}/",
            "/coaching/analytics/",
            "/coaching/mine/analytics/",
            f"/coaching/candidates/{self.membership.pk}/analytics/",
            f"/coaching/organisations/{self.org.pk}/",
            f"/coaching/organisations/{self.org.pk}/figures/",
            f"/coaching/mine/{self.membership.pk}/leave/",
        ]:
            with self.subTest(url=url):
                self.assertEqual(bob.get(url).status_code, 404)
        self.assertEqual(bob.get("/coaching/mine/nudges/today/").content, b"")

    def test_it_shows_only_statuses_without_text_sharing(self) -> None:
        self.set_sharing(Sharing.STATUSES)
        carole = self.signed_in(self.carole)
        html = carole.get(f"/coaching/candidates/{self.membership.pk}/").content.decode()
        self.assertIn("Brasserie Lipp", html)
        self.assertNotIn(DEBRIEF.replace("'", "&#x27;"), html)
        self.assertNotIn("notre entretien", html)
        self.assertEqual(carole.get(f"/coaching/reviews/{self.review.pk}/").status_code, 404)
        entry = AuditEntry.objects.get(coach=self.carole, what=Viewed.CANDIDATE)
        self.assertEqual(entry.candidate, self.alice)

    def test_it_shows_texts_when_shared(self) -> None:
        carole = self.signed_in(self.carole)
        html = carole.get(f"/coaching/candidates/{self.membership.pk}/").content.decode()
        self.assertIn("service du soir", html)
        self.assertIn("notre entretien", html)
        self.assertTrue(AuditEntry.objects.filter(what=Viewed.CANDIDATE_TEXTS).exists())

    def test_it_takes_revocation_at_the_next_request(self) -> None:
        carole = self.signed_in(self.carole)
        url = f"/coaching/candidates/{self.membership.pk}/"
        self.assertIn("notre entretien", carole.get(url).content.decode())
        self.client.post(f"/coaching/mine/{self.membership.pk}/sharing/", {"sharing": "nothing"})
        html = carole.get(url).content.decode()
        self.assertNotIn("Brasserie Lipp", html)
        self.assertNotIn("notre entretien", html)
        self.assertNotIn("Brasserie Lipp", carole.get("/coaching/").content.decode())
        self.assertEqual(carole.get(f"/coaching/reviews/{self.review.pk}/").status_code, 404)
        # Nothing seen, nothing written to the log after the revocation.
        self.assertEqual(AuditEntry.objects.filter(candidate=self.alice).count(), 1)

    def test_it_lets_the_candidate_read_the_audit_log(self) -> None:
        carole = self.signed_in(self.carole)
        carole.get(f"/coaching/candidates/{self.membership.pk}/")
        carole.get(f"/coaching/reviews/{self.review.pk}/")
        html = self.client.get("/coaching/mine/").content.decode()
        self.assertIn("Carole Petit", html)
        self.assertEqual(AuditEntry.objects.filter(candidate=self.alice).count(), 2)
        self.assertEqual(self.as_bob().get("/coaching/mine/").status_code, 404)

    def test_it_gives_the_coach_no_way_to_approve_send_or_move_a_date(self) -> None:
        carole = self.signed_in(self.carole)
        ids = {"applications": self.app.pk, "interviews": self.interview.pk}
        contact = self.app.contacts.get().pk
        before = FollowUp.objects.values().get(pk=self.followup.pk)
        routes = [("", p) for p in web_patterns] + [("mailbox/", p) for p in mailbox_patterns]
        walked = 0
        for prefix, pattern in routes:
            route = str(getattr(pattern, "pattern", ""))
            if "<int:pk>" not in route:
                continue
            head = route.split("/")[0]
            pk = {"followups": self.followup.pk, "contacts": contact}.get(head) or ids.get(head)
            pk = pk or self.followup.pk
            url = "/" + prefix + route.replace("<int:pk>", str(pk))
            payload = {"due_at": "2026-03-10T10:00", "at": "2026-03-10T10:00", "send_by": "self"}
            with self.subTest(url=url):
                codes = {carole.get(url).status_code, carole.post(url, payload).status_code}
                self.assertIn(404, codes)
                self.assertLessEqual(codes, {404, 405})
            walked += 1
        self.assertGreater(walked, 15)
        self.assertEqual(FollowUp.objects.values().get(pk=self.followup.pk), before)
        # The services refuse the coach as well: only the candidate answers a proposal.
        propose(self.carole, self.review, comment="", subject="", body="Bonjour.", now=NOW)
        with self.assertRaises(PermissionDenied):
            answer(self.carole, self.review, accepted=True, now=NOW)
        with self.assertRaises(PermissionDenied):
            ask_review(self.carole, self.followup, now=NOW)
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.body, DRAFT)
        self.assertEqual(ReviewRequest.objects.get().state, "proposed")

    def test_it_gives_the_coach_no_way_through_the_api_either(self) -> None:
        _, key = ApiKey.issue(self.carole, "tests")
        api = Client(enforce_csrf_checks=True)
        before = FollowUp.objects.values().get(pk=self.followup.pk)
        ids = {"applications": self.app.pk, "interviews": self.interview.pk}
        walked = 0
        for method, path, operation in operations_with_an_id():
            pk = ids.get(path.split("/")[3], self.followup.pk)
            url = path.replace("{pk}", str(pk))
            body = json.dumps(BODIES.get(operation, {}))
            with self.subTest(method=method, url=url):
                response = api.generic(
                    method, url, body, content_type="application/json", HTTP_X_API_KEY=key
                )
                self.assertEqual(response.status_code, 404)
            walked += 1
        self.assertGreater(walked, 8)
        self.assertEqual(FollowUp.objects.values().get(pk=self.followup.pk), before)


class CoachPagesEscapingTestCase(CoachingTestCase):
    def test_it_escapes_what_the_candidate_typed(self) -> None:
        app = self.make_application(company=XSS, position=XSS)
        self.make_contact(app)
        interview = self.make_interview(app, NOW - timedelta(days=1))
        save_debrief(interview, NOW, strong_points=XSS)
        followup = self.pending(app)
        save_draft(followup, subject=XSS, body=XSS, now=NOW)
        review = ask_review(self.alice, followup, now=NOW)
        carole = self.signed_in(self.carole)
        propose(self.carole, review, comment=XSS, subject=XSS, body=XSS + " ok", now=NOW)
        pages = [
            (carole, "/coaching/"),
            (carole, f"/coaching/candidates/{self.membership.pk}/"),
            (carole, f"/coaching/reviews/{review.pk}/"),
            (self.client, f"/coaching/mine/reviews/{review.pk}/"),
            (self.client, "/coaching/mine/"),
        ]
        for client, url in pages:
            with self.subTest(url=url):
                html = client.get(url).content.decode()
                self.assertNotIn("<script>alert", html)
                self.assertNotIn("<img src=x", html)
