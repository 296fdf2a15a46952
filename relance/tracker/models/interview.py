"""An interview, the candidate's debrief, and the closing agreement."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from relance.tracker.models.application import Application
from relance.tracker.models.choices import Channel, InterviewFormat

DEBRIEF_FIELDS = (
    "strong_points",
    "recruiter_needs",
    "role_understood",
    "expectations",
    "motivation",
    "notes",
)
# The answers to the article's four closing questions (how the interview ended).
AGREEMENT_FIELDS = (
    "agreement_obtained",
    "decision_date",
    "process",
    "callback_date",
    "preferred_channel",
    "no_news_means_no_by",
)


class Interview(models.Model):
    application = models.ForeignKey(Application, models.CASCADE, related_name="interviews")
    round = models.PositiveSmallIntegerField(_("round"), default=1)
    at = models.DateTimeField(_("date and time"))
    format = models.CharField(
        _("format"), max_length=10, choices=InterviewFormat.choices, default="onsite"
    )
    interviewers = models.CharField(_("interviewers"), max_length=300, blank=True)

    strong_points = models.TextField(_("the interview's strong points"), blank=True)
    recruiter_needs = models.TextField(_("the recruiter's needs"), blank=True)
    role_understood = models.TextField(_("the role as you understood it"), blank=True)
    expectations = models.TextField(_("what is expected of you"), blank=True)
    motivation = models.TextField(_("your motivation"), blank=True)
    notes = models.TextField(_("free notes"), blank=True)

    # The closing agreement: the article's four end-of-interview questions.
    agreement_obtained = models.BooleanField(_("next steps obtained"), default=False)
    decision_date = models.DateField(_("decision promised by"), null=True, blank=True)
    process = models.TextField(_("how the process goes on"), blank=True)
    callback_date = models.DateField(_("call back on"), null=True, blank=True)
    preferred_channel = models.CharField(
        _("e-mail or phone"), max_length=10, choices=Channel.choices, blank=True
    )
    no_news_means_no_by = models.DateField(
        _("no news by this date means no"), null=True, blank=True
    )

    class Meta:
        ordering = ["at"]
        # The coaches' dashboard reads the last fortnight's interviews only.
        indexes = [models.Index(fields=["at"], name="interview_at")]

    def __str__(self) -> str:
        return f"{self.application} #{self.round}"
