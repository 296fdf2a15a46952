"""A golden-rule finding of the tone guard blocks approval until the text changes or the
candidate says "this is fine here"; style findings only warn.

The dismissals are kept on the follow-up and on the timeline (exported with it): they are
the record of the guard's false alarms that later versions of the guard learn from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from relance.tone import Finding, check
from relance.tracker.lifecycle import TONE_DISMISSABLE
from relance.tracker.models import FollowUp
from relance.tracker.services.transitions import record_event

# The article's golden rules: never impatient, aggressive or demanding; never a supplicant.
BLOCKING_CATEGORIES = frozenset({"impatience", "aggression", "demand", "supplication"})
TONE_KINDS = {
    "catchup": "catchup",
    "thankyou": "thankyou",
    "followup_email": "followup",
    "followup_call": "call",
    "feedback_request": "feedback_request",
}


@dataclass(frozen=True)
class Blocking:
    """A golden-rule finding in the subject or the body, with the words it points at."""

    finding: Finding
    excerpt: str

    @property
    def key(self) -> tuple[str, str]:
        return self.finding.rule_id, normal_excerpt(self.excerpt)


def blocking_findings(followup: FollowUp, subject: str, body: str) -> list[Blocking]:
    """The golden-rule findings the candidate has not dismissed for this follow-up."""
    # The text's own language: a candidate may write in English to a job in France.
    lang = "auto"
    dismissed = dismissed_keys(followup)
    found = []
    for text, kind in ((subject, "free"), (body, TONE_KINDS.get(followup.kind, "free"))):
        if not text.strip():
            continue
        for finding in check(text, lang, kind).findings:
            if finding.category not in BLOCKING_CATEGORIES:
                continue
            item = Blocking(finding, text[finding.start : finding.end])
            if item.key not in dismissed:
                found.append(item)
    return found


def require_golden_tone(followup: FollowUp) -> None:
    """Raise ValidationError (code "tone") naming the first undismissed golden-rule finding."""
    found = blocking_findings(followup, followup.subject, followup.body)
    if not found:
        return
    first = found[0]
    raise ValidationError(
        _(
            "“%(excerpt)s”: %(explanation)s Change the wording, or dismiss this finding "
            "(rule %(rule)s) if it is right here."
        ),
        code="tone",
        params={
            "excerpt": first.excerpt,
            "explanation": first.finding.explanation(get_language() or "fr"),
            "rule": first.finding.rule_id,
        },
    )


def dismiss_finding(followup: FollowUp, rule_id: str, *, now: datetime) -> int:
    """The candidate judges this rule's findings fine in the current text. Returns how many."""
    if followup.state not in TONE_DISMISSABLE:
        raise ValidationError(
            _("This follow-up can no longer be edited (it is %(state)s)."),
            code="state",
            params={"state": followup.get_state_display()},
        )
    found = [
        item
        for item in blocking_findings(followup, followup.subject, followup.body)
        if item.finding.rule_id == rule_id
    ]
    if not found:
        raise ValidationError(
            _("The current text has no finding of rule %(rule)s to dismiss."),
            code="no_finding",
            params={"rule": rule_id},
        )
    entries = [
        {"rule_id": rule_id, "excerpt": item.excerpt, "category": item.finding.category}
        for item in found
    ]
    with transaction.atomic():
        row = FollowUp.objects.select_for_update().get(pk=followup.pk)
        row.dismissed_findings = [*row.dismissed_findings, *entries]
        row.save(update_fields=["dismissed_findings", "updated_at"])
        for entry in entries:
            record_event(
                followup.application_id, now, "tone.dismissed", followup=followup.pk, **entry
            )
    followup.dismissed_findings = row.dismissed_findings
    return len(entries)


def dismissed_keys(followup: FollowUp) -> frozenset[tuple[str, str]]:
    return frozenset(
        (d["rule_id"], normal_excerpt(d["excerpt"])) for d in followup.dismissed_findings
    )


def normal_excerpt(excerpt: str) -> str:
    return " ".join(excerpt.lower().split())
