import threading
import time

import pytest

from relance.mail.errors import MailError
from relance.mail.imap import FolderState, ImapMailbox, check_connection
from tests.fixtures.mail_servers import imap_settings, raw_message

OURS = "<relance.1@example.test>"


def mailbox(dovecot, user, security="tls", **overrides):
    return ImapMailbox(imap_settings(dovecot, user, security, **overrides))


@pytest.mark.parametrize("security", ["tls", "starttls", "none"])
def test_it_logs_in_and_finds_special_folders(dovecot, candidate, security):
    with mailbox(dovecot, candidate, security) as box:
        folders = box.special_folders()
    assert (folders.sent, folders.junk, folders.all) == ("Sent", "Junk", None)
    assert folders.reply_folders() == ["INBOX", "Junk"]


def test_it_refuses_plaintext_unless_local(dovecot, candidate):
    with pytest.raises(MailError) as raised:
        mailbox(dovecot, candidate, "none", local=False).connect()
    assert raised.value.code == "tls_required"


def test_it_refuses_an_unknown_ca(dovecot, candidate):
    with pytest.raises(MailError) as raised:
        mailbox(dovecot, candidate, "tls", cafile=None).connect()
    assert raised.value.code == "tls_certificate"


def test_it_refuses_an_unknown_ca_on_starttls(dovecot, candidate):
    with pytest.raises(MailError) as raised:
        mailbox(dovecot, candidate, "starttls", cafile=None).connect()
    assert raised.value.code == "tls_certificate"


def test_it_diagnoses_a_wrong_password(dovecot, candidate):
    _, error = check_connection(imap_settings(dovecot, candidate, password="wrong"))
    assert error.code == "auth"


def test_it_diagnoses_a_mailbox_without_sent_folder(dovecot):
    user = dovecot.new_user("nosent", folders=("Junk",))
    folders, error = check_connection(imap_settings(dovecot, user))
    assert error.code == "folder_missing"
    assert folders.junk == "Junk"


def test_it_honours_folder_names_chosen_by_hand(dovecot, candidate):
    with ImapMailbox(imap_settings(dovecot, candidate), {"sent": "Drafts"}) as box:
        assert box.special_folders().sent == "Drafts"


def test_it_finds_a_message_by_id(dovecot, candidate):
    dovecot.append(candidate, "INBOX", raw_message("a@corp.test", candidate, OURS))
    with mailbox(dovecot, candidate) as box:
        assert len(box.find_by_message_id("INBOX", OURS)) == 1
        assert box.find_by_message_id("INBOX", "<relance.1@example.tes>") == []


@pytest.mark.parametrize(
    "headers",
    [
        {"In-Reply-To": OURS, "References": OURS},
        {"In-Reply-To": OURS},
        {"References": "<older@corp.test> " + OURS},
    ],
    ids=["both", "in-reply-to-only", "references-only"],
)
def test_it_finds_replies_by_either_threading_header(dovecot, candidate, headers):
    dovecot.append(
        candidate, "INBOX", raw_message("a@corp.test", candidate, "<r@corp.test>", headers=headers)
    )
    dovecot.append(candidate, "INBOX", raw_message("a@corp.test", candidate, "<x@corp.test>"))
    with mailbox(dovecot, candidate) as box:
        assert len(box.search_replies("INBOX", [OURS])) == 1


def test_it_finds_replies_in_junk(dovecot, candidate):
    dovecot.append(
        candidate,
        "Junk",
        raw_message("a@corp.test", candidate, "<j@corp.test>", headers={"In-Reply-To": OURS}),
    )
    with mailbox(dovecot, candidate) as box:
        found = {f: box.search_replies(f, [OURS]) for f in box.special_folders().reply_folders()}
    assert found == {"INBOX": [], "Junk": [1]}


def test_it_polls_new_messages_by_uid(dovecot, candidate):
    with mailbox(dovecot, candidate) as box:
        uids, state = box.new_messages("INBOX", None)
        assert uids == []
        dovecot.append(candidate, "INBOX", raw_message("a@corp.test", candidate, "<1@c.test>"))
        dovecot.append(candidate, "INBOX", raw_message("a@corp.test", candidate, "<2@c.test>"))
        uids, state = box.new_messages("INBOX", state)
        assert len(uids) == 2
        again, same = box.new_messages("INBOX", state)
    assert again == [] and same == state


def test_it_reads_everything_again_when_uidvalidity_changes(dovecot, candidate):
    dovecot.append(candidate, "INBOX", raw_message("a@corp.test", candidate, "<1@c.test>"))
    with mailbox(dovecot, candidate) as box:
        uids, state = box.new_messages("INBOX", None)
        stale = FolderState(state.uidvalidity + 1, state.last_uid)
        assert box.new_messages("INBOX", stale)[0] == uids


def test_it_fetches_messages_and_truncates_huge_ones(dovecot, candidate):
    attachment = "A" * 30_000_000
    dovecot.append(
        candidate,
        "INBOX",
        raw_message(
            "a@corp.test", candidate, "<big@c.test>", body="Voir pièce jointe.\n" + attachment
        ),
    )
    dovecot.append(candidate, "INBOX", raw_message("a@corp.test", candidate, "<s@c.test>"))
    with mailbox(dovecot, candidate) as box:
        uids, _ = box.new_messages("INBOX", None)
        big, small = box.fetch("INBOX", uids)
    assert big.truncated and len(big.raw) < 100_000 and b"<big@c.test>" in big.raw
    assert not small.truncated and b"<s@c.test>" in small.raw


def test_it_appends_to_sent(dovecot, candidate):
    with mailbox(dovecot, candidate) as box:
        assert box.append_sent(raw_message(candidate, "a@corp.test", OURS)) == "Sent"
        assert len(box.find_by_message_id("Sent", OURS)) == 1


def test_it_refuses_to_append_without_a_sent_folder(dovecot):
    user = dovecot.new_user("nosent", folders=())
    with mailbox(dovecot, user) as box, pytest.raises(MailError) as raised:
        box.append_sent(raw_message(user, "a@corp.test", OURS))
    assert raised.value.code == "folder_missing"


def test_it_wakes_from_idle_when_mail_arrives(dovecot, candidate):
    message = raw_message("a@corp.test", candidate, "<idle@c.test>")
    timer = threading.Timer(0.3, dovecot.lmtp_deliver, ("a@corp.test", candidate, message))
    with mailbox(dovecot, candidate) as box:
        assert box.has_idle()
        started = time.monotonic()
        timer.start()
        assert box.wait_for_change("INBOX", timeout=10)
    assert time.monotonic() - started < 5


def test_it_returns_from_idle_after_the_timeout(dovecot, candidate):
    with mailbox(dovecot, candidate) as box:
        assert not box.wait_for_change("INBOX", timeout=0.5)
