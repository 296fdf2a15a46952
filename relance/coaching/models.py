"""Organisations of coaches and the candidates they follow, with the candidate's consent.

Nothing here is needed by a single-user install: a user outside every organisation sees
Relance exactly as before.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from relance.tracker.models import FollowUp


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Role(models.TextChoices):
    ADMIN = "admin", _("Organisation admin")
    COACH = "coach", _("Coach")
    CANDIDATE = "candidate", _("Candidate")


class Sharing(models.TextChoices):
    """What the candidate lets their coach see; the candidate alone changes it."""

    NOTHING = "nothing", _("Nothing")
    STATUSES = "statuses", _("Statuses, dates and next steps")
    TEXTS = "texts", _("Also my debriefs and message texts")


RETENTION_DEFAULT_MONTHS = 24


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    created_at = models.DateTimeField()
    # GDPR: closed applications of this organisation's candidates are removed this many
    # months after their last activity (the retention step of the worker).
    retention_months = models.PositiveSmallIntegerField(
        _("keep closed applications for (months after the last activity)"),
        default=RETENTION_DEFAULT_MONTHS,
    )
    # When the worker last looked: claimed by compare-and-swap, once a day.
    retention_checked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name


class Cohort(models.Model):
    """A named group of candidates in an organisation, e.g. "Promo 2026 BTS MCO"."""

    organisation = models.ForeignKey(Organisation, models.CASCADE, related_name="cohorts")
    name = models.CharField(_("name"), max_length=200)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="cohort_name_once")
        ]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(Organisation, models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    # A candidate's coach; blank for coaches and admins.
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="coached_memberships",
    )
    sharing = models.CharField(
        _("what my coach sees"), max_length=10, choices=Sharing.choices, default=Sharing.STATUSES
    )
    cohort = models.ForeignKey(
        Cohort, models.SET_NULL, null=True, blank=True, related_name="members"
    )
    joined_at = models.DateTimeField()
    # A candidate's place on the dashboards (relance.coaching.services.attention_rank), kept
    # by the same computation as their stored rank: their most pressing reason but the
    # viewer's reviews (reasons.ORDER, 8 two weeks without activity, 9 none, 10 sharing
    # nothing), then their name, normalised. The dashboards read a page of candidates in
    # this order straight from the indexes below, without sorting the organisation.
    # 11: never placed yet (computed first; relance.coaching.services.attention_rank.UNPLACED).
    sort_rank = models.PositiveSmallIntegerField(default=11, db_default=11)
    sort_name = models.CharField(max_length=200, default="", db_default="")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="membership_once")
        ]
        indexes = [
            models.Index(fields=["coach", "role"], name="membership_coach"),
            # The organisation admin's member list, page by page, by role.
            models.Index(fields=["organisation", "role", "id"], name="membership_org_role"),
            # The dashboards' order: an admin's (the organisation's candidates) and a
            # coach's (their own), exactly as relance.coaching.services.dashboard asks.
            models.Index(
                fields=["organisation", "sort_rank", "sort_name", "id"],
                name="membership_org_order",
                condition=models.Q(role="candidate"),
            ),
            models.Index(
                fields=["coach", "sort_rank", "sort_name", "id"],
                name="membership_coach_order",
                condition=models.Q(role="candidate"),
            ),
            # The candidates never placed yet (the worker's step finds them without a scan).
            models.Index(
                fields=["user"],
                name="membership_unplaced",
                condition=models.Q(role="candidate", sort_rank=11),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.organisation} ({self.role})"


class Invitation(models.Model):
    organisation = models.ForeignKey(Organisation, models.CASCADE, related_name="invitations")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.CANDIDATE)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.CASCADE, related_name="invitations_sent"
    )
    # When set, only the account with this e-mail may accept: a forwarded link is useless.
    email = models.EmailField(_("e-mail (optional)"), blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token)
    expires_at = models.DateTimeField()
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitations_accepted",
    )
    accepted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.organisation} → {self.email or self.token[:6]}"


class Viewed(models.TextChoices):
    DASHBOARD = "dashboard", _("Statuses, on the dashboard")
    CANDIDATE = "candidate", _("Applications: statuses and dates")
    CANDIDATE_TEXTS = "candidate_texts", _("Applications, debriefs and message texts")
    REVIEW = "review", _("A draft you asked them to review")
    ANALYTICS = "analytics", _("Your figures (response rates, funnel)")
    PURGED = "purged", _("Closed applications removed")


class AuditEntry(models.Model):
    """One coach view of a candidate's data, or a retention purge; the candidate reads these."""

    # Blank for what Relance itself did (a retention purge).
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.CASCADE, null=True, blank=True, related_name="+"
    )
    candidate = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.CASCADE, related_name="coach_audit"
    )
    what = models.CharField(max_length=40, choices=Viewed.choices)
    object_id = models.BigIntegerField(null=True, blank=True)
    at = models.DateTimeField()
    # For a purge: {"count": 3, "months": 24, "organisation": "Mission locale"}.
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["candidate", "at"], name="audit_candidate_at"),
            # The organisation's access log, newest first: a page walks 50 index entries,
            # however long the log (relance.coaching.services.organisation.coach_access).
            models.Index(fields=["-at", "-id"], name="audit_at"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.what}"


