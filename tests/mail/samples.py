"""Canned incoming messages modelled on real ones (Exchange, Gmail, Postfix, ATS)."""

from __future__ import annotations

from tests.fixtures.mail_servers import raw_message

OURS = "<relance.abc123@example.test>"
CANDIDATE = "camille@example.test"
RECRUITER = "drh@corp.test"

ORIGINAL_HEADERS = f"""From: Camille <{CANDIDATE}>
To: {RECRUITER}
Subject: Suite à notre entretien
Message-ID: {OURS}
Date: Mon, 03 Mar 2025 09:45:00 +0100
"""


def reply(**headers: str) -> bytes:
    return raw_message(RECRUITER, CANDIDATE, "<reply1@corp.test>", headers=headers)


def colleague() -> bytes:
    return raw_message(
        "assistant.rh@corp.test", CANDIDATE, "<c1@corp.test>", subject="Votre candidature"
    )


def out_of_office() -> bytes:
    return raw_message(
        RECRUITER,
        CANDIDATE,
        "<ooo@corp.test>",
        subject="Réponse automatique : Suite à notre entretien",
        body="Je suis absente jusqu'au 10 mars.",
        headers={
            "In-Reply-To": OURS,
            "Auto-Submitted": "auto-replied",
            "X-Auto-Response-Suppress": "All",
        },
    )


def ats_acknowledgement() -> bytes:
    return raw_message(
        "no-reply@corp.myworkdayjobs.test",
        CANDIDATE,
        "<ats@wd.test>",
        subject="Nous avons bien reçu votre message",
        headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk", "References": OURS},
    )


def dsn_bounce(action: str = "failed") -> bytes:
    return f"""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx.example.test>
To: {CANDIDATE}
Subject: Undelivered Mail Returned to Sender
Date: Mon, 03 Mar 2025 09:46:00 +0100
Message-ID: <dsn1@mx.example.test>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain; charset=us-ascii

I'm sorry to have to inform you that your message could not be delivered.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.test

Final-Recipient: rfc822; {RECRUITER}
Original-Recipient: rfc822;{RECRUITER}
Action: {action}
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B
Content-Type: text/rfc822-headers

{ORIGINAL_HEADERS}
--B--
""".replace("\n", "\r\n").encode()


def plain_text_bounce() -> bytes:
    return f"""Return-Path: <>
From: MAILER-DAEMON@mail.corp.test
To: {CANDIDATE}
Subject: failure notice
Date: Mon, 03 Mar 2025 09:46:00 +0100

Hi. This is the qmail-send program at mail.corp.test.
I'm afraid I wasn't able to deliver your message to the following addresses.

<{RECRUITER}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

{ORIGINAL_HEADERS}
Bonjour,
""".replace("\n", "\r\n").encode()


def malformed() -> bytes:
    return (
        b"From: =?utf-8?q?broken\r\nTo: <<<>>>\r\nDate: not a date\r\n"
        b"Content-Type: multipart/mixed; boundary=\r\nIn-Reply-To: "
        + OURS.encode()
        + b"\r\n\r\n\xff\xfe garbage\r\n"
    )
