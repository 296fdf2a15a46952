from relance.tracker.models.application import Application, Contact, PhoneNumber
from relance.tracker.models.followup import CallAttempt, FollowUp, SendAttempt
from relance.tracker.models.interview import Interview
from relance.tracker.models.profile import Profile
from relance.tracker.models.reply import Reply
from relance.tracker.models.timeline import TimelineEvent

__all__ = [
    "Application",
    "CallAttempt",
    "Contact",
    "FollowUp",
    "Interview",
    "PhoneNumber",
    "Profile",
    "Reply",
    "SendAttempt",
    "TimelineEvent",
]
