"""The machine's world: its state, its set-up and the helpers every step uses.

Each example runs in a transaction rolled back at its end; the candidate's and the recruiter's
mailboxes are fresh Dovecot users. Steps log what they did (`note`), and a failure prints that
history (`fail`).
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize

from relance.core.errors import RuleViolation
from relance.mailbox.models import IncomingMessage
from relance.tracker.models import FollowUp, Interview, Profile
from relance.tracker.services.applications import add_contact, create_application
from relance.tracker.services.interviews import add_interview
from tests.fixtures.golden_oracle import Delivered, local
from tests.fixtures.mail_servers import Dovecot, SmtpServer
from tests.fixtures.mailbox import make_mailbox

# Starting days (08:00 UTC) next to weekends and French public holidays of 2026.
STARTS = [
    datetime(2026, 4, 2, 8, 0, tzinfo=UTC),  # Thursday before Good Friday / Easter Monday (6th)
    datetime(2026, 5, 13, 8, 0, tzinfo=UTC),  # Wednesday before Ascension (14th), pont on 15th
    datetime(2026, 4, 29, 8, 0, tzinfo=UTC),  # Wednesday before 1 May (Friday)
    datetime(2026, 5, 20, 8, 0, tzinfo=UTC),  # Wednesday before Whit Monday (25th)
    datetime(2026, 3, 10, 8, 0, tzinfo=UTC),  # an ordinary Tuesday
]
REFUSED = (ValidationError, RuleViolation)
# What the runs reached (printed with -s): a machine that never sends proves nothing.
STATS: Counter[str] = Counter()


class GoldenWorld(RuleBasedStateMachine):
    """The state every step reads and writes, and the helpers they share."""

    # Set by the test before the machine runs.
    dovecot: Dovecot
    smtp: SmtpServer

    def __init__(self) -> None:
        super().__init__()
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        self.now = STARTS[0]
        self.delivered: list[Delivered] = []
        self.smtp_seen = 0
        # Recruiter messages put in the mailbox that the candidate must see: Message-ID ->
        # (arrived at, settled by the candidate?)
        self.mail_replies: dict[str, list[Any]] = {}
        self.ever_approved: set[int] = set()
        # The text each row had when it was last approved: a text edited after its approval
        # and then "sent by hand" is the candidate's own, as one never approved.
        self.approved_texts: dict[int, tuple[str, str]] = {}
        self.sent_ids: list[str] = []
        self.bounced: set[str] = set()  # Message-IDs the recruiter's server refused
        self.mail_counter = 0
        self.last_pass: datetime | None = None
        self.log: list[str] = []

    def approved(self, row: FollowUp) -> None:
        row.refresh_from_db()
        self.ever_approved.add(row.pk)
        self.approved_texts[row.pk] = (row.subject, row.body)

    def teardown(self) -> None:
        STATS["examples"] += 1
        if os.environ.get("RELANCE_MACHINE_TRACE"):
            print("\n".join(["=== example", *self.log]))
        for item in self.delivered:
            STATS[f"delivered {item.kind} {'worker' if item.by_worker else 'hand'}"] += 1
        if hasattr(self, "app"):
            for state in FollowUp.objects.filter(application=self.app).values_list(
                "state", flat=True
            ):
                STATS[f"row {state}"] += 1
            for kind in IncomingMessage.objects.filter(application=self.app).values_list(
                "kind", flat=True
            ):
                STATS[f"incoming {kind}"] += 1
        transaction.set_rollback(True)
        self._atomic.__exit__(None, None, None)

    @initialize(
        start=st.sampled_from(STARTS),
        interview_offset=st.sampled_from([-26, -5, -2, 3, 30]),
        bulk_mailer=st.booleans(),
    )
    def setup(self, start: datetime, interview_offset: int, bulk_mailer: bool) -> None:
        self.now = start
        self.bulk_mailer = bulk_mailer
        self.candidate = self.dovecot.new_user("cand", "example.test")
        self.recruiter = self.dovecot.new_user("drh", "corp.test")
        self.user = User.objects.create_user("alice", "alice@example.org", "pw")
        Profile.objects.create(user=self.user, name="Alice Martin", email=self.candidate)
        mailbox = make_mailbox(self.user, self.dovecot, self.smtp, self.candidate)
        mailbox.provider_saves_sent = True  # the copy to self lands in INBOX: no APPEND needed
        mailbox.save()
        self.mailbox = mailbox
        self.app = create_application(
            self.user, company="Brasserie Lipp", position="chef de rang", now=self.now
        )
        add_contact(
            self.app, first_name="Claire", last_name="Durand", civility="madame",
            role="Directrice de salle", email=self.recruiter, phones=[],
            is_decision_maker=True, now=self.now,
        )  # fmt: skip
        at = self.now + timedelta(hours=interview_offset)
        add_interview(self.app, at=at, now=self.now)
        self.note(f"start {start:%a %Y-%m-%d %H:%M}Z, interview at {at:%a %d %H:%M}Z")

    @staticmethod
    def when(moment: datetime | None) -> str:
        return f"{local(moment):%a %d/%m %H:%M}" if moment else "-"

    def note(self, text: str) -> None:
        self.log.append(f"[{local(self.now):%a %d/%m %H:%M}] {text}")

    def rows(self, *states: str) -> list[FollowUp]:
        query = FollowUp.objects.filter(application=self.app).order_by("pk")
        return list(query.filter(state__in=states) if states else query)

    def pick(self, data: st.DataObject, *states: str) -> FollowUp | None:
        rows = self.rows(*states)
        return data.draw(st.sampled_from(rows), label="row") if rows else None

    def attempt(self, what: str, call: Any) -> Any:
        """Run a service call; True (or its result) when it went through, None when refused."""
        try:
            result = call()
        except REFUSED as error:
            self.note(f"{what}: refused ({getattr(error, 'code', None) or error})")
            return None
        self.note(f"{what}: ok")
        return True if result is None else result

    def held_interview(self) -> Interview | None:
        return (
            Interview.objects.filter(application=self.app, at__lte=self.now).order_by("-at").first()
        )

    def system_pending(self) -> list[str]:
        """Possible replies the system knows and waits on (before a step runs)."""
        return list(
            IncomingMessage.objects.filter(
                application=self.app, status="pending", kind__in=["reply", "possible_reply"]
            ).values_list("message_id", flat=True)
        )

    def fail(self, message: str) -> None:
        history = "\n".join(self.log)
        raise AssertionError(f"{message}\n--- history ---\n{history}")
