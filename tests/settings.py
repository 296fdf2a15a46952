"""Settings for the test suite: the project's, with an isolated data directory.

pytest-django reads this module (pyproject: DJANGO_SETTINGS_MODULE) before any conftest
runs, so the environment is prepared here, before `relance.settings` reads it. Processes
started by tests inherit RELANCE_TEST_DATA_DIR and so share the directory (and the
mailbox key in it); RELANCE_WORKER_DB_NAME points a worker process at the test database
pytest-django created. A file SQLite test database lets such processes share it.
"""

import os
import tempfile

if "RELANCE_TEST_DATA_DIR" not in os.environ:
    os.environ["RELANCE_TEST_DATA_DIR"] = tempfile.mkdtemp(prefix="relance-test-")
os.environ["RELANCE_DATA_DIR"] = os.environ["RELANCE_TEST_DATA_DIR"]
os.environ.setdefault(
    "RELANCE_TEST_SQLITE_PATH", os.path.join(os.environ["RELANCE_TEST_DATA_DIR"], "test.sqlite3")
)

from relance.settings import *  # noqa: F403
from relance.settings import DATABASES

if os.environ.get("RELANCE_WORKER_DB_NAME"):
    DATABASES["default"]["NAME"] = os.environ["RELANCE_WORKER_DB_NAME"]
