"""The editor highlights the places to rewrite, live, and asks for a look before approving."""

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

    def test_it_marks_the_places_to_rewrite_and_asks_before_approving(self) -> None:
        with self.page(PHONE, "fr") as page:
            self.sign_in(page, "alice")
            page.goto(self.url(f"/followups/{self.followup.pk}/"))
            marked = page.locator("#tone-backdrop mark.to-rewrite").all_inner_texts()
            self.assertIn(KEPT, " ".join(marked))
            self.assertIn("1 note laissée de côté", page.inner_text(".left-out"))
            self.check_page(page, "fr-360-editor-marks")
            page.click("button[value='self']")  # a place still in brackets: refused
            page.wait_for_selector(".message.error:has-text('avant de valider')")
            # The brackets taken off, the words kept as typed: approval asks for a look.
            body = re.sub(r"\[à compléter\s:\s([^\]]*)\]", r"\1", page.input_value("#id_body"))
            page.fill("#id_body", body)
            page.click("button[value='self']")
            page.wait_for_selector("#look-again")
            self.assertIn(KEPT, page.inner_text("#look-again"))
            self.check_page(page, "fr-360-editor-look-again")
            body = page.input_value("#id_body")
            page.fill("#id_body", body.replace(KEPT, "la préparation en frais et en surgelé"))
            page.wait_for_selector("#tone-backdrop mark.to-rewrite", state="detached")
            page.click("#look-again button")
            page.wait_for_selector(".message.success")
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "approved")
        self.assertNotIn(KEPT, self.followup.body)