class ReviewState(models.TextChoices):
    ASKED = "asked", _("Review asked")
    PROPOSED = "proposed", _("Changes proposed")
    ACCEPTED = "accepted", _("Proposal accepted")
    DECLINED = "declined", _("Proposal declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class ReviewRequest(models.Model):
    followup = models.ForeignKey(FollowUp, models.CASCADE, related_name="review_requests")
    candidate = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="+")
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="reviews")
    state = models.CharField(max_length=10, choices=ReviewState.choices, default=ReviewState.ASKED)
    # The draft as it stood when the review was asked: the diff compares against it.
    original_subject = models.CharField(max_length=300, blank=True)
    original_body = models.TextField(blank=True)
    comment = models.TextField(_("comment"), blank=True)
    proposed_subject = models.CharField(_("proposed subject"), max_length=300, blank=True)
    proposed_body = models.TextField(_("proposed text"), blank=True)
    created_at = models.DateTimeField()
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # One open review per follow-up: the candidate answers it before asking again.
            models.UniqueConstraint(
                fields=["followup"],
                name="review_open_once",
                condition=models.Q(state__in=["asked", "proposed"]),
            )
        ]

    def __str__(self) -> str:
        return f"{self.followup} ({self.state})"


class NudgeTemplate(models.TextChoices):
    CATCHUP_TOMORROW = "catchup_tomorrow", _("Your catch-up is due tomorrow morning.")
    DEBRIEF_FRESH = "debrief_fresh", _("No debrief since your interview.")
    FOLLOWUP_TODAY = "followup_today", _("A follow-up is due today: have a look.")
    CONFIRM_REPLY = "confirm_reply", _("A reply is waiting for your confirmation.")
    CHECK_IN = "check_in", _("How is your search going? Tell me where you stand.")


class Nudge(models.Model):
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="+")
    candidate = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="nudges")
    # The template is stored by key and shown in the candidate's language.
    template = models.CharField(max_length=20, choices=NudgeTemplate.choices)
    note = models.CharField(_("a word of yours (optional)"), max_length=280, blank=True)
    # The text as the coach sent it: the template filled with the candidate's real dates, in
    # the candidate's language, then edited. Empty on nudges sent before texts existed.
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    body = models.TextField(_("message"), blank=True)
    created_at = models.DateTimeField()
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["candidate", "created_at"],
                name="nudge_unread",
                condition=models.Q(read_at__isnull=True),
            )
        ]

    def __str__(self) -> str:
        return f"{self.template} → {self.candidate}"


class OrganisationTally(models.Model):
    """Counts only (see relance.core.analytics.Tally): what the organisation keeps of
    candidates who left, or whose closed applications were removed. No person, no date."""

    organisation = models.OneToOneField(Organisation, models.CASCADE, related_name="tally")
    counts = models.JSONField(default=dict)

    def __str__(self) -> str:
        return f"{self.organisation} (aggregates)"


