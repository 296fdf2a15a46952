import pytest

from relance.mailbox.models import MailboxSettings
from relance.mailbox.services import check_connection as check_mailbox
from relance.mailbox.services import save_settings
from tests.fixtures.mailbox import make_mailbox

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_stores_passwords_encrypted(mailbox, dovecot, candidate_address):
    stored = MailboxSettings.objects.values_list(
        "smtp_password_encrypted", "imap_password_encrypted"
    ).get()
    password = dovecot.users[candidate_address]
    assert all(value and password not in value for value in stored)
    assert mailbox.smtp_settings().password == password


def test_it_keeps_the_password_when_none_is_given(mailbox, user, dovecot, candidate_address):
    save_settings(user, smtp_host="localhost")
    mailbox.refresh_from_db()
    assert mailbox.smtp_settings().password == dovecot.users[candidate_address]


def test_it_never_shows_a_password_in_repr(mailbox):
    assert "secret" not in repr(mailbox.smtp_settings())
    assert "secret" not in repr(mailbox.imap_settings())


def test_it_refuses_unknown_fields(user):
    with pytest.raises(TypeError):
        save_settings(user, smtp_password_encrypted="x")


def test_it_reports_a_good_connection_and_finds_folders(mailbox):
    report = check_mailbox(mailbox)
    assert report.ok
    mailbox.refresh_from_db()
    assert (mailbox.sent_folder, mailbox.junk_folder) == ("Sent", "Junk")


def test_it_probes_whether_the_provider_saves_sent(mailbox):
    check_mailbox(mailbox, probe=True)
    mailbox.refresh_from_db()
    assert mailbox.provider_saves_sent is False


def test_it_reports_each_failure_precisely(user, dovecot, smtp_starttls, candidate_address):
    mailbox = make_mailbox(
        user, dovecot, smtp_starttls, candidate_address, ca_file="", imap_host="nowhere.invalid"
    )
    report = check_mailbox(mailbox)
    assert report.smtp_error.code == "tls_certificate"
    assert report.imap_error.code == "dns"
    mailbox.refresh_from_db()
    assert "certificate" in mailbox.last_error


def test_it_reports_a_wrong_password(mailbox):
    mailbox.set_imap_password("wrong")
    mailbox.save()
    assert check_mailbox(mailbox).imap_error.code == "auth"


def test_it_refuses_plaintext_to_a_remote_server(mailbox):
    mailbox.smtp_security = "none"
    mailbox.save()
    assert check_mailbox(mailbox).smtp_error.code == "tls_required"
