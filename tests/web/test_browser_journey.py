"""The whole cycle in a browser: first run, quick add, debrief, the catch-up with an impatient
sentence fixed by the tone guard's suggestion, approval, a recorded reply, the data export;
phone and desktop, fr and en."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

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
        "impatient": "J'attends votre réponse au plus vite.",
        "replace": "Remplacer par",
        "myself": "Valider : je l'envoie moi-même",
        "export": "Tout exporter (.json)",
        "company": "Brasserie Lipp",
        "position": "chef de rang",
        "notes": (
            "Mon expérience au Procope",
            "Quelqu'un de fiable le week-end",
            "Le service en salle et l'accueil des clients",
            "Encadrer deux commis",
            "La maison et son équipe",
        ),
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
        "impatient": "I need an answer ASAP.",
        "replace": "Use",
        "myself": "Approve: I send it myself",
        "export": "Export everything (.json)",
        "company": "The Ivy",
        "position": "head waiter",
        "notes": (
            "My years at the Savoy",
            "Someone reliable at weekends",
            "Service on the floor and the welcome of guests",
            "Lead two commis",
            "The house and its team",
        ),
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

            page.fill("#id_company", w["company"])
            page.fill("#id_position", w["position"])
            page.fill("#id_interview_date", "2026-03-09")
            page.fill("#id_interview_time", "14:30")
            page.select_option("#id_contact_civility", "madame")
            page.fill("#id_contact_name", "Claire Durand")
            page.fill("#id_contact_email", "claire.durand@example.com")
            page.get_by_role("button", name=w["add"], exact=True).click()
            page.wait_for_url(re.compile(r"/applications/\d+/$"))
            self.check_page(page, f"{tag}-03-application")

            page.get_by_role("link", name=w["debrief"], exact=True).click()
            page.wait_for_url(re.compile(r"/debrief/$"))
            for box in page.locator("input[name$='_missing']").all():
                box.check()
            notes = ("strong_points", "recruiter_needs", "role_understood", "expectations")
            for field, text in zip((*notes, "motivation"), w["notes"], strict=True):
                page.fill(f"#id_{field}", text)
            page.wait_for_selector(f"#save-status:has-text('{w['saved']}')")
            self.wait_until_debrief_saved(page)
            self.check_page(page, f"{tag}-04-debrief")
            interview = Interview.objects.get()
            self.assertEqual(interview.strong_points, w["notes"][0])
            self.assertFalse(interview.agreement_obtained)

            page.goto(self.url("/today/"))
            self.check_page(page, f"{tag}-05-today")
            page.get_by_role("link", name=w["write"]).first.click()
            page.wait_for_url(re.compile(r"/followups/\d+/$"))
            page.wait_for_selector("#tone-findings")
            self.check_page(page, f"{tag}-06-editor")
            self.calm_then_approve(page, w, tag)
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

            for path, name in (
                ("/applications/", "09-list"),
                ("/settings/", "10-settings"),
                ("/settings/data/", "11-settings-data"),
            ):
                page.goto(self.url(path))
                self.check_page(page, f"{tag}-{name}")
            with page.expect_download() as download:
                page.get_by_role("button", name=w["export"]).click()
            exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
            self.assertIn(w["company"], json.dumps(exported, ensure_ascii=False))

    def calm_then_approve(self, page: Any, w: dict[str, Any], tag: str) -> None:
        """The candidate adds an impatient sentence; the guard flags it; its suggestion
        replaces the whole sentence; the guard is satisfied; approval goes through."""
        body = page.locator("#id_body")
        body.press("Control+End")
        body.press_sequentially("\n" + w["impatient"])
        page.wait_for_selector("#tone-blocks")
        suggestion = page.locator(".finding.blocking .apply-suggestion").first
        wording = suggestion.get_attribute("data-suggestion")
        self.assertTrue(suggestion.inner_text().startswith(w["replace"]))
        self.check_page(page, f"{tag}-06b-impatient")
        suggestion.click()
        text = page.input_value("#id_body")
        self.assertNotIn(w["impatient"], text)
        self.assertIn("\n" + wording, text)
        self.assertNotRegex(text, r"[.?!] ?[.?!]|\s[.?!]\.")  # no "?." left behind
        page.wait_for_selector("#tone-blocks", state="detached")
        self.check_page(page, f"{tag}-06c-calmed")
        page.get_by_role("button", name=w["myself"]).click()
        page.wait_for_selector(".message.success")
        followup = FollowUp.objects.get(kind="catchup")
        self.assertEqual(followup.state, "approved")
        self.assertIn(wording, followup.body.replace("\r\n", "\n"))
        self.assertNotIn(w["impatient"], followup.body)

    def test_it_runs_the_journey_on_a_phone_in_french(self) -> None:
        self.journey(PHONE, "fr")

    def test_it_runs_the_journey_on_a_desktop_in_english(self) -> None:
        self.journey(DESKTOP, "en")

    def test_it_runs_the_journey_on_a_phone_in_english(self) -> None:
        self.journey(PHONE, "en")

    def test_it_runs_the_journey_on_a_desktop_in_french(self) -> None:
        self.journey(DESKTOP, "fr")
