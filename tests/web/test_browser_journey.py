"""The whole cycle in a browser: first run to a recorded reply, phone and desktop, fr and en."""

from __future__ import annotations

import re

import pytest

from relance.tracker.models import Application, FollowUp, Interview
from tests.fixtures.browser import DESKTOP, PHONE, BrowserTestCase

WORDS = {
    "fr": {
        "create": "Créer mon compte",
        "add": "Ajouter",
        "debrief": "Compte rendu",
        "saved": "Enregistré à",
        "today": "Aujourd'hui",
        "write": "Rédiger",
        "sent": "Je l'ai envoyé",
        "reply": "Noter une réponse",
        "record": "Noter la réponse",
        "postponed": "Décision reportée",
        "done": "Terminé",
    },
    "en": {
        "create": "Create my account",
        "add": "Add",
        "debrief": "Debrief",
        "saved": "Saved at",
        "today": "Today",
        "write": "Write",
        "sent": "I sent it",
        "reply": "Record a reply",
        "record": "Record the reply",
        "postponed": "Decision postponed",
        "done": "Done",
    },
}


@pytest.mark.browser
class JourneyTestCase(BrowserTestCase):
    def journey(self, viewport: dict[str, int], lang: str) -> None:
        w = WORDS[lang]
        tag = f"{lang}-{viewport['width']}"
        with self.page(viewport, lang) as page:
            page.goto(self.url("/"))
            self.assertTrue(page.url.endswith("/welcome/"))
            self.check_page(page, f"{tag}-01-first-run")
            page.fill("#id_name", "Alice Martin")
            page.fill("#id_email", "alice@example.org")
            page.fill("#id_password", "une phrase de passe solide")
            page.get_by_role("button", name=w["create"]).click()
            page.wait_for_url(re.compile(r"/applications/new/$"))
            self.check_page(page, f"{tag}-02-add")

            page.fill("#id_company", "Brasserie Lipp")
            page.fill("#id_position", "chef de rang")
            page.fill("#id_interview_date", "2026-03-09")
            page.fill("#id_interview_time", "14:30")
            page.fill("#id_contact_name", "Claire Durand")
            page.fill("#id_contact_email", "claire.durand@example.com")
            page.get_by_role("button", name=w["add"], exact=True).click()
            page.wait_for_url(re.compile(r"/applications/\d+/$"))
            self.check_page(page, f"{tag}-03-application")

            page.get_by_role("link", name=w["debrief"], exact=True).click()
            page.wait_for_url(re.compile(r"/debrief/$"))
            for box in page.locator("input[name$='_missing']").all():
                box.check()
            page.fill("#id_strong_points", "Mon expérience au Procope")
            page.fill("#id_recruiter_needs", "Quelqu'un de fiable le week-end")
            page.fill("#id_role_understood", "Chef de rang en salle")
            page.fill("#id_expectations", "Encadrer deux commis")
            page.fill("#id_motivation", "La maison et son équipe")
            page.wait_for_selector(f"#save-status:has-text('{w['saved']}')")
            # The last field's save may still be on its way on a busy machine: wait for it.
            page.wait_for_function(
                "() => !document.querySelector('.htmx-request') && "
                "!localStorage.getItem(document.getElementById('debrief-form')"
                ".getAttribute('data-storage-key'))"
            )
            self.check_page(page, f"{tag}-04-debrief")
            interview = Interview.objects.get()
            self.assertEqual(interview.strong_points, "Mon expérience au Procope")

            page.goto(self.url("/today/"))
            self.check_page(page, f"{tag}-05-today")
            page.get_by_role("link", name=w["write"]).first.click()
            page.wait_for_url(re.compile(r"/followups/\d+/$"))
            page.wait_for_selector("#tone-findings")
            self.check_page(page, f"{tag}-06-editor")
            page.get_by_role("button", name=w["sent"]).click()
            page.wait_for_url(re.compile(r"/applications/\d+/$"))
            self.assertEqual(FollowUp.objects.get(kind="catchup").state, "done")

            page.get_by_role("link", name=w["reply"]).first.click()
            page.wait_for_url(re.compile(r"/reply/$"))
            page.get_by_label(w["postponed"]).check()
            page.fill("#id_new_date", "2026-03-20")
            self.check_page(page, f"{tag}-07-reply")
            page.get_by_role("button", name=w["record"]).click()
            page.wait_for_url(re.compile(r"/applications/\d+/$"))
            self.check_page(page, f"{tag}-08-after-reply")
            app = Application.objects.get()
            self.assertEqual(app.status, "waiting")
            self.assertEqual(str(app.replies.get().new_date), "2026-03-20")

            for path, name in (("/applications/", "09-list"), ("/settings/", "10-settings")):
                page.goto(self.url(path))
                self.check_page(page, f"{tag}-{name}")

    def test_it_runs_the_journey_on_a_phone_in_french(self) -> None:
        self.journey(PHONE, "fr")

    def test_it_runs_the_journey_on_a_desktop_in_english(self) -> None:
        self.journey(DESKTOP, "en")

    def test_it_runs_the_journey_on_a_phone_in_english(self) -> None:
        self.journey(PHONE, "en")

    def test_it_runs_the_journey_on_a_desktop_in_french(self) -> None:
        self.journey(DESKTOP, "fr")
