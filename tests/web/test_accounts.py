from __future__ import annotations

from django.contrib.auth.models import User
from django.core import mail
from django.core.cache import cache
from django.test import Client, TestCase, override_settings

FIRST_RUN = {
    "username": "alice",
    "password": "une phrase de passe solide",
    "password_again": "une phrase de passe solide",
    "name": "Alice Martin",
    "email": "alice@example.org",
    "signature": "",
    "language": "fr",
    "country": "FR",
    "subdivision": "",
    "timezone": "Europe/Paris",
    "phone": "",
}


class FirstRunTestCase(TestCase):
    def test_it_creates_the_account_and_profile_then_signs_in(self) -> None:
        r = self.client.post("/welcome/", FIRST_RUN)
        self.assertRedirects(r, "/applications/new/", fetch_redirect_response=False)
        user = User.objects.get(username="alice")
        self.assertTrue(user.password.startswith("argon2"))
        self.assertEqual(user.profile.name, "Alice Martin")
        self.assertEqual(self.client.get("/today/").status_code, 200)

    def test_it_refuses_a_weak_password(self) -> None:
        r = self.client.post("/welcome/", {**FIRST_RUN, "password": "123", "password_again": "123"})
        self.assertEqual(r.status_code, 200)
        self.assertFalse(User.objects.exists())

    def test_it_closes_once_an_account_exists(self) -> None:
        User.objects.create_user("bob", password="x")
        self.assertRedirects(self.client.get("/welcome/"), "/login/", fetch_redirect_response=False)


@override_settings(LOGIN_THROTTLE_ATTEMPTS=3)
class LoginTestCase(TestCase):
    def setUp(self) -> None:
        cache.clear()
        self.client.post("/welcome/", FIRST_RUN)
        self.client = Client()

    def test_it_signs_in_and_out(self) -> None:
        r = self.client.post("/login/", {"username": "alice", "password": FIRST_RUN["password"]})
        self.assertRedirects(r, "/today/", fetch_redirect_response=False)
        self.client.post("/logout/")
        self.assertRedirects(
            self.client.get("/today/"), "/login/?next=/today/", fetch_redirect_response=False
        )

    def test_it_throttles_failed_sign_ins(self) -> None:
        for _ in range(3):
            self.client.post("/login/", {"username": "alice", "password": "wrong"})
        r = self.client.post("/login/", {"username": "alice", "password": FIRST_RUN["password"]})
        self.assertContains(r, "Trop de connexions échouées")
        self.assertNotIn("_auth_user_id", self.client.session)

    @override_settings(CLIENT_IP_HEADER="HTTP_X_REAL_IP")
    def test_it_throttles_by_the_client_address_a_proxy_gives(self) -> None:
        for n in range(3):
            self.client.post(
                "/login/", {"username": f"nobody{n}", "password": "x"}, HTTP_X_REAL_IP="203.0.113.7"
            )
        # Another client behind the same proxy still signs in.
        r = self.client.post(
            "/login/",
            {"username": "alice", "password": FIRST_RUN["password"]},
            HTTP_X_REAL_IP="198.51.100.2",
        )
        self.assertRedirects(r, "/today/", fetch_redirect_response=False)

    def test_it_has_no_password_reset_without_a_mail_server(self) -> None:
        self.assertEqual(self.client.get("/password-reset/").status_code, 404)
        self.assertNotContains(self.client.get("/login/"), "/password-reset/")

    @override_settings(
        EMAIL_HOST="mail.example.org", EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
    )
    def test_it_sends_a_password_reset_link_when_mail_is_configured(self) -> None:
        self.assertContains(self.client.get("/login/"), "/password-reset/")
        r = self.client.post("/password-reset/", {"email": "alice@example.org"})
        self.assertRedirects(r, "/password-reset/sent/", fetch_redirect_response=False)
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("/password-reset/", mail.outbox[0].body)
