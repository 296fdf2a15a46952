"""Check an import document field by field, naming the path of the first problem."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from relance.core.policy import POLICY_FIELDS
from relance.tracker.exchange.errors import ImportRefused
from relance.tracker.models.choices import (
    CallOutcome,
    Channel,
    Civility,
    Gender,
    InterviewFormat,
    Kind,
    Language,
    ReplyOutcome,
    State,
    Status,
)
from relance.tracker.models.interview import DEBRIEF_FIELDS
from relance.tracker.services.bounds import check_text, check_year

Converter = Callable[[Any, str], Any]


def refuse(path: str, problem: str) -> ImportRefused:
    return ImportRefused(_("%(path)s: %(problem)s") % {"path": path, "problem": problem})


def text(max_length: int | None = None, required: bool = False) -> Converter:
    def convert(value: Any, path: str) -> str:
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            raise refuse(path, _("expected text"))
        if required and not value.strip():
            raise refuse(path, _("must not be empty"))
        if max_length is not None and len(value) > max_length:
            raise refuse(path, _("longer than %(n)d characters") % {"n": max_length})
        # A limited column is one line (a name, a subject); an unlimited one is a text.
        try:
            check_text(value, _("This text"), max_length, multiline=max_length is None)
        except ValidationError as exc:
            raise refuse(path, " ".join(exc.messages)) from None
        return value

    return convert


def boolean(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise refuse(path, _("expected true or false"))
    return value


def integer(low: int = 0, high: int = 32767) -> Converter:
    def convert(value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise refuse(path, _("expected a whole number"))
        if not low <= value <= high:
            raise refuse(
                path, _("must be between %(low)d and %(high)d") % {"low": low, "high": high}
            )
        return value

    return convert


def moment(optional: bool = True) -> Converter:
    def convert(value: Any, path: str) -> datetime | None:
        if value is None and optional:
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise refuse(
                path, _("expected a date and time like 2026-03-10T09:30:00+00:00")
            ) from None
        if parsed.tzinfo is None:
            raise refuse(path, _("the date and time needs a UTC offset"))
        _plausible_year(parsed, path)
        return parsed

    return convert


def day(value: Any, path: str) -> date | None:
    if value is None:
        return None
    try:
        parsed = date.fromisoformat(value)
    except (TypeError, ValueError):
        raise refuse(path, _("expected a date like 2026-03-10")) from None
    _plausible_year(parsed, path)
    return parsed


def _plausible_year(value: date | datetime, path: str) -> None:
    try:
        check_year(value, _("The date"))
    except ValidationError as exc:
        raise refuse(path, " ".join(exc.messages)) from None


def uuid_text(value: Any, path: str) -> str:
    """A follow-up's code: the canonical form of a UUID, as the export writes it."""
    try:
        parsed = uuid.UUID(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != value:
        raise refuse(path, _("expected a code like 1b4e28ba-2fa1-11d2-883f-0016d3cca427"))
    return value


def choice(values: list[str], blank: bool = False) -> Converter:
    def convert(value: Any, path: str) -> str:
        if (value in ("", None)) and blank:
            return ""
        if value not in values:
            raise refuse(path, _("unknown value %(v)r") % {"v": value})
        return str(value)

    return convert


def json_object(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise refuse(path, _("expected an object"))
    _storable(value, path)
    return value


def _storable(value: Any, path: str) -> None:
    """Every string of a free-form object can be stored (no NUL, no lone surrogate)."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, str):
            try:
                check_text(item, _("This text"), None, multiline=True)
            except ValidationError as exc:
                raise refuse(path, " ".join(exc.messages)) from None


PROFILE = {
    "name": text(200, required=True),
    "email": text(254),
    "phone": text(32),
    "signature": text(),
    "gender": choice(Gender.values, blank=True),
    "language": choice(Language.values),
    "country": text(2, required=True),
    "subdivision": text(8),
    "timezone": text(64, required=True),
    **{f.name: integer(f.min, f.max) for f in POLICY_FIELDS},
}
APPLICATION = {
    "company": text(200, required=True),
    "position": text(200, required=True),
    "job_url": text(500),
    "source": text(100),
    "agency_client": text(200),
    "trade": text(100),
    "status": choice(Status.values),
    "place_country": text(2),
    "place_subdivision": text(8),
    "place_timezone": text(64),
    "language": choice(Language.values, blank=True),
    "created_at": moment(),
}
CONTACT = {
    "key": text(20, required=True),
    "first_name": text(100),
    "last_name": text(100, required=True),
    "civility": choice(Civility.values, blank=True),
    "role": text(200),
    "email": text(254),
    "email_doubtful": boolean,
    "is_decision_maker": boolean,
    "preferred_channel": choice(Channel.values, blank=True),
    "timezone": text(64),
}
PHONE = {"number": text(32, required=True), "is_direct_line": boolean}
INTERVIEW = {
    "key": text(20, required=True),
    "round": integer(1, 20),
    "at": moment(optional=False),
    "format": choice(InterviewFormat.values),
    "interviewers": text(300),
    **{n: text() for n in (*DEBRIEF_FIELDS, "process")},
    "agreement_obtained": boolean,
    "decision_date": day,
    "callback_date": day,
    "preferred_channel": choice(Channel.values, blank=True),
    "no_news_means_no_by": day,
}
FOLLOWUP = {
    "code": uuid_text,
    "kind": choice(Kind.values),
    "channel": choice(Channel.values),
    "state": choice(State.values),
    "earliest_at": moment(optional=False),
    "latest_at": moment(optional=False),
    "due_at": moment(),
    "subject": text(300),
    "body": text(),
    "message_id": text(250),
    "approved_at": moment(),
    "done_at": moment(),
    "call_outcome": choice(CallOutcome.values, blank=True),
    "outcome_notes": text(),
    "last_error": text(),
    "retry_count": integer(0, 1000),
    "interview": text(20),
    "contact": text(20),
}
CALL_ATTEMPT = {
    "at": moment(optional=False),
    "outcome": choice(CallOutcome.values),
    "notes": text(),
}
SEND_ATTEMPT = {
    "started_at": moment(optional=False),
    "finished_at": moment(),
    "result": text(20),
    "detail": text(),
}
REPLY = {
    "at": moment(optional=False),
    "channel": choice(Channel.values),
    "outcome": choice(ReplyOutcome.values),
    "new_date": day,
    "notes": text(),
    "message_id": text(250),
}
EVENT = {"at": moment(optional=False), "kind": text(40, required=True), "data": json_object}


# Fields added to version 1 since it was published: a file written before them still reads.
ADDED_LATER = frozenset({"place_country", "place_subdivision", "place_timezone", "language"})


def record(
    value: Any, spec: dict[str, Converter], path: str, children: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Convert one object; every field of the spec must be present, no unknown field.

    `children` names the nested lists the caller converts itself.
    """
    if not isinstance(value, dict):
        raise refuse(path, _("expected an object"))
    unknown = set(value) - set(spec) - set(children)
    if unknown:
        raise refuse(path, _("unknown field %(f)r") % {"f": sorted(unknown)[0]})
    result = {}
    for name, convert in spec.items():
        if name not in value and name in ADDED_LATER:
            result[name] = convert(None, f"{path}.{name}")
            continue
        if name not in value:
            raise refuse(f"{path}.{name}", _("missing"))
        result[name] = convert(value[name], f"{path}.{name}")
    return result


def items(value: Any, key: str, path: str) -> list[Any]:
    found = value.get(key, [])
    if not isinstance(found, list):
        raise refuse(f"{path}.{key}", _("expected a list"))
    return found
