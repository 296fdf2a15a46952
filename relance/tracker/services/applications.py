"""Create and change applications and their contacts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from relance.core import temp_agencies
from relance.tracker.models import Application, Contact, PhoneNumber, Profile
from relance.tracker.models.choices import Channel, Civility, Language, Status
from relance.tracker.services.bounds import check_fields, check_web_url
from relance.tracker.services.planning import refresh_plan
from relance.tracker.services.rows import write_fields
from relance.tracker.services.transitions import record_event
from relance.tracker.services.validation import (
    normalise_phone,
    validate_email,
    validate_place,
    validate_timezone,
)


def duplicates_of(user: User, company: str, position: str) -> list[Application]:
    # Checked first: PostgreSQL refuses a NUL even in a query's parameters.
    check_fields(Application, {"company": company, "position": position})
    return list(Application.objects.for_user(user).same_job(company, position))


def create_application(
    user: User,
    *,
    company: str,
    position: str,
    now: datetime,
    job_url: str = "",
    source: str = "",
    status: str = Status.APPLIED,
    agency_client: str = "",
    trade: str = "",
) -> Application:
    company, position = company.strip(), position.strip()
    if not company or not position:
        raise ValidationError(_("Company and position are both required."), code="required")
    agency_client, trade = agency_client.strip(), trade.strip()
    # "vilmorin" with "manpower" as its client: the agency is the company (writer AY's ay24)
    company, agency_client = temp_agencies.in_order(company, agency_client)
    check_fields(
        Application,
        {
            "company": company,
            "position": position,
            "source": source,
            "agency_client": agency_client,
            "trade": trade,
        },
    )
    job_url = check_web_url(job_url, _("The job posting URL"))
    if status not in Status.values:
        raise ValidationError(_("Unknown status “%(s)s”."), code="status", params={"s": status})
    with transaction.atomic():
        app = Application.objects.create(
            owner=user,
            company=company,
            position=position,
            job_url=job_url,
            source=source,
            status=status,
            agency_client=agency_client,
            trade=trade,
        )
        record_event(app.pk, now, "application.created", company=company, position=position)
    return app


def agency_notice(app: Application, typed_company: str) -> str:
    """What to tell the candidate when an agency typed as the client was recorded as the
    company (`create_application`), or ""."""
    if app.company == typed_company.strip():
        return ""
    return _(
        "%(agency)s is an interim agency: Relance recorded it as the company, and "
        "%(client)s as its client."
    ) % {"agency": app.company, "client": app.agency_client}


def set_status(app: Application, status: str, now: datetime) -> None:
    if status not in Status.values:
        raise ValidationError(_("Unknown status “%(s)s”."), code="status", params={"s": status})
    with transaction.atomic():
        Application.objects.filter(pk=app.pk).update(status=status, updated_at=now)
        app.status = status
        record_event(app.pk, now, "application.status", status=status)
        refresh_plan(app, now)


def _clean_contact(
    app: Application,
    *,
    last_name: str,
    first_name: str,
    civility: str,
    role: str,
    email: str,
    phones: Sequence[tuple[str, bool]],
    is_decision_maker: bool,
    preferred_channel: str,
    timezone: str,
) -> tuple[dict[str, Any], list[tuple[str, bool]]]:
    """Checked contact fields and phone numbers (E.164), or ValidationError."""
    if not last_name.strip():
        raise ValidationError(_("The contact needs a last name."), code="required")
    if civility not in Civility.values:
        raise ValidationError(
            _("Unknown civility “%(c)s”."), code="civility", params={"c": civility}
        )
    if preferred_channel and preferred_channel not in Channel.values:
        raise ValidationError(
            _("Unknown channel “%(c)s”."), code="channel", params={"c": preferred_channel}
        )
    if timezone:
        validate_timezone(timezone)
    check_fields(Contact, {"first_name": first_name, "last_name": last_name, "role": role})
    country = Profile.objects.get(user_id=app.owner_id).country
    fields = {
        "first_name": first_name.strip(),
        "last_name": last_name.strip(),
        "civility": civility,
        "role": role,
        "email": validate_email(email) if email.strip() else "",
        "is_decision_maker": is_decision_maker,
        "preferred_channel": preferred_channel,
        "timezone": timezone,
    }
    return fields, [(normalise_phone(number, country), direct) for number, direct in phones]


def add_contact(
    app: Application,
    *,
    last_name: str,
    now: datetime,
    first_name: str = "",
    civility: str = "",
    role: str = "",
    email: str = "",
    phones: Sequence[tuple[str, bool]] = (),
    is_decision_maker: bool = False,
    preferred_channel: str = "",
    timezone: str = "",
) -> Contact:
    """Add a person met at the company. `phones` holds (number, is_direct_line) pairs."""
    fields, numbers = _clean_contact(
        app, last_name=last_name, first_name=first_name, civility=civility, role=role,
        email=email, phones=phones, is_decision_maker=is_decision_maker,
        preferred_channel=preferred_channel, timezone=timezone,
    )  # fmt: skip
    with transaction.atomic():
        contact = Contact.objects.create(application=app, **fields)
        _set_phones(contact, numbers)
        record_event(app.pk, now, "contact.added", contact=contact.pk, name=contact.name)
        refresh_plan(app, now)
    return contact


def update_contact(
    contact: Contact,
    *,
    last_name: str,
    now: datetime,
    first_name: str = "",
    civility: str = "",
    role: str = "",
    email: str = "",
    phones: Sequence[tuple[str, bool]] = (),
    is_decision_maker: bool = False,
    preferred_channel: str = "",
    timezone: str = "",
) -> None:
    """Correct a contact. A changed address is no longer doubtful (a bounce marked it)."""
    app = contact.application
    fields, numbers = _clean_contact(
        app, last_name=last_name, first_name=first_name, civility=civility, role=role,
        email=email, phones=phones, is_decision_maker=is_decision_maker,
        preferred_channel=preferred_channel, timezone=timezone,
    )  # fmt: skip
    if fields["email"] != contact.email:
        fields["email_doubtful"] = False
    with transaction.atomic():
        write_fields(contact, fields)
        contact.phones.all().delete()
        _set_phones(contact, numbers)
        record_event(app.pk, now, "contact.updated", contact=contact.pk, name=contact.name)
        refresh_plan(app, now)


def _set_phones(contact: Contact, numbers: list[tuple[str, bool]]) -> None:
    PhoneNumber.objects.bulk_create(
        PhoneNumber(contact=contact, number=number, is_direct_line=direct)
        for number, direct in numbers
    )


def set_place(
    app: Application, *, country: str, subdivision: str, timezone: str, now: datetime
) -> None:
    """Where the job is: its public holidays and its clock. All blank: the profile's place."""
    country, subdivision, timezone = country.strip(), subdivision.strip(), timezone.strip()
    if country or subdivision or timezone:
        profile = Profile.objects.get(user_id=app.owner_id)
        place = validate_place(
            country or profile.country, subdivision, timezone or profile.timezone
        )
        country, subdivision = place.country, place.subdivision or ""
    with transaction.atomic():
        Application.objects.filter(pk=app.pk).update(
            place_country=country, place_subdivision=subdivision, place_timezone=timezone
        )
        app.place_country, app.place_subdivision, app.place_timezone = (
            country,
            subdivision,
            timezone,
        )
        record_event(
            app.pk, now, "application.place", country=country, subdivision=subdivision,
            timezone=timezone,
        )  # fmt: skip
        refresh_plan(app, now)


def set_language(app: Application, language: str, *, now: datetime) -> None:
    """The language of the messages to this recruiter; blank: from the place of work."""
    if language not in ("", *Language.values):
        raise ValidationError(
            _("Unknown language “%(l)s”: fr or en."), code="language", params={"l": language}
        )
    with transaction.atomic():
        Application.objects.filter(pk=app.pk).update(language=language)
        app.language = language
        record_event(app.pk, now, "application.language", language=language)
