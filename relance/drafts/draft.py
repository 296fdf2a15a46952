"""The drafts the writers return: an e-mail or voicemail text, or a call script."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from relance.core.i18n import N_
from relance.drafts.privacy import LeftOut
from relance.drafts.proofread import Fix
from relance.drafts.review import Review

# The recruiter's likely replies on the phone, in the order a script shows them.
CALL_REPLIES = ("not_decided", "not_selected", "call_back_later", "send_email")
CALL_REPLY_LABELS = {
    "not_decided": N_("Not decided yet"),
    "not_selected": N_("You were not selected"),
    "call_back_later": N_("Call back later"),
    "send_email": N_("Send me an e-mail"),
}


@dataclass(frozen=True)
class Draft:
    kind: str  # "catchup", "followup", "thankyou", "feedback_request", "voicemail"
    lang: str
    subject: str  # empty for a voicemail
    text: str
    html: str
    placeholders: tuple[str, ...] = ()  # debrief parts still to fill in
    # Note items the recruiter must not read, kept out of the text: shown to the candidate.
    left_out: tuple[LeftOut, ...] = ()
    # Fragments kept as typed in a list frame, that the candidate should re-read ("à relire").
    review: tuple[Review, ...] = ()
    # What the French proofreader wrote otherwise in the sentences ("parler" -> "parlé").
    proofread: tuple[Fix, ...] = ()

    @property
    def approvable(self) -> bool:
        """A draft with a visible placeholder left must not go out."""
        return not self.placeholders


@dataclass(frozen=True)
class CallScript:
    lang: str
    opener: str
    answers: Mapping[str, str] = field(default_factory=dict)  # reply key -> short answer
    reply_labels: Mapping[str, str] = field(default_factory=dict)  # reply key -> heading
    kind: str = "call"
    placeholders: tuple[str, ...] = ()

    @property
    def approvable(self) -> bool:
        return not self.placeholders

    @property
    def text(self) -> str:
        """The script as plain text: the opener, then each likely reply and its answer."""
        lines = [self.opener, ""]
        for key in CALL_REPLIES:
            if key in self.answers:
                lines.append(f"— {self.reply_labels.get(key, key)}")
                lines.append(f"  {self.answers[key]}")
        return "\n".join(lines).rstrip() + "\n"
