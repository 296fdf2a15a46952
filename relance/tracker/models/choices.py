"""Django choices mirroring the core enums, with translatable labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from relance.core import facts


class Language(models.TextChoices):
    FR = "fr", "Français"
    EN = "en", "English"


class Gender(models.TextChoices):
    """How job titles are written for the candidate: "factrice", "facteur" or neutral."""

    UNSAID = "", _("Prefer not to say (neutral wording)")
    F = "f", _("Feminine (factrice, alternante)")
    M = "m", _("Masculine (facteur, alternant)")


class Channel(models.TextChoices):
    EMAIL = facts.Channel.EMAIL.value, _("E-mail")
    PHONE = facts.Channel.PHONE.value, _("Phone")


class Kind(models.TextChoices):
    CATCHUP = facts.Kind.CATCHUP.value, _("Catch-up e-mail")
    THANKYOU = facts.Kind.THANKYOU.value, _("Thank-you e-mail")
    FOLLOWUP_EMAIL = facts.Kind.FOLLOWUP_EMAIL.value, _("Follow-up e-mail")
    FOLLOWUP_CALL = facts.Kind.FOLLOWUP_CALL.value, _("Follow-up call")
    FEEDBACK_REQUEST = facts.Kind.FEEDBACK_REQUEST.value, _("Feedback request")


class State(models.TextChoices):
    PLANNED = facts.FollowUpState.PLANNED.value, _("Planned")
    DRAFTED = facts.FollowUpState.DRAFTED.value, _("Drafted")
    APPROVED = facts.FollowUpState.APPROVED.value, _("Approved")
    SENDING = facts.FollowUpState.SENDING.value, _("Sending")
    COMMITTING = facts.FollowUpState.COMMITTING.value, _("Being handed to the mail server")
    SENT = facts.FollowUpState.SENT.value, _("Sent")
    DONE = facts.FollowUpState.DONE.value, _("Done")
    CANCELLED = facts.FollowUpState.CANCELLED.value, _("Cancelled")
    LAPSED = facts.FollowUpState.LAPSED.value, _("Lapsed")
    FAILED = facts.FollowUpState.FAILED.value, _("Failed")
    UNKNOWN = facts.FollowUpState.UNKNOWN.value, _("Unknown: check your Sent folder")


class SendBy(models.TextChoices):
    MAILBOX = "mailbox", _("Relance, from my mailbox")
    SELF = "self", _("Myself, from my own mail program")


class CallOutcome(models.TextChoices):
    REACHED = facts.CallOutcome.REACHED.value, _("Reached the person")
    VOICEMAIL = facts.CallOutcome.VOICEMAIL.value, _("Voicemail left")
    NO_ANSWER = facts.CallOutcome.NO_ANSWER.value, _("Nobody answered, no message")


class ReplyOutcome(models.TextChoices):
    POSTPONED = facts.ReplyOutcome.POSTPONED.value, _("Decision postponed")
    NEXT_ROUND = facts.ReplyOutcome.NEXT_ROUND.value, _("Next round")
    OFFER = facts.ReplyOutcome.OFFER.value, _("Offer")
    REJECTION = facts.ReplyOutcome.REJECTION.value, _("Rejection")
    OTHER = facts.ReplyOutcome.OTHER.value, _("Other")


class Status(models.TextChoices):
    APPLIED = facts.ApplicationStatus.APPLIED.value, _("Applied")
    INTERVIEWING = facts.ApplicationStatus.INTERVIEWING.value, _("Interviewing")
    WAITING = facts.ApplicationStatus.WAITING.value, _("Waiting for an answer")
    OFFER = facts.ApplicationStatus.OFFER.value, _("Offer")
    REJECTED = facts.ApplicationStatus.REJECTED.value, _("Not retained")
    WITHDRAWN = facts.ApplicationStatus.WITHDRAWN.value, _("Withdrawn")
    CLOSED_NO_ANSWER = facts.ApplicationStatus.CLOSED_NO_ANSWER.value, _("Closed without answer")


class Civility(models.TextChoices):
    NONE = "", _("(not specified)")
    MADAME = "madame", _("Ms / Madame")
    MONSIEUR = "monsieur", _("Mr / Monsieur")
    DOCTEUR = "docteur", _("Dr / Docteur")
    # How a French notary, lawyer or bailiff is addressed (« Bonjour Maître, »)
    MAITRE = "maitre", _("Maître (notary, lawyer)")


class InterviewFormat(models.TextChoices):
    ONSITE = "onsite", _("On site")
    VIDEO = "video", _("Video")
    PHONE = "phone", _("Phone")
