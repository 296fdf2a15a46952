from __future__ import annotations

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError

from relance.tracker.models import Application, Profile, TimelineEvent
from relance.tracker.services import accounts
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW


class AccountsTestCase(BaseTestCase):
    def test_it_knows_a_fresh_install(self) -> None:
        self.assertFalse(accounts.needs_first_run())
        User.objects.all().delete()
        self.assertTrue(accounts.needs_first_run())

    def test_it_creates_an_account_with_its_profile(self) -> None:
        user = accounts.create_account(
            username="carol",
            password="une phrase de passe solide",
            name="Carol",
            now=NOW,
            email="carol@example.org",
            subdivision="67",
            timezone="Europe/Paris",
        )
        self.assertTrue(user.check_password("une phrase de passe solide"))
        self.assertEqual(user.profile.subdivision, "67")

    def test_it_refuses_a_taken_name_a_weak_password_and_a_bad_place(self) -> None:
        cases = [
            {"username": "ALICE", "password": "une phrase de passe solide"},
            {"username": "carol", "password": "1234"},
            {
                "username": "carol",
                "password": "une phrase de passe solide",
                "timezone": "Mars/Base",
            },
        ]
        for case in cases:
            with self.subTest(case=case), self.assertRaises(ValidationError):
                accounts.create_account(name="Carol", now=NOW, **case)
        self.assertFalse(User.objects.filter(username="carol").exists())

    def test_it_updates_the_profile_and_replans(self) -> None:
        app = self.make_application()
        self.make_interview(app)
        accounts.update_profile(self.profile, NOW, signature="A. M.", subdivision="57")
        self.profile.refresh_from_db()
        self.assertEqual((self.profile.signature, self.profile.subdivision), ("A. M.", "57"))

    def test_it_refuses_an_empty_name(self) -> None:
        with self.assertRaises(ValidationError):
            accounts.update_profile(self.profile, NOW, name=" ")

    def test_it_keeps_delays_in_their_range(self) -> None:
        with self.assertRaises(ValidationError):
            accounts.update_policy(self.profile, NOW, {"no_date_followup_days": 99})
        accounts.update_policy(self.profile, NOW, {"no_date_followup_days": 10})
        self.assertEqual(Profile.objects.get(pk=self.profile.pk).no_date_followup_days, 10)

    def test_it_rotates_the_calendar_token(self) -> None:
        old = self.profile.calendar_token
        self.assertNotEqual(accounts.rotate_calendar_token(self.profile), old)

    def test_it_deletes_the_account_and_everything_in_it(self) -> None:
        app = self.make_application()
        self.make_interview(app)
        accounts.delete_account(self.alice)
        self.assertFalse(Application.objects.filter(owner_id=self.alice.pk).exists())
        self.assertFalse(TimelineEvent.objects.filter(application_id=app.pk).exists())
        self.assertTrue(User.objects.filter(username="bob").exists())

    def test_it_gives_a_profile_to_an_account_made_elsewhere(self) -> None:
        user = User.objects.create_user("dave", password="x")
        accounts.create_profile(user, name="Dave", now=NOW)
        with self.assertRaises(ValidationError):
            accounts.create_profile(user, name="Dave", now=NOW)
