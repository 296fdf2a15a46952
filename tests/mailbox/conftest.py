"""Django-side fixtures: a candidate with a configured mailbox, applications, due follow-ups."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User

from relance.mailbox.models import MailboxSettings
from relance.mailbox.services import save_settings
from relance.tracker.models import Application, Contact, FollowUp, Interview, Profile
from tests.clock import SENDING_TIME
from tests.mail import conftest as mail_fixtures
from tests.mail.servers import Dovecot, SmtpServer

# The real servers of tests/mail, shared (fixtures are found by name in this module).
dovecot = mail_fixtures.dovecot
smtp_servers = mail_fixtures.smtp_servers
smtp_plain = mail_fixtures.smtp_plain
smtp_starttls = mail_fixtures.smtp_starttls
smtp_tls = mail_fixtures.smtp_tls

# The worker's tests send at the shared clock's sending time (tests/clock.py).
NOW = SENDING_TIME


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "filterwarnings", "ignore:Requiring AUTH while not requiring TLS:UserWarning"
    )


def make_mailbox(
    user: User, dovecot: Dovecot, smtp: SmtpServer, address: str, **overrides: Any
) -> MailboxSettings:
    tls = smtp.mode != "plain"
    fields: dict[str, Any] = {
        "address": address,
        "smtp_host": "localhost" if tls else "127.0.0.1",
        "smtp_port": smtp.port,
        "smtp_security": {"plain": "none", "starttls": "starttls", "tls": "tls"}[smtp.mode],
        "smtp_username": address if tls else "",
        "imap_host": "localhost",
        "imap_port": dovecot.port_imaps if tls else dovecot.port_imap,
        "imap_security": "tls" if tls else "none",
        "imap_username": address,
        "is_local": not tls,
        "ca_file": str(dovecot.tls.ca_file),
    }
    fields.update(overrides)
    password = dovecot.users[address]
    return save_settings(user, smtp_password=password, imap_password=password, **fields)


@pytest.fixture
def candidate_address(dovecot: Dovecot) -> str:
    return dovecot.new_user("camille", "example.test")


@pytest.fixture
def recruiter_address(dovecot: Dovecot) -> str:
    return dovecot.new_user("drh", "corp.test")


@pytest.fixture
def user(db: None) -> User:
    user = User.objects.create_user("camille", "camille@example.org", "pw")
    Profile.objects.create(user=user, name="Camille Lefèvre", email="camille@example.org")
    return user


@pytest.fixture
def mailbox(user: User, dovecot: Dovecot, smtp_starttls: SmtpServer, candidate_address: str):
    return make_mailbox(user, dovecot, smtp_starttls, candidate_address)


@pytest.fixture
def worker_env(db: None) -> dict[str, str]:
    """The environment for a worker in another process, pointed at the test database."""
    from django.db import connection

    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite" and ("memory" in name or name == ":memory:"):
        pytest.fail(
            "worker processes cannot share an in-memory SQLite test database: set "
            "RELANCE_TEST_SQLITE_PATH (tests/conftest.py does)"
        )
    root = Path(__file__).resolve().parents[2]
    return {
        **os.environ,
        "PYTHONPATH": str(root),
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "RELANCE_WORKER_DB_NAME": name,
    }


# Five working days before NOW, next steps not obtained: the rules engine allows the
# follow-up e-mail on NOW's morning, so the worker's last check before sending passes.
INTERVIEW_AT = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def interviewed_applications(
    user: User, recruiter: str, count: int
) -> tuple[list[Application], list[Contact]]:
    """Applications with a contact and an interview, as the services would leave them."""
    apps = Application.objects.bulk_create(
        Application(owner=user, company=f"Company {i}", position="Chef de rang")
        for i in range(count)
    )
    Interview.objects.bulk_create(Interview(application=app, at=INTERVIEW_AT) for app in apps)
    contacts = Contact.objects.bulk_create(
        Contact(application=app, first_name="Claire", last_name="Durand", email=recruiter)
        for app in apps
    )
    return apps, contacts


def make_followup(
    user: User, recruiter: str, now: datetime = NOW, *, state: str = "approved", **fields: Any
) -> FollowUp:
    if "application" in fields:
        app, contact = fields["application"], fields["contact"]
    else:
        (app,), (contact,) = interviewed_applications(user, recruiter, 1)
    values: dict[str, Any] = {
        "application": app,
        "contact": contact,
        "kind": "followup_email",
        "channel": "email",
        "state": state,
        "send_by": "mailbox" if state == "approved" else "",
        "earliest_at": now - timedelta(hours=1),
        "latest_at": now + timedelta(days=2),
        "due_at": now - timedelta(minutes=1),
        "subject": "Suite à notre entretien du 3 mars",
        "body": "Madame,\n\nJe me permets de revenir vers vous.\n\nBien cordialement,\nCamille",
        "created_at": now - timedelta(days=5),
    }
    values.update(fields)
    return FollowUp.objects.create(**values)
