from __future__ import annotations

import html
import re

from relance.tracker.models import FollowUp
from relance.tracker.services.replies import record_reply
from tests.fixtures.clock import NOW
from tests.web.base import WebTestCase


class EditorTestCase(WebTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, self.interview = self.interviewed()
        self.followup = self.pending(self.app, "catchup")
        self.url = f"/followups/{self.followup.pk}/"

    def test_it_opens_the_generated_draft(self) -> None:
        r = self.client.get(self.url)
        self.assertContains(r, "chef de rang")
        self.assertContains(r, 'id="tone-backdrop"')
        self.assertContains(r, "mailto:claire.durand@example.com")

    def test_it_lists_the_notes_left_out_of_the_draft(self) -> None:
        self.interview.strong_points = "2 ans en brasserie\nj'ai bafouillé sur l'anglais"
        self.interview.notes = "salaire 1900 brut"
        self.interview.save()
        r = self.client.get(self.url)
        self.assertContains(r, "2 notes laissées de côté")
        self.assertContains(r, "un doute sur votre propre entretien")
        self.assertNotContains(r, "1900 brut</textarea>")
        self.assertNotIn("bafouill", r.context["form"].initial["body"])

    def test_it_shows_the_notes_of_a_place_to_fill_in(self) -> None:
        self.interview.role_understood = "base frais/surgelés -25"
        self.interview.save()
        r = self.client.get(self.url)
        self.assertContains(r, "<h3>Le poste tel que vous l&#x27;avez compris</h3>")
        self.assertContains(r, "<li>base frais/surgelés -25</li>", html=True)

    def test_it_writes_the_job_title_for_the_candidate(self) -> None:
        self.app.position = "Facteur / Factrice"
        self.app.save()
        self.profile.gender = "f"
        self.profile.save()
        r = self.client.get(self.url)
        self.assertIn("factrice", r.context["form"].initial["body"])

    def test_it_names_the_client_and_the_agency_as_intermediary(self) -> None:
        self.app.company, self.app.agency_client = "Synergie", "Intermarché"
        self.app.save()
        initial = self.client.get(self.url).context["form"].initial
        self.assertIn("chez Intermarché", initial["body"])
        self.assertIn("chez Intermarché, proposé par Synergie", initial["subject"])
        self.assertNotIn("équipe de Synergie", initial["body"])

    def test_it_opens_the_generated_feedback_request(self) -> None:
        record_reply(self.app, at=NOW, channel="email", outcome="rejection", now=NOW)
        feedback = self.pending(self.app, "feedback_request")
        r = self.client.get(f"/followups/{feedback.pk}/")
        self.assertContains(r, "Demande de retour")
        self.assertContains(r, "ce qui aurait pu renforcer ma candidature")
        self.assertContains(r, "Le ton est calme")

    def test_it_checks_the_tone_and_marks_findings_in_place(self) -> None:
        body = (
            "Bonjour,\nJ'attends votre réponse IMMÉDIATEMENT, sinon je relance tous les jours !\n"
        )
        r = self.client.post(
            f"{self.url}tone/", {"subject": "x", "body": body}, HTTP_HX_REQUEST="true"
        )
        self.assertContains(r, "<mark", status_code=200)
        self.assertContains(r, 'hx-swap-oob="true"')
        self.assertContains(r, "finding-1")

    def suggestion_button(self, body: str) -> tuple[int, int, str]:
        r = self.client.post(f"{self.url}tone/", {"body": body}, HTTP_HX_REQUEST="true")
        found = re.search(
            r'class="apply-suggestion" data-start="(\d+)" data-end="(\d+)" data-excerpt="([^"]*)"',
            r.content.decode(),
        )
        assert found is not None, r.content.decode()
        return int(found[1]), int(found[2]), html.unescape(found[3])

    def test_it_offers_to_replace_the_whole_sentence_with_a_sentence(self) -> None:
        body = "Bonjour Madame Durand,\n\nJ'attends votre réponse au plus vite.\n\nAlice"
        start, end, excerpt = self.suggestion_button(body)
        self.assertEqual(excerpt, "J'attends votre réponse au plus vite.")
        self.assertEqual(body[start:end], excerpt)

    def test_it_counts_offsets_as_the_textarea_does_with_crlf_line_ends(self) -> None:
        body = "Bonjour Madame Durand,\r\n\r\nJ'attends votre réponse au plus vite.\r\n"
        start, end, excerpt = self.suggestion_button(body)
        self.assertEqual(body.replace("\r\n", "\n")[start:end], excerpt)

    def test_it_flags_private_content_typed_into_the_email(self) -> None:
        body = "Bonjour Madame Durand,\n\nElle m'a confié qu'ils ont beaucoup de turnover.\n\nAlice"
        r = self.client.post(f"{self.url}tone/", {"body": body}, HTTP_HX_REQUEST="true")
        page = html.unescape(r.content.decode())
        self.assertIn("C'est d'ordre privé : un recruteur n'a pas à le lire.", page)
        self.assertIn("Ce que le recruteur vous a confié", page)
        self.assertIn("<mark", page)

    def test_it_says_a_calm_text_is_calm(self) -> None:
        r = self.client.post(f"{self.url}tone/", {"body": ""})
        self.assertContains(r, "Le ton est calme")

    def test_it_saves_the_draft(self) -> None:
        self.client.post(f"{self.url}save/", {"subject": "Entretien", "body": "Bonjour"})
        self.followup.refresh_from_db()
        self.assertEqual((self.followup.state, self.followup.body), ("drafted", "Bonjour"))

    def test_it_approves_inside_the_window(self) -> None:
        r = self.client.post(
            f"{self.url}approve/", {"subject": "Merci", "body": "Bonjour Madame,\nMerci."}
        )
        self.assertRedirects(r, self.url, fetch_redirect_response=False)
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "approved")

    def test_it_says_when_an_approved_message_goes_in_words(self) -> None:
        r = self.client.post(
            f"{self.url}approve/",
            {"subject": "Merci", "body": "Bonjour Madame,\nMerci."},
            follow=True,
        )
        shown = re.findall(r'class="message success"[^>]*>(.*?)<', r.content.decode(), re.S)
        self.assertRegex(
            " ".join(shown), r"(lundi|mardi|mercredi|jeudi|vendredi) \d+ mars, \d\d:\d\d"
        )

    def test_it_shows_a_refusal_as_a_message_not_an_error_page(self) -> None:
        r = self.client.post(
            f"{self.url}approve/",
            {"subject": "Merci", "body": "Bonjour", "scheduled_for": "2026-03-08T10:00"},
            follow=True,
        )
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, 'class="message error"')
        self.followup.refresh_from_db()
        self.assertNotEqual(self.followup.state, "approved")

    def refusal_shown(self, scheduled_for: str) -> str:
        r = self.client.post(
            f"{self.url}approve/",
            {"subject": "Merci", "body": "Bonjour", "scheduled_for": scheduled_for},
            follow=True,
        )
        shown = re.findall(r'class="message error"[^>]*>(.*?)<', r.content.decode(), re.S)
        self.assertTrue(shown, "no refusal shown")
        return html.unescape(" ".join(shown))

    def test_it_says_the_dates_of_a_refusal_in_french(self) -> None:
        text = self.refusal_shown("2026-03-14T10:00")
        self.assertNotRegex(text, r"\d{4}-\d{2}-\d{2}")
        self.assertIn("le jeudi 12 mars", text)

    def test_it_says_the_dates_of_a_refusal_in_english(self) -> None:
        session = self.client.session
        session["relance_language"] = "en"
        session.save()
        text = self.refusal_shown("2026-03-14T10:00")
        self.assertNotRegex(text, r"\d{4}-\d{2}-\d{2}")
        self.assertIn("Thursday 12 March", text)

    def test_it_refuses_to_approve_a_placeholder(self) -> None:
        r = self.client.post(
            f"{self.url}approve/",
            {"subject": "S", "body": "Bonjour [À COMPLÉTER : vos points forts]"},
            follow=True,
        )
        self.assertContains(r, "avant de valider")

    def test_it_marks_as_sent(self) -> None:
        r = self.client.post(f"{self.url}sent/", {"subject": "Merci", "body": "Bonjour Madame"})
        self.assertRedirects(r, f"/applications/{self.app.pk}/", fetch_redirect_response=False)
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "done")

    def test_it_downloads_an_eml(self) -> None:
        r = self.client.post(f"{self.url}message.eml", {"subject": "Merci", "body": "Bonjour"})
        self.assertEqual(r["Content-Type"], "message/rfc822")
        self.assertIn(b"X-Unsent: 1", r.content)
        self.assertIn(b"claire.durand@example.com", r.content)

    def test_it_sends_a_call_to_call_mode(self) -> None:
        call = FollowUp.objects.create(
            application=self.app,
            kind="followup_call",
            channel="phone",
            earliest_at=self.followup.earliest_at,
            latest_at=self.followup.latest_at,
        )
        r = self.client.get(f"/followups/{call.pk}/")
        self.assertRedirects(r, f"/followups/{call.pk}/call/", fetch_redirect_response=False)

    def test_it_marks_a_wrong_sending_time_next_to_its_field(self) -> None:
        r = self.client.post(
            f"{self.url}approve/", {"subject": "x", "body": "Bonjour", "scheduled_for": "bientôt"}
        )
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_scheduled_for", "heure d&#x27;envoi valides")
