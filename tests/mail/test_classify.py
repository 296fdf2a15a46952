from datetime import datetime, timedelta, timezone

import pytest

from relance.mail.classify import Kind, SentFollowUp, classify, parse
from tests.fixtures.mail_servers import raw_message
from tests.mail import samples

SENT = SentFollowUp(
    samples.OURS,
    samples.RECRUITER,
    datetime(2025, 3, 3, 9, 45, tzinfo=timezone(timedelta(hours=1))),
)


def kind_of(raw, sent=(SENT,), own=(samples.CANDIDATE,)):
    return classify(parse(raw), sent, own)


@pytest.mark.parametrize(
    "headers",
    [
        {"In-Reply-To": samples.OURS, "References": samples.OURS},
        {"In-Reply-To": samples.OURS},
        {"References": "<root@corp.test> " + samples.OURS},
    ],
)
def test_it_recognises_a_reply_by_threading_headers(headers):
    result = kind_of(samples.reply(**headers))
    assert result.kind is Kind.REPLY
    assert result.follow_up == SENT


def test_it_ignores_the_subject_as_evidence():
    raw = raw_message(
        "someone@else.test",
        samples.CANDIDATE,
        "<z@else.test>",
        subject="RE: Suite à notre entretien",
    )
    assert kind_of(raw).kind is Kind.UNRELATED


def test_it_calls_a_colleague_from_the_same_domain_a_possible_reply():
    result = kind_of(samples.colleague())
    assert result.kind is Kind.POSSIBLE_REPLY
    assert result.follow_up == SENT


def test_it_calls_the_contact_without_threading_a_possible_reply():
    assert kind_of(samples.reply()).kind is Kind.POSSIBLE_REPLY


def test_it_ignores_the_contact_before_the_send_date():
    raw = raw_message(
        samples.RECRUITER,
        samples.CANDIDATE,
        "<old@corp.test>",
        date="Fri, 28 Feb 2025 10:00:00 +0100",
    )
    assert kind_of(raw).kind is Kind.UNRELATED


def test_it_does_not_match_a_free_mail_domain():
    sent = SentFollowUp(samples.OURS, "recruteuse@gmail.com", SENT.sent_at)
    raw = raw_message("stranger@gmail.com", samples.CANDIDATE, "<g@gmail.com>")
    assert kind_of(raw, sent=(sent,)).kind is Kind.UNRELATED


def test_it_sees_an_out_of_office_as_an_auto_reply():
    result = kind_of(samples.out_of_office())
    assert result.kind is Kind.AUTO_REPLY
    assert result.follow_up == SENT


def test_it_sees_an_ats_acknowledgement_as_an_auto_reply():
    assert kind_of(samples.ats_acknowledgement()).kind is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "header,value",
    [
        ("X-Autoreply", "yes"),
        ("X-Autorespond", "vacation"),
        ("Precedence", "auto_reply"),
        ("Auto-Submitted", "auto-replied"),
    ],
)
def test_it_sees_each_absence_header(header, value):
    result = kind_of(samples.reply(**{"In-Reply-To": samples.OURS, header: value}))
    assert result.kind is Kind.AUTO_REPLY
    assert result.out_of_office


@pytest.mark.parametrize(
    "header,value",
    [
        ("Precedence", "bulk"),
        ("Precedence", "list"),
        ("List-Id", "<rh.corp.test>"),
        ("X-Auto-Response-Suppress", "All"),
        ("Auto-Submitted", "auto-generated"),
    ],
)
def test_it_shows_a_threaded_reply_from_a_bulk_mailer_as_a_possible_reply(header, value):
    result = kind_of(samples.reply(**{"In-Reply-To": samples.OURS, header: value}))
    assert result.kind is Kind.POSSIBLE_REPLY
    assert result.follow_up == SENT


def test_it_ignores_bulk_mail_that_answers_nothing():
    raw = raw_message("news@corp.test", samples.CANDIDATE, "<n1@corp.test>", headers={
        "Precedence": "bulk", "List-Id": "<news.corp.test>",
    })  # fmt: skip
    assert kind_of(raw).kind is Kind.UNRELATED


def test_it_marks_an_out_of_office_for_its_return_date():
    assert kind_of(samples.out_of_office()).out_of_office
    assert not kind_of(samples.ats_acknowledgement()).out_of_office


def test_it_keeps_auto_submitted_no_as_a_reply():
    raw = samples.reply(**{"In-Reply-To": samples.OURS, "Auto-Submitted": "no"})
    assert kind_of(raw).kind is Kind.REPLY


def test_it_sees_a_delivery_status_bounce_before_its_auto_submitted():
    result = kind_of(samples.dsn_bounce())
    assert result.kind is Kind.BOUNCE
    assert result.follow_up == SENT
    assert result.failed_recipient == samples.RECRUITER


def test_it_does_not_call_a_delay_notice_a_bounce():
    assert kind_of(samples.dsn_bounce(action="delayed")).kind is Kind.AUTO_REPLY


def test_it_sees_a_plain_text_bounce():
    result = kind_of(samples.plain_text_bounce())
    assert result.kind is Kind.BOUNCE
    assert result.follow_up == SENT


def test_it_ignores_the_candidates_own_copy():
    raw = raw_message(samples.CANDIDATE, samples.RECRUITER, samples.OURS)
    assert kind_of(raw).kind is Kind.UNRELATED


def test_it_survives_a_malformed_message():
    assert kind_of(samples.malformed()).kind is Kind.REPLY
