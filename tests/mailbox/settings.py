"""Test settings: the project settings plus this app (until the lead lists it), a file database.

The two-worker tests run workers in separate processes, which must reach the test database:
a file for SQLite (an in-memory one is private to a process), and RELANCE_WORKER_DB_NAME to
point a worker process at the test database pytest-django created.
"""

import os
import tempfile

from relance.settings import *  # noqa: F403
from relance.settings import DATABASES, INSTALLED_APPS

if "relance.mailbox" not in INSTALLED_APPS:
    INSTALLED_APPS = [*INSTALLED_APPS, "relance.mailbox"]

_db = DATABASES["default"]
if _db["ENGINE"].endswith("sqlite3") and not _db.get("TEST", {}).get("NAME"):
    _db["TEST"] = {"NAME": os.path.join(tempfile.mkdtemp(prefix="relance-db-"), "test.sqlite3")}
if os.environ.get("RELANCE_WORKER_DB_NAME"):
    _db["NAME"] = os.environ["RELANCE_WORKER_DB_NAME"]

# One throwaway key for the test process and the worker processes it starts; nothing is
# written to the real data directory.
os.environ.setdefault("RELANCE_MAILBOX_KEY", "Q0mRx3B0uTq3p1WJ3bC6F0r8dKZ2q2m1s9e4V7u5y8A=")
