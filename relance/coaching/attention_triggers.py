"""The database triggers that mark a candidate's stored attention rank out of date.

The admin's dashboard sorts every candidate of the organisation by their most pressing reason
(relance.coaching.services.dashboard). Computing it live read what is live in the whole
organisation on every request (9 hashed subqueries, 37-60 ms at 10,000 candidates), so the
rank is stored on the candidate's `CandidateTally` row (relance.coaching.services.attention_rank)
with the version it was computed at. Every write of a column a reason reads adds one to
`attention_version`, whatever the code path (ORM, bulk `update()`, the worker's
compare-and-swap, raw SQL): a stored rank is used only while its version is the current one,
and only until `rank_until`, the next instant a reason changes by the clock alone.

Only candidates of an organisation are kept (a single-user install writes nothing more); a
missing row is created by the first write, with a version no rank was computed at.
"""

from __future__ import annotations

from collections.abc import Iterator

from relance.tracker.models.interview import DEBRIEF_FIELDS

# What the reasons read (relance.coaching.services.reasons.sources), per table, besides the
# rows' insertion and deletion. The review requests are read live. A timeline event moves the
# candidate's last activity (relance.coaching.activity_triggers), which their place reads.
BY_APPLICATION = {
    "tracker_followup": ["application_id", "kind", "state", "earliest_at", "latest_at"],
    "tracker_interview": ["application_id", "at", "agreement_obtained", *DEBRIEF_FIELDS],
    "mailbox_incomingmessage": ["application_id", "status"],
    "tracker_timelineevent": ["application_id", "at"],
}
APPLICATION = ["owner_id", "status", "updated_at"]
# What a candidate's place on the dashboards reads besides their rank
# (relance.coaching.services.attention_rank.store): their membership's sharing and joining
# date (two weeks without activity count from it), and their name.
BY_USER = {
    "coaching_membership": ["user_id", "role", "sharing", "joined_at"],
    "tracker_profile": ["user_id", "name"],
}

# One statement for both databases: an upsert of each (distinct) candidate concerned.
TOUCH = """INSERT INTO coaching_candidatetally
  (user_id, version, counted_version, attention_version, ranked_version, attention_rank)
SELECT DISTINCT m.user_id, 0, -1, 1, -1, 9 FROM coaching_membership m
WHERE m.role = 'candidate' AND m.user_id IN ({owners})
ON CONFLICT (user_id) DO UPDATE
SET attention_version = coaching_candidatetally.attention_version + 1"""
OWNERS = "SELECT owner_id FROM tracker_application WHERE id IN ({})"
# A deletion only bumps a row that exists: it may be one step of deleting the candidate
# (an account removed, a test database flushed in any table order), and a row created for
# a user deleted in the same transaction breaks its foreign key at the commit. A missing
# row needs no bump: `attention_rank.store` creates it before reading what it ranks.
BUMP = """UPDATE coaching_candidatetally SET attention_version = attention_version + 1
WHERE user_id IN ({owners})"""


def touch_applications(ids: str, statement: str = TOUCH) -> str:
    return statement.format(owners=OWNERS.format(ids))


def changed(columns: list[str], vendor: str) -> str:
    op = "IS DISTINCT FROM" if vendor == "postgresql" else "IS NOT"
    return " OR ".join(f"OLD.{c} {op} NEW.{c}" for c in columns)


def sqlite_statements() -> Iterator[str]:
    for table, columns in BY_APPLICATION.items():
        for event, ids, when in (
            ("INSERT", "NEW.application_id", ""),
            ("DELETE", "OLD.application_id", ""),
            ("UPDATE", "OLD.application_id, NEW.application_id", changed(columns, "sqlite")),
        ):
            statement = BUMP if event == "DELETE" else TOUCH
            yield from _sqlite_trigger(table, event, when, touch_applications(ids, statement))
    for event, owners, when in (
        ("INSERT", "NEW.owner_id", ""),
        ("DELETE", "OLD.owner_id", ""),
        ("UPDATE", "OLD.owner_id, NEW.owner_id", changed(APPLICATION, "sqlite")),
    ):
        statement = BUMP if event == "DELETE" else TOUCH
        yield from _sqlite_trigger(
            "tracker_application", event, when, statement.format(owners=owners)
        )
    for table, columns in BY_USER.items():
        for event, users, when in (
            ("INSERT", "NEW.user_id", ""),
            ("DELETE", "OLD.user_id", ""),
            ("UPDATE", "OLD.user_id, NEW.user_id", changed(columns, "sqlite")),
        ):
            statement = BUMP if event == "DELETE" else TOUCH
            yield from _sqlite_trigger(table, event, when, statement.format(owners=users))


def _sqlite_trigger(table: str, event: str, when: str, body: str) -> Iterator[str]:
    name = f"{table}_attention_{event.lower()}"
    # Dropped first, so that installing again (post_migrate) applies a changed body.
    yield f"DROP TRIGGER IF EXISTS {name}"
    yield (
        f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW "
        + (f"WHEN {when} " if when else "")
        + f"BEGIN {body}; END"
    )


def postgresql_statements() -> Iterator[str]:
    yield f"""CREATE OR REPLACE FUNCTION relance_attention_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    {touch_applications("NEW.application_id")};
  ELSIF TG_OP = 'DELETE' THEN
    {touch_applications("OLD.application_id", BUMP)};
  ELSE
    {touch_applications("OLD.application_id, NEW.application_id")};
  END IF;
  RETURN NULL;
END $$"""
    yield _touch_by_column("relance_attention_touch_owner", "owner_id")
    yield _touch_by_column("relance_attention_touch_user", "user_id")
    tables = [*((t, c, "relance_attention_touch") for t, c in BY_APPLICATION.items())]
    tables.append(("tracker_application", APPLICATION, "relance_attention_touch_owner"))
    tables.extend((t, c, "relance_attention_touch_user") for t, c in BY_USER.items())
    # DROP then CREATE rather than CREATE OR REPLACE TRIGGER (PostgreSQL 14+ only).
    for table, columns, function in tables:
        yield f"DROP TRIGGER IF EXISTS {table}_attention_write ON {table}"
        yield (
            f"CREATE TRIGGER {table}_attention_write AFTER INSERT OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
        yield f"DROP TRIGGER IF EXISTS {table}_attention_update ON {table}"
        yield (
            f"CREATE TRIGGER {table}_attention_update AFTER UPDATE ON {table} "
            f"FOR EACH ROW WHEN ({changed(columns, 'postgresql')}) "
            f"EXECUTE FUNCTION {function}()"
        )


def _touch_by_column(function: str, column: str) -> str:
    """A PostgreSQL trigger function marking out of date the candidate a row names in `column`."""
    return f"""CREATE OR REPLACE FUNCTION {function}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    {TOUCH.format(owners=f"NEW.{column}")};
  ELSIF TG_OP = 'DELETE' THEN
    {BUMP.format(owners=f"OLD.{column}")};
  ELSE
    {TOUCH.format(owners=f"OLD.{column}, NEW.{column}")};
  END IF;
  RETURN NULL;
END $$"""


def statements(vendor: str) -> Iterator[str]:
    return sqlite_statements() if vendor == "sqlite" else postgresql_statements()
