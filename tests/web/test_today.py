from __future__ import annotations

from django.contrib.auth.models import User

from relance.tracker.services.replies import record_reply
from tests.fixtures.clock import NOW
from tests.web.base import WebTestCase


class TodayTestCase(WebTestCase):
    def test_it_shows_the_catchup_due_now_with_why_and_one_action(self) -> None:
        app, _ = self.interviewed()
        r = self.client.get("/today/")
        self.assertContains(r, "Brasserie Lipp")
        self.assertContains(r, "E-mail de rattrapage")
        self.assertContains(r, "Pourquoi cette date")
        followup = self.pending(app, "catchup")
        self.assertContains(r, f"/followups/{followup.pk}/")

    def test_it_shows_one_next_action_per_application(self) -> None:
        app, _ = self.interviewed()
        later = self.pending(app, "followup_email")
        r = self.client.get(f"/applications/{app.pk}/")
        self.assertContains(r, f'/followups/{self.pending(app, "catchup").pk}/"')
        self.assertContains(
            r, "Plus tard, seulement si le recruteur n&#x27;a pas répondu d&#x27;ici"
        )
        self.assertNotContains(r, f'class="button primary" href="/followups/{later.pk}/"')

    def test_it_puts_a_reply_to_confirm_first(self) -> None:
        from relance.mailbox.models import IncomingMessage
        from tests.fixtures.mailbox import connect_mailbox

        app, _ = self.interviewed()
        mailbox = connect_mailbox(self.alice, address="alice@example.org")
        IncomingMessage.objects.create(
            mailbox=mailbox, application=app, kind="possible_reply", folder="INBOX", uid=1,
            received_at=NOW, created_at=NOW,
        )  # fmt: skip
        from relance.tracker.services.planning import refresh_plan

        refresh_plan(app, NOW)
        r = self.client.get("/today/").content.decode()
        self.assertIn("Le recruteur a peut-être répondu", r)
        self.assertNotIn("E-mail de rattrapage", r)  # held until the reply is settled
        self.assertIn("/mailbox/replies/", r)

    def test_it_shows_the_optional_feedback_request_after_a_refusal(self) -> None:
        app, _ = self.interviewed()
        record_reply(app, at=NOW, channel="email", outcome="rejection", now=NOW)
        r = self.client.get("/today/")
        self.assertContains(r, "Demande de retour")
        self.assertContains(r, "facultatif")
        self.assertContains(r, "vous a répondu par la négative")
        self.assertContains(r, f"/followups/{self.pending(app, 'feedback_request').pk}/")
        self.assertNotContains(r, "E-mail de rattrapage")
        # Closed as not retained: it waits on nobody.
        self.assertNotContains(r, f"/applications/{app.pk}/reply/")

    def test_it_lists_an_application_without_interview_as_waiting(self) -> None:
        app = self.make_application(company="Le Procope")
        r = self.client.get("/today/")
        self.assertContains(r, "Le Procope")
        self.assertContains(r, f"/applications/{app.pk}/reply/")

    def test_it_redirects_the_root_to_today_when_signed_in(self) -> None:
        r = self.client.get("/")
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, "Aujourd")

    def test_it_sends_anonymous_users_to_sign_in(self) -> None:
        self.client.logout()
        r = self.client.get("/")
        self.assertRedirects(r, "/login/", fetch_redirect_response=False)

    def test_it_sends_a_fresh_install_to_the_first_run_page(self) -> None:
        self.client.logout()
        User.objects.all().delete()
        r = self.client.get("/")
        self.assertRedirects(r, "/welcome/", fetch_redirect_response=False)

    def test_it_uses_a_fixed_number_of_queries(self) -> None:
        for _n in range(12):
            _app, _ = self.interviewed()
        self.client.get("/today/")  # warm the caches (content types, holidays)
        with self.assertNumQueries(11):
            r = self.client.get("/today/")
        self.assertEqual(r.status_code, 200)

    def test_it_speaks_english_to_an_english_profile(self) -> None:
        self.client.force_login(self.bob)
        session = self.client.session
        session["relance_language"] = "en"
        session.save()
        r = self.client.get("/today/")
        self.assertContains(r, "To do now")
