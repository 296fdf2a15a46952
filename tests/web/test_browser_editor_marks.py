"""The editor highlights the places to fill in, live, shows the notes for them beside the
text, and refuses approval while one remains."""

from __future__ import annotations

import re

import pytest

from tests.fixtures.browser import PHONE, BrowserTestCase

KEPT = "base frais/surgelés -25"


@pytest.mark.browser
class EditorMarksBrowserTestCase(BrowserTestCase):
    def setUp(self) -> None:
        super().setUp()
        user = self.make_account()
        interview = self.make_interviewed(user, company="ID Logistics", position="préparateur")
        interview.strong_points = "caces 1 3 5 a jour"
        interview.recruiter_needs = "qqn de ponctuel"
        interview.role_understood = KEPT
        interview.expectations = "tenir les cadences"
        interview.motivation = "j'aime le travail en equipe"
        interview.notes = "mon ancien chef était un boulet"
        interview.save()
        self.followup = interview.application.followups.get(kind="catchup")

    def test_it_marks_the_places_to_fill_in_with_the_notes_beside(self) -> None:
        with self.page(PHONE, "fr") as page:
            self.sign_in(page, "alice")
            page.goto(self.url(f"/followups/{self.followup.pk}/"))
            marked = " ".join(page.locator("#tone-backdrop mark.to-rewrite").all_inner_texts())
            # The marked place says what to write; the note is beside the text, not in it.
            self.assertIn("ce que vous avez compris du poste", marked)
            self.assertNotIn(KEPT, page.input_value("#id_body"))
            self.assertIn(KEPT, page.inner_text("aside.notes-beside"))
            self.assertIn("1 note laissée de côté", page.inner_text(".left-out"))
            self.check_page(page, "fr-360-editor-marks")
            page.locator("aside.notes-beside").screenshot(
                path=str(self.artifact("fr-360-editor-notes-beside"))
            )
            page.click("button[value='self']")  # a place still in brackets: refused
            page.wait_for_selector(".message.error:has-text('avant de valider')")
            # The message is parsed before the deferred htmx script runs: typing earlier
            # would fire an input event no one listens to yet.
            page.wait_for_load_state("load")
            written = "J'ai aussi retenu la préparation des commandes en frais et en surgelé."
            body = re.sub(r"\[à compléter\s:\s[^\]]*\]", written, page.input_value("#id_body"))
            page.fill("#id_body", body)
            page.wait_for_selector("#tone-backdrop mark.to-rewrite", state="detached")
            page.click("button[value='self']")
            page.wait_for_selector(".message.success")
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "approved")
        self.assertNotIn(KEPT, self.followup.body)
