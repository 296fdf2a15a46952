"""Accounts and profiles: the first run, the settings page, and deleting everything."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from relance.core.policy import POLICY_FIELDS, Policy
from relance.tracker.models import Application, Profile
from relance.tracker.models.choices import Language
from relance.tracker.services.bounds import check_fields
from relance.tracker.services.planning import refresh_plan
from relance.tracker.services.rows import refuse_unknown, write_fields
from relance.tracker.services.validation import (
    normalise_phone,
    validate_email,
    validate_place,
)

PROFILE_FIELDS = (
    "name",
    "email",
    "phone",
    "signature",
    "gender",
    "language",
    "country",
    "subdivision",
    "timezone",
)


def needs_first_run() -> bool:
    """True on a fresh install: nobody can sign in yet."""
    return not User.objects.exists()


def create_account(
    *, username: str, password: str, name: str, now: datetime, **profile: str
) -> User:
    """Create a user and their profile, checking the password and the place of work."""
    # As sign-in reads it (NFKC), and with the web form's characters: the same rules for
    # `relance init` and the first-run page.
    username = User.normalize_username(username.strip())
    if not username:
        raise ValidationError(_("Choose a user name."), code="username")
    User._meta.get_field("username").run_validators(username)
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError(_("This user name is taken."), code="username")
    candidate = User(username=username, email=profile.get("email", ""))
    validate_password(password, candidate)
    cleaned = _clean_profile({"name": name, **profile})
    with transaction.atomic():
        user = User.objects.create_user(username, cleaned.get("email", ""), password)
        Profile.objects.create(user=user, **cleaned)
    return user


def create_profile(user: User, *, name: str, now: datetime, **profile: str) -> Profile:
    """Give a profile to an account created elsewhere (the command line)."""
    if Profile.objects.filter(user_id=user.pk).exists():
        raise ValidationError(_("This account already has a profile."), code="profile")
    return Profile.objects.create(user=user, **_clean_profile({"name": name, **profile}))


def update_profile(profile: Profile, now: datetime, **fields: str) -> None:
    """Change who signs and where the job is; the plans follow the new calendar."""
    refuse_unknown(fields, PROFILE_FIELDS, "profile")
    merged = {name: getattr(profile, name) for name in PROFILE_FIELDS} | fields
    cleaned = _clean_profile(merged)
    place_changed = any(
        cleaned[name] != getattr(profile, name) for name in ("country", "subdivision", "timezone")
    )
    with transaction.atomic():
        write_fields(profile, cleaned)
        if place_changed:
            _replan(profile, now)


def update_policy(profile: Profile, now: datetime, values: Mapping[str, int]) -> None:
    """Change the delays; out-of-range values are refused with the setting's label."""
    refuse_unknown(values, (f.name for f in POLICY_FIELDS), "policy")
    merged = {f.name: getattr(profile, f.name) for f in POLICY_FIELDS} | dict(values)
    for spec in POLICY_FIELDS:
        value = merged[spec.name]
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                _("%(label)s must be a whole number."),
                code="policy",
                params={"label": _(spec.label)},
            )
        if not spec.min <= value <= spec.max:
            raise ValidationError(
                _("%(label)s must be between %(min)d and %(max)d."),
                code="policy",
                params={"label": _(spec.label), "min": spec.min, "max": spec.max},
            )
    Policy(**merged).validate()
    with transaction.atomic():
        write_fields(profile, merged)
        _replan(profile, now)


def rotate_calendar_token(profile: Profile) -> str:
    """Revoke the calendar feed's address and issue a new one."""
    profile.rotate_calendar_token()
    return profile.calendar_token


def delete_account(user: User) -> None:
    """Delete the user and everything they own (applications cascade)."""
    with transaction.atomic():
        User.objects.filter(pk=user.pk).delete()


def _replan(profile: Profile, now: datetime) -> None:
    for app in Application.objects.for_user(profile.user).plannable():
        refresh_plan(app, now)


def _clean_profile(fields: Mapping[str, str]) -> dict[str, str]:
    cleaned = {name: str(value).strip() for name, value in fields.items()}
    if not cleaned.get("name"):
        raise ValidationError(_("Your name is needed to sign the messages."), code="name")
    if cleaned.get("email"):
        cleaned["email"] = validate_email(cleaned["email"])
    if "language" in cleaned and cleaned["language"] not in Language.values:
        raise ValidationError(
            _("Unknown language “%(l)s”."), code="language", params={"l": cleaned["language"]}
        )
    if "signature" in fields:
        cleaned["signature"] = str(fields["signature"]).strip("\n")
    check_fields(Profile, {k: v for k, v in cleaned.items() if k in PROFILE_FIELDS})
    place = validate_place(
        cleaned.get("country", "FR") or "FR",
        cleaned.get("subdivision", ""),
        cleaned.get("timezone", "Europe/Paris") or "Europe/Paris",
    )
    cleaned["country"] = place.country
    cleaned["subdivision"] = place.subdivision or ""
    cleaned["timezone"] = place.timezone
    if cleaned.get("phone"):
        # Checked, kept as typed: it is printed under the signature the candidate's way.
        normalise_phone(cleaned["phone"], place.country)
    return cleaned
