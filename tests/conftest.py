"""The environment of the test suite is prepared in tests/settings.py, which
pytest-django imports before this file; see there."""
