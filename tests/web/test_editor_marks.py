"""The editor marks the places to rewrite and keeps the left-out notes in view."""

from __future__ import annotations

from tests.web.base import WebTestCase

KEPT = "base frais/surgelés -25"
BODY = (
    "Bonjour Madame Durand,\n\nMerci pour notre entretien d'hier. Le poste, tel que je l'ai "
    f"compris : {KEPT}.\n\nBien cordialement,\nAlice Martin"
)


class EditorMarksTestCase(WebTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, self.interview = self.interviewed()
        self.interview.role_understood = KEPT
        self.interview.notes = "mon ancien chef était un boulet"
        self.interview.save()
        self.followup = self.pending(self.app, "catchup")
        self.url = f"/followups/{self.followup.pk}/"

    def test_it_highlights_the_placeholders_in_the_text(self) -> None:
        r = self.client.get(self.url)
        self.assertContains(r, '<mark class="to-rewrite">[à compléter')
        self.assertContains(r, "entre crochets (surligné dans le texte)")

    def test_it_shows_the_notes_beside_a_marked_place(self) -> None:
        r = self.client.get(self.url)
        # The marked place says what to write; the note is beside the text, not in it.
        label = "[à compléter\u00a0: ce que vous avez compris du poste]"
        self.assertContains(r, f'<mark class="to-rewrite">{label}</mark>')
        self.assertNotIn(KEPT, r.context["form"].initial["body"])
        self.assertContains(r, "Vos notes pour les passages à compléter")
        self.assertContains(r, f"<li>{KEPT}</li>", html=True)

    def test_it_highlights_a_fragment_taken_out_of_its_brackets(self) -> None:
        r = self.client.post(f"{self.url}tone/", {"body": BODY})
        self.assertContains(r, f'<mark class="to-rewrite">{KEPT}</mark>')

    def test_it_follows_the_text_being_typed(self) -> None:
        rewritten = BODY.replace(KEPT, "la préparation des commandes en frais et en surgelé")
        r = self.client.post(f"{self.url}tone/", {"body": rewritten})
        self.assertNotContains(r, "to-rewrite")
        self.assertNotContains(r, "À relire")

    def test_it_lists_the_left_out_notes_on_a_saved_draft(self) -> None:
        self.client.post(f"{self.url}save/", {"subject": "Merci", "body": BODY})
        r = self.client.get(self.url)
        self.assertContains(r, "1 note laissée de côté")
        self.assertContains(r, "boulet")

    def test_it_lists_the_left_out_notes_on_an_approved_draft(self) -> None:
        self.client.post(f"{self.url}approve/", {"subject": "Merci", "body": BODY, "looked": "1"})
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "approved")
        r = self.client.get(self.url)
        self.assertContains(r, "1 note laissée de côté")

    def test_it_asks_for_a_look_before_approving_a_fragment_kept_as_typed(self) -> None:
        r = self.client.post(f"{self.url}approve/", {"subject": "Merci", "body": BODY})
        self.assertContains(r, 'id="look-again"')
        self.assertContains(r, "Valider tel quel")
        self.followup.refresh_from_db()
        self.assertEqual((self.followup.state, self.followup.body), ("drafted", BODY))

    def test_it_approves_once_the_candidate_looked(self) -> None:
        r = self.client.post(
            f"{self.url}approve/",
            {"subject": "Merci", "body": BODY, "looked": "1", "send_by": "self"},
        )
        self.assertRedirects(r, self.url, fetch_redirect_response=False)
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "approved")

    def test_it_approves_a_rewritten_text_without_asking(self) -> None:
        body = BODY.replace(KEPT, "la préparation des commandes en frais et en surgelé")
        self.client.post(f"{self.url}approve/", {"subject": "Merci", "body": body})
        self.followup.refresh_from_db()
        self.assertEqual(self.followup.state, "approved")

    def test_it_still_refuses_a_placeholder_after_a_look(self) -> None:
        body = BODY + "\n[à compléter : ce qui vous motive dans ce poste]"
        r = self.client.post(
            f"{self.url}approve/", {"subject": "Merci", "body": body, "looked": "1"}, follow=True
        )
        self.assertContains(r, "avant de valider")
        self.followup.refresh_from_db()
        self.assertNotEqual(self.followup.state, "approved")

    def test_it_speaks_english_to_an_english_user(self) -> None:
        session = self.client.session
        session["relance_language"] = "en"
        session.save()
        r = self.client.post(f"{self.url}approve/", {"subject": "Merci", "body": BODY})
        self.assertContains(r, "Approve it as it is")
        self.assertContains(r, f"To re-read: “{KEPT}”")

    def test_it_is_a_404_for_another_users_draft(self) -> None:
        self.assertEqual(self.as_bob().get(self.url).status_code, 404)
        r = self.as_bob().post(f"{self.url}tone/", {"body": BODY})
        self.assertEqual(r.status_code, 404)

    def test_it_opens_in_a_bounded_number_of_queries(self) -> None:
        self.client.get(self.url)
        with self.assertNumQueries(8):
            self.client.get(self.url)
