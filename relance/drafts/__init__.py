"""The drafts: catch-up, follow-up and thank-you e-mails, call script and voicemail.

Framework-free: the Django layer builds a `DraftContext` and calls one function per message.
"""

from relance.drafts.context import DraftContext
from relance.drafts.draft import CallScript, Draft
from relance.drafts.messages import (
    call_script,
    catchup_email,
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
    "followup_email",
    "thankyou_email",
    "voicemail",
]
