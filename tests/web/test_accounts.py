from __future__ import annotations

from django.contrib.auth.models import User
from django.core import mail
from django.core.cache import cache
from django.test import Client, TestCase, override_settings

FIRST_RUN = {
    "name": "Alice Martin",
    "email": "Alice@example.org",
    "password": "une phrase de passe solide",
    "timezone": "Europe/Paris",
    "language": "fr",
}
ALICE = "alice@example.org"


class FirstRunTestCase(TestCase):
    def test_it_creates_the_account_and_profile_then_signs_in(self) -> None:
        r = self.client.post("/welcome/", FIRST_RUN)
        self.assertRedirects(r, "/applications/new/", fetch_redirect_response=False)
        user = User.objects.get(username=ALICE)
        self.assertTrue(user.password.startswith("argon2"))
        self.assertEqual(user.profile.name, "Alice Martin")
        self.assertEqual(self.client.get("/today/").status_code, 200)

    def test_it_refuses_a_weak_password(self) -> None:
        r = self.client.post("/welcome/", {**FIRST_RUN, "password": "123"})
        self.assertEqual(r.status_code, 200)
        self.assertTrue(r.context["form"].errors["password"])  # on the field, not at the top
        self.assertFalse(User.objects.exists())

    def test_it_shows_the_password_rules_before_any_failure(self) -> None:
        self.assertContains(self.client.get("/welcome/"), "8")  # the minimum length, said up front

    def test_it_guesses_the_place_of_work_from_the_browsers_zone(self) -> None:
        self.client.post("/welcome/", {**FIRST_RUN, "timezone": "Indian/Reunion"})
        profile = User.objects.get(username=ALICE).profile
        self.assertEqual(
            (profile.country, profile.subdivision, profile.timezone),
            ("FR", "974", "Indian/Reunion"),
        )

    def test_it_speaks_the_browsers_language_on_first_run(self) -> None:
        r = self.client.get("/welcome/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
        self.assertContains(r, 'name="language" value="en"')
        self.client.post("/welcome/", {**FIRST_RUN, "language": "en"})
        self.assertEqual(User.objects.get(username=ALICE).profile.language, "en")

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
        r = self.client.post(
            "/login/", {"username": "Alice@example.org", "password": FIRST_RUN["password"]}
        )
        self.assertRedirects(r, "/today/", fetch_redirect_response=False)
        self.client.post("/logout/")
        self.assertRedirects(
            self.client.get("/today/"), "/login/?next=/today/", fetch_redirect_response=False
        )

    def test_it_throttles_failed_sign_ins(self) -> None:
        for _ in range(3):
            self.client.post("/login/", {"username": ALICE, "password": "wrong"})
        r = self.client.post(
            "/login/", {"username": "Alice@example.org", "password": FIRST_RUN["password"]}
        )
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
            {"username": "Alice@example.org", "password": FIRST_RUN["password"]},
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

    @override_settings(
        EMAIL_HOST="mail.example.org", EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
    )
    def test_it_writes_the_password_reset_mail_in_french_and_in_english(self) -> None:
        texts = {
            "fr": ("Votre mot de passe Relance", "Choisissez un nouveau mot de passe"),
            "en": ("Your Relance password", "Choose a new password here:"),
        }
        for lang, (subject, body) in texts.items():
            with self.subTest(lang=lang):
                mail.outbox.clear()
                Client().post(
                    "/password-reset/", {"email": "alice@example.org"}, HTTP_ACCEPT_LANGUAGE=lang
                )
                self.assertEqual(mail.outbox[0].subject, subject)
                self.assertIn(body, mail.outbox[0].body)
