"""The drafts: catch-up, follow-up, thank-you and feedback-request e-mails, call script and
voicemail.

Framework-free: the Django layer builds a `DraftContext` and calls one function per message.
"""

from relance.drafts.context import DraftContext
from relance.drafts.draft import CallScript, Draft
from relance.drafts.messages import (
    call_script,
    catchup_email,
    feedback_request_email,
    followup_email,
    thankyou_email,
    voicemail,
)

__all__ = [
    "CallScript",
    "Draft",
    "DraftContext",
    "call_script",
    "catchup_email",
    "feedback_request_email",
    "followup_email",
    "thankyou_email",
    "voicemail",
]
