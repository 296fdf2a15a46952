"""An application to a job, and the people met at the company."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from relance.core.facts import Place, own_place
from relance.tracker.models.choices import Channel, Civility, Language, Status
from relance.tracker.querysets import ApplicationQuerySet


class Application(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="applications")
    company = models.CharField(_("company"), max_length=200)
    position = models.CharField(_("position"), max_length=200)
    job_url = models.URLField(_("job posting URL"), blank=True, max_length=500)
    source = models.CharField(_("source"), max_length=100, blank=True)
    # When `company` is an interim agency: the client company where the work is done. The
    # drafts name the client for the role and the agency as the intermediary.
    agency_client = models.CharField(_("client company"), max_length=200, blank=True)
    # The trade or sector, as the candidate words it: analytics group response rates by it.
    trade = models.CharField(_("trade or sector"), max_length=100, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.APPLIED
    )
    # The place of work, when it is not the profile's: its public holidays define working days.
    place_country = models.CharField(_("country of the place of work"), max_length=2, blank=True)
    place_subdivision = models.CharField(
        _("region or département"),
        max_length=8,
        blank=True,
        help_text=_("For public holidays, e.g. 57 (Moselle), 67 or 68 (Alsace), 974."),
    )
    place_timezone = models.CharField(
        _("time zone of the place of work"), max_length=64, blank=True
    )
    # The language the messages to this recruiter are written in; blank: from the place of work.
    language = models.CharField(
        _("language of the messages"), max_length=2, choices=Language.choices, blank=True
    )
    # The earliest moment something is due (an action window opens, or a suggestion
    # becomes relevant). Recomputed by the rules engine after every change, so the
    # agenda reads only due rows instead of replaying every history.
    next_due_at = models.DateTimeField(null=True, blank=True)
    next_kind = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        indexes = [
            # What the retention pass reads: closed applications, oldest activity first.
            models.Index(
                fields=["updated_at"],
                name="app_closed_updated",
                condition=models.Q(
                    status__in=["offer", "rejected", "withdrawn", "closed_no_answer"]
                ),
            ),
            # Applications closed lately, for the coaches' dashboard.
            models.Index(fields=["status", "updated_at"], name="app_status_updated"),
            # The same for one page's candidates: their lines read none of their history.
            models.Index(fields=["owner", "status", "updated_at"], name="app_owner_status_upd"),
            # A page's candidates' open applications: the dashboard's interview lines start
            # here, so a candidate's closed history is never read. The statuses must be the
            # closed ones (relance.core.facts.CLOSED_STATUSES), or PostgreSQL cannot tell that
            # the dashboard's `NOT IN` implies this condition (tested).
            models.Index(
                fields=["owner"],
                name="app_open_owner",
                condition=~models.Q(
                    status__in=["closed_no_answer", "offer", "rejected", "withdrawn"]
                ),
            ),
            models.Index(
                fields=["owner", "next_due_at"],
                name="app_owner_next_due",
                condition=models.Q(next_due_at__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.position} — {self.company}"

    def place(self, default: Place) -> Place:
        """Where this job is: its own place when set, else the profile's (`default`)."""
        return own_place(default, self.place_country, self.place_subdivision, self.place_timezone)


class Contact(models.Model):
    application = models.ForeignKey(Application, models.CASCADE, related_name="contacts")
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100)
    civility = models.CharField(
        _("civility"), max_length=10, choices=Civility.choices, blank=True, default=""
    )
    role = models.CharField(_("role"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    email_doubtful = models.BooleanField(default=False)
    is_decision_maker = models.BooleanField(_("decision-maker"), default=False)
    preferred_channel = models.CharField(
        _("preferred channel"), max_length=10, choices=Channel.choices, blank=True
    )
    timezone = models.CharField(_("time zone"), max_length=64, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def direct_line(self) -> PhoneNumber | None:
        return next((p for p in self.phones.all() if p.is_direct_line), None)


class PhoneNumber(models.Model):
    contact = models.ForeignKey(Contact, models.CASCADE, related_name="phones")
    number = models.CharField(_("number"), max_length=32)  # E.164, normalised on input
    is_direct_line = models.BooleanField(_("direct line"), default=False)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.number
