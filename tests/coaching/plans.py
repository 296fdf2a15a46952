"""The plan PostgreSQL would choose for a query when an index may serve it."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.models import QuerySet


def index_plan(query: QuerySet[Any]) -> str:
    """EXPLAIN with sequential scans priced out: a test's tables are tiny, and a tiny table is
    read whole at any price, so only such a plan tells whether an index's condition and order
    match the query's."""
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        try:
            return query.explain()
        finally:
            cursor.execute("RESET enable_seqscan")
