"""The candidate: who signs the messages, where the job is, and the policy delays."""

from __future__ import annotations

import secrets
import zoneinfo

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from relance.core.facts import Place
from relance.core.policy import POLICY_FIELDS, Policy
from relance.tracker.models.choices import Gender, Language


def _new_token() -> str:
    return secrets.token_urlsafe(24)


def _policy_field(name: str) -> models.PositiveSmallIntegerField:
    spec = next(f for f in POLICY_FIELDS if f.name == name)
    return models.PositiveSmallIntegerField(
        default=spec.default,
        validators=[MinValueValidator(spec.min), MaxValueValidator(spec.max)],
        verbose_name=spec.label,
        help_text=spec.help,
    )


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, models.CASCADE, related_name="profile")
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    signature = models.TextField(_("signature"), blank=True)
    gender = models.CharField(
        _("job titles written in the form"),
        max_length=1,
        choices=Gender.choices,
        blank=True,
        default="",
    )
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.FR
    )
    country = models.CharField(_("country of the place of work"), max_length=2, default="FR")
    subdivision = models.CharField(
        _("region or département"),
        max_length=8,
        blank=True,
        help_text=_("For public holidays, e.g. 57 (Moselle), 67 or 68 (Alsace), 974."),
    )
    timezone = models.CharField(_("time zone"), max_length=64, default="Europe/Paris")
    catchup_grace_days = _policy_field("catchup_grace_days")
    decision_followup_days = _policy_field("decision_followup_days")
    no_date_followup_days = _policy_field("no_date_followup_days")
    after_catchup_min_days = _policy_field("after_catchup_min_days")
    close_no_answer_days = _policy_field("close_no_answer_days")
    extra_call_attempts = _policy_field("extra_call_attempts")
    calendar_token = models.CharField(max_length=64, default=_new_token, unique=True)

    def __str__(self) -> str:
        return self.name

    @property
    def place(self) -> Place:
        return Place(
            country=self.country, subdivision=self.subdivision or None, timezone=self.timezone
        )

    @property
    def place_zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def policy(self) -> Policy:
        return Policy(**{f.name: getattr(self, f.name) for f in POLICY_FIELDS})

    def rotate_calendar_token(self) -> None:
        self.calendar_token = _new_token()
        self.save(update_fields=["calendar_token"])
