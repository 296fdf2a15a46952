"""Writing a few fields of a row the services already hold, as one UPDATE.

The services change only the fields a form, the CLI, the API or the import asked for
(never a whole save() that would write back what another request changed meanwhile),
and the object in hand keeps up, so the caller can re-plan or record from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import models


def refuse_unknown(fields: Iterable[str], known: Iterable[str], what: str) -> None:
    """A programming error, not bad input: the callers pass the model's own field names."""
    unknown = set(fields) - set(known)
    if unknown:
        raise ValueError(f"Unknown {what} fields: {sorted(unknown)}")


def write_fields(row: models.Model, fields: Mapping[str, Any]) -> None:
    """`fields` to `row`'s database row (one UPDATE of those columns) and to the object."""
    type(row)._default_manager.filter(pk=row.pk).update(**fields)
    for name, value in fields.items():
        setattr(row, name, value)