class CandidateTally(models.Model):
    """Whether the `TallyCell`s of one person are up to date with their applications.

    Database triggers (migration 0004) add one to `version` whenever one of the person's
    interviews, follow-ups or replies is written or removed, or an application's trade or
    owner changes, whatever the code path (ORM, bulk update, raw SQL). The cells are valid
    while `counted_version == version` (relance.coaching.services.tally_cache)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, models.CASCADE, primary_key=True, related_name="tally"
    )
    version = models.BigIntegerField(default=0)
    counted_version = models.BigIntegerField(default=-1)
    # An organisation candidate's latest timeline event (an application, an interview, a
    # message, a follow-up sent...): a trigger (relance.coaching.activity_triggers) keeps it
    # on every write of an event, whatever the code path, and the recount sets it exactly.
    # The dashboard's "no activity for two weeks" reads it, not the candidate's history.
    last_activity_at = models.DateTimeField(null=True, blank=True)
    # The dashboards' order (relance.coaching.services.attention_rank): the candidate's most
    # pressing reason but the viewer's reviews and inactivity (those are read live), stored
    # with the `attention_version` it was computed at. Triggers add one to that version on
    # every write a reason reads (relance.coaching.attention_triggers); `rank_until` is the
    # next instant a reason may change by the clock alone (a window opening or closing).
    # Database defaults: the last-activity trigger creates rows without naming these.
    attention_version = models.BigIntegerField(default=0, db_default=0)
    ranked_version = models.BigIntegerField(default=-1, db_default=-1)
    attention_rank = models.PositiveSmallIntegerField(default=9, db_default=9)
    rank_until = models.DateTimeField(null=True, blank=True)
    # The definition of the reasons the rank was computed with
    # (relance.coaching.services.rank_version.REASONS_VERSION): another one is out of date.
    ranked_reasons = models.PositiveSmallIntegerField(default=0, db_default=0)

    class Meta:
        indexes = [
            models.Index(fields=["user", "last_activity_at"], name="tally_activity"),
            # The ranks out of date, each way a rank goes out of date read from an index (a
            # handful of rows when the worker keeps up): a page finds them without a scan.
            models.Index(
                fields=["user"],
                name="tally_unranked",
                condition=~models.Q(ranked_version=models.F("attention_version")),
            ),
            models.Index(fields=["rank_until"], name="tally_rank_until"),
            models.Index(fields=["ranked_reasons"], name="tally_reasons"),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.version}/{self.counted_version})"


class TallyCell(models.Model):
    """One cell of one person's `relance.core.analytics.Tally`: the figures of many people
    are the SUM of theirs, GROUP BY key, in the database (people = how many rows)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="+")
    key = models.CharField(max_length=120)
    n = models.PositiveIntegerField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="tallycell_once"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.key}: {self.hits}/{self.n}"


class MailState(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    UNKNOWN = "unknown", _("May or may not have gone")


class NudgeMail(models.Model):
    """The e-mail copy of a nudge: an outbox row written with the nudge, sent by the worker.

    pending -> sending (claimed by compare-and-swap, the attempt counted before any network
    work) -> sent | failed | pending again (a temporary failure, later). A row a crashed
    worker left in `sending` becomes `unknown` and is never resent by itself: at most once.
    """

    nudge = models.OneToOneField(Nudge, models.CASCADE, related_name="mail")
    to_address = models.EmailField()
    reply_to = models.EmailField(blank=True)
    subject = models.CharField(max_length=200)
    body = models.TextField()
    message_id = models.CharField(max_length=255, unique=True)
    state = models.CharField(max_length=10, choices=MailState.choices, default=MailState.PENDING)
    due_at = models.DateTimeField()
    claim = models.UUIDField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    attempted_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField()

    class Meta:
        indexes = [
            # The worker reads only the due head of this partial index: flat in the history.
            models.Index(
                fields=["due_at", "id"],
                name="nudge_mail_due",
                condition=models.Q(state="pending"),
            )
        ]

    def __str__(self) -> str:
        return f"{self.to_address} ({self.state})"
