"""The debrief shows under each note the sentence the catch-up will contain, as it is typed."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fixtures.browser import PHONE, BrowserTestCase


@pytest.mark.browser
class DebriefPreviewBrowserTestCase(BrowserTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.interviews = {}
        for lang, name in (("fr", "alice"), ("en", "bob")):
            user = self.make_account(name, f"{name.title()} Martin", lang)
            self.interviews[lang] = self.make_interviewed(
                user,
                company="ID Logistics",
                position="préparateur de commandes",
                last_name="d'Aubigné",
            )

    def open_debrief(self, page: Any, username: str, lang: str) -> None:
        self.sign_in(page, username)
        page.goto(self.url(f"/interviews/{self.interviews[lang].pk}/debrief/"))

    def test_it_previews_the_sentence_as_the_candidate_types(self) -> None:
        interview = self.interviews["fr"]
        interview.expectations = "tenir les cadences"
        interview.save()
        with self.page(PHONE, "fr") as page:
            self.open_debrief(page, "alice", "fr")
            # A note written before: its preview comes once the page is shown.
            page.wait_for_selector("#preview-expectations .preview-sentence:has-text('cadences')")
            self.assertEqual(page.inner_text("#preview-recruiter_needs").strip(), "")
            page.click("#id_recruiter_needs")
            page.keyboard.type("qqn de ponctuel, palettes frais + froid")
            preview = "#preview-recruiter_needs"
            page.wait_for_selector(f"{preview} .preview-sentence:has-text('quelqu')")
            self.assertIn("abréviation développée : qqn → quelqu'un", page.inner_text(preview))
            self.assertIn("à compléter", page.inner_text(f"{preview} mark.to-rewrite"))
            # The piece the e-mail does not say is shown beside it: nothing is lost (session
            # 19: "quelqu'un de ponctuel" is said, only the other piece goes back).
            self.assertIn("palettes frais", page.inner_text(f"{preview} .notes-list"))
            self.assertNotIn("ponctuel", page.inner_text(f"{preview} .notes-list"))
            page.locator(preview).screenshot(path=str(self.artifact("fr-360-debrief-notes-beside")))
            page.click("#id_strong_points")
            page.keyboard.type("caces 1 3 5 a jour, mon ancien chef etait nul")
            page.wait_for_selector("#preview-strong_points .preview-left-out")
            self.assertIn("ancien employeur", page.inner_text("#preview-strong_points"))
            self.assertNotIn("nul", page.inner_text("#preview-strong_points .preview-sentence"))
            page.click("#id_motivation")
            page.keyboard.type("j'aime bcp le travail en equipe")
            page.wait_for_selector("#preview-motivation .preview-fixes")
            page.wait_for_selector("#save-status:has-text('Enregistré à')")
            self.check_page(page, "fr-360-debrief-preview")
            notes = page.locator("section[aria-labelledby='notes-title']")
            notes.screenshot(path=str(self.artifact("fr-360-debrief-preview-notes")))

    def test_it_shows_what_the_proofreader_corrected_under_the_field(self) -> None:
        with self.page(PHONE, "fr") as page:
            self.open_debrief(page, "alice", "fr")
            page.click("#id_strong_points")
            # a strength reported as said (session 20: "j'ai parlé de…" recalls the talk)
            page.keyboard.type("j'ai travailler 5 ans au portugal")
            preview = "#preview-strong_points"
            page.wait_for_selector(f"{preview} .preview-sentence:has-text('travaillé')")
            fixes = page.inner_text(f"{preview} .preview-fixes")
            self.assertIn("participe passé corrigé : travailler → travaillé", fixes)
            self.assertIn("majuscule rétablie : portugal → Portugal", fixes)
            self.assertIn("au Portugal", page.inner_text(f"{preview} .preview-sentence"))
            page.wait_for_selector("#save-status:has-text('Enregistré à')")
            page.locator(preview).screenshot(path=str(self.artifact("fr-360-debrief-proofread")))

    def test_it_previews_in_english_for_an_english_user(self) -> None:
        with self.page(PHONE, "en") as page:
            self.open_debrief(page, "bob", "en")
            page.click("#id_recruiter_needs")
            page.keyboard.type("qqn de ponctuel")
            page.wait_for_selector("#preview-recruiter_needs .preview-fixes")
            self.assertIn("abbreviation expanded", page.inner_text("#preview-recruiter_needs"))
            page.wait_for_selector("#save-status:has-text('Saved at')")
            self.check_page(page, "en-360-debrief-preview")

    def test_it_previews_every_note_written_before_once_the_page_is_shown(self) -> None:
        interview = self.interviews["fr"]
        interview.role_understood = "charger les camions, scanner les colis"
        interview.expectations = "tenir les cadences"
        interview.save()
        with self.page(PHONE, "fr") as page:
            self.open_debrief(page, "alice", "fr")
            page.wait_for_selector("#preview-role_understood .preview-sentence:has-text('colis')")
            page.wait_for_selector("#preview-expectations .preview-sentence:has-text('cadences')")

    def test_it_previews_a_bare_need_and_hands_back_a_note_spelt_by_ear(self) -> None:
        # session 28: a bare need opens with what it is; "its closer then" is no sentence
        with self.page(PHONE, "fr") as page:
            self.open_debrief(page, "alice", "fr")
            page.click("#id_recruiter_needs")
            page.keyboard.type("la sécurité sur le quai")
            needs = "#preview-recruiter_needs .preview-sentence"
            page.wait_for_selector(f"{needs}:has-text('Parmi vos besoins')")
            page.wait_for_selector("#save-status:has-text('Enregistré à')")
            notes = page.locator("section[aria-labelledby='notes-title']")
            notes.screenshot(path=str(self.artifact("fr-360-debrief-session28")))
        application = self.interviews["en"].application
        application.language = "en"  # the e-mail in English, not only the page
        application.save()
        with self.page(PHONE, "en") as page:
            self.open_debrief(page, "bob", "en")
            page.click("#id_motivation")
            page.keyboard.type("its closer then my old job")
            page.wait_for_selector("#preview-motivation mark.to-rewrite")
            motivation = page.inner_text("#preview-motivation .preview-sentence")
            self.assertNotIn("closer then", motivation)
            self.assertIn("closer then", page.inner_text("#preview-motivation .notes-list"))
            page.locator("#preview-motivation").screenshot(
                path=str(self.artifact("en-360-debrief-session28"))
            )

    def test_it_previews_a_plural_reason_in_its_own_frame(self) -> None:
        # session 34: « horaires de jour » was handed back; « ce sont des … » readers reject
        with self.page(PHONE, "fr") as page:
            self.open_debrief(page, "alice", "fr")
            page.click("#id_motivation")
            page.keyboard.type("horaires de jour")
            said = "#preview-motivation .preview-sentence:has-text('m\\'attire notamment')"
            page.wait_for_selector(said)
            sentence = page.inner_text("#preview-motivation .preview-sentence")
            self.assertIn("Ce poste m'attire notamment pour les horaires de jour.", sentence)
            page.locator("#preview-motivation").screenshot(
                path=str(self.artifact("fr-360-debrief-session34"))
            )
