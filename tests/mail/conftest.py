"""Session-scoped real mail servers; see tests/mail/servers.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.mail.servers import Dovecot, SmtpServer


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    server = Dovecot()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def smtp_servers(dovecot: Dovecot) -> Iterator[dict[str, SmtpServer]]:
    servers = {mode: SmtpServer(dovecot, mode) for mode in ("plain", "starttls", "tls")}
    for server in servers.values():
        server.start()
    yield servers
    for server in servers.values():
        server.stop()


def _reset(server: SmtpServer) -> SmtpServer:
    server.knobs.reset()
    if not server.is_up:
        server.start()
    return server


@pytest.fixture
def smtp_plain(smtp_servers: dict[str, SmtpServer]) -> Iterator[SmtpServer]:
    yield _reset(smtp_servers["plain"])
    _reset(smtp_servers["plain"])


@pytest.fixture
def smtp_starttls(smtp_servers: dict[str, SmtpServer]) -> Iterator[SmtpServer]:
    yield _reset(smtp_servers["starttls"])
    _reset(smtp_servers["starttls"])


@pytest.fixture
def smtp_tls(smtp_servers: dict[str, SmtpServer]) -> Iterator[SmtpServer]:
    yield _reset(smtp_servers["tls"])
    _reset(smtp_servers["tls"])


@pytest.fixture
def candidate(dovecot: Dovecot) -> str:
    return dovecot.new_user("candidate", "example.test")


@pytest.fixture
def recruiter(dovecot: Dovecot) -> str:
    return dovecot.new_user("drh", "corp.test")


def pytest_configure(config: pytest.Config) -> None:
    # Implicit-TLS mode needs auth_require_tls=False (aiosmtpd bug 281); the warning is expected.
    config.addinivalue_line(
        "filterwarnings", "ignore:Requiring AUTH while not requiring TLS:UserWarning"
    )
