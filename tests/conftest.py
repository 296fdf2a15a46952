"""The environment of the test suite is prepared in tests/settings.py, which
pytest-django imports before this file; see there. The fixtures are in tests/fixtures/;
this file only registers them."""

import os

from hypothesis import settings

# The real mail servers and the mailbox fixtures, for every directory that asks for them.
pytest_plugins = ["tests.fixtures.mail", "tests.fixtures.mailbox"]

# In CI the same examples on every run: a random hunt is a developer's tool (RELANCE_*_EXAMPLES
# for a longer one), and what lands must not pass or fail by chance.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
