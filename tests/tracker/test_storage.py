"""Settings and storage: UTC only, secrets kept private, SQLite never 'locked'."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from django.test import SimpleTestCase, override_settings

from relance.datadir import read_or_create_secret
from relance.tracker.checks import check_server_time_is_utc

WRITER = textwrap.dedent(
    """
    import os, sys
    os.environ["DJANGO_SETTINGS_MODULE"] = "relance.settings"
    import django
    django.setup()
    from django.contrib.auth.models import User
    from django.utils import timezone
    from relance.tracker.services.applications import create_application
    user = User.objects.get(username="writer")
    for n in range(int(sys.argv[1])):
        create_application(user, company=f"{sys.argv[2]} {n}", position="p", now=timezone.now())
    """
)


class StorageTestCase(SimpleTestCase):
    def test_it_refuses_a_server_time_zone_other_than_utc(self) -> None:
        with override_settings(TIME_ZONE="Europe/Paris"):
            errors = check_server_time_is_utc()
        self.assertEqual([e.id for e in errors], ["relance.E001"])

    def test_it_accepts_utc(self) -> None:
        self.assertEqual(check_server_time_is_utc(), [])

    def test_it_creates_secrets_readable_by_the_owner_only(self) -> None:
        folder = Path(tempfile.mkdtemp())
        first = read_or_create_secret(folder, "secret_key")
        mode = stat.S_IMODE((folder / "secret_key").stat().st_mode)
        self.assertEqual(mode, 0o600)
        self.assertEqual(read_or_create_secret(folder, "secret_key"), first)
        self.assertGreaterEqual(len(first), 50)

    def test_it_replaces_a_secret_left_empty_by_a_crash(self) -> None:
        folder = Path(tempfile.mkdtemp())
        (folder / "secret_key").write_text("")
        value = read_or_create_secret(folder, "secret_key")
        self.assertGreaterEqual(len(value), 50)
        self.assertEqual((folder / "secret_key").read_text(), value)
        self.assertEqual([p.name for p in folder.iterdir()], ["secret_key"])

    def test_it_lets_two_processes_write_at_once_without_locking_errors(self) -> None:
        folder = tempfile.mkdtemp()
        env = {
            **os.environ,
            "RELANCE_DATA_DIR": folder,
            "DJANGO_SETTINGS_MODULE": "relance.settings",
        }
        env.pop("DATABASE_URL", None)
        manage = [sys.executable, "-m", "relance.manage"]
        subprocess.run([*manage, "migrate", "-v", "0"], env=env, check=True)
        subprocess.run(
            [
                *manage,
                "shell",
                "-c",
                "from django.contrib.auth.models import User;"
                " User.objects.create(username='writer')",
            ],
            env=env,
            check=True,
        )
        writers = [
            subprocess.Popen(
                [sys.executable, "-c", WRITER, "150", name],
                env=env,
                stderr=subprocess.PIPE,
                text=True,
            )
            for name in ("a", "b")
        ]
        for writer in writers:
            _, err = writer.communicate(timeout=120)
            self.assertEqual(writer.returncode, 0, err)
        count = subprocess.run(
            [
                *manage,
                "shell",
                "-c",
                "from relance.tracker.models import Application;"
                " print(Application.objects.count())",
            ],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        self.assertEqual(count.stdout.strip().splitlines()[-1], "300")
        journal = subprocess.run(
            [
                sys.executable,
                "-c",
                f"import sqlite3; print(sqlite3.connect('{folder}/relance.sqlite3')"
                ".execute('PRAGMA journal_mode').fetchone()[0])",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        self.assertEqual(journal.stdout.strip(), "wal")
