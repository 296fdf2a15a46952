"""The database and the secrets are readable by their owner only, whatever the data folder."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

from django.test import SimpleTestCase


class PrivateFilesTestCase(SimpleTestCase):
    def test_it_creates_the_database_0600_in_a_0755_folder(self) -> None:
        folder = Path(tempfile.mkdtemp())
        folder.chmod(0o755)  # made beforehand, world-readable
        env = {
            **os.environ,
            "RELANCE_DATA_DIR": str(folder),
            "DJANGO_SETTINGS_MODULE": "relance.settings",
        }
        env.pop("DATABASE_URL", None)
        env.pop("RELANCE_SQLITE_PATH", None)
        env.pop("RELANCE_SECRET_KEY", None)
        subprocess.run(
            [sys.executable, "-m", "relance.manage", "migrate", "-v", "0"],
            env=env,
            check=True,
            preexec_fn=lambda: os.umask(0o022),
        )
        files = [p for p in folder.iterdir() if p.name.startswith(("relance.sqlite3", "secret"))]
        self.assertIn("relance.sqlite3", [p.name for p in files])
        for path in files:
            with self.subTest(path.name):
                self.assertEqual(stat.S_IMODE(path.stat().st_mode), 0o600)
