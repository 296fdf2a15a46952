"""Read an export document back: all of it, or nothing."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils.translation import gettext as _

from relance.tracker.exchange import schema as s
from relance.tracker.exchange.errors import ImportRefused
from relance.tracker.exchange.exporter import FORMAT, VERSION
from relance.tracker.exchange.guard import check_application
from relance.tracker.exchange.plausible import check_plausible
from relance.tracker.exchange.writer import code_for, write_applications
from relance.tracker.models import (
    Application,
    FollowUp,
    Profile,
)
from relance.tracker.services.planning import refresh_plan
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


# SQLite has one write lock for the whole database: the import takes it in short steps
# (a few hundred applications, well under a second each) so that the web app and the
# worker can write in between, and undoes the steps already taken if a later one fails.
WRITE_BATCH = 250
# Re-planning runs the rules engine for each application, after the data is written.
REPLAN_BATCH = 50
# SQLite's busy handler is not fair: a writer waiting for the lock retries every 100 ms
# at most, so back-to-back batches would starve it. A pause that long between batches
# lets it in. PostgreSQL locks rows, not the database: no pause there.
PAUSE_BETWEEN_BATCHES = 0.1


def _let_other_writers_in() -> None:
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        time.sleep(PAUSE_BETWEEN_BATCHES)


def import_user(user: User, document: Any, now: datetime) -> dict[str, int]:
    """Import a whole export into `user`'s account. Returns counts of what was added.

    All or nothing: the rows are written in batches of bulk inserts, and a batch that
    fails removes those written before it and puts the profile back. The plans (next
    due moments, planned follow-ups) are derived data, computed afterwards.
    """
    data = parse(document, now)
    codes = [fu["code"] for app in data["applications"] for fu in app["followups"]]
    own_codes = codes + [str(code_for(user, code)) for code in codes]
    if any(
        FollowUp.objects.filter(code__in=own_codes[i : i + 900], application__owner=user).exists()
        for i in range(0, len(own_codes), 900)
    ):
        raise ImportRefused(
            _("This file, or part of it, is already in your account: nothing was imported.")
        )
    for n, app in enumerate(data["applications"]):
        check_application(app, data["profile"], f"applications[{n}]")
    created = _write_in_steps(user, data, now)
    for start in range(0, len(created), REPLAN_BATCH):
        if start:
            _let_other_writers_in()
        with transaction.atomic():
            for app in created[start : start + REPLAN_BATCH]:
                refresh_plan(app, now)
    return {
        "applications": len(created),
        "interviews": sum(len(a["interviews"]) for a in data["applications"]),
        "followups": sum(len(a["followups"]) for a in data["applications"]),
        "replies": sum(len(a["replies"]) for a in data["applications"]),
    }


def _write_in_steps(user: User, data: dict[str, Any], now: datetime) -> list[Application]:
    profile = Profile.objects.get(user_id=user.pk)
    before = {name: getattr(profile, name) for name in data["profile"]}
    apps = data["applications"]
    created: list[Application] = []
    try:
        with transaction.atomic():
            for name, value in data["profile"].items():
                setattr(profile, name, value)
            profile.save()
        for start in range(0, len(apps), WRITE_BATCH):
            _let_other_writers_in()  # after the profile's transaction, and between batches
            with transaction.atomic():
                created += write_applications(user, apps[start : start + WRITE_BATCH], now)[0]
    except BaseException:
        with transaction.atomic():
            Application.objects.filter(pk__in=[app.pk for app in created]).delete()
            Profile.objects.filter(pk=profile.pk).update(**before)
        raise
    return created
