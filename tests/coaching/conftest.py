"""The real mail servers of tests/mail and the worker environment of tests/mailbox, shared."""

import pytest

from tests.mailbox.conftest import (  # noqa: F401  (fixtures are found by name)
    dovecot,
    smtp_plain,
    smtp_servers,
    worker_env,
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "filterwarnings", "ignore:Requiring AUTH while not requiring TLS:UserWarning"
    )
