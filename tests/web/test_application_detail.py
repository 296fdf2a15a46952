from __future__ import annotations

from unittest.mock import patch

from django.core.exceptions import ValidationError

from tests.web.base import WebTestCase


class ApplicationDetailTestCase(WebTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.app, self.interview = self.interviewed(direct_line=True)
        self.url = f"/applications/{self.app.pk}/"

    def test_it_draws_the_timeline(self) -> None:
        r = self.client.get(self.url)
        self.assertContains(r, "<svg")
        self.assertContains(r, 'class="tl-interview"')
        self.assertContains(r, 'class="tl-window"')
        self.assertContains(r, "Entretien n° 1")

    def test_it_shows_contacts_and_debrief_link(self) -> None:
        r = self.client.get(self.url)
        self.assertContains(r, "Claire Durand")
        self.assertContains(r, 'href="tel:+33145485391"')
        self.assertContains(r, f"/interviews/{self.interview.pk}/debrief/")

    def test_it_adds_a_contact(self) -> None:
        self.client.post(
            f"{self.url}contacts/add/",
            {"first_name": "Paul", "last_name": "Roux", "email": "p@example.com"},
        )
        self.assertTrue(self.app.contacts.filter(last_name="Roux").exists())

    def test_it_adds_an_interview_and_opens_its_debrief(self) -> None:
        r = self.client.post(
            f"{self.url}interviews/add/", {"date": "2026-03-09", "time": "10:00", "format": "video"}
        )
        interview = self.app.interviews.order_by("-round")[0]
        self.assertEqual(interview.round, 2)
        self.assertRedirects(
            r, f"/interviews/{interview.pk}/debrief/", fetch_redirect_response=False
        )

    def test_it_adds_an_interview_to_come_without_opening_its_debrief(self) -> None:
        r = self.client.post(
            f"{self.url}interviews/add/", {"date": "2026-03-12", "time": "10:00", "format": "video"}
        )
        self.assertRedirects(r, self.url, fetch_redirect_response=False)
        interview = self.app.interviews.order_by("-round")[0]
        r = self.client.get(f"/interviews/{interview.pk}/debrief/")
        self.assertRedirects(r, self.url, fetch_redirect_response=False)
        self.assertContains(self.client.get(self.url), "Préparer les quatre questions")

    def test_it_corrects_then_deletes_an_interview(self) -> None:
        interview = self.app.interviews.get()
        prefix = f"interview-{interview.pk}"
        self.client.post(
            f"/interviews/{interview.pk}/edit/",
            {
                f"{prefix}-date": "2026-03-09",
                f"{prefix}-time": "15:00",
                f"{prefix}-format": "phone",
            },
        )
        interview.refresh_from_db()
        self.assertEqual(interview.format, "phone")
        self.client.post(f"/interviews/{interview.pk}/delete/")
        self.assertFalse(self.app.interviews.exists())

    def test_it_saves_the_place_of_work(self) -> None:
        self.client.post(f"{self.url}place/", {"country": "", "subdivision": "57", "timezone": ""})
        self.app.refresh_from_db()
        self.assertEqual(self.app.place_subdivision, "57")
        r = self.client.post(f"{self.url}place/", {"subdivision": "999"}, follow=True)
        self.assertContains(r, "Lieu de travail inconnu")

    def test_it_changes_the_status(self) -> None:
        self.client.post(f"{self.url}status/", {"status": "withdrawn"})
        self.app.refresh_from_db()
        self.assertEqual(self.app.status, "withdrawn")

    def test_it_marks_an_unknown_status_next_to_the_select(self) -> None:
        r = self.client.post(f"{self.url}status/", {"status": "hired"})
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_status", "Choisissez un statut dans la liste.")
        self.app.refresh_from_db()
        self.assertNotEqual(self.app.status, "hired")

    def test_it_marks_a_refused_status_next_to_the_select_in_english(self) -> None:
        session = self.client.session
        session["relance_language"] = "en"
        session.save()
        with patch(
            "relance.tracker.services.applications.set_status",
            side_effect=ValidationError("Not now.", code="state"),
        ):
            r = self.client.post(f"{self.url}status/", {"status": "withdrawn"})
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_status", "Not now.")

    def test_it_shows_the_current_status_selected(self) -> None:
        r = self.client.get(self.url)
        self.assertRegex(r.content.decode(), r'<option value="interviewing" selected>')

    def test_it_marks_a_wrong_phone_next_to_the_new_contact_field(self) -> None:
        r = self.client.post(
            f"{self.url}contacts/add/", {"last_name": "Roux", "phone": "12", "email": ""}
        )
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_phone", "12")
        self.assertContains(r, 'type="tel"', status_code=400)
        self.assertEqual(self.app.contacts.count(), 1)

    def test_it_marks_a_missing_interview_date_next_to_its_field(self) -> None:
        r = self.client.post(f"{self.url}interviews/add/", {"date": "", "format": "onsite"})
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_date", "Ce champ est obligatoire")

    def test_it_marks_a_wrong_date_next_to_the_interview_being_corrected(self) -> None:
        prefix = f"interview-{self.interview.pk}"
        r = self.client.post(
            f"/interviews/{self.interview.pk}/edit/",
            {f"{prefix}-date": "demain", f"{prefix}-format": "onsite"},
        )
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, f"id_{prefix}-date", "date valide")

    def test_it_marks_a_wrong_place_next_to_its_field(self) -> None:
        r = self.client.post(f"{self.url}place/", {"country": "FRA", "language": ""})
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_country", "2 caractères")
