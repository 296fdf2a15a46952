"""The database triggers that mark a person's analytics counts out of date.

A person's `TallyCell`s (relance.coaching.services.tally_cache) are computed from their
interviews, follow-ups and replies and their applications' trades. Rather than trust every
code path (ORM saves, bulk `update()`, the worker's compare-and-swap, raw SQL) to say so,
the database itself adds one to `CandidateTally.version` on each write of a watched column.

`install` is idempotent: migrations 0004 and 0005 run it, and so does `post_migrate` (SQLite
drops a table's triggers when a later migration rebuilds that table). It also installs the
last-activity triggers (relance.coaching.activity_triggers) and the attention rank's
(relance.coaching.attention_triggers) once their columns exist.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

# What the analytics rows read (relance.coaching.services.analytics.rows_by_owner).
WATCHED = {
    "tracker_interview": ["application_id", "at", "decision_date", "callback_date"],
    "tracker_followup": [
        "application_id",
        "interview_id",
        "kind",
        "state",
        "channel",
        "done_at",
        "earliest_at",
        "latest_at",
    ],
    "tracker_reply": ["application_id", "at", "outcome"],
}
BUMP = "UPDATE coaching_candidatetally SET version = version + 1 WHERE user_id IN ({})"
OWNER = "SELECT owner_id FROM tracker_application WHERE id IN ({})"


def changed(columns: list[str], vendor: str) -> str:
    op = "IS DISTINCT FROM" if vendor == "postgresql" else "IS NOT"
    return " OR ".join(f"OLD.{c} {op} NEW.{c}" for c in columns)


def sqlite_statements() -> Iterator[str]:
    for table, columns in WATCHED.items():
        for event, ids, when in (
            ("INSERT", "NEW.application_id", ""),
            ("DELETE", "OLD.application_id", ""),
            ("UPDATE", "OLD.application_id, NEW.application_id", changed(columns, "sqlite")),
        ):
            yield (
                f"CREATE TRIGGER IF NOT EXISTS {table}_tally_{event.lower()} "
                f"AFTER {event} ON {table} FOR EACH ROW "
                + (f"WHEN {when} " if when else "")
                + f"BEGIN {BUMP.format(OWNER.format(ids))}; END"
            )
    yield (
        "CREATE TRIGGER IF NOT EXISTS tracker_application_tally_update "
        "AFTER UPDATE OF trade, owner_id ON tracker_application FOR EACH ROW "
        f"WHEN {changed(['trade', 'owner_id'], 'sqlite')} "
        f"BEGIN {BUMP.format('OLD.owner_id, NEW.owner_id')}; END"
    )


def postgresql_statements() -> Iterator[str]:
    yield f"""CREATE OR REPLACE FUNCTION relance_tally_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    {BUMP.format(OWNER.format("NEW.application_id"))};
  ELSIF TG_OP = 'DELETE' THEN
    {BUMP.format(OWNER.format("OLD.application_id"))};
  ELSE
    {BUMP.format(OWNER.format("OLD.application_id, NEW.application_id"))};
  END IF;
  RETURN NULL;
END $$"""
    yield f"""CREATE OR REPLACE FUNCTION relance_tally_touch_owner() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  {BUMP.format("OLD.owner_id, NEW.owner_id")};
  RETURN NULL;
END $$"""
    # DROP then CREATE rather than CREATE OR REPLACE TRIGGER (PostgreSQL 14+ only).
    for table, columns in WATCHED.items():
        yield f"DROP TRIGGER IF EXISTS {table}_tally_write ON {table}"
        yield (
            f"CREATE TRIGGER {table}_tally_write AFTER INSERT OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION relance_tally_touch()"
        )
        yield f"DROP TRIGGER IF EXISTS {table}_tally_update ON {table}"
        yield (
            f"CREATE TRIGGER {table}_tally_update AFTER UPDATE ON {table} "
            f"FOR EACH ROW WHEN ({changed(columns, 'postgresql')}) "
            "EXECUTE FUNCTION relance_tally_touch()"
        )
    owner_or_trade = changed(["trade", "owner_id"], "postgresql")
    yield "DROP TRIGGER IF EXISTS tracker_application_tally_update ON tracker_application"
    yield (
        "CREATE TRIGGER tracker_application_tally_update AFTER UPDATE "
        f"ON tracker_application FOR EACH ROW WHEN ({owner_or_trade}) "
        "EXECUTE FUNCTION relance_tally_touch_owner()"
    )


def install(connection: Any) -> None:
    vendor = connection.vendor
    if vendor not in ("sqlite", "postgresql"):
        raise RuntimeError(
            f"The analytics triggers are written for SQLite and PostgreSQL, not {vendor}"
        )
    from relance.coaching import activity_triggers, attention_triggers

    statements = sqlite_statements() if vendor == "sqlite" else postgresql_statements()
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
        if _has_column(connection, cursor, "coaching_candidatetally", "last_activity_at"):
            for statement in activity_triggers.statements(vendor):
                cursor.execute(statement)
        if _has_column(connection, cursor, "coaching_candidatetally", "attention_version"):
            for statement in attention_triggers.statements(vendor):
                cursor.execute(statement)


def _has_column(connection: Any, cursor: Any, table: str, column: str) -> bool:
    """Migration 0004 installs the triggers before 0005 adds the activity column."""
    described = connection.introspection.get_table_description(cursor, table)
    return any(info.name == column for info in described)


def on_post_migrate(using: str = "default", **kwargs: Any) -> None:
    from django.db import connections

    connection = connections[using]
    if "coaching_candidatetally" in connection.introspection.table_names():
        install(connection)
