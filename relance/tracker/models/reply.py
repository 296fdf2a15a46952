"""A message from the recruiter: it ends a silence period."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from relance.tracker.models.application import Application
from relance.tracker.models.choices import Channel, ReplyOutcome


class Reply(models.Model):
    application = models.ForeignKey(Application, models.CASCADE, related_name="replies")
    at = models.DateTimeField(_("received at"))
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    outcome = models.CharField(_("outcome"), max_length=12, choices=ReplyOutcome.choices)
    new_date = models.DateField(_("new date"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    message_id = models.CharField(max_length=250, blank=True)

    class Meta:
        ordering = ["at", "pk"]  # two replies told at one moment: the later recorded wins

    def __str__(self) -> str:
        return f"{self.get_outcome_display()} ({self.at:%Y-%m-%d})"
