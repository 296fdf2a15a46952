import time
from datetime import UTC, datetime, timedelta

from relance.mail.evidence import (
    ensure_in_sent,
    find_copy,
    probe_provider_saves_sent,
    settle_committing,
)
from relance.mail.imap import ImapMailbox
from relance.mail.message import OutgoingMail, build_message
from relance.mail.smtp import SendStatus
from tests.fixtures.mail_servers import imap_settings, raw_message, smtp_settings


def test_it_finds_the_copy_in_any_folder(dovecot, candidate):
    dovecot.append(candidate, "Junk", raw_message(candidate, "a@corp.test", "<m1@example.test>"))
    with ImapMailbox(imap_settings(dovecot, candidate)) as mailbox:
        assert find_copy(mailbox, "<m1@example.test>") == "Junk"
        assert find_copy(mailbox, "<m2@example.test>") is None


def test_it_settles_as_sent_when_the_copy_is_there(dovecot, candidate):
    dovecot.append(candidate, "INBOX", raw_message(candidate, "a@corp.test", "<m1@example.test>"))
    now = datetime.now(UTC)
    with ImapMailbox(imap_settings(dovecot, candidate)) as mailbox:
        result = settle_committing(mailbox, "<m1@example.test>", now - timedelta(hours=1), now)
    assert result is SendStatus.SENT


def test_it_appends_to_sent_only_once(dovecot, candidate):
    message = build_message(OutgoingMail(candidate, "a@corp.test", "Objet", "Texte"))
    with ImapMailbox(imap_settings(dovecot, candidate)) as mailbox:
        assert ensure_in_sent(mailbox, message, None)
        assert not ensure_in_sent(mailbox, message, None)
    assert dovecot.count_message_id(candidate, message["Message-ID"], "Sent") == 1


def test_it_detects_a_provider_that_does_not_save_sent(smtp_starttls, dovecot, candidate):
    saves = probe_provider_saves_sent(
        smtp_settings(smtp_starttls, candidate),
        imap_settings(dovecot, candidate),
        candidate,
        wait=2,
    )
    assert saves is False


def test_it_detects_a_provider_that_saves_sent(smtp_starttls, dovecot, candidate):
    smtp_starttls.knobs.saves_sent = True
    started = time.monotonic()
    saves = probe_provider_saves_sent(
        smtp_settings(smtp_starttls, candidate),
        imap_settings(dovecot, candidate),
        candidate,
        wait=5,
    )
    assert saves is True
    assert time.monotonic() - started < 4


def test_it_cleans_up_the_probe(smtp_starttls, dovecot, candidate):
    probe_provider_saves_sent(
        smtp_settings(smtp_starttls, candidate),
        imap_settings(dovecot, candidate),
        candidate,
        wait=2,
    )
    client = dovecot.imap(candidate)
    client.select("INBOX")
    assert client.search(None, "ALL")[1] == [b""]
