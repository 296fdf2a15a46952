"""The database triggers that keep an organisation candidate's last activity.

`CandidateTally.last_activity_at` is the latest `at` of the candidate's timeline events (a new
application, an interview, a message, a follow-up sent...). Every insert of an event, and every
update of its date or application, raises it, whatever the code path (ORM, `bulk_create`, bulk
`update()`, the worker's compare-and-swap, raw SQL): the dashboard's "no activity for two weeks"
then reads one indexed column instead of the candidate's history. The row is written in the same
`CandidateTally` row as the analytics version (one lock per person, not two). Only candidates
of an organisation are kept: a single-user install writes nothing more. Events before joining
do not matter (a newcomer is counted from joining), so a late joiner needs no back-fill.

The analytics recount (relance.coaching.services.tally_cache.recount) sets the exact value from
the events, under the same row lock: deleted events (a purge) lower it there.
"""

from __future__ import annotations

from collections.abc import Iterator

# One statement for both databases: an upsert (SQLite 3.24+, PostgreSQL 9.5+) that only moves
# the date forward. `{at}` and `{app}` are the event's columns (NEW.at, NEW.application_id).
UPSERT = """INSERT INTO coaching_candidatetally
  (user_id, version, counted_version, last_activity_at)
SELECT a.owner_id, 0, -1, {at} FROM tracker_application a
WHERE a.id = {app} AND EXISTS (
  SELECT 1 FROM coaching_membership m WHERE m.user_id = a.owner_id AND m.role = 'candidate'
)
ON CONFLICT (user_id) DO UPDATE SET last_activity_at = excluded.last_activity_at
WHERE coaching_candidatetally.last_activity_at IS NULL
   OR coaching_candidatetally.last_activity_at < excluded.last_activity_at"""
EVENT = UPSERT.format(at="NEW.at", app="NEW.application_id")

# The migration's back-fill: every candidate's latest event.
BACKFILL = """INSERT INTO coaching_candidatetally
  (user_id, version, counted_version, last_activity_at)
SELECT a.owner_id, 0, -1, MAX(e.at) FROM tracker_timelineevent e
JOIN tracker_application a ON a.id = e.application_id
WHERE a.owner_id IN (SELECT user_id FROM coaching_membership WHERE role = 'candidate')
GROUP BY a.owner_id
ON CONFLICT (user_id) DO UPDATE SET last_activity_at = excluded.last_activity_at"""


def sqlite_statements() -> Iterator[str]:
    yield (
        "CREATE TRIGGER IF NOT EXISTS tracker_timelineevent_activity_insert "
        f"AFTER INSERT ON tracker_timelineevent FOR EACH ROW BEGIN {EVENT}; END"
    )
    yield (
        "CREATE TRIGGER IF NOT EXISTS tracker_timelineevent_activity_update "
        "AFTER UPDATE OF at, application_id ON tracker_timelineevent FOR EACH ROW "
        f"BEGIN {EVENT}; END"
    )


def postgresql_statements() -> Iterator[str]:
    yield f"""CREATE OR REPLACE FUNCTION relance_activity_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  {EVENT};
  RETURN NULL;
END $$"""
    yield "DROP TRIGGER IF EXISTS tracker_timelineevent_activity ON tracker_timelineevent"
    yield (
        "CREATE TRIGGER tracker_timelineevent_activity "
        "AFTER INSERT OR UPDATE OF at, application_id ON tracker_timelineevent "
        "FOR EACH ROW EXECUTE FUNCTION relance_activity_touch()"
    )


def statements(vendor: str) -> Iterator[str]:
    return sqlite_statements() if vendor == "sqlite" else postgresql_statements()
