"""The rules engine alone: plan() on 1k, 10k and 100k random applications, one core.

Run: .venv/bin/python bench/agenda_engine.py [--seed N] [--sizes 1000,10000,100000]
Target (issue 2): at least 20,000 applications per second of wall time, one core.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from relance.core.facts import (
    Agreement,
    ApplicationFacts,
    ApplicationStatus,
    CallOutcome,
    Channel,
    ContactFacts,
    FollowUpFacts,
    FollowUpState,
    InterviewFacts,
    Kind,
    Place,
    ReplyFacts,
    ReplyOutcome,
)
from relance.core.rules import plan

PLACES = (
    Place(),
    Place(subdivision="57"),
    Place(subdivision="67"),
    Place(subdivision="974", timezone="Indian/Reunion"),
    Place(country="CA", subdivision="QC", timezone="America/Montreal"),
    Place(country="BE", timezone="Europe/Brussels"),
)
from tests.fixtures.clock import NOW  # noqa: E402  (the tests' clock: one pretended moment for all)


def random_app(rng: random.Random, app_id: int) -> ApplicationFacts:
    place = rng.choice(PLACES)
    interview_at = NOW - timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 23))
    day = interview_at.date()
    agreement = rng.choice(
        (
            Agreement(),
            Agreement(obtained=True),
            Agreement(obtained=True, decision_date=day + timedelta(days=rng.randint(3, 20))),
            Agreement(obtained=True, callback_date=day + timedelta(days=rng.randint(3, 20))),
            Agreement(obtained=True, no_news_means_no_by=day + timedelta(days=14)),
            Agreement(obtained=True, preferred_channel=Channel.PHONE),
        )
    )
    interview = InterviewFacts(app_id * 10, 1, interview_at, agreement)
    contacts = (
        ContactFacts(app_id * 10, is_decision_maker=True, has_direct_line=rng.random() < 0.5),
    )
    followups: tuple[FollowUpFacts, ...] = ()
    replies: tuple[ReplyFacts, ...] = ()
    roll = rng.random()
    if roll < 0.3:
        sent = interview_at + timedelta(days=rng.randint(1, 3))
        followups = (
            FollowUpFacts(
                app_id * 10,
                Kind.CATCHUP,
                Channel.EMAIL,
                FollowUpState.SENT,
                interview.id,
                done_at=sent,
            ),
        )
    elif roll < 0.5:
        followups = (
            FollowUpFacts(
                app_id * 10 + 1,
                Kind.FOLLOWUP_CALL,
                Channel.PHONE,
                FollowUpState.DONE,
                interview.id,
                done_at=interview_at + timedelta(days=8),
                call_outcome=rng.choice(tuple(CallOutcome)),
            ),
        )
    elif roll < 0.6:
        replies = (
            ReplyFacts(
                interview_at + timedelta(days=4),
                rng.choice(tuple(ReplyOutcome)),
                new_date=(NOW + timedelta(days=18)).date(),
            ),
        )
    return ApplicationFacts(
        app_id,
        ApplicationStatus.WAITING,
        place,
        interviews=(interview,),
        contacts=contacts,
        followups=followups,
        replies=replies,
    )


def measure(apps: list[ApplicationFacts]) -> tuple[float, float]:
    """Applications per second of wall time (what the user waits for, and what the target
    judges) and of CPU time (shown beside it to tell a busy machine from a slow engine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    for app in apps:
        plan(app, NOW)
    return len(apps) / (time.perf_counter() - wall), len(apps) / (time.process_time() - cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    # The first calls load holiday tables and fill the window caches: shown apart.
    cold = [random_app(rng, i) for i in range(1000)]
    wall, cpu = measure(cold)
    print(f"cold start    1000 applications: {wall:>9,.0f}/s wall, {cpu:>9,.0f}/s CPU")
    for size in (int(s) for s in args.sizes.split(",")):
        apps = [random_app(rng, i) for i in range(size)]
        wall, cpu = measure(apps)
        verdict = "ok" if wall >= 20_000 else "BELOW TARGET (wall)"
        print(
            f"{size:>17} applications: {wall:>9,.0f}/s wall, {cpu:>9,.0f}/s CPU "
            f"({verdict}, target 20,000/s)"
        )


if __name__ == "__main__":
    main()
