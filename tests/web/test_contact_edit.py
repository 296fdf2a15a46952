from __future__ import annotations

from typing import Any

from relance.tracker.models import Contact
from tests.web.base import WebTestCase


class ContactEditTestCase(WebTestCase):
    def setUp(self) -> None:
        super().setUp()
        app, _ = self.interviewed(direct_line=True)
        self.contact = app.contacts.get()
        Contact.objects.filter(pk=self.contact.pk).update(email_doubtful=True)

    def post(self, **changes: object) -> Any:
        data = {
            "first_name": "Claire",
            "last_name": "Durand",
            "civility": "madame",
            "email": "claire.durand@example.com",
            "phone": "01 45 48 53 91",
            "direct_line": "on",
            "is_decision_maker": "on",
            **changes,
        }
        return self.client.post(f"/contacts/{self.contact.pk}/save/", data)

    def test_it_shows_the_contact_with_the_bounce_explained(self) -> None:
        response = self.client.get(f"/contacts/{self.contact.pk}/edit/")
        self.assertContains(response, "claire.durand@example.com")
        self.assertContains(response, "01 45 48 53 91")
        self.assertContains(response, "warning-box")

    def test_it_clears_the_doubt_when_the_address_changes(self) -> None:
        response = self.post(email="c.durand@example.com")
        self.assertEqual(response.status_code, 302)
        self.contact.refresh_from_db()
        self.assertEqual(self.contact.email, "c.durand@example.com")
        self.assertFalse(self.contact.email_doubtful)

    def test_it_keeps_the_doubt_when_the_address_is_unchanged(self) -> None:
        self.post(role="Directrice")
        self.contact.refresh_from_db()
        self.assertTrue(self.contact.email_doubtful)
        self.assertEqual(self.contact.role, "Directrice")

    def test_it_offers_maitre_for_a_notary(self) -> None:
        response = self.client.get(f"/contacts/{self.contact.pk}/edit/")
        self.assertContains(response, "Maître (notaire, avocat)")
        self.assertEqual(self.post(civility="maitre").status_code, 302)
        self.contact.refresh_from_db()
        self.assertEqual(self.contact.civility, "maitre")

    def test_it_refuses_a_bad_phone_and_changes_nothing(self) -> None:
        response = self.post(phone="12", last_name="Autre")
        self.assertEqual(response.status_code, 400)
        self.contact.refresh_from_db()
        self.assertEqual(self.contact.last_name, "Durand")
        self.assertEqual(self.contact.phones.get().number, "+33145485391")

    def test_it_hides_the_contact_from_another_user(self) -> None:
        self.assertEqual(self.as_bob().get(f"/contacts/{self.contact.pk}/edit/").status_code, 404)

    def test_it_marks_a_wrong_phone_next_to_its_field(self) -> None:
        r = self.post(phone="12")
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_phone", "12")
        self.assertContains(r, 'inputmode="tel"', status_code=400)


class EditorWithoutAddressTestCase(WebTestCase):
    def test_it_asks_for_the_recruiters_address(self) -> None:
        app, _ = self.interviewed()
        contact = app.contacts.get()
        Contact.objects.filter(pk=contact.pk).update(email="")
        followup = self.pending(app)
        followup.contact = contact
        followup.save()
        response = self.client.get(f"/followups/{followup.pk}/")
        self.assertContains(response, f"/contacts/{contact.pk}/edit/")
