"""An export file that is hostile or broken is refused whole, with a message, never a crash."""

from __future__ import annotations

import json
import uuid
from typing import Any
from unittest import mock

from django.db import DatabaseError
from django.utils import translation

from relance.tracker.exchange import ImportRefused, export_user, import_user, importer
from relance.tracker.exchange.reader import MAX_IMPORT_BYTES, read_export
from relance.tracker.models import Application, Profile
from relance.tracker.services.interviews import save_agreement
from tests.base import BaseTestCase
from tests.fixtures.clock import NOW


class ImportHardeningTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        app = self.make_application()
        self.make_contact(app, direct_line=True)
        save_agreement(self.make_interview(app), NOW, agreement_obtained=True)
        self.carol = self.make_user("carol", "Carol", language="fr")
        translation.activate("en")
        self.addCleanup(translation.deactivate)

    def document(self) -> Any:
        return json.loads(json.dumps(export_user(self.alice), default=str))

    def assert_refused(self, document: Any, pattern: str) -> None:
        with self.assertRaisesRegex((ImportRefused, DatabaseError), pattern):
            import_user(self.carol, document, NOW)
        self.assertFalse(Application.objects.filter(owner=self.carol).exists())
        self.assertEqual(Profile.objects.get(user=self.carol).name, "Carol")

    def test_it_refuses_deep_nesting_without_recursion_error(self) -> None:
        with self.assertRaisesRegex(ImportRefused, "levels deep"):
            read_export(b"[" * 100_000 + b"]" * 100_000)

    def test_it_refuses_a_5000_digit_integer(self) -> None:
        with self.assertRaisesRegex(ImportRefused, "more than 18 digits"):
            read_export(b'{"version": ' + b"9" * 5000 + b"}")

    def test_it_refuses_duplicate_keys(self) -> None:
        with self.assertRaisesRegex(ImportRefused, "appears twice"):
            read_export(b'{"version": 1, "version": 1}')

    def test_it_refuses_a_file_over_the_size_limit(self) -> None:
        with self.assertRaisesRegex(ImportRefused, "larger than 20 MB"):
            read_export(b" " * (MAX_IMPORT_BYTES + 1))

    def test_it_refuses_a_lone_surrogate(self) -> None:
        raw = json.dumps(self.document()).replace("Brasserie Lipp", "Brasserie \\ud800")
        self.assert_refused(read_export(raw.encode()), r"company.*U\+D800")

    def test_it_refuses_version_true(self) -> None:
        document = self.document()
        document["version"] = True
        self.assert_refused(document, "Unsupported export version")

    def test_it_refuses_an_unknown_top_level_field(self) -> None:
        document = self.document()
        document["extra"] = 1
        self.assert_refused(document, "document.*extra")

    def test_it_refuses_a_profile_email_with_crlf(self) -> None:
        document = self.document()
        document["profile"]["email"] = "a@b.org\r\nBcc: c@d.org"
        self.assert_refused(document, "profile")

    def test_it_refuses_an_unknown_contact_time_zone(self) -> None:
        document = self.document()
        document["applications"][0]["contacts"][0]["timezone"] = "Mars/Olympus"
        self.assert_refused(document, r"contacts\[0\]\.timezone")

    def test_it_refuses_a_followup_code_that_is_no_uuid(self) -> None:
        document = self.document()
        document["applications"][0]["followups"][0]["code"] = "not-a-uuid"
        self.assert_refused(document, r"followups\[0\]\.code")

    def test_it_refuses_duplicate_contact_keys(self) -> None:
        document = self.document()
        contacts = document["applications"][0]["contacts"]
        contacts.append(dict(contacts[0]))
        self.assert_refused(document, "same key")

    def test_it_refuses_a_javascript_job_url(self) -> None:
        document = self.document()
        document["applications"][0]["job_url"] = "javascript:alert(1)"
        self.assert_refused(document, "job_url")

    def test_it_refuses_year_0026(self) -> None:
        document = self.document()
        document["applications"][0]["interviews"][0]["at"] = "0026-03-10T09:00:00+00:00"
        self.assert_refused(document, "year must be between")

    def test_it_refuses_a_decision_date_near_9999(self) -> None:
        document = self.document()
        document["applications"][0]["interviews"][0]["decision_date"] = "9999-12-31"
        self.assert_refused(document, "decision_date")

    def test_it_refuses_a_nul_in_timeline_data(self) -> None:
        document = self.document()
        document["applications"][0]["timeline"][0]["data"] = {"x": "a\x00b"}
        self.assert_refused(document, r"timeline\[0\]\.data")

    def test_it_knows_a_file_already_imported_into_another_account(self) -> None:
        import_user(self.bob, self.document(), NOW)
        with self.assertRaisesRegex(ImportRefused, "already in your account"):
            import_user(self.bob, self.document(), NOW)
        self.assertEqual(Application.objects.filter(owner=self.bob).count(), 1)

    def test_it_undoes_the_first_steps_when_a_later_one_fails(self) -> None:
        document = self.document()
        second = json.loads(json.dumps(document["applications"][0]))
        for followup in second["followups"]:
            followup["code"] = str(uuid.uuid4())
        document["applications"].append(second)
        document["profile"]["name"] = "Carol Imported"
        real, calls = importer.write_applications, []

        def fails_second_step(*args: Any, **kwargs: Any) -> Any:
            calls.append(1)
            if len(calls) == 2:
                raise DatabaseError("disk full")
            return real(*args, **kwargs)

        with (
            mock.patch.object(importer, "WRITE_BATCH", 1),
            mock.patch.object(importer, "write_applications", fails_second_step),
        ):
            self.assert_refused(document, "disk full")
