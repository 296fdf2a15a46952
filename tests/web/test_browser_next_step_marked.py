"""A next step agreed for a day the draft cannot read for sure: the editor marks the place
at the end of the e-mail, shows the process note beside it, and refuses approval until the
candidate writes the step."""

from __future__ import annotations

import re

import pytest

from tests.fixtures.browser import PHONE, BrowserTestCase

STEP = "demi-journée sur place mardi 17 à 14h avec vous savez qui"


@pytest.mark.browser
class NextStepMarkedBrowserTestCase(BrowserTestCase):
    def setUp(self) -> None:
        super().setUp()
        user = self.make_account()
        interview = self.make_interviewed(user, company="Boulangerie Morel", position="vendeuse")
        interview.strong_points = "mon expérience de deux ans en boulangerie"
        interview.motivation = "le contact avec les clients"
        interview.process = STEP
        interview.save()
        self.followup = interview.application.followups.get(kind="catchup")

    def test_it_hands_the_step_back_with_its_note_beside(self) -> None:
        with self.page(PHONE, "fr") as page:
            self.sign_in(page, "alice")
            page.goto(self.url(f"/followups/{self.followup.pk}/"))
            marked = " ".join(page.locator("#tone-backdrop mark.to-rewrite").all_inner_texts())
            self.assertIn("l'étape convenue et son jour", marked)
            self.assertIn("mardi 17", page.inner_text("aside.notes-beside"))
            self.check_page(page, "fr-360-editor-next-step")
            page.click("button[value='self']")  # the step still in brackets: refused
            page.wait_for_selector(".message.error:has-text('avant de valider')")
            written = "je viendrai passer une demi-journée avec vous mardi 17 mars à 14 h"
            body = re.sub(
                r"\[à compléter\s:\sl'étape[^\]]*\]", written, page.input_value("#id_body")
            )
            # the other parts, left empty in this debrief, are filled in as well
            body = re.sub(r"\[à compléter\s:\s[^\]]*\]", "Merci encore.", body)
            page.fill("#id_body", body)
            page.click("button[value='self']")
            page.wait_for_selector(".message.success")
        self.followup.refresh_from_db()
        self.assertIn("Pour la suite, comme convenu, je viendrai", self.followup.body)
