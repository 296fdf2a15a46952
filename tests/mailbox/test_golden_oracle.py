"""The golden machine's oracle: the recruiter's last word is the one recorded last."""

from datetime import UTC, date, datetime

from tests.fixtures.golden_oracle import Agreement, SaidReply, recruiter_earliest

INTERVIEW = datetime(2026, 4, 1, 6, 0, tzinfo=UTC)
TOLD = datetime(2026, 4, 2, 8, 15, tzinfo=UTC)


def test_it_reads_the_later_recorded_of_two_replies_told_at_one_moment() -> None:
    # a run of the machine: "postponed to 10 April", then "postponed to 3 April", both at 10:15;
    # the app plans from 3 April (its replies ordered by time, then by record), so must the oracle
    replies = [SaidReply(TOLD, date(2026, 4, 10)), SaidReply(TOLD, date(2026, 4, 3))]
    earliest, why = recruiter_earliest(INTERVIEW, Agreement(), replies, None)
    assert why == "reply date 2026-04-03"
    assert earliest == date(2026, 4, 8)  # two working days after Friday 3, Easter Monday off


def test_it_still_reads_the_latest_reply_by_its_time() -> None:
    later = datetime(2026, 4, 2, 9, 0, tzinfo=UTC)
    replies = [SaidReply(TOLD, date(2026, 4, 3)), SaidReply(later, date(2026, 4, 10))]
    _, why = recruiter_earliest(INTERVIEW, Agreement(), replies, None)
    assert why == "reply date 2026-04-10"
