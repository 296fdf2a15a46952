from __future__ import annotations

from relance.tracker.services.interviews import save_agreement
from tests.api.base import ApiTestCase
from tests.fixtures.clock import NOW


class DraftsApiTestCase(ApiTestCase):
    def setUp(self) -> None:
        super().setUp()
        app = self.make_application()
        self.make_contact(app)
        self.interview = self.make_interview(app)
        save_agreement(self.interview, NOW, agreement_obtained=False)
        self.interview.notes = "mon ancien chef était un boulet"
        self.interview.role_understood = "base frais/surgelés -25"
        self.interview.save()
        self.catchup = app.followups.get(kind="catchup")
        self.url = f"/api/v1/followups/{self.catchup.pk}/draft/"

    def test_it_lists_what_the_draft_left_out(self) -> None:
        data = self.get(self.url).json()
        self.assertEqual(data["left_out"][0]["reason"], "employer")
        self.assertNotIn("boulet", data["text"])

    def test_it_lists_the_fragments_to_re_read(self) -> None:
        data = self.get(self.url).json()
        self.assertEqual(data["review"][0]["text"], "base frais/surgelés -25")

    def test_it_still_lists_them_once_a_text_is_stored(self) -> None:
        self.post(self.url, {"subject": "Merci", "body": "Bonjour Madame Durand,"})
        data = self.get(self.url).json()
        self.assertEqual(data["saved_body"], "Bonjour Madame Durand,")
        self.assertEqual(data["left_out"][0]["reason"], "employer")

    def test_it_is_a_404_for_another_users_draft(self) -> None:
        self.assertEqual(self.get(self.url, key=self.bob_key).status_code, 404)
