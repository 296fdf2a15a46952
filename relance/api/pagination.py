"""Cursor pagination: a page ends with an opaque, signed `next` cursor holding the sort key
of its last row, so that a row created or removed meanwhile neither repeats nor skips one
(an offset would). A cursor that was tampered with is a 400."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from django.core import signing
from django.db.models import F, Model, Q, QuerySet
from django.utils.translation import gettext as _

from relance.api.errors import Refused

M = TypeVar("M", bound=Model)
SALT = "relance.api.cursor"
DEFAULT_LIMIT, MAX_LIMIT = 50, 200


def _encode(value: datetime | None, pk: int) -> str:
    return signing.dumps([value.isoformat() if value else None, pk], salt=SALT, compress=True)


def _decode(cursor: str) -> tuple[datetime | None, int]:
    try:
        value, pk = signing.loads(cursor, salt=SALT)
        return (datetime.fromisoformat(value) if value else None), int(pk)
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise Refused(_("This cursor is not one the API gave.")) from exc


def keyset_page(
    rows: QuerySet[M],
    field: str,
    *,
    cursor: str | None,
    limit: int,
    descending: bool = False,
    present: Callable[[M], Any],
) -> dict[str, Any]:
    """One page of `rows` ordered by `field` (a date, nulls last), then by id.

    Returns {"items": […], "next": cursor or None}."""
    limit = max(1, min(limit, MAX_LIMIT))
    order: list[Any]
    if descending:
        order = [F(field).desc(nulls_last=True), "-pk"]
    else:
        order = [F(field).asc(nulls_last=True), "pk"]
    rows = rows.order_by(*order)
    if cursor:
        value, pk = _decode(cursor)
        rows = rows.filter(_after(field, value, pk, descending))
    found = list(rows[: limit + 1])
    more = len(found) > limit
    found = found[:limit]
    last = found[-1] if found and more else None
    return {
        "items": [present(row) for row in found],
        "next": _encode(getattr(last, field), last.pk) if last is not None else None,
    }


def _after(field: str, value: datetime | None, pk: int, descending: bool) -> Q:
    """The rows that sort after (value, pk); the nulls come last either way."""
    next_pk = Q(pk__lt=pk) if descending else Q(pk__gt=pk)
    if value is None:
        return Q(**{f"{field}__isnull": True}) & next_pk
    beyond = f"{field}__lt" if descending else f"{field}__gt"
    return Q(**{beyond: value}) | (Q(**{field: value}) & next_pk) | Q(**{f"{field}__isnull": True})
