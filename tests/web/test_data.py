from __future__ import annotations

import json

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from relance.tracker.models import Application
from tests.web.base import WebTestCase


class DataTestCase(WebTestCase):
    def test_it_exports_everything_as_json(self) -> None:
        self.interviewed()
        r = self.client.post("/settings/export/")
        self.assertIn("attachment", r["Content-Disposition"])
        data = json.loads(r.content)
        self.assertEqual(data["applications"][0]["company"], "Brasserie Lipp")

    def test_it_imports_an_export_into_another_account(self) -> None:
        self.interviewed()
        exported = self.client.post("/settings/export/").content
        bob = self.as_bob()
        r = bob.post(
            "/settings/import/",
            {"file": SimpleUploadedFile("e.json", exported, "application/json")},
            follow=True,
        )
        said = "1 application imported, with 1 interview, 2 follow-ups and 0 replies."
        self.assertContains(r, said)
        self.assertEqual(Application.objects.filter(owner=self.bob).count(), 1)

    def test_it_says_what_it_imported_in_french_singular_and_plural(self) -> None:
        for company in ("Brasserie Lipp", "Café de Flore", "Le Procope"):
            self.make_application(self.bob, company=company)
        exported = self.as_bob().post("/settings/export/").content
        r = self.client.post(
            "/settings/import/",
            {"file": SimpleUploadedFile("e.json", exported, "application/json")},
            follow=True,
        )
        self.assertContains(r, "3 candidatures importées, avec 0 entretien, 0 relance et ")

    def test_it_refuses_a_file_that_is_not_an_export(self) -> None:
        r = self.client.post(
            "/settings/import/",
            {"file": SimpleUploadedFile("e.json", b"{}", "application/json")},
        )
        self.assert_field_error(r, "id_file", "Import refusé")
        r = self.client.post(
            "/settings/import/",
            {"file": SimpleUploadedFile("e.json", b"nope", "text/plain")},
        )
        self.assert_field_error(r, "id_file", "pas du JSON")

    def test_it_deletes_the_account_with_the_password_only(self) -> None:
        self.interviewed()
        r = self.client.post("/settings/delete/", {"password": "wrong"})
        self.assertEqual(r.status_code, 400)
        self.assertTrue(User.objects.filter(username="alice").exists())
        r = self.client.post("/settings/delete/", {"password": self.password})
        self.assertRedirects(r, "/", fetch_redirect_response=False)
        self.assertFalse(User.objects.filter(username="alice").exists())
        self.assertFalse(Application.objects.filter(company="Brasserie Lipp").exists())

    def test_it_marks_a_bad_import_file_next_to_its_field(self) -> None:
        upload = SimpleUploadedFile("x.json", b"{not json", content_type="application/json")
        r = self.client.post("/settings/import/", {"file": upload})
        self.assertEqual(r.status_code, 400)
        self.assert_field_error(r, "id_file", "Import refusé")

    def test_it_marks_a_missing_import_file_next_to_its_field(self) -> None:
        r = self.client.post("/settings/import/", {})
        self.assert_field_error(r, "id_file", "Choisissez un fichier")
