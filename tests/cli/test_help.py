"""Help follows the locale: French for fr_FR, English otherwise."""

from __future__ import annotations

import os
import subprocess
import sys

from django.test import SimpleTestCase


def help_text(lang: str, *args: str) -> str:
    env = {**os.environ, "LANG": lang, "LC_ALL": lang}
    result = subprocess.run(
        [sys.executable, "-m", "relance.cli.main", *args, "--help"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


class HelpTestCase(SimpleTestCase):
    def test_it_speaks_french_in_a_french_locale(self) -> None:
        text = help_text("fr_FR.UTF-8", "agenda")
        self.assertIn("jours", text)
        self.assertNotIn("What to do now", text)

    def test_it_speaks_english_otherwise(self) -> None:
        self.assertIn("What to do now", help_text("en_US.UTF-8", "agenda"))
