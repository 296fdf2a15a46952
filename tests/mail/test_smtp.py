import time

import pytest

from relance.mail.message import OutgoingMail, build_message
from relance.mail.smtp import Security, SendStatus, check_connection, send_once
from tests.fixtures.mail_servers import free_port, smtp_settings


def message_for(candidate, recruiter):
    mail = OutgoingMail(candidate, recruiter, "Suite à notre entretien", "Bonjour,\n\nMerci.")
    return build_message(mail)


def send(server, candidate, recruiter, steps=None, **overrides):
    message = message_for(candidate, recruiter)
    calls = []
    result = send_once(
        smtp_settings(server, candidate, **overrides),
        message,
        envelope_from=candidate,
        recipients=[recruiter],
        copy_to=candidate,
        before_data=lambda: calls.append("before_data"),
        on_step=steps.append if steps is not None else None,
    )
    return result, message["Message-ID"], calls


def wait_count(dovecot, user, message_id, expected, folder="INBOX"):
    deadline = time.monotonic() + 5
    while dovecot.count_message_id(user, message_id, folder) != expected:
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    return dovecot.count_message_id(user, message_id, folder)


@pytest.mark.parametrize("mode", ["plain", "starttls", "tls"])
def test_it_sends_and_leaves_a_copy_for_the_candidate(
    mode, smtp_servers, dovecot, candidate, recruiter
):
    result, message_id, calls = send(smtp_servers[mode], candidate, recruiter)
    assert result.status is SendStatus.SENT
    assert result.copy_accepted
    assert calls == ["before_data"]
    assert wait_count(dovecot, recruiter, message_id, 1) == 1
    assert wait_count(dovecot, candidate, message_id, 1) == 1


def test_it_keeps_the_copy_address_out_of_the_headers(smtp_plain, dovecot, candidate, recruiter):
    _, message_id, _ = send(smtp_plain, candidate, recruiter)
    wait_count(dovecot, recruiter, message_id, 1)
    client = dovecot.imap(recruiter)
    client.select("INBOX")
    _, data = client.search(None, "HEADER", "Message-ID", f'"{message_id}"')
    _, fetched = client.fetch(data[0].split()[0], "(BODY.PEEK[HEADER])")
    headers = fetched[0][1].decode()
    assert "To: " + recruiter in headers
    assert "Cc:" not in headers and "Bcc:" not in headers


def test_it_steps_through_the_at_most_once_boundary(smtp_plain, candidate, recruiter):
    steps = []
    send(smtp_plain, candidate, recruiter, steps=steps)
    assert steps == ["connected", "envelope", "committing", "data_sent", "accepted"]


def test_it_diagnoses_a_good_connection(smtp_starttls, candidate):
    assert check_connection(smtp_settings(smtp_starttls, candidate)) is None


def test_it_diagnoses_a_wrong_password(smtp_starttls, candidate):
    error = check_connection(smtp_settings(smtp_starttls, candidate, password="nope"))
    assert error.code == "auth"
    assert error.permanent


def test_it_refuses_an_unknown_certificate_authority(smtp_starttls, candidate):
    error = check_connection(smtp_settings(smtp_starttls, candidate, cafile=None))
    assert error.code == "tls_certificate"
    assert "localhost" in str(error)


def test_it_refuses_an_unknown_ca_with_implicit_tls(smtp_tls, candidate):
    assert check_connection(smtp_settings(smtp_tls, candidate, cafile=None)).code == (
        "tls_certificate"
    )


def test_it_checks_the_host_name_against_the_certificate(smtp_starttls, candidate):
    error = check_connection(smtp_settings(smtp_starttls, candidate, host="127.0.0.2"))
    assert error.code in {"tls_certificate", "connect"}


def test_it_refuses_plaintext_to_a_server_not_marked_local(smtp_plain, candidate, recruiter):
    result, _, calls = send(smtp_plain, candidate, recruiter, local=False)
    assert result.status is SendStatus.FAILED
    assert result.error.code == "tls_required"
    assert calls == []


def test_it_diagnoses_a_missing_starttls(smtp_plain, candidate):
    settings = smtp_settings(smtp_plain, candidate, security=Security.STARTTLS)
    assert check_connection(settings).code == "starttls_unsupported"


def test_it_diagnoses_an_unknown_host(smtp_plain, candidate):
    error = check_connection(smtp_settings(smtp_plain, candidate, host="nowhere.invalid"))
    assert error.code == "dns"


def test_it_diagnoses_a_closed_port(smtp_plain, candidate):
    error = check_connection(smtp_settings(smtp_plain, candidate, port=free_port()))
    assert error.code == "connect"
    assert not error.permanent


def test_it_fails_transiently_when_the_server_is_down(smtp_plain, candidate, recruiter):
    smtp_plain.stop()
    result, _, calls = send(smtp_plain, candidate, recruiter)
    assert result.status is SendStatus.FAILED
    assert not result.permanent
    assert calls == []


def test_it_fails_transiently_on_a_4xx_at_data(smtp_plain, dovecot, candidate, recruiter):
    smtp_plain.knobs.refuse = (451, "4.3.0 Try again later")
    result, message_id, _ = send(smtp_plain, candidate, recruiter)
    assert result.status is SendStatus.FAILED
    assert result.smtp_code == 451
    assert not result.permanent
    assert dovecot.count_message_id(recruiter, message_id) == 0


def test_it_fails_permanently_on_a_5xx_at_data(smtp_plain, candidate, recruiter):
    smtp_plain.knobs.refuse = (554, "5.7.1 Spam")
    result, _, _ = send(smtp_plain, candidate, recruiter)
    assert result.status is SendStatus.FAILED
    assert result.permanent


def test_it_fails_permanently_on_an_unknown_recipient(smtp_plain, candidate):
    result, _, calls = send(smtp_plain, candidate, "nobody@corp.test")
    assert result.error.code == "recipient_refused"
    assert result.permanent
    assert calls == []


def test_it_reports_unknown_when_the_reply_to_data_never_comes(
    smtp_plain, dovecot, candidate, recruiter
):
    smtp_plain.knobs.slow = 3
    result, message_id, calls = send(smtp_plain, candidate, recruiter, timeout=1)
    assert result.status is SendStatus.UNKNOWN
    assert calls == ["before_data"]
    assert wait_count(dovecot, recruiter, message_id, 1) == 1


def test_it_does_not_send_when_before_data_fails(smtp_plain, dovecot, candidate, recruiter):
    def cannot_commit():
        raise RuntimeError("database is locked")

    message = message_for(candidate, recruiter)
    with pytest.raises(RuntimeError):
        send_once(
            smtp_settings(smtp_plain, candidate),
            message,
            envelope_from=candidate,
            recipients=[recruiter],
            copy_to=candidate,
            before_data=cannot_commit,
        )
    # Had DATA gone, the server would have delivered before answering it: no pause needed.
    assert message["Message-ID"] not in smtp_plain.delivered_to(recruiter)
    assert dovecot.count_message_id(recruiter, message["Message-ID"]) == 0
