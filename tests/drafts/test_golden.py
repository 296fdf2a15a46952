"""Whole drafts compared with files a careful writer of each language has read and corrected.

To see a changed draft: RELANCE_GOLDEN=write pytest tests/drafts/test_golden.py, then read
the diff of tests/drafts/golden/ line by line before keeping it.
"""

import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from relance.drafts import (
    CallScript,
    Draft,
    DraftContext,
    call_script,
    catchup_email,
    feedback_request_email,
    followup_email,
    thankyou_email,
    voicemail,
)
from tests.drafts.factories import PARIS, empty_debrief, make_ctx

GOLDEN = Path(__file__).parent / "golden"
WRITERS: dict[str, Callable[[DraftContext], Draft | CallScript]] = {
    "catchup": catchup_email,
    "followup": followup_email,
    "thankyou": thankyou_email,
    "feedback_request": feedback_request_email,
    "call": call_script,
    "voicemail": voicemail,
}

ORANGE = dict(
    contact_civility="monsieur",
    contact_first_name="Marc",
    contact_last_name="LEFÈVRE-ÉLUARD",
    company="Orange",
    position="Assistant commercial (H/F) - CDI",
    interview_at=datetime(2026, 10, 1, 14, 0, tzinfo=PARIS),
    strong_points="Bonne connaissance des offres Orange\nLe jeu de rôle de vente s'est bien passé",
    recruiter_needs="cherche un profil bilingue\n- prospecter les PME de la région",
    role_understood="- suivre un portefeuille de 80 clients\n- reporting chaque semaine",
    expectations="Autonomie rapide; des résultats dès le 3e mois",
    motivation="le secteur des télécoms me passionne",
)
IVY = dict(
    lang="en",
    candidate_name="Sam Taylor",
    candidate_phone="+44 20 7946 0958",
    contact_civility="madame",
    contact_first_name="Siobhan",
    contact_last_name="O'Connor",
    company="The Ivy",
    position="Sous Chef",
    strong_points="- my five years at a busy brasserie\n- the tasting went well",
    recruiter_needs="- someone calm under pressure\n- lead a brigade of six",
    role_understood="- run the pass at dinner\n- order stock",
    expectations="- keep food costs under 30%\n- train the commis chefs",
    motivation="seasonal British cooking, a kitchen that trains its people",
)

CASES: dict[str, tuple[DraftContext, tuple[str, ...]]] = {
    "fr_brasserie_next_day": (
        make_ctx(
            decision_date=date(2026, 10, 23),
            process="deuxième entretien avec le chef\npuis une journée d'essai",
        ),
        ("catchup", "thankyou", "voicemail"),
    ),
    "fr_brasserie_after_decision": (
        make_ctx(send_on=date(2026, 10, 27), decision_date=date(2026, 10, 23)),
        ("followup", "call"),
    ),
    "fr_orange_monday": (make_ctx(**ORANGE, send_on=date(2026, 10, 5)), ("catchup",)),
    "fr_orange_week_after": (
        make_ctx(**ORANGE, send_on=date(2026, 10, 8)),
        ("followup", "call", "voicemail", "feedback_request"),
    ),
    "fr_empty_debrief": (
        empty_debrief(
            contact_civility="",
            contact_first_name="Aminata",
            contact_last_name="N'Diaye",
            company="Le Bristol",
            signature="Léa Martin\nlea.martin@example.org",
        ),
        ("catchup",),
    ),
    "fr_postponed": (
        make_ctx(
            company="Hôtel Lutetia",
            position="hôte d'accueil",
            contact_last_name="",
            send_on=date(2026, 11, 4),
            new_date=date(2026, 11, 2),
        ),
        ("followup",),
    ),
    "en_ivy_next_day": (
        make_ctx(**IVY, decision_date=date(2026, 10, 23), process="a trial shift next week"),
        ("catchup", "thankyou"),
    ),
    "en_ivy_week_after": (
        make_ctx(**IVY, send_on=date(2026, 10, 21)),
        ("followup", "call", "voicemail", "feedback_request"),
    ),
    "en_empty_debrief": (
        empty_debrief(
            lang="en",
            candidate_name="Sam Taylor",
            contact_civility="",
            contact_first_name="",
            contact_last_name="",
            company="Dishoom",
            position="line cook",
        ),
        ("catchup",),
    ),
}
PARAMS = [(name, kind) for name, (_, kinds) in CASES.items() for kind in kinds]


def rendered(draft: Draft | CallScript) -> str:
    if isinstance(draft, CallScript):
        return draft.text
    return f"Subject: {draft.subject}\n\n{draft.text}" if draft.subject else draft.text


@pytest.mark.parametrize(("name", "kind"), PARAMS)
def test_it_writes_the_golden_draft(name: str, kind: str) -> None:
    ctx, _ = CASES[name]
    text = rendered(WRITERS[kind](ctx))
    path = GOLDEN / f"{name}.{kind}.txt"
    if os.environ.get("RELANCE_GOLDEN") == "write":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")
