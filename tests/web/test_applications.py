from __future__ import annotations

import re
from typing import Any

from relance.tracker.models import Application, Contact
from relance.tracker.services.applications import set_status
from tests.fixtures.clock import NOW
from tests.web.base import WebTestCase


def listed(response: Any) -> list[str]:
    """The companies in the list's rows, as shown (not the whole page: its CSRF token is
    random letters and could hold a short name)."""
    html = response.content.decode()
    return re.findall(r'<a href="/applications/\d+/"><strong>([^<]*)</strong>', html)


class ApplicationListTestCase(WebTestCase):
    def test_it_lists_status_and_next_step(self) -> None:
        self.interviewed()
        r = self.client.get("/applications/")
        self.assertContains(r, "Brasserie Lipp")
        self.assertContains(r, "Entretiens en cours")
        self.assertContains(r, "E-mail de rattrapage")

    def test_it_searches_and_filters(self) -> None:
        self.make_application(company="Le Procope")
        closed = self.make_application(company="Café de Flore")
        set_status(closed, "withdrawn", NOW)
        self.assertEqual(listed(self.client.get("/applications/?q=procope")), ["Le Procope"])
        r = self.client.get("/applications/?status=closed")
        self.assertEqual(listed(r), ["Café de Flore"])

    def test_it_does_not_show_bobs_applications(self) -> None:
        self.make_application(self.bob, company="Bob's Diner")
        self.make_application()
        r = self.client.get("/applications/?status=all")
        self.assertEqual(listed(r), ["Brasserie Lipp"])

    def test_it_uses_a_fixed_number_of_queries(self) -> None:
        for n in range(30):
            self.make_application(company=f"Company {n}")
        with self.assertNumQueries(5):
            self.client.get("/applications/")


class ApplicationAddTestCase(WebTestCase):
    data = {
        "company": "Le Procope",
        "position": "serveur",
        "interview_date": "2026-03-09",
        "interview_time": "14:30",
        "contact_name": "Paul Roux",
        "contact_email": "paul@example.com",
        "contact_phone": "06 12 34 56 78",
        "direct_line": "on",
    }

    def test_it_adds_an_application_with_its_interview_and_recruiter(self) -> None:
        r = self.client.post("/applications/new/", self.data)
        app = Application.objects.get(company="Le Procope")
        self.assertRedirects(r, f"/applications/{app.pk}/", fetch_redirect_response=False)
        self.assertEqual(app.interviews.get().at.isoformat(), "2026-03-09T13:30:00+00:00")
        self.assertEqual(app.contacts.get().phones.get().number, "+33612345678")

    def test_it_records_the_client_of_an_interim_agency(self) -> None:
        data = {**self.data, "company": "Synergie", "agency_client": "Intermarché"}
        self.client.post("/applications/new/", data)
        app = Application.objects.get(company="Synergie")
        self.assertEqual(app.agency_client, "Intermarché")

    def test_it_says_when_it_reads_the_agency_as_the_company(self) -> None:
        data = {**self.data, "company": "Vilmorin", "agency_client": "Manpower"}
        r = self.client.post("/applications/new/", data, follow=True)
        app = Application.objects.get(company="Manpower")
        self.assertEqual(app.agency_client, "Vilmorin")
        self.assertContains(r, "agence d&#x27;intérim")

    def test_it_keeps_the_trade_for_the_figures(self) -> None:
        self.client.post("/applications/new/", {**self.data, "trade": "  Restauration "})
        self.assertEqual(Application.objects.get(company="Le Procope").trade, "Restauration")

    def test_it_warns_about_a_duplicate_then_adds_it_anyway(self) -> None:
        self.make_application(company="Le Procope", position="Serveur")
        r = self.client.post("/applications/new/", self.data)
        self.assertContains(r, "Vous avez déjà cette candidature")
        self.assertEqual(Application.objects.filter(company="Le Procope").count(), 1)
        self.client.post("/applications/new/", {**self.data, "confirm_duplicate": "on"})
        self.assertEqual(Application.objects.filter(company="Le Procope").count(), 2)

    def test_it_warns_while_typing(self) -> None:
        self.make_application(company="Le Procope", position="serveur")
        r = self.client.get("/applications/duplicates/?company=le procope&position=SERVEUR")
        self.assertContains(r, "Vous avez déjà cette candidature")

    def test_it_marks_a_wrong_phone_next_to_its_field(self) -> None:
        r = self.client.post("/applications/new/", {**self.data, "contact_phone": "12"})
        self.assertEqual(r.status_code, 200)
        self.assert_field_error(r, "id_contact_phone", "12")
        self.assertContains(r, 'type="tel"')


class QuickAddTestCase(WebTestCase):
    def test_it_greets_the_recruiter_by_civility_from_the_quick_add_form(self) -> None:
        self.client.post(
            "/applications/new/",
            {"company": "Le Procope", "position": "serveur", "contact_civility": "madame",
             "contact_name": "Sophie Bernard", "contact_email": "s.bernard@example.com"},
        )  # fmt: skip
        self.assertEqual(Contact.objects.get().civility, "madame")

    def test_it_marks_the_phone_field_when_the_number_is_wrong(self) -> None:
        r = self.client.post(
            "/applications/new/",
            {"company": "Le Procope", "position": "serveur", "contact_name": "Sophie Bernard",
             "contact_phone": "12"},
        )  # fmt: skip
        self.assertIn("12", r.context["form"].errors["contact_phone"][0])
        self.assertContains(r, 'class="field has-error"')
        self.assertFalse(Application.objects.exists())
