"""Debriefs to write drafts from, for the drafts tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from relance.drafts import DraftContext, catchup_email
from relance.drafts.draft import Draft

PARIS = ZoneInfo("Europe/Paris")


def make_ctx(**overrides: Any) -> DraftContext:
    """A complete French debrief: Léa Martin, chef de rang at Brasserie Lipp, Tuesday 13 Oct."""
    ctx = DraftContext(
        lang="fr",
        candidate_name="Léa Martin",
        candidate_email="lea.martin@example.org",
        candidate_phone="06 12 34 56 78",
        company="Brasserie Lipp",
        position="Chef de rang",
        interview_at=datetime(2026, 10, 13, 10, 30, tzinfo=PARIS),
        send_on=date(2026, 10, 14),
        contact_civility="madame",
        contact_first_name="Claire",
        contact_last_name="Durand",
        contact_email="c.durand@brasserie-lipp.example",
        strong_points="- mon expérience de deux ans en brasserie\n- ma maîtrise de l'anglais",
        recruiter_needs="- quelqu'un d'autonome\n- gérer le rush du midi",
        role_understood="service du midi et du soir, un rang de six tables",
        expectations="- accueillir les clients en anglais\n- former les commis",
        motivation="une maison réputée, une équipe stable",
    )
    return replace(ctx, **overrides)


def empty_debrief(**overrides: Any) -> DraftContext:
    parts = ("strong_points", "recruiter_needs", "role_understood", "expectations", "motivation")
    return make_ctx(**{**{part: "" for part in parts}, **overrides})


def handed_back(written: Draft, part: str) -> list[str]:
    """The notes of `part` the draft gives back to the candidate to rewrite."""
    return [item.text for item in written.review if item.part == part]


def catchup_on(
    lang: str, interview_at: datetime, send_on: date, position: str, company: str, **parts: str
) -> Draft:
    """The catch-up of a debrief with only `parts` changed, on a writer's own days."""
    ctx = make_ctx(
        lang=lang,
        interview_at=interview_at,
        send_on=send_on,
        position=position,
        company=company,
        **parts,
    )
    return catchup_email(ctx)
