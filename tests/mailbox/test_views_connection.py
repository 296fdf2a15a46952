""" "Test the connection" against the real Dovecot and SMTP servers of the suite."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from django.contrib.auth.models import User
from django.test import Client

from relance.cli.main import cli
from relance.mailbox.models import MailboxSettings
from tests.fixtures.mail_servers import Dovecot, SmtpServer
from tests.fixtures.mailbox import make_mailbox

pytestmark = pytest.mark.django_db


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_it_reports_a_good_connection_and_learns_about_sent(user, mailbox) -> None:
    r = signed_in(user).post("/mailbox/test/", follow=True)
    html = r.content.decode()
    assert "Envoi (SMTP)\u00a0: connecté et identifié." in html
    assert "Réception (IMAP)\u00a0: connecté, identifié, dossiers trouvés." in html
    assert "Relance en range une copie dans Sent" in html
    mailbox.refresh_from_db()
    assert (mailbox.sent_folder, mailbox.junk_folder) == ("Sent", "Junk")
    assert mailbox.provider_saves_sent is False
    assert mailbox.last_error == ""


def test_it_diagnoses_a_wrong_password(user, mailbox) -> None:
    # Looked for in the whole page (it must leak nowhere), so not letters alone: the page's
    # random CSRF token could hold a short word.
    wrong = "wrong-app-password-42"
    mailbox.set_smtp_password(wrong)
    mailbox.set_imap_password(wrong)
    mailbox.save()
    html = signed_in(user).post("/mailbox/test/", follow=True).content.decode()
    assert "Envoi (SMTP) — authentification\u00a0:" in html
    assert "Réception (IMAP) — authentification\u00a0:" in html
    assert wrong not in html
    assert MailboxSettings.objects.get().provider_saves_sent is None  # no probe on failure


def test_it_refuses_a_certificate_it_cannot_verify(
    user, dovecot: Dovecot, smtp_starttls: SmtpServer, candidate_address: str
) -> None:
    make_mailbox(user, dovecot, smtp_starttls, candidate_address, ca_file="")
    html = signed_in(user).post("/mailbox/test/", follow=True).content.decode()
    assert "Envoi (SMTP) — TLS\u00a0: Le certificat TLS de localhost" in html
    assert "Réception (IMAP) — TLS" in html


def test_the_cli_exits_1_with_the_precise_failure(user, mailbox) -> None:
    runner = CliRunner()
    ok = runner.invoke(cli, ["--user", "camille", "mailbox", "test", "--no-probe"])
    assert ok.exit_code == 0, ok.output
    assert "Sending (SMTP): connected and signed in." in ok.output
    mailbox.set_imap_password("wrong")
    mailbox.save()
    failed = runner.invoke(cli, ["--user", "camille", "mailbox", "test"])
    assert failed.exit_code == 1
    assert "Receiving (IMAP) — authentication: localhost refused" in failed.output
