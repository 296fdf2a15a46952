"""Joining through an invitation link, and a coach's nudges on the candidate's Today page."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command

from relance.coaching.models import Invitation, Membership, Nudge, Role, Sharing
from relance.coaching.services.invitations import accept, invite
from tests.coaching.base import CoachingTestCase
from tests.fixtures.clock import NOW
from tests.web.base import field_error


class InvitationTestCase(CoachingTestCase):
    def test_it_lets_a_coach_invite_a_candidate_who_chooses_the_sharing(self) -> None:
        carole = self.signed_in(self.carole)
        r = carole.post(
            "/coaching/invitations/new/", {"organisation": self.org.pk, "role": "candidate"}
        )
        self.assertEqual(r.status_code, 302)
        token = Invitation.objects.latest("id").token
        bob = self.as_bob()
        self.assertEqual(bob.get(f"/coaching/join/{token}/").status_code, 200)
        r = bob.post(f"/coaching/join/{token}/", {"sharing": "texts"})
        self.assertRedirects(r, "/coaching/mine/")
        membership = Membership.objects.get(user=self.bob)
        self.assertEqual((membership.coach, membership.sharing), (self.carole, Sharing.TEXTS))
        # accepted once
        self.assertEqual(bob.get(f"/coaching/join/{token}/").status_code, 404)
        self.assertEqual(self.as_bob().get("/today/").status_code, 200)

    def test_it_marks_a_wrong_invitation_next_to_its_field(self) -> None:
        carole = self.signed_in(self.carole)
        before = Invitation.objects.count()
        r = carole.post(
            "/coaching/invitations/new/",
            {"organisation": self.org.pk, "role": "candidate", "email": "pas une adresse"},
        )
        self.assertEqual(r.status_code, 400)
        html = r.content.decode()
        self.assertIn("courriel valide", field_error(html, "id_email"))
        self.assertEqual(Invitation.objects.count(), before)

    def test_it_refuses_an_expired_invitation(self) -> None:
        invitation = invite(
            self.carole, self.org, role=Role.CANDIDATE, now=NOW - timedelta(days=15)
        )
        with self.assertRaises(Invitation.DoesNotExist):
            accept(invitation.token, self.bob, sharing=Sharing.STATUSES, now=self.clock)

    def test_it_refuses_an_invitation_sent_to_another_address(self) -> None:
        invitation = invite(
            self.carole, self.org, role=Role.CANDIDATE, email="x@example.org", now=NOW
        )
        with self.assertRaises(ValidationError):
            accept(invitation.token, self.bob, sharing=Sharing.STATUSES, now=NOW)
        self.assertIsNone(Invitation.objects.get(pk=invitation.pk).accepted_at)

    def test_it_lets_only_admins_invite_coaches(self) -> None:
        with self.assertRaises(PermissionDenied):
            invite(self.carole, self.org, role=Role.COACH, now=NOW)
        with self.assertRaises(PermissionDenied):
            invite(self.olivier, self.org, role=Role.CANDIDATE, now=NOW)
        invite(self.admin, self.org, role=Role.COACH, now=NOW)

    def test_it_shows_the_coaching_link_to_coaches_only(self) -> None:
        html = self.signed_in(self.carole).get("/today/").content.decode()
        self.assertIn('href="/coaching/"', html)
        html = self.client.get("/today/").content.decode()
        self.assertNotIn('href="/coaching/"', html)
        self.assertNotIn('href="/coaching/', self.as_bob().get("/today/").content.decode())


class NudgeTestCase(CoachingTestCase):
    def test_it_puts_the_nudge_on_the_candidates_today_page_until_read(self) -> None:
        carole = self.signed_in(self.carole)
        r = carole.post(
            f"/coaching/candidates/{self.membership.pk}/nudge/",
            {"template": "debrief_fresh", "subject": "Un mot", "body": "Courage !"},
        )
        self.assertRedirects(r, "/coaching/")
        self.assertIn("/coaching/mine/nudges/today/", self.client.get("/today/").content.decode())
        html = self.client.get("/coaching/mine/nudges/today/").content.decode()
        self.assertIn("Courage !", html)
        self.assertIn("Carole Petit", html)
        nudge = Nudge.objects.get()
        self.assertEqual(
            self.as_bob().post(f"/coaching/mine/nudges/{nudge.pk}/read/").status_code, 404
        )
        self.client.post(f"/coaching/mine/nudges/{nudge.pk}/read/")
        self.assertEqual(self.client.get("/coaching/mine/nudges/today/").content, b"")

    def test_it_keeps_today_unchanged_outside_an_organisation(self) -> None:
        self.assertEqual(self.as_bob().get("/coaching/mine/nudges/today/").content, b"")


class CreateOrganisationTestCase(CoachingTestCase):
    def test_it_creates_an_organisation_with_its_admin(self) -> None:
        out = StringIO()
        call_command("create_organisation", "Lycée Hoche", admin="bob@example.org", stdout=out)
        membership = Membership.objects.get(user=self.bob)
        self.assertEqual(
            (membership.organisation.name, membership.role), ("Lycée Hoche", Role.ADMIN)
        )
        self.assertIn("admin", out.getvalue())
        with self.assertRaises(CommandError):
            call_command("create_organisation", "X", admin="nobody")
