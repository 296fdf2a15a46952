"""Read an export document back: all of it, or nothing."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from relance.tracker.exchange import schema as s
from relance.tracker.exchange.errors import ImportRefused
from relance.tracker.exchange.exporter import FORMAT, VERSION
from relance.tracker.exchange.guard import check_application
from relance.tracker.exchange.plausible import check_plausible
from relance.tracker.lifecycle import IMPORTED_AS
from relance.tracker.models import (
    Application,
    CallAttempt,
    Contact,
    FollowUp,
    Interview,
    PhoneNumber,
    Profile,
    Reply,
    SendAttempt,
    TimelineEvent,
)
from relance.tracker.services.planning import refresh_plan
from relance.tracker.services.transitions import record_event
from relance.tracker.services.validation import (
    normalise_phone,
    validate_email,
    validate_place,
    validate_timezone,
)

TOP_LEVEL_FIELDS = {"format", "version", "exported_at", "profile", "applications"}


def parse(document: Any, now: datetime | None = None) -> dict[str, Any]:
    """Validate the whole document before anything is written."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused(_("This is not a Relance export file."))
    version = document.get("version")
    # `true == 1` in Python: the type is checked, not only the value.
    if type(version) is not int or version != VERSION:
        raise ImportRefused(
            _("Unsupported export version %(v)r (this Relance reads version %(ok)d).")
            % {"v": document.get("version"), "ok": VERSION}
        )
    unknown = set(document) - TOP_LEVEL_FIELDS
    if unknown:
        raise s.refuse("document", _("unknown field %(f)r") % {"f": sorted(unknown)[0]})
    profile = s.record(document.get("profile"), s.PROFILE, "profile")
    try:
        validate_place(profile["country"], profile["subdivision"], profile["timezone"])
        if profile["email"]:
            profile["email"] = validate_email(profile["email"])
    except ValidationError as exc:
        raise s.refuse("profile", " ".join(exc.messages)) from exc
    apps = [
        _parse_application(raw, f"applications[{n}]", profile["country"])
        for n, raw in enumerate(s.items(document, "applications", "document"))
    ]
    for n, app in enumerate(apps):
        check_plausible(app, profile["timezone"], f"applications[{n}]", now)
    return {"profile": profile, "applications": apps}


def _parse_application(raw: Any, path: str, country: str) -> dict[str, Any]:
    children = ("contacts", "interviews", "followups", "replies", "timeline")
    app = s.record(raw, s.APPLICATION, path, children)
    if app["place_country"] or app["place_subdivision"] or app["place_timezone"]:
        try:
            validate_place(
                app["place_country"] or country, app["place_subdivision"], app["place_timezone"]
                or "Europe/Paris",
            )  # fmt: skip
        except ValidationError as exc:
            raise s.refuse(f"{path}.place_country", " ".join(exc.messages)) from exc
    app["contacts"] = []
    for n, c in enumerate(s.items(raw, "contacts", path)):
        cpath = f"{path}.contacts[{n}]"
        contact = s.record(c, s.CONTACT, cpath, ("phones",))
        if contact["email"]:
            try:
                contact["email"] = validate_email(contact["email"])
            except ValidationError as exc:
                raise s.refuse(f"{cpath}.email", " ".join(exc.messages)) from exc
        if contact["timezone"]:
            try:
                validate_timezone(contact["timezone"])
            except ValidationError as exc:
                raise s.refuse(f"{cpath}.timezone", " ".join(exc.messages)) from exc
        contact["phones"] = []
        for m, p in enumerate(s.items(c, "phones", cpath)):
            phone = s.record(p, s.PHONE, f"{cpath}.phones[{m}]")
            try:
                phone["number"] = normalise_phone(phone["number"], country)
            except ValidationError as exc:
                raise s.refuse(f"{cpath}.phones[{m}].number", " ".join(exc.messages)) from exc
            contact["phones"].append(phone)
        app["contacts"].append(contact)
    app["interviews"] = [
        s.record(i, s.INTERVIEW, f"{path}.interviews[{n}]")
        for n, i in enumerate(s.items(raw, "interviews", path))
    ]
    app["followups"] = []
    for n, fu in enumerate(s.items(raw, "followups", path)):
        fpath = f"{path}.followups[{n}]"
        followup = s.record(fu, s.FOLLOWUP, fpath, ("call_attempts", "send_attempts"))
        followup["call_attempts"] = [
            s.record(a, s.CALL_ATTEMPT, f"{fpath}.call_attempts[{m}]")
            for m, a in enumerate(s.items(fu, "call_attempts", fpath))
        ]
        followup["send_attempts"] = [
            s.record(a, s.SEND_ATTEMPT, f"{fpath}.send_attempts[{m}]")
            for m, a in enumerate(s.items(fu, "send_attempts", fpath))
        ]
        app["followups"].append(followup)
    app["replies"] = [
        s.record(r, s.REPLY, f"{path}.replies[{n}]")
        for n, r in enumerate(s.items(raw, "replies", path))
    ]
    app["timeline"] = [
        s.record(e, s.EVENT, f"{path}.timeline[{n}]")
        for n, e in enumerate(s.items(raw, "timeline", path))
    ]
    _check_references(app, path)
    return app


