"""Nudges by e-mail: an outbox row with the nudge, sent once by the worker to the real SMTP
server (which delivers to Dovecot), retried later on a temporary refusal, never resent after a
crash."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import override_settings

from relance.coaching.models import MailState, Membership, Nudge, NudgeMail, Role, Sharing
from relance.coaching.services.invitations import accept, create_organisation, invite
from relance.coaching.services.nudge_mail import handle_one_nudge_mail, settle_nudge_mails
from relance.coaching.services.nudges import nudge
from relance.tracker.models import Profile
from tests.fixtures.clock import NOW
from tests.fixtures.mail_servers import Dovecot, SmtpServer

pytestmark = pytest.mark.django_db
SMTP = "django.core.mail.backends.smtp.EmailBackend"


def person(username: str, email: str = "", language: str = "fr") -> User:
    user = User.objects.create_user(username, email, "pw")
    Profile.objects.create(user=user, name=username.title(), language=language)
    return user


@pytest.fixture
def outgoing(smtp_plain: SmtpServer) -> Iterator[SmtpServer]:
    with override_settings(
        EMAIL_BACKEND=SMTP,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=smtp_plain.port,
        EMAIL_USE_TLS=False,
        EMAIL_HOST_USER="",
        DEFAULT_FROM_EMAIL="relance@coaching.test",
    ):
        yield smtp_plain


@pytest.fixture
def membership(dovecot: Dovecot) -> Membership:
    admin = person("amina")
    coach = person("carole", "carole@mission.test")
    org = create_organisation("Mission locale", admin, now=NOW)
    accept(invite(admin, org, role=Role.COACH, now=NOW).token, coach, sharing="nothing", now=NOW)
    candidate = person("alice", dovecot.new_user("alice"))
    token = invite(coach, org, role=Role.CANDIDATE, now=NOW).token
    return accept(token, candidate, sharing=Sharing.STATUSES, now=NOW)


def send(membership: Membership, body: str = "Bonjour Alice,\n\nOù en êtes-vous ?") -> Nudge:
    assert membership.coach is not None
    return nudge(
        membership.coach, membership, template="check_in", subject="Un mot de Carole",
        body=body, now=NOW,
    )  # fmt: skip


def inbox_subjects(dovecot: Dovecot, address: str) -> list[str]:
    client = dovecot.imap(address)
    client.select("INBOX", readonly=True)
    _, data = client.fetch("1:*", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
    client.logout()
    return [p[1].decode().split(":", 1)[1].strip() for p in data if isinstance(p, tuple)]


def test_it_writes_no_outbox_row_without_a_mail_server(membership: Membership) -> None:
    with override_settings(EMAIL_BACKEND=SMTP, EMAIL_HOST=""):
        send(membership)
    assert Nudge.objects.count() == 1
    assert not NudgeMail.objects.exists()


def test_it_writes_the_outbox_row_in_the_nudges_transaction(
    outgoing: SmtpServer, membership: Membership, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**fields: object) -> None:
        raise RuntimeError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(NudgeMail.objects, "create", broken)
        with pytest.raises(RuntimeError):
            send(membership)
    assert not Nudge.objects.exists()  # nothing half-written
    send(membership)
    assert NudgeMail.objects.count() == Nudge.objects.count() == 1
    mail = NudgeMail.objects.get()
    assert (mail.to_address, mail.reply_to) == (membership.user.email, "carole@mission.test")


def test_it_sends_the_nudge_once_through_the_worker(
    outgoing: SmtpServer, membership: Membership, dovecot: Dovecot
) -> None:
    send(membership)
    assert handle_one_nudge_mail(NOW) is True
    assert handle_one_nudge_mail(NOW) is False
    mail = NudgeMail.objects.get()
    assert (mail.state, mail.attempts, mail.sent_at) == (MailState.SENT, 1, NOW)
    assert inbox_subjects(dovecot, membership.user.email) == ["Un mot de Carole"]
    assert dovecot.count_message_id(membership.user.email, mail.message_id) == 1


def test_it_tries_again_later_after_a_temporary_refusal(
    outgoing: SmtpServer, membership: Membership, dovecot: Dovecot
) -> None:
    send(membership)
    outgoing.knobs.refuse = (451, "4.3.0 Try again later")
    assert handle_one_nudge_mail(NOW) is True
    mail = NudgeMail.objects.get()
    assert (mail.state, mail.attempts) == (MailState.PENDING, 1)
    assert mail.due_at == NOW + timedelta(minutes=1)
    assert "Try again later" in mail.last_error
    assert handle_one_nudge_mail(NOW) is False  # not before its time
    outgoing.knobs.reset()
    assert handle_one_nudge_mail(NOW + timedelta(minutes=2)) is True
    assert NudgeMail.objects.get().state == MailState.SENT
    assert inbox_subjects(dovecot, membership.user.email) == ["Un mot de Carole"]


def test_it_never_resends_a_row_a_crashed_worker_left_sending(
    outgoing: SmtpServer, membership: Membership
) -> None:
    send(membership)
    NudgeMail.objects.update(state=MailState.SENDING, attempts=1, attempted_at=NOW)
    assert settle_nudge_mails(NOW + timedelta(minutes=1)) == 0  # maybe still sending
    assert settle_nudge_mails(NOW + timedelta(minutes=6)) == 1
    assert NudgeMail.objects.get().state == MailState.UNKNOWN
    assert handle_one_nudge_mail(NOW + timedelta(minutes=7)) is False
