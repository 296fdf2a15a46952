"""Keyboard-only use of the debrief and the editor; the debrief survives a lost connection."""

from __future__ import annotations

from typing import Any

import pytest

from relance.tracker.models import Interview
from tests.fixtures.browser import DESKTOP, PASSWORD, PHONE, BrowserTestCase


@pytest.mark.browser
class KeyboardTestCase(BrowserTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.interview = self.make_interviewed(self.make_account())
        self.followup = self.interview.application.followups.get(kind="catchup")

    def sign_in_by_keyboard(self, page: Any) -> None:
        page.goto(self.url("/login/"))
        self.tab_to(page, "id_username")
        page.keyboard.type("alice")
        page.keyboard.press("Tab")
        page.keyboard.type(PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url(self.url("/today/"))

    def tab_to(self, page: Any, element_id: str, limit: int = 60) -> None:
        for _ in range(limit):
            if (
                page.evaluate("() => document.activeElement && document.activeElement.id")
                == element_id
            ):
                return
            page.keyboard.press("Tab")
        self.fail(f"could not reach #{element_id} with Tab")

    def test_it_fills_the_debrief_with_the_keyboard_only(self) -> None:
        with self.page(PHONE, "fr") as page:
            self.sign_in_by_keyboard(page)
            page.goto(self.url(f"/interviews/{self.interview.pk}/debrief/"))
            self.tab_to(page, "id_decision_date_missing")
            page.keyboard.press("Space")
            self.tab_to(page, "id_process")
            page.keyboard.type("Un second entretien la semaine prochaine")
            self.tab_to(page, "id_preferred_channel_0")
            page.keyboard.press("Space")
            self.tab_to(page, "id_strong_points")
            page.keyboard.type("Mon expérience au Procope")
            page.wait_for_selector("#save-status:has-text('Enregistré à')")
            self.wait_until_debrief_saved(page)  # not a guessed pause: the last note too
            page.screenshot(path=str(self.artifact("keyboard-debrief")), full_page=True)
        interview = Interview.objects.get(pk=self.interview.pk)
        self.assertEqual(interview.process, "Un second entretien la semaine prochaine")
        self.assertEqual(interview.preferred_channel, "email")
        self.assertEqual(interview.strong_points, "Mon expérience au Procope")
        self.assertTrue(interview.agreement_obtained)

    def test_it_marks_the_field_an_autosave_refused(self) -> None:
        with self.page(PHONE, "fr") as page:
            self.sign_in_by_keyboard(page)
            page.goto(self.url(f"/interviews/{self.interview.pk}/debrief/"))
            page.fill("#id_decision_date", "2026-01-05")
            page.wait_for_selector("#id_decision_date_live .errorlist")
            field = page.locator("#id_decision_date")
            self.assertEqual(field.get_attribute("aria-invalid"), "true")
            self.assertIn("id_decision_date_live_error", field.get_attribute("aria-describedby"))
            self.assertIn("ne peut pas précéder", page.inner_text("#id_decision_date_live"))
            self.check_page(page, "fr-360-debrief-field-error")
            page.fill("#id_decision_date", "2026-03-20")
            page.wait_for_selector("#save-status:has-text('Enregistré à')")
            page.wait_for_selector("#id_decision_date_live .errorlist", state="detached")
            self.assertIsNone(field.get_attribute("aria-invalid"))

    def test_it_restores_the_debrief_typed_while_offline(self) -> None:
        with self.page(PHONE, "fr", offline_ok=True) as page:
            self.sign_in_by_keyboard(page)
            url = self.url(f"/interviews/{self.interview.pk}/debrief/")
            page.goto(url)
            page.route("**/debrief/save/", lambda route: route.abort())
            page.fill("#id_motivation", "La maison et son équipe")
            page.wait_for_selector("#save-status:has-text('Pas encore enregistré')")
            self.assertEqual(Interview.objects.get(pk=self.interview.pk).motivation, "")
            page.unroute("**/debrief/save/")
            page.reload()
            self.assertEqual(page.input_value("#id_motivation"), "La maison et son équipe")
            page.wait_for_selector("#restore-note:visible")
            page.wait_for_selector("#save-status:has-text('Enregistré à')")
            self.check_page(page, "fr-360-debrief-restored")
        self.assertEqual(
            Interview.objects.get(pk=self.interview.pk).motivation, "La maison et son équipe"
        )

    def test_it_keeps_a_debrief_finished_offline_and_sends_it_when_back_online(self) -> None:
        with self.page(PHONE, "fr", offline_ok=True) as page:
            self.sign_in_by_keyboard(page)
            page.goto(self.url(f"/interviews/{self.interview.pk}/debrief/"))
            # The service worker controls the page, as on an installed phone app.
            page.wait_for_function("() => navigator.serviceWorker.controller !== null")
            page.context.set_offline(True)
            page.fill("#id_strong_points", "Mon expérience au Procope")
            page.fill("#id_motivation", "La maison et son équipe")
            page.get_by_role("button", name="Terminé").click()
            page.wait_for_selector("#save-status:has-text('Pas encore enregistré')")
            self.assertIn("/debrief/", page.url)  # still on the page, nothing lost
            self.check_page(page, "fr-360-debrief-offline")
            self.assertEqual(Interview.objects.get(pk=self.interview.pk).motivation, "")
            page.context.set_offline(False)
            page.wait_for_url(self.url(f"/applications/{self.interview.application_id}/"))
            page.wait_for_selector(".message.success")
        interview = Interview.objects.get(pk=self.interview.pk)
        self.assertEqual(interview.strong_points, "Mon expérience au Procope")
        self.assertEqual(interview.motivation, "La maison et son équipe")

    def test_it_applies_a_calmer_wording_with_the_keyboard_only(self) -> None:
        with self.page(DESKTOP, "fr") as page:
            self.sign_in_by_keyboard(page)
            page.goto(self.url(f"/followups/{self.followup.pk}/"))
            self.tab_to(page, "id_body")
            page.keyboard.press("Control+End")
            page.keyboard.type("\nMerci de me répondre rapidement.")
            page.wait_for_selector("#tone-backdrop mark")
            page.wait_for_selector(".apply-suggestion")
            self.check_page(page, "fr-1280-editor-findings")
            self.tab_to(
                page,
                page.eval_on_selector(
                    ".apply-suggestion", "b => b.id || (b.id = 'first-suggestion')"
                ),
            )
            page.keyboard.press("Enter")
            body = page.input_value("#id_body")
            self.assertNotIn("répondre rapidement", body)
            self.assertIn("où en est votre réflexion", body)
            self.assertEqual(page.evaluate("() => document.activeElement.id"), "id_body")

    def test_it_applies_the_suggestion_to_a_draft_saved_with_crlf_line_ends(self) -> None:
        with self.page(PHONE, "fr") as page:
            self.sign_in_by_keyboard(page)
            page.goto(self.url(f"/followups/{self.followup.pk}/"))
            page.fill("#id_body", "Bonjour Madame Durand,\n\nJ'attends votre réponse au plus vite.")
            page.get_by_role("button", name="Enregistrer le brouillon").click()
            page.wait_for_selector(".message.success")
            self.followup.refresh_from_db()
            self.assertIn("\r\n", self.followup.body)  # what a form sends
            page.goto(self.url(f"/followups/{self.followup.pk}/"))
            page.locator(".finding.blocking .apply-suggestion").first.click()
            self.assertEqual(
                page.input_value("#id_body"),
                "Bonjour Madame Durand,\n\nPourriez-vous me dire où en est votre réflexion ?",
            )
