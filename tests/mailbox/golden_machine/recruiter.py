"""What lands in the candidate's INBOX, delivered to Dovecot over LMTP and read by the real
poller at its next pass or by the worker before it sends."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import strategies as st
from hypothesis.stateful import rule

from tests.fixtures.golden_oracle import local
from tests.fixtures.mail_servers import raw_message
from tests.mail import samples

from .world import GoldenWorld

FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
]  # fmt: skip


class RecruiterSteps(GoldenWorld):
    """The recruiter's side: what arrives in the candidate's INBOX."""

    def _deliver_mail(self, raw: bytes) -> None:
        self.dovecot.lmtp_deliver("x@corp.test", self.candidate, raw)

    def _date_header(self) -> str:
        return local(self.now).strftime("%a, %d %b %Y %H:%M:%S %z")

    @rule(
        kind=st.sampled_from(["reply", "bulk_reply", "colleague", "out_of_office", "bounce"]),
        away_days=st.integers(1, 12),
    )
    def recruiter_writes(self, kind: str, away_days: int) -> None:
        """A message lands in the candidate's INBOX (read at the next poll or before sending)."""
        ours = self.sent_ids[-1] if self.sent_ids else None
        self.mail_counter += 1
        message_id = f"<m{self.mail_counter}.{self.recruiter}>"
        threading = {"In-Reply-To": ours, "References": ours} if ours else {}
        if kind in ("reply", "bulk_reply"):
            # Threaded to our last message sent from the mailbox; else from the recruiter's
            # address (after a catch-up sent by hand, say): a possible reply either way.
            if kind == "bulk_reply" and ours is None:
                return  # unthreaded bulk mail is a newsletter to the poller, by design
            headers = dict(threading)
            if kind == "bulk_reply":  # ATS and CRM mailers set these on real answers
                headers.update({"Precedence": "bulk", "List-Id": "<rh.corp.test>"})
            body = "Bonjour, merci pour votre message, je reviens vers vous rapidement."
            raw = raw_message(
                self.recruiter, self.candidate, message_id, body=body,
                subject="Re: Suite à notre entretien", date=self._date_header(), headers=headers,
            )  # fmt: skip
            self.mail_replies[message_id] = [self.now, False]
        elif kind == "colleague":
            colleague = f"assistant.rh@{self.recruiter.rsplit('@', 1)[1]}"
            raw = raw_message(
                colleague, self.candidate, message_id,
                body="Bonjour, je vous écris au sujet de votre candidature.",
                subject="Votre candidature", date=self._date_header(),
            )  # fmt: skip
            self.mail_replies[message_id] = [self.now, False]
        elif kind == "out_of_office":
            back = local(self.now).date() + timedelta(days=away_days)
            raw = raw_message(
                self.recruiter, self.candidate, message_id,
                subject="Réponse automatique : Suite à notre entretien",
                body=f"Je suis absente jusqu'au {back.day} {FR_MONTHS[back.month - 1]} inclus.",
                date=self._date_header(),
                headers={**threading, "Auto-Submitted": "auto-replied",
                         "X-Auto-Response-Suppress": "All"},
            )  # fmt: skip
        else:
            if ours is None:
                return
            raw = (
                samples.dsn_bounce()
                .replace(samples.OURS.encode(), ours.encode())
                .replace(samples.RECRUITER.encode(), self.recruiter.encode())
                .replace(samples.CANDIDATE.encode(), self.candidate.encode())
                .replace(b"<dsn1@mx.example.test>", message_id.encode())
            )
            self.bounced.add(ours)
        self._deliver_mail(raw)
        self.note(f"recruiter's mailbox sends a {kind} {message_id}")
