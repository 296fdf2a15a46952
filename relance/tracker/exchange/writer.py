"""Write a parsed, checked import in a handful of bulk inserts.

One INSERT per table and batch instead of one per row: a 20 MB file (thousands of
applications) is written in a second or two, so the single write transaction that
keeps the import all-or-nothing holds SQLite's write lock only that long.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.contrib.auth.models import User

from relance.core.facts import FollowUpState
from relance.tracker.exchange import schema as s
from relance.tracker.lifecycle import IMPORTED_AS
from relance.tracker.models import (
    Application,
    CallAttempt,
    Contact,
    FollowUp,
    Interview,
    PhoneNumber,
    Reply,
    SendAttempt,
    TimelineEvent,
)

BATCH = 500
# SQLite refuses a statement with too many parameters; PostgreSQL does not mind.
CODES_PER_QUERY = 900


def code_for(user: User, code: str) -> uuid.UUID:
    """The code a follow-up gets in `user`'s account when another account holds `code`.

    Derived, not random: importing the same file twice into that account is then
    recognised as "already imported".
    """
    return uuid.uuid5(uuid.UUID(code), f"relance-import:{user.pk}")


def codes_taken(codes: list[str]) -> set[str]:
    taken: set[str] = set()
    for start in range(0, len(codes), CODES_PER_QUERY):
        chunk = [uuid.UUID(c) for c in codes[start : start + CODES_PER_QUERY]]
        taken.update(
            str(c) for c in FollowUp.objects.filter(code__in=chunk).values_list("code", flat=True)
        )
    return taken


def _settled_for_import(fu: dict[str, Any]) -> dict[str, Any]:
    # Never sent without a fresh approval: see lifecycle.IMPORTED_AS.
    state = IMPORTED_AS.get(FollowUpState(fu["state"]))
    if state is None:
        return {}
    return {"state": state.value, "due_at": None, "approved_at": None, "send_by": ""}


def _pick(data: dict[str, Any], spec: Iterable[str], *skip: str) -> dict[str, Any]:
    return {k: data[k] for k in spec if k not in skip}


def write_applications(
    user: User, apps: list[dict[str, Any]], now: datetime
) -> tuple[list[Application], dict[str, int]]:
    """Insert every row of `apps` (inside the caller's transaction). Returns the applications."""
    created = Application.objects.bulk_create(
        [Application(owner=user, **_pick(a, s.APPLICATION, "created_at")) for a in apps],
        batch_size=BATCH,
    )
    dated = []
    for app, data in zip(created, apps, strict=True):
        if data["created_at"]:
            app.created_at = data["created_at"]
            dated.append(app)
    Application.objects.bulk_update(dated, ["created_at"], batch_size=BATCH)

    contacts = _children(created, apps, "contacts", Contact, s.CONTACT, "key")
    PhoneNumber.objects.bulk_create(
        [PhoneNumber(contact=contact, **p) for contact, data in contacts for p in data["phones"]],
        batch_size=BATCH,
    )
    interviews = _children(created, apps, "interviews", Interview, s.INTERVIEW, "key")
    contact_by_key = {(c.application_id, d["key"]): c for c, d in contacts}
    interview_by_key = {(i.application_id, d["key"]): i for i, d in interviews}

    taken = codes_taken([fu["code"] for a in apps for fu in a["followups"]])
    rows, sources = [], []
    for app, data in zip(created, apps, strict=True):
        for fu in data["followups"]:
            plain = _pick(fu, s.FOLLOWUP, "interview", "contact", "code")
            plain.update(_settled_for_import(fu))
            rows.append(
                FollowUp(
                    application=app,
                    interview=interview_by_key.get((app.pk, fu["interview"])),
                    contact=contact_by_key.get((app.pk, fu["contact"])),
                    code=code_for(user, fu["code"]) if fu["code"] in taken else fu["code"],
                    **plain,
                )
            )
            sources.append(fu)
    followups = FollowUp.objects.bulk_create(rows, batch_size=BATCH)
    pairs = list(zip(followups, sources, strict=True))
    CallAttempt.objects.bulk_create(
        [CallAttempt(followup=f, **a) for f, fu in pairs for a in fu["call_attempts"]],
        batch_size=BATCH,
    )
    SendAttempt.objects.bulk_create(
        [SendAttempt(followup=f, **a) for f, fu in pairs for a in fu["send_attempts"]],
        batch_size=BATCH,
    )
    Reply.objects.bulk_create(
        [
            Reply(application=app, **r)
            for app, d in zip(created, apps, strict=True)
            for r in d["replies"]
        ],
        batch_size=BATCH,
    )
    events = [
        TimelineEvent(application=app, **e)
        for app, d in zip(created, apps, strict=True)
        for e in d["timeline"]
    ]
    events += [
        TimelineEvent(application=app, at=now, kind="application.imported", data={})
        for app in created
    ]
    TimelineEvent.objects.bulk_create(events, batch_size=BATCH)
    counts = {
        "applications": len(created),
        "interviews": len(interviews),
        "followups": len(followups),
        "replies": sum(len(d["replies"]) for d in apps),
    }
    return created, counts


def _children(
    created: list[Application],
    apps: list[dict[str, Any]],
    name: str,
    model: Any,
    spec: dict[str, Any],
    *skip: str,
) -> list[tuple[Any, dict[str, Any]]]:
    """Insert the `name` rows of every application; (row, its data) pairs, in file order."""
    sources = [(app, d) for app, data in zip(created, apps, strict=True) for d in data[name]]
    rows = model.objects.bulk_create(
        [model(application=app, **_pick(d, spec, *skip)) for app, d in sources],
        batch_size=BATCH,
    )
    return list(zip(rows, (d for _, d in sources), strict=True))
