"""Sign-in and password reset throttles count what the account matching counts as one."""

from __future__ import annotations

from django.core import mail
from django.core.cache import cache
from django.test import Client, TestCase, override_settings

from tests.web.test_accounts import FIRST_RUN


@override_settings(LOGIN_THROTTLE_ATTEMPTS=3)
class LoginThrottleTestCase(TestCase):
    def setUp(self) -> None:
        cache.clear()
        self.client.post("/welcome/", FIRST_RUN)
        self.client = Client()

    def test_it_counts_a_full_width_spelling_as_the_same_user(self) -> None:
        for n in range(3):
            # A different client address each time: only the user name key can trip.
            self.client.post(
                "/login/",
                {"username": "ａlice@example.org", "password": "wrong"},
                REMOTE_ADDR=f"10.0.0.{n}",
            )
        r = self.client.post(
            "/login/",
            {"username": "alice@example.org", "password": FIRST_RUN["password"]},
            REMOTE_ADDR="10.0.0.9",
        )
        self.assertContains(r, "Trop de connexions échouées")
        self.assertNotIn("_auth_user_id", self.client.session)


@override_settings(
    EMAIL_HOST="mail.example.org",
    EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    PASSWORD_RESET_THROTTLE_ATTEMPTS=2,
)
class PasswordResetThrottleTestCase(TestCase):
    def setUp(self) -> None:
        cache.clear()
        self.client.post("/welcome/", FIRST_RUN)
        self.client = Client()

    def test_it_throttles_password_reset_requests(self) -> None:
        for _ in range(2):
            self.client.post("/password-reset/", {"email": "alice@example.org"})
        r = self.client.post("/password-reset/", {"email": "ALICE@example.org"})
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, "Trop de demandes")
        self.assertEqual(len(mail.outbox), 2)