def _check_references(app: dict[str, Any], path: str) -> None:
    contacts = {c["key"] for c in app["contacts"]}
    interviews = {i["key"] for i in app["interviews"]}
    for name, keys in (("contacts", contacts), ("interviews", interviews)):
        if len(keys) != len(app[name]):
            raise s.refuse(f"{path}.{name}", _("two entries have the same key"))
    for n, fu in enumerate(app["followups"]):
        if fu["interview"] and fu["interview"] not in interviews:
            raise s.refuse(f"{path}.followups[{n}].interview", _("no interview has this key"))
        if fu["contact"] and fu["contact"] not in contacts:
            raise s.refuse(f"{path}.followups[{n}].contact", _("no contact has this key"))


def import_user(user: User, document: Any, now: datetime) -> dict[str, int]:
    """Import a whole export into `user`'s account. Returns counts of what was added."""
    data = parse(document, now)
    codes = [fu["code"] for app in data["applications"] for fu in app["followups"]]
    own_codes = codes + [_code_for(user, code) for code in codes]
    if FollowUp.objects.filter(code__in=own_codes, application__owner=user).exists():
        raise ImportRefused(
            _("This file, or part of it, is already in your account: nothing was imported.")
        )
    profile = Profile.objects.get(user_id=user.pk)
    for n, app in enumerate(data["applications"]):
        check_application(app, data["profile"], f"applications[{n}]")
    counts = {"applications": 0, "interviews": 0, "followups": 0, "replies": 0}
    with transaction.atomic():
        for name, value in data["profile"].items():
            setattr(profile, name, value)
        profile.save()
        created = [_write_application(user, app, counts) for app in data["applications"]]
        for app in created:
            record_event(app.pk, now, "application.imported")
            refresh_plan(app, now)
    return counts


def _code_for(user: User, code: str) -> uuid.UUID:
    """The code a follow-up gets in `user`'s account when another account holds `code`.

    Derived, not random: importing the same file twice into that account is then
    recognised as "already imported".
    """
    return uuid.uuid5(uuid.UUID(code), f"relance-import:{user.pk}")


def _settled_for_import(fu: dict[str, Any]) -> dict[str, Any]:
    state = IMPORTED_AS.get(fu["state"])
    if state is None:
        return {}
    return {"state": state, "due_at": None, "approved_at": None}


def _write_application(user: User, data: dict[str, Any], counts: dict[str, int]) -> Application:
    fields = {k: data[k] for k in s.APPLICATION if k != "created_at"}
    app = Application.objects.create(owner=user, **fields)
    if data["created_at"]:
        Application.objects.filter(pk=app.pk).update(created_at=data["created_at"])
    contacts = {}
    for c in data["contacts"]:
        contact = Contact.objects.create(
            application=app, **{k: c[k] for k in s.CONTACT if k != "key"}
        )
        PhoneNumber.objects.bulk_create(PhoneNumber(contact=contact, **p) for p in c["phones"])
        contacts[c["key"]] = contact
    interviews = {
        i["key"]: Interview.objects.create(
            application=app, **{k: i[k] for k in s.INTERVIEW if k != "key"}
        )
        for i in data["interviews"]
    }
    for fu in data["followups"]:
        plain = {k: fu[k] for k in s.FOLLOWUP if k not in ("interview", "contact", "code")}
        plain.update(_settled_for_import(fu))
        code_taken = FollowUp.objects.filter(code=fu["code"]).exists()
        followup = FollowUp.objects.create(
            application=app,
            interview=interviews.get(fu["interview"]) if fu["interview"] else None,
            contact=contacts.get(fu["contact"]) if fu["contact"] else None,
            code=_code_for(user, fu["code"]) if code_taken else fu["code"],
            **plain,
        )
        CallAttempt.objects.bulk_create(
            CallAttempt(followup=followup, **a) for a in fu["call_attempts"]
        )
        SendAttempt.objects.bulk_create(
            SendAttempt(followup=followup, **a) for a in fu["send_attempts"]
        )
    Reply.objects.bulk_create(Reply(application=app, **r) for r in data["replies"])
    TimelineEvent.objects.bulk_create(TimelineEvent(application=app, **e) for e in data["timeline"])
    counts["applications"] += 1
    counts["interviews"] += len(data["interviews"])
    counts["followups"] += len(data["followups"])
    counts["replies"] += len(data["replies"])
    return app
