from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from unittest import mock

from relance.tracker.models import Application
from tests.cli.base import CliTestCase


class ImportExportCommandTestCase(CliTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.folder = Path(tempfile.mkdtemp())

    def test_it_exports_and_imports_for_another_user(self) -> None:
        self.make_application()
        path = self.folder / "export.json"
        self.assertEqual(self.run_cli("export", "-o", str(path)).exit_code, 0)
        with mock.patch.dict(os.environ, {"LC_ALL": "en_GB.UTF-8"}):
            result = self.run_cli("import", str(path), user="bob")
        self.assertEqual(result.exit_code, 0, result.output)
        self.assertIn("1 application imported, with 0 interviews, 0 follow-ups", result.output)
        self.assertTrue(
            Application.objects.filter(owner=self.bob, company="Brasserie Lipp").exists()
        )

    def test_it_says_what_it_imported_in_french(self) -> None:
        self.make_application(self.bob)
        path = self.folder / "export.json"
        self.assertEqual(self.run_cli("export", "-o", str(path), user="bob").exit_code, 0)
        with mock.patch.dict(os.environ, {"LC_ALL": "fr_FR.UTF-8"}):
            result = self.run_cli("import", str(path))
        self.assertEqual(result.exit_code, 0, result.output)
        said = "1 candidature importée, avec 0 entretien, 0 relance et 0 réponse."
        self.assertIn(said, result.output)

    def test_it_refuses_invalid_json_and_changes_nothing(self) -> None:
        path = self.folder / "broken.json"
        path.write_text('{"format": "relance-export", ')
        result = self.run_cli("import", str(path))
        self.assertEqual(result.exit_code, 2)  # bad input
        self.assertIn("JSON", result.output)
        self.assertFalse(Application.objects.exists())

    def test_it_refuses_a_file_that_is_not_utf8(self) -> None:
        path = self.folder / "latin1.json"
        path.write_bytes('{"a": "é"}'.encode("latin-1"))
        result = self.run_cli("import", str(path))
        self.assertEqual(result.exit_code, 2)  # bad input
        self.assertIn("UTF-8", result.output)

    def test_it_prints_json_to_stdout(self) -> None:
        self.make_application()
        document = json.loads(self.run_cli("export").output)
        self.assertEqual(document["format"], "relance-export")
        self.assertEqual(len(document["applications"]), 1)
